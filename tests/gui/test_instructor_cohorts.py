"""An instructor creates a cohort, enrols trainees, assigns a module and follows progress."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import timedelta

import pytest
import shiboken6
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.gui import dialogs
from mobilaze_training.gui.instructor.attempt_detail import AttemptDetailScreen
from mobilaze_training.gui.instructor.cohort import CohortScreen
from mobilaze_training.gui.instructor.cohort_dialogs import (
    AssignDialog,
    EnrolDialog,
    NewCohortDialog,
)
from mobilaze_training.gui.instructor.home import InstructorHome
from mobilaze_training.gui.models.progress import (
    IN_PROGRESS,
    NOT_STARTED,
    PASSED,
    PENDING_REVIEW,
    STATUS_ROLE,
    ProgressTableModel,
)
from mobilaze_training.gui.shell import Shell
from mobilaze_training.services import attempts, cohorts, grading, users
from tests.gui.support import MODULE_ID, PASSWORD, Classroom, Driver

COHORT = "Sərhəd qrupu 2"
RIGHT = {
    "single_choice": "a",
    "multiple_choice": ["a", "b"],
    "true_false": True,
    "short_answer": "Baku",
    "numeric": 2.5,
    "matching": {"p1": "p1", "p2": "p2"},
    "ordering": ["s1", "s2", "s3"],
    "essay": "I keep the document, call the duty officer and write a report.",
}


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Error dialogs are recorded instead of blocking the test; tests assert on them."""
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, error, *_a: shown.append(str(error)))
    return shown


@pytest.fixture
def staff(classroom: Classroom) -> Iterator[Classroom]:
    users.add_user(classroom.ctx, SYSTEM, "teacher", "Nigar Məmmədova", "instructor", PASSWORD)
    users.add_user(classroom.ctx, SYSTEM, "ivanov", "Иванов Иван", "trainee", PASSWORD)
    users.add_user(classroom.ctx, SYSTEM, "smith", "John Smith", "trainee", PASSWORD)
    yield classroom


def take_exam(room: Classroom, username: str) -> attempts.AttemptResult:
    """A trainee answers every exam question rightly and submits (the essay waits)."""
    trainee = users.login(room.ctx, username, PASSWORD)
    view = attempts.start_attempt(room.ctx, trainee, MODULE_ID, "exam", "en")
    for question in view.questions:
        attempts.save_answer(room.ctx, trainee, view.id, question.id, RIGHT[question.type])
    return attempts.submit_attempt(room.ctx, trainee, view.id)


def wait_loaded(qtbot: QtBot, screen: CohortScreen) -> None:
    qtbot.waitUntil(lambda: screen.loading is None, timeout=10_000)


def cell(screen: CohortScreen, username: str) -> tuple[int, str]:
    """Status and text of the trainee's cell in the (only) module column, as the view shows."""
    view = screen.find(QTableView, "progressView")
    model = view.model()
    for row in range(model.rowCount()):
        if model.index(row, ProgressTableModel.COL_USERNAME).data() == username:
            index = model.index(row, ProgressTableModel.FIRST_MODULE)
            return index.data(STATUS_ROLE), index.data()
    raise AssertionError(f"{username} is not in the grid")


def closed(dialog: object) -> bool:
    """The dialog is closed (and, with WA_DeleteOnClose, maybe deleted already)."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()  # type: ignore[attr-defined]


def open_dialog(qtbot: QtBot, parent: QWidget, kind: type) -> object:
    found: list[object] = []

    def shown() -> bool:
        dialog = parent.findChild(kind)
        if dialog is not None and dialog.isVisible():
            found.append(dialog)
            return True
        return False

    qtbot.waitUntil(shown, timeout=5_000)
    return found[0]


def test_instructor_builds_a_cohort_and_sees_progress_change(
    qtbot: QtBot,
    drive: Driver,
    staff: Classroom,
    make_shell: Callable[..., Shell],
    shown_errors: list[str],
) -> None:
    ctx = staff.ctx
    shell = make_shell(ctx)
    home = drive.login(shell, "teacher", PASSWORD)
    assert isinstance(home, InstructorHome)
    assert home.find(QLabel, "emptyLabel").isVisible()  # no cohorts of their own yet

    # a new cohort, named with the keyboard; OK opens it
    drive.click(home.find(QPushButton, "newCohortButton"))
    dialog = open_dialog(qtbot, home, NewCohortDialog)
    assert isinstance(dialog, NewCohortDialog)
    assert not dialog.ok_button().isEnabled()
    drive.type(dialog.name_edit, COHORT)
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(shell.current_screen(), CohortScreen))
    screen = shell.current_screen()
    assert isinstance(screen, CohortScreen) and screen.cohort_name == COHORT
    wait_loaded(qtbot, screen)
    teacher = users.login(ctx, "teacher", PASSWORD)
    assert [c.name for c in cohorts.list_cohorts(ctx, teacher)] == [COHORT]

    # enrol two trainees picked from the filterable list
    screen.find(QTabWidget, "tabs").setCurrentIndex(1)
    drive.click(screen.find(QPushButton, "enrolButton"))
    enrol = open_dialog(qtbot, screen, EnrolDialog)
    assert isinstance(enrol, EnrolDialog)
    assert enrol.model.rowCount() == 3  # the trainees, not the instructor or admin
    drive.type(enrol.filter_edit, "Иванов")
    assert enrol.proxy.rowCount() == 1
    enrol.view.setFocus()
    enrol.view.setCurrentIndex(enrol.proxy.index(0, 0))
    qtbot.keyClick(enrol.view, Qt.Key.Key_Space)  # Space ticks the current row
    assert enrol.model.checked() == ["ivanov"]
    enrol.filter_edit.clear()
    drive.type(enrol.filter_edit, "həsən")
    drive.click(enrol.find(QPushButton, "checkShownButton"))
    assert re.fullmatch(r"2 trainee(s|\(s\)) ticked", enrol.count_label.text())
    drive.click(enrol.ok_button())
    qtbot.waitUntil(lambda: closed(enrol))
    wait_loaded(qtbot, screen)
    qtbot.waitUntil(lambda: screen.trainee_model.rowCount() == 2)
    info = cohorts.list_cohorts(ctx, teacher)[0]
    assert info.trainees == 2

    # assign the module with a due date in two weeks
    screen.find(QTabWidget, "tabs").setCurrentIndex(2)
    drive.click(screen.find(QPushButton, "assignButton"))
    assign = open_dialog(qtbot, screen, AssignDialog)
    assert isinstance(assign, AssignDialog)
    assert assign.module_combo.currentData() == MODULE_ID
    due = QDate.currentDate().addDays(14)
    assign.due_edit.setDate(due)
    drive.click(assign.ok_button())
    qtbot.waitUntil(lambda: closed(assign))
    wait_loaded(qtbot, screen)
    qtbot.waitUntil(lambda: screen.module_model.rowCount() == 1)
    assert screen.module_model.text(0, 2) == due.toString("yyyy-MM-dd")
    rows = cohorts.cohort_progress(ctx, teacher, COHORT)
    stored = rows[0].modules[0].due_at
    assert stored is not None
    assert stored.astimezone().date() == due.toPython()

    # the grid: both not started
    screen.find(QTabWidget, "tabs").setCurrentIndex(0)
    assert cell(screen, "aliyev.hasan") == (NOT_STARTED, "○ Not started")
    assert cell(screen, "ivanov")[0] == NOT_STARTED

    # trainees work (through the services); Refresh shows it
    take_exam(staff, "aliyev.hasan")
    ivanov = users.login(ctx, "ivanov", PASSWORD)
    cohorts.open_lesson(ctx, ivanov, MODULE_ID, "basics")
    drive.click(screen.find(QPushButton, "refreshButton"))
    wait_loaded(qtbot, screen)
    qtbot.waitUntil(lambda: cell(screen, "aliyev.hasan")[0] == PENDING_REVIEW)
    assert cell(screen, "aliyev.hasan")[1] == "✎ Review pending"
    assert cell(screen, "ivanov") == (IN_PROGRESS, "◐ In progress")

    # the essay is graded; F5 refreshes
    essay = grading.pending_essays(ctx, teacher)[0]
    grading.grade_essay(ctx, teacher, essay.attempt_id, essay.question_id, 2.0)
    with qtbot.waitActive(shell):  # the offscreen platform leaves a closed dialog active
        shell.activateWindow()
    qtbot.keyClick(screen, Qt.Key.Key_F5)
    wait_loaded(qtbot, screen)
    qtbot.waitUntil(lambda: cell(screen, "aliyev.hasan")[0] == PASSED)
    assert cell(screen, "aliyev.hasan")[1] == "✔ Passed · 100%"
    assert screen.count_label.text() == "2 trainee(s), 1 module(s)"

    # the name filter narrows the grid
    drive.type(screen.filter_edit, "ivan")
    assert screen.proxy.rowCount() == 1
    assert "(1 shown)" in screen.count_label.text()
    screen.filter_edit.clear()
    assert shown_errors == []


def test_cell_opens_attempts_with_review_and_another_attempt(
    qtbot: QtBot,
    drive: Driver,
    staff: Classroom,
    make_shell: Callable[..., Shell],
    shown_errors: list[str],
) -> None:
    ctx = staff.ctx
    take_exam(staff, "aliyev.hasan")
    shell = make_shell(ctx)
    home = drive.login(shell, "admin", "admin-pass-12")
    shell.show_screen(lambda: CohortScreen(shell, "Group 1"))
    screen = shell.current_screen()
    assert isinstance(screen, CohortScreen)
    wait_loaded(qtbot, screen)
    assert home is not screen

    # select the module cell with the keyboard and press Enter
    view = screen.find(QTableView, "progressView")
    view.setFocus()
    view.setCurrentIndex(view.model().index(0, ProgressTableModel.FIRST_MODULE))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(shell.current_screen(), AttemptDetailScreen))
    detail = shell.current_screen()
    assert isinstance(detail, AttemptDetailScreen)
    assert detail.model.rowCount() == 1
    assert detail.model.text(0, 3) == "Waiting for grading"
    review = detail.review.toPlainText()
    assert "Question 1" in review and "Correct answer" in review and "Blue" in review
    assert not detail.extend_button.isEnabled()  # the attempt is submitted

    # grant another attempt at the exam (max_attempts 2 + 1)
    assert detail.assessment_combo.currentData() == "exam"
    drive.type(detail.reason_edit, "İşıq kəsildi")
    drive.click(detail.find(QPushButton, "grantButton"))
    assert "3 attempt(s) now allowed" in detail.status.text()
    trainee = users.login(ctx, "aliyev.hasan", PASSWORD)
    for _ in range(2):  # two more may start now: the second and the granted third
        started = attempts.start_attempt(ctx, trainee, MODULE_ID, "exam", "en")
        attempts.submit_attempt(ctx, trainee, started.id)
    assert shown_errors == []

    # back to the grid (rebuilt from its factory)
    shell.back()
    assert isinstance(shell.current_screen(), CohortScreen)


def test_extend_time_of_an_attempt_in_progress(
    qtbot: QtBot,
    drive: Driver,
    staff: Classroom,
    make_shell: Callable[..., Shell],
    shown_errors: list[str],
) -> None:
    ctx = staff.ctx
    trainee = users.login(ctx, "aliyev.hasan", PASSWORD)
    running = attempts.start_attempt(ctx, trainee, MODULE_ID, "exam", "en")
    assert running.deadline_at is not None
    shell = make_shell(ctx)
    drive.login(shell, "admin", "admin-pass-12")
    shell.show_screen(
        lambda: AttemptDetailScreen(shell, "aliyev.hasan", "Əliyev Həsən", MODULE_ID, "Test")
    )
    detail = shell.current_screen()
    assert isinstance(detail, AttemptDetailScreen)
    assert "in progress" in detail.review.toPlainText()
    assert detail.extend_button.isEnabled()
    detail.minutes.setValue(15)
    drive.click(detail.extend_button)
    admin = users.login(ctx, "admin", "admin-pass-12")
    later = attempts.get_attempt(ctx, admin, running.id).deadline_at
    assert later == running.deadline_at + timedelta(minutes=15)
    assert "now ends at" in detail.status.text()
    assert shown_errors == []


def test_instructor_sees_only_their_own_cohorts(
    qtbot: QtBot, staff: Classroom, make_shell: Callable[..., Shell], drive: Driver
) -> None:
    teacher = users.login(staff.ctx, "teacher", PASSWORD)
    cohorts.create_cohort(staff.ctx, teacher, "Mine")
    shell = make_shell(staff.ctx)
    home = drive.login(shell, "teacher", PASSWORD)
    assert isinstance(home, InstructorHome)
    assert [home.model.record(r).name for r in range(home.model.rowCount())] == ["Mine"]
    assert home.find(QLabel, "pendingLabel").text() == "No essays wait for grading."


def test_remove_a_trainee_from_the_cohort_after_confirming(
    qtbot: QtBot,
    drive: Driver,
    staff: Classroom,
    make_shell: Callable[..., Shell],
    shown_errors: list[str],
) -> None:
    shell = make_shell(staff.ctx)
    drive.login(shell, "admin", "admin-pass-12")
    shell.show_screen(lambda: CohortScreen(shell, "Group 1"))
    screen = shell.current_screen()
    assert isinstance(screen, CohortScreen)
    wait_loaded(qtbot, screen)
    screen.find(QTabWidget, "tabs").setCurrentIndex(1)
    screen.trainee_view.selectRow(0)
    asked: list[str] = []

    def answer_yes(tries: int = 50) -> None:
        """Answer the blocking question; never leave a modal box open (that would hang)."""
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            asked.append(box.text())
            box.button(QMessageBox.StandardButton.Yes).click()
        elif isinstance(box, QDialog):
            box.reject()
        elif tries:
            QTimer.singleShot(20, lambda: answer_yes(tries - 1))

    QTimer.singleShot(0, answer_yes)
    drive.click(screen.find(QPushButton, "unenrolButton"))
    assert asked and "aliyev.hasan" in asked[0] and "results are kept" in asked[0]
    wait_loaded(qtbot, screen)
    qtbot.waitUntil(lambda: screen.trainee_model.rowCount() == 0)
    admin = users.login(staff.ctx, "admin", "admin-pass-12")
    assert cohorts.list_cohorts(staff.ctx, admin)[0].trainees == 0
    assert shown_errors == []
