"""Taking quizzes and exams: start, answer, submit, review; time limits and auto-submission.

Each answer is saved in its own transaction, so a crash or power cut loses nothing that
was acknowledged. An attempt whose deadline has passed is submitted the next time anyone
touches it, also when the program was closed at the deadline.
"""

from __future__ import annotations

import functools
import threading
import uuid
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import Executable

from mobilaze_training.auth import audit
from mobilaze_training.auth.permissions import Principal, Role, require
from mobilaze_training.errors import ConflictError, InvalidInput, NotFoundError, PermissionDenied
from mobilaze_training.quiz.assembly import build_snapshot
from mobilaze_training.quiz.scoring import attempt_percent, check_response, score_question
from mobilaze_training.services.context import AppContext
from mobilaze_training.services.courses import current_module
from mobilaze_training.services.scope import assigned_modules, require_user_scope
from mobilaze_training.store import models as m

IN_PROGRESS, SUBMITTED, PENDING_REVIEW = "in_progress", "submitted", "pending_review"


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


@dataclass(frozen=True)
class SavedAnswer:
    question_id: str
    saved_at: datetime
    correct: bool | None = None  # only with immediate feedback
    feedback: dict[str, Any] | None = None


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


def _own_attempt(
    s: Session, actor: Principal, attempt_id: uuid.UUID, *, lock: bool = False
) -> m.Attempt:
    attempt = _load(s, attempt_id, lock=lock)
    if attempt.user_id != actor.user_id:
        raise PermissionDenied("This attempt belongs to someone else.")
    return attempt


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
