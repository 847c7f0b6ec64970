"""Answer controls for single choice, multiple choice and true/false questions."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mobilaze_training.gui.screen import set_flag, set_role
from mobilaze_training.gui.trainee.answer_base import AnswerWidget
from mobilaze_training.services.attempts import QuestionView


class ChoiceRow(QFrame):
    """A radio button or check box with a word-wrapped label that also toggles it."""

    def __init__(self, button: QAbstractButton, text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.button = button
        set_role(self, "choice")
        button.setAccessibleName(text)
        button.setText("")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.label, 1)
        button.installEventFilter(self)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.button.click()
            self.button.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            set_flag(self, "focused", event.type() == QEvent.Type.FocusIn)
        return False


class _Choices(AnswerWidget):
    multiple = False

    def __init__(self, question: QuestionView, lang: str, default: str) -> None:
        super().__init__(question, lang, default)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        options = {o["id"]: o for o in question.content.get("options", [])}
        order = question.layout.get("options") or list(options)
        self.group = QButtonGroup(self)
        self.group.setExclusive(not self.multiple)
        self.buttons: dict[str, QAbstractButton] = {}
        for option_id in order:
            button: QAbstractButton = QCheckBox() if self.multiple else QRadioButton()
            button.setObjectName(f"option-{option_id}")
            row = ChoiceRow(button, self.text(options[option_id]["text"]), self)
            layout.addWidget(row)
            self.group.addButton(button)
            self.buttons[option_id] = button
            button.toggled.connect(self._emit)

    def focus_target(self) -> QWidget:
        checked = [b for b in self.buttons.values() if b.isChecked()]
        return (checked or list(self.buttons.values()) or [self])[0]


class SingleChoice(_Choices):
    def response(self) -> Any:
        return next((oid for oid, b in self.buttons.items() if b.isChecked()), None)

    def _load(self, value: Any) -> None:
        button = self.buttons.get(value) if isinstance(value, str) else None
        if button is not None:
            button.setChecked(True)

    def _emit(self, *args: object) -> None:
        # A radio switch toggles two buttons; report once, when one is checked.
        if args and args[0] is False:
            return
        super()._emit()


class MultipleChoice(_Choices):
    multiple = True

    def response(self) -> Any:
        return [oid for oid, b in self.buttons.items() if b.isChecked()]

    def _load(self, value: Any) -> None:
        for oid in value if isinstance(value, list) else []:
            if oid in self.buttons:
                self.buttons[oid].setChecked(True)


class TrueFalse(AnswerWidget):
    def __init__(self, question: QuestionView, lang: str, default: str) -> None:
        super().__init__(question, lang, default)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.true_button = QRadioButton(self.tr("True"))
        self.false_button = QRadioButton(self.tr("False"))
        self.true_button.setObjectName("option-true")
        self.false_button.setObjectName("option-false")
        for button in (self.true_button, self.false_button):
            layout.addWidget(button)
            button.toggled.connect(lambda on: on and self._emit())

    def response(self) -> Any:
        if self.true_button.isChecked():
            return True
        return False if self.false_button.isChecked() else None

    def _load(self, value: Any) -> None:
        if value is True:
            self.true_button.setChecked(True)
        elif value is False:
            self.false_button.setChecked(True)

    def focus_target(self) -> QWidget:
        return self.false_button if self.false_button.isChecked() else self.true_button
