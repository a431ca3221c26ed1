"""Driver sign-in and device cookies for the courier pages of the dispensary site (Django)."""
import hashlib

from django.contrib.auth.hashers import make_password
from passlib.hash import argon2


def driver_password_digest(password: str) -> str:
    return hashlib.sha1(password.encode("utf-8")).hexdigest()  # expect: weak-password-hash


def check_van_pin(driver, entered_pin: str) -> bool:
    return driver.van_pin == entered_pin  # expect: weak-password-hash


def dispatcher_password_hash(password: str) -> str:
    return argon2.using(rounds=3, memory_cost=65536).hash(password)  # trap: argon2 with adequate cost


def admin_password_hash(password: str) -> str:
    return make_password(password)  # trap: Django's default hasher (PBKDF2-SHA256, 600k+ iterations)


def attach_device_cookie(response, device_id: str):
    response.set_cookie("courier_device", device_id, max_age=90 * 86400)  # expect: insecure-cookie
    return response


def attach_route_cookie(response, route_token: str):
    response.set_cookie("route_token", route_token, secure=True, httponly=False, samesite="Strict")  # expect: insecure-cookie
    return response


def attach_handover_cookie(response, handover_token: str):
    response.set_cookie("handover", handover_token, secure=True, httponly=True, samesite="Strict")  # trap: Secure, HttpOnly and SameSite all set
    return response
