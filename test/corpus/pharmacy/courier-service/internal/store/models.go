// Package store holds the GORM models of the courier service.
package store

import (
	"context"
	"fmt"
	"time"

	"github.com/redis/go-redis/v9"
	"gorm.io/gorm"

	"github.com/wellcare/courier-service/internal/seal"
)

// Delivery is one bag taken to a patient's door.
type Delivery struct {
	gorm.Model
	PrescriptionRef string             `gorm:"size:32;uniqueIndex"` // trap: a surrogate key of the prescription, not personal data by itself
	PatientName     string             `gorm:"size:160"` // expect: personal-data-field user.name
	MedicineSummary string             `gorm:"size:255"` // expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical
	ExemptionReason seal.EncryptedText `gorm:"type:bytea"` // expect: sensitive-personal-data-field user.health_and_medical
	DropLatitude    float64            // expect: sensitive-personal-data-field user.location.precise ; expect: unencrypted-sensitive-storage user.location.precise
	DropLongitude   float64            // expect: sensitive-personal-data-field user.location.precise ; expect: unencrypted-sensitive-storage user.location.precise
	DeliveredAt     *time.Time
	VanRegistration string `gorm:"size:8"` // trap: registration of a company van, not a person's vehicle
}

// CacheForDriver keeps today's drop list on the driver's route for offline use in the app.
func CacheForDriver(ctx context.Context, rdb *redis.Client, routeID string, d Delivery) error {
	key := fmt.Sprintf("route:%s:drop:%d", routeID, d.ID)
	return rdb.HSet(ctx, key,
		"ref", d.PrescriptionRef,
		"medicine", d.MedicineSummary, // expect: unencrypted-sensitive-storage user.health_and_medical
	).Err()
}

// CountDrops is shown on the dispatcher's dashboard.
func CountDrops(ctx context.Context, rdb *redis.Client, routeID string) error {
	return rdb.Incr(ctx, "route:"+routeID+":drops").Err() // trap: a counter, no personal data
}
