"""The quiz player: one question at a time, navigator, flags, countdown, saves, submission.

Every answer is saved through services.attempts.save_answer as soon as it changes (text is
debounced); the attempt can be resumed after a crash or a closed program.
"""

from __future__ import annotations

import logging
import time
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QWidget

from mobilaze_training.errors import ConflictError, InvalidInput, MobilazeError
from mobilaze_training.gui.dialogs import show_error
from mobilaze_training.gui.screen import Screen, set_flag, set_role, show_text
from mobilaze_training.gui.trainee.media import load_image
from mobilaze_training.gui.trainee.navigator import QuestionNavigator
from mobilaze_training.gui.trainee.prompts import ask
from mobilaze_training.gui.trainee.questions import AnswerWidget, answer_widget
from mobilaze_training.gui.trainee.texts import clock, esc, loc, local_time
from mobilaze_training.services import attempts
from mobilaze_training.services.attempts import AttemptView, QuestionView, SavedAnswer

if TYPE_CHECKING:
    from mobilaze_training.gui.shell import Shell

log = logging.getLogger(__name__)

DEBOUNCE_MS = 600
WARN_SECONDS = 5 * 60


@dataclass
class QuizState:
    """What survives a rebuild of the player (language switch): the attempt and position."""

    attempt_id: uuid.UUID
    index: int = 0
    feedback: dict[str, SavedAnswer] = field(default_factory=dict)


def _is_answered(response: Any) -> bool:
    return response not in (None, "", [], {})


def _same(a: Any, b: Any) -> bool:
    """Whether two responses are the same answer (all kinds of 'no answer' are equal)."""
    return a == b or (not _is_answered(a) and not _is_answered(b))


class QuizPlayer(Screen):
    form_name = "quiz_player"

    def __init__(self, shell: Shell, state: QuizState) -> None:
        super().__init__(shell)
        self.state = state
        self.lang = shell.languages.current
        self.finished = False
        self.widget: AnswerWidget | None = None
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.save_now)
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self._tick)
        self.saved_label = self.find(QLabel, "savedLabel")
        self.timer_label = self.find(QLabel, "timerLabel")
        self.feedback_label = self.find(QLabel, "feedbackLabel")
        self.flag_button = self.find(QPushButton, "flagButton")
        self.previous_button = self.find(QPushButton, "previousButton")
        self.next_button = self.find(QPushButton, "nextButton")
        self.submit_button = self.find(QPushButton, "submitButton")
        principal = shell.principal
        assert principal is not None
        self.view: AttemptView = attempts.get_attempt(shell.ctx, principal, state.attempt_id)
        self.questions: list[QuestionView] = self.view.questions
        self.default = self.view.language
        self.responses = {q.id: q.response for q in self.questions}
        self.flags = {q.id: q.flagged for q in self.questions}
        self.navigator = QuestionNavigator(len(self.questions), self)
        host_layout = self.find(QWidget, "navigatorHost").layout()
        assert host_layout is not None
        host_layout.addWidget(self.navigator)
        for i, q in enumerate(self.questions):
            self.navigator.set_state(i, _is_answered(q.response), q.flagged)
        self.navigator.chosen.connect(self.go_to)
        self.find(QLabel, "assessmentLabel").setText(
            loc(self.view.module_title, self.lang, self.default)
        )
        self.flag_button.toggled.connect(self._flag_toggled)
        self.previous_button.clicked.connect(lambda: self.go_to(self.state.index - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.state.index + 1))
        self.submit_button.clicked.connect(self.ask_submit)
        QShortcut(QKeySequence("Ctrl+PgUp"), self, lambda: self.go_to(self.state.index - 1))
        QShortcut(QKeySequence("Ctrl+PgDown"), self, lambda: self.go_to(self.state.index + 1))
        show_text(self.saved_label, "")
        self.deadline: float | None = None
        remaining = self.view.remaining_seconds()
        self.timer_label.setVisible(remaining is not None)
        if self.view.status != attempts.IN_PROGRESS:
            # Submitted meanwhile (its time ran out): show the result instead.
            self.finished = True
            QTimer.singleShot(0, self, lambda: self._open_results(timed_out=True))
            return
        if remaining is not None:
            self.deadline = time.monotonic() + remaining
            self.ticker.start()
        self._tick()
        if self.questions:
            self.show_question(min(state.index, len(self.questions) - 1))

    def screen_title(self) -> str:
        return self.assessment_title()

    def assessment_title(self) -> str:
        return loc(self.view.assessment_title, self.lang, self.default)

    def initial_focus(self) -> QWidget | None:
        return self.widget.focus_target() if self.widget is not None else None

    @property
    def question(self) -> QuestionView:
        return self.questions[self.state.index]

    # ---- showing a question -----------------------------------------------------------
    def show_question(self, index: int) -> None:
        self.state.index = index
        q = self.questions[index]
        host = self.find(QWidget, "answerHost")
        layout = host.layout()
        assert layout is not None
        if self.widget is not None:
            layout.removeWidget(self.widget)
            self.widget.hide()
            self.widget.deleteLater()
        response = self.responses[q.id]
        view = q if response == q.response else _with_response(q, response)
        self.widget = answer_widget(view, self.lang, self.default)
        self.widget.changed.connect(self._changed)
        self.widget.activated.connect(self._enter_pressed)
        layout.addWidget(self.widget)
        self.widget.show()
        points = self.tr("%n point(s)", "", int(q.points)) if q.points == int(q.points) else ""
        number = self.tr("Question %1 of %2").replace("%1", str(index + 1))
        number = number.replace("%2", str(len(self.questions)))
        self.find(QLabel, "numberLabel").setText(f"{number} · {points}" if points else number)
        self.find(QLabel, "promptLabel").setText(
            loc(q.content.get("prompt"), self.lang, self.default)
        )
        self.find(QLabel, "instructionLabel").setText(self.instruction(q.type))
        self._show_image(q)
        self.flag_button.blockSignals(True)
        self.flag_button.setChecked(self.flags[q.id])
        self.flag_button.blockSignals(False)
        saved = self.state.feedback.get(q.id)
        self._show_feedback(saved)
        self.navigator.set_current(index)
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self.questions) - 1)
        self._update_progress()
        self.find(QScrollArea, "questionScroll").verticalScrollBar().setValue(0)
        self.widget.focus_target().setFocus()

    def instruction(self, kind: str) -> str:
        return {
            "single_choice": self.tr("Choose one answer."),
            "multiple_choice": self.tr("Choose every answer that applies."),
            "true_false": self.tr("Is this statement true or false?"),
            "short_answer": self.tr("Type a short answer."),
            "numeric": self.tr("Type a number."),
            "matching": self.tr(
                "For each item on the left, choose the matching text. Some texts match nothing."
            ),
            "ordering": self.tr(
                "Put the items in the right order: select one and move it with Alt+Up and "
                "Alt+Down, with the buttons, or by dragging."
            ),
            "essay": self.tr("Write your answer in your own words. An instructor marks it."),
        }.get(kind, "")

    def _show_image(self, q: QuestionView) -> None:
        label = self.find(QLabel, "imageLabel")
        path = q.content.get("image")
        image = None
        if path and self.shell.principal is not None:
            image = load_image(self.shell.ctx, self.shell.principal, self.view.module_id, path, 640)
        label.setPixmap(QPixmap.fromImage(image) if image is not None else QPixmap())
        label.setVisible(image is not None)

    def _update_progress(self) -> None:
        answered = sum(1 for r in self.responses.values() if _is_answered(r))
        text = self.tr("Answered: %1 of %2").replace("%1", str(answered))
        self.find(QLabel, "progressLabel").setText(text.replace("%2", str(len(self.questions))))

    def _enter_pressed(self) -> None:
        self.save_now()
        self.go_to(self.state.index + 1)

    def go_to(self, index: int) -> None:
        if self.finished or not 0 <= index < len(self.questions) or index == self.state.index:
            return
        self.save_now()
        if not self.finished:
            self.show_question(index)

    # ---- saving -----------------------------------------------------------------------
    def _changed(self) -> None:
        if self.widget is not None and self.widget.textual:
            self._set_saved_text(self.tr("Saving…"), saving=True)
            self.debounce.start()
        else:
            self.save_now()

    def save_now(self) -> None:
        """Save the shown question's answer if it changed since the last save."""
        self.debounce.stop()
        if self.finished or self.widget is None or self.shell.principal is None:
            return
        q = self.question
        response = self.widget.response()
        if _same(response, self.responses[q.id]):
            if self.saved_label.property("saving") == "true":
                self._set_saved_text(self.saved_label.property("lastSaved") or "", saving=False)
            return
        self._set_saved_text(self.tr("Saving…"), saving=True)
        try:
            saved = attempts.save_answer(
                self.shell.ctx, self.shell.principal, self.view.id, q.id, response
            )
        except ConflictError as exc:  # time is up, or submitted elsewhere
            log.info("answer not saved: %s", exc)
            self.show_results(timed_out=True)
            return
        except InvalidInput as exc:
            self._set_saved_text(self.tr("Not saved"), saving=True)
            set_role(self.feedback_label, "error")
            show_text(self.feedback_label, esc(str(exc)))
            return
        except MobilazeError as exc:
            self._set_saved_text(self.tr("Not saved"), saving=True)
            show_error(self, exc)
            return
        self.responses[q.id] = response
        self.navigator.set_state(self.state.index, _is_answered(response), self.flags[q.id])
        self._update_progress()
        text = self.tr("Saved %1").replace("%1", local_time(saved.saved_at))
        self.saved_label.setProperty("lastSaved", text)
        self._set_saved_text(text, saving=False)
        if self.view.feedback == "immediate":
            self.state.feedback[q.id] = saved
            self._show_feedback(saved)

    def _set_saved_text(self, text: str, *, saving: bool) -> None:
        show_text(self.saved_label, text)
        set_flag(self.saved_label, "saving", saving)

    def _show_feedback(self, saved: SavedAnswer | None) -> None:
        info = saved.feedback if saved is not None else None
        if not info or not _is_answered(info.get("response")):
            show_text(self.feedback_label, "")
            return
        parts = []
        if info.get("correct") is None:
            set_role(self.feedback_label, "notice")
            parts.append(esc(self.tr("Saved. An instructor marks this answer.")))
        elif info["correct"]:
            set_role(self.feedback_label, "success")
            parts.append("<b>" + esc(self.tr("✓ Correct.")) + "</b>")
        else:
            set_role(self.feedback_label, "failure")
            parts.append("<b>" + esc(self.tr("✗ Not correct yet.")) + "</b>")
        chosen = info.get("response")
        chosen_ids = chosen if isinstance(chosen, list) else [chosen]
        for option_id, text in (info.get("option_feedback") or {}).items():
            if option_id in chosen_ids:
                parts.append(esc(loc(text, self.lang, self.default)))
        if info.get("explanation"):
            parts.append(esc(loc(info["explanation"], self.lang, self.default)))
        show_text(self.feedback_label, "<br>".join(parts))

    def _flag_toggled(self, flagged: bool) -> None:
        q = self.question
        principal = self.shell.principal
        if principal is None or self.finished:
            return
        try:
            attempts.set_flag(self.shell.ctx, principal, self.view.id, q.id, flagged)
        except MobilazeError as exc:
            show_error(self, exc)
            return
        self.flags[q.id] = flagged
        self.navigator.set_state(self.state.index, _is_answered(self.responses[q.id]), flagged)

    def about_to_leave(self) -> None:
        self.ticker.stop()
        if not self.finished:
            self.save_now()

    # ---- time and submission ----------------------------------------------------------
    def remaining(self) -> float | None:
        return None if self.deadline is None else max(0.0, self.deadline - time.monotonic())

    def _tick(self) -> None:
        left = self.remaining()
        if left is None:
            return
        self.timer_label.setText(clock(left))
        self.timer_label.setToolTip(self.tr("Time left"))
        set_flag(self.timer_label, "warning", left <= WARN_SECONDS)
        if left <= 0 and not self.finished:
            self.ticker.stop()
            self.save_now()
            if not self.finished:
                self.submit(timed_out=True)

    def ask_submit(self) -> None:
        self.save_now()
        if self.finished:
            return
        unanswered = [
            str(i + 1)
            for i, q in enumerate(self.questions)
            if not _is_answered(self.responses[q.id])
        ]
        flagged = [str(i + 1) for i, q in enumerate(self.questions) if self.flags[q.id]]
        lines = []
        if unanswered:
            lines.append(self.tr("Not answered: %1.").replace("%1", ", ".join(unanswered)))
        if flagged:
            lines.append(self.tr("Flagged for review: %1.").replace("%1", ", ".join(flagged)))
        lines.append(self.tr("After submitting you cannot change your answers."))
        ask(
            self,
            "submitPrompt",
            self.tr("Submit your answers?"),
            self.tr("Submit your answers now?")
            if not unanswered
            else self.tr("%n question(s) are not answered. Submit anyway?", "", len(unanswered)),
            self.tr("&Submit"),
            self.tr("&Keep working"),
            self.submit,
            details="\n".join(lines),
        )

    def submit(self, timed_out: bool = False) -> None:
        principal = self.shell.principal
        if self.finished or principal is None:
            return
        try:
            attempts.submit_attempt(self.shell.ctx, principal, self.view.id)
        except ConflictError:
            pass  # submitted already (by the deadline): show the result
        except MobilazeError as exc:
            show_error(self, exc)
            return
        self.show_results(timed_out=timed_out)

    def show_results(self, timed_out: bool = False) -> None:
        if self.finished:
            return
        self.finished = True
        self._open_results(timed_out)

    def _open_results(self, timed_out: bool) -> None:
        from mobilaze_training.gui.trainee.results import ResultsScreen

        self.ticker.stop()
        self.debounce.stop()
        shell, attempt_id = self.shell, self.view.id
        notice = self.tr("Time is up: your answers were submitted.") if timed_out else ""
        shell.replace_screen(lambda: ResultsScreen(shell, attempt_id, notice))


def _with_response(q: QuestionView, response: Any) -> QuestionView:
    from dataclasses import replace

    return replace(q, response=response, answered=_is_answered(response))
