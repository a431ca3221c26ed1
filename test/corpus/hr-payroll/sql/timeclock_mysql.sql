-- MySQL 8.0. Time & attendance: fingerprint terminals on the shop floor and union dues check-off.

CREATE TABLE `terminals` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `site_name` VARCHAR(80) NOT NULL,
  `mac_address` CHAR(17) NOT NULL,       -- trap: MAC of a wall-mounted clock terminal, company equipment, not a person's device
  `ip_address` VARCHAR(45) NOT NULL,     -- trap: static IP of the terminal, company equipment
  `firmware_version` VARCHAR(20) NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE `biometric_enrolments` (
  `employee_id` BIGINT UNSIGNED NOT NULL,  -- trap: surrogate key, not personal data by itself
  `fingerprint_template` VARBINARY(1024) NOT NULL, -- expect: sensitive-personal-data-field user.biometric.fingerprint ; expect: unencrypted-sensitive-storage user.biometric.fingerprint
  `face_template` VARBINARY(2048) NULL,    -- expect: sensitive-personal-data-field user.biometric ; expect: unencrypted-sensitive-storage user.biometric
  `enrolled_at` DATETIME NOT NULL,
  `consent_signed_at` DATETIME NOT NULL,
  PRIMARY KEY (`employee_id`)
) ENGINE=InnoDB;

CREATE TABLE `clock_events` (
  `id` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  `employee_id` BIGINT UNSIGNED NOT NULL,
  `terminal_id` INT UNSIGNED NOT NULL,
  `event_type` ENUM('in', 'out', 'break_start', 'break_end') NOT NULL,
  `occurred_at` DATETIME(3) NOT NULL,
  `gps_latitude` DECIMAL(9,6) NULL,        -- expect: sensitive-personal-data-field user.location.precise ; expect: unencrypted-sensitive-storage user.location.precise
  `gps_longitude` DECIMAL(9,6) NULL,       -- expect: sensitive-personal-data-field user.location.precise ; expect: unencrypted-sensitive-storage user.location.precise
  PRIMARY KEY (`id`),
  KEY `idx_clock_employee` (`employee_id`, `occurred_at`)
) ENGINE=InnoDB;

CREATE TABLE `union_memberships` (
  `employee_id` BIGINT UNSIGNED NOT NULL,
  `union_name` VARCHAR(120) NOT NULL,      -- expect: sensitive-personal-data-field user.demographic.trade_union_membership ; expect: unencrypted-sensitive-storage user.demographic.trade_union_membership
  `membership_number` VARCHAR(32) NOT NULL, -- expect: sensitive-personal-data-field user.demographic.trade_union_membership ; expect: unencrypted-sensitive-storage user.demographic.trade_union_membership
  `shop_steward` TINYINT(1) NOT NULL DEFAULT 0, -- expect: sensitive-personal-data-field user.demographic.trade_union_membership ; expect: unencrypted-sensitive-storage user.demographic.trade_union_membership
  `dues_check_off` TINYINT(1) NOT NULL DEFAULT 1, -- expect: sensitive-personal-data-field user.demographic.trade_union_membership ; expect: unencrypted-sensitive-storage user.demographic.trade_union_membership
  PRIMARY KEY (`employee_id`)
) ENGINE=InnoDB;

CREATE TABLE `tax_tables` (
  `jurisdiction` CHAR(2) NOT NULL,
  `bracket_floor` DECIMAL(12,2) NOT NULL,
  `tax_rate` DECIMAL(5,4) NOT NULL,        -- trap: a statutory rate in a reference table, not a person's tax data
  PRIMARY KEY (`jurisdiction`, `bracket_floor`)
) ENGINE=InnoDB;

ALTER TABLE `employees`
  ADD COLUMN `tax_identification_number` VARCHAR(20) NULL, -- expect: sensitive-personal-data-field user.government_id.tax_id ; expect: unencrypted-sensitive-storage user.government_id.tax_id
  ADD COLUMN `home_latitude` DECIMAL(9,6) NULL,  -- expect: sensitive-personal-data-field user.location.precise ; expect: unencrypted-sensitive-storage user.location.precise
  ADD COLUMN `home_longitude` DECIMAL(9,6) NULL; -- expect: sensitive-personal-data-field user.location.precise ; expect: unencrypted-sensitive-storage user.location.precise
