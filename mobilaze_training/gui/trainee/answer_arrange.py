"""Answer controls for matching (a combo box per item) and ordering (a reorderable list)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mobilaze_training.gui.trainee.answer_base import AnswerWidget
from mobilaze_training.gui.trainee.texts import mnemonic_safe
from mobilaze_training.services.attempts import QuestionView


class Matching(AnswerWidget):
    def __init__(self, question: QuestionView, lang: str, default: str) -> None:
        super().__init__(question, lang, default)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(16)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 3)
        rights = {r["id"]: r for r in question.content.get("rights", [])}
        order = question.layout.get("rights") or list(rights)
        self.combos: dict[str, QComboBox] = {}
        for row, left in enumerate(question.content.get("lefts", [])):
            left_text = self.text(left["text"])
            label = QLabel(mnemonic_safe(left_text))
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            combo = QComboBox()
            combo.setObjectName(f"match-{left['id']}")
            combo.setAccessibleName(left_text)
            combo.addItem(self.tr("— choose —"), None)
            for right_id in order:
                combo.addItem(self.text(rights[right_id]["text"]), right_id)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(18)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            view = combo.view()
            view.setTextElideMode(Qt.TextElideMode.ElideNone)
            view.setMinimumWidth(view.sizeHintForColumn(0) + 24)
            label.setBuddy(combo)
            grid.addWidget(label, row, 0)
            grid.addWidget(combo, row, 1)
            combo.currentIndexChanged.connect(self._emit)
            combo.currentIndexChanged.connect(
                lambda _i, c=combo: c.setToolTip(c.currentText() if c.currentIndex() else "")
            )
            self.combos[left["id"]] = combo

    def response(self) -> Any:
        chosen = {lid: c.currentData() for lid, c in self.combos.items() if c.currentIndex() > 0}
        return chosen or None

    def _load(self, value: Any) -> None:
        for lid, right in (value if isinstance(value, dict) else {}).items():
            combo = self.combos.get(lid)
            if combo is not None:
                index = combo.findData(right)
                combo.setCurrentIndex(max(0, index))

    def focus_target(self) -> QWidget:
        return next(iter(self.combos.values()), self)


class Ordering(AnswerWidget):
    def __init__(self, question: QuestionView, lang: str, default: str) -> None:
        super().__init__(question, lang, default)
        self._touched = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.items = {i["id"]: i for i in question.content.get("items", [])}
        self.list = QListWidget()
        self.list.setObjectName("orderList")
        self.list.setAccessibleName(self.tr("Items to put in order"))
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setWordWrap(True)
        self._fill(question.layout.get("items") or list(self.items))
        self.list.model().rowsMoved.connect(self._moved)
        layout.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move &down"))
        self.keep_button = QPushButton(self.tr("&Keep this order"))
        self.up_button.setToolTip(self.tr("Alt+Up"))
        self.down_button.setToolTip(self.tr("Alt+Down"))
        self.keep_button.setToolTip(self.tr("Answer with the order shown"))
        for button in (self.up_button, self.down_button, self.keep_button):
            button.setAutoDefault(True)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(+1))
        self.keep_button.clicked.connect(self._keep)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("Alt+Up"), self, lambda: self.move(-1), context)
        QShortcut(QKeySequence("Alt+Down"), self, lambda: self.move(+1), context)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _fill(self, order: list[str]) -> None:
        self.list.clear()
        for item_id in order:
            if item_id in self.items:
                item = QListWidgetItem()
                item.setData(Qt.ItemDataRole.UserRole, item_id)
                self.list.addItem(item)
        self._number()

    def _number(self) -> None:
        """Show each item's position (1., 2., ...) in front of its text."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            text = self.text(self.items[item.data(Qt.ItemDataRole.UserRole)]["text"])
            item.setText(f"{row + 1}.  {text}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{row + 1}. {text}")

    def order(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self._moved()

    def _moved(self, *_args: object) -> None:
        self._number()
        self._touched = True
        self.keep_button.setEnabled(False)
        self._emit()

    def _keep(self) -> None:
        self._moved()
        self.list.setFocus()

    def response(self) -> Any:
        return self.order() if self._touched else None

    def _load(self, value: Any) -> None:
        if isinstance(value, list) and value:
            rest = [i for i in self.order() if i not in value]
            self._fill([i for i in value if i in self.items] + rest)
            self._touched = True
            self.keep_button.setEnabled(False)
            self.list.setCurrentRow(0)

    def focus_target(self) -> QWidget:
        return self.list
