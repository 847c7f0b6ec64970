"""The settings screen, and the administrator's home reaching the instructor's tools."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication, QCommandLinkButton, QPushButton
from pytestqt.qtbot import QtBot

from mobilaze_training.gui import dialogs
from mobilaze_training.gui.admin.home import AdminHome
from mobilaze_training.gui.admin.settings import SettingsScreen
from mobilaze_training.gui.instructor.cohort import CohortScreen
from mobilaze_training.gui.instructor.grading import GradingScreen
from mobilaze_training.gui.instructor.home import InstructorHome
from mobilaze_training.gui.shell import Shell
from mobilaze_training.gui.theme import BASE_POINTS, apply_theme
from mobilaze_training.settings import Settings
from tests.gui.support import ADMIN_PASSWORD, Classroom, Driver


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, error, *_a: shown.append(str(error)))
    return shown


@pytest.fixture
def default_look(qapp: QApplication) -> Iterator[None]:
    """The theme is application-wide: put the default back for the tests that follow."""
    yield
    apply_theme(qapp, Settings())


def test_settings_are_saved_and_the_theme_applied(
    qtbot: QtBot,
    drive: Driver,
    classroom: Classroom,
    make_shell: Callable[..., Shell],
    shown_errors: list[str],
    default_look: None,
) -> None:
    shell = make_shell(classroom.ctx)
    home = drive.login(shell, "admin", ADMIN_PASSWORD)
    assert isinstance(home, AdminHome)
    drive.click(home.find(QCommandLinkButton, "settingsButton"))
    screen = shell.current_screen()
    assert isinstance(screen, SettingsScreen)
    assert screen.centre.hasFocus() or screen.focusWidget() is screen.centre
    screen.centre.clear()
    drive.type(screen.centre, "Bakı Sərhəd Təlim Mərkəzi")
    screen.language.setCurrentIndex(screen.language.findData("ru"))
    screen.timeout.setValue(30)
    screen.font_scale.setValue(125)
    screen.contrast.setChecked(True)
    drive.click(screen.find(QPushButton, "saveButton"))

    saved = Settings.load(classroom.data_dir)
    assert saved.centre_name == "Bakı Sərhəd Təlim Mərkəzi"
    assert saved.default_language == "ru"
    assert saved.session_timeout_minutes == 30
    assert saved.font_scale_percent == 125
    assert saved.high_contrast
    assert classroom.ctx.settings == saved
    assert shell.idle.interval() == 30 * 60 * 1000
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    assert app.font().pointSizeF() == pytest.approx(BASE_POINTS * 1.25, abs=0.1)
    assert screen.status.text() == "The settings are saved."

    # an empty centre name is refused and nothing changes
    screen.centre.clear()
    drive.click(screen.find(QPushButton, "saveButton"))
    assert shown_errors and "must not be empty" in shown_errors[0]
    assert Settings.load(classroom.data_dir).centre_name == "Bakı Sərhəd Təlim Mərkəzi"
    drive.click(screen.find(QPushButton, "revertButton"))
    assert screen.centre.text() == "Bakı Sərhəd Təlim Mərkəzi"


def test_admin_reaches_cohorts_progress_and_grading(
    qtbot: QtBot,
    drive: Driver,
    classroom: Classroom,
    make_shell: Callable[..., Shell],
    shown_errors: list[str],
) -> None:
    shell = make_shell(classroom.ctx)
    home = drive.login(shell, "admin", ADMIN_PASSWORD)
    assert isinstance(home, AdminHome)
    assert "1 module(s) installed" in home.find_summary()
    drive.click(home.find(QCommandLinkButton, "cohortsButton"))
    cohorts_home = shell.current_screen()
    assert isinstance(cohorts_home, InstructorHome)
    assert cohorts_home.model.rowCount() == 1  # an administrator sees every cohort
    drive.click(cohorts_home.find(QPushButton, "openCohortButton"))
    screen = shell.current_screen()
    assert isinstance(screen, CohortScreen) and screen.cohort_name == "Group 1"
    qtbot.waitUntil(lambda: screen.loading is None, timeout=10_000)
    assert screen.model.rowCount() == 1
    shell.back()
    shell.back()
    home = shell.current_screen()
    assert isinstance(home, AdminHome)
    drive.click(home.find(QCommandLinkButton, "gradingButton"))
    assert isinstance(shell.current_screen(), GradingScreen)
    assert shown_errors == []


def test_language_switch_rebuilds_the_staff_screens(
    qtbot: QtBot, drive: Driver, classroom: Classroom, make_shell: Callable[..., Shell]
) -> None:
    shell = make_shell(classroom.ctx)
    drive.login(shell, "admin", ADMIN_PASSWORD)
    shell.show_screen(lambda: CohortScreen(shell, "Group 1"))
    before = shell.current_screen()
    shell.set_language("az")
    after = shell.current_screen()
    assert isinstance(after, CohortScreen) and after is not before
    qtbot.waitUntil(lambda: after.loading is None, timeout=10_000)
    assert after.model.rowCount() == 1
    shell.set_language("en")
