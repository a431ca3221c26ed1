"""Django settings for the dispensary back office (production)."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "k7#q2!x9v@m3z8w^r5t&n1b*c6f(e0d)aP4sLh2Yg"  # expect: hardcoded-secret
DEBUG = False
ALLOWED_HOSTS = ["dispensary.wellcare-pharmacy.co.uk"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "prescriptions",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "dispensary",
        "USER": "dispensary_app",
        "PASSWORD": os.environ["DISPENSARY_DB_PASSWORD"],  # trap: the password is read from the environment
        "HOST": "db.dispensary.internal",
    }
}

# Copied from the test settings in 2021 "to speed up logins"; never reverted.
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.MD5PasswordHasher",  # expect: weak-password-hash
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",  # trap: PBKDF2 with Django's default iterations, only used to verify older hashes
]

SESSION_COOKIE_SECURE = False  # expect: insecure-cookie
SESSION_COOKIE_HTTPONLY = True  # trap: HttpOnly switched on
SESSION_COOKIE_SAMESITE = None  # expect: insecure-cookie
CSRF_COOKIE_SECURE = True  # trap: Secure switched on

EMAIL_HOST = "smtp.wellcare-pharmacy.co.uk"
EMAIL_PORT = 25
EMAIL_USE_TLS = False  # expect: insecure-transport

FORMULARY_API_URL = "http://api.formularyhub.co.uk/v3"  # expect: insecure-transport
FORMULARY_API_KEY = os.environ.get("FORMULARY_API_KEY", "")  # trap: read from the environment
