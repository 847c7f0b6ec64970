"""Dialogs of the users screen: a new account, a new password."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from mobilaze_training.auth.passwords import MIN_LENGTH
from mobilaze_training.auth.permissions import Principal
from mobilaze_training.gui.i18n import LANGUAGES
from mobilaze_training.gui.instructor.base import WorkingDialog
from mobilaze_training.gui.models.tables import role_names
from mobilaze_training.services import users
from mobilaze_training.services.context import AppContext


def password_problem(password: str, repeat: str) -> str:
    """What is wrong with a new password (checked before the slow hashing), or ''."""
    if len(password) < MIN_LENGTH:
        return QCoreApplication.translate(
            "PasswordCheck", "The password needs at least %n characters.", "", MIN_LENGTH
        )
    if password != password.strip():
        return QCoreApplication.translate(
            "PasswordCheck", "The password must not begin or end with a space."
        )
    if password != repeat:
        return QCoreApplication.translate("PasswordCheck", "The two passwords are not the same.")
    return ""


class NewUserDialog(WorkingDialog):
    form_name = "users_new_dialog"

    def __init__(self, parent: QWidget, ctx: AppContext, actor: Principal) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor = actor
        self.username = self.find(QLineEdit, "usernameEdit")
        self.full_name = self.find(QLineEdit, "fullNameEdit")
        self.role = self.find(QComboBox, "roleCombo")
        for value, name in role_names().items():
            self.role.addItem(name, value)
        self.language = self.find(QComboBox, "languageCombo")
        self.language.addItem(self.tr("(the centre's default)"), None)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.password = self.find(QLineEdit, "passwordEdit")
        self.repeat = self.find(QLineEdit, "repeatEdit")
        self.ok_button().setText(self.tr("&Create"))
        self.find(QLabel, "problemLabel").hide()
        self.username.setFocus()

    def accept(self) -> None:
        if not self.username.text().strip() or not self.full_name.text().strip():
            self.problem(self.tr("Give a username and the full name."))
            return
        problem = password_problem(self.password.text(), self.repeat.text())
        if problem:
            self.problem(problem)
            return
        ctx, actor = self.ctx, self.actor
        username, full_name = self.username.text(), self.full_name.text()
        role, language = self.role.currentData(), self.language.currentData()
        password = self.password.text()
        self.start(
            lambda: users.add_user(ctx, actor, username, full_name, role, password, language)
        )


class PasswordDialog(WorkingDialog):
    form_name = "users_password_dialog"

    def __init__(
        self, parent: QWidget, ctx: AppContext, actor: Principal, username: str, full_name: str
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor = actor
        self.username = username
        intro = self.tr("A new password for %1 (%2). It also unlocks the account.")
        intro = intro.replace("%1", full_name).replace("%2", username)
        self.find(QLabel, "introLabel").setText(intro)
        self.password = self.find(QLineEdit, "passwordEdit")
        self.repeat = self.find(QLineEdit, "repeatEdit")
        self.find(QLabel, "problemLabel").hide()
        self.password.setFocus()

    def accept(self) -> None:
        problem = password_problem(self.password.text(), self.repeat.text())
        if problem:
            self.problem(problem)
            return
        ctx, actor, username, password = self.ctx, self.actor, self.username, self.password.text()
        self.start(lambda: users.reset_password(ctx, actor, username, password))
