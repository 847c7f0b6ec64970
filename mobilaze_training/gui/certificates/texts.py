"""Words for certificates: their state, verification verdicts, reasons a trainee was skipped."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from mobilaze_training.services.certificates import CertificateInfo

VALID, EXPIRED, REVOKED = "valid", "expired", "revoked"


def state_of(info: CertificateInfo, today: date | None = None) -> str:
    """valid, expired or revoked."""
    if info.revoked:
        return REVOKED
    if info.expires is not None and (today or date.today()) > info.expires:
        return EXPIRED
    return VALID


def state_text(info: CertificateInfo, today: date | None = None) -> str:
    """The state in words, with a symbol (colour is never the only signal)."""
    state = state_of(info, today)
    if state == REVOKED:
        reason = (info.revoked_reason or "").strip()
        text = "✖ " + QCoreApplication.translate("Certificates", "Revoked")
        return f"{text}: {reason}" if reason else text
    if state == EXPIRED:
        return "⌛ " + QCoreApplication.translate("Certificates", "Expired")
    return "✔ " + QCoreApplication.translate("Certificates", "Valid")


def expiry_text(info: CertificateInfo) -> str:
    return (
        info.expires.isoformat()
        if info.expires
        else QCoreApplication.translate("Certificates", "does not expire")
    )


@dataclass(frozen=True)
class Verdict:
    """How a verification result is shown: headline, style role, standard icon name."""

    headline: str
    role: str  # a QLabel role of the style sheet: success, notice or failure
    icon: str  # "ok", "warning" or "critical"
    symbol: str


def verdicts() -> dict[str, Verdict]:
    """A headline per verification status, in the interface language."""
    return {
        "valid": Verdict(
            QCoreApplication.translate("Certificates", "Valid certificate"), "success", "ok", "✔"
        ),
        "tampered": Verdict(
            QCoreApplication.translate(
                "Certificates", "Tampered: this certificate has been altered or forged"
            ),
            "failure",
            "critical",
            "✖",
        ),
        "unknown_key": Verdict(
            QCoreApplication.translate(
                "Certificates", "Unknown signer: this certificate cannot be checked here"
            ),
            "notice",
            "warning",
            "?",
        ),
        "revoked": Verdict(
            QCoreApplication.translate(
                "Certificates", "Revoked: this certificate is no longer valid"
            ),
            "failure",
            "critical",
            "✖",
        ),
        "expired": Verdict(
            QCoreApplication.translate(
                "Certificates", "Expired: this certificate is no longer valid"
            ),
            "notice",
            "warning",
            "⌛",
        ),
        "malformed": Verdict(
            QCoreApplication.translate("Certificates", "Not a certificate code: it cannot be read"),
            "failure",
            "critical",
            "✖",
        ),
    }


_NOT_PASSED = re.compile(r"^not yet passed: (.+)$")


def skip_reason(reason: str, titles: Mapping[str, str] | None = None) -> str:
    """A reason from the batch issue in the interface language (unknown ones as given);
    `titles` names the assessments by their ids."""
    found = _NOT_PASSED.match(reason.strip())
    if found:
        names = [(titles or {}).get(a.strip(), a.strip()) for a in found.group(1).split(",")]
        return QCoreApplication.translate("Certificates", "has not yet passed: %1").replace(
            "%1", ", ".join(names)
        )
    if reason.strip() == "the module gives no certificate":
        return QCoreApplication.translate("Certificates", "the module gives no certificate")
    return reason
