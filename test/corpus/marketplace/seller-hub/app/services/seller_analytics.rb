# frozen_string_literal: true

require "mixpanel-ruby"
require "posthog-ruby"
require "aws-sdk-s3"

class SellerAnalytics
  def initialize
    @tracker = Mixpanel::Tracker.new(ENV.fetch("MIXPANEL_TOKEN"))
    @posthog = PostHog::Client.new(api_key: ENV.fetch("POSTHOG_KEY"), host: "https://eu.posthog.com")
    @bucket = Aws::S3::Resource.new.bucket(ENV.fetch("SELLER_DOCS_BUCKET"))
  end

  def seller_verified(seller)
    @tracker.people.set(seller.id, { "$email" => seller.email, "$name" => seller.legal_name }) # expect: personal-data-to-third-party user.contact.email
    @tracker.track(seller.id, "Seller Verified", { "category" => seller.shop.category }) # trap: surrogate id and a shop category only
  end

  def payout_sent(seller, payout)
    @posthog.capture(
      distinct_id: seller.id,
      event: "payout_sent",
      properties: {
        amount_cents: payout.amount_cents,
        iban: payout.iban, # expect: personal-data-to-third-party user.financial.bank_account
      },
    )
  end

  def tax_form_failed(seller, error)
    Sentry.capture_message("Tax form failed for #{seller.legal_name}: #{error.message}") # expect: personal-data-to-third-party user.name
    raise TaxFormError, "Could not file form for tax id #{seller.tax_id}" # expect: personal-data-in-error user.government_id.tax_id
  end

  def publish_invoice(order, pdf)
    @bucket.object("invoices/#{order.number}.pdf").put(body: pdf, acl: "public-read") # expect: public-data-store
  end

  def publish_shop_banner(shop, image)
    @bucket.object("banners/#{shop.id}.jpg").put(body: image, acl: "bucket-owner-full-control") # trap: bucket-owner ACL, not public
  end

  def create_exports_bucket
    Aws::S3::Client.new.create_bucket(bucket: "bazaarly-seller-exports", acl: "public-read") # expect: public-data-store
  end

  def guest_jwt(order)
    JWT.encode({ order: order.number, ship_to: order.shipping_address.to_h }, ENV.fetch("GUEST_JWT_KEY"), "HS256") # expect: personal-data-in-client-storage user.contact.address
  end
end
