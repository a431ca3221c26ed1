import logging
from decimal import Decimal

from .models import Application, RiskClass

logger = logging.getLogger(__name__)

BMI_REFERRAL_THRESHOLD = Decimal("35.0")


def compute_bmi(height_cm: int, weight_kg: Decimal) -> Decimal:  # trap: function parameters, not fields
    metres = Decimal(height_cm) / 100
    return (weight_kg / (metres * metres)).quantize(Decimal("0.1"))


def classify(app: Application) -> str:
    q = app.health
    bmi = compute_bmi(q.height_cm, q.weight_kg)
    logger.debug("BMI %s from %s cm / %s kg", bmi, q.height_cm, q.weight_kg)  # expect: personal-data-in-log user.health_and_medical

    if q.hiv_positive or bmi > BMI_REFERRAL_THRESHOLD:
        app.status = Application.Status.REFERRED
        app.save(update_fields=["status"])
        logger.info("Application %s referred to senior underwriter", app.pk)  # trap: logs the surrogate key only
        return app.status

    for risk_class in RiskClass.objects.order_by("max_bmi"):
        if bmi <= risk_class.max_bmi and (risk_class.tobacco_allowed or not q.tobacco_use):
            app.risk_class = risk_class
            break

    app.status = Application.Status.APPROVED
    app.save(update_fields=["status", "risk_class"])
    logger.info("Approved %s %s in class %s", app.applicant_first_name, app.applicant_last_name, app.risk_class)  # expect: personal-data-in-log user.name
    return app.status


def check_mib(app: Application, mib_client) -> bool:
    hit = mib_client.lookup(app.ssn, app.date_of_birth)
    if hit:
        logger.warning("MIB record found for ssn=%s", app.ssn)  # expect: personal-data-in-log user.government_id.national_identification_number.us_ssn
    return hit
