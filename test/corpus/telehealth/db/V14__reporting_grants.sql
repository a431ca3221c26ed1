-- PostgreSQL 15. Read access for the BI tool and the public status page.

GRANT SELECT ON clinic_locations, specialties TO PUBLIC; -- trap: reference tables, no personal data
GRANT SELECT ON patients TO PUBLIC; -- expect: public-data-store
GRANT SELECT (id, started_at, diagnosis_code, patient_id) ON visits TO PUBLIC; -- expect: public-data-store
GRANT SELECT ON visits, prescriptions TO bi_reader; -- trap: granted to a named role, not to PUBLIC
REVOKE ALL ON prescriptions FROM PUBLIC; -- trap: a revoke, the opposite of public access

CREATE VIEW visit_volume_daily AS
SELECT date_trunc('day', started_at) AS day, specialty, count(*) AS visits
FROM visits
GROUP BY 1, 2;

GRANT SELECT ON visit_volume_daily TO PUBLIC; -- trap: aggregate counts, no personal data
