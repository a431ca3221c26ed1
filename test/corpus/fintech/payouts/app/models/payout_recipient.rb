class PayoutRecipient < ApplicationRecord
  belongs_to :customer

  has_encrypted :account_number # trap: a Lockbox declaration for the ciphertext column, not a new field

  attribute :confirmation_of_payee_name, :string # expect: personal-data-field user.name
  attribute :sanctions_screening_result, :string # expect: sensitive-personal-data-field user.criminal_history

  EMAIL_REGEX = URI::MailTo::EMAIL_REGEXP # trap: a validation pattern, not an email address

  def display_label
    nickname.presence || "#{beneficiary_name} (…#{iban.to_s.last(4)})"
  end

  def screen!
    result = SanctionsClient.screen(name: beneficiary_name, country: beneficiary_country)
    Rails.logger.info("Screened payout recipient #{beneficiary_name}") # expect: personal-data-in-log user.name
    update!(sanctions_screening_result: result.status)
  end
end
