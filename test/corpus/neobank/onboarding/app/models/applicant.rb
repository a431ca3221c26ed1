class Applicant < ApplicationRecord
  has_secure_password # trap: bcrypt via has_secure_password

  encrypts :tax_id, deterministic: true # trap: encryption declaration for a column defined in the migration, not a new field

  after_create_commit :request_document_check

  def recovery_code_matches?(entered)
    ActiveSupport::SecurityUtils.secure_compare(recovery_code, entered) # expect: weak-password-hash
  end

  private

  def request_document_check
    DocumentCheckJob.perform_async(id, passport_number) # expect: unencrypted-sensitive-storage user.government_id.passport_number
    WelcomeSeriesJob.perform_async(id) # trap: only the surrogate id goes into the queue
  end
end
