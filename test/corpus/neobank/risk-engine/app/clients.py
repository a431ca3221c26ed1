"""Outbound connections of the risk engine."""
import ssl
import urllib.request

import httpx

BUREAU_CLIENT_SECRET = "tG8vR2kLq9XwZ4mN7bJ1cF5hY0sD3pA6eU8iO2rT"  # expect: hardcoded-secret
DEVICE_INTEL_API_KEY = "${DEVICE_INTEL_API_KEY}"  # trap: a placeholder substituted at deploy time

bureau = httpx.Client(base_url="https://api.creditbureau-partner.com/v2", auth=("risk-engine", BUREAU_CLIENT_SECRET), verify=False)  # expect: tls-verification-disabled
fraud_scores = httpx.Client(base_url="http://scores.fraudsignal.io/api")  # expect: insecure-transport
device_intel = httpx.Client(base_url="https://api.device-intel.com", verify="/etc/neobank/ca-bundle.pem")  # trap: verification against the company CA bundle
feature_store = httpx.Client(base_url="http://localhost:6566")  # trap: the feature-store sidecar on loopback


def fetch_pep_list() -> bytes:
    context = ssl._create_unverified_context()  # expect: tls-verification-disabled
    with urllib.request.urlopen("https://pep-lists.compliance-data.net/latest.json", context=context) as resp:
        return resp.read()


def fetch_bin_table() -> bytes:
    with urllib.request.urlopen("ftp://ftp.cardschemes-data.net/bin/bin-table.csv") as resp:  # expect: insecure-transport
        return resp.read()


def legacy_core_context() -> ssl.SSLContext:
    context = ssl.create_default_context()
    context.check_hostname = False  # expect: tls-verification-disabled
    context.verify_mode = ssl.CERT_NONE  # expect: tls-verification-disabled
    return context
