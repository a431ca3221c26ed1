# frozen_string_literal: true

class Member < ApplicationRecord
  has_many :verification_requests, dependent: :destroy
  has_many :reports_received, class_name: "Report", foreign_key: :reported_member_id

  validates :email, presence: true, format: { with: URI::MailTo::EMAIL_REGEXP } # trap: refers to a field declared elsewhere, not a new field (see README)
  validates :date_of_birth, presence: true # trap: refers to a field declared elsewhere, not a new field (see README)

  scope :recently_active, -> { where("last_seen_at > ?", 7.days.ago) }

  def age
    ((Time.zone.today - date_of_birth) / 365.25).floor
  end

  def ban!(reason)
    update!(banned_at: Time.current, ban_reason: reason)
    Rails.logger.info("member #{id} banned: #{reason}") # trap: logs a surrogate id and a reason code only
    Rails.logger.debug("banned member record: #{attributes.inspect}") # expect: personal-data-in-log user
  end
end
