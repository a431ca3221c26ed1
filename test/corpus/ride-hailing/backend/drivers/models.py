"""Driver onboarding models for the driver app backend."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models

# Singapore-style plates, e.g. SGX1234A. Used by the onboarding form only.
PLATE_NUMBER_PATTERN = r"^[A-Z]{1,3}\d{1,4}[A-Z]?$"
PHONE_FORMAT = "+{country_code} {subscriber}"  # trap: display format string, not a phone number


class VehicleClass(models.Model):
    """Product tier offered to riders (Economy, Comfort, XL)."""

    code = models.SlugField(max_length=20, unique=True)
    name = models.CharField(max_length=40)  # trap: product tier name, not a person's name
    display_name = models.CharField(max_length=80)  # trap: marketing label of a product tier
    seats = models.PositiveSmallIntegerField(default=4)
    base_fare_cents = models.PositiveIntegerField()


class Driver(models.Model):
    class Gender(models.TextChoices):
        FEMALE = "F", "Female"
        MALE = "M", "Male"
        UNDISCLOSED = "U", "Prefer not to say"

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="driver"
    )
    full_name = models.CharField(max_length=160)  # expect: personal-data-field user.name
    mobile_number = models.CharField(max_length=20, unique=True)  # expect: personal-data-field user.contact.phone_number
    email = models.EmailField(unique=True)  # expect: personal-data-field user.contact.email
    date_of_birth = models.DateField()  # expect: personal-data-field user.demographic.date_of_birth
    gender = models.CharField(max_length=1, choices=Gender.choices, default=Gender.UNDISCLOSED)  # expect: personal-data-field user.demographic.gender
    national_id_number = models.CharField(max_length=32, unique=True)  # expect: sensitive-personal-data-field user.government_id.national_identification_number ; expect: unencrypted-sensitive-storage user.government_id.national_identification_number
    home_address = models.TextField()  # expect: personal-data-field user.contact.address
    postal_code = models.CharField(max_length=10)  # expect: personal-data-field user.contact.address.postal_code
    profile_photo = models.ImageField(upload_to="drivers/photos/")  # expect: personal-data-field user.content.self_image
    payout_iban = models.CharField(max_length=34, blank=True)  # expect: sensitive-personal-data-field user.financial.bank_account ; expect: unencrypted-sensitive-storage user.financial.bank_account
    average_rating = models.DecimalField(  # expect: personal-data-field user.behavior
        max_digits=3,
        decimal_places=2,
        default=5,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
    )
    is_online = models.BooleanField(default=False)
    vehicle_classes = models.ManyToManyField(VehicleClass, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"Driver #{self.pk}"


class DriverLicence(models.Model):
    driver = models.OneToOneField(Driver, on_delete=models.CASCADE, related_name="licence")
    licence_number = models.CharField(max_length=32)  # expect: sensitive-personal-data-field user.government_id.drivers_license_number ; expect: unencrypted-sensitive-storage user.government_id.drivers_license_number
    issuing_country = models.CharField(max_length=2, default="SG")
    expires_on = models.DateField()
    front_image = models.ImageField(upload_to="drivers/licences/")  # expect: sensitive-personal-data-field user.government_id.drivers_license_number ; expect: unencrypted-sensitive-storage user.government_id.drivers_license_number
    verified_at = models.DateTimeField(null=True, blank=True)


class Vehicle(models.Model):
    driver = models.ForeignKey(Driver, on_delete=models.CASCADE, related_name="vehicles")
    registration_plate = models.CharField(  # expect: sensitive-personal-data-field user.government_id.vehicle_registration ; expect: unencrypted-sensitive-storage user.government_id.vehicle_registration
        max_length=12,
        unique=True,
        validators=[RegexValidator(PLATE_NUMBER_PATTERN)],
    )
    make = models.CharField(max_length=40)
    model = models.CharField(max_length=40)
    colour = models.CharField(max_length=20)
    vehicle_name = models.CharField(max_length=80, blank=True)  # trap: car model label ("Toyota Prius Hybrid"), not a person's name
    vehicle_class = models.ForeignKey(VehicleClass, on_delete=models.PROTECT)


class BackgroundCheck(models.Model):
    driver = models.OneToOneField(Driver, on_delete=models.CASCADE)
    provider_reference = models.CharField(max_length=64)
    criminal_record_result = models.CharField(max_length=20)  # expect: sensitive-personal-data-field user.criminal_history ; expect: unencrypted-sensitive-storage user.criminal_history
    convictions_disclosed = models.TextField(blank=True)  # expect: sensitive-personal-data-field user.criminal_history ; expect: unencrypted-sensitive-storage user.criminal_history
    medical_fitness_notes = models.TextField(blank=True)  # expect: sensitive-personal-data-field user.health_and_medical ; expect: unencrypted-sensitive-storage user.health_and_medical
    checked_at = models.DateTimeField()


class ServiceHealth(models.Model):
    """One row per dependency, written by the ops cron."""

    health_check_url = models.URLField()  # trap: ops endpoint, not health data
    last_status = models.PositiveSmallIntegerField()
