class RefillRequest < ApplicationRecord
  belongs_to :patient

  encrypts :nhs_number, deterministic: true # trap: encryption declaration for a column defined in the migration, not a new field
  encrypts :medicine # trap: encryption declaration for a column defined in the migration, not a new field

  after_create_commit :stage_for_pharmacist

  private

  # The pharmacist's screening list reads from the cache, so the request shows up without a query.
  def stage_for_pharmacist
    Rails.cache.write("refill:#{id}", {
      medicine: medicine, # expect: unencrypted-sensitive-storage user.health_and_medical
      requested_on: created_at.to_date,
    }, expires_in: 1.day)
    Rails.cache.increment("refills:pending") # trap: a counter, no personal data
  end
end
