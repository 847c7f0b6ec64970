"""The records the results exports are made of, their columns, and their values as cells.

:class:`AttemptRecord` (with its :class:`QuestionRecord` values) is what the services read
for the attempt-wise exports and xAPI; :class:`AttemptAnswers` (with :class:`AnswerQuestion`)
is the lighter form the CSV of answers is streamed in. The column tables and the functions
here turn their fields into the text (or typed values) of a cell, the same way for the CSV
writers (:mod:`mobilaze_training.interop.exports`) and the XLSX workbook
(:mod:`mobilaze_training.interop.export_xlsx`).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any, NamedTuple

__all__ = [
    "ANSWER_COLUMNS",
    "ATTEMPT_COLUMNS",
    "EXCEL_MAX_CELL",
    "EXCEL_MAX_ROWS",
    "ITEM_COLUMNS",
    "TRAINEE_COLUMNS",
    "AnswerQuestion",
    "AttemptAnswers",
    "AttemptRecord",
    "Column",
    "QuestionRecord",
    "csv_safe",
    "csv_text",
    "iso_utc",
    "stored_response_text",
]

#: the characters that make a spreadsheet read a cell as a formula (and tab / carriage
#: return, which some programs strip before looking)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
EXCEL_MAX_ROWS = 1_048_576
EXCEL_MAX_CELL = 32_767


@dataclass(frozen=True, slots=True)
class QuestionRecord:
    """One question of an attempt with the trainee's response and its score."""

    question_id: str
    qtype: str
    points: float
    response: Any
    score: float | None  # None: an essay not graded yet


@dataclass(frozen=True, slots=True)
class AttemptRecord:
    """One finished attempt, as the exports see it."""

    attempt_id: uuid.UUID
    user_id: uuid.UUID
    username: str
    full_name: str
    cohorts: tuple[str, ...]
    module_id: str
    module_version: str
    assessment_id: str
    kind: str
    source: str
    status: str
    language: str
    started_at: datetime
    submitted_at: datetime | None
    score: float | None
    max_score: float
    percent: Decimal | None
    passed: bool | None
    module_title: Mapping[str, str] = field(default_factory=dict)
    assessment_title: Mapping[str, str] = field(default_factory=dict)
    questions: tuple[QuestionRecord, ...] = ()

    @property
    def duration_seconds(self) -> float | None:
        """Time from start to submission; None for paper exams (entered, not taken here)."""
        if self.source == "paper" or self.submitted_at is None:
            return None
        return max(0.0, (self.submitted_at - self.started_at).total_seconds())


class AnswerQuestion(NamedTuple):
    """A question as the CSV of answers shows it; shared by the attempts it occurs in."""

    question_id: str
    qtype: str
    points: float
    unanswered_score: float | None  # the score shown without an answer: None for an essay


@dataclass(frozen=True, slots=True)
class AttemptAnswers:
    """One finished attempt's answers, as the CSV of answers sees them.

    `questions`: the attempt's questions in its order (attempts with the same order may share
    one tuple). `answers`: by question id, a row of the database whose last two items are
    the response, as the database returned it, and the score (the rows are kept as they
    come: ``(response, score)`` will do); a question without an entry is unanswered. The
    response is its stored JSON text, a number (SQLite gives numbers back as numbers) or an
    already decoded value, None for SQL NULL; see :func:`stored_response_text`.
    """

    attempt_id: str
    username: str
    questions: Sequence[AnswerQuestion]
    answers: Mapping[str, Sequence[Any]]


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    width: float


ATTEMPT_COLUMNS = (
    Column("attempt_id", 38),
    Column("username", 18),
    Column("full_name", 30),
    Column("cohorts", 22),
    Column("module_id", 26),
    Column("module_version", 10),
    Column("assessment_id", 22),
    Column("kind", 10),
    Column("source", 10),
    Column("started_utc", 20),
    Column("submitted_utc", 20),
    Column("duration_seconds", 10),
    Column("score", 8),
    Column("max_score", 8),
    Column("percent", 8),
    Column("passed", 8),
    Column("status", 15),
)
ANSWER_COLUMNS = (
    Column("attempt_id", 38),
    Column("username", 18),
    Column("question_id", 16),
    Column("type", 16),
    Column("response", 50),
    Column("score", 8),
    Column("points", 8),
)
TRAINEE_COLUMNS = (
    Column("username", 18),
    Column("full_name", 30),
    Column("cohorts", 22),
    Column("module_id", 26),
    Column("attempts", 9),
    Column("best_percent", 12),
    Column("passed", 8),
    Column("passed_assessments", 30),
    Column("last_submitted_utc", 20),
)
ITEM_COLUMNS = (
    Column("module_id", 26),
    Column("assessment_id", 22),
    Column("question_id", 16),
    Column("type", 16),
    Column("points", 8),
    Column("prompt", 60),
    Column("attempts", 9),
    Column("facility", 9),
    Column("full_marks_share", 10),
    Column("discrimination", 13),
    Column("upper_n", 8),
    Column("lower_n", 8),
    Column("flags", 30),
)


# ---- values ----------------------------------------------------------------------------------


def csv_safe(text: str) -> str:
    """`text` made safe from formula injection: a leading ``'`` when a spreadsheet would
    otherwise run it (``=``, ``+``, ``-``, ``@``, tab, carriage return)."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def iso_utc(value: datetime | None) -> str:
    """ISO 8601 in UTC to the second, with ``Z``: ``2025-03-01T09:30:00Z``."""
    if value is None:
        return ""
    return value.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="seconds") + "Z"


def _number(value: float | Decimal | None) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return str(value)
    rounded = round(float(value), 6)
    return str(int(rounded)) if rounded.is_integer() else repr(rounded)


def _bool(value: bool | None) -> str:
    return "" if value is None else ("true" if value else "false")


def _cohorts(names: Sequence[str]) -> str:
    return "; ".join(names)


def _response_text(response: Any) -> str:
    if response is None:
        return ""
    text = json.dumps(response, ensure_ascii=False, sort_keys=True)
    if len(text) > EXCEL_MAX_CELL:
        text = text[: EXCEL_MAX_CELL - 1] + "…"
    return text


def stored_response_text(raw: Any) -> str:
    """The Answers column text of a stored response, the same as the XLSX Answers sheet's.

    `raw` is the JSON text the store wrote (with ``json.dumps``' defaults, as SQLAlchemy's JSON
    type does) or an already decoded value. Text without an object (whose keys must be
    sorted) or an escape (a letter beyond ASCII, which is kept as it is) is already in the
    form wanted and is returned unchanged, without decoding it.
    """
    if raw is None:
        return ""
    if isinstance(raw, str):
        if "{" not in raw and "\\" not in raw and len(raw) <= EXCEL_MAX_CELL:
            return "" if raw == "null" else raw
        raw = json.loads(raw)
    return _response_text(raw)


def _attempt_values(rec: AttemptRecord) -> list[Any]:
    """Attempt row values with their types (the CSV writer turns them into text)."""
    return [
        str(rec.attempt_id),
        rec.username,
        rec.full_name,
        _cohorts(rec.cohorts),
        rec.module_id,
        rec.module_version,
        rec.assessment_id,
        rec.kind,
        rec.source,
        rec.started_at,
        rec.submitted_at,
        None if rec.duration_seconds is None else round(rec.duration_seconds, 1),
        rec.score,
        rec.max_score,
        rec.percent,
        rec.passed,
        rec.status,
    ]


def csv_text(value: Any) -> str:
    """A typed value as CSV text: numbers without noise, booleans as true/false, times in
    UTC, text guarded against formula injection."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return _bool(value)
    if isinstance(value, int | float | Decimal):
        return _number(value)
    if isinstance(value, datetime):
        return iso_utc(value)
    return csv_safe(str(value))
