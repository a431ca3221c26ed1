"""Request/response models for the student information system API (pydantic v2)."""
from datetime import date
from enum import Enum
from typing import Optional

from pydantic import BaseModel, ConfigDict, EmailStr, Field


class Relationship(str, Enum):
    MOTHER = "mother"
    FATHER = "father"
    CARER = "carer"
    OTHER = "other"


class GuardianIn(BaseModel):
    full_name: str = Field(max_length=160)  # expect: personal-data-field user.name
    relationship: Relationship  # expect: personal-data-field user.demographic.marital_status
    email: Optional[EmailStr] = None  # expect: personal-data-field user.contact.email
    phone: str = Field(pattern=r"^\+?[0-9 ]{7,20}$")  # expect: personal-data-field user.contact.phone_number
    home_address: Optional[str] = None  # expect: personal-data-field user.contact.address
    occupation: Optional[str] = None  # expect: personal-data-field user.job_title
    can_collect_child: bool = True  # expect: sensitive-personal-data-field user.childrens


class EnrolmentIn(BaseModel):
    model_config = ConfigDict(str_strip_whitespace=True)

    legal_first_name: str  # expect: personal-data-field user.name.first
    legal_last_name: str  # expect: personal-data-field user.name.last
    preferred_name: Optional[str] = None  # expect: personal-data-field user.name
    date_of_birth: date  # expect: personal-data-field user.demographic.date_of_birth
    sex: str  # expect: personal-data-field user.demographic.gender
    birth_certificate_number: Optional[str] = None  # expect: sensitive-personal-data-field user.government_id.birth_certificate
    previous_school: Optional[str] = None  # expect: sensitive-personal-data-field user.childrens
    guardians: list[GuardianIn] = Field(min_length=1)
    dietary_requirements: Optional[str] = None  # expect: sensitive-personal-data-field user.health_and_medical
    gp_surgery_name: Optional[str] = None  # trap: the name of a GP practice, an organisation
    immunisations_up_to_date: Optional[bool] = None  # expect: sensitive-personal-data-field user.health_and_medical
    custody_notes: Optional[str] = None  # expect: sensitive-personal-data-field user.childrens


class StudentOut(BaseModel):
    id: int
    preferred_name: str  # expect: personal-data-field user.name
    year_group: int  # expect: personal-data-field user.demographic.age_range
    form_tutor_name: str  # expect: personal-data-field user.name
    house_name: str  # trap: the school house ("Nightingale"), a team, not a person


class SchoolSettings(BaseModel):
    """Configured once per school by the office."""

    school_name: str  # trap: the school's name, an organisation
    office_email: EmailStr  # trap: the school office mailbox, organisation contact detail
    office_phone: str  # trap: the school's main line, organisation contact detail
    min_password_length: int = 10  # trap: a policy setting, not a password
    guardian_email_template_id: str = "welcome-guardian"  # trap: template identifier, not an address
