"""Seller payouts service (Flask): bank details, payout history, tax forms."""

import os

import boto3
import jwt
import requests
import segment.analytics as analytics
from flask import Flask, abort, jsonify, make_response, redirect, request
from flask_cors import CORS
from flask_jwt_extended import JWTManager, get_jwt_identity, jwt_required
from flask_login import LoginManager, current_user, login_required
from mixpanel import Mixpanel
from posthog import Posthog

from .models import Payout, Seller, TaxForm, db

app = Flask(__name__)
app.config["JWT_SECRET_KEY"] = os.environ["JWT_SECRET_KEY"]
CORS(app)  # expect: permissive-cors
JWTManager(app)
LoginManager(app)

analytics.write_key = os.environ["SEGMENT_WRITE_KEY"]
mp = Mixpanel(os.environ["MIXPANEL_TOKEN"])
posthog = Posthog(os.environ["POSTHOG_KEY"], host="https://eu.posthog.com")
s3 = boto3.client("s3")
BANK_VALIDATION_API = "https://api.ibanvalidate.eu/v4"


@app.get("/ping")  # trap: liveness probe, no personal data
def ping():
    return {"ok": True}


@app.route("/sellers/<int:seller_id>/bank-details", methods=["GET"])  # expect: unauthenticated-personal-data-route user.financial.bank_account
def bank_details(seller_id):
    seller = Seller.query.get_or_404(seller_id)
    return jsonify(iban=seller.iban, account_holder=seller.account_holder)


@app.route("/sellers/<int:seller_id>/payouts")  # trap: guarded by @login_required
@login_required
def payout_history(seller_id):
    if current_user.seller_id != seller_id:
        abort(403)
    return jsonify([p.to_dict() for p in Payout.query.filter_by(seller_id=seller_id)])


@app.post("/sellers/<int:seller_id>/tax-form")  # expect: unauthenticated-personal-data-route user.government_id.tax_id
def upload_tax_form(seller_id):
    seller = Seller.query.get_or_404(seller_id)
    tax_id = request.form["tax_id"]
    if len(tax_id) not in (9, 11):
        abort(400, description=f"Tax id {tax_id} has the wrong length for {seller.country}")  # expect: personal-data-in-error user.government_id.tax_id
    form = TaxForm(seller_id=seller.id, tax_id=tax_id)
    db.session.add(form)
    db.session.commit()
    s3.put_object(Bucket=os.environ["TAX_FORMS_BUCKET"], Key=f"{seller.id}/w9.pdf", Body=request.files["pdf"].read(), ACL="public-read")  # expect: public-data-store
    return {"id": form.id}, 201


@app.post("/payouts/<int:payout_id>/retry")  # trap: guarded by @jwt_required()
@jwt_required()
def retry_payout(payout_id):
    payout = Payout.query.get_or_404(payout_id)
    seller = payout.seller
    resp = requests.get(f"{BANK_VALIDATION_API}/validate", params={"iban": seller.iban}, timeout=10)  # expect: personal-data-in-url user.financial.bank_account
    if not resp.ok:
        abort(502, description="Bank validation unavailable, try again later")  # trap: generic error message
    analytics.track(get_jwt_identity(), "Payout Retried", {"amount_cents": payout.amount_cents})  # trap: caller id and an amount only
    analytics.identify(str(seller.id), {"email": seller.email, "name": seller.account_holder})  # expect: personal-data-to-third-party user.contact.email
    mp.people_set(str(seller.id), {"$phone": seller.phone})  # expect: personal-data-to-third-party user.contact.phone_number
    posthog.capture(str(seller.id), "payout_retried", {"iban_country": seller.iban[:2]})  # trap: the country prefix of an IBAN only
    return {"status": "queued"}


@app.get("/sellers/<int:seller_id>/statement")  # trap: guarded by @login_required
@login_required
def statement(seller_id):
    seller = Seller.query.get_or_404(seller_id)
    return redirect(f"https://statements.bazaarly.com/render?seller={seller.id}&holder={seller.account_holder}")  # expect: personal-data-in-url user.name


@app.post("/sellers/<int:seller_id>/dashboard-session")  # trap: guarded by @login_required
@login_required
def dashboard_session(seller_id):
    seller = Seller.query.get_or_404(seller_id)
    token = jwt.encode({"sub": str(seller.id), "role": "seller"}, os.environ["DASHBOARD_KEY"], algorithm="HS256")  # trap: opaque id and a role only
    resp = make_response({"ok": True})
    resp.set_cookie("dash", token, secure=True, httponly=True, samesite="Strict")  # trap: token without personal data, all flags set
    resp.set_cookie("seller_email", seller.email, secure=True, httponly=True, samesite="Strict")  # expect: personal-data-in-client-storage user.contact.email
    return resp
