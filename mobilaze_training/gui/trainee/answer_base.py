"""The base of the answer controls: a `changed` signal, `response()`, `set_response()`.

Responses follow course-module-format.md "Responses". `set_response` loads a saved answer
without emitting `changed`. Text controls are `textual` (the player debounces their saves);
`activated` asks the player to go on to the next question (Enter in a one-line answer).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from mobilaze_training.gui.trainee.texts import loc
from mobilaze_training.services.attempts import QuestionView


class AnswerWidget(QWidget):
    changed = Signal()
    activated = Signal()
    textual = False

    def __init__(self, question: QuestionView, lang: str, default: str) -> None:
        super().__init__()
        self.question = question
        self.lang = lang
        self.default = default
        self._loading = False
        self.setObjectName(f"answer-{question.type}")

    def text(self, value: Any) -> str:
        return loc(value, self.lang, self.default)

    def response(self) -> Any:
        raise NotImplementedError

    def set_response(self, value: Any) -> None:
        self._loading = True
        try:
            self._load(value)
        finally:
            self._loading = False

    def _load(self, value: Any) -> None:
        raise NotImplementedError

    def _emit(self, *_args: object) -> None:
        if not self._loading:
            self.changed.emit()

    def focus_target(self) -> QWidget:
        return self
