class Shopper < ApplicationRecord
  has_secure_password
  has_many :marketing_consents, dependent: :destroy
  belongs_to :preferred_store, class_name: "Store", foreign_key: :preferred_store_code, primary_key: :code, optional: true

  encrypts :phone_number # trap: refers to a column declared in the migration
  encrypts :email, deterministic: true, downcase: true # trap: refers to a column declared in the migration
  normalizes :email, with: ->(email) { email.strip.downcase } # trap: refers to a column declared in the migration

  validates :email, presence: true, format: { with: URI::MailTo::EMAIL_REGEXP } # trap: validation of a column declared elsewhere
  validates :date_of_birth, comparison: { less_than: -> { 16.years.ago } }, allow_nil: true # trap: validation of a column declared elsewhere

  after_create_commit :log_signup

  def full_name # trap: a method deriving a value from columns declared elsewhere, not a field
    [first_name, last_name].compact.join(" ")
  end

  private

  def log_signup
    Rails.logger.info("New shopper #{email} preferred store #{preferred_store_code}") # expect: personal-data-in-log user.contact.email
  end
end
