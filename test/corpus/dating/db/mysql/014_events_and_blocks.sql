-- MySQL 8.0. Analytics events, blocks and in-person event sign-ups.

CREATE TABLE app_events (
  id            BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  user_id       CHAR(25) NOT NULL, -- trap: surrogate key, not personal data by itself
  event_name    VARCHAR(64) NOT NULL, -- trap: analytics event name ("swipe_right"), not a person's name
  advertising_id VARCHAR(64) NULL, -- expect: personal-data-field user.device.device_id
  ip_address    VARBINARY(16) NULL, -- expect: personal-data-field user.device.ip_address
  geo_lat       DECIMAL(9,6) NULL, -- expect: sensitive-personal-data-field user.location.precise ; expect: unencrypted-sensitive-storage user.location.precise
  geo_lng       DECIMAL(9,6) NULL, -- expect: sensitive-personal-data-field user.location.precise ; expect: unencrypted-sensitive-storage user.location.precise
  app_version   VARCHAR(16) NOT NULL,
  created_at    DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
  PRIMARY KEY (id),
  KEY idx_app_events_user (user_id, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE blocks (
  blocker_id    CHAR(25) NOT NULL,
  blocked_id    CHAR(25) NOT NULL,
  reason        VARCHAR(32) NULL,
  note          TEXT NULL, -- expect: personal-data-field user.content.private
  created_at    DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
  PRIMARY KEY (blocker_id, blocked_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE singles_events (
  id            INT UNSIGNED NOT NULL AUTO_INCREMENT,
  title         VARCHAR(120) NOT NULL,
  venue_name    VARCHAR(120) NOT NULL, -- trap: venue name, not a person's
  venue_address VARCHAR(255) NOT NULL, -- trap: venue street address, not a person's
  venue_phone   VARCHAR(20) NULL, -- trap: venue booking line, not a person's number
  starts_at     DATETIME NOT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE singles_event_signups (
  event_id      INT UNSIGNED NOT NULL,
  user_id       CHAR(25) NOT NULL,
  full_name     VARCHAR(160) NOT NULL, -- expect: personal-data-field user.name
  mobile        VARCHAR(20) NOT NULL, -- expect: personal-data-field user.contact.phone_number
  food_allergies VARCHAR(255) NULL, -- expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical
  PRIMARY KEY (event_id, user_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE singles_event_signups ADD COLUMN age_bracket VARCHAR(8) NULL; -- expect: personal-data-field user.demographic.age_range
ALTER TABLE singles_event_signups ADD COLUMN sexual_orientation VARCHAR(16) NULL; -- expect: sensitive-personal-data-field user.demographic.sexual_orientation ; expect: unencrypted-sensitive-storage user.demographic.sexual_orientation
