-- PostgreSQL 15. Core schema for the patient administration system.

CREATE TABLE clinics (
    id              SERIAL PRIMARY KEY,
    name            VARCHAR(120) NOT NULL,  -- trap: the clinic's name, an organisation
    street_address  VARCHAR(255) NOT NULL,  -- trap: the clinic's premises, organisation contact detail
    phone           VARCHAR(32)  NOT NULL,  -- trap: reception number of the clinic, organisation contact detail
    timezone        VARCHAR(64)  NOT NULL DEFAULT 'Europe/London'
);

CREATE TABLE patients (
    id                     UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    registered_clinic_id   INTEGER NOT NULL REFERENCES clinics (id),
    nhs_number             CHAR(10) UNIQUE,             -- expect: sensitive-personal-data-field user.government_id.national_identification_number ; expect: unencrypted-sensitive-storage user.government_id.national_identification_number
    first_name             VARCHAR(80)  NOT NULL,       -- expect: personal-data-field user.name.first
    last_name              VARCHAR(80)  NOT NULL,       -- expect: personal-data-field user.name.last
    date_of_birth          DATE         NOT NULL,       -- expect: personal-data-field user.demographic.date_of_birth
    gender                 VARCHAR(20),                 -- expect: personal-data-field user.demographic.gender
    ethnicity_code         VARCHAR(4),                  -- expect: sensitive-personal-data-field user.demographic.race_ethnicity ; expect: unencrypted-sensitive-storage user.demographic.race_ethnicity
    email                  VARCHAR(255),                -- expect: personal-data-field user.contact.email
    mobile_phone           VARCHAR(32),                 -- expect: personal-data-field user.contact.phone_number
    postcode               VARCHAR(10),                 -- expect: personal-data-field user.contact.address.postal_code
    password_hash          VARCHAR(255),                -- trap: hash, not the plaintext
    created_at             TIMESTAMPTZ  NOT NULL DEFAULT now()
);

CREATE TABLE appointments (
    id                 BIGSERIAL PRIMARY KEY,
    patient_id         UUID        NOT NULL REFERENCES patients (id),  -- trap: surrogate key, not personal data by itself
    doctor_id          INTEGER     NOT NULL,
    starts_at          TIMESTAMPTZ NOT NULL,
    reason_for_visit   TEXT,                                            -- expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical
    cancelled_reason   TEXT
);

CREATE TABLE vaccinations (
    id             BIGSERIAL PRIMARY KEY,
    patient_id     UUID        NOT NULL REFERENCES patients (id),
    vaccine_code   VARCHAR(16) NOT NULL,                        -- expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical
    lot_number     VARCHAR(32),
    administered_at TIMESTAMPTZ NOT NULL
);

-- Reference data: no personal data below.
CREATE TABLE country_codes (
    country_code  CHAR(2) PRIMARY KEY,   -- trap: ISO 3166 reference table, not a person's country
    country_name  VARCHAR(80) NOT NULL,  -- trap: a country's name in a reference table
    phone_prefix  VARCHAR(6)  NOT NULL   -- trap: dialling prefix of a country, not a phone number
);
