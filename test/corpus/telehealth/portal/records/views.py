"""Patient portal views: visit history, lab results, referral letters."""

import boto3
import jwt
import requests
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.views import View

from .models import LabResult, Patient, Referral

s3 = boto3.client("s3")
PDS_FHIR_API = "https://api.service.nhs.uk/personal-demographics/FHIR/R4"


@login_required
def visit_history(request):  # trap: guarded by @login_required
    visits = request.user.patient.visits.order_by("-started_at").values("id", "started_at", "diagnosis_code")
    return JsonResponse({"visits": list(visits)})


def lab_result(request, result_id):  # expect: unauthenticated-personal-data-route user.health_and_medical
    result = get_object_or_404(LabResult, pk=result_id)
    return JsonResponse({"test": result.loinc_code, "value": str(result.value), "flag": result.flag})


def referral_status(request, referral_id):  # trap: returns a status string only
    referral = get_object_or_404(Referral, pk=referral_id)
    return JsonResponse({"status": referral.status})


class ReferralLetterView(LoginRequiredMixin, View):
    def get(self, request, referral_id):  # trap: guarded by LoginRequiredMixin
        referral = get_object_or_404(Referral, pk=referral_id, patient__user=request.user)
        s3.upload_file(referral.letter_path, settings.LETTERS_BUCKET, f"{referral_id}.pdf", ExtraArgs={"ACL": "private"})  # trap: private object ACL
        url = s3.generate_presigned_url("get_object", Params={"Bucket": settings.LETTERS_BUCKET, "Key": f"{referral_id}.pdf"}, ExpiresIn=600)
        return redirect(url)


class PatientSearchView(View):
    def post(self, request):  # expect: unauthenticated-personal-data-route user.name
        full_name = request.POST["full_name"]
        dob = request.POST["date_of_birth"]
        try:
            patient = Patient.objects.get(full_name__iexact=full_name, date_of_birth=dob)
        except Patient.DoesNotExist:
            return JsonResponse({"error": f"No record for {full_name}, born {dob}"}, status=404)  # expect: personal-data-in-error user.name
        except Patient.MultipleObjectsReturned:
            return JsonResponse({"error": "More than one record matched; call the surgery"}, status=409)  # trap: generic error message
        return JsonResponse({"patient_id": patient.pk, "nhs_number": patient.nhs_number})


@login_required
def match_demographics(request):  # trap: guarded by @login_required
    patient = request.user.patient
    resp = requests.get(
        f"{PDS_FHIR_API}/Patient",
        params={"family": patient.last_name, "birthdate": patient.date_of_birth.isoformat()},  # expect: personal-data-in-url user.name.last
        headers={"Authorization": f"Bearer {settings.PDS_ACCESS_TOKEN}"},
        timeout=5,
    )
    if resp.status_code != 200:
        raise Http404(f"PDS lookup failed for NHS number {patient.nhs_number}")  # expect: personal-data-in-error user.government_id.national_identification_number
    return JsonResponse({"matched": resp.json().get("total", 0) == 1})


@login_required
def share_with_carer(request, referral_id):  # trap: guarded by @login_required
    referral = get_object_or_404(Referral, pk=referral_id, patient__user=request.user)
    carer_email = request.POST["carer_email"]
    s3.put_object(Bucket=settings.LETTERS_BUCKET, Key=f"shared/{referral_id}.pdf", Body=referral.letter.read(), ACL="public-read")  # expect: public-data-store
    token = jwt.encode({"referral": referral_id, "carer_email": carer_email}, settings.SHARE_LINK_KEY, algorithm="HS256")  # expect: personal-data-in-client-storage user.contact.email
    response = redirect(f"/shared/{referral_id}?carer={carer_email}")  # expect: personal-data-in-url user.contact.email
    response.set_cookie("share_ref", str(referral_id), secure=True, httponly=True, samesite="Strict")  # trap: opaque id in a cookie with all flags set
    response.set_cookie("carer_email", carer_email, secure=True, httponly=True, samesite="Lax")  # expect: personal-data-in-client-storage user.contact.email
    response["X-Share-Token"] = token
    return response
