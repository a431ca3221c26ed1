-- SQL Server 2019. Home-visit bookings for elderly residents (partner polyclinic programme).

CREATE TABLE dbo.Residents (
    ResidentId       UNIQUEIDENTIFIER NOT NULL DEFAULT NEWID() PRIMARY KEY,
    Nric             NVARCHAR(9)   NOT NULL, -- expect: sensitive-personal-data-field user.government_id.national_identification_number.sg_nric_fin ; expect: unencrypted-sensitive-storage user.government_id.national_identification_number.sg_nric_fin
    FullName         NVARCHAR(120) NOT NULL, -- expect: personal-data-field user.name
    DateOfBirth      DATE          NOT NULL, -- expect: personal-data-field user.demographic.date_of_birth
    Race             NVARCHAR(20)  NULL, -- expect: sensitive-personal-data-field user.demographic.race_ethnicity ; expect: unencrypted-sensitive-storage user.demographic.race_ethnicity
    Religion         NVARCHAR(40)  NULL, -- expect: sensitive-personal-data-field user.demographic.religious_belief ; expect: unencrypted-sensitive-storage user.demographic.religious_belief
    PreferredLanguage NVARCHAR(20) NULL, -- expect: personal-data-field user.demographic.language
    HomePhone        VARCHAR(12)   NULL, -- expect: personal-data-field user.contact.phone_number
    MobilePhone      VARCHAR(12)   NULL, -- expect: personal-data-field user.contact.phone_number
    BlockNo          NVARCHAR(10)  NOT NULL, -- expect: personal-data-field user.contact.address.street
    UnitNo           NVARCHAR(10)  NOT NULL, -- expect: personal-data-field user.contact.address.street
    PostalCode       CHAR(6)       NOT NULL, -- expect: personal-data-field user.contact.address.postal_code
    ChasCardTier     NVARCHAR(10)  NULL, -- expect: personal-data-field user.financial
    CreatedAt        DATETIME2     NOT NULL DEFAULT SYSUTCDATETIME()
);

CREATE TABLE dbo.HomeVisits (
    VisitId          INT IDENTITY(1, 1) PRIMARY KEY,
    ResidentId       UNIQUEIDENTIFIER NOT NULL REFERENCES dbo.Residents (ResidentId), -- trap: surrogate key, not personal data by itself
    ScheduledAt      DATETIME2     NOT NULL,
    Diagnosis        NVARCHAR(400) NULL, -- expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical
    Medications      NVARCHAR(MAX) NULL, -- expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical
    NurseName        NVARCHAR(120) NULL, -- expect: personal-data-field user.name
    Status           VARCHAR(16)   NOT NULL DEFAULT 'scheduled'
);

CREATE TABLE dbo.Polyclinics (
    PolyclinicCode   CHAR(4)       NOT NULL PRIMARY KEY,
    Name             NVARCHAR(80)  NOT NULL, -- trap: clinic name, not a person's
    Address          NVARCHAR(200) NOT NULL, -- trap: clinic street address, not a person's
    PostalCode       CHAR(6)       NOT NULL, -- trap: clinic postal code, not a person's address
    MainPhone        VARCHAR(12)   NOT NULL -- trap: clinic switchboard, not a person's number
);

ALTER TABLE dbo.Residents ADD NextOfKinName NVARCHAR(120) NULL; -- expect: personal-data-field user.name
ALTER TABLE dbo.Residents ADD NextOfKinMobile VARCHAR(12) NULL; -- expect: personal-data-field user.contact.phone_number
