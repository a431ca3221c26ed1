require "net/http"
require "openssl"

# Interaction checks and stock levels for the refill site.
class FormularyClient
  API_KEY = "fhk_3c8a1e7f9b2d4c6e0a5f8b1d3e7c9a2f" # expect: hardcoded-secret
  SPINE_KEY = ENV.fetch("SPINE_API_KEY") # trap: read from the environment
  BASE = URI("http://api.formularyhub.co.uk/v3/") # expect: insecure-transport

  def product(code)
    Net::HTTP.get(URI.join(BASE, "products/#{code}"), { "X-Api-Key" => API_KEY })
  end

  def monograph(product_code)
    http = Net::HTTP.new("monographs.formularyhub.co.uk", 443)
    http.use_ssl = true
    http.verify_mode = OpenSSL::SSL::VERIFY_NONE # expect: tls-verification-disabled
    http.get("/v3/monographs/#{product_code}", { "X-Api-Key" => API_KEY }).body
  end

  def spine_status
    http = Net::HTTP.new("spine-gw.pharmacy-cloud.net", 443)
    http.use_ssl = true
    http.verify_mode = OpenSSL::SSL::VERIFY_PEER # trap: verification on
    http.ca_file = "/etc/pharmacy/spine-root-ca.pem"
    http.get("/status", { "X-Api-Key" => SPINE_KEY }).body
  end

  def robot_stock
    Net::HTTP.get(URI("http://127.0.0.1:8081/stock/levels")) # trap: the dispensing robot's agent on loopback
  end
end
