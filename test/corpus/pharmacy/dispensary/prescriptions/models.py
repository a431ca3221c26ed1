"""Patients, dispensings and the delivery drivers who take them to the door."""
from django.db import models
from django_cryptography.fields import encrypt


class Patient(models.Model):
    nhs_number = encrypt(models.CharField(max_length=10, unique=True))  # expect: sensitive-personal-data-field user.government_id.national_identification_number
    full_name = models.CharField(max_length=160)  # expect: personal-data-field user.name
    date_of_birth = models.DateField()  # expect: personal-data-field user.demographic.date_of_birth
    allergies = models.TextField(blank=True)  # expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical
    nominated_branch = models.CharField(max_length=12)  # trap: a branch code of the pharmacy, not about the patient's health


class Dispensing(models.Model):
    patient = models.ForeignKey(Patient, on_delete=models.PROTECT, related_name="dispensings")
    medicine = models.CharField(max_length=160)  # expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical
    quantity = models.PositiveIntegerField()
    clinical_check_notes = encrypt(models.TextField(blank=True))  # expect: sensitive-personal-data-field user.health_and_medical
    dispensed_at = models.DateTimeField(auto_now_add=True)


class DeliveryDriver(models.Model):
    display_name = models.CharField(max_length=80)  # expect: personal-data-field user.name
    van_pin = models.CharField(max_length=6)  # expect: personal-data-field user.authorization.credentials ; expect: weak-password-hash
    active = models.BooleanField(default=True)
