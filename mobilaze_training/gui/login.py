"""The login screen: username, password and the interface language."""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton

from mobilaze_training.gui.screen import Screen, show_text

if TYPE_CHECKING:
    from mobilaze_training.auth.permissions import Principal
    from mobilaze_training.gui.shell import Shell

log = logging.getLogger(__name__)

_LOCKED = re.compile(r"locked .* in (\d+) minute")


class LoginScreen(Screen):
    form_name = "login"

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.username_edit = self.find(QLineEdit, "usernameEdit")
        self.password_edit = self.find(QLineEdit, "passwordEdit")
        self.login_button = self.find(QPushButton, "loginButton")
        self.error_label = self.find(QLabel, "errorLabel")
        self.notice_label = self.find(QLabel, "noticeLabel")
        ready = shell.ctx is not None
        self.find(QLabel, "centreLabel").setText(shell.ctx.settings.centre_name if ready else "")
        show_text(self.error_label, "")
        show_text(self.notice_label, shell.notice if ready else self.tr("Opening the database…"))
        self.login_button.setEnabled(ready)
        self._busy = False
        for code in ("az", "ru", "en"):
            button = self.find(QPushButton, f"{code}Button")
            button.setChecked(code == shell.languages.current)
            button.setToolTip(self.tr("Interface language"))
            button.clicked.connect(lambda _checked=False, c=code: self.shell.set_language(c))
        self.username_edit.setPlaceholderText(self.tr("for example: aliyev.hasan"))
        self.username_edit.setText(shell.typed_username)
        self.username_edit.textChanged.connect(lambda text: setattr(shell, "typed_username", text))
        self.login_button.clicked.connect(self.submit)
        self.find(QPushButton, "verifyButton").clicked.connect(self.open_verification)
        self.username_edit.returnPressed.connect(self.password_edit.setFocus)
        self.password_edit.returnPressed.connect(self.submit)

    def screen_title(self) -> str:
        return self.tr("Log in")

    def open_verification(self) -> None:
        """Anyone may check a certificate, before logging in (Back returns here)."""
        from mobilaze_training.gui.certificates.verify import VerifyScreen

        shell = self.shell
        shell.show_screen(lambda: VerifyScreen(shell))

    def initial_focus(self) -> QLineEdit:
        return self.password_edit if self.username_edit.text() else self.username_edit

    def submit(self) -> None:
        if self._busy or self.shell.ctx is None:
            return
        username = self.username_edit.text().strip()
        password = self.password_edit.text()
        if not username or not password:
            show_text(self.error_label, self.tr("Enter your username and password."))
            (self.password_edit if username else self.username_edit).setFocus()
            return
        self._set_busy(True)
        ctx = self.shell.ctx
        from mobilaze_training.gui import operations
        from mobilaze_training.services import users

        operations.run(
            lambda _progress: users.login(ctx, username, password),
            self._succeeded,
            self._failed,
            parent=self,
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.login_button.setEnabled(not busy)
        self.login_button.setText(self.tr("Checking…") if busy else self.tr("Log &in"))

    def _succeeded(self, principal: Principal) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        self.shell.login(principal)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.password_edit.clear()
        self.password_edit.setFocus()
        show_text(self.error_label, self.explain(error))

    def explain(self, error: BaseException) -> str:
        """The refusal in the interface language (the services word it in English)."""
        from mobilaze_training.services.users import LoginFailed

        if not isinstance(error, LoginFailed):
            log.error("login failed unexpectedly: %r", error)
            return self.tr("Logging in is not possible right now. The details are in the log file.")
        message = str(error)
        locked = _LOCKED.search(message)
        if locked:
            minutes = int(locked.group(1))
            return self.tr(
                "This account is locked after too many failed logins. Try again in %n "
                "minute(s), or ask an administrator to unlock it.",
                "",
                minutes,
            )
        if "deactivated" in message:
            return self.tr("This account is deactivated. Ask an administrator.")
        if "not right" in message:
            return self.tr(
                "The username or password is not right. Check the keyboard language and Caps Lock."
            )
        return message
