"""Symptom triage service: the patient app posts an intake, a clinician reviews the suggestion."""

import logging
import os

import sentry_sdk
from fastapi import APIRouter, Body, Depends, FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from openai import OpenAI
from pydantic import BaseModel, EmailStr

from .auth import get_current_clinician, get_current_patient
from .db import Intake, Session, get_session
from .redaction import scrub_phi

log = logging.getLogger("triage")
sentry_sdk.init(dsn=os.environ["SENTRY_DSN"], send_default_pii=False)
llm = OpenAI()

app = FastAPI(title="Triage")
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],  # expect: permissive-cors
    allow_methods=["GET", "POST"],
    allow_headers=["*"],  # trap: any request header, not any origin
)

clinician_router = APIRouter(prefix="/clinician", dependencies=[Depends(get_current_clinician)])


class IntakeIn(BaseModel):
    email: EmailStr  # expect: personal-data-field user.contact.email
    age: int  # expect: personal-data-field user.demographic.age_range
    symptoms: str  # expect: sensitive-personal-data-field user.health_and_medical
    pregnant: bool | None = None  # expect: sensitive-personal-data-field user.health_and_medical


@app.get("/healthz")  # trap: liveness probe, returns no personal data
def healthz():
    return {"status": "ok"}


@app.post("/intakes")  # trap: guarded by Depends(get_current_patient)
def create_intake(body: IntakeIn, patient=Depends(get_current_patient), db: Session = Depends(get_session)):
    intake = Intake(patient_id=patient.id, **body.model_dump())
    db.add(intake)
    db.commit()
    completion = llm.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "Grade urgency: routine, soon or urgent."},
            {"role": "user", "content": f"Symptoms: {body.symptoms}. Age {body.age}, pregnant={body.pregnant}."},  # expect: personal-data-to-third-party user.health_and_medical
        ],
    )
    intake.suggested_urgency = completion.choices[0].message.content
    db.commit()
    return {"id": intake.id, "urgency": intake.suggested_urgency}


@app.post("/intakes/anonymous-check")  # trap: stateless symptom check, returns only an urgency label
def anonymous_check(symptoms: str):
    completion = llm.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": scrub_phi(symptoms)}],  # trap: free text scrubbed by a sanitiser first
    )
    return {"urgency": completion.choices[0].message.content}


@app.get("/intakes/{intake_id}")  # expect: unauthenticated-personal-data-route user
def get_intake(intake_id: int, db: Session = Depends(get_session)):
    intake = db.get(Intake, intake_id)
    if intake is None:
        raise HTTPException(status_code=404, detail="Intake not found")  # trap: generic error message
    return intake


@app.post("/intakes/lookup")  # expect: unauthenticated-personal-data-route user.contact.email
def find_intakes(email: EmailStr = Body(embed=True), db: Session = Depends(get_session)):
    rows = db.query(Intake).filter_by(email=email).all()
    if not rows:
        raise HTTPException(status_code=404, detail=f"No intakes for {email}")  # expect: personal-data-in-error user.contact.email
    return rows


@clinician_router.post("/intakes/{intake_id}/escalate")  # trap: router guarded by Depends(get_current_clinician)
def escalate(intake_id: int, db: Session = Depends(get_session)):
    intake = db.get(Intake, intake_id)
    if intake.suggested_urgency != "urgent":
        raise HTTPException(status_code=409, detail=f"Intake {intake_id} is not urgent")  # trap: surrogate id only
    sentry_sdk.set_user({"id": str(intake.patient_id)})  # trap: surrogate id only
    sentry_sdk.set_context("intake", {"email": intake.email, "symptoms": intake.symptoms})  # expect: personal-data-to-third-party user.contact.email
    sentry_sdk.capture_message(f"Escalated intake {intake_id}")  # trap: surrogate id only
    return {"escalated": True}


app.include_router(clinician_router)
