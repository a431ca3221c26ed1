package delivery

import (
	"context"
	"log/slog"
	"time"
)

// DeliveryAddress is where a home-delivery order is taken.
type DeliveryAddress struct {
	RecipientName string  `json:"recipientName" validate:"required"` // expect: personal-data-field user.name
	Line1         string  `json:"line1" validate:"required"` // expect: personal-data-field user.contact.address.street
	Line2         string  `json:"line2,omitempty"` // expect: personal-data-field user.contact.address.street
	City          string  `json:"city" validate:"required"` // expect: personal-data-field user.contact.address.city
	Postcode      string  `json:"postcode" validate:"required"` // expect: personal-data-field user.contact.address.postal_code
	CountryCode   string  `json:"countryCode" validate:"iso3166_1_alpha2"` // expect: personal-data-field user.contact.address.country
	Phone         string  `json:"phone,omitempty"` // expect: personal-data-field user.contact.phone_number
	Latitude      float64 `json:"lat"` // expect: sensitive-personal-data-field user.location.precise
	Longitude     float64 `json:"lng"` // expect: sensitive-personal-data-field user.location.precise
	SafePlace     string  `json:"safePlace,omitempty"` // expect: personal-data-field user.content.private
}

// Warehouse is a fulfilment centre run by the retailer.
type Warehouse struct {
	Code       string  `json:"code" db:"code"`
	Name       string  `json:"name" db:"name"` // trap: the warehouse's name
	Street     string  `json:"street" db:"street"` // trap: a business address
	City       string  `json:"city" db:"city"` // trap: a business address
	Postcode   string  `json:"postcode" db:"postcode"` // trap: a business address
	DockPhone  string  `json:"dockPhone" db:"dock_phone"` // trap: the loading dock's phone line
	OpsEmail   string  `json:"opsEmail" db:"ops_email"` // trap: shared operations mailbox
	Latitude   float64 `json:"lat" db:"lat"` // trap: location of a building, not of a person
	Longitude  float64 `json:"lng" db:"lng"` // trap: location of a building, not of a person
}

type Shipment struct {
	ID             string          `json:"id" db:"id"`
	OrderNumber    string          `json:"orderNumber" db:"order_number"` // trap: order reference
	ShopperID      string          `json:"shopperId" db:"shopper_id"` // trap: surrogate foreign key
	WarehouseCode  string          `json:"warehouseCode" db:"warehouse_code"`
	Carrier        string          `json:"carrier" db:"carrier"`
	TrackingNumber string          `json:"trackingNumber" db:"tracking_number"` // trap: the carrier's parcel reference
	Address        DeliveryAddress `json:"address" db:"-"` // expect: personal-data-field user.contact.address
	DriverName     string          `json:"driverName,omitempty" db:"driver_name"` // expect: personal-data-field user.name
	ParcelCount    int             `json:"parcelCount" db:"parcel_count"`
	DispatchedAt   *time.Time      `json:"dispatchedAt,omitempty" db:"dispatched_at"`
}

type Geocoder interface {
	Lookup(ctx context.Context, postcode string) (lat, lng float64, err error) // trap: interface method parameters and results, not fields
}

type Dispatcher struct {
	geocoder Geocoder
	log      *slog.Logger
}

func (d *Dispatcher) Dispatch(ctx context.Context, s *Shipment) error {
	d.log.Info("shipment created", "shipment", s.ID, "warehouse", s.WarehouseCode, "parcels", s.ParcelCount) // trap: surrogate id, a site code and a count
	lat, lng, err := d.geocoder.Lookup(ctx, s.Address.Postcode)
	if err != nil {
		d.log.Warn("geocoding failed", "postcode", s.Address.Postcode, "err", err) // expect: personal-data-in-log user.contact.address.postal_code
		return err
	}
	if abs(lat-s.Address.Latitude) > 0.01 || abs(lng-s.Address.Longitude) > 0.01 {
		d.log.Warn("pin far from postcode centroid", "lat", s.Address.Latitude, "lng", s.Address.Longitude) // expect: personal-data-in-log user.location.precise
	}
	d.log.Info("out for delivery", "recipient", s.Address.RecipientName, "driver", s.DriverName) // expect: personal-data-in-log user.name
	now := time.Now()
	s.DispatchedAt = &now
	return nil
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}
