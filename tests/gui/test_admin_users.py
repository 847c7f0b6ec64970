"""The users screen: create an account, unlock a locked one, deactivate, role, password."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCommandLinkButton, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.gui import dialogs
from mobilaze_training.gui.admin.home import AdminHome
from mobilaze_training.gui.admin.user_dialogs import NewUserDialog, PasswordDialog
from mobilaze_training.gui.admin.users import UsersScreen
from mobilaze_training.gui.models.tables import UsersTableModel
from mobilaze_training.gui.shell import Shell
from mobilaze_training.services import users
from mobilaze_training.services.users import LoginFailed
from tests.gui.support import ADMIN_PASSWORD, PASSWORD, Classroom, Driver


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, error, *_a: shown.append(str(error)))
    return shown


def dialog_of(qtbot: QtBot, parent: QWidget, kind: type) -> object:
    found: list[object] = []

    def shown() -> bool:
        dialog = parent.findChild(kind)
        if dialog is not None and dialog.isVisible():
            found.append(dialog)
            return True
        return False

    qtbot.waitUntil(shown, timeout=5_000)
    return found[0]


def closed(dialog: object) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()  # type: ignore[attr-defined]


def open_users(drive: Driver, shell: Shell) -> UsersScreen:
    home = drive.login(shell, "admin", ADMIN_PASSWORD)
    assert isinstance(home, AdminHome)
    drive.click(home.find(QCommandLinkButton, "usersButton"))
    screen = shell.current_screen()
    assert isinstance(screen, UsersScreen)
    return screen


def row_of(screen: UsersScreen, username: str) -> int:
    for row in range(screen.proxy.rowCount()):
        if screen.proxy.index(row, UsersTableModel.COL_USERNAME).data() == username:
            return row
    raise AssertionError(f"{username} is not listed")


def test_admin_creates_a_user_with_the_keyboard(
    qtbot: QtBot,
    drive: Driver,
    classroom: Classroom,
    make_shell: Callable[..., Shell],
    shown_errors: list[str],
) -> None:
    shell = make_shell(classroom.ctx)
    screen = open_users(drive, shell)
    assert screen.model.rowCount() == 2
    drive.click(screen.find(QPushButton, "newUserButton"))
    dialog = dialog_of(qtbot, screen, NewUserDialog)
    assert isinstance(dialog, NewUserDialog)
    assert dialog.focusWidget() is dialog.username  # typing starts in the first field
    qtbot.keyClicks(dialog.username, "mammadova.aynur")
    drive.type(dialog.full_name, "Məmmədova Aynur")
    dialog.role.setCurrentIndex(dialog.role.findData("instructor"))
    dialog.language.setCurrentIndex(dialog.language.findData("ru"))
    qtbot.keyClicks(dialog.password, "short")
    qtbot.keyClicks(dialog.repeat, "short")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    problem = dialog.find(QLabel, "problemLabel")
    assert problem.isVisible() and "at least 8 characters" in problem.text()
    dialog.password.clear()
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.password, "aynur-pass-1")
    qtbot.keyClicks(dialog.repeat, "aynur-pass-1")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: closed(dialog), timeout=10_000)

    created = {u.username: u for u in users.list_users(classroom.ctx, SYSTEM)}
    info = created["mammadova.aynur"]
    assert (info.full_name, info.role, info.language) == ("Məmmədova Aynur", "instructor", "ru")
    assert users.login(classroom.ctx, "mammadova.aynur", "aynur-pass-1").username == info.username
    assert screen.model.rowCount() == 3
    row = row_of(screen, "mammadova.aynur")
    assert screen.view.currentIndex().row() == row
    assert screen.proxy.index(row, UsersTableModel.COL_ROLE).data() == "Instructor"
    assert screen.status.text() == "The account mammadova.aynur was created."

    # a taken username is refused inside the dialog, which stays open
    drive.click(screen.find(QPushButton, "newUserButton"))
    again = dialog_of(qtbot, screen, NewUserDialog)
    assert isinstance(again, NewUserDialog)
    qtbot.keyClicks(again.username, "admin")
    qtbot.keyClicks(again.full_name, "Someone")
    qtbot.keyClicks(again.password, "another-pass")
    qtbot.keyClicks(again.repeat, "another-pass")
    qtbot.keyClick(again.repeat, Qt.Key.Key_Return)
    label = again.find(QLabel, "problemLabel")
    qtbot.waitUntil(lambda: "taken" in label.text(), timeout=10_000)
    assert again.isVisible()
    again.reject()
    assert shown_errors == []


def test_admin_unlocks_a_locked_account(
    qtbot: QtBot,
    drive: Driver,
    classroom: Classroom,
    make_shell: Callable[..., Shell],
    shown_errors: list[str],
) -> None:
    ctx = classroom.ctx
    for _ in range(users.MAX_FAILED_LOGINS):
        with pytest.raises(LoginFailed):
            users.login(ctx, classroom.trainee, "wrong password")
    with pytest.raises(LoginFailed, match="locked"):
        users.login(ctx, classroom.trainee, PASSWORD)

    shell = make_shell(ctx)
    screen = open_users(drive, shell)
    row = row_of(screen, classroom.trainee)
    assert screen.proxy.index(row, UsersTableModel.COL_LOCKED).data() == "Locked"
    screen.view.selectRow(row_of(screen, "admin"))
    assert not screen.unlock_button.isEnabled()
    screen.view.selectRow(row)
    assert screen.unlock_button.isEnabled()
    drive.click(screen.unlock_button)

    assert not next(
        u for u in users.list_users(ctx, SYSTEM) if u.username == classroom.trainee
    ).locked
    assert users.login(ctx, classroom.trainee, PASSWORD).username == classroom.trainee
    row = row_of(screen, classroom.trainee)
    assert screen.proxy.index(row, UsersTableModel.COL_LOCKED).data() == ""
    assert not screen.unlock_button.isEnabled()
    assert "unlocked" in screen.status.text()
    assert shown_errors == []


def test_deactivate_reactivate_role_and_password(
    qtbot: QtBot,
    drive: Driver,
    classroom: Classroom,
    make_shell: Callable[..., Shell],
    shown_errors: list[str],
) -> None:
    ctx = classroom.ctx
    shell = make_shell(ctx)
    screen = open_users(drive, shell)
    screen.view.selectRow(row_of(screen, classroom.trainee))
    assert screen.active_button.text() == "&Deactivate"
    drive.click(screen.active_button)
    with pytest.raises(LoginFailed, match="deactivated"):
        users.login(ctx, classroom.trainee, PASSWORD)
    assert screen.active_button.text() == "Re&activate"
    drive.click(screen.active_button)
    assert users.login(ctx, classroom.trainee, PASSWORD)

    screen.role_combo.setCurrentIndex(screen.role_combo.findData("instructor"))
    drive.click(screen.role_button)
    assert users.login(ctx, classroom.trainee, PASSWORD).role == "instructor"

    drive.click(screen.password_button)
    dialog = dialog_of(qtbot, screen, PasswordDialog)
    assert isinstance(dialog, PasswordDialog)
    assert "Əliyev Həsən" in dialog.find(QLabel, "introLabel").text()
    qtbot.keyClicks(dialog.password, "new-secret-9")
    qtbot.keyClicks(dialog.repeat, "new-secret-9")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: closed(dialog), timeout=10_000)
    assert users.login(ctx, classroom.trainee, "new-secret-9")

    # the last administrator cannot be deactivated: refused with a clear message
    screen.view.selectRow(row_of(screen, "admin"))
    drive.click(screen.active_button)
    assert shown_errors and "last active administrator" in shown_errors[0]
