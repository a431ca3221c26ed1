-- PostgreSQL 16. Seller payout accounts, and read grants for the analytics warehouse loader.

CREATE TABLE seller_payout_accounts (
    seller_id        UUID PRIMARY KEY REFERENCES sellers (id), -- trap: surrogate key, not personal data by itself
    account_holder   VARCHAR(140) NOT NULL, -- expect: personal-data-field user.name
    iban             VARCHAR(34)  NOT NULL, -- expect: sensitive-personal-data-field user.financial.bank_account ; expect: unencrypted-sensitive-storage user.financial.bank_account
    tax_id           VARCHAR(20), -- expect: sensitive-personal-data-field user.government_id.tax_id ; expect: unencrypted-sensitive-storage user.government_id.tax_id
    bic              VARCHAR(11), -- trap: identifies the bank, not the seller
    payout_currency  CHAR(3) NOT NULL DEFAULT 'EUR',
    verified_at      TIMESTAMPTZ
);

CREATE TABLE shipping_zones (
    code             VARCHAR(8) PRIMARY KEY,
    name             TEXT NOT NULL, -- trap: shipping zone name, not a person's name
    base_price_cents INTEGER NOT NULL
);

GRANT SELECT ON shipping_zones TO PUBLIC; -- trap: reference table, no personal data
GRANT SELECT ON seller_payout_accounts TO PUBLIC; -- expect: public-data-store
GRANT SELECT ON ALL TABLES IN SCHEMA marketplace TO PUBLIC; -- expect: public-data-store
GRANT SELECT ON sellers, orders TO warehouse_loader; -- trap: granted to a named role, not to PUBLIC
