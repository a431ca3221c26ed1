// Package claims submits insurance claims for completed encounters to payers.
package claims

import (
	"context"
	"fmt"
	"log/slog"
	"time"
)

// Subscriber is the insured person on the policy, who may differ from the patient.
type Subscriber struct {
	FirstName     string    `json:"firstName" db:"first_name"`          // expect: personal-data-field user.name.first
	LastName      string    `json:"lastName" db:"last_name"`            // expect: personal-data-field user.name.last
	DateOfBirth   time.Time `json:"dateOfBirth" db:"date_of_birth"`     // expect: personal-data-field user.demographic.date_of_birth
	MemberID      string    `json:"memberId" db:"member_id"`            // expect: sensitive-personal-data-field user.health_and_medical.insurance_beneficiary_id ; expect: unencrypted-sensitive-storage user.health_and_medical.insurance_beneficiary_id
	SSN           string    `json:"ssn,omitempty" db:"ssn"`             // expect: sensitive-personal-data-field user.government_id.national_identification_number.us_ssn ; expect: unencrypted-sensitive-storage user.government_id.national_identification_number.us_ssn
	Relationship  string    `json:"relationship" db:"relationship"`      // expect: personal-data-field user.demographic.marital_status
	StreetAddress string    `json:"streetAddress" db:"street_address"`  // expect: personal-data-field user.contact.address.street
	ZipCode       string    `json:"zipCode" db:"zip_code"`              // expect: personal-data-field user.contact.address.postal_code
}

// ClaimLine is one billed service.
type ClaimLine struct {
	CPTCode       string   `json:"cptCode"`        // expect: sensitive-personal-data-field user.health_and_medical
	DiagnosisCode []string `json:"diagnosisCodes"` // expect: sensitive-personal-data-field user.health_and_medical
	ChargeCents   int64    `json:"chargeCents"`    // expect: personal-data-field user.financial
}

// Claim is an 837P professional claim in our internal shape.
type Claim struct {
	ID           string      `json:"id" db:"id"`
	PatientID    string      `json:"patientId" db:"patient_id"` // trap: surrogate key, not personal data by itself
	PatientName  string      `json:"patientName" db:"patient_name"` // expect: personal-data-field user.name
	Subscriber   Subscriber  `json:"subscriber"`
	Lines        []ClaimLine `json:"lines"`
	ServiceDate  time.Time   `json:"serviceDate" db:"service_date"`
	PayerName    string      `json:"payerName" db:"payer_name"`       // trap: the insurance company's name, an organisation
	PayerAddress string      `json:"payerAddress" db:"payer_address"` // trap: claims mailing address of the payer, an organisation
}

// ClearinghouseConfig configures the EDI connection.
type ClearinghouseConfig struct {
	HostName       string        `yaml:"hostName"`       // trap: a server's host name, not a person's name
	MacAddress     string        `yaml:"macAddress"`     // trap: MAC of the on-prem EDI appliance, not a personal device
	SubmitterEmail string        `yaml:"submitterEmail"` // trap: shared billing@ mailbox of the practice
	Timeout        time.Duration `yaml:"timeout"`
}

type Submitter interface {
	Submit(ctx context.Context, c Claim) (string, error)
}

// Submit sends the claim and records the control number.
func Submit(ctx context.Context, s Submitter, c Claim) (string, error) {
	slog.InfoContext(ctx, "submitting claim", "claim_id", c.ID, "lines", len(c.Lines))
	slog.DebugContext(ctx, "subscriber", "member_id", c.Subscriber.MemberID) // expect: personal-data-in-log user.health_and_medical.insurance_beneficiary_id
	icn, err := s.Submit(ctx, c)
	if err != nil {
		slog.Error("claim rejected", "patient", c.PatientName, "err", err) // expect: personal-data-in-log user.name
		return "", fmt.Errorf("submit claim %s: %w", c.ID, err)
	}
	slog.Info("claim accepted", "claim_id", c.ID, "icn", icn)
	return icn, nil
}

// Validate checks the fields the payer rejects most often.
func Validate(c Claim) error {
	if c.Subscriber.SSN != "" && len(c.Subscriber.SSN) != 9 {
		slog.Warn("bad subscriber ssn", "ssn", c.Subscriber.SSN) // expect: personal-data-in-log user.government_id.national_identification_number.us_ssn
		return fmt.Errorf("claim %s: subscriber SSN must be 9 digits", c.ID)
	}
	return nil
}
