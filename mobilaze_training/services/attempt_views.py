"""What a trainee or an instructor sees of an attempt: the questions without their answer
key while it runs, then the result and the per-question review the feedback policy allows.

Reading an attempt whose deadline has passed submits it first, as everywhere else.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mobilaze_training.auth.permissions import Principal, Role, require
from mobilaze_training.errors import ConflictError
from mobilaze_training.quiz.scoring import score_question
from mobilaze_training.services.attempt_scoring import (
    IN_PROGRESS,
    _answers,
    _expire_if_due,
    _load,
    feedback_policy,
)
from mobilaze_training.services.context import AppContext
from mobilaze_training.services.scope import require_user_scope
from mobilaze_training.store import models as m


@dataclass(frozen=True)
class QuestionView:
    """One question as the trainee sees it (no answer key)."""

    id: str
    type: str
    points: float
    content: dict[str, Any]
    layout: dict[str, list[str]]
    response: Any
    flagged: bool
    answered: bool


@dataclass(frozen=True)
class AttemptView:
    id: uuid.UUID
    user_id: uuid.UUID
    module_id: str
    module_version: str
    module_title: dict[str, str] | str
    assessment_id: str
    assessment_title: dict[str, str] | str
    kind: str
    status: str
    feedback: str
    language: str
    started_at: datetime
    deadline_at: datetime | None
    submitted_at: datetime | None
    questions: list[QuestionView]
    percent: Decimal | None = None
    passed: bool | None = None
    score: float | None = None
    max_score: float = 0.0

    def remaining_seconds(self, now: datetime | None = None) -> float | None:
        if self.deadline_at is None:
            return None
        return max(0.0, (self.deadline_at - (now or m.utcnow())).total_seconds())


def _view(s: Session, attempt: m.Attempt) -> AttemptView:
    snap = attempt.snapshot
    answers = _answers(s, attempt.id)
    qs = []
    for qid in snap["order"]:
        content = snap["questions"][qid]
        ans = answers.get(qid)
        response = ans.response if ans else None
        qs.append(
            QuestionView(
                id=qid,
                type=content["type"],
                points=float(content.get("points", 1.0)),
                content=_without_key(content, snap["layout"].get(qid, {})),
                layout=snap["layout"].get(qid, {}),
                response=response,
                flagged=bool(ans and ans.flagged),
                answered=response not in (None, "", [], {}),
            )
        )
    assessment = snap["assessment"]
    return AttemptView(
        id=attempt.id,
        user_id=attempt.user_id,
        module_id=attempt.module_id,
        module_version=attempt.module_version,
        module_title=snap["module"]["title"],
        assessment_id=attempt.assessment_id,
        assessment_title=assessment.get("title", attempt.assessment_id),
        kind=attempt.kind,
        status=attempt.status,
        feedback=feedback_policy(assessment),
        language=attempt.language,
        started_at=attempt.started_at,
        deadline_at=attempt.deadline_at,
        submitted_at=attempt.submitted_at,
        questions=qs,
        percent=attempt.percent if attempt.status != IN_PROGRESS else None,
        passed=attempt.passed if attempt.status != IN_PROGRESS else None,
        score=attempt.score if attempt.status != IN_PROGRESS else None,
        max_score=attempt.max_score,
    )


_KEY_FIELDS = ("answer", "accept", "tolerance", "explanation", "rubric")


def _in_layout(entries: list[dict[str, Any]], order: list[str] | None) -> list[dict[str, Any]]:
    """`entries` in the attempt's shuffled order (their stored order may be the answer key)."""
    if not order:
        return entries
    by_id = {e["id"]: e for e in entries}
    return [by_id[i] for i in order if i in by_id]


def _without_key(content: dict[str, Any], layout: dict[str, list[str]]) -> dict[str, Any]:
    """Question content without what gives the answer away."""
    out = {k: v for k, v in content.items() if k not in _KEY_FIELDS}
    if "options" in out:
        out["options"] = [
            {k: v for k, v in o.items() if k not in ("correct", "feedback")} for o in out["options"]
        ]
    if content["type"] == "ordering":
        out["items"] = _in_layout(content["items"], layout.get("items"))
    if content["type"] == "matching":
        out["lefts"] = [{"id": p["id"], "text": p["left"]} for p in content["pairs"]]
        rights = [{"id": p["id"], "text": p["right"]} for p in content["pairs"]] + [
            {"id": d["id"], "text": d["text"]} for d in content.get("distractors") or []
        ]
        out["rights"] = _in_layout(rights, layout.get("rights"))
        del out["pairs"]
        out.pop("distractors", None)
    return out


def open_attempts(ctx: AppContext, actor: Principal) -> list[AttemptView]:
    """The trainee's attempts still in progress (offered for resumption at login)."""
    require(actor, "attempt.view_own")
    now = m.utcnow()
    with ctx.db.transaction() as s:
        rows = s.scalars(
            select(m.Attempt)
            .where(m.Attempt.user_id == actor.user_id, m.Attempt.status == IN_PROGRESS)
            .order_by(m.Attempt.started_at)
        ).all()
        return [_view(s, a) for a in rows if not _expire_if_due(s, a, now)]


def get_attempt(ctx: AppContext, actor: Principal, attempt_id: uuid.UUID) -> AttemptView:
    now = m.utcnow()
    with ctx.db.transaction() as s:
        attempt = _load(s, attempt_id)
        if attempt.user_id == actor.user_id:
            require(actor, "attempt.view_own")
        else:
            require(actor, "attempt.view_any")
            require_user_scope(s, actor, attempt.user_id)
        _expire_if_due(s, attempt, now)
        return _view(s, attempt)


def review_item(question: dict[str, Any], response: Any, language: str) -> dict[str, Any]:
    """Per-question review: the response's score, whether it is right, the key and explanation."""
    from mobilaze_training.quiz.scoring import correct_response

    score = score_question(question, response, language)
    points = float(question.get("points", 1.0))
    option_feedback = {}
    for option in question.get("options") or []:
        if option.get("feedback"):
            option_feedback[option["id"]] = option["feedback"]
    return {
        "id": question["id"],
        "score": score,
        "points": points,
        "correct": None if score is None else abs(score - points) < 1e-9,
        "response": response,
        "key": correct_response(question),
        "explanation": question.get("explanation"),
        "option_feedback": option_feedback,
    }


@dataclass(frozen=True)
class Review:
    attempt: AttemptView
    items: list[dict[str, Any]]  # empty when the policy shows no per-question feedback


def review_attempt(ctx: AppContext, actor: Principal, attempt_id: uuid.UUID) -> Review:
    """The result and, as the feedback policy allows, each question's review."""
    view = get_attempt(ctx, actor, attempt_id)
    if view.status == IN_PROGRESS:
        raise ConflictError("The attempt is still in progress.")
    staff = actor.role in (Role.INSTRUCTOR, Role.ADMIN)
    if view.feedback == "never" and not staff:
        return Review(view, [])
    with ctx.db.transaction() as s:
        attempt = _load(s, attempt_id)
        answers = _answers(s, attempt_id)
        items = []
        for qid in attempt.snapshot["order"]:
            q = attempt.snapshot["questions"][qid]
            ans = answers.get(qid)
            if q["type"] == "checklist":  # an observed practical test: met or not, a note
                response = ans.response if ans else None
                met = bool(isinstance(response, dict) and response.get("met"))
                items.append(
                    {
                        "id": qid,
                        "score": ans.score if ans else 0.0,
                        "points": float(q.get("points", 1.0)),
                        "correct": met,
                        "response": response,
                        "key": None,
                        "explanation": None,
                        "option_feedback": {},
                        "comment": ans.grader_comment if ans else None,
                        "critical": bool(q.get("critical")),
                    }
                )
                continue
            item = review_item(q, ans.response if ans else None, attempt.language)
            if q["type"] == "essay":
                item["score"] = ans.score if ans else None
                if item["score"] is not None:
                    item["correct"] = abs(item["score"] - item["points"]) < 1e-9
                item["comment"] = ans.grader_comment if ans else None
                item["rubric"] = q.get("rubric")
            items.append(item)
        return Review(view, items)


def my_attempts(
    ctx: AppContext, actor: Principal, module_id: str | None = None
) -> list[AttemptView]:
    require(actor, "attempt.view_own")
    now = m.utcnow()
    with ctx.db.transaction() as s:
        query = select(m.Attempt).where(m.Attempt.user_id == actor.user_id)
        if module_id:
            query = query.where(m.Attempt.module_id == module_id)
        rows = s.scalars(query.order_by(m.Attempt.started_at)).all()
        for a in rows:
            _expire_if_due(s, a, now)
        return [_view(s, a) for a in rows]
