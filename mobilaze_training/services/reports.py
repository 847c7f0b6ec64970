"""Reports: results exports (CSV, XLSX, xAPI) and item analysis of an assessment's questions.

Instructors see their own cohorts' trainees only; administrators see everyone. Only finished
attempts are reported (submitted, or waiting for essay grading), never those in progress.

The attempts are streamed from the database in batches (see
:mod:`mobilaze_training.services.report_rows`), so memory stays flat on any number of them.
An export is written to a temporary file beside the target and renamed over it when complete:
a reader never sees half a file, and a cancelled or failed export leaves the old file as it was.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from mobilaze_training.auth import audit
from mobilaze_training.auth.permissions import Principal, require
from mobilaze_training.errors import InvalidInput
from mobilaze_training.interop.exports import (
    AttemptRecord,
    XlsxResultsWriter,
    write_answers_csv,
    write_csv,
)
from mobilaze_training.interop.item_analysis import AttemptScores, ItemStats, analyse
from mobilaze_training.interop.xapi import (
    DEFAULT_BASE_IRI,
    attempt_statements,
    centre_home_page,
)
from mobilaze_training.interop.xapi_outcomes import outcome_statement
from mobilaze_training.services.context import AppContext
from mobilaze_training.services.outcome_export import (
    OUTCOME_COLUMNS,
    outcome_results,
    outcome_values,
    write_outcomes_csv,
)
from mobilaze_training.services.outcome_rows import outcome_records
from mobilaze_training.services.report_rows import (
    BATCH_SIZE,
    SUBMITTED,
    ExportFilter,
    SnapshotCache,
    SnapshotInfo,
    conditions,
    finished_answers,
    finished_attempts,
)
from mobilaze_training.store import models as m

ExportFormat = Literal["csv", "csv-answers", "csv-outcomes", "xlsx", "xapi"]
FORMATS: tuple[str, ...] = ("csv", "csv-answers", "csv-outcomes", "xlsx", "xapi")
ProgressFn = Callable[[int, int], object]

__all__ = [
    "FORMATS",
    "ExportFilter",
    "ExportFormat",
    "ExportSummary",
    "export_results",
    "item_analysis",
]


# ---- summary and progress ------------------------------------------------------------------


@dataclass(frozen=True)
class ExportSummary:
    rows: int  # attempts exported
    path: Path
    fmt: str = "csv"
    answers: int = 0  # XLSX: rows of the Answers sheet; csv-answers: rows written
    statements: int = 0  # xAPI: statements written
    outcomes: int = 0  # rows of outcome standings (csv-outcomes, the XLSX Outcomes sheet)
    item_assessments: int = 0  # XLSX: assessments in the Items sheet


class _Counter:
    """Counts rows and reports progress now and then."""

    def __init__(self, total: int, progress: ProgressFn | None) -> None:
        self.total = total
        self.done = 0
        self.progress = progress
        if progress is not None:
            progress(0, total)

    def __call__(self) -> None:
        self.done += 1
        if self.progress is not None and (self.done % 100 == 0 or self.done == self.total):
            self.progress(self.done, max(self.total, self.done))


# ---- item analysis ---------------------------------------------------------------------------


def _scores_of(rec: AttemptRecord) -> AttemptScores | None:
    """Item-analysis input of a scored attempt (not one waiting for essay grading)."""
    if rec.status != SUBMITTED or not rec.questions:
        return None
    if rec.percent is not None:
        total = float(rec.percent)
    else:
        total = 100.0 * (rec.score or 0.0) / rec.max_score if rec.max_score else 0.0
    items = {
        q.question_id: (q.score or 0.0) / q.points if q.points > 0 else 0.0 for q in rec.questions
    }
    return AttemptScores(total, items)


class _ItemCollector:
    """Gathers item-analysis input per (module, assessment) while attempts stream past."""

    def __init__(self, meta: SnapshotCache) -> None:
        self.meta = meta
        self.inputs: dict[tuple[str, str], list[AttemptScores]] = {}
        self.latest: dict[tuple[str, str], tuple[str, str, str]] = {}

    def add(self, rec: AttemptRecord) -> None:
        scores = _scores_of(rec)
        if scores is None:
            return
        key = (rec.module_id, rec.assessment_id)
        self.inputs.setdefault(key, []).append(scores)
        self.latest[key] = (rec.module_id, rec.module_version, rec.assessment_id)

    def stats(self) -> dict[tuple[str, str], list[ItemStats]]:
        out = {}
        for key, inputs in self.inputs.items():
            info = self.meta.get(self.latest[key])
            order = info.fixed_order if info else []
            stats = analyse(inputs, order)
            if info is not None:
                stats = [_described(st, info) for st in stats]
            out[key] = stats
        return out


def _described(st: ItemStats, info: SnapshotInfo) -> ItemStats:
    known = info.questions.get(st.question_id)
    if known is None:
        return st
    qtype, points, prompt = known
    return replace(st, qtype=qtype, points=points, prompt=prompt)


def item_analysis(
    ctx: AppContext,
    actor: Principal,
    module_id: str,
    assessment_id: str,
    flt: ExportFilter | None = None,
    progress: ProgressFn | None = None,
) -> list[ItemStats]:
    """Facility and discrimination of each question of an assessment, over the scored
    attempts the actor may see (and `flt` selects; its module is replaced by `module_id`).

    Questions are keyed by id across module versions. Attempts waiting for essay grading are
    left out. Empty when there are no such attempts. `progress(done, total)` as for exports.
    """
    require(actor, "report.item_analysis")
    chosen = replace(flt or ExportFilter(), module_id=module_id).normalised()
    with ctx.db.transaction() as s:
        conds = conditions(s, actor, chosen, assessment_id=assessment_id, statuses=(SUBMITTED,))
        total = s.scalar(select(func.count()).select_from(m.Attempt).where(*conds)) or 0
    counter = _Counter(total, progress)
    meta = SnapshotCache()
    collector = _ItemCollector(meta)
    for rec in finished_attempts(ctx, actor, conds, meta, questions=True, responses=False):
        collector.add(rec)
        counter()
    return collector.stats().get((module_id, assessment_id), [])


# ---- exports ---------------------------------------------------------------------------------


def _required_assessments(s: Session) -> dict[str, frozenset[str]]:
    """Per installed module, the assessments to pass: the certificate's, else the exams."""
    out = {}
    for module_id, manifest in s.execute(
        select(m.ModuleVersion.module_id, m.ModuleVersion.manifest).where(
            m.ModuleVersion.is_current.is_(True)
        )
    ):
        required = (manifest.get("certificate") or {}).get("requires") or [
            a["id"] for a in manifest.get("assessments", []) if a.get("kind") == "exam"
        ]
        out[module_id] = frozenset(required)
    return out


def _fsync(path: Path) -> None:
    with path.open("rb+") as fh:
        os.fsync(fh.fileno())


def export_results(
    ctx: AppContext,
    actor: Principal,
    fmt: ExportFormat | str,
    out: Path,
    flt: ExportFilter | None = None,
    progress: ProgressFn | None = None,
    *,
    base_iri: str = DEFAULT_BASE_IRI,
    json_lines: bool = False,
    xapi_attempted: bool = False,
    csv_delimiter: str = ",",
    batch_size: int = BATCH_SIZE,
) -> ExportSummary:
    """Export the finished attempts the actor may see, as `fmt`, to the file `out`.

    csv: one row per attempt, UTF-8 with a byte order mark. csv-answers: one row per answer,
    with the columns of the XLSX Answers sheet, likewise. csv-outcomes: one row per trainee,
    module and learning outcome (the outcome profile of the selected attempts). xlsx: sheets
    Attempts, Answers, Trainees, Outcomes (when a module states outcomes) and, when `flt`
    names a module, Items (item analysis of each of its assessments). xapi statements also
    carry each trainee's standing on each assessed outcome (mastered or failed).
    xapi: a JSON array of xAPI 1.0.3 statements, or JSON lines (one statement per line) with
    `json_lines`; activity and account IRIs start with `base_iri`; with `xapi_attempted` an
    *attempted* statement precedes each result. `progress(done, total)` is called as attempts
    are written; an exception it raises (a cancel) stops the export and leaves no file.
    """
    require(actor, "report.export")
    if fmt not in FORMATS:
        raise InvalidInput(f"Unknown export format '{fmt}': use {', '.join(FORMATS)}.")
    out = Path(out)
    if out.is_dir():
        raise InvalidInput(f"{out} is a folder; give a file name to export to.")
    if not out.parent.is_dir():
        raise InvalidInput(f"The folder {out.parent} does not exist.")
    chosen = (flt or ExportFilter()).normalised()
    with ctx.db.transaction() as s:
        conds = conditions(s, actor, chosen)
        total = s.scalar(select(func.count()).select_from(m.Attempt).where(*conds)) or 0
        required = _required_assessments(s) if fmt == "xlsx" else {}
    counter = _Counter(total, progress)
    meta = SnapshotCache()
    tmp = out.with_name(f".{out.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        if fmt == "csv":
            records = finished_attempts(
                ctx, actor, conds, meta, questions=False, batch_size=batch_size
            )
            rows = write_csv(records, tmp, delimiter=csv_delimiter, on_row=counter)
            summary = ExportSummary(rows, out, fmt)
        elif fmt == "csv-answers":
            answers = write_answers_csv(
                finished_answers(ctx, actor, conds, meta, batch_size=batch_size),
                tmp,
                delimiter=csv_delimiter,
                on_row=counter,
            )
            summary = ExportSummary(counter.done, out, fmt, answers=answers)
        elif fmt == "csv-outcomes":
            with ctx.db.transaction() as s:
                standings = list(outcome_records(s, conds))
            outcome_rows = write_outcomes_csv(standings, tmp, delimiter=csv_delimiter)
            if progress is not None:
                progress(total, total)
            summary = ExportSummary(total, out, fmt, outcomes=outcome_rows)
        elif fmt == "xlsx":
            summary = _write_xlsx(
                ctx, actor, conds, meta, tmp, out, chosen, required, counter, batch_size
            )
        else:
            summary = _write_xapi(
                ctx,
                actor,
                conds,
                meta,
                tmp,
                out,
                counter,
                batch_size,
                base_iri=base_iri,
                json_lines=json_lines,
                attempted=xapi_attempted,
            )
        _fsync(tmp)
        try:
            os.replace(tmp, out)
        except PermissionError as exc:  # Windows: the old file is open in Excel
            raise InvalidInput(
                f"{out} could not be replaced; close it in the program that has it open "
                "and export again."
            ) from exc
    except OSError as exc:  # a full disk, a folder one may not write to
        tmp.unlink(missing_ok=True)
        raise InvalidInput(f"{out} could not be written: {exc.strerror or exc}.") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    with ctx.db.transaction() as s:
        audit.append(
            s,
            actor,
            "report.export",
            out.name,
            {"format": fmt, "rows": summary.rows, "filter": chosen.as_dict()},
        )
    return summary


def _write_xlsx(
    ctx: AppContext,
    actor: Principal,
    conds: list[ColumnElement[bool]],
    meta: SnapshotCache,
    tmp: Path,
    out: Path,
    flt: ExportFilter,
    required: dict[str, frozenset[str]],
    counter: _Counter,
    batch_size: int,
) -> ExportSummary:
    collector = _ItemCollector(meta) if flt.module_id else None
    rows = 0
    with XlsxResultsWriter(tmp) as book:
        for rec in finished_attempts(
            ctx, actor, conds, meta, questions=True, batch_size=batch_size
        ):
            book.add(rec)
            if collector is not None:
                collector.add(rec)
            rows += 1
            counter()
        items = collector.stats() if collector is not None else None
        with ctx.db.transaction() as s:
            outcome_values_ = [outcome_values(r) for r in outcome_records(s, conds)]
        book.close(required, items, (OUTCOME_COLUMNS, outcome_values_) if outcome_values_ else None)
    return ExportSummary(
        rows,
        out,
        "xlsx",
        answers=book.answers.rows,
        item_assessments=len(items or {}),
        outcomes=len(outcome_values_),
    )


def _write_xapi(
    ctx: AppContext,
    actor: Principal,
    conds: list[ColumnElement[bool]],
    meta: SnapshotCache,
    tmp: Path,
    out: Path,
    counter: _Counter,
    batch_size: int,
    *,
    base_iri: str,
    json_lines: bool,
    attempted: bool,
) -> ExportSummary:
    home = centre_home_page(ctx.settings.centre_name, base_iri)
    rows = statements = 0
    with tmp.open("w", encoding="utf-8", newline="\n") as fh:

        def write(stmt: dict[str, object]) -> None:
            nonlocal statements
            text = json.dumps(stmt, ensure_ascii=False, separators=(",", ":"))
            if json_lines:
                fh.write(text + "\n")
            else:
                fh.write(("\n" if statements == 0 else ",\n") + text)
            statements += 1

        if not json_lines:
            fh.write("[")
        for rec in finished_attempts(
            ctx, actor, conds, meta, questions=False, batch_size=batch_size
        ):
            for stmt in attempt_statements(
                rec, home_page=home, base_iri=base_iri, attempted=attempted
            ):
                write(stmt)
            rows += 1
            counter()
        with ctx.db.transaction() as s:
            records = list(outcome_records(s, conds))
        for res in outcome_results(records):
            write(outcome_statement(res, home_page=home, base_iri=base_iri))
        if not json_lines:
            fh.write("\n]\n")
    return ExportSummary(rows, out, "xapi", statements=statements)
