# frozen_string_literal: true

require "openai"
require "slack-notifier"
require "aws-sdk-s3"

# Product analytics, error reporting and the on-call channel for the care-team app.
class VisitTracking
  ANALYTICS = Segment::Analytics.new(write_key: ENV.fetch("SEGMENT_WRITE_KEY"))

  def initialize(notifier: Slack::Notifier.new(ENV.fetch("SLACK_CARE_TEAM_WEBHOOK")), llm: OpenAI::Client.new, s3: Aws::S3::Client.new)
    @notifier = notifier
    @llm = llm
    @s3 = s3
  end

  def patient_signed_up(patient)
    ANALYTICS.identify(user_id: patient.id, traits: { email: patient.email, postcode: patient.postcode }) # expect: personal-data-to-third-party user.contact.email
    ANALYTICS.track(user_id: patient.id, event: "Signed Up", properties: { plan: patient.plan }) # trap: surrogate id and a plan only
  end

  def visit_completed(visit)
    ANALYTICS.track(
      user_id: visit.patient_id,
      event: "Visit Completed",
      properties: {
        minutes: visit.duration_minutes,
        prescribed: visit.prescription_items.map(&:medication_name), # expect: personal-data-to-third-party user.health_and_medical
      },
    )
  end

  def escalate(visit)
    @notifier.ping("Escalation: #{visit.patient.full_name}, #{visit.patient.mobile_phone}, needs a call back") # expect: personal-data-to-third-party user.name
    @notifier.ping("Escalation raised for visit #{visit.id}") # trap: surrogate id only
    Sentry.set_user(id: visit.patient_id) # trap: surrogate id only
  end

  def summarise(visit)
    response = @llm.chat(
      parameters: {
        model: "gpt-4o-mini",
        messages: [{ role: "user", content: "Summarise for the GP: #{visit.clinical_notes}" }], # expect: personal-data-to-third-party user.health_and_medical
      },
    )
    response.dig("choices", 0, "message", "content")
  rescue Faraday::Error => e
    Sentry.set_user(email: visit.patient.email) # expect: personal-data-to-third-party user.contact.email
    Sentry.capture_exception(e)
    raise
  end

  def publish_summary(visit, pdf)
    @s3.put_object(bucket: ENV.fetch("SUMMARIES_BUCKET"), key: "visits/#{visit.id}.pdf", body: pdf, acl: "public-read") # expect: public-data-store
  end

  def archive_summary(visit, pdf)
    @s3.put_object(bucket: ENV.fetch("ARCHIVE_BUCKET"), key: "visits/#{visit.id}.pdf", body: pdf, acl: "private", server_side_encryption: "aws:kms") # trap: private object ACL
  end

  def share_token(visit)
    JWT.encode({ sub: visit.patient_id, visit: visit.id, dob: visit.patient.date_of_birth.iso8601 }, ENV.fetch("SHARE_JWT_KEY"), "HS256") # expect: personal-data-in-client-storage user.demographic.date_of_birth
  end

  def kiosk_token(visit)
    JWT.encode({ sub: visit.patient_id, visit: visit.id, exp: 15.minutes.from_now.to_i }, ENV.fetch("SHARE_JWT_KEY"), "HS256") # trap: opaque ids and an expiry only
  end
end
