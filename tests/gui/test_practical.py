"""Practical tests and outcome profiles in the GUI, on real services and SQLite.

An instructor records a practical test through the widgets (trainee, module and test chosen,
each checklist item marked, the result submitted); the outcome profile shown for the trainee
changes, and the trainee's review of the attempt shows each item met or not met.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTextBrowser
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.gui.i18n import LanguageManager
from mobilaze_training.gui.instructor.attempt_detail import AttemptDetailScreen
from mobilaze_training.gui.instructor.home import InstructorHome
from mobilaze_training.gui.instructor.practical import PracticalTestScreen, open_practical
from mobilaze_training.gui.models.outcomes import SHARE_ROLE, OutcomeProfileModel
from mobilaze_training.gui.shell import Shell
from mobilaze_training.gui.trainee.home import TraineeHome
from mobilaze_training.gui.trainee.module_page import ModulePage
from mobilaze_training.gui.trainee.outcomes import OutcomeProfileScreen
from mobilaze_training.gui.trainee.results import ResultsScreen
from mobilaze_training.services import cohorts, practical, users
from mobilaze_training.services.outcome_rows import OutcomeStanding
from tests.gui.support import MODULE_ID, PASSWORD, Classroom, Driver, write_test_module

OUTCOMES = [
    {
        "id": "lo-docs",
        "text": {"en": "Recognises document formats", "az": "Sənəd formatlarını tanıyır"},
        "level": 4,
    },
    {"id": "lo-refer", "text": {"en": "Refers a doubtful document"}, "level": 5},
    {
        "id": "lo-respect",
        "text": {"en": "Treats travellers with respect", "ru": "Уважительно обращается"},
        "level": 4,
        "fundamental_rights": True,
    },
]
CHECKLIST = [
    {"id": "c1", "text": {"en": "Greets the traveller"}, "points": 1, "outcomes": ["lo-respect"]},
    {
        "id": "c2",
        "text": {"en": "Checks the data page", "az": "Məlumat səhifəsini yoxlayır"},
        "points": 2,
        "outcomes": ["lo-docs"],
    },
    {"id": "c3", "text": {"en": "Compares the photo"}, "points": 1, "outcomes": ["lo-docs"]},
    {
        "id": "c4",
        "text": {"en": "Explains a refusal in a language understood"},
        "points": 1,
        "critical": True,
        "outcomes": ["lo-respect", "lo-refer"],
    },
]
TEACHER = "teacher"


def _with_outcomes(folder: Path) -> Path:
    manifest_file = folder / "module.yaml"
    manifest: dict[str, Any] = yaml.safe_load(manifest_file.read_text(encoding="utf-8"))
    manifest["outcomes"] = OUTCOMES
    manifest["assessments"].append(
        {
            "id": "booth",
            "title": {"en": "Simulated first-line check", "az": "Birinci xətt yoxlaması"},
            "kind": "practical",
            "pass_mark_percent": 60,
            "checklist": CHECKLIST,
        }
    )
    manifest["assessments"].append(
        {
            "id": "referral",
            "title": {"en": "Referral to the second line"},
            "kind": "practical",
            "pass_mark_percent": 50,
            "checklist": [
                {"id": "r1", "text": {"en": "Keeps the document"}, "outcomes": ["lo-refer"]},
                {"id": "r2", "text": {"en": "Stays polite"}, "outcomes": ["lo-respect"]},
            ],
        }
    )
    manifest_file.write_text(yaml.safe_dump(manifest, allow_unicode=True), encoding="utf-8")
    bank_file = folder / "questions" / "core.yaml"
    bank: dict[str, Any] = yaml.safe_load(bank_file.read_text(encoding="utf-8"))
    mapped = {"q-single": ["lo-docs"], "q-match": ["lo-docs"], "q-essay": ["lo-refer"]}
    for question in bank["questions"]:
        if question["id"] in mapped:
            question["outcomes"] = mapped[question["id"]]
    bank_file.write_text(yaml.safe_dump(bank, allow_unicode=True), encoding="utf-8")
    return folder


@pytest.fixture
def module_path(tmp_path: Path) -> Path:
    """The GUI test module with learning outcomes and a practical test (used by classroom)."""
    return _with_outcomes(write_test_module(tmp_path / "modules"))


@pytest.fixture
def teacher(classroom: Classroom) -> str:
    """An instructor whose cohort holds the classroom's trainee."""
    ctx = classroom.ctx
    users.add_user(ctx, SYSTEM, TEACHER, "Nigar Məmmədova", "instructor", PASSWORD)
    who = users.login(ctx, TEACHER, PASSWORD)
    cohorts.create_cohort(ctx, who, "Evening")
    cohorts.enrol(ctx, who, "Evening", [classroom.trainee])
    cohorts.assign(ctx, who, "Evening", MODULE_ID)
    return TEACHER


def _shares(screen: OutcomeProfileScreen) -> dict[str, tuple[str, Any]]:
    """What the profile shows per outcome: the share cell's text and the bar's value."""
    model = screen.model
    out = {}
    for row in range(model.rowCount()):
        share = model.index(row, OutcomeProfileModel.COL_SHARE)
        out[model.record(row).id] = (share.data(), share.data(SHARE_ROLE))
    return out


def test_instructor_records_a_practical_test_and_the_profile_changes(
    qtbot: QtBot,
    drive: Driver,
    classroom: Classroom,
    teacher: str,
    make_shell: Callable[..., Shell],
) -> None:
    shell = make_shell(classroom.ctx)
    home = drive.login(shell, teacher, PASSWORD)
    assert isinstance(home, InstructorHome)
    drive.click(home.find(QPushButton, "practicalButton"))
    screen = shell.current_screen()
    assert isinstance(screen, PracticalTestScreen)
    assert shell.title_label.text() == "Practical test"
    assert screen.trainee_combo.currentText() == "Əliyev Həsən (aliyev.hasan)"
    assert screen.module_combo.currentText() == "Checking documents (test)"
    assert screen.test_combo.currentText() == "Simulated first-line check"
    assert [r.item.id for r in screen.rows] == ["c1", "c2", "c3", "c4"]
    assert screen.rows[1].text_label.text() == "2. Checks the data page"
    assert [r.critical_label.isVisibleTo(r) for r in screen.rows] == [False, False, False, True]
    assert "Pass mark 60%" in screen.info_label.text()

    # the profile before: nothing assessed yet
    drive.click(screen.profile_button)
    before = shell.current_screen()
    assert isinstance(before, OutcomeProfileScreen)
    assert _shares(before) == {
        "lo-docs": ("not assessed yet", None),
        "lo-refer": ("not assessed yet", None),
        "lo-respect": ("not assessed yet", None),
    }
    assert "Əliyev Həsən (aliyev.hasan)" in before.find(QLabel, "whoLabel").text()
    shell.back()
    screen = shell.current_screen()
    assert isinstance(screen, PracticalTestScreen)

    # Submit waits for every item; the keyboard marks them (Space on a radio button)
    assert not screen.submit_button.isEnabled()
    c1, c2, c3, c4 = screen.rows
    c1.met.setFocus()
    qtbot.keyClick(c1.met, Qt.Key.Key_Space)
    assert c1.mark() is True
    for row, met in ((c2, True), (c3, False), (c4, False)):
        drive.click(row.met if met else row.not_met)
    assert not screen.submit_button.isEnabled() or len(screen.observations()) == 4
    drive.type(c4.note, "Did not explain the refusal; Əliyev said: «не понял».")
    assert screen.submit_button.isEnabled()
    assert screen.marked_label.text() == "Marked: 4 of 4 · met: 2"

    drive.click(screen.submit_button)
    box = drive.prompt(shell, "submitPracticalPrompt")
    assert "Əliyev Həsən" in box.text()
    assert "4. Explains a refusal in a language understood" in box.informativeText()
    drive.answer(shell, "submitPracticalPrompt")
    qtbot.waitUntil(lambda: screen.result_label.isVisible(), timeout=10_000)
    result = screen.result_label.text()
    assert "60%, not passed" in result  # 3 of 5 points: at the pass mark, but c4 is critical
    assert "Critical items not met: “4. Explains a refusal" in result
    assert screen.state.result is not None
    assert screen.state.result.percent == Decimal("60.00")
    assert not screen.submit_button.isEnabled()  # the marks were cleared
    assert all(r.mark() is None for r in screen.rows)

    # the profile after, as the instructor sees it
    drive.click(screen.profile_button)
    after = shell.current_screen()
    assert isinstance(after, OutcomeProfileScreen)
    shown = _shares(after)
    assert shown["lo-docs"] == ("66.7%", pytest.approx(2 / 3))
    assert shown["lo-respect"] == ("50%", 0.5)
    assert shown["lo-refer"] == ("0%", 0.0)
    model = after.model
    assert model.text(2, OutcomeProfileModel.COL_RIGHTS) == "⚖ yes"
    assert model.text(0, OutcomeProfileModel.COL_ACHIEVED) == "not yet"
    assert "Outcomes achieved: 0 of 3." in after.summary_label.text()

    # and as the service sees it
    admin = users.login(classroom.ctx, classroom.admin, "admin-pass-12")
    profile = practical.trainee_outcome_profile(classroom.ctx, admin, classroom.trainee, MODULE_ID)
    assert {o.id: o.points for o in profile.outcomes} == {
        "lo-docs": 2.0,
        "lo-refer": 0.0,
        "lo-respect": 1.0,
    }


def test_trainee_sees_outcomes_and_the_observed_checklist(
    drive: Driver,
    classroom: Classroom,
    teacher: str,
    make_shell: Callable[..., Shell],
) -> None:
    who = users.login(classroom.ctx, teacher, PASSWORD)
    observed = {
        "c1": {"met": True},
        "c2": {"met": True, "note": "Careful check of the MRZ"},
        "c3": {"met": True},
        "c4": {"met": False, "note": "Spoke only Azerbaijani"},
    }
    practical.record_practical(classroom.ctx, who, classroom.trainee, MODULE_ID, "booth", observed)
    shell = make_shell(classroom.ctx)
    home = drive.login(shell, classroom.trainee, PASSWORD)
    assert isinstance(home, TraineeHome)
    drive.click(home.cards[0].open_button)
    page = shell.current_screen()
    assert isinstance(page, ModulePage)
    assert page.find(QLabel, "outcomesLabel").text() == "Learning outcomes achieved: 1 of 3."

    # the review of the practical attempt: each item met or not, with the note
    drive.click(page.rows["booth"].result_button)
    results = shell.current_screen()
    assert isinstance(results, ResultsScreen)
    assert "critical item" in results.find(QLabel, "verdictLabel").text()
    assert results.find(QLabel, "reviewHeading").text() == "The checklist your instructor observed"
    text = results.find(QTextBrowser, "reviewBrowser").toPlainText()
    assert "Item 1 — met, 1 of 1 points" in text
    assert "Item 4 — not met, 0 of 1 points" in text
    assert "critical item" in text
    assert "Explains a refusal in a language understood" in text
    assert "Instructor's note: Spoke only Azerbaijani" in text
    assert "{'met'" not in text

    shell.back()
    page = shell.current_screen()
    assert isinstance(page, ModulePage)
    drive.click(page.find(QPushButton, "outcomesButton"))
    profile = shell.current_screen()
    assert isinstance(profile, OutcomeProfileScreen)
    assert shell.title_label.text() == "Learning outcomes"
    assert _shares(profile) == {
        "lo-docs": ("100%", 1.0),
        "lo-refer": ("0%", 0.0),
        "lo-respect": ("50%", 0.5),
    }
    assert not profile.find(QLabel, "whoLabel").isVisible()
    assert profile.model.text(0, OutcomeProfileModel.COL_ACHIEVED) == "✓ yes"


def test_attempt_detail_shows_the_checklist_and_opens_the_profile(
    drive: Driver,
    classroom: Classroom,
    teacher: str,
    make_shell: Callable[..., Shell],
) -> None:
    who = users.login(classroom.ctx, teacher, PASSWORD)
    observed = {c["id"]: {"met": c["id"] != "c3", "note": None} for c in CHECKLIST}
    observed["c3"]["note"] = "Did not look at the photo"
    practical.record_practical(classroom.ctx, who, classroom.trainee, MODULE_ID, "booth", observed)
    shell = make_shell(classroom.ctx)
    drive.login(shell, teacher, PASSWORD)
    shell.show_screen(
        lambda: AttemptDetailScreen(
            shell, classroom.trainee, classroom.trainee_name, MODULE_ID, "Checking documents"
        )
    )
    detail = shell.current_screen()
    assert isinstance(detail, AttemptDetailScreen)
    text = detail.review.toPlainText()
    assert "Checklist item 3 (c3) — 0 / 1 — ✘ not met" in text
    assert "Checklist item 4 (c4) — 1 / 1 — ✔ met — ⚠ critical" in text
    assert "Note: Did not look at the photo" in text
    drive.click(detail.find(QPushButton, "profileButton"))
    profile = shell.current_screen()
    assert isinstance(profile, OutcomeProfileScreen)
    assert _shares(profile)["lo-docs"] == ("66.7%", pytest.approx(2 / 3))
    shell.back()
    detail = shell.current_screen()
    assert isinstance(detail, AttemptDetailScreen)
    drive.click(detail.practical_button)
    screen = shell.current_screen()
    assert isinstance(screen, PracticalTestScreen)
    assert screen.state.username == classroom.trainee and screen.state.module_id == MODULE_ID


def test_a_refusal_shows_as_a_dialog_and_keeps_the_marks(
    qtbot: QtBot,
    drive: Driver,
    classroom: Classroom,
    teacher: str,
    make_shell: Callable[..., Shell],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from mobilaze_training.gui import dialogs

    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, error, *_a: shown.append(str(error)))
    shell = make_shell(classroom.ctx)
    drive.login(shell, teacher, PASSWORD)
    open_practical(shell)
    screen = shell.current_screen()
    assert isinstance(screen, PracticalTestScreen)
    for row in screen.rows:
        drive.click(row.met)
    # meanwhile the trainee leaves the instructor's cohort: the service refuses
    cohorts.unenrol(classroom.ctx, SYSTEM, "Evening", classroom.trainee)
    drive.click(screen.submit_button)
    drive.answer(shell, "submitPracticalPrompt")
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert "your own cohorts" in shown[0]
    assert screen.state.result is None and not screen.result_label.isVisible()
    assert all(r.mark() is True for r in screen.rows)
    assert screen.submit_button.isEnabled()


def test_another_test_shows_its_checklist_in_keyboard_order(
    qtbot: QtBot,
    drive: Driver,
    classroom: Classroom,
    teacher: str,
    make_shell: Callable[..., Shell],
) -> None:
    shell = make_shell(classroom.ctx)
    drive.login(shell, teacher, PASSWORD)
    open_practical(shell)
    screen = shell.current_screen()
    assert isinstance(screen, PracticalTestScreen)
    assert screen.test_combo.count() == 2
    drive.click(screen.rows[0].met)
    screen.test_combo.setFocus()
    qtbot.keyClick(screen.test_combo, Qt.Key.Key_Down)  # the second test
    assert screen.test_combo.currentText() == "Referral to the second line"
    assert [r.item.id for r in screen.rows] == ["r1", "r2"]
    assert screen.state.marks == {}  # marks belong to one test
    assert shell.isActiveWindow()
    qtbot.waitUntil(lambda: all(r.isVisible() for r in screen.rows))
    # Tab walks: test, profile button, then each item's Met, Not met and note, then the buttons
    order = []
    widget = screen.test_combo
    for _ in range(8):
        widget = widget.nextInFocusChain()
        while not widget.isVisible() or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            widget = widget.nextInFocusChain()
        order.append(widget)
    r1, r2 = screen.rows
    assert order == [
        screen.profile_button,
        r1.met,
        r1.not_met,
        r1.note,
        r2.met,
        r2.not_met,
        r2.note,
        screen.clear_button,
    ]


def test_choosing_another_trainee_keeps_the_marks(
    drive: Driver,
    classroom: Classroom,
    teacher: str,
    make_shell: Callable[..., Shell],
) -> None:
    users.add_user(classroom.ctx, SYSTEM, "ivanov.ivan", "Иванов Иван", "trainee", PASSWORD)
    cohorts.enrol(classroom.ctx, SYSTEM, "Evening", ["ivanov.ivan"])
    users.add_user(classroom.ctx, SYSTEM, "stranger", "Not in a cohort", "trainee", PASSWORD)
    shell = make_shell(classroom.ctx)
    drive.login(shell, teacher, PASSWORD)
    open_practical(shell)
    screen = shell.current_screen()
    assert isinstance(screen, PracticalTestScreen)
    offered = [screen.trainee_combo.itemData(i) for i in range(screen.trainee_combo.count())]
    assert offered == [classroom.trainee, "ivanov.ivan"]  # by full name; own cohorts only
    drive.click(screen.rows[3].not_met)
    screen.trainee_combo.setCurrentIndex(1)
    assert screen.state.username == "ivanov.ivan"
    assert screen.rows[3].mark() is False and screen.state.marks == {"c4": False}


def test_language_switch_keeps_the_marks(
    drive: Driver,
    classroom: Classroom,
    teacher: str,
    make_shell: Callable[..., Shell],
) -> None:
    shell = make_shell(classroom.ctx)
    drive.login(shell, teacher, PASSWORD)
    open_practical(shell)
    screen = shell.current_screen()
    assert isinstance(screen, PracticalTestScreen)
    drive.click(screen.rows[0].not_met)
    drive.type(screen.rows[0].note, "Late")
    shell.set_language("az")
    rebuilt = shell.current_screen()
    assert isinstance(rebuilt, PracticalTestScreen) and rebuilt is not screen
    assert rebuilt.rows[0].mark() is False and rebuilt.rows[0].note.text() == "Late"
    assert rebuilt.rows[1].text_label.text() == "2. Məlumat səhifəsini yoxlayır"
    assert rebuilt.test_combo.currentText() == "Birinci xətt yoxlaması"


def test_outcome_model(qtmodeltester: ModelTester, languages: LanguageManager) -> None:
    model = OutcomeProfileModel("az", "en")
    model.set_rows(
        [
            OutcomeStanding("lo-docs", OUTCOMES[0]["text"], 4, False, 4.0, 6.0, 0),
            OutcomeStanding("lo-refer", OUTCOMES[1]["text"], 5, False, 0.0, 0.0, 2),
            OutcomeStanding("lo-respect", OUTCOMES[2]["text"], 4, True, 3.0, 4.0, 0),
        ]
    )
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and model.columnCount() == 6
    assert model.text(0, OutcomeProfileModel.COL_OUTCOME) == "Sənəd formatlarını tanıyır"
    assert model.text(1, OutcomeProfileModel.COL_OUTCOME) == "Refers a doubtful document"
    assert model.text(0, OutcomeProfileModel.COL_SHARE) == "66.7%"
    assert model.text(1, OutcomeProfileModel.COL_SHARE) == "not assessed yet"
    assert model.text(1, OutcomeProfileModel.COL_PENDING) == "2 answers"
    assert model.text(2, OutcomeProfileModel.COL_ACHIEVED) == "✓ yes"  # 75 % is achieved
    assert model.index(1, OutcomeProfileModel.COL_SHARE).data(SHARE_ROLE) is None
    assert model.index(0, OutcomeProfileModel.COL_SHARE).data(Qt.ItemDataRole.ToolTipRole) == (
        "4 of 6 points"
    )
    assert (model.achieved_count(), model.pending_count()) == (1, 2)
    model.sort(OutcomeProfileModel.COL_SHARE, Qt.SortOrder.DescendingOrder)
    assert [model.record(r).id for r in range(3)] == ["lo-respect", "lo-docs", "lo-refer"]
    qtmodeltester.check(model)
