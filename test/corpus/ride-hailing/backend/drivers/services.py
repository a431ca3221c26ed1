import logging
from dataclasses import dataclass, field
from datetime import date

from django.db import transaction

from .models import BackgroundCheck, Driver, DriverLicence, Vehicle

logger = logging.getLogger(__name__)


@dataclass
class OnboardingSubmission:
    """What the driver app posts at the end of the onboarding wizard."""

    full_name: str  # expect: personal-data-field user.name
    mobile_number: str  # expect: personal-data-field user.contact.phone_number
    email: str  # expect: personal-data-field user.contact.email
    date_of_birth: date  # expect: personal-data-field user.demographic.date_of_birth
    national_id_number: str  # expect: sensitive-personal-data-field user.government_id.national_identification_number
    licence_number: str  # expect: sensitive-personal-data-field user.government_id.drivers_license_number
    registration_plate: str  # expect: sensitive-personal-data-field user.government_id.vehicle_registration
    app_version: str = "unknown"
    warnings: list[str] = field(default_factory=list)


@transaction.atomic
def submit_onboarding(user, submission: OnboardingSubmission) -> Driver:
    logger.info("Onboarding submitted by user %s", user.pk)  # trap: logs the surrogate key only
    logger.debug("Onboarding payload: %r", submission)  # expect: personal-data-in-log user
    driver = Driver.objects.create(
        user=user,
        full_name=submission.full_name,
        mobile_number=submission.mobile_number,
        email=submission.email,
        date_of_birth=submission.date_of_birth,
        national_id_number=submission.national_id_number,  # trap: keyword argument of a create() call, not a field declaration
    )
    DriverLicence.objects.create(driver=driver, licence_number=submission.licence_number, expires_on=date.max)
    logger.info("Stored licence %s for driver %s", submission.licence_number, driver.pk)  # expect: personal-data-in-log user.government_id.drivers_license_number
    Vehicle.objects.create(driver=driver, registration_plate=submission.registration_plate)
    return driver


def record_background_check(driver: Driver, result: str, notes: str) -> None:
    BackgroundCheck.objects.update_or_create(
        driver=driver, defaults={"criminal_record_result": result, "convictions_disclosed": notes}
    )
    if result != "clear":
        logger.warning("Background check flagged for driver %s: %s", driver.pk, notes)  # expect: personal-data-in-log user.criminal_history
    else:
        logger.info("Background check clear for driver %s", driver.pk)  # trap: logs the surrogate key only
