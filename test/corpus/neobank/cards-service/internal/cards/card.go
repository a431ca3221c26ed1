// Package cards stores issued debit cards and publishes card events.
package cards

import (
	"context"
	"time"

	"github.com/segmentio/kafka-go"
)

// Card is the issuer-side record of a debit card.
type Card struct {
	ID             string    `gorm:"primaryKey;size:36"`
	CustomerID     string    `gorm:"size:36;index"` // trap: surrogate key, not personal data by itself
	PAN            string    `gorm:"size:19"` // expect: sensitive-personal-data-field user.financial.credit_card ; expect: unencrypted-sensitive-storage user.financial.credit_card
	PANCiphertext  []byte    `gorm:"type:bytea"` // expect: sensitive-personal-data-field user.financial.credit_card
	Last4          string    `gorm:"size:4"` // expect: personal-data-field user.financial
	CVV            string    `gorm:"size:4"` // expect: sensitive-personal-data-field user.financial.credit_card ; expect: unencrypted-sensitive-storage user.financial.credit_card
	CardholderName string    `gorm:"size:26"` // expect: personal-data-field user.name
	ExpiresAt      time.Time // expect: sensitive-personal-data-field user.financial.credit_card ; expect: unencrypted-sensitive-storage user.financial.credit_card
	DesignCode     string    `gorm:"size:12"` // trap: the card artwork variant, not card data
}

// PublishIssued hands the new card to the tokenisation worker; the topic keeps messages for 7 days.
func PublishIssued(ctx context.Context, w *kafka.Writer, c Card) error {
	return w.WriteMessages(ctx, kafka.Message{
		Key:   []byte(c.ID),
		Value: []byte(c.PAN), // expect: unencrypted-sensitive-storage user.financial.credit_card
	})
}

// PublishFrozen tells the processor to decline authorisations on the card.
func PublishFrozen(ctx context.Context, w *kafka.Writer, c Card) error {
	return w.WriteMessages(ctx, kafka.Message{Key: []byte(c.ID), Value: []byte("frozen")}) // trap: only the card's surrogate id and a status
}
