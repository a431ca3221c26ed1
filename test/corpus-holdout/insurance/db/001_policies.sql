-- PostgreSQL schema for the policy administration system.

CREATE TABLE ref_us_states (
    code        char(2) PRIMARY KEY,
    state_name  varchar(40) NOT NULL  -- trap: reference table of state names
);

CREATE TABLE insurance_products (
    product_code           varchar(12) PRIMARY KEY,
    product_name           varchar(120) NOT NULL,  -- trap: the product's name, not a person's
    line_of_business       varchar(20) NOT NULL,
    min_age                smallint NOT NULL,  -- trap: eligibility rule of the product
    max_age                smallint NOT NULL,  -- trap: eligibility rule of the product
    requires_medical_exam  boolean NOT NULL DEFAULT false,  -- trap: product rule, says nothing about a person
    base_monthly_premium   numeric(10, 2) NOT NULL
);

CREATE TABLE policies (
    id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    policy_number     varchar(20) NOT NULL UNIQUE,  -- trap: contract reference; the insured people are in insured_persons
    product_code      varchar(12) NOT NULL REFERENCES insurance_products (product_code),
    policyholder_id   uuid NOT NULL,  -- trap: surrogate foreign key
    status            varchar(12) NOT NULL DEFAULT 'active',
    effective_date    date NOT NULL,
    expiry_date       date,
    agent_id          bigint,
    created_at        timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE insured_persons (
    id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    policy_id          uuid NOT NULL REFERENCES policies (id) ON DELETE CASCADE,
    first_name         varchar(60) NOT NULL,  -- expect: personal-data-field user.name.first
    last_name          varchar(80) NOT NULL,  -- expect: personal-data-field user.name.last
    date_of_birth      date NOT NULL,  -- expect: personal-data-field user.demographic.date_of_birth
    gender             varchar(12),  -- expect: personal-data-field user.demographic.gender
    race_ethnicity     varchar(40),  -- expect: sensitive-personal-data-field user.demographic.race_ethnicity
    ssn                char(11),  -- expect: sensitive-personal-data-field user.government_id.national_identification_number.us_ssn
    medicare_number    varchar(11),  -- expect: sensitive-personal-data-field user.health_and_medical.insurance_beneficiary_id
    tobacco_user       boolean NOT NULL DEFAULT false,  -- expect: sensitive-personal-data-field user.health_and_medical
    email              varchar(254),  -- expect: personal-data-field user.contact.email
    phone              varchar(32),  -- expect: personal-data-field user.contact.phone_number
    street_address     varchar(200),  -- expect: personal-data-field user.contact.address.street
    city               varchar(80),  -- expect: personal-data-field user.contact.address.city
    state_code         char(2) REFERENCES ref_us_states (code),  -- expect: personal-data-field user.contact.address.state
    zip_code           varchar(10),  -- expect: personal-data-field user.contact.address.postal_code
    relationship_to_holder varchar(20) NOT NULL DEFAULT 'self'  -- expect: personal-data-field user.demographic
);

CREATE INDEX idx_insured_persons_ssn ON insured_persons (ssn);  -- trap: index on a column declared above
CREATE INDEX idx_insured_persons_name ON insured_persons (last_name, first_name);  -- trap: index on columns declared above

CREATE TABLE insurer_profile (
    id                   smallint PRIMARY KEY,
    legal_name           varchar(160) NOT NULL,  -- trap: the insurer's legal name
    naic_code            char(5) NOT NULL,
    claims_phone         varchar(32) NOT NULL,  -- trap: the insurer's claims hotline
    claims_email         varchar(254) NOT NULL,  -- trap: the insurer's claims mailbox
    head_office_address  varchar(240) NOT NULL  -- trap: corporate head office address
);

CREATE VIEW v_policy_counts_by_state AS
SELECT ip.state_code, count(DISTINCT ip.policy_id) AS policy_count  -- trap: aggregate count by state, no individual
FROM insured_persons ip
GROUP BY ip.state_code;
