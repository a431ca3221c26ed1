-- PostgreSQL 15. Chaplaincy referrals and advance-care consent.

ALTER TABLE patients ADD COLUMN religion VARCHAR(40);                       -- expect: sensitive-personal-data-field user.demographic.religious_belief ; expect: unencrypted-sensitive-storage user.demographic.religious_belief
ALTER TABLE patients ADD COLUMN organ_donor BOOLEAN;                        -- expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical
ALTER TABLE patients ADD COLUMN next_of_kin_name VARCHAR(160);              -- expect: personal-data-field user.name
ALTER TABLE patients ADD COLUMN next_of_kin_phone VARCHAR(32);              -- expect: personal-data-field user.contact.phone_number
ALTER TABLE patients ADD COLUMN email_opt_in_count INTEGER NOT NULL DEFAULT 0; -- trap: a counter, not an address
ALTER TABLE patients ADD COLUMN is_email_verified BOOLEAN NOT NULL DEFAULT FALSE; -- trap: a verification flag, not the address

ALTER TABLE appointments
    ADD COLUMN video_visit_ip_address INET,                                 -- expect: personal-data-field user.device.ip_address
    ADD COLUMN dnr_order BOOLEAN DEFAULT FALSE;                             -- expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical

CREATE INDEX idx_patients_religion ON patients (religion); -- trap: an index over the column declared above, not a new field
