"""The life of an attempt apart from who asks: loading, scoring, closing and expiry.

The building blocks that taking a quiz (services.attempts), reviewing it
(services.attempt_views) and grading it (services.grading) share. Nothing here checks a
permission; every function works inside the caller's transaction.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mobilaze_training.auth import audit
from mobilaze_training.auth.permissions import Principal, Role
from mobilaze_training.errors import NotFoundError
from mobilaze_training.quiz.scoring import attempt_percent, score_question
from mobilaze_training.store import models as m

IN_PROGRESS, SUBMITTED, PENDING_REVIEW = "in_progress", "submitted", "pending_review"


@dataclass(frozen=True)
class QuestionResult:
    id: str
    score: float | None
    points: float


@dataclass(frozen=True)
class AttemptResult:
    attempt_id: uuid.UUID
    status: str
    score: float | None
    max_score: float
    percent: Decimal | None
    passed: bool | None
    questions: list[QuestionResult] = field(default_factory=list)

    def as_contract(self) -> dict[str, Any]:
        """The `attempt record --json` shape of ARCHITECTURE.md."""
        return {
            "percent": float(self.percent) if self.percent is not None else None,
            "passed": self.passed,
            "score": self.score,
            "max_score": self.max_score,
            "status": self.status,
            "questions": [
                {"id": q.id, "score": q.score, "points": q.points} for q in self.questions
            ],
        }


# ---- helpers -----------------------------------------------------------------------------


def _assessment(mv: m.ModuleVersion, assessment_id: str) -> dict[str, Any]:
    for a in mv.manifest.get("assessments", []):
        if a["id"] == assessment_id:
            return dict(a)
    raise NotFoundError(f"Module '{mv.module_id}' has no assessment '{assessment_id}'.")


def _bank_questions(s: Session, mv: m.ModuleVersion) -> dict[str, tuple[str, dict[str, Any]]]:
    rows = s.execute(
        select(m.Question.question_id, m.Question.bank, m.Question.content).where(
            m.Question.module_version_id == mv.id
        )
    ).all()
    return {qid: (bank, content) for qid, bank, content in rows}


def _load(s: Session, attempt_id: uuid.UUID, *, lock: bool = False) -> m.Attempt:
    query = select(m.Attempt).where(m.Attempt.id == attempt_id)
    if lock:
        query = query.with_for_update()
    attempt = s.scalar(query)
    if attempt is None:
        raise NotFoundError("There is no such attempt.")
    return attempt


def _answers(s: Session, attempt_id: uuid.UUID) -> dict[str, m.Answer]:
    rows = s.scalars(select(m.Answer).where(m.Answer.attempt_id == attempt_id))
    return {a.question_id: a for a in rows}


def feedback_policy(assessment: dict[str, Any]) -> str:
    policy = assessment.get("feedback")
    if policy:
        return str(policy)
    return "immediate" if assessment.get("kind") == "practice" else "after_submit"


def _max_score(snapshot: dict[str, Any]) -> float:
    return float(sum(snapshot["questions"][q].get("points", 1.0) for q in snapshot["order"]))


def _score(s: Session, attempt: m.Attempt, now: datetime, *, auto: bool = False) -> None:
    """Score every answer and close the attempt (in the caller's transaction)."""
    snapshot = attempt.snapshot
    answers = _answers(s, attempt.id)
    total = 0.0
    pending = False
    for qid in snapshot["order"]:
        question = snapshot["questions"][qid]
        answer = answers.get(qid)
        response = answer.response if answer else None
        points = float(question.get("points", 1.0))
        if question["type"] == "essay":
            if answer is None or response in (None, ""):
                if answer is None:
                    answer = m.Answer(attempt_id=attempt.id, question_id=qid, response=None)
                    s.add(answer)
                answer.score = 0.0
                answer.graded_at = now
                total += 0.0
            elif answer.score is None:
                pending = True
            else:
                total += answer.score
            continue
        value = score_question(question, response, attempt.language) or 0.0
        if answer is not None:
            answer.score = value
        total += value
        del points
    attempt.submitted_at = attempt.submitted_at or now
    attempt.auto_submitted = attempt.auto_submitted or auto
    attempt.max_score = _max_score(snapshot)
    _finish(attempt, total, pending)


def _finish(attempt: m.Attempt, total: float, pending: bool) -> None:
    pass_mark = Decimal(str(attempt.snapshot["assessment"].get("pass_mark_percent", 0)))
    attempt.score = round(total, 6)
    attempt.percent = attempt_percent(total, attempt.max_score)
    if pending:
        attempt.status = PENDING_REVIEW
        attempt.passed = None
    else:
        attempt.status = SUBMITTED
        attempt.passed = attempt.percent >= pass_mark


def _expire_if_due(s: Session, attempt: m.Attempt, now: datetime) -> bool:
    if attempt.status == IN_PROGRESS and attempt.deadline_at and attempt.deadline_at <= now:
        _score(s, attempt, attempt.deadline_at, auto=True)
        audit.append(
            s,
            Principal(None, "system", Role.ADMIN),
            "attempt.auto_submit",
            str(attempt.id),
            {"percent": str(attempt.percent), "status": attempt.status},
        )
        return True
    return False


def attempts_used(s: Session, user_id: uuid.UUID, module_id: str, assessment_id: str) -> int:
    return (
        s.scalar(
            select(func.count())
            .select_from(m.Attempt)
            .where(
                m.Attempt.user_id == user_id,
                m.Attempt.module_id == module_id,
                m.Attempt.assessment_id == assessment_id,
            )
        )
        or 0
    )


def attempts_allowed(
    s: Session, user_id: uuid.UUID, module_id: str, assessment: dict[str, Any]
) -> int | None:
    base = assessment.get("max_attempts")
    if base is None:
        return None
    extra = s.scalar(
        select(func.coalesce(func.sum(m.AttemptAllowance.extra_attempts), 0)).where(
            m.AttemptAllowance.user_id == user_id,
            m.AttemptAllowance.module_id == module_id,
            m.AttemptAllowance.assessment_id == assessment["id"],
        )
    )
    return int(base) + int(extra or 0)


def _result(s: Session, attempt: m.Attempt) -> AttemptResult:
    answers = _answers(s, attempt.id)
    questions = []
    for qid in attempt.snapshot["order"]:
        q = attempt.snapshot["questions"][qid]
        ans = answers.get(qid)
        score = ans.score if ans else (None if q["type"] == "essay" else 0.0)
        questions.append(QuestionResult(qid, score, float(q.get("points", 1.0))))
    return AttemptResult(
        attempt.id,
        attempt.status,
        attempt.score,
        attempt.max_score,
        attempt.percent,
        attempt.passed,
        questions,
    )
