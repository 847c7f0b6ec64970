"""The outcome profile as a table: each learning outcome with its level and achieved share."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt

from mobilaze_training.gui.models.base import Index, RowTableModel
from mobilaze_training.gui.models.formatting import localised, percent
from mobilaze_training.services.outcome_rows import OutcomeStanding

# the achieved share (a float 0..1, or None when nothing assessed the outcome yet)
SHARE_ROLE = int(Qt.ItemDataRole.UserRole) + 2
# whether the outcome is achieved (bool), for the share bar's colour
ACHIEVED_ROLE = int(Qt.ItemDataRole.UserRole) + 3
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
RIGHTS_MARK = "⚖"


class OutcomeProfileModel(RowTableModel[OutcomeStanding]):
    """One row per outcome, in the module's order."""

    COL_OUTCOME, COL_LEVEL, COL_RIGHTS, COL_SHARE, COL_ACHIEVED, COL_PENDING = range(6)

    def __init__(self, lang: str, default: str = "en", parent: QObject | None = None) -> None:
        self._lang = lang
        self._default = default
        super().__init__(parent)

    def set_languages(self, lang: str, default: str) -> None:
        """The interface language and the module's first language (for the fallback)."""
        self._lang, self._default = lang, default

    def headers(self) -> list[str]:
        return [
            self.tr("Learning outcome"),
            self.tr("Level"),
            self.tr("Fundamental rights"),
            self.tr("Achieved share"),
            self.tr("Achieved"),
            self.tr("Waiting for grading"),
        ]

    def cells(self, record: OutcomeStanding) -> list[str]:
        share = record.share
        yes = self.tr("yes")
        return [
            localised(record.text, self._lang, self._default) or record.id,
            str(record.level),
            f"{RIGHTS_MARK} {yes}" if record.fundamental_rights else "",
            self.tr("not assessed yet") if share is None else percent(round(share * 100, 1)),
            f"✓ {yes}" if record.achieved else self.tr("not yet"),
            self.tr("%n answer(s)", "", record.pending) if record.pending else "",
        ]

    def sort_keys(self, record: OutcomeStanding, cells: list[str]) -> list[Any]:
        share = record.share
        return [
            cells[0],
            record.level,
            int(record.fundamental_rights),
            -1.0 if share is None else share,
            int(record.achieved),
            record.pending,
        ]

    def tooltip(self, record: OutcomeStanding, column: int) -> str | None:
        if column == self.COL_SHARE and record.share is not None:
            text = self.tr("%1 of %2 points")
            return text.replace("%1", f"{round(record.points, 2):g}").replace(
                "%2", f"{round(record.max_points, 2):g}"
            )
        if column == self.COL_OUTCOME:
            return record.id
        return None

    def data(self, index: Index, role: int = int(Qt.ItemDataRole.DisplayRole)) -> Any:
        if not index.isValid():
            return None
        if role == SHARE_ROLE:
            return self._records[index.row()].share
        if role == ACHIEVED_ROLE:
            return self._records[index.row()].achieved
        if role == ALIGNMENT and index.column() in (self.COL_LEVEL, self.COL_PENDING):
            return int(Qt.AlignmentFlag.AlignCenter)
        return super().data(index, role)

    def achieved_count(self) -> int:
        return sum(1 for r in self._records if r.achieved)

    def pending_count(self) -> int:
        return sum(r.pending for r in self._records)
