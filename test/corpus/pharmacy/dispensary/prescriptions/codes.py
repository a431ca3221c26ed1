"""Codes patients and drivers type at the collection point."""
import random
import secrets
import string


def collection_code() -> str:
    return f"{random.randint(0, 999999):06d}"  # expect: insecure-randomness


def temporary_password(length: int = 10) -> str:
    return "".join(random.choices(string.ascii_letters + string.digits, k=length))  # expect: insecure-randomness


def handover_token() -> str:
    return secrets.token_urlsafe(32)  # trap: secrets is the CSPRNG module


def shuffled_training_questions(questions: list[str]) -> list[str]:
    order = list(questions)
    random.shuffle(order)  # trap: order of quiz questions in staff training, not a secret
    return order
