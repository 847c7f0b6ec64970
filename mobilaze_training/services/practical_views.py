"""Read-only look-ups for the practical-test screen: whom the actor may observe.

An instructor observes the trainees of their own (not archived) cohorts; an administrator
any active trainee. Each trainee comes with the cohorts and assigned modules through which
the actor sees them, so the screen can offer the modules that matter first.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select

from mobilaze_training.auth.permissions import Principal, Role, require
from mobilaze_training.services.context import AppContext
from mobilaze_training.store import models as m


@dataclass(frozen=True)
class ObservableTrainee:
    username: str
    full_name: str
    cohorts: tuple[str, ...]  # the actor's cohorts the trainee is enrolled in
    modules: tuple[str, ...]  # modules assigned to those cohorts


def observable_trainees(ctx: AppContext, actor: Principal) -> list[ObservableTrainee]:
    """Active trainees the actor may record a practical test for, by full name."""
    require(actor, "practical.record")
    admin = actor.role == Role.ADMIN
    with ctx.db.transaction() as s:
        cohort_query = select(m.Cohort.id, m.Cohort.name).where(m.Cohort.archived.is_(False))
        if not admin:
            cohort_query = cohort_query.where(m.Cohort.instructor_id == actor.user_id)
        cohort_names: dict[uuid.UUID, str] = {cid: name for cid, name in s.execute(cohort_query)}
        ids = list(cohort_names)
        member_of: dict[uuid.UUID, list[uuid.UUID]] = {}
        assigned: dict[uuid.UUID, list[str]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for user_id, cohort_id in s.execute(
                select(m.Enrolment.user_id, m.Enrolment.cohort_id).where(
                    m.Enrolment.cohort_id.in_(chunk)
                )
            ):
                member_of.setdefault(user_id, []).append(cohort_id)
            for cohort_id, module_id in s.execute(
                select(m.Assignment.cohort_id, m.Assignment.module_id).where(
                    m.Assignment.cohort_id.in_(chunk)
                )
            ):
                assigned.setdefault(cohort_id, []).append(module_id)
        people = select(m.User.id, m.User.username, m.User.full_name).where(
            m.User.role == Role.TRAINEE.value, m.User.active.is_(True)
        )
        out = []
        for user_id, username, full_name in s.execute(people.order_by(m.User.full_name)):
            cohorts = member_of.get(user_id)
            if cohorts is None and not admin:
                continue
            cohorts = cohorts or []
            modules = sorted({mid for cid in cohorts for mid in assigned.get(cid, [])})
            out.append(
                ObservableTrainee(
                    username=username,
                    full_name=full_name,
                    cohorts=tuple(sorted(cohort_names[c] for c in cohorts)),
                    modules=tuple(modules),
                )
            )
        return out
