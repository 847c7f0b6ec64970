"""Backup and restore from the administrator's screen, with confirmation before restoring."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QCommandLinkButton, QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.gui import dialogs
from mobilaze_training.gui.admin.backup import BackupScreen
from mobilaze_training.gui.admin.home import AdminHome
from mobilaze_training.gui.login import LoginScreen
from mobilaze_training.gui.shell import Shell
from mobilaze_training.services import users
from tests.gui.support import ADMIN_PASSWORD, Classroom, Driver


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, error, *_a: shown.append(str(error)))
    return shown


def usernames(room: Classroom) -> set[str]:
    return {u.username for u in users.list_users(room.ctx, SYSTEM)}


def visible_question(qtbot: QtBot, screen: BackupScreen) -> QMessageBox:
    found: list[QMessageBox] = []

    def shown() -> bool:
        found[:] = [b for b in screen.findChildren(QMessageBox, "restoreQuestion") if b.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=5_000)
    return found[0]


def test_backup_then_restore_after_confirmation(
    qtbot: QtBot,
    drive: Driver,
    classroom: Classroom,
    tmp_path: Path,
    make_shell: Callable[..., Shell],
    monkeypatch: pytest.MonkeyPatch,
    shown_errors: list[str],
) -> None:
    out = tmp_path / "saved" / "centre-backup"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out), ""))
    shell = make_shell(classroom.ctx)
    home = drive.login(shell, "admin", ADMIN_PASSWORD)
    assert isinstance(home, AdminHome)
    drive.click(home.find(QCommandLinkButton, "backupButton"))
    screen = shell.current_screen()
    assert isinstance(screen, BackupScreen)

    drive.click(screen.create_button)
    qtbot.waitUntil(lambda: screen.working is None, timeout=20_000)
    made = out.with_suffix(".zip")
    assert made.is_file()
    assert str(made) in screen.result.text()
    assert not screen.progress.isVisible()

    # a change after the backup, which the restore takes back
    users.add_user(classroom.ctx, SYSTEM, "later", "Sonra Gələn", "trainee", "later-pass-1")
    assert "later" in usernames(classroom)

    # the question can be declined: nothing happens
    box = screen.ask_restore(made)
    assert isinstance(box, QMessageBox)
    assert "log in again" in box.text() and "ALL current data" in box.text()
    drive.click(box.button(QMessageBox.StandardButton.Cancel))
    assert "later" in usernames(classroom)

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(made), ""))
    drive.click(screen.restore_button)
    box = visible_question(qtbot, screen)
    restore = next(b for b in box.findChildren(QPushButton) if "Restore" in b.text())
    drive.click(restore)
    qtbot.waitUntil(lambda: isinstance(shell.current_screen(), LoginScreen), timeout=20_000)

    assert shell.principal is None  # everyone logs in again
    assert "later" not in usernames(classroom)
    assert {"admin", classroom.trainee} <= usernames(classroom)
    message = shell.findChild(QMessageBox, "restoredMessage")
    assert message is not None and "log in again" in message.text()
    message.close()
    assert list((classroom.data_dir / "backups").glob("before-restore-*.sqlite3"))
    assert shown_errors == []


def test_restoring_a_file_that_is_not_a_backup_is_refused(
    qtbot: QtBot,
    drive: Driver,
    classroom: Classroom,
    tmp_path: Path,
    make_shell: Callable[..., Shell],
    shown_errors: list[str],
) -> None:
    bogus = tmp_path / "holiday-photos.zip"
    bogus.write_bytes(b"not a zip at all")
    shell = make_shell(classroom.ctx)
    drive.login(shell, "admin", ADMIN_PASSWORD)
    shell.show_screen(lambda: BackupScreen(shell))
    screen = shell.current_screen()
    assert isinstance(screen, BackupScreen)
    assert screen.ask_restore(bogus) is None
    assert shown_errors and "not a readable MOBILAZE Training backup" in shown_errors[0]
