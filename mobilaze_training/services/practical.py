"""Practical tests and outcome profiles.

A practical test is observed by an instructor in a simulated situation: each checklist item
is marked met or not met, with an optional note. The result is stored as an attempt
(kind ``practical``, source ``observed``) with one answer per checklist item, so it is
audited, carried in results bundles and counted by ``certificate.requires`` like any other
attempt. Its snapshot holds the checklist as ``questions`` of type ``checklist``.

A trainee's outcome profile: for each of a module's learning outcomes, the share of points
achieved over the questions and checklist items mapped to it, taking each assessment's
latest submitted attempt. An outcome counts as achieved at ``ACHIEVED_SHARE`` or more.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from mobilaze_training.auth import audit
from mobilaze_training.auth.permissions import Principal, Role, require
from mobilaze_training.errors import InvalidInput, NotFoundError
from mobilaze_training.quiz.assembly import SNAPSHOT_VERSION
from mobilaze_training.quiz.scoring import attempt_percent
from mobilaze_training.services import attempts as A
from mobilaze_training.services.context import AppContext
from mobilaze_training.services.courses import current_module
from mobilaze_training.services.outcome_rows import (
    ACHIEVED_SHARE as ACHIEVED_SHARE,  # re-exported for the screens
)
from mobilaze_training.services.outcome_rows import (
    OutcomeStanding,
    module_outcomes,
    standings,
    tallies,
)
from mobilaze_training.services.scope import require_user_scope
from mobilaze_training.services.users import get_user
from mobilaze_training.store import models as m

CHECKLIST = "checklist"
OBSERVED = "observed"
MAX_NOTE = 2000


@dataclass(frozen=True)
class ChecklistEntry:
    id: str
    text: Any  # localised text
    points: float
    critical: bool
    outcomes: list[str]


@dataclass(frozen=True)
class PracticalTest:
    module_id: str
    module_version: str
    assessment_id: str
    title: Any  # localised text
    pass_mark_percent: float
    items: list[ChecklistEntry]


@dataclass(frozen=True)
class PracticalResult:
    attempt_id: uuid.UUID
    score: float
    max_score: float
    percent: Decimal
    passed: bool
    critical_missed: list[str]

    def as_contract(self) -> dict[str, Any]:
        return {
            "attempt_id": str(self.attempt_id),
            "status": A.SUBMITTED,
            "score": self.score,
            "max_score": self.max_score,
            "percent": str(self.percent),
            "passed": self.passed,
            "critical_missed": self.critical_missed,
        }


def _practical(mv: m.ModuleVersion, assessment_id: str) -> dict[str, Any]:
    assessment = A._assessment(mv, assessment_id)
    if assessment["kind"] != "practical":
        raise InvalidInput(
            f"Assessment '{assessment_id}' of {mv.module_id} is not a practical test."
        )
    return assessment


def _entries(assessment: Mapping[str, Any]) -> list[ChecklistEntry]:
    return [
        ChecklistEntry(
            id=item["id"],
            text=item["text"],
            points=float(item.get("points", 1.0)),
            critical=bool(item.get("critical", False)),
            outcomes=list(item.get("outcomes") or []),
        )
        for item in assessment.get("checklist") or []
    ]


def practical_tests(ctx: AppContext, actor: Principal, module_id: str) -> list[PracticalTest]:
    """The practical tests of a module's current version, with their checklists."""
    require(actor, "practical.record")
    with ctx.db.transaction() as s:
        mv = current_module(s, module_id)
        return [
            PracticalTest(
                module_id=module_id,
                module_version=mv.version,
                assessment_id=a["id"],
                title=a.get("title", a["id"]),
                pass_mark_percent=float(a.get("pass_mark_percent", 0)),
                items=_entries(a),
            )
            for a in mv.manifest.get("assessments") or []
            if a["kind"] == "practical"
        ]


def check_observations(
    assessment: Mapping[str, Any], observations: Any
) -> dict[str, tuple[bool, str | None]]:
    """Observations as {item id: (met, note)}; every problem named at once when refused."""
    if not isinstance(observations, Mapping):
        raise InvalidInput(
            "Observations must be a JSON object keyed by checklist item id, e.g. "
            '{"c1": {"met": true, "note": "..."}}.'
        )
    items = [e.id for e in _entries(assessment)]
    problems: list[str] = []
    out: dict[str, tuple[bool, str | None]] = {}
    for key, value in observations.items():
        if key not in items:
            problems.append(f"'{key}': not a checklist item of {assessment['id']}")
            continue
        if isinstance(value, bool):  # shorthand: "c1": true
            out[key] = (value, None)
            continue
        if not isinstance(value, Mapping):
            problems.append(f'\'{key}\': expected {{"met": true|false, "note": "..."}}')
            continue
        unknown = sorted(set(value) - {"met", "note"})
        if unknown:
            problems.append(f"'{key}': unknown field(s) {', '.join(unknown)}")
        met = value.get("met")
        if not isinstance(met, bool):
            problems.append(f"'{key}'.met: must be true or false")
            continue
        note = value.get("note")
        if note is not None and not isinstance(note, str):
            problems.append(f"'{key}'.note: must be text")
            continue
        if note is not None and len(note) > MAX_NOTE:
            problems.append(f"'{key}'.note: longer than {MAX_NOTE} characters")
            continue
        out[key] = (met, (note or "").strip() or None)
    missing = [i for i in items if i not in observations]
    if missing:
        problems.append("not observed: " + ", ".join(missing) + " (mark every item met or not)")
    if problems:
        raise InvalidInput("The observations were refused:\n  " + "\n  ".join(problems))
    return out


def practical_snapshot(
    attempt_id: uuid.UUID, module: Mapping[str, Any], assessment: Mapping[str, Any]
) -> dict[str, Any]:
    """The checklist frozen as the attempt's questions (type ``checklist``)."""
    entries = _entries(assessment)
    return {
        "v": SNAPSHOT_VERSION,
        "seed": 0,
        "module": {
            "id": module["id"],
            "version": module["version"],
            "title": module["title"],
            "languages": module["languages"],
        },
        "assessment": dict(assessment),
        "order": [e.id for e in entries],
        "questions": {
            e.id: {
                "id": e.id,
                "type": CHECKLIST,
                "prompt": e.text,
                "points": e.points,
                "critical": e.critical,
                "outcomes": e.outcomes,
            }
            for e in entries
        },
        "layout": {},
    }


def score_observations(
    assessment: Mapping[str, Any], observed: Mapping[str, tuple[bool, str | None]]
) -> tuple[float, float, Decimal, bool, list[str]]:
    """(score, max, percent, passed, critical items missed) as the format's rule says."""
    entries = _entries(assessment)
    total = sum(e.points for e in entries)
    score = sum(e.points for e in entries if observed[e.id][0])
    missed = [e.id for e in entries if e.critical and not observed[e.id][0]]
    percent = attempt_percent(score, total)
    pass_mark = Decimal(str(assessment.get("pass_mark_percent", 0)))
    return score, total, percent, percent >= pass_mark and not missed, missed


def record_practical(
    ctx: AppContext,
    actor: Principal,
    username: str,
    module_id: str,
    assessment_id: str,
    observations: Any,
) -> PracticalResult:
    """Record an observed practical test as a submitted, scored and audited attempt."""
    require(actor, "practical.record")
    now = m.utcnow()
    with ctx.db.transaction() as s:
        user = get_user(s, username)
        if user.role != Role.TRAINEE.value:
            raise InvalidInput(f"'{username}' is not a trainee.")
        require_user_scope(s, actor, user.id)
        mv = current_module(s, module_id)
        assessment = _practical(mv, assessment_id)
        observed = check_observations(assessment, observations)
        score, total, percent, passed, missed = score_observations(assessment, observed)
        attempt_id = uuid.uuid4()
        attempt = m.Attempt(
            id=attempt_id,
            user_id=user.id,
            module_id=module_id,
            module_version=mv.version,
            module_version_id=mv.id,
            assessment_id=assessment_id,
            kind="practical",
            status=A.SUBMITTED,
            source=OBSERVED,
            started_at=now,
            submitted_at=now,
            language=user.language or mv.manifest["languages"][0],
            snapshot=practical_snapshot(attempt_id, mv.manifest, assessment),
            score=round(score, 6),
            max_score=total,
            percent=percent,
            passed=passed,
        )
        s.add(attempt)
        s.flush()
        points = {e.id: e.points for e in _entries(assessment)}
        for item_id, (met, note) in observed.items():
            s.add(
                m.Answer(
                    attempt_id=attempt_id,
                    question_id=item_id,
                    response={"met": met, "note": note},
                    score=points[item_id] if met else 0.0,
                    graded_by=actor.user_id,
                    graded_at=now,
                    grader_comment=note,
                )
            )
        s.flush()
        audit.append(
            s,
            actor,
            "practical.record",
            str(attempt_id),
            {
                "user": user.username,
                "module": module_id,
                "assessment": assessment_id,
                "percent": str(percent),
                "passed": passed,
                "critical_missed": missed,
            },
        )
        return PracticalResult(attempt_id, score, total, percent, passed, missed)


# ---- outcome profiles ---------------------------------------------------------------------


@dataclass(frozen=True)
class OutcomeProfile:
    username: str
    full_name: str
    module_id: str
    module_version: str
    module_title: Any
    outcomes: list[OutcomeStanding]

    @property
    def achieved(self) -> list[OutcomeStanding]:
        return [o for o in self.outcomes if o.achieved]


def profile_of(s: Session, user: m.User, module_id: str) -> OutcomeProfile:
    """The outcome profile of `user` in `module_id` (in the caller's transaction)."""
    mv = current_module(s, module_id)
    defs = next((mo.outcomes for mo in module_outcomes(s, [module_id])), [])
    conds = [m.Attempt.user_id == user.id, m.Attempt.module_id == module_id]
    tally = next((t.tally for t in tallies(s, conds)), {})
    return OutcomeProfile(
        username=user.username,
        full_name=user.full_name,
        module_id=module_id,
        module_version=mv.version,
        module_title=mv.manifest["title"],
        outcomes=standings(defs, tally),
    )


def my_outcome_profile(ctx: AppContext, actor: Principal, module_id: str) -> OutcomeProfile:
    """The signed-in user's own outcome profile in a module."""
    require(actor, "progress.view_own")
    with ctx.db.transaction() as s:
        user = s.get(m.User, actor.user_id) if actor.user_id else None
        if user is None:
            raise NotFoundError("Only a signed-in user has an outcome profile.")
        return profile_of(s, user, module_id)


def trainee_outcome_profile(
    ctx: AppContext, actor: Principal, username: str, module_id: str
) -> OutcomeProfile:
    """A trainee's outcome profile, for an instructor of the trainee's cohort or an admin."""
    require(actor, "progress.view_cohort")
    with ctx.db.transaction() as s:
        user = get_user(s, username)
        require_user_scope(s, actor, user.id)
        return profile_of(s, user, module_id)
