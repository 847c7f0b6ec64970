"""Instructor actions on attempts: essay grading, extra time and attempts, paper exams."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import select

from mobilaze_training.auth import audit
from mobilaze_training.auth.permissions import Principal, require
from mobilaze_training.errors import ConflictError, InvalidInput, NotFoundError
from mobilaze_training.quiz.assembly import build_snapshot, draw_matches
from mobilaze_training.quiz.scoring import check_response
from mobilaze_training.services import attempts as A
from mobilaze_training.services.context import AppContext
from mobilaze_training.services.courses import current_module
from mobilaze_training.services.scope import require_user_scope
from mobilaze_training.services.users import get_user
from mobilaze_training.store import models as m


@dataclass(frozen=True)
class PendingEssay:
    attempt_id: uuid.UUID
    username: str
    full_name: str
    module_id: str
    assessment_id: str
    question_id: str
    prompt: Any
    rubric: Any
    points: float
    response: Any
    submitted_at: Any


def pending_essays(ctx: AppContext, actor: Principal) -> list[PendingEssay]:
    """The essay grading queue: ungraded essays in attempts the actor may see."""
    require(actor, "attempt.grade")
    with ctx.db.transaction() as s:
        rows = s.execute(
            select(m.Attempt, m.User)
            .join(m.User, m.User.id == m.Attempt.user_id)
            .where(m.Attempt.status == A.PENDING_REVIEW)
            .order_by(m.Attempt.submitted_at)
        ).all()
        out = []
        for attempt, user in rows:
            try:
                require_user_scope(s, actor, user.id)
            except Exception:
                continue
            answers = A._answers(s, attempt.id)
            for qid in attempt.snapshot["order"]:
                q = attempt.snapshot["questions"][qid]
                ans = answers.get(qid)
                if q["type"] == "essay" and ans is not None and ans.score is None:
                    out.append(
                        PendingEssay(
                            attempt.id,
                            user.username,
                            user.full_name,
                            attempt.module_id,
                            attempt.assessment_id,
                            qid,
                            q.get("prompt"),
                            q.get("rubric"),
                            float(q.get("points", 1.0)),
                            ans.response,
                            attempt.submitted_at,
                        )
                    )
        return out


def grade_essay(
    ctx: AppContext,
    actor: Principal,
    attempt_id: uuid.UUID,
    question_id: str,
    score: float,
    comment: str | None = None,
) -> A.AttemptResult:
    require(actor, "attempt.grade")
    now = m.utcnow()
    with ctx.db.transaction() as s:
        attempt = A._load(s, attempt_id, lock=True)
        require_user_scope(s, actor, attempt.user_id)
        if attempt.status == A.IN_PROGRESS:
            raise ConflictError("The attempt is still in progress.")
        question = attempt.snapshot["questions"].get(question_id)
        if question is None or question["type"] != "essay":
            raise InvalidInput(f"'{question_id}' is not an essay question of this attempt.")
        points = float(question.get("points", 1.0))
        if not 0 <= score <= points:
            raise InvalidInput(f"The score must be between 0 and {points:g}.")
        answers = A._answers(s, attempt_id)
        answer = answers.get(question_id)
        if answer is None:
            answer = m.Answer(attempt_id=attempt_id, question_id=question_id, response=None)
            s.add(answer)
            answers[question_id] = answer
        previous = answer.score
        answer.score = float(score)
        answer.graded_by = actor.user_id
        answer.graded_at = now
        answer.grader_comment = comment
        total = 0.0
        pending = False
        for qid in attempt.snapshot["order"]:
            ans = answers.get(qid)
            if ans is None or ans.score is None:
                if attempt.snapshot["questions"][qid]["type"] == "essay" and ans is not None:
                    pending = True
                continue
            total += ans.score
        A._finish(attempt, total, pending)
        audit.append(
            s,
            actor,
            "attempt.grade",
            str(attempt_id),
            {
                "question": question_id,
                "score": score,
                "previous": previous,
                "status": attempt.status,
            },
        )
        return A._result(s, attempt)


def extend_time(
    ctx: AppContext, actor: Principal, attempt_id: uuid.UUID, minutes: float
) -> A.AttemptView:
    require(actor, "attempt.extend_time")
    if not 0 < minutes <= 24 * 60:
        raise InvalidInput("Give the extra time in minutes, between 1 and 1440.")
    with ctx.db.transaction() as s:
        attempt = A._load(s, attempt_id, lock=True)
        require_user_scope(s, actor, attempt.user_id)
        # A deadline that passed while nobody touched the attempt submits it now (committed
        # with this transaction); more time comes too late for it.
        expired = A._expire_if_due(s, attempt, m.utcnow())
        if not expired:
            if attempt.status != A.IN_PROGRESS:
                raise ConflictError("Only an attempt in progress can get more time.")
            if attempt.deadline_at is None:
                raise ConflictError("This attempt has no time limit.")
            attempt.deadline_at = attempt.deadline_at + timedelta(minutes=minutes)
            audit.append(s, actor, "attempt.extend_time", str(attempt_id), {"minutes": minutes})
            return A._view(s, attempt)
    raise ConflictError("Time was already up: the attempt was submitted automatically.")


def grant_extra_attempt(
    ctx: AppContext,
    actor: Principal,
    username: str,
    module_id: str,
    assessment_id: str,
    count: int = 1,
    reason: str | None = None,
) -> int | None:
    """Allow more attempts than max_attempts; returns the new number allowed."""
    require(actor, "attempt.grant_extra")
    if not 1 <= count <= 10:
        raise InvalidInput("Grant between 1 and 10 extra attempts.")
    with ctx.db.transaction() as s:
        user = get_user(s, username)
        require_user_scope(s, actor, user.id)
        mv = current_module(s, module_id)
        assessment = A._assessment(mv, assessment_id)
        s.add(
            m.AttemptAllowance(
                user_id=user.id,
                module_id=module_id,
                assessment_id=assessment_id,
                extra_attempts=count,
                granted_by=actor.user_id,
                reason=reason,
            )
        )
        s.flush()
        audit.append(
            s,
            actor,
            "attempt.grant_extra",
            user.username,
            {"module": module_id, "assessment": assessment_id, "count": count, "reason": reason},
        )
        return A.attempts_allowed(s, user.id, module_id, assessment)


def record_paper(
    ctx: AppContext,
    actor: Principal,
    username: str,
    module_id: str,
    assessment_id: str,
    responses: dict[str, Any],
    paper_id: str | None = None,
) -> A.AttemptResult:
    """Enter a paper exam's responses as a submitted attempt, scored like any other.

    The attempt holds the assessment's fixed questions and every drawn question that the
    responses name. A response naming an unknown question or option is refused.
    """
    require(actor, "attempt.record_paper")
    if not isinstance(responses, dict):
        raise InvalidInput("Responses must be a JSON object keyed by question id.")
    now = m.utcnow()
    with ctx.db.transaction() as s:
        user = get_user(s, username)
        require_user_scope(s, actor, user.id)
        mv = current_module(s, module_id)
        assessment = A._assessment(mv, assessment_id)
        if assessment["kind"] == "practical":
            raise InvalidInput("A practical test has a checklist, not responses.")
        bank = A._bank_questions(s, mv)
        problems = []
        for qid, response in responses.items():
            if qid not in bank:
                problems.append(f"question '{qid}' is not in module {module_id} {mv.version}")
                continue
            problem = check_response(bank[qid][1], response)
            if problem:
                problems.append(f"question '{qid}': {problem}")
        sections = assessment.get("sections") or []
        # once each, as start_attempt does, even when two sections list the same question
        fixed = list(
            dict.fromkeys(q for sec in sections if "questions" in sec for q in sec["questions"])
        )
        pool = set(fixed)
        for sec in sections:
            if "draw" in sec:
                pool |= {qid for qid, (b, c) in bank.items() if draw_matches(c, b, sec["from"])}
        for qid in responses:
            if qid in bank and qid not in pool:
                problems.append(f"question '{qid}' is not part of assessment {assessment_id}")
        if problems:
            raise InvalidInput("The responses were refused:\n  " + "\n  ".join(problems))
        order = fixed + [q for q in responses if q not in fixed]
        drawn = sum(int(sec["draw"]) for sec in sections if "draw" in sec)
        if not paper_id and len(order) - len(fixed) != drawn:
            raise InvalidInput(
                f"Assessment {assessment_id} draws {drawn} question(s) besides its fixed ones, "
                f"but the responses name {len(order) - len(fixed)}. Give --paper-id of the "
                "printed paper, or list every drawn question (null for one left unanswered)."
            )
        if paper_id:
            from mobilaze_training.services.printing import paper_draw

            printed = paper_draw(s, paper_id)
            if printed is None:
                raise InvalidInput(f"Paper '{paper_id}' was not printed from this database.")
            if (printed["module"], printed["assessment"]) != (module_id, assessment_id):
                raise InvalidInput(
                    f"Paper '{paper_id}' is of {printed['module']}/{printed['assessment']}."
                )
            extra = [q for q in responses if q not in printed["order"]]
            if extra:
                raise InvalidInput(
                    f"The responses name questions not on paper '{paper_id}': {', '.join(extra)}"
                )
            order = list(printed["order"])
        attempt_id = uuid.uuid4()
        snapshot = build_snapshot(attempt_id, mv.manifest, assessment, bank, order=order)
        attempt = m.Attempt(
            id=attempt_id,
            user_id=user.id,
            module_id=module_id,
            module_version=mv.version,
            module_version_id=mv.id,
            assessment_id=assessment_id,
            kind=assessment["kind"],
            status=A.IN_PROGRESS,
            source="paper",
            paper_id=paper_id,
            started_at=now,
            language=user.language or mv.manifest["languages"][0],
            snapshot=snapshot,
            max_score=0.0,
        )
        s.add(attempt)
        s.flush()
        for qid in order:
            s.add(m.Answer(attempt_id=attempt_id, question_id=qid, response=responses.get(qid)))
        s.flush()
        A._score(s, attempt, now)
        audit.append(
            s,
            actor,
            "attempt.record_paper",
            str(attempt_id),
            {
                "user": user.username,
                "module": module_id,
                "assessment": assessment_id,
                "paper_id": paper_id,
                "percent": str(attempt.percent),
            },
        )
        return A._result(s, attempt)


def user_attempts(
    ctx: AppContext, actor: Principal, username: str, module_id: str | None = None
) -> list[A.AttemptView]:
    """A trainee's attempts, for an instructor of the trainee's cohort or an administrator."""
    require(actor, "attempt.view_any")
    with ctx.db.transaction() as s:
        user = get_user(s, username)
        require_user_scope(s, actor, user.id)
        query = select(m.Attempt).where(m.Attempt.user_id == user.id)
        if module_id:
            query = query.where(m.Attempt.module_id == module_id)
        rows = s.scalars(query.order_by(m.Attempt.started_at)).all()
        if not rows and module_id:
            raise NotFoundError(f"'{username}' has no attempts in '{module_id}'.")
        return [A._view(s, a) for a in rows]
