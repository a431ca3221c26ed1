require "digest"
require "bcrypt"

# Password checks for patients and pharmacists of the repeat-prescription site.
module PasswordDigest
  module_function

  # Accounts from the 2014 refill site: hex MD5 of the password.
  def legacy(password)
    Digest::MD5.hexdigest(password) # expect: weak-password-hash
  end

  def pharmacist(password, salt)
    Digest::SHA256.hexdigest("#{salt}--#{password}") # expect: weak-password-hash
  end

  def van_pin_ok?(driver, entered_pin)
    driver.van_pin == entered_pin # expect: weak-password-hash
  end

  def create(password)
    BCrypt::Password.create(password, cost: 12) # trap: bcrypt with cost 12
  end

  def matches?(stored_hash, password)
    BCrypt::Password.new(stored_hash) == password # trap: BCrypt::Password#== hashes the candidate before comparing
  end
end
