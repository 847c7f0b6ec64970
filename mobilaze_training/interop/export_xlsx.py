"""The results workbook: an XLSX file with the sheets Attempts, Answers, Trainees and, when
asked for, Items and Outcomes.

:class:`XlsxResultsWriter` takes :class:`AttemptRecord` values one at a time and writes them
in XlsxWriter's constant-memory mode; only the per-trainee summary
(:class:`TraineeSummary`, one entry per trainee and module) is held until the end. It
writes to the path it is given; the services write to a temporary file and rename it.
"""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import Any

import xlsxwriter

from mobilaze_training.interop.export_records import (
    ANSWER_COLUMNS,
    ATTEMPT_COLUMNS,
    EXCEL_MAX_CELL,
    EXCEL_MAX_ROWS,
    ITEM_COLUMNS,
    TRAINEE_COLUMNS,
    AttemptRecord,
    Column,
    _attempt_values,
    _cohorts,
    _response_text,
)
from mobilaze_training.interop.item_analysis import ItemStats

__all__ = ["TraineeSummary", "XlsxResultsWriter"]


# ---- per-trainee summary ---------------------------------------------------------------------


@dataclass
class _TraineeModule:
    username: str
    full_name: str
    cohorts: tuple[str, ...]
    module_id: str
    attempts: int = 0
    best_percent: Decimal | None = None
    passed_assessments: set[str] = field(default_factory=set)
    last_submitted: datetime | None = None


class TraineeSummary:
    """Per trainee and module: attempts, best exam percent, and whether the module is passed.

    A module counts as passed when every assessment in `required` for it (the certificate's
    requirements, else its exams) was passed; without that knowledge, when any exam was.
    Practice attempts, and attempts waiting for essay grading, count as attempts but not
    towards the best percent or passing.
    """

    def __init__(self) -> None:
        self._rows: dict[tuple[uuid.UUID, str], _TraineeModule] = {}

    def add(self, rec: AttemptRecord) -> None:
        key = (rec.user_id, rec.module_id)
        row = self._rows.get(key)
        if row is None:
            row = _TraineeModule(rec.username, rec.full_name, rec.cohorts, rec.module_id)
            self._rows[key] = row
        row.attempts += 1
        if rec.submitted_at and (
            row.last_submitted is None or rec.submitted_at > row.last_submitted
        ):
            row.last_submitted = rec.submitted_at
        if rec.kind == "practice" or rec.status != "submitted":
            return  # practice does not count, and a percent before essay grading is not final
        if rec.percent is not None and (row.best_percent is None or rec.percent > row.best_percent):
            row.best_percent = rec.percent
        if rec.passed:
            row.passed_assessments.add(rec.assessment_id)

    def rows(self, required: Mapping[str, frozenset[str]] | None = None) -> list[list[Any]]:
        out = []
        need = required or {}
        for row in sorted(
            self._rows.values(), key=lambda r: (r.full_name, r.username, r.module_id)
        ):
            wanted = need.get(row.module_id)
            passed = wanted <= row.passed_assessments if wanted else bool(row.passed_assessments)
            out.append(
                [
                    row.username,
                    row.full_name,
                    _cohorts(row.cohorts),
                    row.module_id,
                    row.attempts,
                    row.best_percent,
                    passed,
                    ", ".join(sorted(row.passed_assessments)),
                    row.last_submitted,
                ]
            )
        return out


# ---- XLSX ------------------------------------------------------------------------------------


class _Sheet:
    """A worksheet written row by row; rolls over to "Name (2)" at Excel's row limit."""

    def __init__(
        self, book: XlsxResultsWriter, name: str, columns: Sequence[Column], max_rows: int
    ) -> None:
        self.book = book
        self.name = name
        self.columns = columns
        self.max_rows = max_rows
        self.part = 0
        self.rows = 0
        self._new_part()

    def _new_part(self) -> None:
        self.part += 1
        title = self.name if self.part == 1 else f"{self.name} ({self.part})"
        ws = self.book.workbook.add_worksheet(title)
        for i, col in enumerate(self.columns):
            ws.set_column(i, i, col.width)
        ws.freeze_panes(1, 0)
        for i, col in enumerate(self.columns):
            ws.write_string(0, i, col.title, self.book.header)
        self.ws = ws
        self.row = 0

    def write(self, values: Sequence[Any]) -> None:
        if self.row + 1 >= self.max_rows:
            self._finish_part()
            self._new_part()
        self.row += 1
        self.rows += 1
        for col, value in enumerate(values):
            self.book.cell(self.ws, self.row, col, value)

    def _finish_part(self) -> None:
        self.ws.autofilter(0, 0, max(self.row, 1), len(self.columns) - 1)

    def close(self) -> None:
        self._finish_part()


class XlsxResultsWriter:
    """A workbook with the sheets Attempts, Answers, Trainees and, when given, Items.

    Written in XlsxWriter's constant-memory mode: rows go to disk as they come, strings are
    stored inline, and every user-supplied string is written as text (never as a formula or
    a link). Times are in UTC.
    """

    def __init__(self, path: Path, *, max_rows: int = EXCEL_MAX_ROWS) -> None:
        self.workbook = xlsxwriter.Workbook(
            str(path),
            {
                "constant_memory": True,
                "strings_to_formulas": False,
                "strings_to_urls": False,
                "strings_to_numbers": False,
            },
        )
        self.workbook.set_properties(
            {"title": "MOBILAZE Training results", "author": "MOBILAZE Training"}
        )
        self.header = self.workbook.add_format(
            {
                "bold": True,
                "bg_color": "#DCE6F1",
                "bottom": 1,
                "text_wrap": True,
                "valign": "top",
            }
        )
        self.date = self.workbook.add_format({"num_format": "yyyy-mm-dd hh:mm:ss"})
        self.summary = TraineeSummary()
        self.attempts = _Sheet(self, "Attempts", ATTEMPT_COLUMNS, max_rows)
        self.answers = _Sheet(self, "Answers", ANSWER_COLUMNS, max_rows)
        self._max_rows = max_rows
        self._closed = False

    def cell(self, ws: Any, row: int, col: int, value: Any) -> None:
        if value is None:
            return
        if isinstance(value, bool):
            ws.write_boolean(row, col, value)
        elif isinstance(value, int | float | Decimal):
            ws.write_number(row, col, float(value))
        elif isinstance(value, datetime):
            ws.write_datetime(row, col, value.astimezone(UTC).replace(tzinfo=None), self.date)
        else:
            ws.write_string(row, col, str(value)[:EXCEL_MAX_CELL])

    def add(self, rec: AttemptRecord) -> None:
        self.attempts.write(_attempt_values(rec))
        for q in rec.questions:
            self.answers.write(
                [
                    str(rec.attempt_id),
                    rec.username,
                    q.question_id,
                    q.qtype,
                    _response_text(q.response),
                    q.score,
                    q.points,
                ]
            )
        self.summary.add(rec)

    def close(
        self,
        required: Mapping[str, frozenset[str]] | None = None,
        items: Mapping[tuple[str, str], Sequence[ItemStats]] | None = None,
        outcomes: tuple[Sequence[Column], Iterable[Sequence[Any]]] | None = None,
    ) -> None:
        """Write the Trainees (and Items, Outcomes) sheets and finish the file.

        `items`: item statistics per (module id, assessment id); no Items sheet when None.
        `outcomes`: the columns and rows of an Outcomes sheet; none when None.
        """
        if self._closed:
            return
        self._closed = True
        self.attempts.close()
        self.answers.close()
        trainees = _Sheet(self, "Trainees", TRAINEE_COLUMNS, self._max_rows)
        for values in self.summary.rows(required):
            trainees.write(values)
        trainees.close()
        if items is not None:
            sheet = _Sheet(self, "Items", ITEM_COLUMNS, self._max_rows)
            for (module_id, assessment_id), stats in sorted(items.items()):
                for st in stats:
                    sheet.write(
                        [
                            module_id,
                            assessment_id,
                            st.question_id,
                            st.qtype,
                            st.points,
                            st.prompt,
                            st.n,
                            st.facility,
                            st.full_marks,
                            st.discrimination,
                            st.n_upper or None,
                            st.n_lower or None,
                            ", ".join(st.flags),
                        ]
                    )
            sheet.close()
        if outcomes is not None:
            columns, outcome_rows = outcomes
            sheet = _Sheet(self, "Outcomes", columns, self._max_rows)
            for outcome_values in outcome_rows:
                sheet.write(outcome_values)
            sheet.close()
        self.workbook.close()

    def abandon(self) -> None:
        """Close the workbook after a failure (the caller deletes the file)."""
        if not self._closed:
            self._closed = True
            with contextlib.suppress(Exception):  # the original error matters, not this one
                self.workbook.close()

    def __enter__(self) -> XlsxResultsWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is not None:
            self.abandon()
