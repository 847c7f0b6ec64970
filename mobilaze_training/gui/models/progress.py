"""The progress grid: trainees by modules, colour-coded, with the status also in words.

Everything the view asks for is computed in set_rows(), so data() is a list lookup per cell
and a cohort of 2,000 trainees by 20 modules opens at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from mobilaze_training.gui.models.base import (
    ACCESSIBLE,
    DISPLAY,
    HORIZONTAL,
    SORT_ROLE,
    TOOLTIP,
    SourceSortProxy,
    permute_rows,
    sorted_rows,
)
from mobilaze_training.gui.models.formatting import collation_ranks, local_date, percent
from mobilaze_training.services.cohorts import ModuleProgress, ProgressRow

Index = QModelIndex | QPersistentModelIndex

BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
#: the status of a module cell, one of the constants below
STATUS_ROLE = int(Qt.ItemDataRole.UserRole) + 2
#: name and username together, for the name filter
FILTER_ROLE = int(Qt.ItemDataRole.UserRole) + 3

# Status of a cell; the value is also its rank when sorting (worst first).
OVERDUE, NOT_STARTED, IN_PROGRESS, PENDING_REVIEW, PASSED = range(5)
STATUSES = (OVERDUE, NOT_STARTED, IN_PROGRESS, PENDING_REVIEW, PASSED)

#: background colours: passed green, review amber, in progress light blue, not started grey,
#: overdue red; every cell also says its status in words and with a symbol.
COLOURS = {
    PASSED: "#c8e6c9",
    PENDING_REVIEW: "#ffe08a",
    IN_PROGRESS: "#cfe5fb",
    NOT_STARTED: "#e4e4e4",
    OVERDUE: "#f4b4b4",
}
TEXT_COLOUR = "#1a1a1a"
SYMBOLS = {PASSED: "✔", PENDING_REVIEW: "✎", IN_PROGRESS: "◐", NOT_STARTED: "○", OVERDUE: "⚠"}


def cell_status(progress: ModuleProgress, now: datetime) -> int:
    """The grid status of one trainee in one module."""
    if progress.passed:
        return PASSED
    if progress.pending_review:
        return PENDING_REVIEW
    if progress.due_at is not None and progress.due_at < now:
        return OVERDUE
    if progress.attempts or progress.lessons_opened:
        return IN_PROGRESS
    return NOT_STARTED


class ProgressTableModel(QAbstractTableModel):
    """Rows: trainees. Columns: name, username, modules passed, then one per module."""

    COL_NAME = 0
    COL_USERNAME = 1
    COL_PASSED = 2
    FIRST_MODULE = 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ProgressRow] = []
        self._module_ids: list[str] = []
        self._titles: list[str] = []
        self._text: list[list[str]] = []
        self._status: list[list[int]] = []
        self._sort: list[list[Any]] = []
        self._filter: list[str] = []
        self._now = datetime.now(UTC)
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._fixed_headers = [self.tr("Trainee"), self.tr("Username"), self.tr("Passed")]
        self._words = self.status_words()
        self._brushes = {k: QBrush(QColor(v)) for k, v in COLOURS.items()}
        self._text_brush = QBrush(QColor(TEXT_COLOUR))
        self._centre = int(Qt.AlignmentFlag.AlignCenter)

    def status_words(self) -> dict[int, str]:
        """Each status in words (translated), as the legend and the cells show it."""
        return {
            PASSED: self.tr("Passed"),
            PENDING_REVIEW: self.tr("Review pending"),
            IN_PROGRESS: self.tr("In progress"),
            NOT_STARTED: self.tr("Not started"),
            OVERDUE: self.tr("Overdue"),
        }

    # ---- API ----------------------------------------------------------------------------
    def set_rows(
        self,
        rows: Sequence[ProgressRow],
        modules: Sequence[tuple[str, str]],
        now: datetime | None = None,
    ) -> None:
        """Show `rows`; `modules` are (module id, title) in column order."""
        self.beginResetModel()
        self._now = now or datetime.now(UTC)
        self._rows = list(rows)
        self._module_ids = [module_id for module_id, _title in modules]
        self._titles = [title for _module_id, title in modules]
        position = {module_id: i for i, module_id in enumerate(self._module_ids)}
        width = len(self._module_ids)
        words = {k: f"{SYMBOLS[k]} {w}" for k, w in self._words.items()}
        # (status, best percent) -> (text, sort key): a few hundred distinct pairs at most
        memo: dict[tuple[int, Decimal | None], tuple[str, float]] = {}

        def describe(st: int, best: Decimal | None) -> tuple[str, float]:
            text = words[st]
            if best is not None and st in (PASSED, IN_PROGRESS):
                text = f"{text} · {percent(best)}"
            found = memo[(st, best)] = (text, st * 1000.0 + float(best or 0))
            return found

        not_started = describe(NOT_STARTED, None)
        now_ = self._now
        texts: list[list[str]] = []
        statuses: list[list[int]] = []
        sorts: list[list[Any]] = []
        filters: list[str] = []
        for row in self._rows:
            cells = [not_started[0]] * width
            status = [NOT_STARTED] * width
            keys: list[Any] = [not_started[1]] * width
            passed = 0
            for progress in row.modules:
                i = position.get(progress.module_id)
                if i is None:
                    continue
                st = cell_status(progress, now_)
                if st == PASSED:
                    passed += 1
                pair = (st, progress.best_percent)
                cells[i], keys[i] = memo.get(pair) or describe(*pair)
                status[i] = st
            texts.append([row.full_name, row.username, f"{passed} / {width}", *cells])
            statuses.append(status)
            sorts.append([row.full_name, row.username, passed, *keys])
            filters.append(f"{row.full_name} {row.username}")
        ranks = collation_ranks([r.full_name for r in self._rows])
        for keys, rank in zip(sorts, ranks, strict=True):
            keys[self.COL_NAME] = rank
        self._text, self._status, self._sort, self._filter = texts, statuses, sorts, filters
        if 0 <= self._sort_column < self.columnCount():
            self._permute(sorted_rows(self._sort, self._sort_column, self._sort_order))
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows on the precomputed keys (worst status first when ascending)."""
        self._sort_column, self._sort_order = column, order
        if self._text and 0 <= column < self.columnCount():
            permute_rows(self, sorted_rows(self._sort, column, order), self._permute)

    def _permute(self, order: list[int]) -> None:
        self._rows = [self._rows[i] for i in order]
        self._text = [self._text[i] for i in order]
        self._status = [self._status[i] for i in order]
        self._sort = [self._sort[i] for i in order]
        self._filter = [self._filter[i] for i in order]

    def module_ids(self) -> list[str]:
        return list(self._module_ids)

    def module_at(self, column: int) -> str | None:
        i = column - self.FIRST_MODULE
        return self._module_ids[i] if 0 <= i < len(self._module_ids) else None

    def text(self, row: int, column: int) -> str:
        return self._text[row][column]

    def trainee(self, row: int) -> ProgressRow:
        return self._rows[row]

    def progress(self, row: int, column: int) -> ModuleProgress | None:
        module_id = self.module_at(column)
        if module_id is None:
            return None
        for item in self._rows[row].modules:
            if item.module_id == module_id:
                return item
        return None

    def status(self, row: int, column: int) -> int | None:
        i = column - self.FIRST_MODULE
        return self._status[row][i] if 0 <= i < len(self._module_ids) else None

    # ---- Qt -----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._text)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.FIRST_MODULE + len(self._module_ids)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (DISPLAY, ACCESSIBLE):
            return self._text[row][column]
        if role == SORT_ROLE:
            return self._sort[row][column]
        if role == FILTER_ROLE:
            return self._filter[row] if column == self.COL_NAME else None
        module = column - self.FIRST_MODULE
        if module < 0:
            if role == ALIGNMENT and column == self.COL_PASSED:
                return self._centre
            return None
        if role == BACKGROUND:
            return self._brushes[self._status[row][module]]
        if role == FOREGROUND:
            return self._text_brush
        if role == STATUS_ROLE:
            return self._status[row][module]
        if role == TOOLTIP:
            return self._tooltip(row, column)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation != HORIZONTAL:
            return section + 1 if role == DISPLAY else None
        if not 0 <= section < self.columnCount():
            return None
        module = section - self.FIRST_MODULE
        if role in (DISPLAY, ACCESSIBLE):
            return self._fixed_headers[section] if module < 0 else self._titles[module]
        if role == TOOLTIP and module >= 0:
            return f"{self._titles[module]}\n{self._module_ids[module]}"
        return None

    def _tooltip(self, row: int, column: int) -> str:
        item = self.progress(row, column)
        trainee = self._rows[row]
        status = self._words[self._status[row][column - self.FIRST_MODULE]]
        lines = [f"{trainee.full_name} — {self._titles[column - self.FIRST_MODULE]}", status]
        if item is not None:
            lines.append(
                self.tr("Lessons opened: %1 of %2")
                .replace("%1", str(item.lessons_opened))
                .replace("%2", str(item.lessons_total))
            )
            lines.append(self.tr("Attempts: %1").replace("%1", str(item.attempts)))
            if item.best_percent is not None:
                lines.append(self.tr("Best result: %1").replace("%1", percent(item.best_percent)))
            if item.due_at is not None:
                lines.append(self.tr("Due: %1").replace("%1", local_date(item.due_at)))
        lines.append(self.tr("Double-click or press Enter for the attempts."))
        return "\n".join(lines)


class ProgressFilterProxy(SourceSortProxy):
    """Filters by name or username (case-insensitive); the model sorts itself."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterRole(FILTER_ROLE)
        self.setFilterKeyColumn(ProgressTableModel.COL_NAME)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_name_filter(self, text: str) -> None:
        self.setFilterFixedString(text.strip())
