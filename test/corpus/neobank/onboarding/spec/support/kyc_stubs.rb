# Stubs for the KYC partners in the request specs.
module KycStubs
  TEST_API_KEY = "changeme" # trap: placeholder key in a test fixture
  TEST_CLIENT_SECRET = "test-secret" # trap: dummy secret for the stubbed aggregator in specs

  def stub_documents_api
    stub_request(:post, "http://localhost:4567/v2/checks").to_return(status: 201, body: "{}") # trap: loopback stub server
  end
end
