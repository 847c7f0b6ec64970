"""Printed documents of a training centre: exam papers and cohort results reports."""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mobilaze_training.auth import audit
from mobilaze_training.auth.permissions import Principal, require
from mobilaze_training.certificates.paper import PaperData, render_paper
from mobilaze_training.certificates.report import Cell, ReportData, render_report
from mobilaze_training.courses.localise import pick
from mobilaze_training.errors import InvalidInput, NotFoundError
from mobilaze_training.quiz.assembly import build_snapshot
from mobilaze_training.services import attempts as A
from mobilaze_training.services import cohorts
from mobilaze_training.services.context import AppContext
from mobilaze_training.services.courses import current_module
from mobilaze_training.store import models as m

Progress = Callable[[int, int, str], None]
PAPER_PREFIX = "paper:"


@dataclass(frozen=True)
class PrintedPaper:
    paper_id: str
    path: Path | None  # None for a paper drawn but not printed
    questions: list[str]


def paper_draw(s: Session, paper_id: str) -> dict[str, Any] | None:
    """The module, assessment and question order printed on a paper, if it is known here."""
    row = s.get(m.KeyValue, PAPER_PREFIX + paper_id)
    return None if row is None else dict(json.loads(row.value))


def _draw(
    s: Session, mv: m.ModuleVersion, assessment: dict[str, Any], count: int
) -> list[tuple[str, dict[str, Any]]]:
    """Draw `count` papers and remember each draw (in the caller's transaction)."""
    if assessment["kind"] == "practical":
        raise InvalidInput("A practical test is observed, not printed.")
    bank = A._bank_questions(s, mv)
    drawn = []
    for _ in range(count):
        pid = uuid.uuid4()
        paper_id = "P-" + pid.hex[:12].upper()
        snapshot = build_snapshot(pid, mv.manifest, assessment, bank)
        record = {
            "module": mv.module_id,
            "version": mv.version,
            "assessment": assessment["id"],
            "order": snapshot["order"],
        }
        s.add(m.KeyValue(key=PAPER_PREFIX + paper_id, value=json.dumps(record)))
        drawn.append((paper_id, snapshot))
    return drawn


def draw_paper(
    ctx: AppContext, actor: Principal, module_id: str, assessment_id: str
) -> PrintedPaper:
    """Draw one paper without printing it (for entering a paper written elsewhere)."""
    require(actor, "attempt.record_paper")
    with ctx.db.transaction() as s:
        mv = current_module(s, module_id)
        [(paper_id, snapshot)] = _draw(s, mv, A._assessment(mv, assessment_id), 1)
        audit.append(s, actor, "paper.draw", f"{module_id}/{assessment_id}", {"paper": paper_id})
    return PrintedPaper(paper_id, None, list(snapshot["order"]))


def print_papers(
    ctx: AppContext,
    actor: Principal,
    module_id: str,
    assessment_id: str,
    count: int,
    out_dir: Path,
    language: str = "az",
    progress: Progress | None = None,
) -> list[PrintedPaper]:
    """Draw `count` papers of an assessment, remember each draw, and write their PDFs."""
    require(actor, "attempt.record_paper")
    if not 1 <= count <= 500:
        raise InvalidInput("Print between 1 and 500 papers at a time.")
    out_dir.mkdir(parents=True, exist_ok=True)
    with ctx.db.transaction() as s:
        mv = current_module(s, module_id)
        assessment = A._assessment(mv, assessment_id)
        drawn = _draw(s, mv, assessment, count)
        audit.append(
            s,
            actor,
            "paper.print",
            f"{module_id}/{assessment_id}",
            {"papers": [p for p, _ in drawn]},
        )
        manifest = mv.manifest
    printed = []
    for i, (paper_id, snapshot) in enumerate(drawn):
        data = PaperData(
            paper_id=paper_id,
            centre_name=ctx.settings.centre_name,
            module_title=manifest["title"],
            assessment_title=assessment["title"],
            language=language,
            default_language=manifest["languages"][0],
            time_limit_minutes=assessment.get("time_limit_minutes"),
            order=snapshot["order"],
            questions=snapshot["questions"],
            layout=snapshot["layout"],
        )
        path = render_paper(out_dir / f"{module_id}-{paper_id}.pdf", data)
        printed.append(PrintedPaper(paper_id, path, list(snapshot["order"])))
        if progress:
            progress(i + 1, len(drawn), paper_id)
    return printed


def cohort_report(
    ctx: AppContext, actor: Principal, cohort_name: str, out: Path, language: str = "az"
) -> Path:
    """The cohort's results as a PDF: a pass-rate chart and a trainee-by-module table."""
    rows = cohorts.cohort_progress(ctx, actor, cohort_name)
    with ctx.db.transaction() as s:
        cohort = s.scalar(select(m.Cohort).where(m.Cohort.name == cohort_name))
        if cohort is None:
            raise NotFoundError(f"There is no cohort '{cohort_name}'.")
        assigned = list(
            s.scalars(
                select(m.Assignment.module_id)
                .where(m.Assignment.cohort_id == cohort.id)
                .order_by(m.Assignment.module_id)
            )
        )
        titles = {}
        for mv in s.scalars(
            select(m.ModuleVersion).where(
                m.ModuleVersion.module_id.in_(assigned), m.ModuleVersion.is_current.is_(True)
            )
        ):
            titles[mv.module_id] = pick(mv.manifest["title"], language, mv.manifest["languages"][0])
    modules = [(mid, titles.get(mid, mid)) for mid in assigned]
    table = []
    for row in rows:
        by_module = {p.module_id: p for p in row.modules}
        cells = []
        for mid, _title in modules:
            p = by_module.get(mid)
            cells.append(
                Cell(
                    float(p.best_percent) if p and p.best_percent is not None else None,
                    bool(p and p.passed),
                    bool(p and p.pending_review),
                )
            )
        table.append((row.full_name, cells))
    data = ReportData(
        ctx.settings.centre_name, cohort_name, language, modules, table, m.utcnow().date()
    )
    return render_report(out, data)
