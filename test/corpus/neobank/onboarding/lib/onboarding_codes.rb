require "securerandom"

# Codes sent during onboarding.
module OnboardingCodes
  module_function

  def email_verification_code
    Random.new.rand(100_000..999_999).to_s # expect: insecure-randomness
  end

  def referral_invite_id
    rand.to_s[2, 10] # expect: insecure-randomness
  end

  def sms_code
    SecureRandom.random_number(1_000_000).to_s.rjust(6, "0") # trap: SecureRandom is a CSPRNG
  end

  def upload_id
    SecureRandom.uuid # trap: a random UUID from SecureRandom
  end

  def onboarding_illustration(illustrations)
    illustrations[rand(illustrations.size)] # trap: which illustration the welcome screen shows
  end
end
