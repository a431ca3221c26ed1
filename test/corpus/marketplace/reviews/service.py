"""Product reviews: moderation before publishing, photo uploads, reviewer notifications."""

import logging
import os

import boto3
import requests
import sentry_sdk
from fastapi import Depends, FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from openai import OpenAI
from pydantic import BaseModel
from slack_sdk.webhook import WebhookClient

from .auth import current_buyer
from .store import Review, reviews

log = logging.getLogger("reviews")
app = FastAPI()
app.add_middleware(
    CORSMiddleware,
    allow_origins=["https://bazaarly.com", "https://www.bazaarly.com"],  # trap: explicit allow-list of origins
    allow_credentials=True,
    allow_methods=["GET", "POST"],
)

llm = OpenAI()
trust_safety = WebhookClient(os.environ["SLACK_TRUST_SAFETY_WEBHOOK"])
s3 = boto3.client("s3")
CATALOGUE_API = "https://catalogue.internal.bazaarly.com"
PHOTOS_BUCKET = os.environ["REVIEW_PHOTOS_BUCKET"]


class ReviewIn(BaseModel):
    listing_id: str
    stars: int
    body: str  # expect: personal-data-field user.content.public
    reviewer_display_name: str  # expect: personal-data-field user.name


@app.get("/listings/{listing_id}/reviews")  # trap: published reviews are public content by design, shown on the listing page
def list_reviews(listing_id: str):
    return [r.public_view() for r in reviews.published_for(listing_id)]


@app.post("/reviews")  # trap: guarded by Depends(current_buyer)
def submit_review(review: ReviewIn, buyer=Depends(current_buyer)):
    listing = requests.get(f"{CATALOGUE_API}/listings/{review.listing_id}", timeout=5).json()  # trap: listing id in the URL, not personal data
    verdict = llm.moderations.create(model="omni-moderation-latest", input=review.body)  # expect: personal-data-to-third-party user.content.public
    if verdict.results[0].flagged:
        trust_safety.send(text=f"Review by {buyer.full_name} ({buyer.email}) flagged on {listing['title']}")  # expect: personal-data-to-third-party user.name
        raise HTTPException(status_code=422, detail="Your review could not be published")  # trap: generic error message
    stored = reviews.create(buyer_id=buyer.id, **review.model_dump())
    requests.post(f"{CATALOGUE_API}/listings/{review.listing_id}/rating", json={"stars": review.stars, "buyer_email": buyer.email}, timeout=5)  # trap: personal data in the request body, not the URL
    return {"id": stored.id}


@app.post("/reviews/{review_id}/photos")  # trap: guarded by Depends(current_buyer)
def upload_photo(review_id: str, photo: bytes, buyer=Depends(current_buyer)):
    review = reviews.get(review_id)
    if review.buyer_id != buyer.id:
        raise HTTPException(status_code=403, detail=f"Review {review_id} belongs to another buyer")  # trap: opaque id only
    s3.put_object(Bucket=PHOTOS_BUCKET, Key=f"{review_id}/{len(photo)}.jpg", Body=photo)
    return {"ok": True}


def configure_photo_bucket(bucket: str) -> None:
    s3.put_public_access_block(
        Bucket=bucket,
        PublicAccessBlockConfiguration={"BlockPublicAcls": True, "BlockPublicPolicy": True, "IgnorePublicAcls": True, "RestrictPublicBuckets": True},  # trap: public access blocked
    )


def open_legacy_export_bucket() -> None:
    """The 2021 reviews export (reviewer names and emails) is read by a partner's importer."""
    s3.put_bucket_acl(Bucket="bazaarly-reviews-export-2021", ACL="public-read")  # expect: public-data-store


def notify_seller_of_review(review: Review) -> None:
    try:
        requests.post(f"{CATALOGUE_API}/sellers/{review.seller_id}/notify", json={"review_id": review.id}, timeout=5).raise_for_status()
    except requests.HTTPError as exc:
        sentry_sdk.capture_message(f"Could not notify seller about {review.reviewer_email}: {exc}")  # expect: personal-data-to-third-party user.contact.email
        raise RuntimeError(f"seller notification failed for review {review.id}") from exc  # trap: opaque id only
