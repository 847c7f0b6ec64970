"""Users and accounts: create, set role, reset password, deactivate or reactivate, unlock."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QTableView

from mobilaze_training.gui.admin.user_dialogs import NewUserDialog, PasswordDialog
from mobilaze_training.gui.instructor.base import (
    FormScreen,
    selected_source_row,
    setup_table,
    sorted_proxy,
)
from mobilaze_training.gui.models.tables import UsersTableModel, role_names
from mobilaze_training.gui.screen import set_role
from mobilaze_training.services import users
from mobilaze_training.services.users import UserInfo

if TYPE_CHECKING:
    from mobilaze_training.gui.shell import Shell


class UsersScreen(FormScreen):
    form_name = "users_screen"

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.model = UsersTableModel(self)
        self.proxy = sorted_proxy(self.model, self)
        self.view = self.find(QTableView, "userView")
        setup_table(self.view, self.proxy)
        for column, width in (
            (UsersTableModel.COL_USERNAME, 180),
            (UsersTableModel.COL_NAME, 260),
            (UsersTableModel.COL_ROLE, 130),
            (UsersTableModel.COL_ACTIVE, 150),
            (UsersTableModel.COL_LOCKED, 90),
        ):
            self.view.setColumnWidth(column, width)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.filter_edit = self.find(QLineEdit, "filterEdit")
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.show_combo = self.find(QComboBox, "showCombo")
        self.show_combo.addItem(self.tr("Everyone"), None)
        for value, name in role_names().items():
            self.show_combo.addItem(name, value)
        self.show_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.role_combo = self.find(QComboBox, "roleCombo")
        for value, name in role_names().items():
            self.role_combo.addItem(name, value)
        self.status = self.find(QLabel, "statusLabel")
        self.active_button = self.find(QPushButton, "activeButton")
        self.unlock_button = self.find(QPushButton, "unlockButton")
        self.password_button = self.find(QPushButton, "passwordButton")
        self.role_button = self.find(QPushButton, "setRoleButton")
        self.find(QPushButton, "newUserButton").clicked.connect(self.new_user)
        self.password_button.clicked.connect(self.reset_password)
        self.active_button.clicked.connect(self.toggle_active)
        self.unlock_button.clicked.connect(self.unlock)
        self.role_button.clicked.connect(self.apply_role)
        self.refresh()
        self.focus_first(self.filter_edit)

    def screen_title(self) -> str:
        return self.tr("Users")

    def refresh(self, select: str | None = None) -> None:
        current = self.current()
        keep = select or (current.username if current else None)
        role = self.show_combo.currentData()
        found = self.call(users.list_users, self.ctx, self.principal, role) or []
        self.model.set_rows(found)
        self.select_user(keep)
        self._update_buttons()

    def select_user(self, username: str | None) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, UsersTableModel.COL_USERNAME)
            if index.data() == username or (username is None and row == 0):
                self.view.selectRow(row)
                self.view.scrollTo(index)
                return

    def current(self) -> UserInfo | None:
        row = selected_source_row(self.view)
        return None if row is None else self.model.record(row)

    def _update_buttons(self, *_args: object) -> None:
        user = self.current()
        for button in (self.active_button, self.password_button, self.role_button):
            button.setEnabled(user is not None)
        self.unlock_button.setEnabled(user is not None and user.locked)
        if user is not None:
            self.active_button.setText(
                self.tr("&Deactivate") if user.active else self.tr("Re&activate")
            )
            self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(user.role)))

    def _done(self, text: str, username: str) -> None:
        self.status.setText(text.replace("%1", username))
        set_role(self.status, "success")
        self.refresh(select=username)

    # ---- actions ------------------------------------------------------------------------
    def new_user(self) -> None:
        dialog = NewUserDialog(self, self.ctx, self.principal)

        def created() -> None:
            info = dialog.result_value
            if isinstance(info, UserInfo):
                self.show_combo.setCurrentIndex(0)
                self._done(self.tr("The account %1 was created."), info.username)

        dialog.accepted.connect(created)
        dialog.open()

    def reset_password(self) -> None:
        user = self.current()
        if user is None:
            return
        dialog = PasswordDialog(self, self.ctx, self.principal, user.username, user.full_name)
        dialog.accepted.connect(
            lambda: self._done(self.tr("The password of %1 was changed."), user.username)
        )
        dialog.open()

    def toggle_active(self) -> None:
        user = self.current()
        if user is None:
            return
        if self.call(users.set_active, self.ctx, self.principal, user.username, not user.active):
            if user.active:
                self._done(self.tr("%1 can no longer log in (deactivated)."), user.username)
            else:
                self._done(self.tr("%1 can log in again (reactivated)."), user.username)

    def unlock(self) -> None:
        user = self.current()
        if user is None:
            return
        if self.call(users.unlock, self.ctx, self.principal, user.username):
            self._done(self.tr("%1 is unlocked and can log in again."), user.username)

    def apply_role(self) -> None:
        user = self.current()
        role = self.role_combo.currentData()
        if user is None or role == user.role:
            return
        if self.call(users.set_role, self.ctx, self.principal, user.username, role):
            text = self.tr("%1 is now: %2.").replace("%2", self.role_combo.currentText())
            self._done(text, user.username)
