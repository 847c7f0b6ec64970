"""What goes into a bundle: the rows, read in the caller's transaction and encoded."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Column, select
from sqlalchemy.orm import Session

from mobilaze_training.errors import NotFoundError
from mobilaze_training.store import models as m
from mobilaze_training.sync import audit_import, modules
from mobilaze_training.sync.codec import Row
from mobilaze_training.sync.merge import TableSpec
from mobilaze_training.sync.rules import (
    ANSWERS,
    ASSIGNMENTS,
    ATTEMPTS,
    CERTIFICATES,
    COHORTS,
    DIST_USERS,
    ENROLMENTS,
    RESULT_USERS,
)
from mobilaze_training.sync.store import store_for

CHUNK = 500


def _rows(s: Session, spec: TableSpec, *conditions: Any) -> list[Row]:
    return store_for(s).export_rows(spec.table, spec.carried(), *conditions)


def _rows_in(
    s: Session, spec: TableSpec, column: str, values: Iterable[Any], *conditions: Any
) -> list[Row]:
    items = sorted(set(values), key=str)
    out: list[Row] = []
    for start in range(0, len(items), CHUNK):
        part = items[start : start + CHUNK]
        out += _rows(s, spec, spec.table.c[column].in_(part), *conditions)
    return out


def _since(column: Column[Any], since: datetime | None) -> Any:
    return column >= since if since is not None else column.is_not(None)


def collect_results(
    s: Session, here: str, since: datetime | None, after_seq: int
) -> dict[str, list[Row]]:
    """Attempts, answers, certificates and users changed since `since` (everything when None),
    the users they name, and the audit entries after `after_seq`."""
    attempts = _rows(s, ATTEMPTS, _since(ATTEMPTS.table.c.updated_at, since))
    for row in attempts:
        row["origin_machine"] = row["origin_machine"] or here
    attempt_ids = [uuid.UUID(a["id"]) for a in attempts]
    answered = ANSWERS.table.c.updated_at
    answers = {a["id"]: a for a in _rows(s, ANSWERS, _since(answered, since))}
    if since is not None:  # with everything (since None) all answers are there already
        # the other answers of the attempts: an attempt travels with all its answers
        for a in _rows_in(s, ANSWERS, "attempt_id", attempt_ids, answered < since):
            answers.setdefault(a["id"], a)
    certificates = _rows(s, CERTIFICATES, _since(CERTIFICATES.table.c.updated_at, since))
    named = {a["user_id"] for a in attempts}
    named |= {a["graded_by"] for a in answers.values() if a["graded_by"]}
    named |= {c["user_id"] for c in certificates}
    named |= {c["issued_by"] for c in certificates if c.get("issued_by")}
    users = RESULT_USERS.table
    changed = s.scalars(select(users.c.id).where(_since(users.c.updated_at, since)))
    user_ids = {uuid.UUID(u) for u in named} | set(changed)
    return {
        "users": _rows_in(s, RESULT_USERS, "id", user_ids),
        "attempts": attempts,
        "answers": sorted(answers.values(), key=lambda a: str(a["id"])),
        "certificates": certificates,
        audit_import.TABLE: audit_import.export_rows(s, after_seq),
    }


def collect_distribution(s: Session, cohort_names: Sequence[str]) -> dict[str, list[Row]]:
    """The named cohorts, their enrolments and assignments, the users they name, and the
    current version of every module assigned to them."""
    names = sorted({" ".join(n.split()) for n in cohort_names})
    found = {c.name: c for c in s.scalars(select(m.Cohort).where(m.Cohort.name.in_(names)))}
    missing = [n for n in names if n not in found]
    if missing:
        raise NotFoundError(f"There is no cohort {', '.join(repr(n) for n in missing)}.")
    ids = [c.id for c in found.values()]
    enrolments = _rows_in(s, ENROLMENTS, "cohort_id", ids)
    assignments = _rows_in(s, ASSIGNMENTS, "cohort_id", ids)
    user_ids = {uuid.UUID(e["user_id"]) for e in enrolments}
    user_ids |= {c.instructor_id for c in found.values() if c.instructor_id}
    tables = {
        "users": _rows_in(s, DIST_USERS, "id", user_ids),
        **modules.export_rows(s, {a["module_id"] for a in assignments}),
        "cohorts": _rows_in(s, COHORTS, "id", ids),
        "enrolments": enrolments,
        "assignments": assignments,
    }
    return tables
