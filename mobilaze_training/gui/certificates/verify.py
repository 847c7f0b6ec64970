"""Checking a certificate (a pasted code or a PDF file) offline, for everyone, also before
logging in; and, for administrators, exporting and trusting signing keys."""

from __future__ import annotations

import html
import uuid
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QGroupBox, QLabel, QPlainTextEdit, QPushButton, QStyle

from mobilaze_training.auth.permissions import Principal, Role, allowed
from mobilaze_training.certificates.signing import CertificatePayload, VerificationResult
from mobilaze_training.errors import InvalidInput, MobilazeError
from mobilaze_training.gui.certificates.texts import verdicts
from mobilaze_training.gui.data.common import default_folder, module_title, open_file, save_file
from mobilaze_training.gui.instructor.base import FormScreen
from mobilaze_training.gui.operations import Operation
from mobilaze_training.gui.screen import set_role, show_text
from mobilaze_training.services import certificates, courses

if TYPE_CHECKING:
    from mobilaze_training.gui.shell import Shell

#: Who checks a certificate before anyone has logged in: verification is the one thing
#: anyone may do (it reads nothing personal and writes nothing).
VISITOR = Principal(uuid.UUID(int=0), "visitor", Role.TRAINEE)
MAX_KEY_BYTES = 64 * 1024

_ICONS = {
    "ok": QStyle.StandardPixmap.SP_DialogApplyButton,
    "warning": QStyle.StandardPixmap.SP_MessageBoxWarning,
    "critical": QStyle.StandardPixmap.SP_MessageBoxCritical,
}


class VerifyScreen(FormScreen):
    form_name = "verify_screen"

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.code_edit = self.find(QPlainTextEdit, "codeEdit")
        self.check_button = self.find(QPushButton, "checkButton")
        self.pdf_button = self.find(QPushButton, "pdfButton")
        self.result_frame = self.find(QFrame, "resultFrame")
        self.headline = self.find(QLabel, "headlineLabel")
        self.message = self.find(QLabel, "messageLabel")
        self.details = self.find(QLabel, "detailsLabel")
        self.icon = self.find(QLabel, "iconLabel")
        self.keys_result = self.find(QLabel, "keysResultLabel")
        self.checking: Operation | None = None
        self.last_result: VerificationResult | None = None
        #: the headline shown, as plain text
        self.verdict_text = ""
        self.check_button.clicked.connect(self.check_code)
        self.pdf_button.clicked.connect(self.choose_pdf)
        set_role(self.check_button, "primary")
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.check_code)
        keys_group = self.find(QGroupBox, "keysGroup")
        keys_group.setVisible(allowed(self.actor.role, "keys.manage") and self.logged_in)
        self.find(QPushButton, "exportKeyButton").clicked.connect(self.export_key)
        self.find(QPushButton, "importKeyButton").clicked.connect(self.import_key)
        self.result_frame.hide()
        show_text(self.keys_result, "")
        self.focus_first(self.code_edit)

    def screen_title(self) -> str:
        return self.tr("Check a certificate")

    @property
    def logged_in(self) -> bool:
        return self.shell.principal is not None

    @property
    def actor(self) -> Principal:
        return self.shell.principal or VISITOR

    # ---- checking ------------------------------------------------------------------------
    def check_code(self) -> None:
        text = self.code_edit.toPlainText().strip()
        if not text:
            self.show_problem(self.tr("Paste a certificate code first, or choose a PDF file."))
            self.code_edit.setFocus()
            return
        self.verify(text)

    def choose_pdf(self) -> None:
        path = open_file(
            self, self.tr("Choose a certificate"), default_folder(), self.tr("PDF files (*.pdf)")
        )
        if path is not None:
            self.verify(str(path))

    def verify(self, code_or_file: str) -> None:
        if self.checking is not None:
            return
        ctx, actor = self.ctx, self.actor
        self._busy(True)
        self.checking = self.run_slow(
            lambda _progress: certificates.verify(ctx, actor, code_or_file),
            self._checked,
            self._failed,
        )

    def _busy(self, busy: bool) -> None:
        if not busy:
            self.checking = None
        self.check_button.setEnabled(not busy)
        self.pdf_button.setEnabled(not busy)
        if busy:
            self.check_button.setText(self.tr("Checking…"))
        else:
            self.check_button.setText(self.tr("Chec&k the code"))

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        if isinstance(exc, InvalidInput):
            self.show_problem(str(exc))
        else:
            self.result_frame.hide()
            self.show_failure(exc)

    def _checked(self, result: VerificationResult) -> None:
        self._busy(False)
        self.last_result = result
        verdict = verdicts().get(result.status)
        if verdict is None:  # a status this screen does not know: say it plainly
            self.show_verdict("? " + result.status, "notice", "warning", result.message, "")
            return
        details = ""
        if result.payload is not None and result.status != "tampered":
            details = self.describe(result.payload)
            if result.status == "unknown_key":
                details = self.tr("The certificate claims:") + "\n" + details
        self.show_verdict(
            f"{verdict.symbol}  {verdict.headline}",
            verdict.role,
            verdict.icon,
            result.message,
            details,
        )

    def describe(self, payload: CertificatePayload) -> str:
        module = self._module_name(payload.module_id)
        lines = [
            (self.tr("Name:"), payload.name),
            (self.tr("Module:"), f"{module} ({payload.module_version})"),
            (self.tr("Serial number:"), payload.serial),
            (self.tr("Issued on:"), payload.issued.isoformat()),
            (
                self.tr("Valid until:"),
                payload.expires.isoformat() if payload.expires else self.tr("does not expire"),
            ),
        ]
        return "\n".join(f"{label} {value}" for label, value in lines)

    def _module_name(self, module_id: str) -> str:
        try:
            found = courses.list_modules(self.ctx, self.actor)
        except Exception:  # the name is a courtesy; the id is shown anyway
            return module_id
        for module in found:
            if module.module_id == module_id:
                return module_title(module, self.lang)
        return module_id

    def show_problem(self, text: str) -> None:
        self.last_result = None
        self.show_verdict(self.tr("Cannot check"), "notice", "warning", text, "")

    def show_verdict(self, headline: str, role: str, icon: str, message: str, details: str) -> None:
        self.verdict_text = headline
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.headline.setText(f"<big><b>{html.escape(headline)}</b></big>")
        set_role(self.headline, role)
        self.message.setText(message)
        show_text(self.details, details)
        pixmap = self.style().standardIcon(_ICONS[icon]).pixmap(48, 48)
        self.icon.setPixmap(pixmap)
        self.icon.setAccessibleName(headline)
        self.result_frame.show()

    # ---- keys (administrators) -----------------------------------------------------------
    def export_key(self) -> None:
        text = self.call(certificates.export_public_key, self.ctx, self.principal)
        if text is None:
            return
        name = "-".join(self.ctx.settings.centre_name.split()) or "centre"
        target = save_file(
            self,
            self.tr("Save the public key as"),
            default_folder() / f"{name}-public-key.pub",
            self.tr("Public keys (*.pub)"),
            ".pub",
        )
        if target is None:
            return
        try:
            target.write_text(text, encoding="utf-8")
        except OSError as exc:
            self.say_keys(
                self.tr("The key could not be saved: %1").replace("%1", exc.strerror or str(exc)),
                "error",
            )
            return
        self.say_keys(
            self.tr("The public key is saved: %1. Give this file to the other centre.").replace(
                "%1", str(target)
            ),
            "success",
        )

    def import_key(self) -> None:
        path = open_file(
            self,
            self.tr("Choose the other centre's public key"),
            default_folder(),
            self.tr("Public keys (*.pub *.pem *.txt);;All files (*)"),
        )
        if path is not None:
            self.trust_key_file(path)

    def trust_key_file(self, path: Path) -> str | None:
        try:
            if path.stat().st_size > MAX_KEY_BYTES:
                raise InvalidInput(self.tr("This file is too large to be a public key."))
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            self.say_keys(self.tr("This file cannot be read as a public key."), "error")
            return None
        except InvalidInput as exc:
            self.say_keys(str(exc), "error")
            return None
        try:
            key_id = certificates.import_trusted_key(self.ctx, self.principal, text)
        except MobilazeError as exc:
            self.say_keys(self.tr("The key was not imported: %1").replace("%1", str(exc)), "error")
            return None
        self.say_keys(
            self.tr("The key %1 is trusted now: certificates it signed are checked here.").replace(
                "%1", key_id
            ),
            "success",
        )
        return key_id

    def say_keys(self, text: str, role: str) -> None:
        show_text(self.keys_result, text)
        set_role(self.keys_result, role)
