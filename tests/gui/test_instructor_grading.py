"""The essay grading queue: an instructor grades an essay and the attempt is complete."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSplitter
from pytestqt.qtbot import QtBot

from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.gui import dialogs
from mobilaze_training.gui.instructor.grading import GradingScreen
from mobilaze_training.gui.instructor.home import InstructorHome
from mobilaze_training.gui.shell import Shell
from mobilaze_training.services import attempts, cohorts, grading, users
from tests.gui.support import MODULE_ID, PASSWORD, Classroom, Driver

ANSWERS = {
    "single_choice": "a",
    "multiple_choice": ["a"],
    "true_false": True,
    "short_answer": "Bakı",
    "numeric": "2,5",
    "matching": {"p1": "p1", "p2": "x"},
    "ordering": ["s1", "s3", "s2"],
    "essay": "Sənədi saxlayıram, növbətçi zabitə zəng edirəm.\nСоставляю рапорт.",
}


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, error, *_a: shown.append(str(error)))
    return shown


def submit_exam(room: Classroom) -> attempts.AttemptResult:
    trainee = users.login(room.ctx, room.trainee, PASSWORD)
    view = attempts.start_attempt(room.ctx, trainee, MODULE_ID, "exam", "az")
    for question in view.questions:
        attempts.save_answer(room.ctx, trainee, view.id, question.id, ANSWERS[question.type])
    return attempts.submit_attempt(room.ctx, trainee, view.id)


def test_instructor_grades_an_essay_from_the_queue(
    qtbot: QtBot,
    drive: Driver,
    classroom: Classroom,
    make_shell: Callable[..., Shell],
    shown_errors: list[str],
) -> None:
    ctx = classroom.ctx
    users.add_user(ctx, SYSTEM, "teacher", "Nigar Məmmədova", "instructor", PASSWORD)
    teacher = users.login(ctx, "teacher", PASSWORD)
    cohorts.create_cohort(ctx, teacher, "Evening")
    cohorts.enrol(ctx, teacher, "Evening", [classroom.trainee])
    submitted = submit_exam(classroom)
    assert submitted.status == "pending_review"

    shell = make_shell(ctx)
    home = drive.login(shell, "teacher", PASSWORD)
    assert isinstance(home, InstructorHome)
    assert home.find(QLabel, "pendingLabel").text() == "Essays waiting for grading: 1."
    drive.click(home.find(QPushButton, "gradingButton"))
    screen = shell.current_screen()
    assert isinstance(screen, GradingScreen)
    assert screen.model.rowCount() == 1
    assert screen.model.text(0, 1) == "Əliyev Həsən (aliyev.hasan)"
    assert screen.model.text(0, 2) == "Checking documents (test)"
    assert "Describe how you refer a doubtful document." in screen.prompt.toPlainText()
    assert "Составляю рапорт." in screen.response.toPlainText()
    assert "(no rubric)" in screen.rubric.toPlainText()
    assert screen.score.maximum() == 2.0
    assert screen.points_label.text() == "of 2 point(s)"

    # score and comment with the keyboard, then Ctrl+Enter saves
    screen.score.setFocus()
    screen.score.selectAll()
    qtbot.keyClicks(screen.score, "1.5")
    drive.type(screen.comment, "Yaxşı, amma hesabat formasını qeyd edin.")
    with qtbot.waitActive(shell):
        shell.activateWindow()
    qtbot.keyClick(screen.comment, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    admin = users.login(ctx, "admin", "admin-pass-12")
    graded = attempts.get_attempt(ctx, admin, submitted.attempt_id)
    assert graded.status == "submitted"
    assert graded.score == pytest.approx((submitted.score or 0) + 1.5)
    review = attempts.review_attempt(ctx, admin, submitted.attempt_id)
    essay = next(i for i in review.items if i["id"] == "q-essay")
    assert essay["score"] == 1.5
    assert essay["comment"] == "Yaxşı, amma hesabat formasını qeyd edin."
    assert grading.pending_essays(ctx, teacher) == []
    assert screen.find(QLabel, "emptyLabel").isVisible()
    assert not screen.find(QSplitter, "splitter").isVisible()
    assert "attempt is complete" in screen.saved.text()
    assert shown_errors == []


def test_score_cannot_exceed_the_points(
    qtbot: QtBot, classroom: Classroom, make_shell: Callable[..., Shell], drive: Driver
) -> None:
    submit_exam(classroom)
    shell = make_shell(classroom.ctx)
    drive.login(shell, "admin", "admin-pass-12")
    shell.show_screen(lambda: GradingScreen(shell))
    screen = shell.current_screen()
    assert isinstance(screen, GradingScreen)
    screen.score.setFocus()
    screen.score.selectAll()
    qtbot.keyClicks(screen.score, "9")
    assert screen.score.value() <= 2.0
