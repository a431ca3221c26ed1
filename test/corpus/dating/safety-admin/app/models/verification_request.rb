# frozen_string_literal: true

# A member asking for the blue "photo verified" badge: they record a selfie
# video; we compare a face template against their profile photos.
class VerificationRequest < ApplicationRecord
  belongs_to :member
  belongs_to :reviewer, class_name: "Moderator", optional: true

  encrypts :face_template # trap: refers to a field declared elsewhere, not a new field (see README)
  encrypts :id_document_number, deterministic: true # trap: refers to a field declared elsewhere, not a new field (see README)

  attribute :selfie_video_url, :string # expect: sensitive-personal-data-field user.biometric ; expect: unencrypted-sensitive-storage user.biometric
  attribute :retry_count, :integer, default: 0

  enum :status, { pending: 0, approved: 1, rejected: 2, escalated: 3 }

  validates :face_template, presence: true, on: :submit # trap: refers to a field declared elsewhere, not a new field (see README)
  validates :legal_name, length: { maximum: 160 } # trap: refers to a field declared elsewhere, not a new field (see README)

  NAME_MISMATCH_THRESHOLD = 0.82 # trap: tuning constant, not a name

  after_update :log_decision, if: :saved_change_to_status?

  private

  def log_decision
    Rails.logger.info("verification #{id} for member #{member_id} -> #{status}") # trap: logs surrogate ids and a status only
    return unless rejected?

    Rails.logger.warn("verification rejected for #{legal_name}, document #{id_document_number}") # expect: personal-data-in-log user.name ; expect: personal-data-in-log user.government_id
  end
end
