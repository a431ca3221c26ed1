"""Nightly file drop for the payments-reconciliation vendor's SFTP pick-up folder."""
import csv
from pathlib import Path

from .models import LinkedAccount


def write_reconciliation_file(accounts: list[LinkedAccount], out_dir: Path) -> Path:
    path = out_dir / "linked-accounts.csv"
    with path.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "iban", "bank"])  # trap: the header row, column names only
        for account in accounts:
            writer.writerow([account.id, account.iban, account.bank_name])  # expect: unencrypted-sensitive-storage user.financial.bank_account
    return path
