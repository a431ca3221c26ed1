class LeaveRequest < ApplicationRecord
  belongs_to :employee
  belongs_to :leave_type
  has_one_attached :fit_note

  enum :status, { pending: "pending", approved: "approved", rejected: "rejected" }

  attribute :self_certified_symptoms, :string # expect: sensitive-personal-data-field user.health_and_medical
  attribute :return_to_work_adjustments, :string # expect: sensitive-personal-data-field user.health_and_medical

  encrypts :sickness_reason # trap: encryption declaration for a column defined in the migration, not a new field

  validates :starts_on, :ends_on, presence: true
  validate :ends_after_start

  after_create_commit :notify_manager

  def days
    (ends_on - starts_on).to_i + 1
  end

  private

  def ends_after_start
    errors.add(:ends_on, "must be after the start date") if ends_on && starts_on && ends_on < starts_on
  end

  def notify_manager
    Rails.logger.info("Leave request #{id} created by #{employee.full_name}") # expect: personal-data-in-log user.name
    Rails.logger.debug("Sickness reason: #{sickness_reason}") if leave_type.requires_medical_certificate # expect: personal-data-in-log user.health_and_medical
    LeaveMailer.with(request: self).manager_notification.deliver_later
  end
end
