"""Writing results for other programs: CSV for spreadsheets (this module) and XLSX workbooks.

The writers take :class:`AttemptRecord` values one at a time (the services stream them from
the database) and never hold all of them; only the per-trainee summary is kept, one entry per
trainee and module. They write to the path they are given; the services write to a temporary
file and rename it, so a reader never sees half a file.

This module holds the two CSV writers (attempts, and answers in its own fast path) and is
the exports' single entry point: the records, columns and value formatting live in
:mod:`mobilaze_training.interop.export_records` and the workbook writer in
:mod:`mobilaze_training.interop.export_xlsx`; both are importable from here.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from mobilaze_training.gcpause import collector_paused
from mobilaze_training.interop.export_records import (
    ANSWER_COLUMNS,
    ATTEMPT_COLUMNS,
    AnswerQuestion,
    AttemptAnswers,
    AttemptRecord,
    Column,
    QuestionRecord,
    _attempt_values,
    _number,
    csv_safe,
    iso_utc,
    stored_response_text,
)
from mobilaze_training.interop.export_records import EXCEL_MAX_CELL as EXCEL_MAX_CELL
from mobilaze_training.interop.export_records import EXCEL_MAX_ROWS as EXCEL_MAX_ROWS
from mobilaze_training.interop.export_records import ITEM_COLUMNS as ITEM_COLUMNS
from mobilaze_training.interop.export_records import TRAINEE_COLUMNS as TRAINEE_COLUMNS
from mobilaze_training.interop.export_records import csv_text as csv_text
from mobilaze_training.interop.export_xlsx import TraineeSummary, XlsxResultsWriter

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
    "write_table_csv",
]

_CACHE = 50_000  # entries of each cache of field texts kept by write_answers_csv


# ---- CSV -------------------------------------------------------------------------------------


def write_table_csv(
    path: Path,
    columns: Sequence[Column],
    rows: Iterable[Sequence[Any]],
    *,
    delimiter: str = ",",
    on_row: Callable[[], object] | None = None,
) -> int:
    """A header and one line per row of typed values (see :func:`csv_text`), UTF-8 with a
    byte order mark (so Excel reads the letters right). Returns the number of rows;
    `on_row`, when given, is called after each row."""
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL)
        writer.writerow([c.title for c in columns])
        for values in rows:
            writer.writerow([csv_text(v) for v in values])
            count += 1
            if on_row is not None:
                on_row()
    return count


def write_csv(
    records: Iterable[AttemptRecord],
    path: Path,
    *,
    delimiter: str = ",",
    on_row: Callable[[], object] | None = None,
) -> int:
    """One row per attempt (see :func:`write_table_csv`)."""
    values = (_attempt_values(rec) for rec in records)
    return write_table_csv(path, ATTEMPT_COLUMNS, values, delimiter=delimiter, on_row=on_row)


def csv_field(delimiter: str) -> Callable[[str], str]:
    """A function giving a text as :mod:`csv`'s writer (excel dialect, minimal quoting, with
    `delimiter`) writes it as one field: in double quotes, its own doubled, when it holds the
    delimiter, a double quote or a line break; else as it is."""

    def quoted(text: str) -> str:
        if delimiter in text or '"' in text or "\n" in text or "\r" in text:
            return '"' + text.replace('"', '""') + '"'
        return text

    return quoted


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
    with collector_paused(), path.open("w", encoding="utf-8-sig", newline="") as fh:
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
