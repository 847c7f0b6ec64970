"""Fixtures for the GUI tests: a data folder with users, a cohort and the test module.

Everything goes through the real services on a real SQLite database in tmp_path.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.gui.i18n import LanguageManager
from mobilaze_training.gui.shell import Shell
from mobilaze_training.gui.startup import build_main_window
from mobilaze_training.services import cohorts, courses, users
from mobilaze_training.services.context import AppContext, open_app
from tests.gui.support import (
    ADMIN_PASSWORD,
    MODULE_ID,
    PASSWORD,
    Classroom,
    Driver,
    write_test_module,
)


@pytest.fixture
def languages(qapp: QApplication) -> Iterator[LanguageManager]:
    manager = LanguageManager()
    manager.set_language("en")
    yield manager
    manager.set_language("en")


@pytest.fixture
def module_path(tmp_path: Path) -> Path:
    return write_test_module(tmp_path / "modules")


@pytest.fixture
def classroom(tmp_path: Path, module_path: Path) -> Iterator[Classroom]:
    data = tmp_path / "data"
    ctx = open_app(data)
    users.add_user(ctx, SYSTEM, "admin", "Administrator", "admin", ADMIN_PASSWORD)
    users.add_user(ctx, SYSTEM, "aliyev.hasan", "Əliyev Həsən", "trainee", PASSWORD, "az")
    courses.install(ctx, SYSTEM, module_path)
    cohorts.create_cohort(ctx, SYSTEM, "Group 1")
    cohorts.enrol(ctx, SYSTEM, "Group 1", ["aliyev.hasan"])
    cohorts.assign(ctx, SYSTEM, "Group 1", MODULE_ID)
    room = Classroom(data, ctx, module_path)
    yield room
    ctx.close()


@pytest.fixture
def make_shell(qtbot: QtBot, languages: LanguageManager) -> Iterator[Callable[..., Shell]]:
    """Build the real main window on a data folder, shown offscreen; closed at the end."""
    shells: list[Shell] = []

    def make(ctx: AppContext, **kwargs: Any) -> Shell:
        shell = build_main_window(ctx, languages, **kwargs)
        qtbot.addWidget(shell)
        with qtbot.waitActive(shell):
            shell.show()
            shell.activateWindow()
        shells.append(shell)
        return shell

    yield make
    for shell in shells:
        shell.close()


@pytest.fixture
def drive(qtbot: QtBot) -> Driver:
    return Driver(qtbot)
