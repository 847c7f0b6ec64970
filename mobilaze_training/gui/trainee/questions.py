"""One answer control per question type (text types here; the others in answer_*.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from mobilaze_training.gui.screen import set_role
from mobilaze_training.gui.trainee.answer_arrange import Matching, Ordering
from mobilaze_training.gui.trainee.answer_base import AnswerWidget
from mobilaze_training.gui.trainee.answer_choices import MultipleChoice, SingleChoice, TrueFalse
from mobilaze_training.services.attempts import QuestionView

__all__ = ["WIDGETS", "AnswerWidget", "answer_widget"]


class ShortAnswer(AnswerWidget):
    textual = True

    def __init__(self, question: QuestionView, lang: str, default: str) -> None:
        super().__init__(question, lang, default)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self.tr("Your &answer:"))
        self.edit = QLineEdit()
        self.edit.setObjectName("answerEdit")
        self.edit.setMaxLength(500)
        self.label.setBuddy(self.edit)
        layout.addWidget(self.label)
        layout.addWidget(self.edit)
        self.edit.textEdited.connect(self._emit)
        self.edit.returnPressed.connect(self.activated)

    def response(self) -> Any:
        return self.edit.text()

    def _load(self, value: Any) -> None:
        self.edit.setText(value if isinstance(value, str) else "")

    def focus_target(self) -> QWidget:
        return self.edit


class Numeric(ShortAnswer):
    def __init__(self, question: QuestionView, lang: str, default: str) -> None:
        super().__init__(question, lang, default)
        self.edit.setMaxLength(40)
        pattern = QRegularExpression(r"^\s*[+\-\x{2212}]?[0-9\s\x{00a0}\x{202f}]*([.,][0-9]*)?\s*$")
        self.edit.setValidator(QRegularExpressionValidator(pattern, self.edit))
        self.edit.setPlaceholderText(self.tr("for example 3,5"))
        hint = QLabel(self.tr("A number; a decimal comma or point are both fine."))
        set_role(hint, "muted")
        self.layout().addWidget(hint)

    def response(self) -> Any:
        text = "".join(self.edit.text().split()).replace("−", "-")
        return text if any(c.isdigit() for c in text) else None

    def _load(self, value: Any) -> None:
        if isinstance(value, int | float) and not isinstance(value, bool):
            value = f"{value:g}"
        self.edit.setText(value if isinstance(value, str) else "")


class Essay(AnswerWidget):
    textual = True

    def __init__(self, question: QuestionView, lang: str, default: str) -> None:
        super().__init__(question, lang, default)
        self.max_words = question.content.get("max_words")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Your &answer:"))
        self.edit = QPlainTextEdit()
        self.edit.setObjectName("essayEdit")
        self.edit.setTabChangesFocus(True)
        self.edit.setMinimumHeight(220)
        label.setBuddy(self.edit)
        self.counter = QLabel()
        self.counter.setObjectName("wordCounter")
        set_role(self.counter, "muted")
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(self.counter)
        self.edit.textChanged.connect(self._count)
        self.edit.textChanged.connect(self._emit)
        self._count()

    def words(self) -> int:
        return len(self.edit.toPlainText().split())

    def _count(self) -> None:
        n = self.words()
        if self.max_words:
            text = self.tr("Words: %1 of at most %2").replace("%1", str(n))
            text = text.replace("%2", str(self.max_words))
            if n > self.max_words:
                text += " — " + self.tr("too long, please shorten your answer")
            set_role(self.counter, "error" if n > self.max_words else "muted")
        else:
            text = self.tr("Words: %1").replace("%1", str(n))
        self.counter.setText(text)

    def response(self) -> Any:
        return self.edit.toPlainText()

    def _load(self, value: Any) -> None:
        self.edit.setPlainText(value if isinstance(value, str) else "")

    def focus_target(self) -> QWidget:
        return self.edit


WIDGETS: dict[str, type[AnswerWidget]] = {
    "single_choice": SingleChoice,
    "multiple_choice": MultipleChoice,
    "true_false": TrueFalse,
    "short_answer": ShortAnswer,
    "numeric": Numeric,
    "matching": Matching,
    "ordering": Ordering,
    "essay": Essay,
}


def answer_widget(question: QuestionView, lang: str, default: str) -> AnswerWidget:
    widget = WIDGETS[question.type](question, lang, default)
    widget.set_response(question.response)
    return widget
