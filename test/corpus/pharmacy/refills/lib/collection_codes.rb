require "securerandom"

# Codes patients type at the collection lockers.
module CollectionCodes
  module_function

  def locker_code
    format("%06d", rand(1_000_000)) # expect: insecure-randomness
  end

  def reset_token
    Array.new(32) { [*"a".."z", *"0".."9"].sample }.join # expect: insecure-randomness
  end

  def handover_token
    SecureRandom.urlsafe_base64(32) # trap: SecureRandom is a CSPRNG
  end

  def daily_tip(tips)
    tips.sample # trap: which health tip the kiosk shows, not a secret
  end
end
