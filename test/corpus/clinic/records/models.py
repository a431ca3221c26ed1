"""Clinical records: encounters, diagnoses, prescriptions and uploaded documents."""
import logging
import uuid

from django.conf import settings
from django.db import models

logger = logging.getLogger(__name__)


class Encounter(models.Model):
    class Kind(models.TextChoices):
        IN_PERSON = "in_person", "In person"
        VIDEO = "video", "Video"
        PHONE = "phone", "Phone"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    patient = models.ForeignKey("patients.Patient", on_delete=models.PROTECT, related_name="encounters")
    clinician = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    kind = models.CharField(max_length=16, choices=Kind.choices)
    started_at = models.DateTimeField()
    chief_complaint = models.TextField(blank=True)  # expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical
    clinical_notes = models.TextField(blank=True)  # expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical
    blood_pressure_systolic = models.PositiveSmallIntegerField(null=True)  # expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical
    blood_pressure_diastolic = models.PositiveSmallIntegerField(null=True)  # expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical
    weight_kg = models.DecimalField(max_digits=5, decimal_places=1, null=True)  # expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical
    smoking_status = models.CharField(max_length=16, blank=True)  # expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical
    patient_ip_address = models.GenericIPAddressField(null=True, blank=True)  # expect: personal-data-field user.device.ip_address

    class Meta:
        ordering = ["-started_at"]


class Diagnosis(models.Model):
    encounter = models.ForeignKey(Encounter, on_delete=models.CASCADE, related_name="diagnoses")
    icd10_code = models.CharField(max_length=8)  # expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical
    description = models.CharField(max_length=255)  # expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical
    is_primary = models.BooleanField(default=False)


class DiagnosisCode(models.Model):
    """ICD-10 reference table loaded from the WHO release; no patient data."""

    code = models.CharField(max_length=8, primary_key=True)
    title = models.CharField(max_length=255)
    chapter = models.CharField(max_length=8)
    is_notifiable_disease = models.BooleanField(default=False)  # trap: a property of the code in a reference table, not of a patient


class Prescription(models.Model):
    encounter = models.ForeignKey(Encounter, on_delete=models.CASCADE, related_name="prescriptions")
    medication_name = models.CharField(max_length=160)  # expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical
    dosage = models.CharField(max_length=80)  # expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical
    refills_remaining = models.PositiveSmallIntegerField(default=0)
    is_controlled_substance = models.BooleanField(default=False)  # expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical
    pharmacy_name = models.CharField(max_length=160, blank=True)  # trap: the pharmacy's business name, an organisation
    pharmacy_phone = models.CharField(max_length=32, blank=True)  # trap: a pharmacy's public phone line, organisation contact detail

    def issue(self):
        logger.info(
            "Prescription %s issued for patient %s", self.pk, self.encounter.patient_id
        )
        logger.debug("Medication %s dosage %s", self.medication_name, self.dosage)  # expect: personal-data-in-log user.health_and_medical


class ClinicalDocument(models.Model):
    encounter = models.ForeignKey(Encounter, on_delete=models.CASCADE, related_name="documents")
    file_name = models.CharField(max_length=255)  # trap: a file's name, not a person's
    content_type = models.CharField(max_length=80)
    scanned_referral_letter = models.FileField(upload_to="referrals/%Y/%m/")  # expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True)


class GeneticTestResult(models.Model):
    patient = models.ForeignKey("patients.Patient", on_delete=models.PROTECT)
    brca1_variant = models.CharField(max_length=64, blank=True)  # expect: sensitive-personal-data-field user.health_and_medical.genetic ; expect: unencrypted-sensitive-storage user.health_and_medical.genetic
    raw_vcf_file = models.FileField(upload_to="genomics/")  # expect: sensitive-personal-data-field user.health_and_medical.genetic ; expect: unencrypted-sensitive-storage user.health_and_medical.genetic
    lab_name = models.CharField(max_length=120)  # trap: the sequencing lab's name, an organisation

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        logger.info("Stored genetic result for %s", self.patient.email)  # expect: personal-data-in-log user.contact.email
