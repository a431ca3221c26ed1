"""KYC records for the cross-border remittance product (HK, MY, IN, KR, JP corridors)."""

import enum
import logging
from datetime import date, datetime

from sqlalchemy import Column, Date, DateTime, Enum, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import declarative_base, relationship

Base = declarative_base()
log = logging.getLogger("crossborder.kyc")

HKID_PATTERN = r"^[A-Z]{1,2}\d{6}\([0-9A]\)$"  # trap: validation pattern, not an HKID
AADHAAR_VERHOEFF_TABLE = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]]  # trap: checksum table, not an Aadhaar number (truncated)


class Corridor(enum.Enum):
    HK = "HK"
    MY = "MY"
    IN = "IN"
    KR = "KR"
    JP = "JP"


class Remitter(Base):
    """The sender, a mainland user who passed 实名认证."""

    __tablename__ = "remitters"

    id = Column(Integer, primary_key=True)
    yonghu_id = Column(Integer, nullable=False, unique=True)  # trap: surrogate key, not personal data by itself
    xingming = Column(String(50), nullable=False)  # expect: personal-data-field user.name
    pinyin_name = Column(String(100))  # expect: personal-data-field user.name
    id_card_no = Column(String(18), nullable=False)  # expect: sensitive-personal-data-field user.government_id.national_identification_number.cn_resident_identity_card ; expect: unencrypted-sensitive-storage user.government_id.national_identification_number.cn_resident_identity_card
    occupation = Column(String(60))  # expect: personal-data-field user.job_title
    source_of_funds = Column(Text)  # expect: personal-data-field user.financial
    beneficiaries = relationship("Beneficiary", back_populates="remitter")


class Beneficiary(Base):
    """The receiver abroad; the identity document depends on the corridor."""

    __tablename__ = "beneficiaries"

    id = Column(Integer, primary_key=True)
    remitter_id = Column(Integer, ForeignKey("remitters.id"), nullable=False)
    corridor = Column(Enum(Corridor), nullable=False)
    full_name = Column(String(120), nullable=False)  # expect: personal-data-field user.name
    relationship_to_remitter = Column(String(30))  # expect: personal-data-field user.demographic
    date_of_birth = Column(Date)  # expect: personal-data-field user.demographic.date_of_birth
    hkid_number = Column(String(12))  # expect: sensitive-personal-data-field user.government_id.national_identification_number.hk_identity_card ; expect: unencrypted-sensitive-storage user.government_id.national_identification_number.hk_identity_card
    mykad_no = Column(String(14))  # expect: sensitive-personal-data-field user.government_id.national_identification_number.my_mykad ; expect: unencrypted-sensitive-storage user.government_id.national_identification_number.my_mykad
    aadhaar_number = Column(String(14))  # expect: sensitive-personal-data-field user.government_id.national_identification_number.in_aadhaar ; expect: unencrypted-sensitive-storage user.government_id.national_identification_number.in_aadhaar
    pan_number = Column(String(10))  # expect: sensitive-personal-data-field user.government_id.tax_id.in_pan ; expect: unencrypted-sensitive-storage user.government_id.tax_id.in_pan
    jumin_deungrok_beonho = Column(String(14))  # expect: sensitive-personal-data-field user.government_id.national_identification_number.kr_resident_registration_number ; expect: unencrypted-sensitive-storage user.government_id.national_identification_number.kr_resident_registration_number
    my_number = Column(String(12))  # expect: sensitive-personal-data-field user.government_id.national_identification_number.jp_my_number ; expect: unencrypted-sensitive-storage user.government_id.national_identification_number.jp_my_number
    bank_account_no = Column(String(34), nullable=False)  # expect: sensitive-personal-data-field user.financial.bank_account ; expect: unencrypted-sensitive-storage user.financial.bank_account
    bank_swift_code = Column(String(11))  # trap: the receiving bank's identifier, not a person's
    mobile_number = Column(String(20))  # expect: personal-data-field user.contact.phone_number
    id_document_image = Column(LargeBinary)  # expect: sensitive-personal-data-field user.government_id ; expect: unencrypted-sensitive-storage user.government_id
    created_at = Column(DateTime, default=datetime.utcnow)
    remitter = relationship("Remitter", back_populates="beneficiaries")


def screen_beneficiary(b: Beneficiary) -> bool:
    log.info("screening beneficiary %s on corridor %s", b.id, b.corridor.value)  # trap: logs a surrogate key and a corridor code only
    if b.corridor is Corridor.IN and not b.pan_number:
        log.warning("PAN missing for %s, Aadhaar %s", b.full_name, b.aadhaar_number)  # expect: personal-data-in-log user.name ; expect: personal-data-in-log user.government_id.national_identification_number.in_aadhaar
        return False
    if b.corridor is Corridor.HK:
        log.debug("HKID %s", b.hkid_number)  # expect: personal-data-in-log user.government_id.national_identification_number.hk_identity_card
    return True
