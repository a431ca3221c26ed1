"""Message signing and field wrapping shared with the card processor."""
import hashlib

from Crypto.Cipher import ARC4, Blowfish
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, rsa


def sign_settlement_file(contents: bytes, shared_secret: bytes) -> str:
    return hashlib.sha1(shared_secret + contents).hexdigest()  # expect: weak-cryptography


def wrap_pin_block(pin_block: bytes, key: bytes) -> bytes:
    return ARC4.new(key).encrypt(pin_block)  # expect: weak-cryptography


def encrypt_legacy_field(value: bytes, key: bytes, iv: bytes) -> bytes:
    return Blowfish.new(key, Blowfish.MODE_CBC, iv).encrypt(value)  # expect: weak-cryptography


def new_partner_signing_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=4096)  # trap: RSA 4096


def new_device_key():
    return ec.generate_private_key(ec.SECP256R1())  # trap: P-256 is a sound curve


def statement_fingerprint(pdf: bytes) -> str:
    digest = hashes.Hash(hashes.SHA256())  # trap: SHA-256 for document integrity
    digest.update(pdf)
    return digest.finalize().hex()
