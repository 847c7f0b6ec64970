"""Taking quizzes and exams through the quiz player's widgets; results; resuming."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
)
from pytestqt.qtbot import QtBot

from mobilaze_training.gui.shell import Shell
from mobilaze_training.gui.trainee.module_page import ModulePage
from mobilaze_training.gui.trainee.quiz import QuizPlayer
from mobilaze_training.gui.trainee.results import ResultsScreen
from mobilaze_training.services import attempts, users
from mobilaze_training.services.context import open_app
from tests.gui.support import PASSWORD, Classroom, Driver

ESSAY = "I stop the check, keep the document and call the second line officer."


def _start(drive: Driver, shell: Shell, assessment: str, confirm: bool = True) -> QuizPlayer:
    home = shell.current_screen()
    drive.click(home.cards[0].open_button)  # type: ignore[union-attr]
    page = shell.current_screen()
    assert isinstance(page, ModulePage)
    drive.click(page.rows[assessment].start_button)
    if confirm:
        drive.answer(shell, "startPrompt")
    player = shell.current_screen()
    assert isinstance(player, QuizPlayer)
    return player


def _saved(player: QuizPlayer) -> bool:
    return player.saved_label.text().startswith("Saved")


def _answer_shown_question(qtbot: QtBot, drive: Driver, player: QuizPlayer) -> None:
    """Answer the question on screen correctly (the essay with text), as a user would."""
    widget = player.widget
    assert widget is not None
    kind = player.question.type

    def option(name: str) -> QAbstractButton:
        button = widget.findChild(QAbstractButton, name)
        assert button is not None, name
        return button

    if kind == "single_choice":
        drive.click(option("option-a"))
    elif kind == "multiple_choice":
        drive.click(option("option-a"))
        drive.click(option("option-b"))
    elif kind == "true_false":
        option("option-true").setFocus()
        qtbot.keyClick(option("option-true"), Qt.Key.Key_Space)  # keyboard
    elif kind == "short_answer":
        qtbot.keyClicks(widget.findChild(QLineEdit, "answerEdit"), "baku")
        qtbot.waitUntil(lambda: _saved(player), timeout=3_000)  # debounced save
    elif kind == "numeric":
        qtbot.keyClicks(widget.findChild(QLineEdit, "answerEdit"), "2,5")  # decimal comma
        qtbot.waitUntil(lambda: _saved(player), timeout=3_000)
    elif kind == "matching":
        for left, right in (("p1", "p1"), ("p2", "p2")):
            combo = widget.findChild(QComboBox, f"match-{left}")
            assert combo is not None and combo.count() == 4  # placeholder + 2 rights + distractor
            combo.setFocus()
            while combo.currentData() != right:  # keyboard: arrow down through the choices
                qtbot.keyClick(combo, Qt.Key.Key_Down)
    elif kind == "ordering":
        order_list = widget.findChild(QListWidget, "orderList")
        assert order_list is not None
        for target, item_id in enumerate(("s1", "s2", "s3")):
            row = next(
                i
                for i in range(order_list.count())
                if order_list.item(i).data(Qt.ItemDataRole.UserRole) == item_id
            )
            order_list.setCurrentRow(row)
            order_list.setFocus()
            for _ in range(row - target):
                qtbot.keyClick(order_list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    elif kind == "essay":
        qtbot.keyClicks(widget.findChild(QPlainTextEdit, "essayEdit"), ESSAY)
        counter = widget.findChild(QLabel, "wordCounter")
        assert counter is not None and "of at most 50" in counter.text()
        qtbot.waitUntil(lambda: _saved(player), timeout=3_000)


def test_exam_with_all_eight_question_types(
    qtbot: QtBot, drive: Driver, classroom: Classroom, make_shell: Callable[..., Shell]
) -> None:
    shell = make_shell(classroom.ctx)
    drive.login(shell, classroom.trainee, PASSWORD)
    player = _start(drive, shell, "exam")
    assert player.timer_label.isVisible()
    assert player.timer_label.text() in ("30:00", "29:59", "29:58")
    types = [q.type for q in player.questions]
    assert sorted(types) == sorted(
        [
            "single_choice",
            "multiple_choice",
            "true_false",
            "short_answer",
            "numeric",
            "matching",
            "ordering",
            "essay",
        ]
    )
    for i in range(len(player.questions)):
        assert player.state.index == i
        _answer_shown_question(qtbot, drive, player)
        if i == 2:
            drive.click(player.flag_button)
            assert player.navigator.buttons[2].property("flagged") == "true"
        if i < len(player.questions) - 1:
            drive.click(player.next_button)  # leaving a question saves it
        assert player.navigator.buttons[i].property("answered") == "true", types[i]

    who = users.login(classroom.ctx, classroom.trainee, PASSWORD)
    saved = {q.type: q for q in attempts.get_attempt(classroom.ctx, who, player.view.id).questions}
    assert saved["single_choice"].response == "a"
    assert sorted(saved["multiple_choice"].response) == ["a", "b"]
    assert saved["true_false"].response is True
    assert saved["short_answer"].response == "baku"
    assert saved["numeric"].response == "2,5"
    assert saved["matching"].response == {"p1": "p1", "p2": "p2"}
    assert saved["ordering"].response == ["s1", "s2", "s3"]
    assert saved["essay"].response == ESSAY
    assert saved[player.questions[2].type].flagged
    assert "Answered: 8 of 8" in player.find(QLabel, "progressLabel").text()

    drive.click(player.submit_button)
    box = drive.prompt(shell, "submitPrompt")
    assert "Not answered" not in box.informativeText()
    assert "Flagged for review: 3." in box.informativeText()
    drive.answer(shell, "submitPrompt")

    results = shell.current_screen()
    assert isinstance(results, ResultsScreen)
    # 7 automatically scored points of 9; the essay (2 points) waits for the instructor.
    assert results.find(QLabel, "percentLabel").text() == "77.8 %"
    assert "Waiting for review" in results.find(QLabel, "verdictLabel").text()
    review = results.find(QTextBrowser, "reviewBrowser").toPlainText()
    assert "Question 1" in review and "Question 8" in review
    assert ESSAY in review
    drive.click(results.module_button)
    page = shell.current_screen()
    assert isinstance(page, ModulePage)
    assert "Attempts left: 1 of 2" in page.rows["exam"].standing_label.text()
    assert page.rows["exam"].result_button.isVisible()


def test_practice_quiz_gives_immediate_feedback(
    drive: Driver, classroom: Classroom, make_shell: Callable[..., Shell]
) -> None:
    shell = make_shell(classroom.ctx)
    drive.login(shell, classroom.trainee, PASSWORD)
    player = _start(drive, shell, "practice", confirm=False)  # untimed: no confirmation
    assert not player.timer_label.isVisible()
    if player.question.type != "single_choice":
        drive.click(player.next_button)
    widget = player.widget
    assert widget is not None
    drive.click(widget.findChild(QAbstractButton, "option-b"))
    assert player.feedback_label.isVisible()
    assert "Not correct yet" in player.feedback_label.text()
    assert "Not green." in player.feedback_label.text()  # the chosen option's feedback
    drive.click(widget.findChild(QAbstractButton, "option-a"))
    assert "Correct." in player.feedback_label.text()
    assert "Rayleigh" in player.feedback_label.text()  # the explanation


def test_submitting_lists_unanswered_questions_and_can_be_cancelled(
    drive: Driver, classroom: Classroom, make_shell: Callable[..., Shell]
) -> None:
    shell = make_shell(classroom.ctx)
    drive.login(shell, classroom.trainee, PASSWORD)
    player = _start(drive, shell, "exam")
    drive.click(player.submit_button)
    box = drive.prompt(shell, "submitPrompt")
    assert "Not answered: 1, 2, 3, 4, 5, 6, 7, 8." in box.informativeText()
    drive.answer(shell, "submitPrompt", yes=False)
    assert shell.current_screen() is player
    who = users.login(classroom.ctx, classroom.trainee, PASSWORD)
    assert attempts.get_attempt(classroom.ctx, who, player.view.id).status == "in_progress"


def test_interrupted_attempt_is_resumed_with_its_answers(
    qtbot: QtBot, drive: Driver, classroom: Classroom, make_shell: Callable[..., Shell]
) -> None:
    shell = make_shell(classroom.ctx)
    drive.login(shell, classroom.trainee, PASSWORD)
    player = _start(drive, shell, "exam")
    by_type = {q.type: i for i, q in enumerate(player.questions)}
    player.navigator.buttons[by_type["single_choice"]].click()
    drive.click(player.widget.findChild(QAbstractButton, "option-b"))  # type: ignore[union-attr]
    player.navigator.buttons[by_type["short_answer"]].click()
    edit = player.widget.findChild(QLineEdit, "answerEdit")  # type: ignore[union-attr]
    drive.type(edit, "Bakı")
    attempt_id = player.view.id
    shell.close()  # the laptop is shut before the typed answer's debounce fires
    classroom.ctx.close()

    ctx = open_app(classroom.data_dir)
    again = make_shell(ctx)
    drive.login(again, classroom.trainee, PASSWORD)
    box = drive.prompt(again, "resumePrompt")
    assert "Answered: 2 of 8" in box.informativeText()
    assert "Time left" in box.informativeText()
    drive.answer(again, "resumePrompt")
    resumed = again.current_screen()
    assert isinstance(resumed, QuizPlayer)
    assert resumed.view.id == attempt_id
    assert resumed.question.type == "single_choice" or resumed.state.index == 0
    resumed.navigator.buttons[by_type["single_choice"]].click()
    assert resumed.widget.findChild(QAbstractButton, "option-b").isChecked()  # type: ignore[union-attr]
    resumed.navigator.buttons[by_type["short_answer"]].click()
    text = resumed.widget.findChild(QLineEdit, "answerEdit").text()  # type: ignore[union-attr]
    assert text == "Bakı"
    left = resumed.remaining()
    assert left is not None and 0 < left <= 30 * 60
    ctx.close()


def test_time_up_submits_and_shows_the_result(
    qtbot: QtBot, drive: Driver, classroom: Classroom, make_shell: Callable[..., Shell]
) -> None:
    shell = make_shell(classroom.ctx)
    drive.login(shell, classroom.trainee, PASSWORD)
    player = _start(drive, shell, "exam")
    player.deadline = time.monotonic()  # the countdown reaches zero at the next tick
    qtbot.waitUntil(lambda: isinstance(shell.current_screen(), ResultsScreen), timeout=5_000)
    results = shell.current_screen()
    assert isinstance(results, ResultsScreen)
    assert "Time is up" in results.find(QLabel, "noticeLabel").text()
    who = users.login(classroom.ctx, classroom.trainee, PASSWORD)
    assert attempts.get_attempt(classroom.ctx, who, player.view.id).status != "in_progress"


def test_review_is_withheld_when_the_policy_is_never(
    drive: Driver, classroom: Classroom, make_shell: Callable[..., Shell]
) -> None:
    shell = make_shell(classroom.ctx)
    drive.login(shell, classroom.trainee, PASSWORD)
    player = _start(drive, shell, "sealed", confirm=False)
    drive.click(player.widget.findChild(QAbstractButton, "option-true"))  # type: ignore[union-attr]
    drive.click(player.submit_button)
    drive.answer(shell, "submitPrompt")
    results = shell.current_screen()
    assert isinstance(results, ResultsScreen)
    assert results.find(QLabel, "percentLabel").text() == "100 %"
    assert "Passed" in results.find(QLabel, "verdictLabel").text()
    assert not results.find(QLabel, "reviewHeading").isVisible()
    assert "not shown" in results.find(QTextBrowser, "reviewBrowser").toPlainText()
    assert results.find(QPushButton, "homeButton").isVisible()


def test_idle_logout_in_an_exam_keeps_the_typed_answer_and_closes_questions(
    qtbot: QtBot, drive: Driver, classroom: Classroom, make_shell: Callable[..., Shell]
) -> None:
    shell = make_shell(classroom.ctx)
    drive.login(shell, classroom.trainee, PASSWORD)
    player = _start(drive, shell, "exam")
    index = next(i for i, q in enumerate(player.questions) if q.type == "essay")
    drive.click(player.navigator.buttons[index])
    edit = player.widget.findChild(QPlainTextEdit, "essayEdit")  # type: ignore[union-attr]
    drive.type(edit, "Sənəd saxtadır")
    drive.click(player.submit_button)
    drive.prompt(shell, "submitPrompt")
    shell.idle.start(10)  # the trainee walked away
    qtbot.waitUntil(lambda: shell.principal is None, timeout=5_000)
    qtbot.waitUntil(lambda: shell.findChild(QMessageBox, "submitPrompt") is None)
    who = users.login(classroom.ctx, classroom.trainee, PASSWORD)
    view = attempts.get_attempt(classroom.ctx, who, player.view.id)
    assert view.status == "in_progress"
    assert view.questions[index].response == "Sənəd saxtadır"
