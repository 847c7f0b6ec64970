"""Who may see whom: instructors their own cohorts, trainees themselves."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from mobilaze_training.auth.permissions import Principal, Role
from mobilaze_training.errors import PermissionDenied
from mobilaze_training.store.models import Assignment, Cohort, Enrolment


def instructor_owns_user(s: Session, instructor_id: uuid.UUID, user_id: uuid.UUID) -> bool:
    return (
        s.scalar(
            select(Enrolment.id)
            .join(Cohort, Cohort.id == Enrolment.cohort_id)
            .where(Enrolment.user_id == user_id, Cohort.instructor_id == instructor_id)
            .limit(1)
        )
        is not None
    )


def require_user_scope(s: Session, actor: Principal, user_id: uuid.UUID) -> None:
    """Refuse unless `actor` may see `user_id`'s records."""
    if actor.role == Role.ADMIN:
        return
    if actor.user_id == user_id:
        return
    if (
        actor.role == Role.INSTRUCTOR
        and actor.user_id is not None
        and instructor_owns_user(s, actor.user_id, user_id)
    ):
        return
    raise PermissionDenied("You may see only your own results or your own cohorts' trainees.")


def require_cohort_scope(s: Session, actor: Principal, cohort: Cohort) -> None:
    if actor.role == Role.ADMIN:
        return
    if actor.role == Role.INSTRUCTOR and cohort.instructor_id == actor.user_id:
        return
    raise PermissionDenied(f"Cohort '{cohort.name}' is not one of your cohorts.")


def assigned_modules(s: Session, user_id: uuid.UUID) -> dict[str, Assignment]:
    """Modules assigned to any cohort the user is enrolled in (earliest due date wins)."""
    rows = s.scalars(
        select(Assignment)
        .join(Enrolment, Enrolment.cohort_id == Assignment.cohort_id)
        .join(Cohort, Cohort.id == Assignment.cohort_id)
        .where(Enrolment.user_id == user_id, Cohort.archived.is_(False))
    )
    out: dict[str, Assignment] = {}
    for row in rows:
        best = out.get(row.module_id)
        if best is None or (row.due_at and (best.due_at is None or row.due_at < best.due_at)):
            out[row.module_id] = row
    return out
