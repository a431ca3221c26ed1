"""One-time codes for step-up authentication and the experiment bucketing of the risk engine."""
import random
import secrets


def sms_step_up_code() -> str:
    return str(random.randrange(100000, 1000000))  # expect: insecure-randomness


def new_session_id() -> str:
    rng = random.Random()
    return "%032x" % rng.getrandbits(128)  # expect: insecure-randomness


def card_activation_code() -> str:
    return f"{secrets.randbelow(10**6):06d}"  # trap: secrets.randbelow is a CSPRNG


def experiment_bucket() -> str:
    return "B" if random.random() < 0.1 else "A"  # trap: A/B experiment bucketing, not a secret
