"""Cohorts, enrolments, module assignments, and progress."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, String, and_, case, func, select, type_coerce
from sqlalchemy.orm import Session

from mobilaze_training.auth import audit
from mobilaze_training.auth.permissions import Principal, Role, require
from mobilaze_training.errors import ConflictError, InvalidInput, NotFoundError
from mobilaze_training.services.context import AppContext
from mobilaze_training.services.courses import current_module
from mobilaze_training.services.scope import (
    assigned_modules,
    require_cohort_scope,
    require_user_scope,
)
from mobilaze_training.services.users import get_user
from mobilaze_training.store import models as m

IN_PROGRESS, PENDING_REVIEW = "in_progress", "pending_review"


@dataclass(frozen=True)
class CohortInfo:
    id: uuid.UUID
    name: str
    instructor: str | None
    trainees: int
    modules: list[str]


def _cohort(s: Session, name: str) -> m.Cohort:
    cohort = s.scalar(select(m.Cohort).where(m.Cohort.name == name.strip()))
    if cohort is None:
        raise NotFoundError(f"There is no cohort '{name}'.")
    return cohort


def _info(s: Session, cohort: m.Cohort) -> CohortInfo:
    instructor = s.get(m.User, cohort.instructor_id) if cohort.instructor_id else None
    trainees = s.scalar(
        select(func.count()).select_from(m.Enrolment).where(m.Enrolment.cohort_id == cohort.id)
    )
    modules = s.scalars(
        select(m.Assignment.module_id)
        .where(m.Assignment.cohort_id == cohort.id)
        .order_by(m.Assignment.module_id)
    ).all()
    return CohortInfo(
        cohort.id,
        cohort.name,
        instructor.username if instructor else None,
        trainees or 0,
        list(modules),
    )


def create_cohort(
    ctx: AppContext, actor: Principal, name: str, instructor: str | None = None
) -> CohortInfo:
    require(actor, "cohort.create")
    clean = " ".join(name.split())
    if not clean:
        raise InvalidInput("The cohort name must not be empty.")
    with ctx.db.transaction() as s:
        if s.scalar(select(m.Cohort.id).where(m.Cohort.name == clean)) is not None:
            raise ConflictError(f"A cohort named '{clean}' exists already.")
        owner_id = actor.user_id
        if instructor:
            owner = get_user(s, instructor)
            if owner.role not in (Role.INSTRUCTOR, Role.ADMIN):
                raise InvalidInput(f"'{owner.username}' is not an instructor.")
            owner_id = owner.id
        cohort = m.Cohort(name=clean, instructor_id=owner_id)
        s.add(cohort)
        s.flush()
        audit.append(s, actor, "cohort.create", clean)
        return _info(s, cohort)


def list_cohorts(ctx: AppContext, actor: Principal) -> list[CohortInfo]:
    require(actor, "cohort.list")
    with ctx.db.transaction() as s:
        query = select(m.Cohort).where(m.Cohort.archived.is_(False)).order_by(m.Cohort.name)
        if actor.role != Role.ADMIN:
            query = query.where(m.Cohort.instructor_id == actor.user_id)
        return [_info(s, c) for c in s.scalars(query)]


def enrol(ctx: AppContext, actor: Principal, cohort_name: str, usernames: list[str]) -> CohortInfo:
    require(actor, "cohort.enrol")
    with ctx.db.transaction() as s:
        cohort = _cohort(s, cohort_name)
        require_cohort_scope(s, actor, cohort)
        added = []
        for username in usernames:
            user = get_user(s, username)
            if user.role != Role.TRAINEE:
                raise InvalidInput(f"'{user.username}' is not a trainee.")
            exists = s.scalar(
                select(m.Enrolment.id).where(
                    m.Enrolment.cohort_id == cohort.id, m.Enrolment.user_id == user.id
                )
            )
            if exists is None:
                s.add(m.Enrolment(cohort_id=cohort.id, user_id=user.id))
                added.append(user.username)
        s.flush()
        audit.append(s, actor, "cohort.enrol", cohort.name, {"added": added})
        return _info(s, cohort)


def unenrol(ctx: AppContext, actor: Principal, cohort_name: str, username: str) -> CohortInfo:
    require(actor, "cohort.enrol")
    with ctx.db.transaction() as s:
        cohort = _cohort(s, cohort_name)
        require_cohort_scope(s, actor, cohort)
        user = get_user(s, username)
        row = s.scalar(
            select(m.Enrolment).where(
                m.Enrolment.cohort_id == cohort.id, m.Enrolment.user_id == user.id
            )
        )
        if row is not None:
            s.delete(row)
            s.flush()
            audit.append(s, actor, "cohort.unenrol", cohort.name, {"user": user.username})
        return _info(s, cohort)


def assign(
    ctx: AppContext,
    actor: Principal,
    cohort_name: str,
    module_id: str,
    due_at: datetime | None = None,
) -> CohortInfo:
    require(actor, "cohort.assign")
    with ctx.db.transaction() as s:
        cohort = _cohort(s, cohort_name)
        require_cohort_scope(s, actor, cohort)
        current_module(s, module_id)  # refuses a module that is not installed
        row = s.scalar(
            select(m.Assignment).where(
                m.Assignment.cohort_id == cohort.id, m.Assignment.module_id == module_id
            )
        )
        if row is None:
            s.add(m.Assignment(cohort_id=cohort.id, module_id=module_id, due_at=due_at))
        else:
            row.due_at = due_at
        s.flush()
        audit.append(
            s,
            actor,
            "cohort.assign",
            cohort.name,
            {"module": module_id, "due_at": due_at.isoformat() if due_at else None},
        )
        return _info(s, cohort)


@dataclass(frozen=True)
class ModuleProgress:
    module_id: str
    due_at: datetime | None
    lessons_total: int
    lessons_opened: int
    attempts: int
    best_percent: Decimal | None
    passed: bool
    pending_review: bool
    in_progress: bool

    @property
    def status(self) -> str:
        if self.passed:
            return "passed"
        if self.pending_review:
            return "pending_review"
        if self.attempts or self.lessons_opened:
            return "in_progress"
        return "not_started"


#: a user id as the database driver returns it when not converted to uuid.UUID (a hex
#: string on SQLite); converting tens of thousands of grouped rows' ids costs more than
#: the queries, so the grouped rows are matched on this raw key instead.
RawId = Any


def _raw(column: Any) -> Any:
    return type_coerce(column, String).label("raw_id")


@dataclass
class _Tally:
    """One user's attempts in one module, summed over its assessments."""

    attempts: int = 0
    best: Decimal | None = None
    passed: set[str] = field(default_factory=set)
    pending: bool = False
    running: bool = False


@dataclass
class _Facts:
    """What progress is computed from, loaded for many users at once."""

    modules: dict[str, tuple[int, frozenset[str]]]  # module -> lessons, required assessments
    opened: dict[tuple[RawId, str], int]
    tallies: dict[tuple[RawId, str], _Tally]
    #: equal progress records are shared (they are frozen): most cells of a large cohort
    #: are alike, and building 40,000 frozen dataclasses costs more than looking them up
    shared: dict[tuple[Any, ...], ModuleProgress] = field(default_factory=dict)

    def progress(
        self, user: RawId, module_ids: list[str], due: dict[str, datetime | None]
    ) -> list[ModuleProgress]:
        out = []
        empty = _Tally()
        for module_id in module_ids:
            lessons, required = self.modules.get(module_id, (0, frozenset()))
            tally = self.tallies.get((user, module_id), empty)
            values = (
                module_id,
                due.get(module_id),
                lessons,
                self.opened.get((user, module_id), 0),
                tally.attempts,
                tally.best,
                bool(required) and required <= tally.passed,
                tally.pending,
                tally.running,
            )
            found = self.shared.get(values)
            if found is None:
                found = self.shared[values] = ModuleProgress(*values)
            out.append(found)
        return out


def _module_facts(manifest: dict[str, Any]) -> tuple[int, frozenset[str]]:
    required = set((manifest.get("certificate") or {}).get("requires") or [])
    if not required:
        required = {a["id"] for a in manifest.get("assessments", []) if a["kind"] == "exam"}
    return len(manifest.get("lessons", [])), frozenset(required)


def _facts(s: Session, users: list[uuid.UUID] | Select[Any], module_ids: list[str]) -> _Facts:
    """Load progress facts in four grouped queries, whatever the number of users.

    `users` is a list of user ids or a SELECT of them (a sub-query keeps a large cohort's
    id list inside the database). The facts are keyed by the users' raw ids (see RawId).
    """
    if not module_ids:
        return _Facts({}, {}, {})
    modules = {
        module_id: _module_facts(manifest)
        for module_id, manifest in s.execute(
            select(m.ModuleVersion.module_id, m.ModuleVersion.manifest).where(
                m.ModuleVersion.module_id.in_(module_ids), m.ModuleVersion.is_current.is_(True)
            )
        )
    }
    who = users if isinstance(users, list) else users.scalar_subquery()
    lesson, attempt = m.LessonProgress, m.Attempt
    opened = {
        (user, module_id): count
        for user, module_id, count in s.execute(
            select(_raw(lesson.user_id), lesson.module_id, func.count())
            .where(lesson.user_id.in_(who), lesson.module_id.in_(module_ids))
            .group_by(lesson.user_id, lesson.module_id)
        )
    }
    done = attempt.status != IN_PROGRESS
    mine = and_(attempt.user_id.in_(who), attempt.module_id.in_(module_ids))
    tallies: dict[tuple[RawId, str], _Tally] = {}
    for user, module_id, count, best, pending, running in s.execute(
        select(
            _raw(attempt.user_id),
            attempt.module_id,
            func.count(),
            func.max(case((and_(done, attempt.kind != "practice"), attempt.percent))),
            func.max(case((attempt.status == PENDING_REVIEW, 1), else_=0)),
            func.max(case((attempt.status == IN_PROGRESS, 1), else_=0)),
        )
        .where(mine)
        .group_by(attempt.user_id, attempt.module_id)
    ):
        if best is not None and not isinstance(best, Decimal):
            best = Decimal(str(best))
        tallies[(user, module_id)] = _Tally(count, best, set(), bool(pending), bool(running))
    for user, module_id, assessment_id in s.execute(
        select(_raw(attempt.user_id), attempt.module_id, attempt.assessment_id)
        .where(mine, done, attempt.passed.is_(True))
        .distinct()
    ):
        tally = tallies.get((user, module_id))
        if tally is not None:
            tally.passed.add(assessment_id)
    return _Facts(modules, opened, tallies)


def _progress_for(
    s: Session, user_id: uuid.UUID, module_ids: list[str], due: dict[str, datetime | None]
) -> list[ModuleProgress]:
    if not module_ids:
        return []
    raw = s.scalar(select(_raw(m.User.id)).where(m.User.id == user_id))
    return _facts(s, [user_id], module_ids).progress(raw, module_ids, due)


def my_progress(ctx: AppContext, actor: Principal) -> list[ModuleProgress]:
    """The trainee's assigned modules with progress, in due-date order."""
    require(actor, "progress.view_own")
    with ctx.db.transaction() as s:
        if actor.user_id is None:
            return []
        assigned = assigned_modules(s, actor.user_id)
        ids = sorted(assigned, key=lambda k: (assigned[k].due_at is None, assigned[k].due_at, k))
        return _progress_for(s, actor.user_id, ids, {k: a.due_at for k, a in assigned.items()})


@dataclass(frozen=True)
class ProgressRow:
    user_id: uuid.UUID
    username: str
    full_name: str
    modules: list[ModuleProgress]


def cohort_progress(ctx: AppContext, actor: Principal, cohort_name: str) -> list[ProgressRow]:
    require(actor, "progress.view_cohort")
    with ctx.db.transaction() as s:
        cohort = _cohort(s, cohort_name)
        require_cohort_scope(s, actor, cohort)
        assignments = s.scalars(
            select(m.Assignment)
            .where(m.Assignment.cohort_id == cohort.id)
            .order_by(m.Assignment.module_id)
        ).all()
        ids = [a.module_id for a in assignments]
        due = {a.module_id: a.due_at for a in assignments}
        enrolled = select(m.Enrolment.user_id).where(m.Enrolment.cohort_id == cohort.id)
        people = s.execute(
            select(m.User.id, _raw(m.User.id), m.User.username, m.User.full_name)
            .where(m.User.id.in_(enrolled.scalar_subquery()))
            .order_by(m.User.full_name)
        )
        facts = _facts(s, enrolled, ids)
        return [
            ProgressRow(user_id, username, full_name, facts.progress(raw, ids, due))
            for user_id, raw, username, full_name in people
        ]


def open_lesson(
    ctx: AppContext, actor: Principal, module_id: str, lesson_id: str, *, completed: bool = True
) -> None:
    """Record that the user opened (and read) a lesson."""
    require(actor, "lesson.open")
    if actor.user_id is None:
        return
    with ctx.db.transaction() as s:
        require_user_scope(s, actor, actor.user_id)
        row = s.scalar(
            select(m.LessonProgress).where(
                m.LessonProgress.user_id == actor.user_id,
                m.LessonProgress.module_id == module_id,
                m.LessonProgress.lesson_id == lesson_id,
            )
        )
        if row is None:
            row = m.LessonProgress(user_id=actor.user_id, module_id=module_id, lesson_id=lesson_id)
            s.add(row)
        if completed and row.completed_at is None:
            row.completed_at = m.utcnow()
