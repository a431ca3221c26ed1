class Employee < ApplicationRecord
  has_many :leave_requests, dependent: :restrict_with_error
  has_one :background_check, dependent: :destroy
  belongs_to :department

  has_secure_password

  attribute :preferred_pronouns, :string # expect: personal-data-field user.demographic.gender

  PASSWORD_MIN_LENGTH = 12 # trap: a policy constant, not a password

  encrypts :national_insurance_number, deterministic: true # trap: encryption declaration for a column defined in the schema, not a new field

  def full_name
    [first_name, last_name].compact.join(" ")
  end

  def record_login!(request)
    update!(last_sign_in_ip: request.remote_ip)
    Rails.logger.info("Employee sign-in as #{work_email}") # expect: personal-data-in-log user.contact.email
  end
end
