// Package shipping serves label printing and delivery tracking for sellers and couriers.
package shipping

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"os"
	"time"

	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/service/s3"
	"github.com/getsentry/sentry-go"
	"github.com/golang-jwt/jwt/v5"
	"github.com/posthog/posthog-go"
	"github.com/rs/cors"
)

type Server struct {
	shipments ShipmentStore
	posthog   posthog.Client
	s3        *s3.S3
	jwtKey    []byte
}

// Recipient is the delivery contact printed on the label.
type Recipient struct {
	Name     string `json:"name"`     // expect: personal-data-field user.name
	Phone    string `json:"phone"`    // expect: personal-data-field user.contact.phone_number
	Line1    string `json:"line1"`    // expect: personal-data-field user.contact.address.street
	Postcode string `json:"postcode"` // expect: personal-data-field user.contact.address.postal_code
}

func (s *Server) Routes(requireSeller func(http.Handler) http.Handler) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) }) // trap: liveness probe, no personal data
	mux.HandleFunc("/couriers/manifest", s.courierManifest)                                                // expect: unauthenticated-personal-data-route user
	mux.HandleFunc("/track", s.track)                                                                      // expect: unauthenticated-personal-data-route user.contact.address
	mux.Handle("/seller/labels", requireSeller(http.HandlerFunc(s.printLabel)))                            // trap: wrapped in the requireSeller middleware
	mux.Handle("/seller/recipients", requireSeller(http.HandlerFunc(s.saveRecipient)))                     // trap: wrapped in the requireSeller middleware

	return cors.AllowAll().Handler(mux) // expect: permissive-cors
}

// AdminHandler serves the ops console, which is only ever loaded from the admin domain.
func (s *Server) AdminHandler(h http.Handler) http.Handler {
	c := cors.New(cors.Options{
		AllowedOrigins:   []string{"https://ops.bazaarly.com"}, // trap: single allowed origin
		AllowCredentials: true,
	})
	return c.Handler(h)
}

// CreateCourierDropBucket makes the bucket couriers read delivery photos from.
func (s *Server) CreateCourierDropBucket(name string) error {
	_, err := s.s3.CreateBucket(&s3.CreateBucketInput{
		Bucket: aws.String(name),
		ACL:    aws.String(s3.BucketCannedACLPublicRead), // expect: public-data-store
	})
	return err
}

// ArchiveManifest keeps the day's courier manifest for the audit trail.
func (s *Server) ArchiveManifest(day string, body io.ReadSeeker) error {
	_, err := s.s3.PutObject(&s3.PutObjectInput{
		Bucket: aws.String(os.Getenv("ARCHIVE_BUCKET")),
		Key:    aws.String("manifests/" + day + ".json"),
		Body:   body,
		ACL:    aws.String(s3.ObjectCannedACLBucketOwnerFullControl), // trap: bucket-owner ACL, not public
	})
	return err
}

func (s *Server) courierManifest(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Access-Control-Allow-Origin", r.Header.Get("Origin")) // expect: permissive-cors
	w.Header().Set("Access-Control-Allow-Credentials", "true")
	manifest, err := s.shipments.ManifestFor(r.URL.Query().Get("depot"), time.Now())
	if err != nil {
		http.Error(w, "manifest unavailable", http.StatusServiceUnavailable) // trap: generic error message
		return
	}
	_ = json.NewEncoder(w).Encode(manifest)
}

func (s *Server) track(w http.ResponseWriter, r *http.Request) {
	sh, err := s.shipments.ByTrackingNumber(r.URL.Query().Get("tn"))
	if err != nil {
		http.Error(w, "unknown tracking number", http.StatusNotFound) // trap: generic error message
		return
	}
	_ = json.NewEncoder(w).Encode(map[string]any{"status": sh.Status, "deliverTo": sh.Recipient.Line1 + ", " + sh.Recipient.Postcode})
}

func (s *Server) printLabel(w http.ResponseWriter, r *http.Request) {
	sh, err := s.shipments.ByID(r.URL.Query().Get("id"))
	if err != nil {
		http.Error(w, fmt.Sprintf("no shipment %s", r.URL.Query().Get("id")), http.StatusNotFound) // trap: opaque shipment id only
		return
	}
	if sh.Recipient.Phone == "" {
		http.Error(w, "cannot print label: no phone number for "+sh.Recipient.Name, http.StatusUnprocessableEntity) // expect: personal-data-in-error user.name
		return
	}
	_, err = s.s3.PutObject(&s3.PutObjectInput{
		Bucket: aws.String(os.Getenv("LABELS_BUCKET")),
		Key:    aws.String(sh.ID + ".pdf"),
		Body:   renderLabel(sh),
		ACL:    aws.String(s3.ObjectCannedACLPublicRead), // expect: public-data-store
	})
	if err != nil {
		sentry.CaptureMessage(fmt.Sprintf("label upload failed for %s, %s", sh.Recipient.Name, sh.Recipient.Postcode)) // expect: personal-data-to-third-party user.name
		http.Error(w, "label upload failed", http.StatusBadGateway)
		return
	}
	http.Redirect(w, r, "/labels/"+url.PathEscape(sh.ID)+".pdf", http.StatusSeeOther) // trap: opaque shipment id in the URL
}

func (s *Server) saveRecipient(w http.ResponseWriter, r *http.Request) {
	var rc Recipient
	if err := json.NewDecoder(r.Body).Decode(&rc); err != nil {
		http.Error(w, "invalid JSON", http.StatusBadRequest)
		return
	}
	_ = s.posthog.Enqueue(posthog.Capture{
		DistinctId: r.Header.Get("X-Seller-Id"),
		Event:      "recipient_saved",
		Properties: posthog.NewProperties().Set("postcode", rc.Postcode), // expect: personal-data-to-third-party user.contact.address.postal_code
	})
	_ = s.posthog.Enqueue(posthog.Capture{DistinctId: r.Header.Get("X-Seller-Id"), Event: "label_flow_step", Properties: posthog.NewProperties().Set("step", "recipient")}) // trap: seller id and a step name only

	token := jwt.NewWithClaims(jwt.SigningMethodHS256, jwt.MapClaims{"recipient_phone": rc.Phone, "exp": time.Now().Add(time.Hour).Unix()}) // expect: personal-data-in-client-storage user.contact.phone_number
	signed, _ := token.SignedString(s.jwtKey)
	http.SetCookie(w, &http.Cookie{
		Name:     "last_recipient",
		Value:    rc.Name, // expect: personal-data-in-client-storage user.name
		Secure:   true,
		HttpOnly: true,
		SameSite: http.SameSiteLaxMode,
	})
	http.SetCookie(w, &http.Cookie{Name: "label_size", Value: "A6", Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode}) // trap: label size preference, all flags set

	q := url.Values{"phone": {rc.Phone}, "postcode": {rc.Postcode}}
	resp, err := http.Get("https://api.parcelroute.eu/v2/address-check?" + q.Encode()) // expect: personal-data-in-url user.contact.phone_number
	if err == nil {
		resp.Body.Close()
	}
	if err != nil {
		w.WriteHeader(http.StatusBadGateway)
		_, _ = fmt.Fprintf(w, `{"error":"address check failed for %s"}`, rc.Postcode) // expect: personal-data-in-error user.contact.address.postal_code
		return
	}
	_ = json.NewEncoder(w).Encode(map[string]string{"token": signed})
}
