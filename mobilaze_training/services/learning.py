"""What a trainee sees of one module: lessons read and each assessment's standing.

Read models for the trainee's module page; they change nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select

from mobilaze_training.auth.permissions import Principal, require
from mobilaze_training.courses.install import current_version
from mobilaze_training.services.attempts import (
    IN_PROGRESS,
    PENDING_REVIEW,
    attempts_allowed,
    feedback_policy,
)
from mobilaze_training.services.context import AppContext
from mobilaze_training.store import models as m


def lessons_read(ctx: AppContext, actor: Principal, module_id: str) -> set[str]:
    """Ids of the module's lessons the actor has read."""
    require(actor, "progress.view_own")
    if actor.user_id is None:
        return set()
    with ctx.db.transaction() as s:
        rows = s.scalars(
            select(m.LessonProgress.lesson_id).where(
                m.LessonProgress.user_id == actor.user_id,
                m.LessonProgress.module_id == module_id,
                m.LessonProgress.completed_at.is_not(None),
            )
        )
        return set(rows)


@dataclass(frozen=True)
class AssessmentStanding:
    """One assessment of a module, as it stands for the trainee."""

    assessment_id: str
    title: Any  # localised text
    kind: str  # exam | practice | practical
    pass_mark_percent: float
    time_limit_minutes: float | None
    feedback: str
    questions: int | None  # None when drawn at random per attempt in unknown number
    attempts_used: int
    attempts_allowed: int | None  # None = unlimited
    best_percent: Decimal | None
    passed: bool
    pending_review: bool
    open_attempt_id: Any  # uuid.UUID | None: an attempt in progress
    last_attempt_id: Any  # uuid.UUID | None: the latest finished attempt

    @property
    def attempts_left(self) -> int | None:
        if self.attempts_allowed is None:
            return None
        return max(0, self.attempts_allowed - self.attempts_used)


def _question_count(assessment: dict[str, Any]) -> int:
    total = 0
    for section in assessment.get("sections") or []:
        total += len(section["questions"]) if "questions" in section else int(section["draw"])
    return total


def assessment_standings(
    ctx: AppContext, actor: Principal, module_id: str
) -> list[AssessmentStanding]:
    """Each assessment of the module's current version with the actor's attempts at it."""
    require(actor, "progress.view_own")
    with ctx.db.transaction() as s:
        mv = current_version(s, module_id)
        if mv is None:
            return []
        mine = (
            s.scalars(
                select(m.Attempt)
                .where(m.Attempt.user_id == actor.user_id, m.Attempt.module_id == module_id)
                .order_by(m.Attempt.started_at)
            ).all()
            if actor.user_id is not None
            else []
        )
        out = []
        for a in mv.manifest.get("assessments", []):
            rows = [t for t in mine if t.assessment_id == a["id"]]
            done = [t for t in rows if t.status != IN_PROGRESS]
            percents = [t.percent for t in done if t.percent is not None]
            open_rows = [t for t in rows if t.status == IN_PROGRESS]
            allowed = (
                attempts_allowed(s, actor.user_id, module_id, a)
                if actor.user_id is not None
                else a.get("max_attempts")
            )
            out.append(
                AssessmentStanding(
                    assessment_id=a["id"],
                    title=a.get("title", a["id"]),
                    kind=a["kind"],
                    pass_mark_percent=float(a.get("pass_mark_percent", 0)),
                    time_limit_minutes=a.get("time_limit_minutes"),
                    feedback=feedback_policy(a),
                    questions=_question_count(a) if a["kind"] != "practical" else None,
                    attempts_used=len(rows),
                    attempts_allowed=allowed,
                    best_percent=max(percents) if percents else None,
                    passed=any(t.passed for t in done),
                    pending_review=any(t.status == PENDING_REVIEW for t in rows),
                    open_attempt_id=open_rows[-1].id if open_rows else None,
                    last_attempt_id=done[-1].id if done else None,
                )
            )
        return out
