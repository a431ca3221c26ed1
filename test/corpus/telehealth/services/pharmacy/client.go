// Package pharmacy sends e-prescriptions to partner pharmacies and uploads dispensing labels.
package pharmacy

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/getsentry/sentry-go"
)

var ErrNoStock = errors.New("pharmacy: item out of stock")

type Client struct {
	baseURL string
	http    *http.Client
	s3      *s3.Client
}

type Prescription struct {
	ID          string
	PatientID   string
	PatientName string // expect: personal-data-field user.name
	DateOfBirth string // expect: personal-data-field user.demographic.date_of_birth
	Medication  string // expect: sensitive-personal-data-field user.health_and_medical
	Postcode    string // expect: personal-data-field user.contact.address.postal_code
}

// FindNearestPharmacy looks up pharmacies near the patient's postcode.
func (c *Client) FindNearestPharmacy(ctx context.Context, rx Prescription) (string, error) {
	q := url.Values{}
	q.Set("postcode", rx.Postcode)
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, c.baseURL+"/pharmacies?"+q.Encode(), nil) // expect: personal-data-in-url user.contact.address.postal_code
	resp, err := c.http.Do(req)
	if err != nil {
		return "", fmt.Errorf("pharmacy search: %w", err) // trap: wraps the transport error only
	}
	defer resp.Body.Close()
	var out struct{ ID string }
	return out.ID, json.NewDecoder(resp.Body).Decode(&out)
}

// CheckInteraction asks the interactions service whether the medication is safe with the patient's record.
func (c *Client) CheckInteraction(rx Prescription) error {
	resp, err := http.Get(fmt.Sprintf("%s/interactions?medication=%s&dob=%s", c.baseURL, url.QueryEscape(rx.Medication), rx.DateOfBirth)) // expect: personal-data-in-url user.health_and_medical
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusConflict {
		return fmt.Errorf("interaction found for %s taking %s", rx.PatientName, rx.Medication) // expect: personal-data-in-error user.name
	}
	return nil
}

// Stock checks stock for a prescription; only the prescription id travels.
func (c *Client) Stock(rx Prescription) error {
	resp, err := http.Get(c.baseURL + "/stock/" + url.PathEscape(rx.ID)) // trap: opaque prescription id in the URL
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotFound {
		sentry.CaptureMessage("stock check failed for prescription " + rx.ID) // trap: opaque id only
		return ErrNoStock
	}
	return nil
}

// UploadLabel stores the dispensing label PDF the courier prints.
func (c *Client) UploadLabel(ctx context.Context, rx Prescription, pdf []byte) error {
	_, err := c.s3.PutObject(ctx, &s3.PutObjectInput{
		Bucket: aws.String(os.Getenv("LABELS_BUCKET")),
		Key:    aws.String("labels/" + rx.ID + ".pdf"),
		Body:   bytesReader(pdf),
		ACL:    types.ObjectCannedACLPublicRead, // expect: public-data-store
	})
	if err != nil {
		return fmt.Errorf("upload label for %s: %w", rx.PatientName, err) // expect: personal-data-in-error user.name
	}
	return nil
}

// ArchiveLabel keeps a private copy for the audit trail.
func (c *Client) ArchiveLabel(ctx context.Context, rx Prescription, pdf []byte) error {
	_, err := c.s3.PutObject(ctx, &s3.PutObjectInput{
		Bucket:               aws.String(os.Getenv("ARCHIVE_BUCKET")),
		Key:                  aws.String("labels/" + rx.ID + ".pdf"),
		Body:                 bytesReader(pdf),
		ACL:                  types.ObjectCannedACLPrivate, // trap: private object ACL
		ServerSideEncryption: types.ServerSideEncryptionAwsKms,
	})
	return err
}
