"""Daily registers and persistent-absence follow-up."""
import logging
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Optional

logger = logging.getLogger("sis.attendance")

ABSENCE_CODES = {
    "I": "Illness",
    "M": "Medical or dental appointment",
    "R": "Religious observance",
    "E": "Excluded",
    "G": "Holiday not authorised",
    "O": "Unauthorised absence",
}


@dataclass
class RegisterMark:
    student_id: int  # trap: surrogate key, not personal data by itself
    session: str
    mark: str  # expect: sensitive-personal-data-field user.childrens
    absence_reason: Optional[str] = None  # expect: sensitive-personal-data-field user.health_and_medical
    late_minutes: int = 0  # expect: sensitive-personal-data-field user.childrens
    recorded_at: datetime = field(default_factory=datetime.utcnow)


@dataclass
class AbsenceFollowUp:
    student_name: str  # expect: personal-data-field user.name
    guardian_phone: str  # expect: personal-data-field user.contact.phone_number
    attendance_rate: float  # expect: sensitive-personal-data-field user.childrens
    exclusion_history: list[str] = field(default_factory=list)  # expect: sensitive-personal-data-field user.childrens
    education_welfare_referral: bool = False  # expect: sensitive-personal-data-field user.childrens


class AttendanceService:
    def __init__(self, repo, sms):
        self.repo = repo
        self.sms = sms
        self.sms_template_name = "absence-first-day"  # trap: name of an SMS template, not a person

    def first_day_call(self, mark: RegisterMark) -> None:
        student = self.repo.student(mark.student_id)
        guardian = student.primary_guardian
        logger.info("First-day absence for %s, calling %s", student.full_name, guardian.phone)  # expect: personal-data-in-log user.name ; expect: personal-data-in-log user.contact.phone_number
        self.sms.send(guardian.phone, self.sms_template_name)

    def persistent_absence_report(self, term_start: date) -> list[AbsenceFollowUp]:
        rows = self.repo.below_threshold(term_start, threshold=0.9)
        logger.info("%d students below 90%% attendance since %s", len(rows), term_start)
        for row in rows:
            logger.debug("Follow-up row: %s", row)  # expect: personal-data-in-log user
        return rows

    def record_illness(self, mark: RegisterMark, symptoms: str) -> None:
        mark.absence_reason = symptoms
        logger.warning(f"Student {mark.student_id} absent ill: {symptoms}")  # expect: personal-data-in-log user.health_and_medical
        self.repo.save(mark)
