-- PostgreSQL 15. Trips, ratings and service zones for the rider and driver apps.

CREATE EXTENSION IF NOT EXISTS postgis;

CREATE TABLE service_zones (
    id               SERIAL PRIMARY KEY,
    city_code        CHAR(3) NOT NULL,
    name             TEXT NOT NULL, -- trap: zone name ("Changi Airport"), not a person's name
    geofence_polygon GEOGRAPHY(POLYGON, 4326) NOT NULL, -- trap: city zone boundary, not a person's location
    surge_multiplier NUMERIC(3, 2) NOT NULL DEFAULT 1.00
);

CREATE TABLE trips (
    id               UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    rider_id         UUID NOT NULL REFERENCES riders (id), -- trap: surrogate key, not personal data by itself
    driver_id        UUID REFERENCES drivers (id), -- trap: surrogate key, not personal data by itself
    zone_id          INTEGER REFERENCES service_zones (id),
    status           VARCHAR(16) NOT NULL DEFAULT 'searching',
    pickup_lat       NUMERIC(9, 6) NOT NULL, -- expect: sensitive-personal-data-field user.location.precise ; expect: unencrypted-sensitive-storage user.location.precise
    pickup_lng       NUMERIC(9, 6) NOT NULL, -- expect: sensitive-personal-data-field user.location.precise ; expect: unencrypted-sensitive-storage user.location.precise
    pickup_address   TEXT NOT NULL, -- expect: personal-data-field user.contact.address
    dropoff_lat      NUMERIC(9, 6), -- expect: sensitive-personal-data-field user.location.precise ; expect: unencrypted-sensitive-storage user.location.precise
    dropoff_lng      NUMERIC(9, 6), -- expect: sensitive-personal-data-field user.location.precise ; expect: unencrypted-sensitive-storage user.location.precise
    dropoff_address  TEXT, -- expect: personal-data-field user.contact.address
    route_polyline   TEXT, -- expect: sensitive-personal-data-field user.location.precise ; expect: unencrypted-sensitive-storage user.location.precise
    rider_ip         INET, -- expect: personal-data-field user.device.ip_address
    fare_cents       INTEGER,
    currency         CHAR(3) NOT NULL DEFAULT 'SGD',
    requested_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    completed_at     TIMESTAMPTZ
);

CREATE INDEX trips_rider_id_idx ON trips (rider_id); -- trap: index on a surrogate key

CREATE TABLE trip_ratings (
    trip_id          UUID PRIMARY KEY REFERENCES trips (id),
    driver_stars     SMALLINT NOT NULL CHECK (driver_stars BETWEEN 1 AND 5), -- expect: personal-data-field user.behavior
    rider_comment    TEXT, -- expect: personal-data-field user.content.private
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);

ALTER TABLE riders ADD COLUMN emergency_contact_name VARCHAR(160); -- expect: personal-data-field user.name
ALTER TABLE riders ADD COLUMN emergency_contact_phone VARCHAR(20); -- expect: personal-data-field user.contact.phone_number
ALTER TABLE riders ADD COLUMN name_regex_version SMALLINT NOT NULL DEFAULT 1; -- trap: version of a validation rule, not a name
