-- Flyway migration for the loyalty analytics warehouse (Snowflake-compatible DDL).

CREATE TABLE dim_store (
    store_key        INTEGER PRIMARY KEY,
    store_number     INTEGER NOT NULL,
    store_name       VARCHAR(80) NOT NULL,  -- trap: a shop's name
    region_name      VARCHAR(40) NOT NULL,
    store_address    VARCHAR(200),  -- trap: a business address
    store_postcode   VARCHAR(10),  -- trap: a business postcode
    store_phone      VARCHAR(20),  -- trap: the shop's public number
    floor_area_sqm   INTEGER
);

CREATE TABLE dim_product (
    product_key      INTEGER PRIMARY KEY,
    sku              VARCHAR(20) NOT NULL,
    product_name     VARCHAR(200) NOT NULL,  -- trap: a product's name
    brand_name       VARCHAR(80),  -- trap: a brand, not a person
    category_name    VARCHAR(80),
    is_age_restricted BOOLEAN NOT NULL DEFAULT FALSE  -- trap: product attribute, says nothing about a shopper's age
);

CREATE TABLE dim_loyalty_member (
    member_key           INTEGER PRIMARY KEY,
    member_number        VARCHAR(16) NOT NULL,  -- expect: personal-data-field user.unique_id
    hashed_email         CHAR(64),  -- expect: personal-data-field user.unique_id.pseudonymous
    year_of_birth        SMALLINT,  -- expect: personal-data-field user.demographic.age_range
    gender               VARCHAR(12),  -- expect: personal-data-field user.demographic.gender
    home_postcode_district VARCHAR(4),  -- expect: personal-data-field user.location.imprecise
    tier                 VARCHAR(10),
    enrolled_on          DATE
);

CREATE TABLE fact_purchase_line (
    purchase_line_key BIGINT PRIMARY KEY,
    member_key        INTEGER REFERENCES dim_loyalty_member (member_key),  -- trap: surrogate key of the member dimension
    store_key         INTEGER REFERENCES dim_store (store_key),
    product_key       INTEGER REFERENCES dim_product (product_key),
    purchased_at      TIMESTAMP NOT NULL,
    quantity          INTEGER NOT NULL,
    net_amount_pence  INTEGER NOT NULL
);

CREATE TABLE member_affinity_scores (
    member_key                INTEGER PRIMARY KEY REFERENCES dim_loyalty_member (member_key),
    last_12m_purchase_categories VARCHAR(1000),  -- expect: personal-data-field user.behavior.purchase_history
    free_from_gluten_affinity DECIMAL(4, 3),  -- expect: sensitive-personal-data-field user.health_and_medical
    halal_affinity            DECIMAL(4, 3),  -- expect: sensitive-personal-data-field user.demographic.religious_belief
    baby_products_affinity    DECIMAL(4, 3),  -- expect: personal-data-field user.behavior.purchase_history
    computed_at               TIMESTAMP NOT NULL
);

CREATE TABLE agg_daily_store_sales (
    sales_date            DATE NOT NULL,
    store_key             INTEGER NOT NULL REFERENCES dim_store (store_key),
    member_transactions   INTEGER NOT NULL,  -- trap: aggregate count over all members
    distinct_member_count INTEGER NOT NULL,  -- trap: aggregate count over all members
    net_sales_pence       BIGINT NOT NULL,
    PRIMARY KEY (sales_date, store_key)
);

CREATE INDEX ix_member_number ON dim_loyalty_member (member_number);  -- trap: index on a column declared above
