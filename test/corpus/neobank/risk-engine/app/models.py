"""Accounts and KYC records for the risk engine (SQLAlchemy 2.0)."""
import os

from sqlalchemy import ForeignKey, LargeBinary, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy_utils import StringEncryptedType
from sqlalchemy_utils.types.encrypted.encrypted_type import AesGcmEngine

FIELD_KEY = os.environ["RISK_FIELD_KEY"]


class Base(DeclarativeBase):
    pass


class KycRecord(Base):
    __tablename__ = "kyc_records"

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[str] = mapped_column(String(36), index=True)  # trap: surrogate key, not personal data by itself
    passport_number: Mapped[str] = mapped_column(String(20))  # expect: sensitive-personal-data-field user.government_id.passport_number ; expect: unencrypted-sensitive-storage user.government_id.passport_number
    national_insurance_number: Mapped[str] = mapped_column(StringEncryptedType(String, FIELD_KEY, AesGcmEngine))  # expect: sensitive-personal-data-field user.government_id.national_identification_number
    liveness_face_template: Mapped[bytes] = mapped_column(LargeBinary)  # expect: sensitive-personal-data-field user.biometric ; expect: unencrypted-sensitive-storage user.biometric


class LinkedAccount(Base):
    __tablename__ = "linked_accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    kyc_record_id: Mapped[int] = mapped_column(ForeignKey("kyc_records.id"))
    iban: Mapped[str] = mapped_column(String(34))  # expect: sensitive-personal-data-field user.financial.bank_account ; expect: unencrypted-sensitive-storage user.financial.bank_account
    bank_name: Mapped[str] = mapped_column(String(120))  # trap: the other bank's name, an organisation
