"""Unsecured-loan decisioning: pulls a bureau report, applies policy rules, records the outcome."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal, Optional

from pydantic import BaseModel, Field, SecretStr

logger = logging.getLogger(__name__)


class LoanApplication(BaseModel):
    application_id: str
    customer_id: str  # trap: surrogate key, not personal data by itself
    applicant_name: str  # expect: personal-data-field user.name
    date_of_birth: str  # expect: personal-data-field user.demographic.date_of_birth
    ssn: SecretStr  # expect: sensitive-personal-data-field user.government_id.national_identification_number.us_ssn
    employment_status: Literal["employed", "self_employed", "unemployed", "retired", "student"]  # expect: personal-data-field user.job_title
    employer: Optional[str] = None  # expect: personal-data-field user.workplace
    gross_annual_income: Decimal = Field(ge=0)  # expect: personal-data-field user.financial
    monthly_rent: Decimal = Field(ge=0)  # expect: personal-data-field user.financial
    requested_amount: Decimal  # expect: personal-data-field user.financial
    purpose: str  # expect: personal-data-field user.financial


class BureauReport(BaseModel):
    score: int  # expect: personal-data-field user.financial
    open_tradelines: int  # expect: personal-data-field user.financial
    delinquencies_90d: int  # expect: personal-data-field user.financial
    county_court_judgments: int  # expect: personal-data-field user.financial
    gambling_transactions_share: float  # expect: personal-data-field user.financial


@dataclass(frozen=True)
class PolicyConfig:
    min_score: int = 560
    max_dti: float = 0.45
    tax_rate: float = 0.2  # trap: a flat rate used in the affordability model, not a person's tax data
    decline_email_template_id: str = "loan-decline-v2"  # trap: template identifier, not an address


@dataclass
class Decision:
    outcome: Literal["approve", "refer", "decline"]
    reasons: list[str]
    apr: Optional[Decimal] = None


def decide(app: LoanApplication, report: BureauReport, policy: PolicyConfig = PolicyConfig()) -> Decision:
    logger.info("Deciding application %s", app.application_id)
    logger.debug("Applicant %s income %s", app.applicant_name, app.gross_annual_income)  # expect: personal-data-in-log user.name ; expect: personal-data-in-log user.financial
    reasons: list[str] = []
    if report.score < policy.min_score:
        reasons.append("score_below_minimum")
    dti = float(app.monthly_rent * 12 / app.gross_annual_income) if app.gross_annual_income else 1.0
    if dti > policy.max_dti:
        reasons.append("affordability")
    logger.info("Bureau score %d for %s", report.score, app.customer_id)  # expect: personal-data-in-log user.financial
    if reasons:
        logger.warning("Declined: %s", app.model_dump())  # expect: personal-data-in-log user
        return Decision("decline", reasons)
    return Decision("approve", [], apr=Decimal("0.129"))
