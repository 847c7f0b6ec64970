"""Start of the program: first-run wizard, login, lockout, session timeout, language switch."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QRadioButton
from pytestqt.qtbot import QtBot

from mobilaze_training.auth.permissions import SYSTEM, Role
from mobilaze_training.gui import i18n
from mobilaze_training.gui.i18n import LanguageManager
from mobilaze_training.gui.login import LoginScreen
from mobilaze_training.gui.shell import Shell
from mobilaze_training.gui.wizard import DONE, INSTALL, FirstRunWizard, folder_installer
from mobilaze_training.services import courses, users
from mobilaze_training.services.context import open_app
from mobilaze_training.settings import Settings
from tests.gui.support import ADMIN_PASSWORD, MODULE_ID, PASSWORD, Classroom, Driver


def _walk_wizard(qtbot: QtBot, drive: Driver, shell: Shell, centre: str) -> FirstRunWizard:
    wizard = shell.current_screen()
    assert isinstance(wizard, FirstRunWizard)
    assert wizard.find(QRadioButton, "enRadio").isChecked()
    drive.click(wizard.next_button)
    edit = wizard.find(QLineEdit, "centreEdit")
    assert edit.hasFocus()
    edit.clear()
    drive.type(edit, centre)
    drive.click(wizard.next_button)
    assert wizard.find(QLineEdit, "usernameEdit").hasFocus()
    wizard.find(QLineEdit, "usernameEdit").clear()
    qtbot.keyClicks(wizard.find(QLineEdit, "usernameEdit"), "chief")
    drive.type(wizard.find(QLineEdit, "fullNameEdit"), "Məmmədov Rəşad")
    qtbot.keyClicks(wizard.find(QLineEdit, "passwordEdit"), "secret-pass-1")
    qtbot.keyClicks(wizard.find(QLineEdit, "repeatEdit"), "secret-pass-2")
    drive.click(wizard.next_button)
    assert "not the same" in wizard.error_label.text()
    assert wizard.error_label.isVisible()
    wizard.find(QLineEdit, "repeatEdit").clear()
    qtbot.keyClicks(wizard.find(QLineEdit, "repeatEdit"), "secret-pass-1")
    qtbot.keyClick(wizard.find(QLineEdit, "repeatEdit"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.state.page in (INSTALL, DONE), timeout=10_000)
    qtbot.waitUntil(lambda: wizard.state.page == DONE, timeout=30_000)
    return wizard


def test_first_run_wizard_creates_admin_and_installs_modules(
    qtbot: QtBot, drive: Driver, tmp_path: Path, module_path: Path, make_shell: Callable[..., Shell]
) -> None:
    ctx = open_app(tmp_path / "data")
    shell = make_shell(ctx, installer=folder_installer([module_path]))
    wizard = _walk_wizard(qtbot, drive, shell, "Bakı Sərhəd Təlim Mərkəzi")

    assert users.count_admins(ctx) == 1
    admin = users.list_users(ctx, SYSTEM)[0]
    assert (admin.username, admin.full_name, admin.role) == ("chief", "Məmmədov Rəşad", "admin")
    assert [m.module_id for m in courses.list_modules(ctx, SYSTEM)] == [MODULE_ID]
    assert Settings.load(ctx.data_dir).centre_name == "Bakı Sərhəd Təlim Mərkəzi"
    assert "chief" in wizard.find(QLabel, "doneSummary").text()

    drive.click(wizard.next_button)  # "Go to login"
    login = shell.current_screen()
    assert isinstance(login, LoginScreen)
    assert login.find(QLabel, "centreLabel").text() == "Bakı Sərhəd Təlim Mərkəzi"
    home = drive.login(shell, "chief", "secret-pass-1")
    assert shell.principal is not None and shell.principal.role == Role.ADMIN
    assert not isinstance(home, LoginScreen)
    ctx.close()


@pytest.mark.slow
def test_first_run_wizard_installs_the_standard_modules(
    qtbot: QtBot, drive: Driver, tmp_path: Path, make_shell: Callable[..., Shell]
) -> None:
    ctx = open_app(tmp_path / "data")
    shell = make_shell(ctx)
    _walk_wizard(qtbot, drive, shell, "Centre")
    installed = {m.module_id for m in courses.list_modules(ctx, SYSTEM)}
    standard = {p.name for p in courses.standard_module_paths()}
    assert standard and installed == standard
    ctx.close()


def test_wizard_keeps_typed_values_when_the_language_changes(
    qtbot: QtBot, drive: Driver, tmp_path: Path, module_path: Path, make_shell: Callable[..., Shell]
) -> None:
    ctx = open_app(tmp_path / "data")
    shell = make_shell(ctx, installer=folder_installer([module_path]))
    wizard = shell.current_screen()
    assert isinstance(wizard, FirstRunWizard)
    drive.click(wizard.find(QRadioButton, "ruRadio"))
    assert shell.languages.current == "ru"
    assert ctx.settings.default_language == "ru"
    rebuilt = shell.current_screen()
    assert isinstance(rebuilt, FirstRunWizard) and rebuilt is not wizard
    assert rebuilt.find(QRadioButton, "ruRadio").isChecked()
    drive.click(rebuilt.next_button)
    drive.type(rebuilt.centre_edit, " Gəncə")
    shell.set_language("en")
    again = shell.current_screen()
    assert isinstance(again, FirstRunWizard)
    assert again.centre_edit.text().endswith("Gəncə")
    assert again.pages.currentIndex() == 1
    ctx.close()


def test_login_failure_and_lockout_are_explained(
    qtbot: QtBot, drive: Driver, classroom: Classroom, make_shell: Callable[..., Shell]
) -> None:
    shell = make_shell(classroom.ctx)
    login = shell.current_screen()
    assert isinstance(login, LoginScreen)
    assert not login.error_label.isVisible()
    drive.click(login.login_button)
    assert "Enter your username and password" in login.error_label.text()
    qtbot.keyClicks(login.username_edit, classroom.trainee)
    for _ in range(users.MAX_FAILED_LOGINS):
        qtbot.keyClicks(login.password_edit, "wrong-password")
        qtbot.keyClick(login.password_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: login.login_button.isEnabled() and login.error_label.isVisible())
    assert "locked" in login.error_label.text() or "not right" in login.error_label.text()
    qtbot.keyClicks(login.password_edit, PASSWORD)
    qtbot.keyClick(login.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "locked" in login.error_label.text(), timeout=10_000)
    assert shell.principal is None
    assert login.password_edit.text() == ""


def test_admin_gets_a_home_screen(
    drive: Driver, classroom: Classroom, make_shell: Callable[..., Shell]
) -> None:
    shell = make_shell(classroom.ctx)
    home = drive.login(shell, classroom.admin, ADMIN_PASSWORD)
    assert shell.principal is not None and shell.principal.role == Role.ADMIN
    assert type(home).__name__ in ("AdminHome", "PlaceholderHome")
    assert shell.logout_button.isVisible()
    drive.click(shell.logout_button)
    assert isinstance(shell.current_screen(), LoginScreen)
    assert shell.principal is None


def test_idle_session_ends_and_activity_restarts_the_timer(
    qtbot: QtBot, drive: Driver, classroom: Classroom, make_shell: Callable[..., Shell]
) -> None:
    shell = make_shell(classroom.ctx)
    home = drive.login(shell, classroom.trainee, PASSWORD)
    full = classroom.ctx.settings.session_timeout_minutes * 60_000
    assert shell.idle.isActive()
    shell.idle.start(5_000)
    qtbot.keyClick(home, Qt.Key.Key_Tab)  # any key press counts as activity
    assert shell.idle.remainingTime() > full - 5_000
    shell.idle.start(50)  # as if the trainee walked away from the laptop
    qtbot.waitUntil(lambda: isinstance(shell.current_screen(), LoginScreen), timeout=5_000)
    login = shell.current_screen()
    assert isinstance(login, LoginScreen)
    assert shell.principal is None
    assert login.notice_label.isVisible()
    assert "without activity" in login.notice_label.text()


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context><name>LoginScreen</name>
<message><source>&amp;Username:</source><translation>&amp;Имя пользователя:</translation></message>
<message><source>Log &amp;in</source><translation>&amp;Войти</translation></message>
<message><source>Log in</source><translation>Вход</translation></message>
</context>
<context><name>Shell</name>
<message><source>&amp;Language:</source><translation>&amp;Язык:</translation></message>
</context>
</TS>
"""


@pytest.fixture
def russian_qm(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A tiny Russian translation built with pyside6-lrelease, where i18n looks for it."""
    folder = tmp_path / "i18n" / "resources" / "translations"
    folder.mkdir(parents=True)
    (folder / "mobilaze_ru.ts").write_text(TS, encoding="utf-8")
    lrelease = Path(i18n.__file__).parents[2] / ".venv" / "bin" / "pyside6-lrelease"
    command = [str(lrelease) if lrelease.exists() else "pyside6-lrelease", "-silent"]
    subprocess.run([*command, str(folder / "mobilaze_ru.ts")], check=True)
    assert (folder / "mobilaze_ru.qm").is_file()
    monkeypatch.setattr(i18n, "resource_path", lambda *parts: tmp_path / "i18n" / Path(*parts))
    return folder / "mobilaze_ru.qm"


def test_switching_language_retranslates_without_restart(
    qtbot: QtBot,
    drive: Driver,
    classroom: Classroom,
    make_shell: Callable[..., Shell],
    languages: LanguageManager,
    russian_qm: Path,
) -> None:
    shell = make_shell(classroom.ctx)
    login = shell.current_screen()
    assert isinstance(login, LoginScreen)
    assert login.find(QLabel, "usernameLabel").text() == "&Username:"
    assert shell.title_label.text() == "Log in"

    qtbot.keyClicks(login.username_edit, classroom.trainee)
    drive.click(login.find(QPushButton, "ruButton"))

    russian = shell.current_screen()
    assert isinstance(russian, LoginScreen) and russian is not login
    assert languages.current == "ru"
    assert QLocale().name().startswith("ru")
    assert russian.find(QLabel, "usernameLabel").text() == "&Имя пользователя:"
    assert russian.login_button.text() == "&Войти"
    assert shell.title_label.text() == "Вход"
    assert shell.language_combo.currentData() == "ru"
    assert russian.find(QPushButton, "ruButton").isChecked()
    assert russian.username_edit.text() == classroom.trainee  # kept across the rebuild
    assert russian.password_edit.hasFocus()

    shell.language_combo.setCurrentIndex(shell.language_combo.findData("en"))
    english = shell.current_screen()
    assert isinstance(english, LoginScreen)
    assert english.find(QLabel, "usernameLabel").text() == "&Username:"
    # The rebuilt screen still works: log in and the trainee home appears.
    english.username_edit.clear()
    drive.login(shell, classroom.trainee, PASSWORD)
    assert shell.principal is not None
