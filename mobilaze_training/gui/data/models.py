"""Table models of the data screens: import problems and warnings, item statistics."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from mobilaze_training.errors import Problem
from mobilaze_training.gui.models.base import DISPLAY, Index, RowTableModel
from mobilaze_training.interop.common import ImportWarning
from mobilaze_training.interop.item_analysis import (
    FEW_ATTEMPTS,
    LOW_DISCRIMINATION,
    NEGATIVE_DISCRIMINATION,
    TOO_EASY,
    TOO_HARD,
    ItemStats,
)

BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
#: True on the rows that deserve a look (a weak question, an error)
WEAK_ROLE = int(Qt.ItemDataRole.UserRole) + 2

_WEAK_BACKGROUND = "#fff0c2"
_ERROR_BACKGROUND = "#fdecec"
_TEXT = "#1a1a1a"


@dataclass(frozen=True)
class ImportNote:
    """A warning or an error of an import, located in the source file."""

    error: bool
    file: str
    line: int | None
    question: str
    message: str

    @classmethod
    def of_warning(cls, warning: ImportWarning, source: str) -> ImportNote:
        return cls(
            False, warning.file or source, warning.line, warning.question or "", warning.message
        )

    @classmethod
    def of_problem(cls, problem: Problem) -> ImportNote:
        return cls(not problem.warning, problem.file, problem.line, problem.field, problem.message)

    @property
    def location(self) -> str:
        """file:line, with the file's name only (the folder is in the source field)."""
        name = self.file.replace("\\", "/").rsplit("/", 1)[-1]
        return name if self.line is None else f"{name}:{self.line}"


class ImportNotesModel(RowTableModel[ImportNote]):
    COL_KIND, COL_WHERE, COL_QUESTION, COL_MESSAGE = range(4)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._error_brush = QBrush(QColor(_ERROR_BACKGROUND))
        self._text_brush = QBrush(QColor(_TEXT))

    def headers(self) -> list[str]:
        return [
            self.tr("Kind"),
            self.tr("File:line"),
            self.tr("Question or field"),
            self.tr("Message"),
        ]

    def cells(self, record: ImportNote) -> list[str]:
        kind = "✖ " + self.tr("Error") if record.error else "⚠ " + self.tr("Warning")
        return [kind, record.location, record.question, record.message]

    def sort_keys(self, record: ImportNote, cells: list[str]) -> list[Any]:
        return [int(not record.error), (record.file, record.line or 0), record.question, cells[3]]

    def tooltip(self, record: ImportNote, column: int) -> str | None:
        where = f"{record.file}:{record.line}" if record.line is not None else record.file
        return f"{where}\n{record.message}"

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if index.isValid() and role in (BACKGROUND, FOREGROUND, WEAK_ROLE):
            error = self._records[index.row()].error
            if role == WEAK_ROLE:
                return error
            if error:
                return self._error_brush if role == BACKGROUND else self._text_brush
            return None
        return super().data(index, role)


def number(value: float | None, digits: int = 2) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


class ItemStatsModel(RowTableModel[ItemStats]):
    """One question per row; weak questions are shaded and say "⚠ Review" in words."""

    (
        COL_QUESTION,
        COL_PROMPT,
        COL_TYPE,
        COL_POINTS,
        COL_N,
        COL_FACILITY,
        COL_FULL,
        COL_DISCRIMINATION,
        COL_VERDICT,
    ) = range(9)
    NUMERIC = (COL_POINTS, COL_N, COL_FACILITY, COL_FULL, COL_DISCRIMINATION)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._flags = self.flag_names()
        self._types = self.type_names()
        self._weak_brush = QBrush(QColor(_WEAK_BACKGROUND))
        self._text_brush = QBrush(QColor(_TEXT))

    def flag_names(self) -> dict[str, str]:
        return {
            TOO_HARD: self.tr("too hard"),
            TOO_EASY: self.tr("too easy"),
            LOW_DISCRIMINATION: self.tr("separates weakly"),
            NEGATIVE_DISCRIMINATION: self.tr("weaker trainees do better: check the key"),
            FEW_ATTEMPTS: self.tr("too few attempts to judge"),
        }

    def type_names(self) -> dict[str, str]:
        return {
            "single_choice": self.tr("single choice"),
            "multiple_choice": self.tr("multiple choice"),
            "true_false": self.tr("true or false"),
            "short_answer": self.tr("short answer"),
            "numeric": self.tr("number"),
            "matching": self.tr("matching"),
            "ordering": self.tr("ordering"),
            "essay": self.tr("essay"),
        }

    def headers(self) -> list[str]:
        return [
            self.tr("Question"),
            self.tr("Prompt"),
            self.tr("Type"),
            self.tr("Points"),
            self.tr("Attempts"),
            self.tr("Facility"),
            self.tr("Full marks"),
            self.tr("Discrimination"),
            self.tr("Verdict"),
        ]

    def verdict(self, record: ItemStats) -> str:
        names = [self._flags.get(f, f) for f in record.flags]
        if record.weak:
            return "⚠ " + self.tr("Review") + ": " + "; ".join(names)
        if names:
            return "; ".join(names)
        return "✔ " + self.tr("Good")

    def cells(self, record: ItemStats) -> list[str]:
        points = "" if record.points is None else f"{record.points:g}"
        return [
            record.question_id,
            " ".join((record.prompt or "").split()),
            self._types.get(record.qtype or "", (record.qtype or "").replace("_", " ")),
            points,
            str(record.n),
            number(record.facility),
            f"{record.full_marks * 100:.0f} %",
            number(record.discrimination),
            self.verdict(record),
        ]

    def sort_keys(self, record: ItemStats, cells: list[str]) -> list[Any]:
        return [
            record.question_id,
            cells[self.COL_PROMPT].casefold(),
            cells[self.COL_TYPE],
            record.points or 0.0,
            record.n,
            record.facility,
            record.full_marks,
            -2.0 if record.discrimination is None else record.discrimination,
            (not record.weak, cells[self.COL_VERDICT]),
        ]

    def tooltip(self, record: ItemStats, column: int) -> str | None:
        if column == self.COL_VERDICT:
            return self.verdict(record)
        return record.prompt or None

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid():
            return None
        if role == ALIGNMENT and index.column() in self.NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (BACKGROUND, FOREGROUND, WEAK_ROLE):
            weak = self._records[index.row()].weak
            if role == WEAK_ROLE:
                return weak
            if weak:
                return self._weak_brush if role == BACKGROUND else self._text_brush
            return None
        return super().data(index, role)
