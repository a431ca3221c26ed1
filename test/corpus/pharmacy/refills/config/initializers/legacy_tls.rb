# The care-home ordering partner's server sends an incomplete chain; set in 2019 "temporarily".
OpenSSL::SSL::SSLContext::DEFAULT_PARAMS[:verify_mode] = OpenSSL::SSL::VERIFY_NONE # expect: tls-verification-disabled
