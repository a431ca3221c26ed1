// Package workpass checks that foreign tenants and domestic helpers hold a valid
// MOM work pass before a tenancy or employment contract is issued.
package workpass

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"regexp"
	"time"
)

// finPattern validates a Foreign Identification Number (F/G/M series).
var finPattern = regexp.MustCompile(`^[FGM]\d{7}[A-Z]$`) // trap: validation pattern, not a FIN

// PassType is the MOM pass category.
type PassType string

const (
	EmploymentPass PassType = "EP"
	SPass          PassType = "SP"
	WorkPermit     PassType = "WP"
	DependantPass  PassType = "DP"
)

// PassHolder is one row of pass_holders.
type PassHolder struct {
	ID               int64     `db:"id" json:"id"`
	TenantID         string    `db:"tenant_id" json:"tenantId"`                // trap: surrogate key, not personal data by itself
	FIN              string    `db:"fin" json:"fin"`                           // expect: sensitive-personal-data-field user.government_id.national_identification_number.sg_nric_fin ; expect: unencrypted-sensitive-storage user.government_id.national_identification_number.sg_nric_fin
	FullName         string    `db:"full_name" json:"fullName"`                // expect: personal-data-field user.name
	Nationality      string    `db:"nationality" json:"nationality"`           // expect: personal-data-field user.demographic
	PassportNumber   string    `db:"passport_number" json:"passportNumber"`    // expect: sensitive-personal-data-field user.government_id.passport_number ; expect: unencrypted-sensitive-storage user.government_id.passport_number
	PassType         PassType  `db:"pass_type" json:"passType"`                // expect: sensitive-personal-data-field user.government_id.immigration ; expect: unencrypted-sensitive-storage user.government_id.immigration
	WorkPermitNumber string    `db:"work_permit_number" json:"workPermitNo"`   // expect: sensitive-personal-data-field user.government_id.immigration ; expect: unencrypted-sensitive-storage user.government_id.immigration
	PassExpiry       time.Time `db:"pass_expiry" json:"passExpiry"`            // expect: sensitive-personal-data-field user.government_id.immigration ; expect: unencrypted-sensitive-storage user.government_id.immigration
	EmployerName     string    `db:"employer_name" json:"employerName"`        // expect: personal-data-field user.workplace
	EmployerUEN      string    `db:"employer_uen" json:"employerUen"`
	MobileNumber     string    `db:"mobile_number" json:"mobileNumber"`        // expect: personal-data-field user.contact.phone_number
	VerifiedAt       *time.Time `db:"verified_at" json:"verifiedAt,omitempty"`
}

// MOMClient calls the Work Pass Enquiry service.
type MOMClient interface {
	Check(ctx context.Context, fin string, workPermitNumber string) (valid bool, expiry time.Time, err error)
}

type Checker struct {
	db         *sql.DB
	mom        MOMClient
	log        *slog.Logger
	agencyName string // trap: our employment agency's name, not a person's
	agencyPhone string // trap: the agency's office line, not a person's number
}

var ErrInvalidFIN = errors.New("workpass: malformed FIN") // trap: the message names the kind of data, not the value

func NewChecker(db *sql.DB, mom MOMClient, log *slog.Logger) *Checker {
	return &Checker{db: db, mom: mom, log: log, agencyName: "Homie Agency Pte Ltd", agencyPhone: "+65 6123 4567"}
}

func (c *Checker) Verify(ctx context.Context, h *PassHolder) error {
	if !finPattern.MatchString(h.FIN) {
		c.log.Warn("rejecting malformed FIN", "fin", h.FIN) // expect: personal-data-in-log user.government_id.national_identification_number.sg_nric_fin
		return ErrInvalidFIN
	}
	valid, expiry, err := c.mom.Check(ctx, h.FIN, h.WorkPermitNumber)
	if err != nil {
		c.log.Error("MOM enquiry failed", "holderId", h.ID, "err", err) // trap: logs a surrogate key and an error only
		return fmt.Errorf("workpass: %w", err) // trap: wraps the enquiry error only
	}
	if !valid {
		c.log.Info("work pass not valid", slog.String("name", h.FullName), slog.String("permit", h.WorkPermitNumber)) // expect: personal-data-in-log user.name ; expect: personal-data-in-log user.government_id.immigration
		return nil
	}
	now := time.Now()
	h.PassExpiry, h.VerifiedAt = expiry, &now
	_, err = c.db.ExecContext(ctx, `UPDATE pass_holders SET pass_expiry = $1, verified_at = $2 WHERE id = $3`, expiry, now, h.ID)
	c.log.Debug("pass holder verified", "holder", h) // expect: personal-data-in-log user
	return err
}
