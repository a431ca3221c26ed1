"""Singpass MyInfo callback: exchange the auth code, decrypt the person JWE, map to our model."""

from __future__ import annotations

import logging
import re
from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import Decimal

log = logging.getLogger("onboarding.myinfo")

NRIC_RE = re.compile(r"^[STFGM]\d{7}[A-Z]$")  # trap: validation pattern, not an NRIC
UINFIN_CHECKSUM_WEIGHTS = (2, 7, 6, 5, 4, 3, 2)  # trap: checksum algorithm constants, not an NRIC

# MyInfo code table for race: reference data shipped with the app.
RACE_CODE_TABLE = {"CN": "CHINESE", "MY": "MALAY", "IN": "INDIAN", "EU": "EURASIAN", "XX": "OTHERS"}  # trap: code table of race descriptions, not a person's race


@dataclass(frozen=True)
class CpfContribution:
    month: str  # "2024-03"
    amount: Decimal  # expect: personal-data-field user.financial
    employer_name: str  # expect: personal-data-field user.workplace


@dataclass
class MyInfoPerson:
    uinfin: str  # expect: sensitive-personal-data-field user.government_id.national_identification_number.sg_nric_fin
    name: str  # expect: personal-data-field user.name
    sex: str  # expect: personal-data-field user.demographic.gender
    race: str  # expect: sensitive-personal-data-field user.demographic.race_ethnicity
    dob: date  # expect: personal-data-field user.demographic.date_of_birth
    mobile_no: str  # expect: personal-data-field user.contact.phone_number
    email: str  # expect: personal-data-field user.contact.email
    postal_code: str  # expect: personal-data-field user.contact.address.postal_code
    hdb_type: str | None = None  # expect: personal-data-field user.demographic.profile
    cpf_contributions: list[CpfContribution] = field(default_factory=list)  # expect: personal-data-field user.financial


@dataclass
class CallbackContext:
    state: str
    code_verifier: str
    redirect_uri: str
    locale: str = "en-SG"  # trap: UI locale setting, not a demographic attribute


def map_person(raw: dict) -> MyInfoPerson:
    regadd = raw.get("regadd", {})
    postal_code = regadd.get("postal", {}).get("value", "")  # trap: local variable, not a field
    person = MyInfoPerson(
        uinfin=raw["uinfin"]["value"],  # trap: keyword argument of a constructor call, not a field declaration
        name=raw["name"]["value"],
        sex=raw["sex"]["code"],
        race=raw["race"]["code"],  # trap: keyword argument of a constructor call, not a field declaration
        dob=date.fromisoformat(raw["dob"]["value"]),
        mobile_no="+" + raw["mobileno"]["areacode"]["value"] + raw["mobileno"]["nbr"]["value"],
        email=raw["email"]["value"],
        postal_code=postal_code,
        hdb_type=raw.get("hdbtype", {}).get("desc"),
        cpf_contributions=[
            CpfContribution(c["month"]["value"], Decimal(str(c["amount"]["value"])), c["employer"]["value"])
            for c in raw.get("cpfcontributions", {}).get("history", [])
        ],
    )
    if not NRIC_RE.match(person.uinfin):
        log.warning("unexpected UINFIN format: %s", person.uinfin)  # expect: personal-data-in-log user.government_id.national_identification_number.sg_nric_fin
    return person


def on_callback(ctx: CallbackContext, raw_person: dict) -> MyInfoPerson:
    log.info("MyInfo callback received, state=%s", ctx.state)  # trap: logs an OAuth state nonce only
    person = map_person(raw_person)
    log.debug("mapped MyInfo person: %s", asdict(person))  # expect: personal-data-in-log user
    log.info("welcome %s (%s)", person.name, person.mobile_no)  # expect: personal-data-in-log user.name ; expect: personal-data-in-log user.contact.phone_number
    log.info("race on record: %s", RACE_CODE_TABLE.get(person.race, "UNKNOWN"))  # expect: personal-data-in-log user.demographic.race_ethnicity
    return person
