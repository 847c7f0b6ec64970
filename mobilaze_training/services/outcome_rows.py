"""Outcome profiles of many trainees at once, for the profile screens and the exports.

For each trainee and module: the latest finished attempt of each assessment; for each learning
outcome of the module, the points achieved and possible over the questions and checklist items
mapped to it in those attempts (see :mod:`mobilaze_training.services.practical`).

What an attempt's questions are worth and which outcomes they assess is read from its frozen
snapshot, but only once per module version and assessment (the reports' SnapshotCache: a
version's content never changes): the attempts themselves are read as a few columns and
their snapshot's ``order``.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from mobilaze_training.services.report_rows import SnapshotCache, SnapshotInfo
from mobilaze_training.store import models as m

FINISHED = ("submitted", "pending_review")
#: share of an outcome's points from which the outcome counts as achieved
ACHIEVED_SHARE = 0.75
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
    default_language: str = "en"


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
            languages = mv.manifest.get("languages") or ["en"]
            out.append(
                ModuleOutcomes(mv.module_id, mv.version, mv.manifest["title"], defs, languages[0])
            )
    return out


@dataclass(frozen=True)
class OutcomeStanding:
    id: str
    text: Any  # localised text
    level: int
    fundamental_rights: bool
    points: float  # achieved
    max_points: float  # over the latest submitted attempt of each assessment
    pending: int  # answers mapped to the outcome still waiting for grading

    @property
    def share(self) -> float | None:
        """Achieved share of the points, or None when nothing assessed it yet."""
        return None if self.max_points <= 0 else self.points / self.max_points

    @property
    def achieved(self) -> bool:
        share = self.share
        return share is not None and share >= ACHIEVED_SHARE - 1e-9


def standings(defs: Sequence[OutcomeDef], tally: Tally) -> list[OutcomeStanding]:
    """The module's outcomes, in its order, with what the tally holds for each."""
    out = []
    for d in defs:
        got, possible, pending = tally.get(d.id, (0.0, 0.0, 0))
        out.append(
            OutcomeStanding(
                id=d.id,
                text=d.text,
                level=d.level,
                fundamental_rights=d.fundamental_rights,
                points=round(got, 6),
                max_points=round(possible, 6),
                pending=int(pending),
            )
        )
    return out


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
    snapshots = SnapshotCache()
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
                info = snapshots.ensure(
                    s, (row.module_id, row.module_version, row.assessment_id), row.id, order
                )
                _add(tally, order, info, scores.get(row.id, {}))
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
    info: SnapshotInfo,
    scores: dict[str, float | None],
) -> None:
    for qid in order:
        outcomes = info.outcomes.get(qid)
        if not outcomes:
            continue
        points = info.questions[qid][1]
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


@dataclass(frozen=True)
class OutcomeRecord:
    """One trainee's standing on one outcome of one module (a row of the exports)."""

    user_id: uuid.UUID
    username: str
    full_name: str
    module: ModuleOutcomes
    standing: OutcomeStanding
    last_at: datetime | None
    attempt_ids: tuple[uuid.UUID, ...]


def outcome_records(s: Session, conds: Sequence[ColumnElement[bool]]) -> Iterator[OutcomeRecord]:
    """Per trainee (by username), module and outcome: the profiles of the selected attempts."""
    modules = {mo.module_id: mo for mo in module_outcomes(s)}
    found = list(tallies(s, conds))
    people: dict[uuid.UUID, tuple[str, str]] = {}
    ids = sorted({t.user_id for t in found}, key=str)
    for start in range(0, len(ids), CHUNK):
        query = select(m.User.id, m.User.username, m.User.full_name).where(
            m.User.id.in_(ids[start : start + CHUNK])
        )
        people.update({uid: (name, full) for uid, name, full in s.execute(query)})
    found.sort(key=lambda t: (people[t.user_id][0], t.module_id))
    for t in found:
        module = modules[t.module_id]
        username, full_name = people[t.user_id]
        for standing in standings(module.outcomes, t.tally):
            yield OutcomeRecord(
                t.user_id, username, full_name, module, standing, t.last_at, t.attempt_ids
            )
