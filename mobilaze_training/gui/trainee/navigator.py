"""The question navigator: numbered buttons showing answered, flagged and current."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QToolButton, QWidget

from mobilaze_training.gui.screen import set_flag, set_role

COLUMNS = 5


class QuestionNavigator(QWidget):
    chosen = Signal(int)

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("questionNavigator")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(6)
        self.buttons: list[QToolButton] = []
        self.answered = [False] * count
        self.flagged = [False] * count
        self.current = -1
        for i in range(count):
            button = QToolButton(self)
            button.setObjectName(f"nav-{i + 1}")
            set_role(button, "nav", answered=False, flagged=False, current=False)
            button.clicked.connect(lambda _c=False, n=i: self.chosen.emit(n))
            grid.addWidget(button, i // COLUMNS, i % COLUMNS)
            self.buttons.append(button)
            self._describe(i)

    def set_state(self, index: int, answered: bool, flagged: bool) -> None:
        self.answered[index] = answered
        self.flagged[index] = flagged
        button = self.buttons[index]
        set_flag(button, "answered", answered)
        set_flag(button, "flagged", flagged)
        self._describe(index)

    def set_current(self, index: int) -> None:
        previous, self.current = self.current, index
        for i in (previous, index):
            if 0 <= i < len(self.buttons):
                set_flag(self.buttons[i], "current", i == index)
                self._describe(i)

    def _describe(self, i: int) -> None:
        button = self.buttons[i]
        button.setText(f"{i + 1} ⚑" if self.flagged[i] else str(i + 1))
        states = [self.tr("answered") if self.answered[i] else self.tr("not answered")]
        if self.flagged[i]:
            states.append(self.tr("flagged for review"))
        if i == self.current:
            states.append(self.tr("shown now"))
        text = self.tr("Question %1: %2").replace("%1", str(i + 1)).replace("%2", ", ".join(states))
        button.setToolTip(text)
        button.setAccessibleName(text)
