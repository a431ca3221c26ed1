"""Pre-employment screening: right-to-work, criminal record and reference checks (SQLAlchemy 2.0)."""
from __future__ import annotations

import enum
import logging
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Optional

from sqlalchemy import Boolean, Date, DateTime, Enum, ForeignKey, String, Text, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

log = logging.getLogger("screening")


class Base(DeclarativeBase):
    pass


class CheckStatus(enum.Enum):
    REQUESTED = "requested"
    IN_PROGRESS = "in_progress"
    CLEAR = "clear"
    CONSIDER = "consider"


class Candidate(Base):
    __tablename__ = "candidates"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(160))  # expect: personal-data-field user.name
    email: Mapped[str] = mapped_column(String(255), unique=True)  # expect: personal-data-field user.contact.email
    phone: Mapped[Optional[str]] = mapped_column(String(32))  # expect: personal-data-field user.contact.phone_number
    date_of_birth: Mapped[date] = mapped_column(Date)  # expect: personal-data-field user.demographic.date_of_birth
    passport_number: Mapped[Optional[str]] = mapped_column(String(20))  # expect: sensitive-personal-data-field user.government_id.passport_number ; expect: unencrypted-sensitive-storage user.government_id.passport_number
    visa_status: Mapped[Optional[str]] = mapped_column(String(40))  # expect: sensitive-personal-data-field user.government_id.immigration ; expect: unencrypted-sensitive-storage user.government_id.immigration
    previous_employer: Mapped[Optional[str]] = mapped_column(String(160))  # expect: personal-data-field user.workplace
    resume_file_name: Mapped[Optional[str]] = mapped_column(String(255))  # trap: a file's name, not a person's

    checks: Mapped[list["BackgroundCheck"]] = relationship(back_populates="candidate")


class BackgroundCheck(Base):
    __tablename__ = "background_checks"

    id: Mapped[int] = mapped_column(primary_key=True)
    candidate_id: Mapped[int] = mapped_column(ForeignKey("candidates.id"))  # trap: surrogate key, not personal data by itself
    provider_reference: Mapped[str] = mapped_column(String(64))
    status: Mapped[CheckStatus] = mapped_column(Enum(CheckStatus), default=CheckStatus.REQUESTED)  # expect: sensitive-personal-data-field user.criminal_history ; expect: unencrypted-sensitive-storage user.criminal_history
    criminal_record_found: Mapped[Optional[bool]] = mapped_column(Boolean)  # expect: sensitive-personal-data-field user.criminal_history ; expect: unencrypted-sensitive-storage user.criminal_history
    offences_disclosed: Mapped[Optional[str]] = mapped_column(Text)  # expect: sensitive-personal-data-field user.criminal_history ; expect: unencrypted-sensitive-storage user.criminal_history
    sex_offender_registry_hit: Mapped[Optional[bool]] = mapped_column(Boolean)  # expect: sensitive-personal-data-field user.criminal_history ; expect: unencrypted-sensitive-storage user.criminal_history
    credit_check_score: Mapped[Optional[int]] = mapped_column()  # expect: personal-data-field user.financial
    requested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), server_default=func.now())

    candidate: Mapped[Candidate] = relationship(back_populates="checks")


class ScreeningProvider(Base):
    """A vendor we buy checks from."""

    __tablename__ = "screening_providers"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))  # trap: the vendor company's name
    support_email: Mapped[str] = mapped_column(String(255))  # trap: the vendor's support mailbox, organisation contact detail
    webhook_ip_allowlist: Mapped[str] = mapped_column(Text)  # trap: the vendor's server IP ranges, not a person's device


@dataclass
class ProviderWebhook:
    """Payload the provider POSTs when a check completes."""

    reference: str
    candidate_email: str  # expect: personal-data-field user.contact.email
    outcome: str  # expect: sensitive-personal-data-field user.criminal_history
    adjudication_notes: str = ""  # expect: sensitive-personal-data-field user.criminal_history
    raw: dict = field(default_factory=dict)


def handle_webhook(session, hook: ProviderWebhook) -> None:
    check = session.query(BackgroundCheck).filter_by(provider_reference=hook.reference).one()
    log.info("Check %s completed for %s", hook.reference, hook.candidate_email)  # expect: personal-data-in-log user.contact.email
    if hook.outcome == "consider":
        log.warning("Adverse finding: %s", hook.adjudication_notes)  # expect: personal-data-in-log user.criminal_history
    check.status = CheckStatus(hook.outcome if hook.outcome in ("clear", "consider") else "in_progress")
    log.debug("Candidate record: %r", check.candidate)  # expect: personal-data-in-log user
    session.commit()
