"""The keys screen: this computer's key, trusted keys (import, remove), publisher key pairs,
and the "refuse unsigned modules" setting; all through the real services."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.gui.shell import Shell
from mobilaze_training.gui.sync.keys import KeysScreen
from mobilaze_training.services import keys, setup
from mobilaze_training.settings import Settings
from tests.gui.support import ADMIN_PASSWORD, Classroom, Driver


def keys_screen(drive: Driver, make_shell: Callable[..., Shell], room: Classroom) -> KeysScreen:
    shell = make_shell(room.ctx)
    drive.login(shell, "admin", ADMIN_PASSWORD)
    screen = shell.show_screen(lambda: KeysScreen(shell))
    assert isinstance(screen, KeysScreen)
    return screen


def trusted(room: Classroom) -> set[tuple[str, str]]:
    return {(k.kind, k.key_id) for k in keys.list_keys(room.ctx, SYSTEM)}


def test_this_computers_key_is_shown_and_copied(
    drive: Driver, classroom: Classroom, make_shell: Callable[..., Shell]
) -> None:
    screen = keys_screen(drive, make_shell, classroom)
    line = keys.export_machine_key(classroom.ctx, SYSTEM)
    assert screen.find(QLabel, "keyIdLabel").text() == line.key_id
    assert screen.public_edit.text() == line.text().strip()
    assert setup.machine_id(classroom.ctx) in screen.find(QLabel, "machineIdLabel").text()
    drive.click(screen.copy_button)
    assert QGuiApplication.clipboard().text() == line.text().strip()
    assert "copied" in screen.status.text()


def test_a_publisher_key_is_generated_imported_listed_and_removed(
    qtbot: QtBot,
    drive: Driver,
    classroom: Classroom,
    make_shell: Callable[..., Shell],
    tmp_path: Path,
) -> None:
    screen = keys_screen(drive, make_shell, classroom)
    assert screen.model.rowCount() == 0 and not screen.remove_button.isEnabled()

    # a key pair made for another computer: not trusted here
    dialog = screen.generate_key()
    drive.type(dialog.label_edit, "Kurs qrupu (Bakı)")
    dialog.file_edit.setText(str(tmp_path / "keys" / "publisher"))
    qtbot.keyClick(dialog.trust_check, Qt.Key.Key_Space)
    assert not dialog.trust_check.isChecked()
    drive.click(dialog.ok_button())
    qtbot.waitUntil(lambda: "publisher key" in screen.status.text(), timeout=10_000)
    private, public = tmp_path / "keys" / "publisher.pem", tmp_path / "keys" / "publisher.pub"
    assert private.is_file() and public.is_file()
    assert str(private) in screen.status.text() and str(public) in screen.status.text()
    assert trusted(classroom) == set()

    # imported as a publisher's key, with a label of our own
    dialog = screen.import_key()
    drive.click(dialog.publisher_radio)
    dialog.file_edit.setText(str(public))
    drive.type(dialog.label_edit, "Nəşrçi: kurs qrupu")
    qtbot.keyClick(dialog.label_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=10_000)
    info = screen.model.record(0)
    assert (info.kind, info.label) == ("publisher", "Nəşrçi: kurs qrupu")
    assert screen.model.text(0, screen.model.COL_KIND) == "Publisher"
    assert trusted(classroom) == {("publisher", info.key_id)}
    assert screen.remove_button.isEnabled()  # the new key is selected

    # removed after confirmation (declined first)
    drive.click(screen.remove_button)
    drive.answer(screen.shell, "removeKeyQuestion", yes=False)
    assert trusted(classroom) == {("publisher", info.key_id)}
    drive.click(screen.remove_button)
    drive.answer(screen.shell, "removeKeyQuestion", yes=True)
    assert trusted(classroom) == set()
    assert screen.model.rowCount() == 0
    assert "no longer trusted" in screen.status.text()


def test_a_generated_key_can_be_trusted_at_once_and_names_are_not_overwritten(
    qtbot: QtBot,
    drive: Driver,
    classroom: Classroom,
    make_shell: Callable[..., Shell],
    tmp_path: Path,
) -> None:
    screen = keys_screen(drive, make_shell, classroom)
    dialog = screen.generate_key()
    drive.click(dialog.ok_button())
    assert "label" in dialog.find(QLabel, "problemLabel").text()
    drive.type(dialog.label_edit, "Course team")
    dialog.file_edit.setText(str(tmp_path / "team.pem"))
    drive.click(dialog.ok_button())
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=10_000)
    assert "This computer trusts it." in screen.status.text()
    assert screen.model.record(0).kind == "publisher"

    again = screen.generate_key()
    drive.type(again.label_edit, "Course team 2")
    again.file_edit.setText(str(tmp_path / "team.pem"))
    drive.click(again.ok_button())
    assert "exists already" in again.find(QLabel, "problemLabel").text()
    again.reject()


def test_importing_this_computers_own_key_is_refused_in_the_dialog(
    qtbot: QtBot,
    drive: Driver,
    classroom: Classroom,
    make_shell: Callable[..., Shell],
    tmp_path: Path,
) -> None:
    own = tmp_path / "own.pub"
    keys.export_machine_key(classroom.ctx, SYSTEM, own)
    screen = keys_screen(drive, make_shell, classroom)
    dialog = screen.import_key()
    drive.click(dialog.ok_button())
    assert "Choose the key file" in dialog.find(QLabel, "problemLabel").text()
    dialog.file_edit.setText(str(own))
    drive.click(dialog.ok_button())
    problem = dialog.find(QLabel, "problemLabel")
    qtbot.waitUntil(lambda: "own key" in problem.text(), timeout=10_000)
    assert dialog.isVisible() and trusted(classroom) == set()
    dialog.reject()


def test_refusing_unsigned_modules_is_saved(
    drive: Driver, classroom: Classroom, make_shell: Callable[..., Shell]
) -> None:
    screen = keys_screen(drive, make_shell, classroom)
    assert not screen.signed.isChecked()
    drive.click(screen.signed)
    assert classroom.ctx.settings.require_signed_modules
    assert Settings.load(classroom.data_dir).require_signed_modules
    assert "No publisher key is trusted yet" in screen.status.text()
    drive.click(screen.signed)
    assert not Settings.load(classroom.data_dir).require_signed_modules


@pytest.mark.parametrize("name", ["saveButton"])
def test_saving_the_key_can_be_cancelled(
    drive: Driver,
    classroom: Classroom,
    make_shell: Callable[..., Shell],
    monkeypatch: pytest.MonkeyPatch,
    name: str,
) -> None:
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: ("", ""))
    screen = keys_screen(drive, make_shell, classroom)
    drive.click(screen.find(QPushButton, name))
    assert not screen.status.isVisible()
