"""Writing results for other programs: CSV for spreadsheets, XLSX workbooks.

The writers take :class:`AttemptRecord` values one at a time (the services stream them from
the database) and never hold all of them; only the per-trainee summary is kept, one entry per
trainee and module. They write to the path they are given; the services write to a temporary
file and rename it, so a reader never sees half a file.
"""

from __future__ import annotations

import contextlib
import csv
import gc
import json
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from types import TracebackType
from typing import Any, NamedTuple

import xlsxwriter

from mobilaze_training.interop.item_analysis import ItemStats

__all__ = [
    "ANSWER_COLUMNS",
    "ATTEMPT_COLUMNS",
    "AnswerQuestion",
    "AttemptAnswers",
    "AttemptRecord",
    "Column",
    "QuestionRecord",
    "TraineeSummary",
    "XlsxResultsWriter",
    "csv_field",
    "csv_safe",
    "iso_utc",
    "stored_response_text",
    "write_answers_csv",
    "write_csv",
]

#: the characters that make a spreadsheet read a cell as a formula (and tab / carriage
#: return, which some programs strip before looking)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
EXCEL_MAX_ROWS = 1_048_576
EXCEL_MAX_CELL = 32_767
_CACHE = 50_000  # entries of each cache of field texts kept by write_answers_csv


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


# ---- CSV -------------------------------------------------------------------------------------


def write_csv(
    records: Iterable[AttemptRecord],
    path: Path,
    *,
    delimiter: str = ",",
    on_row: Callable[[], object] | None = None,
) -> int:
    """One row per attempt, UTF-8 with a byte order mark (so Excel reads the letters right).

    Returns the number of rows. `on_row`, when given, is called after each row.
    """
    rows = 0
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL)
        writer.writerow([c.title for c in ATTEMPT_COLUMNS])
        for rec in records:
            writer.writerow([csv_text(v) for v in _attempt_values(rec)])
            rows += 1
            if on_row is not None:
                on_row()
    return rows


def csv_field(delimiter: str) -> Callable[[str], str]:
    """A function giving a text as :mod:`csv`'s writer (excel dialect, minimal quoting, with
    `delimiter`) writes it as one field: in double quotes, its own doubled, when it holds the
    delimiter, a double quote or a line break; else as it is."""

    def quoted(text: str) -> str:
        if delimiter in text or '"' in text or "\n" in text or "\r" in text:
            return '"' + text.replace('"', '""') + '"'
        return text

    return quoted


@contextlib.contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """Python's cycle collector paused, as it was before afterwards. An export makes a
    million rows and their tuples and dicts, none in a cycle (reference counting frees
    them all), which set off dozens of full collections: a sixth of the time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def write_answers_csv(
    attempts: Iterable[AttemptAnswers],
    path: Path,
    *,
    delimiter: str = ",",
    on_row: Callable[[], object] | None = None,
) -> int:
    """One row per answer (the columns of the XLSX Answers sheet), UTF-8 with a byte order
    mark. Returns the number of answer rows; `on_row`, when given, is called after each
    attempt.

    The same text as :mod:`csv`'s writer would write, built faster: a million rows are
    mostly the same few questions, responses and scores, so each one's field text is made
    once (kept in bounded caches) and a row is five pieces joined.
    """
    cell, safe, d = csv_field(delimiter), csv_safe, delimiter
    # question -> (its id, "id,type,", ",points\r\n", its row without an answer from "id" on)
    pieces: dict[AnswerQuestion, tuple[str, str, str, str]] = {}
    layouts: dict[int, tuple[Sequence[AnswerQuestion], list[tuple[str, str, str, str]]]] = {}
    numbers: dict[float | None, str] = {None: ""}
    texts: dict[str, str] = {}

    def number(value: float | None) -> str:
        text = numbers.get(value)
        if text is None:
            text = cell(_number(value))
            if len(numbers) < _CACHE:
                numbers[value] = text
        return text

    def question(q: AnswerQuestion) -> tuple[str, str, str, str]:
        head = cell(safe(q.question_id)) + d + cell(safe(q.qtype)) + d
        tail = d + number(q.points) + "\r\n"
        piece = (q.question_id, head, tail, head + d + number(q.unanswered_score) + tail)
        if len(pieces) < _CACHE:
            pieces[q] = piece
        return piece

    def response(raw: Any) -> str:
        if raw.__class__ is not str:  # None, a number, a decoded value: not worth keeping
            return cell(safe(stored_response_text(raw)))
        text = texts.get(raw)
        if text is None:
            text = cell(safe(stored_response_text(raw)))
            if len(texts) < _CACHE:
                texts[raw] = text
        return text

    rows = 0
    lines: list[str] = []
    append, text_of, number_of = lines.append, texts.get, numbers.get
    with _cycle_collector_paused(), path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL)
        writer.writerow([c.title for c in ANSWER_COLUMNS])
        for rec in attempts:
            lead = cell(safe(rec.attempt_id)) + d + cell(safe(rec.username)) + d
            answer_of, questions = rec.answers.get, rec.questions
            # attempts with the same order share their questions (see AttemptAnswers): their
            # pieces are looked up once; the entry holds the tuple, so its id stays its own
            layout = layouts.get(id(questions))
            if layout is None or layout[0] is not questions:
                if len(layouts) >= 1_000:
                    layouts.clear()
                layout = (questions, [pieces.get(q) or question(q) for q in questions])
                layouts[id(questions)] = layout
            for qid, head, tail, unanswered in layout[1]:
                got = answer_of(qid)
                if got is None:
                    append(lead + unanswered)
                    continue
                raw, score = got[-2], got[-1]
                text = text_of(raw) if raw.__class__ is str else None
                if text is None:
                    text = response(raw)
                scored = number_of(score)
                if scored is None:
                    scored = number(score)
                append(f"{lead}{head}{text}{d}{scored}{tail}")
            rows += len(questions)
            if len(lines) >= 5_000:
                fh.write("".join(lines))
                lines.clear()
            if on_row is not None:
                on_row()
        fh.write("".join(lines))
    return rows


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
