"""A trainee's certificate of one module in a line, for the module page."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication

from mobilaze_training.auth.permissions import Principal
from mobilaze_training.errors import MobilazeError
from mobilaze_training.gui.certificates.texts import EXPIRED, state_of
from mobilaze_training.services import certificates
from mobilaze_training.services.certificates import CertificateInfo
from mobilaze_training.services.context import AppContext

log = logging.getLogger(__name__)


def own_certificate(
    ctx: AppContext, principal: Principal, module_id: str
) -> CertificateInfo | None:
    """The trainee's latest certificate of the module that is not revoked, if any."""
    try:
        found = certificates.register(ctx, principal, module_id)
    except MobilazeError as exc:  # a status line is no reason to interrupt anyone
        log.info("no certificate status for %s: %s", module_id, exc)
        return None
    usable = [c for c in found if not c.revoked]
    return max(usable, key=lambda c: (c.issued, c.serial)) if usable else None


def status_line(info: CertificateInfo) -> str:
    """ "Certificate MT-… issued on …, valid until …" (or that it has expired)."""
    if state_of(info) == EXPIRED and info.expires is not None:
        text = QCoreApplication.translate(
            "CertificateStatus",
            "Your certificate %1 expired on %2. Ask your training centre about renewing it.",
        )
        return text.replace("%1", info.serial).replace("%2", info.expires.isoformat())
    if info.expires is None:
        text = QCoreApplication.translate(
            "CertificateStatus",
            "Certificate %1 issued on %2; it does not expire. "
            "Save or print it under “My certificates”.",
        )
        return text.replace("%1", info.serial).replace("%2", info.issued.isoformat())
    text = QCoreApplication.translate(
        "CertificateStatus",
        "Certificate %1 issued on %2, valid until %3. Save or print it under “My certificates”.",
    )
    return (
        text.replace("%1", info.serial)
        .replace("%2", info.issued.isoformat())
        .replace("%3", info.expires.isoformat())
    )
