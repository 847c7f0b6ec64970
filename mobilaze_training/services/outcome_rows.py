"""Outcome profiles of many trainees at once, for the profile screens and the exports.

For each trainee and module: the latest finished attempt of each assessment; for each learning
outcome of the module, the points achieved and possible over the questions and checklist items
mapped to it in those attempts (see :mod:`mobilaze_training.services.practical`).

What an attempt's questions are worth and which outcomes they assess is read from its frozen
snapshot, but only once per module version and assessment (a version's content never
changes): the attempts themselves are read as a few columns and their snapshot's ``order``.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from mobilaze_training.store import models as m

FINISHED = ("submitted", "pending_review")
CHUNK = 500

#: outcome id -> [achieved, possible, pending]
Tally = dict[str, list[float]]


@dataclass(frozen=True)
class OutcomeDef:
    id: str
    text: Any  # localised text
    level: int
    fundamental_rights: bool


@dataclass(frozen=True)
class ModuleOutcomes:
    module_id: str
    version: str
    title: Any
    outcomes: list[OutcomeDef]


@dataclass(frozen=True)
class TraineeTally:
    user_id: uuid.UUID
    module_id: str
    tally: Tally
    last_at: datetime | None  # the latest of the attempts counted
    attempt_ids: tuple[uuid.UUID, ...]


def module_outcomes(s: Session, module_ids: Sequence[str] | None = None) -> list[ModuleOutcomes]:
    """The current versions of the installed modules that state learning outcomes."""
    query = select(m.ModuleVersion).where(m.ModuleVersion.is_current.is_(True))
    if module_ids is not None:
        query = query.where(m.ModuleVersion.module_id.in_(list(module_ids)))
    out = []
    for mv in s.scalars(query.order_by(m.ModuleVersion.module_id)):
        defs = [
            OutcomeDef(
                o["id"], o["text"], int(o["level"]), bool(o.get("fundamental_rights", False))
            )
            for o in mv.manifest.get("outcomes") or []
        ]
        if defs:
            out.append(ModuleOutcomes(mv.module_id, mv.version, mv.manifest["title"], defs))
    return out


class _Mapping:
    """{question or checklist item: (outcomes, points, type)} per module version and assessment."""

    def __init__(self) -> None:
        self._known: dict[tuple[str, str, str], dict[str, tuple[list[str], float, str]]] = {}

    def of(
        self, s: Session, key: tuple[str, str, str], attempt_id: uuid.UUID, order: Sequence[str]
    ) -> dict[str, tuple[list[str], float, str]]:
        known = self._known.setdefault(key, {})
        if any(q not in known for q in order):  # a draw not seen yet: read this snapshot once
            snapshot = s.scalar(select(m.Attempt.snapshot).where(m.Attempt.id == attempt_id))
            for qid, q in ((snapshot or {}).get("questions") or {}).items():
                known[qid] = (
                    list(q.get("outcomes") or []),
                    float(q.get("points", 1.0)),
                    str(q.get("type", "")),
                )
        return known


def tallies(s: Session, conds: Sequence[ColumnElement[bool]]) -> Iterator[TraineeTally]:
    """Per trainee and module with outcomes, the outcome tally of the attempts `conds` select."""
    with_outcomes = [mo.module_id for mo in module_outcomes(s)]
    if not with_outcomes:
        return
    latest: dict[tuple[uuid.UUID, str, str], Any] = {}
    rows = s.execute(
        select(
            m.Attempt.id,
            m.Attempt.user_id,
            m.Attempt.module_id,
            m.Attempt.module_version,
            m.Attempt.assessment_id,
            m.Attempt.submitted_at,
            m.Attempt.snapshot["order"].label("order"),
        )
        .where(
            *conds,
            m.Attempt.status.in_(FINISHED),
            m.Attempt.submitted_at.is_not(None),
            m.Attempt.module_id.in_(with_outcomes),
        )
        .order_by(m.Attempt.submitted_at, m.Attempt.id)
    )
    for row in rows:
        latest[(row.user_id, row.module_id, row.assessment_id)] = row
    by_trainee: dict[tuple[uuid.UUID, str], list[Any]] = {}
    for (user_id, module_id, _), row in latest.items():
        by_trainee.setdefault((user_id, module_id), []).append(row)
    mapping = _Mapping()
    keys = sorted(by_trainee, key=lambda k: (str(k[0]), k[1]))
    for start in range(0, len(keys), CHUNK):
        chunk = keys[start : start + CHUNK]
        attempt_rows = [r for k in chunk for r in by_trainee[k]]
        scores = _scores(s, [r.id for r in attempt_rows])
        for user_id, module_id in chunk:
            tally: Tally = {}
            counted = by_trainee[(user_id, module_id)]
            for row in counted:
                order = list(row.order or [])
                known = mapping.of(
                    s, (row.module_id, row.module_version, row.assessment_id), row.id, order
                )
                _add(tally, order, known, scores.get(row.id, {}))
            yield TraineeTally(
                user_id,
                module_id,
                tally,
                max(r.submitted_at for r in counted),
                tuple(sorted((r.id for r in counted), key=str)),
            )


def _add(
    tally: Tally,
    order: Sequence[str],
    known: dict[str, tuple[list[str], float, str]],
    scores: dict[str, float | None],
) -> None:
    for qid in order:
        outcomes, points, _qtype = known.get(qid, ([], 1.0, ""))
        if not outcomes:
            continue
        # no answer row: unanswered, nothing earned; a row without a score: an essay to grade
        score = scores.get(qid, 0.0)
        for oid in outcomes:
            acc = tally.setdefault(oid, [0.0, 0.0, 0.0])
            if score is None:  # an essay still waiting for its grade
                acc[2] += 1
                continue
            acc[0] += score
            acc[1] += points


def _scores(s: Session, attempt_ids: list[uuid.UUID]) -> dict[uuid.UUID, dict[str, float | None]]:
    out: dict[uuid.UUID, dict[str, float | None]] = {}
    for start in range(0, len(attempt_ids), CHUNK):
        chunk = attempt_ids[start : start + CHUNK]
        for attempt_id, qid, score in s.execute(
            select(m.Answer.attempt_id, m.Answer.question_id, m.Answer.score).where(
                m.Answer.attempt_id.in_(chunk)
            )
        ):
            out.setdefault(attempt_id, {})[qid] = score
    return out
