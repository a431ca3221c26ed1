// Package partners holds the HTTP clients for the wholesaler and the routing provider.
package partners

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"net/http"
	"os"
	"time"
)

const wholesalerAPIKey = "wsk_live_b71e4c9a2f0d8e3b6c5a1f7d9e2b4c80" // expect: hardcoded-secret

var mapsAPIKey = os.Getenv("MAPS_API_KEY") // trap: read from the environment

const priceFeedURL = "http://feeds.medsupply-wholesale.co.uk/prices/latest.csv" // expect: insecure-transport

func init() {
	if os.Getenv("COURIER_ENV") == "staging" {
		http.DefaultTransport.(*http.Transport).TLSClientConfig = &tls.Config{InsecureSkipVerify: true} // expect: tls-verification-disabled
	}
}

// NewWholesalerClient talks to the wholesaler's order API, whose certificate chain is incomplete.
func NewWholesalerClient() *http.Client {
	return &http.Client{
		Timeout: 10 * time.Second,
		Transport: &http.Transport{
			TLSClientConfig: &tls.Config{InsecureSkipVerify: true}, // expect: tls-verification-disabled
		},
	}
}

// NewSpineClient verifies the spine gateway against the private root we ship in the image.
func NewSpineClient(pool *x509.CertPool) *http.Client {
	return &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{
		RootCAs:            pool,
		MinVersion:         tls.VersionTLS12,
		InsecureSkipVerify: false, // trap: verification explicitly on
	}}}
}

// PriceFeed downloads the daily price file.
func PriceFeed(ctx context.Context) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, priceFeedURL, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("X-Api-Key", wholesalerAPIKey)
	return NewWholesalerClient().Do(req)
}

// OptimiseRoute asks the routing provider to order today's drops.
func OptimiseRoute(ctx context.Context) (*http.Response, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "http://routing.courier-maps.net/v1/optimise", nil) // expect: insecure-transport
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Key "+mapsAPIKey)
	return http.DefaultClient.Do(req)
}

// RobotStock reads stock levels from the dispensing robot's agent on the same host.
func RobotStock() (*http.Response, error) {
	return http.Get("http://127.0.0.1:8081/stock/levels") // trap: loopback agent
}
