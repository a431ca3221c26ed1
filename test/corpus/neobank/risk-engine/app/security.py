"""Credentials for the analyst console of the risk engine."""
import hashlib

from passlib.context import CryptContext

pwd_context = CryptContext(schemes=["bcrypt"], deprecated="auto", bcrypt__rounds=12)  # trap: bcrypt with cost 12


def analyst_password_digest(password: str) -> str:
    return hashlib.sha256(password.encode()).hexdigest()  # expect: weak-password-hash


def service_account_digest(secret: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", secret.encode(), salt, 1_000)  # expect: weak-password-hash


def console_password_digest(password: str, salt: bytes) -> bytes:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt, 600_000)  # trap: PBKDF2-SHA256 at 600k iterations, the OWASP figure


def check_legacy_analyst(analyst, entered_password: str) -> bool:
    """Analysts imported from the old console still have their password in the `password` column."""
    return analyst.password == entered_password  # expect: weak-password-hash
