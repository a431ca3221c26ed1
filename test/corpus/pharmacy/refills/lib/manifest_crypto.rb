require "digest"
require "openssl"

# Signing and encryption for manifests and claim batches.
module ManifestCrypto
  module_function

  def sign(manifest, shared_secret)
    Digest::SHA1.hexdigest(shared_secret + manifest) # expect: weak-cryptography
  end

  def encrypt_claims(batch, key, iv)
    cipher = OpenSSL::Cipher.new("des-ede3-cbc") # expect: weak-cryptography
    cipher.encrypt
    cipher.key = key
    cipher.iv = iv
    cipher.update(batch) + cipher.final
  end

  def encrypt_label(blob, key)
    cipher = OpenSSL::Cipher.new("aes-128-ecb") # expect: weak-cryptography
    cipher.encrypt
    cipher.key = key
    cipher.update(blob) + cipher.final
  end

  def prescriber_key
    OpenSSL::PKey::RSA.new(1024) # expect: weak-cryptography
  end

  def seal(data, key)
    cipher = OpenSSL::Cipher.new("aes-256-gcm") # trap: AES-GCM, an authenticated mode
    cipher.encrypt
    cipher.key = key
    iv = cipher.random_iv
    iv + cipher.update(data) + cipher.final + cipher.auth_tag
  end

  def leaflet_etag(pdf)
    Digest::MD5.hexdigest(pdf) # trap: HTTP cache validator for a public leaflet, no security property
  end
end
