require "faraday"
require "httparty"
require "net/smtp"

# Document checks, sanctions screening and address lookups for onboarding.
class KycClients
  OPEN_BANKING_CLIENT_SECRET = "obk_9Xq4Lm2Vt7Rw1Zp8Kc5Nd3Hf6Jy0Bs" # expect: hardcoded-secret

  def self.documents
    Faraday.new(url: "https://api.doccheck-partner.com/v2", ssl: { verify: false }) do |f| # expect: tls-verification-disabled
      f.request :authorization, "Bearer", Rails.application.credentials.dig(:doccheck, :api_key) # trap: the key comes from Rails credentials
    end
  end

  def self.address_lookup
    Faraday.new(url: "http://addresses.postcode-lookup.net/v1") # expect: insecure-transport
  end

  def self.sanctions_list
    HTTParty.get("https://screening.sanctions-check.com/v1/lists/consolidated", verify: false) # expect: tls-verification-disabled
  end

  def self.open_banking
    Faraday.new(url: "https://auth.openbanking-aggregator.com", ssl: { ca_file: "/etc/neobank/ob-ca.pem" }) do |f| # trap: verification on, with the aggregator's CA
      f.request :authorization, :basic, "neobank", OPEN_BANKING_CLIENT_SECRET
    end
  end

  def self.send_ops_digest(body)
    Net::SMTP.start("relay.neobank-mail.net", 25) do |smtp| # expect: insecure-transport
      smtp.send_message(body, "onboarding-ops@neobank.example", "ops-team@neobank.example")
    end
  end

  def self.local_mailcatcher
    Faraday.new(url: "http://localhost:1080/messages") # trap: loopback development mail catcher
  end
end
