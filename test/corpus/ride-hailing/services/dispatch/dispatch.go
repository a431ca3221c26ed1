// Package dispatch matches trip requests to nearby online drivers.
package dispatch

import (
	"context"
	"errors"
	"log/slog"
	"math"
	"sort"
	"sync"
	"time"

	"go.uber.org/zap"
)

// DriverPosition is pushed by the driver app every few seconds while online.
type DriverPosition struct {
	DriverID   string    `json:"driverId" db:"driver_id"` // trap: surrogate key, not personal data by itself
	Lat        float64   `json:"lat" db:"lat"`            // expect: sensitive-personal-data-field user.location.precise ; expect: unencrypted-sensitive-storage user.location.precise
	Lng        float64   `json:"lng" db:"lng"`            // expect: sensitive-personal-data-field user.location.precise ; expect: unencrypted-sensitive-storage user.location.precise
	HeadingDeg float64   `json:"heading" db:"heading_deg"`
	SpeedKph   float64   `json:"speedKph" db:"speed_kph"`
	DeviceID   string    `json:"deviceId" db:"device_id"` // expect: personal-data-field user.device.device_id
	RecordedAt time.Time `json:"recordedAt" db:"recorded_at"`
}

// TripRequest is what the trips service hands to dispatch.
type TripRequest struct {
	TripID        string  `json:"tripId"`
	RiderID       string  `json:"riderId"`       // trap: surrogate key, not personal data by itself
	PickupLat     float64 `json:"pickupLat"`     // expect: sensitive-personal-data-field user.location.precise
	PickupLng     float64 `json:"pickupLng"`     // expect: sensitive-personal-data-field user.location.precise
	PickupAddress string  `json:"pickupAddress"` // expect: personal-data-field user.contact.address
	RiderRating   float64 `json:"riderRating"`   // expect: personal-data-field user.behavior
	ClientIP      string  `json:"clientIp"`      // expect: personal-data-field user.device.ip_address
	VehicleClass  string  `json:"vehicleClass"`
}

// Offer is sent to one driver at a time; the first to accept wins.
type Offer struct {
	TripID     string
	DriverID   string // trap: surrogate key, not personal data by itself
	ETASeconds int
	ExpiresAt  time.Time
}

// Config for one city's dispatcher.
type Config struct {
	CityCode        string
	ServerAddress   string        // trap: matching service host:port, not a person's address
	GeoFencePolygon [][2]float64  // trap: city service-zone boundary, not a person's location
	RaceWindow      time.Duration // trap: how long concurrent offers race, not ethnicity
	MaxRadiusKm     float64
}

var ErrNoDriver = errors.New("dispatch: no driver accepted") // trap: generic error message

type Dispatcher struct {
	cfg Config
	log *zap.Logger
	mu  sync.Mutex
}

func New(cfg Config, log *zap.Logger) *Dispatcher {
	return &Dispatcher{cfg: cfg, log: log}
}

func haversineKm(lat1, lng1, lat2, lng2 float64) float64 {
	const r = 6371.0
	dLat := (lat2 - lat1) * math.Pi / 180
	dLng := (lng2 - lng1) * math.Pi / 180
	a := math.Sin(dLat/2)*math.Sin(dLat/2) +
		math.Cos(lat1*math.Pi/180)*math.Cos(lat2*math.Pi/180)*math.Sin(dLng/2)*math.Sin(dLng/2)
	return 2 * r * math.Asin(math.Sqrt(a))
}

// Dispatch ranks candidates by distance and races offers to the closest three.
func (d *Dispatcher) Dispatch(ctx context.Context, req TripRequest, candidates []DriverPosition) (*Offer, error) {
	d.log.Info("dispatching trip",
		zap.String("tripId", req.TripID),
		zap.Float64("pickupLat", req.PickupLat), // expect: personal-data-in-log user.location.precise
		zap.Float64("pickupLng", req.PickupLng), // expect: personal-data-in-log user.location.precise
		zap.String("vehicleClass", req.VehicleClass),
	)
	d.log.Debug("request origin", zap.String("clientIp", req.ClientIP)) // expect: personal-data-in-log user.device.ip_address

	sort.Slice(candidates, func(i, j int) bool {
		return haversineKm(req.PickupLat, req.PickupLng, candidates[i].Lat, candidates[i].Lng) <
			haversineKm(req.PickupLat, req.PickupLng, candidates[j].Lat, candidates[j].Lng)
	})
	if len(candidates) > 3 {
		candidates = candidates[:3]
	}

	ctx, cancel := context.WithTimeout(ctx, d.cfg.RaceWindow)
	defer cancel()
	winner := make(chan Offer, 1)
	var raceCondition sync.Once // trap: concurrency guard, not race/ethnicity
	for _, c := range candidates {
		go func(c DriverPosition) {
			slog.Debug("sending offer", "driverId", c.DriverID, "lat", c.Lat, "lng", c.Lng) // expect: personal-data-in-log user.location.precise
			raceCondition.Do(func() {
				winner <- Offer{TripID: req.TripID, DriverID: c.DriverID, ExpiresAt: time.Now().Add(15 * time.Second)}
			})
		}(c)
	}

	select {
	case o := <-winner:
		slog.Info("offer accepted", "tripId", o.TripID, "driverId", o.DriverID) // trap: logs surrogate keys only
		return &o, nil
	case <-ctx.Done():
		d.log.Warn("no driver accepted", zap.String("tripId", req.TripID), zap.String("pickupAddress", req.PickupAddress)) // expect: personal-data-in-log user.contact.address
		return nil, ErrNoDriver
	}
}

// UpdatePosition stores the latest ping; the device id is kept to detect shared accounts.
func (d *Dispatcher) UpdatePosition(p DriverPosition) {
	d.mu.Lock()
	defer d.mu.Unlock()
	slog.Debug("position ping", slog.String("deviceId", p.DeviceID)) // expect: personal-data-in-log user.device.device_id
}
