-- SQL Server 2019 (T-SQL). Assessment, SEN register and free school meals for the MIS.

CREATE TABLE dbo.Pupils (
    PupilId            INT IDENTITY(1,1) NOT NULL CONSTRAINT PK_Pupils PRIMARY KEY,
    UPN                CHAR(13)       NOT NULL,   -- expect: sensitive-personal-data-field user.government_id ; expect: unencrypted-sensitive-storage user.government_id
    LegalForename      NVARCHAR(80)   NOT NULL,   -- expect: personal-data-field user.name.first
    LegalSurname       NVARCHAR(80)   NOT NULL,   -- expect: personal-data-field user.name.last
    DateOfBirth        DATE           NOT NULL,   -- expect: personal-data-field user.demographic.date_of_birth
    EthnicityCode      NVARCHAR(4)    NULL,       -- expect: sensitive-personal-data-field user.demographic.race_ethnicity ; expect: unencrypted-sensitive-storage user.demographic.race_ethnicity
    ReligionCode       NVARCHAR(4)    NULL,       -- expect: sensitive-personal-data-field user.demographic.religious_belief ; expect: unencrypted-sensitive-storage user.demographic.religious_belief
    HomePostcode       NVARCHAR(10)   NULL,       -- expect: personal-data-field user.contact.address.postal_code
    CONSTRAINT UQ_Pupils_UPN UNIQUE (UPN)         -- trap: a constraint over the column declared above, not a new field
);

CREATE TABLE dbo.AssessmentResults (
    ResultId           BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    PupilId            INT            NOT NULL REFERENCES dbo.Pupils (PupilId),  -- trap: surrogate key, not personal data by itself
    SubjectCode        NVARCHAR(8)    NOT NULL,
    AssessmentName     NVARCHAR(120)  NOT NULL,   -- trap: the name of a test ("Y6 SATs Reading"), not a person's
    ScaledScore        SMALLINT       NULL,       -- expect: sensitive-personal-data-field user.childrens ; expect: unencrypted-sensitive-storage user.childrens
    TeacherAssessment  NVARCHAR(40)   NULL,       -- expect: sensitive-personal-data-field user.childrens ; expect: unencrypted-sensitive-storage user.childrens
    AccessArrangements NVARCHAR(200)  NULL        -- expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical
);

CREATE TABLE dbo.SenRegister (
    PupilId             INT           NOT NULL PRIMARY KEY REFERENCES dbo.Pupils (PupilId),
    SenProvision        NVARCHAR(20)  NOT NULL,   -- expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical
    PrimaryNeedType     NVARCHAR(8)   NOT NULL,   -- expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical
    HasEhcp             BIT           NOT NULL DEFAULT 0,  -- expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical
    CamhsReferralDate   DATE          NULL        -- expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical
);

CREATE TABLE dbo.SenNeedTypes (
    NeedTypeCode   NVARCHAR(8)   NOT NULL PRIMARY KEY,
    Description    NVARCHAR(120) NOT NULL,
    IsHealthRelated BIT          NOT NULL         -- trap: a property of a code in a lookup table, not a pupil's health
);

ALTER TABLE dbo.Pupils ADD FreeSchoolMealsEligible BIT NOT NULL CONSTRAINT DF_Pupils_FSM DEFAULT 0;  -- expect: personal-data-field user.financial
ALTER TABLE dbo.Pupils ADD SocialServicesInvolvement NVARCHAR(40) NULL;  -- expect: sensitive-personal-data-field user.childrens ; expect: unencrypted-sensitive-storage user.childrens
ALTER TABLE dbo.Pupils ADD EmailFormatVersion TINYINT NOT NULL DEFAULT 2;  -- trap: a version of the parent email layout, not an address
GO
