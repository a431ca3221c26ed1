require "digest"
require "openssl"

# Crypto for statements and for the partner bank's legacy file exchange.
module StatementCrypto
  module_function

  def file_signature(contents, shared_secret)
    OpenSSL::Digest::MD5.hexdigest(contents + shared_secret) # expect: weak-cryptography
  end

  def encrypt_partner_file(contents, key, iv)
    cipher = OpenSSL::Cipher.new("bf-cbc") # expect: weak-cryptography
    cipher.encrypt
    cipher.key = key
    cipher.iv = iv
    cipher.update(contents) + cipher.final
  end

  def encrypt_legacy_reference(reference, key, iv)
    cipher = OpenSSL::Cipher.new("des-cbc") # expect: weak-cryptography
    cipher.encrypt
    cipher.key = key
    cipher.iv = iv
    cipher.update(reference) + cipher.final
  end

  def partner_key
    OpenSSL::PKey::RSA.generate(1024) # expect: weak-cryptography
  end

  def statement_key
    OpenSSL::PKey::RSA.generate(2048) # trap: 2048 bits meets the floor
  end

  def webhook_signature(body, secret)
    OpenSSL::HMAC.hexdigest("SHA256", secret, body) # trap: HMAC-SHA256 signature
  end
end
