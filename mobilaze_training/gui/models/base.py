"""A table model over a list of records whose cells are computed once, in set_rows()."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from mobilaze_training.gui.models.formatting import collation_ranks

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex

DISPLAY = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
HORIZONTAL = Qt.Orientation.Horizontal
#: the role proxies sort by: a number or a string per cell, precomputed
SORT_ROLE = int(Qt.ItemDataRole.UserRole) + 1


ASCENDING = Qt.SortOrder.AscendingOrder


def sorted_rows(keys: Sequence[Sequence[Any]], column: int, order: Qt.SortOrder) -> list[int]:
    """Row numbers in the order of `column`'s keys (stable, so ties keep their order)."""
    descending = order == Qt.SortOrder.DescendingOrder
    return sorted(range(len(keys)), key=lambda r: keys[r][column], reverse=descending)


def collate_column(keys: list[list[Any]], column: int) -> None:
    """Replace a column's text keys by their alphabetical ranks (interface language)."""
    if keys and isinstance(keys[0][column], str):
        ranks = collation_ranks([k[column] for k in keys])
        for row, rank in zip(keys, ranks, strict=True):
            row[column] = rank


def permute_rows(
    model: QAbstractItemModel, order: list[int], apply: Callable[[list[int]], None]
) -> None:
    """Reorder a model's rows (`apply` permutes its lists), keeping persistent indexes valid."""
    model.layoutAboutToBeChanged.emit()
    persistent = model.persistentIndexList()
    apply(order)
    position = [0] * len(order)
    for new, old in enumerate(order):
        position[old] = new
    model.changePersistentIndexList(
        persistent, [model.index(position[i.row()], i.column()) for i in persistent]
    )
    model.layoutChanged.emit()


class SourceSortProxy(QSortFilterProxyModel):
    """Filters in C++, but lets the source model sort itself on its precomputed keys.

    A QSortFilterProxyModel sorting 2,000 rows calls the Python data() tens of thousands of
    times; the source sorts the same rows in a millisecond with list.sort.
    """

    def sort(self, column: int, order: Qt.SortOrder = ASCENDING) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)


class RowTableModel(QAbstractTableModel, Generic[T]):
    """Rows of records; subclasses say how a record becomes cells.

    Subclasses define `headers()` (column titles, translated at construction time by the
    caller's language) and `cells(record)`; optionally `sort_keys(record)`. Columns listed in
    `collated` (names) sort in the interface language's alphabetical order.
    """

    collated: tuple[int, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[T] = []
        self._cells: list[list[str]] = []
        self._sort: list[list[Any]] = []
        self._headers = self.headers()
        self._sort_column = -1
        self._sort_order = ASCENDING

    # ---- to override ------------------------------------------------------------------
    def headers(self) -> list[str]:
        raise NotImplementedError

    def cells(self, record: T) -> list[str]:
        raise NotImplementedError

    def sort_keys(self, record: T, cells: list[str]) -> list[Any]:
        return list(cells)

    def tooltip(self, record: T, column: int) -> str | None:
        return None

    # ---- API ----------------------------------------------------------------------------
    def set_rows(self, records: Sequence[T]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self._cells = [self.cells(r) for r in self._records]
        self._sort = [self.sort_keys(r, c) for r, c in zip(self._records, self._cells, strict=True)]
        for column in self.collated:
            collate_column(self._sort, column)
        if 0 <= self._sort_column < len(self._headers):
            self._permute(self._order_by(self._sort_column, self._sort_order))
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = ASCENDING) -> None:
        self._sort_column, self._sort_order = column, order
        if self._records and 0 <= column < len(self._headers):
            permute_rows(self, self._order_by(column, order), self._permute)

    def _order_by(self, column: int, order: Qt.SortOrder) -> list[int]:
        collate_column(self._sort, column)
        return sorted_rows(self._sort, column, order)

    def _permute(self, order: list[int]) -> None:
        self._records = [self._records[i] for i in order]
        self._cells = [self._cells[i] for i in order]
        self._sort = [self._sort[i] for i in order]

    def record(self, row: int) -> T:
        return self._records[row]

    def records(self) -> list[T]:
        return list(self._records)

    def text(self, row: int, column: int) -> str:
        return self._cells[row][column]

    # ---- Qt -----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role in (DISPLAY, ACCESSIBLE):
            return self._cells[row][column]
        if role == SORT_ROLE:
            return self._sort[row][column]
        if role == TOOLTIP:
            return self.tooltip(self._records[row], column)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation == HORIZONTAL and role in (DISPLAY, ACCESSIBLE):
            if 0 <= section < len(self._headers):
                return self._headers[section]
            return None
        if orientation != HORIZONTAL and role == DISPLAY:
            return section + 1
        return None
