package ledger

import (
	"context"
	"database/sql"
	"log"
	"time"

	"go.uber.org/zap"
)

// Transaction is a posted card or bank transfer on a customer account.
type Transaction struct {
	ID             string    `json:"id" db:"id"`
	AccountID      string    `json:"accountId" db:"account_id"` // trap: surrogate key, not personal data by itself
	AmountMinor    int64     `json:"amountMinor" db:"amount_minor"` // expect: personal-data-field user.financial
	Currency       string    `json:"currency" db:"currency"`
	MerchantName   string    `json:"merchantName" db:"merchant_name"` // expect: personal-data-field user.behavior.purchase_history
	MerchantCity   string    `json:"merchantCity" db:"merchant_city"` // expect: personal-data-field user.location.imprecise
	MCC            string    `json:"mcc" db:"mcc"` // expect: personal-data-field user.behavior.purchase_history
	CounterpartyName string  `json:"counterpartyName" db:"counterparty_name"` // expect: personal-data-field user.name
	CounterpartyIBAN string  `json:"counterpartyIban" db:"counterparty_iban"` // expect: sensitive-personal-data-field user.financial.bank_account ; expect: unencrypted-sensitive-storage user.financial.bank_account
	Reference      string    `json:"reference" db:"reference"` // expect: personal-data-field user.content.private
	DeviceLat      float64   `json:"deviceLat" db:"device_lat"` // expect: sensitive-personal-data-field user.location.precise ; expect: unencrypted-sensitive-storage user.location.precise
	DeviceLng      float64   `json:"deviceLng" db:"device_lng"` // expect: sensitive-personal-data-field user.location.precise ; expect: unencrypted-sensitive-storage user.location.precise
	DeviceID       string    `json:"deviceId" db:"device_id"` // expect: personal-data-field user.device.device_id
	IPAddress      string    `json:"ipAddress" db:"ip_address"` // expect: personal-data-field user.device.ip_address
	PostedAt       time.Time `json:"postedAt" db:"posted_at"`
}

// FraudSignal is what the rules engine stores for each scored transaction.
type FraudSignal struct {
	TransactionID    string  `json:"transactionId"`
	DistanceFromHomeKm float64 `json:"distanceFromHomeKm"` // expect: personal-data-field user.location.imprecise
	HomeGeohash      string  `json:"homeGeohash"` // expect: sensitive-personal-data-field user.location.precise
	VelocityScore    float64 `json:"velocityScore"`
	CardPresent      bool    `json:"cardPresent"`
}

// ServerInfo is attached to every log line for ops.
type ServerInfo struct {
	HostName      string `json:"hostName"`      // trap: the pod's host name, not a person's name
	ServerAddress string `json:"serverAddress"` // trap: a service endpoint, not a postal address
	IPAddressRegex string `json:"ipAddressRegex"` // trap: a validation pattern, not an address
}

type Store struct {
	db  *sql.DB
	log *zap.Logger
}

// Post writes a transaction and logs it for the fraud team.
func (s *Store) Post(ctx context.Context, t Transaction) error {
	s.log.Info("posting transaction", zap.String("id", t.ID), zap.Int64("amount", t.AmountMinor)) // expect: personal-data-in-log user.financial
	s.log.Debug("geo", zap.Float64("lat", t.DeviceLat), zap.Float64("lng", t.DeviceLng)) // expect: personal-data-in-log user.location.precise
	_, err := s.db.ExecContext(ctx,
		`INSERT INTO transactions (id, account_id, amount_minor, currency, merchant_name, device_lat, device_lng, ip_address, posted_at)
		 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
		t.ID, t.AccountID, t.AmountMinor, t.Currency, t.MerchantName, t.DeviceLat, t.DeviceLng, t.IPAddress, t.PostedAt)
	if err != nil {
		log.Printf("insert failed for transfer to %s (%s): %v", t.CounterpartyName, t.ID, err) // expect: personal-data-in-log user.name
		return err
	}
	return nil
}

// Score logs the signal that triggered a review.
func (s *Store) Score(t Transaction, sig FraudSignal) {
	if sig.VelocityScore > 0.8 {
		s.log.Warn("high velocity", zap.String("ip", t.IPAddress), zap.String("tx", t.ID)) // expect: personal-data-in-log user.device.ip_address
		s.log.Sugar().Infow("review queued", "tx", t.ID, "counterpartyIban", t.CounterpartyIBAN) // expect: personal-data-in-log user.financial.bank_account
	}
}
