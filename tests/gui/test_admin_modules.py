"""Installing modules: every problem of a broken module is listed; warnings after success."""

from __future__ import annotations

import re
import shutil
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QCommandLinkButton,
    QFileDialog,
    QLabel,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.gui import dialogs
from mobilaze_training.gui.admin.home import AdminHome
from mobilaze_training.gui.admin.modules import ModulesScreen
from mobilaze_training.gui.models.tables import ProblemsTableModel
from mobilaze_training.gui.shell import Shell
from mobilaze_training.services import courses, users
from mobilaze_training.services.context import open_app
from tests.gui.support import ADMIN_PASSWORD, MODULE_ID, Classroom, Driver


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, error, *_a: shown.append(str(error)))
    return shown


def broken_copy(module_path: Path, root: Path) -> Path:
    """The test module with three mistakes in two files."""
    folder = root / "broken-module"
    shutil.copytree(module_path, folder)
    manifest = folder / "module.yaml"
    text = manifest.read_text(encoding="utf-8")
    text = text.replace("version: 1.0.0\n", "version: 1.0.0\nauthor: typo\n")  # unknown field
    text = text.replace("q-tf, q-short", "q-tf, q-missing")  # unknown question
    manifest.write_text(text, encoding="utf-8")
    bank = folder / "questions" / "core.yaml"
    bank.write_text(
        bank.read_text(encoding="utf-8").replace(", correct: true, feedback", ", feedback"),
        encoding="utf-8",
    )  # a single_choice without a correct option
    return folder


def line_of(path: Path, needle: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, line in enumerate(lines, 1) if needle in line)


def open_modules(drive: Driver, shell: Shell) -> ModulesScreen:
    home = drive.login(shell, "admin", ADMIN_PASSWORD)
    assert isinstance(home, AdminHome)
    drive.click(home.find(QCommandLinkButton, "modulesButton"))
    screen = shell.current_screen()
    assert isinstance(screen, ModulesScreen)
    return screen


def test_broken_module_lists_every_problem_with_file_and_line(
    qtbot: QtBot,
    drive: Driver,
    classroom: Classroom,
    tmp_path: Path,
    make_shell: Callable[..., Shell],
    monkeypatch: pytest.MonkeyPatch,
    shown_errors: list[str],
) -> None:
    broken = broken_copy(classroom.module_path, tmp_path / "incoming")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(broken))
    shell = make_shell(classroom.ctx)
    screen = open_modules(drive, shell)
    assert screen.model.rowCount() == 1
    assert not screen.problem_view.isVisible()

    drive.click(screen.folder_button)
    qtbot.waitUntil(lambda: screen.installing is None, timeout=20_000)

    errors = [r for r in range(screen.problems.rowCount()) if not screen.problems.record(r).warning]
    locations = {screen.problems.location(r) for r in errors}
    manifest = broken / "module.yaml"
    assert f"module.yaml:{line_of(manifest, 'author: typo')}" in locations
    assert f"module.yaml:{line_of(manifest, 'q-missing')}" in locations
    assert any(loc.startswith("questions/core.yaml:") for loc in locations)
    assert len(errors) == 3
    shown = [
        f"{screen.problems.text(r, ProblemsTableModel.COL_FILE)}:"
        f"{screen.problems.text(r, ProblemsTableModel.COL_LINE)}"
        for r in errors
    ]
    assert sorted(shown) == sorted(locations)  # the table shows file and line
    messages = " ".join(screen.problems.text(r, ProblemsTableModel.COL_MESSAGE) for r in errors)
    assert "q-missing" in messages
    assert screen.problem_view.isVisible()
    refused = screen.result.text()  # "problem(s)" or, with the English plurals, "problems"
    assert re.match(r"The module was refused: 3 problem(s|\(s\)) found\.", refused), refused
    assert [m.version for m in courses.list_modules(classroom.ctx, SYSTEM)] == ["1.0.0"]
    assert screen.folder_button.isEnabled()
    assert shown_errors == []  # the problems are in the list, not (only) in a dialog

    drive.click(screen.find(QPushButton, "copyButton"))
    copied = QApplication.clipboard().text()
    assert "module.yaml:" in copied and "q-missing" in copied


def test_install_from_zip_then_warnings_are_listed(
    qtbot: QtBot,
    drive: Driver,
    tmp_path: Path,
    module_path: Path,
    make_shell: Callable[..., Shell],
    monkeypatch: pytest.MonkeyPatch,
    shown_errors: list[str],
) -> None:
    ctx = open_app(tmp_path / "fresh")
    users.add_user(ctx, SYSTEM, "admin", "Administrator", "admin", ADMIN_PASSWORD)
    courses.install(ctx, SYSTEM, module_path)  # so the start-up does not install anything
    newer = tmp_path / "newer"
    shutil.copytree(module_path, newer)
    manifest = newer / "module.yaml"
    manifest.write_text(
        manifest.read_text(encoding="utf-8").replace("version: 1.0.0", "version: 1.1.0"),
        encoding="utf-8",
    )
    archive = tmp_path / "newer.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in sorted(newer.rglob("*")):
            if path.is_file():
                zf.write(path, path.relative_to(newer).as_posix())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(archive), ""))
    shell = make_shell(ctx)
    screen = open_modules(drive, shell)
    drive.click(screen.zip_button)
    qtbot.waitUntil(lambda: screen.installing is None, timeout=20_000)

    assert "is updated to version 1.1.0 (it was 1.0.0)" in screen.result.text()
    assert "Warnings (listed below):" in screen.result.text()
    assert screen.problems.rowCount() > 0
    assert all(screen.problems.record(r).warning for r in range(screen.problems.rowCount()))
    assert screen.problems.text(0, ProblemsTableModel.COL_KIND) == "Warning"
    assert screen.find(QLabel, "problemsLabel").isVisible()
    assert courses.get_module(ctx, SYSTEM, MODULE_ID).version == "1.1.0"
    assert screen.model.text(0, 2) == "1.1.0"
    assert shown_errors == []
    shell.close()
    ctx.close()
