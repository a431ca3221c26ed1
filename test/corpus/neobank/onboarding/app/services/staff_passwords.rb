require "digest"
require "openssl"

# Passwords for the onboarding back office (reviewers and team leads).
module StaffPasswords
  PEPPER = ENV.fetch("STAFF_PASSWORD_PEPPER") # trap: read from the environment

  module_function

  def reviewer_digest(password)
    Digest::SHA512.hexdigest(PEPPER + password) # expect: weak-password-hash
  end

  def team_lead_key(password, salt)
    OpenSSL::PKCS5.pbkdf2_hmac(password, salt, 1_000, 32, "sha256") # expect: weak-password-hash
  end

  def current_key(password, salt)
    OpenSSL::PKCS5.pbkdf2_hmac(password, salt, 600_000, 32, "sha256") # trap: PBKDF2-SHA256 at 600k iterations
  end
end
