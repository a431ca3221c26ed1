"""Signing and encryption for manifests exchanged with the delivery partner."""
import hashlib
import hmac
import os

from Crypto.Cipher import AES, DES3
from Crypto.PublicKey import RSA
from Crypto.Util.Padding import pad
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def sign_delivery_manifest(manifest: bytes, shared_secret: bytes) -> str:
    return hashlib.md5(shared_secret + manifest).hexdigest()  # expect: weak-cryptography


def encrypt_claims_batch(payload: bytes, key: bytes, iv: bytes) -> bytes:
    return DES3.new(key, DES3.MODE_CBC, iv).encrypt(pad(payload, 8))  # expect: weak-cryptography


def encrypt_label_blob(blob: bytes, key: bytes) -> bytes:
    return AES.new(key, AES.MODE_ECB).encrypt(pad(blob, 16))  # expect: weak-cryptography


def new_prescriber_key() -> RSA.RsaKey:
    return RSA.generate(1024)  # expect: weak-cryptography


def scan_dedupe_key(scan: bytes) -> str:
    return hashlib.md5(scan, usedforsecurity=False).hexdigest()  # trap: MD5 to find duplicate scans, explicitly not for security


def seal_manifest(manifest: bytes, key: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(key).encrypt(nonce, manifest, None)  # trap: AES-GCM with a random nonce


def verify_partner_webhook(body: bytes, signature: str, secret: bytes) -> bool:
    expected = hmac.new(secret, body, hashlib.sha256).hexdigest()  # trap: HMAC-SHA256 signature
    return hmac.compare_digest(expected, signature)
