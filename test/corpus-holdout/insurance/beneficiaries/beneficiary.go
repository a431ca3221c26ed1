package beneficiaries

import (
	"context"
	"errors"
	"time"

	"github.com/google/uuid"
	"go.uber.org/zap"
)

// Relationship of the beneficiary to the insured person.
type Relationship string

const (
	Spouse  Relationship = "spouse"
	Child   Relationship = "child"
	Parent  Relationship = "parent"
	Sibling Relationship = "sibling"
	Estate  Relationship = "estate"
	Trust   Relationship = "trust"
)

// Beneficiary is a person (or estate/trust) named on a life policy.
type Beneficiary struct {
	ID                uuid.UUID    `json:"id" db:"id"`
	PolicyID          uuid.UUID    `json:"policyId" db:"policy_id"` // trap: surrogate foreign key
	FullName          string       `json:"fullName" db:"full_name" validate:"required,max=140"` // expect: personal-data-field user.name
	Relationship      Relationship `json:"relationship" db:"relationship"` // expect: personal-data-field user.demographic
	DateOfBirth       *time.Time   `json:"dateOfBirth,omitempty" db:"date_of_birth"` // expect: personal-data-field user.demographic.date_of_birth
	IsMinor           bool         `json:"isMinor" db:"is_minor"` // expect: personal-data-field user.demographic.age_range
	GuardianName      string       `json:"guardianName,omitempty" db:"guardian_name"` // expect: personal-data-field user.name
	TIN               string       `json:"tin,omitempty" db:"tin"` // expect: sensitive-personal-data-field user.government_id.tax_id
	Email             string       `json:"email,omitempty" db:"email"` // expect: personal-data-field user.contact.email
	Phone             string       `json:"phone,omitempty" db:"phone"` // expect: personal-data-field user.contact.phone_number
	StreetAddress     string       `json:"streetAddress,omitempty" db:"street_address"` // expect: personal-data-field user.contact.address.street
	City              string       `json:"city,omitempty" db:"city"` // expect: personal-data-field user.contact.address.city
	PostalCode        string       `json:"postalCode,omitempty" db:"postal_code"` // expect: personal-data-field user.contact.address.postal_code
	SharePercent      float64      `json:"sharePercent" db:"share_percent"`
	Contingent        bool         `json:"contingent" db:"contingent"`
	BankAccountNumber string       `json:"-" db:"bank_account_number"` // expect: sensitive-personal-data-field user.financial.bank_account
	RoutingNumber     string       `json:"-" db:"routing_number"` // trap: ABA routing number identifies the bank, not the person
	CreatedAt         time.Time    `json:"createdAt" db:"created_at"`
}

// NotificationTemplate is the letter sent to beneficiaries after a death claim is approved.
type NotificationTemplate struct {
	Code         string `json:"code" db:"code"`
	EmailSubject string `json:"emailSubject" db:"email_subject"` // trap: subject line of a template
	EmailBody    string `json:"emailBody" db:"email_body"` // trap: template body with placeholders
}

type Store interface {
	Insert(ctx context.Context, b *Beneficiary) error
	UpdateShare(ctx context.Context, id uuid.UUID, share float64) error
}

type Payouts interface {
	SendACH(ctx context.Context, routing, account string, amountCents int64) error
}

type Service struct {
	store   Store
	payouts Payouts
	logger  *zap.Logger
}

var ErrShareOverflow = errors.New("beneficiary shares exceed 100%")

func (s *Service) Add(ctx context.Context, b *Beneficiary) error {
	if b.SharePercent > 100 {
		return ErrShareOverflow
	}
	s.logger.Info("adding beneficiary", zap.String("name", b.FullName), zap.String("policy", b.PolicyID.String())) // expect: personal-data-in-log user.name
	s.logger.Debug("beneficiary payload", zap.Any("beneficiary", b)) // expect: personal-data-in-log user
	return s.store.Insert(ctx, b)
}

func (s *Service) Reallocate(ctx context.Context, b *Beneficiary, share float64) error {
	s.logger.Info("share reallocated", zap.String("beneficiaryId", b.ID.String()), zap.Float64("share", share)) // trap: surrogate id and a percentage
	return s.store.UpdateShare(ctx, b.ID, share)
}

func (s *Service) PayOut(ctx context.Context, b *Beneficiary, amountCents int64) error {
	if err := s.payouts.SendACH(ctx, b.RoutingNumber, b.BankAccountNumber, amountCents); err != nil {
		s.logger.Error("ACH payout failed", zap.String("account", b.BankAccountNumber), zap.Error(err)) // expect: personal-data-in-log user.financial.bank_account
		return err
	}
	return nil
}
