"""FastAPI endpoints for the discovery feed."""

import logging
from datetime import date
from typing import Literal

from fastapi import APIRouter, Depends
from pydantic import BaseModel, EmailStr, Field
from sqlalchemy.orm import Session

from .db import get_session
from .models import Candidate
from .ranking import rank_candidates

logger = logging.getLogger("matching.api")
router = APIRouter(prefix="/v1/feed")


class LocationUpdate(BaseModel):
    latitude: float = Field(ge=-90, le=90)  # expect: sensitive-personal-data-field user.location.precise
    longitude: float = Field(ge=-180, le=180)  # expect: sensitive-personal-data-field user.location.precise
    accuracy_m: float | None = None


class FeedFilters(BaseModel):
    min_age: int = 18
    max_age: int = 99
    max_distance_km: int = 50
    religion: list[str] | None = None  # expect: sensitive-personal-data-field user.demographic.religious_belief
    ethnicity: list[str] | None = None  # expect: sensitive-personal-data-field user.demographic.race_ethnicity


class FeedCard(BaseModel):
    user_id: str  # trap: surrogate key, not personal data by itself
    first_name: str  # expect: personal-data-field user.name.first
    age: int  # expect: personal-data-field user.demographic.age_range
    distance_km: int  # expect: personal-data-field user.location.imprecise
    photo_urls: list[str]  # expect: personal-data-field user.content.self_image
    verified: bool = False


class ContactExportRequest(BaseModel):
    """Data-subject export: where we send the archive."""

    email: EmailStr  # expect: personal-data-field user.contact.email
    format: Literal["json", "html"] = "json"


@router.post("/location")  # trap: guarded by Depends(get_current_user)
def update_location(body: LocationUpdate, user=Depends(get_current_user), db: Session = Depends(get_session)):
    logger.info("location update for user %s", user.id)  # trap: logs the surrogate key only
    logger.debug("new position lat=%s lng=%s", body.latitude, body.longitude)  # expect: personal-data-in-log user.location.precise
    candidate = db.query(Candidate).filter_by(user_id=user.id).one()
    candidate.latitude, candidate.longitude = body.latitude, body.longitude
    db.commit()
    return {"ok": True}


@router.post("", response_model=list[FeedCard])  # trap: guarded by Depends(get_current_user)
def feed(filters: FeedFilters, user=Depends(get_current_user), db: Session = Depends(get_session)):
    me = db.query(Candidate).filter_by(user_id=user.id).one()
    logger.debug("feed for %s near %s,%s", user.id, me.latitude, me.longitude)  # expect: personal-data-in-log user.location.precise
    cards = rank_candidates(db, me, filters)
    logger.info("served %d cards", len(cards))
    return cards


def get_current_user():  # placeholder; real dependency lives in auth.py
    raise NotImplementedError
