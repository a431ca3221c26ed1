"""Stock orders, price files and recall notices from the wholesaler and the regulator."""
import smtplib
import ssl

import requests

WHOLESALER_API_KEY = "wsk_9f3b27c1e8d54a6f0b2c7e9d1a4f8b36"  # expect: hardcoded-secret

session = requests.Session()
session.headers["X-Api-Key"] = WHOLESALER_API_KEY
session.verify = False  # expect: tls-verification-disabled


def place_order(order: dict) -> dict:
    response = session.post("https://orders.medsupply-wholesale.co.uk/api/orders", json=order, timeout=10)
    response.raise_for_status()
    return response.json()


def fetch_price_file() -> bytes:
    return requests.get("http://feeds.medsupply-wholesale.co.uk/prices/latest.csv", timeout=30).content  # expect: insecure-transport


def fetch_recall_notices() -> list[dict]:
    response = requests.get("https://recalls.medicines-alerts.org/api/v1/notices", verify=False, timeout=10)  # expect: tls-verification-disabled
    return response.json()["notices"]


def fetch_spine_status() -> dict:
    return requests.get("https://spine-gw.pharmacy-cloud.net/status", verify="/etc/pharmacy/spine-root-ca.pem", timeout=5).json()  # trap: verification against a pinned CA bundle


def fetch_robot_stock_levels() -> dict:
    return requests.get("http://127.0.0.1:8081/stock/levels", timeout=2).json()  # trap: the dispensing robot's agent on the same host, loopback


def send_stock_alert(body: str) -> None:
    with smtplib.SMTP("smtp.wellcare-pharmacy.co.uk", 25) as smtp:  # expect: insecure-transport
        smtp.sendmail("stock-alerts@wellcare-pharmacy.co.uk", ["buyers@wellcare-pharmacy.co.uk"], body)


def send_controlled_drug_report(body: str) -> None:
    with smtplib.SMTP("smtp.wellcare-pharmacy.co.uk", 587) as smtp:  # trap: STARTTLS is negotiated on the next line
        smtp.starttls(context=ssl.create_default_context())
        smtp.sendmail("cd-register@wellcare-pharmacy.co.uk", ["inspector-inbox@wellcare-pharmacy.co.uk"], body)
