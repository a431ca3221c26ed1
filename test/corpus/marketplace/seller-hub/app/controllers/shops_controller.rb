# frozen_string_literal: true

class ShopsController < ApplicationController
  before_action :authenticate_seller!
  skip_before_action :authenticate_seller!, only: %i[contact_card]

  def show # trap: guarded by before_action :authenticate_seller!
    render json: current_seller.shop
  end

  # Buyers see the seller's contact card on the listing page, signed in or not.
  def contact_card # expect: unauthenticated-personal-data-route user.name
    seller = Seller.find(params[:id])
    render json: { name: seller.legal_name, phone: seller.phone, email: seller.email }
  end

  def update_payout # trap: guarded by before_action :authenticate_seller!
    iban = params.require(:iban)
    response = Faraday.get("https://api.ibanvalidate.eu/v4/validate", { iban: iban }) # expect: personal-data-in-url user.financial.bank_account
    unless response.success?
      render json: { error: "The bank rejected #{iban}" }, status: :unprocessable_entity # expect: personal-data-in-error user.financial.bank_account
      return
    end
    current_seller.update!(iban: iban)
    head :no_content
  end

  def vacation_mode # trap: guarded by before_action :authenticate_seller!
    current_seller.shop.update!(on_vacation: params[:on])
    raise ArgumentError, "vacation end date must be in the future" if params[:until].to_date.past? # trap: generic error message
    head :no_content
  end

  def verify_identity # trap: guarded by before_action :authenticate_seller!
    redirect_to "https://verify.idnow.io/bazaarly?first_name=#{current_seller.first_name}&birth_date=#{current_seller.date_of_birth}", allow_other_host: true # expect: personal-data-in-url user.name.first
  end

  def dashboard # trap: guarded by before_action :authenticate_seller!
    cookies.signed[:seller_email] = { value: current_seller.email, secure: true, httponly: true, same_site: :strict } # expect: personal-data-in-client-storage user.contact.email
    cookies.signed[:dashboard_tab] = { value: "orders", secure: true, httponly: true, same_site: :strict } # trap: UI state, all cookie flags set
    redirect_to "/dashboard/#{current_seller.shop.id}" # trap: opaque shop id in the URL
  end
end
