"""Data the reminder worker reads from the booking database."""
from dataclasses import dataclass
from datetime import date, datetime

from pydantic import BaseModel, EmailStr


class PatientContact(BaseModel):
    patient_id: str
    full_name: str
    email: EmailStr
    mobile_number: str
    preferred_language: str


@dataclass
class Reminder:
    appointment_id: str
    starts_at: datetime
    clinic_name: str
    sms_template: str = "Your appointment at {clinic} is at {time}."


@dataclass
class MedicalSummary:
    patient_id: str
    date_of_birth: date
    blood_type: str
    medications: list[str]
