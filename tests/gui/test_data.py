"""Data screens: importing a question bank, exporting results, item analysis."""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.errors import Problem
from mobilaze_training.gui import dialogs
from mobilaze_training.gui.data.export_results import ExportResultsScreen
from mobilaze_training.gui.data.import_questions import ImportQuestionsScreen
from mobilaze_training.gui.data.item_analysis import ItemAnalysisScreen
from mobilaze_training.gui.data.models import (
    WEAK_ROLE,
    ImportNote,
    ImportNotesModel,
    ItemStatsModel,
)
from mobilaze_training.gui.shell import Shell
from mobilaze_training.interop.item_analysis import ItemStats
from mobilaze_training.services import grading, users
from tests.gui.support import ADMIN_PASSWORD, MODULE_ID, PASSWORD, Classroom, Driver

GIFT = """\
// Questions for the border post
::Capital::Azərbaycanın paytaxtı? {=Bakı =Baku}

::Colour::Which colour is the sky? {=blue ~green ~red}

::Only text::This is a description, with no answer.

::Year::When? {#1918:0 # feedback}
"""

BROKEN_GIFT = """\
::Fine::Is it? {TRUE}

::Broken::What is missing? {=a ~b

::Next::Another? {=x ~y}
"""

RIGHT: dict[str, Any] = {
    "q-single": "a",
    "q-multi": ["a", "b"],
    "q-tf": True,
    "q-short": "Baku",
    "q-num": 2.5,
    "q-match": {"p1": "p1", "p2": "p2"},
    "q-order": ["s1", "s2", "s3"],
}
WRONG: dict[str, Any] = {
    "q-single": "b",
    "q-multi": ["c"],
    "q-tf": False,
    "q-short": "Paris",
    "q-num": 9,
    "q-match": {"p1": "p2", "p2": "p1"},
    "q-order": ["s3", "s2", "s1"],
}


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, error, *_a: shown.append(str(error)))
    return shown


def plain(text: str) -> str:
    """A text with "(s)" plurals read as plurals, whether or not a translation resolved them."""
    return re.sub(
        r"(\d+ \w+?)\(s\)",
        lambda m: m.group(1) + ("" if m.group(1).startswith("1 ") else "s"),
        text,
    )


def open_as(
    shell: Shell, drive: Driver, username: str, password: str, factory: Callable[[Shell], Any]
) -> Any:
    drive.login(shell, username, password)
    return shell.show_screen(lambda: factory(shell))


def record_papers(room: Classroom, count: int) -> None:
    """`count` paper exams: the stronger half right on all but the true/false question, which
    only the weaker half gets right (a question with a wrong key, as it were)."""
    for i in range(count):
        strong = i >= count // 2
        responses = dict(RIGHT if strong else WRONG)
        responses["q-tf"] = not strong
        grading.record_paper(room.ctx, SYSTEM, room.trainee, MODULE_ID, "exam", responses)


# ---- models ------------------------------------------------------------------------------------


def test_import_notes_model(qtmodeltester: Any) -> None:
    model = ImportNotesModel()
    model.set_rows(
        [
            ImportNote(False, "/x/bank.gift", 6, "Only text", "skipped"),
            ImportNote.of_problem(Problem("/x/bank.gift", 3, "Broken", "not closed")),
        ]
    )
    qtmodeltester.check(model)
    assert model.text(0, model.COL_WHERE) == "bank.gift:6"
    assert model.text(1, model.COL_KIND) == "✖ Error"
    assert model.index(1, 0).data(WEAK_ROLE) is True


def test_item_stats_model_marks_weak_rows_in_words(qtmodeltester: Any) -> None:
    model = ItemStatsModel()
    model.set_rows(
        [
            ItemStats("q1", 20, 0.6, 0.5, 0.45, 5, 5, (), "single_choice", 1.0, "Sky?"),
            ItemStats("q2", 20, 0.5, 0.5, -0.3, 5, 5, ("low_discrimination",)),
            ItemStats("q3", 3, 1.0, 1.0, None, 0, 0, ("few_attempts",)),
        ]
    )
    qtmodeltester.check(model)
    assert model.text(0, model.COL_VERDICT) == "✔ Good"
    assert model.text(1, model.COL_VERDICT).startswith("⚠ Review: ")
    assert model.index(1, 0).data(WEAK_ROLE) is True
    assert model.index(2, 0).data(WEAK_ROLE) is False
    assert model.text(2, model.COL_DISCRIMINATION) == "—"
    assert model.text(0, model.COL_FULL) == "50 %"


# ---- import ------------------------------------------------------------------------------------


def test_import_screen_imports_a_gift_file_and_lists_warnings(
    qtbot: QtBot,
    drive: Driver,
    classroom: Classroom,
    make_shell: Callable[..., Shell],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    shown_errors: list[str],
) -> None:
    source = tmp_path / "sərhəd bankı.gift"
    source.write_text(GIFT, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(source), ""))
    shell = make_shell(classroom.ctx)
    screen = open_as(shell, drive, classroom.admin, ADMIN_PASSWORD, ImportQuestionsScreen)
    assert isinstance(screen, ImportQuestionsScreen)
    screen.format_combo.setCurrentIndex(screen.format_combo.findData("aiken"))
    drive.click(screen.find(type(screen.import_button), "sourceButton"))
    assert screen.fmt() == "gift"  # guessed from the file name
    out = Path(screen.out_edit.text())
    assert out == source.with_suffix(".yaml")
    screen.out_edit.setText(str(tmp_path / "border-bank.yaml"))
    screen.language_combo.setCurrentIndex(screen.language_combo.findData("az"))

    drive.click(screen.import_button)
    qtbot.waitUntil(lambda: screen.last_result is not None, timeout=10_000)
    bank = yaml.safe_load((tmp_path / "border-bank.yaml").read_text(encoding="utf-8"))
    assert bank["bank"] == "border-bank"
    assert len(bank["questions"]) == 3
    assert "3 questions imported" in plain(screen.result.text())
    assert screen.view.isVisible()
    where = [screen.model.text(r, ImportNotesModel.COL_WHERE) for r in range(2)]
    assert where == ["sərhəd bankı.gift:6", "sərhəd bankı.gift:8"]
    assert "description" in screen.model.text(0, ImportNotesModel.COL_MESSAGE)
    assert screen.model.text(1, ImportNotesModel.COL_QUESTION) == "Year"
    assert shown_errors == []


def test_import_screen_lists_the_problems_of_a_broken_file(
    qtbot: QtBot,
    drive: Driver,
    classroom: Classroom,
    make_shell: Callable[..., Shell],
    tmp_path: Path,
    shown_errors: list[str],
) -> None:
    source = tmp_path / "broken.gift"
    source.write_text(BROKEN_GIFT, encoding="utf-8")
    users.add_user(classroom.ctx, SYSTEM, "teacher", "Nigar Məmmədova", "instructor", PASSWORD)
    shell = make_shell(classroom.ctx)
    screen = open_as(shell, drive, "teacher", PASSWORD, ImportQuestionsScreen)
    screen.source_edit.setText(str(source))
    screen.source_edit.editingFinished.emit()
    drive.click(screen.import_button)
    qtbot.waitUntil(lambda: screen.view.isVisible(), timeout=10_000)
    assert screen.result.property("role") == "error"
    assert "1 problem found" in plain(screen.result.text())
    assert screen.model.text(0, ImportNotesModel.COL_WHERE) == "broken.gift:3"
    assert screen.model.text(0, ImportNotesModel.COL_KIND) == "✖ Error"
    assert "not closed" in screen.model.text(0, ImportNotesModel.COL_MESSAGE)
    assert not source.with_suffix(".yaml").exists()
    assert screen.import_button.isEnabled()
    assert shown_errors == []


# ---- export ------------------------------------------------------------------------------------


def test_export_screen_writes_a_csv_whose_rows_match(
    qtbot: QtBot,
    drive: Driver,
    classroom: Classroom,
    make_shell: Callable[..., Shell],
    tmp_path: Path,
    shown_errors: list[str],
) -> None:
    record_papers(classroom, 3)
    shell = make_shell(classroom.ctx)
    screen = open_as(shell, drive, classroom.admin, ADMIN_PASSWORD, ExportResultsScreen)
    assert isinstance(screen, ExportResultsScreen)
    screen.cohort_combo.setCurrentIndex(screen.cohort_combo.findData("Group 1"))
    screen.module_combo.setCurrentIndex(screen.module_combo.findData(MODULE_ID))
    screen.since_check.setChecked(True)
    screen.since_edit.setDate(QDate.currentDate().addDays(-1))
    screen.until_check.setChecked(True)
    screen.format_combo.setCurrentIndex(screen.format_combo.findData("xlsx"))
    screen.format_combo.setCurrentIndex(screen.format_combo.findData("csv"))
    out = tmp_path / "exported results.csv"
    screen.out_edit.setText(str(out))

    drive.click(screen.export_button)
    qtbot.waitUntil(lambda: screen.summary is not None, timeout=20_000)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 3
    assert {r["username"] for r in rows} == {classroom.trainee}
    assert {r["full_name"] for r in rows} == {classroom.trainee_name}
    assert {r["assessment_id"] for r in rows} == {"exam"}
    assert "3 attempts exported" in plain(screen.result.text())
    assert not screen.progress.isVisible()
    assert not screen.cancel_button.isVisible()

    # a range that ends before today exports nothing, and says so
    screen.since_edit.setDate(QDate.currentDate().addDays(-10))
    screen.until_edit.setDate(QDate.currentDate().addDays(-5))
    screen.summary = None
    drive.click(screen.export_button)
    qtbot.waitUntil(lambda: screen.summary is not None, timeout=20_000)
    assert screen.summary is not None and screen.summary.rows == 0
    assert "No finished attempt" in screen.result.text()
    assert shown_errors == []


# ---- item analysis ---------------------------------------------------------------------------


def test_item_analysis_highlights_weak_questions_and_saves_csv(
    qtbot: QtBot,
    drive: Driver,
    classroom: Classroom,
    make_shell: Callable[..., Shell],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    shown_errors: list[str],
) -> None:
    record_papers(classroom, 12)
    target = tmp_path / "items"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    shell = make_shell(classroom.ctx)
    screen = open_as(shell, drive, classroom.admin, ADMIN_PASSWORD, ItemAnalysisScreen)
    assert isinstance(screen, ItemAnalysisScreen)
    assert screen.module_combo.currentData() == MODULE_ID
    assert screen.assessment_combo.currentData() == "exam"
    assert not screen.save_button.isEnabled()

    drive.click(screen.analyse_button)
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0, timeout=20_000)
    rows = {
        screen.model.text(r, ItemStatsModel.COL_QUESTION): r for r in range(screen.model.rowCount())
    }
    tf = rows["q-tf"]
    assert screen.model.index(tf, 0).data(WEAK_ROLE) is True
    assert screen.model.text(tf, ItemStatsModel.COL_VERDICT).startswith("⚠ Review")
    assert screen.model.text(tf, ItemStatsModel.COL_DISCRIMINATION).startswith("-")
    single = rows["q-single"]
    assert screen.model.index(single, 0).data(WEAK_ROLE) is False
    assert "to review" in screen.count_label.text()

    drive.click(screen.save_button)
    saved = target.with_suffix(".csv")
    with saved.open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh))
    assert table[0][:2] == ["Question", "Type"]
    by_id = {line[0]: line for line in table[1:]}
    assert "negative_discrimination" in by_id["q-tf"][8]
    assert by_id["q-single"][3] == "12"
    assert str(saved) in screen.result.text()
    assert shown_errors == []
