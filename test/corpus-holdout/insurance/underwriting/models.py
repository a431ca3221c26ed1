"""Underwriting data for life and disability applications."""

from django.db import models


class RiskClass(models.Model):
    """Rating classes published in the underwriting manual (reference data)."""

    name = models.CharField(max_length=40, unique=True)  # trap: name of a rating class such as "Preferred Plus"
    max_bmi = models.DecimalField(max_digits=4, decimal_places=1)  # trap: threshold of the class, not anyone's BMI
    tobacco_allowed = models.BooleanField(default=False)  # trap: rule of the rating class
    min_issue_age = models.PositiveSmallIntegerField()  # trap: product eligibility rule, not a person's age
    max_issue_age = models.PositiveSmallIntegerField()  # trap: product eligibility rule, not a person's age

    def __str__(self):
        return self.name


class Application(models.Model):
    class Sex(models.TextChoices):
        FEMALE = "F", "Female"
        MALE = "M", "Male"
        X = "X", "Unspecified"

    class Status(models.TextChoices):
        RECEIVED = "received"
        REFERRED = "referred"
        APPROVED = "approved"
        DECLINED = "declined"

    product_code = models.CharField(max_length=12)
    applicant_first_name = models.CharField(max_length=60)  # expect: personal-data-field user.name.first
    applicant_last_name = models.CharField(max_length=80)  # expect: personal-data-field user.name.last
    date_of_birth = models.DateField()  # expect: personal-data-field user.demographic.date_of_birth
    sex = models.CharField(max_length=1, choices=Sex.choices)  # expect: personal-data-field user.demographic.gender
    ssn = models.CharField(max_length=11)  # expect: sensitive-personal-data-field user.government_id.national_identification_number.us_ssn
    drivers_license_number = models.CharField(max_length=20, blank=True)  # expect: sensitive-personal-data-field user.government_id.drivers_license_number
    annual_income = models.DecimalField(max_digits=12, decimal_places=2)  # expect: personal-data-field user.financial
    net_worth = models.DecimalField(max_digits=14, decimal_places=2, null=True)  # expect: personal-data-field user.financial
    felony_conviction_last_10y = models.BooleanField(default=False)  # expect: sensitive-personal-data-field user.criminal_history
    dui_conviction_details = models.TextField(blank=True)  # expect: sensitive-personal-data-field user.criminal_history
    face_amount = models.DecimalField(max_digits=12, decimal_places=2)
    risk_class = models.ForeignKey(RiskClass, null=True, on_delete=models.PROTECT)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.RECEIVED)
    ssn_verified = models.BooleanField(default=False)  # trap: a flag about the verification, not the SSN
    received_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [
            models.Index(fields=["ssn"], name="uw_app_ssn_idx"),  # trap: index on a field declared above
        ]


class HealthQuestionnaire(models.Model):
    """Part B of the application: the medical questionnaire."""

    application = models.OneToOneField(Application, on_delete=models.CASCADE, related_name="health")
    questionnaire_version = models.CharField(max_length=10)  # trap: version of the form template
    height_cm = models.PositiveSmallIntegerField()  # expect: sensitive-personal-data-field user.health_and_medical
    weight_kg = models.DecimalField(max_digits=5, decimal_places=1)  # expect: sensitive-personal-data-field user.health_and_medical
    tobacco_use = models.BooleanField()  # expect: sensitive-personal-data-field user.health_and_medical
    cigarettes_per_day = models.PositiveSmallIntegerField(null=True)  # expect: sensitive-personal-data-field user.health_and_medical
    alcohol_units_per_week = models.PositiveSmallIntegerField(null=True)  # expect: sensitive-personal-data-field user.health_and_medical
    pre_existing_conditions = models.TextField(blank=True)  # expect: sensitive-personal-data-field user.health_and_medical
    current_medications = models.TextField(blank=True)  # expect: sensitive-personal-data-field user.health_and_medical
    hiv_positive = models.BooleanField(null=True)  # expect: sensitive-personal-data-field user.health_and_medical
    currently_pregnant = models.BooleanField(null=True)  # expect: sensitive-personal-data-field user.health_and_medical
    mental_health_treatment_5y = models.BooleanField()  # expect: sensitive-personal-data-field user.health_and_medical
    family_history_heart_disease = models.BooleanField()  # expect: sensitive-personal-data-field user.health_and_medical.genetic
    genetic_test_results = models.TextField(blank=True)  # expect: sensitive-personal-data-field user.health_and_medical.genetic
    primary_physician_name = models.CharField(max_length=120, blank=True)  # expect: personal-data-field user.name
    primary_physician_practice = models.CharField(max_length=160, blank=True)  # trap: name of the medical practice, an organisation
    completed_at = models.DateTimeField(null=True)
