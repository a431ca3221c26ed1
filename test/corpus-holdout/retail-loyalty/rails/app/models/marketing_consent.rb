class MarketingConsent < ApplicationRecord
  CHANNELS = %w[email sms post push].freeze

  belongs_to :shopper
  belongs_to :consent_text

  validates :channel, inclusion: { in: CHANNELS }

  scope :active, -> { where(granted: true, withdrawn_at: nil) }

  def withdraw!(request_ip)
    update!(granted: false, withdrawn_at: Time.current, captured_ip: request_ip)
    Rails.logger.info("Consent #{id} for #{channel} withdrawn by shopper #{shopper_id}") # trap: surrogate ids and a channel name
    Rails.logger.debug("withdrawal request from #{captured_ip} (#{shopper.email})") # expect: personal-data-in-log user.device.ip_address
  end
end
