"""Taking quizzes and exams: start, answer, flag, submit; time limits and auto-submission.

Each answer is saved in its own transaction, so a crash or power cut loses nothing that
was acknowledged. An attempt whose deadline has passed is submitted the next time anyone
touches it, also when the program was closed at the deadline.

Scoring and expiry live in services.attempt_scoring, what the trainee and the instructor
see (views, reviews, lists) in services.attempt_views; their names are re-exported here so
callers keep one entry point.
"""

from __future__ import annotations

import functools
import threading
import uuid
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Table, bindparam, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import Executable

from mobilaze_training.auth import audit
from mobilaze_training.auth.permissions import Principal, require
from mobilaze_training.errors import ConflictError, InvalidInput, NotFoundError, PermissionDenied
from mobilaze_training.quiz.assembly import build_snapshot
from mobilaze_training.quiz.scoring import check_response
from mobilaze_training.services.attempt_scoring import IN_PROGRESS as IN_PROGRESS
from mobilaze_training.services.attempt_scoring import PENDING_REVIEW as PENDING_REVIEW
from mobilaze_training.services.attempt_scoring import SUBMITTED as SUBMITTED
from mobilaze_training.services.attempt_scoring import AttemptResult as AttemptResult
from mobilaze_training.services.attempt_scoring import QuestionResult as QuestionResult
from mobilaze_training.services.attempt_scoring import _answers as _answers
from mobilaze_training.services.attempt_scoring import _assessment as _assessment
from mobilaze_training.services.attempt_scoring import _bank_questions as _bank_questions
from mobilaze_training.services.attempt_scoring import _expire_if_due as _expire_if_due
from mobilaze_training.services.attempt_scoring import _finish as _finish
from mobilaze_training.services.attempt_scoring import _load as _load
from mobilaze_training.services.attempt_scoring import _max_score as _max_score
from mobilaze_training.services.attempt_scoring import _result as _result
from mobilaze_training.services.attempt_scoring import _score as _score
from mobilaze_training.services.attempt_scoring import attempts_allowed as attempts_allowed
from mobilaze_training.services.attempt_scoring import attempts_used as attempts_used
from mobilaze_training.services.attempt_scoring import feedback_policy as feedback_policy
from mobilaze_training.services.attempt_views import AttemptView as AttemptView
from mobilaze_training.services.attempt_views import QuestionView as QuestionView
from mobilaze_training.services.attempt_views import Review as Review
from mobilaze_training.services.attempt_views import _view as _view
from mobilaze_training.services.attempt_views import get_attempt as get_attempt
from mobilaze_training.services.attempt_views import my_attempts as my_attempts
from mobilaze_training.services.attempt_views import open_attempts as open_attempts
from mobilaze_training.services.attempt_views import review_attempt as review_attempt
from mobilaze_training.services.attempt_views import review_item as review_item
from mobilaze_training.services.context import AppContext
from mobilaze_training.services.courses import current_module
from mobilaze_training.services.scope import assigned_modules
from mobilaze_training.store import models as m


@dataclass(frozen=True)
class SavedAnswer:
    question_id: str
    saved_at: datetime
    correct: bool | None = None  # only with immediate feedback
    feedback: dict[str, Any] | None = None


def _own_attempt(
    s: Session, actor: Principal, attempt_id: uuid.UUID, *, lock: bool = False
) -> m.Attempt:
    attempt = _load(s, attempt_id, lock=lock)
    if attempt.user_id != actor.user_id:
        raise PermissionDenied("This attempt belongs to someone else.")
    return attempt


# ---- trainee actions ---------------------------------------------------------------------


def start_attempt(
    ctx: AppContext, actor: Principal, module_id: str, assessment_id: str, language: str = "az"
) -> AttemptView:
    """Start an attempt, or return the one already in progress for this assessment."""
    require(actor, "attempt.start")
    if actor.user_id is None:
        raise PermissionDenied("Only a trainee's own account can take a quiz.")
    now = m.utcnow()
    with ctx.db.transaction() as s:
        if module_id not in assigned_modules(s, actor.user_id):
            raise PermissionDenied(f"Module '{module_id}' is not assigned to you.")
        open_attempt = s.scalar(
            select(m.Attempt).where(
                m.Attempt.user_id == actor.user_id,
                m.Attempt.module_id == module_id,
                m.Attempt.assessment_id == assessment_id,
                m.Attempt.status == IN_PROGRESS,
            )
        )
        if open_attempt is not None and not _expire_if_due(s, open_attempt, now):
            return _view(s, open_attempt)
        mv = current_module(s, module_id)
        assessment = _assessment(mv, assessment_id)
        if assessment["kind"] == "practical":
            raise InvalidInput("A practical test is observed by an instructor, not taken here.")
        allowed = attempts_allowed(s, actor.user_id, module_id, assessment)
        used = attempts_used(s, actor.user_id, module_id, assessment_id)
        if allowed is not None and used >= allowed:
            raise ConflictError(
                f"All {allowed} attempt(s) are used. Ask your instructor for another attempt."
            )
        attempt_id = uuid.uuid4()
        snapshot = build_snapshot(attempt_id, mv.manifest, assessment, _bank_questions(s, mv))
        limit = assessment.get("time_limit_minutes")
        attempt = m.Attempt(
            id=attempt_id,
            user_id=actor.user_id,
            module_id=module_id,
            module_version=mv.version,
            module_version_id=mv.id,
            assessment_id=assessment_id,
            kind=assessment["kind"],
            status=IN_PROGRESS,
            started_at=now,
            deadline_at=now + timedelta(minutes=float(limit)) if limit else None,
            language=language,
            snapshot=snapshot,
            max_score=_max_score(snapshot),
        )
        s.add(attempt)
        s.flush()
        audit.append(
            s,
            actor,
            "attempt.start",
            str(attempt_id),
            {"module": module_id, "assessment": assessment_id},
        )
        return _view(s, attempt)


@functools.cache
def _upsert_statement(dialect: str, set_flag: bool) -> Executable:
    """INSERT ... ON CONFLICT (attempt, question) DO UPDATE, built once per dialect and use."""
    keys = ["attempt_id", "question_id"]
    keep = ["response", "updated_at"] + (["flagged"] if set_flag else [])
    table = cast(Table, m.Answer.__table__)  # Core, not the ORM's bulk-insert path
    if dialect == "postgresql":
        pg = postgresql.insert(table)
        return pg.on_conflict_do_update(index_elements=keys, set_={k: pg.excluded[k] for k in keep})
    lite = sqlite.insert(table)
    return lite.on_conflict_do_update(index_elements=keys, set_={k: lite.excluded[k] for k in keep})


def _upsert_answer(
    s: Session | Connection,
    attempt_id: uuid.UUID,
    question_id: str,
    response: Any,
    flagged: bool | None,
    now: datetime,
) -> None:
    """Insert or replace one answer's response in a single statement (the hot path)."""
    dialect = s.dialect.name if isinstance(s, Connection) else s.get_bind().dialect.name
    statement = _upsert_statement(dialect, flagged is not None)
    s.execute(
        statement,
        {
            "id": uuid.uuid4(),
            "attempt_id": attempt_id,
            "question_id": question_id,
            "response": response,
            "flagged": bool(flagged),
            "created_at": now,
            "updated_at": now,
        },
    )


@dataclass(frozen=True)
class _Frozen:
    questions: dict[str, Any]
    feedback: str


_frozen_cache: OrderedDict[tuple[str, uuid.UUID], _Frozen] = OrderedDict()
_frozen_lock = threading.Lock()


def _frozen_snapshot(ctx: AppContext, s: Session | Connection, attempt_id: uuid.UUID) -> _Frozen:
    """The questions and feedback policy of an attempt. A snapshot never changes once the
    attempt exists, so the few attempts in progress on this machine are kept in memory and
    each answer save reads only the attempt's small columns."""
    key = (ctx.db.url, attempt_id)
    with _frozen_lock:
        found = _frozen_cache.get(key)
        if found is not None:
            _frozen_cache.move_to_end(key)
            return found
    snapshot = s.scalar(select(m.Attempt.snapshot).where(m.Attempt.id == attempt_id)) or {}
    frozen = _Frozen(
        dict(snapshot.get("questions", {})), feedback_policy(snapshot.get("assessment", {}))
    )
    with _frozen_lock:
        _frozen_cache[key] = frozen
        while len(_frozen_cache) > 16:
            _frozen_cache.popitem(last=False)
    return frozen


#: Built once: statement construction showed up in the profile of the hot path.
_ATTEMPT_STATE = (
    select(m.Attempt.user_id, m.Attempt.status, m.Attempt.deadline_at, m.Attempt.language)
    .where(m.Attempt.id == bindparam("attempt_id"))
    .with_for_update()
)


def save_answer(
    ctx: AppContext,
    actor: Principal,
    attempt_id: uuid.UUID,
    question_id: str,
    response: Any,
    *,
    flagged: bool | None = None,
) -> SavedAnswer:
    """Save one answer in its own transaction; returns once it is durably committed.

    Called on every answer of every exam, so it reads only the attempt's small columns and
    writes one row; the attempt row (with its snapshot) is not rewritten.
    """
    require(actor, "attempt.answer")
    now = m.utcnow()
    feedback: dict[str, Any] | None = None
    correct: bool | None = None
    # The hot path runs on a bare connection (no ORM session): one read of the attempt's
    # small columns, one upsert, one commit.
    with ctx.db.engine.begin() as conn:
        row = conn.execute(_ATTEMPT_STATE, {"attempt_id": attempt_id}).one_or_none()
        if row is None:
            raise NotFoundError("There is no such attempt.")
        if row.user_id != actor.user_id:
            raise PermissionDenied("This attempt belongs to someone else.")
        expired = (
            row.status == IN_PROGRESS and row.deadline_at is not None and row.deadline_at <= now
        )
        if not expired:
            if row.status != IN_PROGRESS:
                raise ConflictError("This attempt is already submitted; answers can't change.")
            frozen = _frozen_snapshot(ctx, conn, attempt_id)
            question = frozen.questions.get(question_id)
            if question is None:
                raise InvalidInput(f"Question '{question_id}' is not part of this attempt.")
            problem = check_response(question, response)
            if problem:
                raise InvalidInput(f"Question '{question_id}': {problem}")
            _upsert_answer(conn, attempt_id, question_id, response, flagged, now)
            if frozen.feedback == "immediate" and response is not None:
                feedback = review_item(question, response, row.language)
                correct = feedback["correct"]
    if expired:
        with ctx.db.transaction() as s:
            _expire_if_due(s, _load(s, attempt_id, lock=True), m.utcnow())
        raise ConflictError("Time is up: the attempt was submitted automatically.")
    return SavedAnswer(question_id, now, correct, feedback)


def set_flag(
    ctx: AppContext, actor: Principal, attempt_id: uuid.UUID, question_id: str, flagged: bool
) -> None:
    require(actor, "attempt.answer")
    with ctx.db.transaction() as s:
        attempt = _own_attempt(s, actor, attempt_id, lock=True)
        if attempt.status != IN_PROGRESS:
            return
        if question_id not in attempt.snapshot["questions"]:
            raise InvalidInput(f"Question '{question_id}' is not part of this attempt.")
        answer = s.scalar(
            select(m.Answer).where(
                m.Answer.attempt_id == attempt_id, m.Answer.question_id == question_id
            )
        )
        if answer is None:
            s.add(
                m.Answer(
                    attempt_id=attempt_id, question_id=question_id, response=None, flagged=flagged
                )
            )
        else:
            answer.flagged = flagged


def submit_attempt(ctx: AppContext, actor: Principal, attempt_id: uuid.UUID) -> AttemptResult:
    require(actor, "attempt.submit")
    now = m.utcnow()
    with ctx.db.transaction() as s:
        attempt = _own_attempt(s, actor, attempt_id, lock=True)
        if not _expire_if_due(s, attempt, now):
            if attempt.status != IN_PROGRESS:
                raise ConflictError("This attempt is already submitted.")
            _score(s, attempt, now)
            audit.append(
                s,
                actor,
                "attempt.submit",
                str(attempt.id),
                {"percent": str(attempt.percent), "status": attempt.status},
            )
        return _result(s, attempt)


def expire_overdue(ctx: AppContext) -> int:
    """Submit every attempt whose deadline passed while the program was closed."""
    now = m.utcnow()
    with ctx.db.transaction() as s:
        rows = s.scalars(
            select(m.Attempt).where(
                m.Attempt.status == IN_PROGRESS,
                m.Attempt.deadline_at.is_not(None),
                m.Attempt.deadline_at <= now,
            )
        ).all()
        return sum(_expire_if_due(s, a, now) for a in rows)
