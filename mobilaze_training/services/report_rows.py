"""Reading finished attempts for the reports: the filter, the actor's scope, and batches.

The attempts are read in batches of a few hundred, each in its own short transaction and
continuing after the last one read (by submission time and id), so memory stays flat on any
number of attempts and a long report never holds the database's write lock (on SQLite every
transaction takes it) while trainees are saving answers. What the reports need from the
attempts' snapshots (titles, question types, points, prompts) is read once per module
version and assessment, not once per attempt.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Text, and_, or_, select, type_coerce
from sqlalchemy.orm import Session

from mobilaze_training.auth.permissions import Principal, Role
from mobilaze_training.errors import InvalidInput, NotFoundError
from mobilaze_training.interop.exports import AttemptAnswers, AttemptRecord, QuestionRecord
from mobilaze_training.interop.xapi import language_map
from mobilaze_training.services.context import AppContext
from mobilaze_training.services.scope import require_cohort_scope
from mobilaze_training.store import models as m

SUBMITTED, PENDING_REVIEW = "submitted", "pending_review"
FINISHED = (SUBMITTED, PENDING_REVIEW)
BATCH_SIZE = 500

__all__ = [
    "BATCH_SIZE",
    "FINISHED",
    "SUBMITTED",
    "ExportFilter",
    "SnapshotCache",
    "SnapshotInfo",
    "conditions",
    "finished_answers",
    "finished_attempts",
]


def _utc(value: datetime | None) -> datetime | None:
    # a naive value is local time (a date picked in the GUI, typed at the command line)
    return None if value is None else value.astimezone(UTC)


@dataclass(frozen=True)
class ExportFilter:
    """Which attempts: of one cohort's trainees, of one module, submitted in a time range.

    `since` is inclusive and `until` exclusive; both compare with the submission time. Naive
    datetimes are taken as local time. Use :meth:`for_days` for whole calendar days.
    """

    cohort: str | None = None
    module_id: str | None = None
    since: datetime | None = None
    until: datetime | None = None

    @classmethod
    def for_days(
        cls,
        cohort: str | None = None,
        module_id: str | None = None,
        since: date | None = None,
        until: date | None = None,
    ) -> ExportFilter:
        """From the first moment of `since` to the last of `until` (both local days, both
        included), as the command line's ``--since DATE --until DATE`` mean."""
        start = datetime.combine(since, time()).astimezone() if since else None
        end = datetime.combine(until + timedelta(days=1), time()).astimezone() if until else None
        return cls(cohort, module_id, start, end)

    def normalised(self) -> ExportFilter:
        since, until = _utc(self.since), _utc(self.until)
        if since is not None and until is not None and since >= until:
            raise InvalidInput("The start of the date range must come before its end.")
        cohort = " ".join(self.cohort.split()) if self.cohort else None
        module = self.module_id.strip() if self.module_id else None
        return ExportFilter(cohort or None, module or None, since, until)

    def as_dict(self) -> dict[str, str | None]:
        return {
            "cohort": self.cohort,
            "module": self.module_id,
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
        }


def conditions(
    s: Session,
    actor: Principal,
    flt: ExportFilter,
    *,
    assessment_id: str | None = None,
    statuses: Sequence[str] = FINISHED,
) -> list[ColumnElement[bool]]:
    """The WHERE clause of the attempts `actor` may see and `flt` selects."""
    conds: list[ColumnElement[bool]] = [
        m.Attempt.status.in_(list(statuses)),
        m.Attempt.submitted_at.is_not(None),
    ]
    if flt.module_id:
        conds.append(m.Attempt.module_id == flt.module_id)
    if assessment_id:
        conds.append(m.Attempt.assessment_id == assessment_id)
    if flt.since:
        conds.append(m.Attempt.submitted_at >= flt.since)
    if flt.until:
        conds.append(m.Attempt.submitted_at < flt.until)
    if flt.cohort:
        cohort = s.scalar(select(m.Cohort).where(m.Cohort.name == flt.cohort))
        if cohort is None:
            raise NotFoundError(f"There is no cohort '{flt.cohort}'.")
        require_cohort_scope(s, actor, cohort)
        members = select(m.Enrolment.user_id).where(m.Enrolment.cohort_id == cohort.id)
        conds.append(m.Attempt.user_id.in_(members))
    if actor.role != Role.ADMIN:
        conds.append(m.Attempt.user_id.in_(_own_trainees(actor)))
    return conds


def _own_trainees(actor: Principal) -> Any:
    return (
        select(m.Enrolment.user_id)
        .join(m.Cohort, m.Cohort.id == m.Enrolment.cohort_id)
        .where(m.Cohort.instructor_id == actor.user_id)
    )


def _text(value: Any, language: str) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict) and value:
        return str(value.get(language) or next(iter(value.values())))
    return None


@dataclass
class SnapshotInfo:
    """What the reports need from an attempt's snapshot, shared by attempts of one module
    version and assessment (a version's content never changes)."""

    default_language: str
    module_title: dict[str, str]
    assessment_title: dict[str, str]
    fixed_order: list[str]
    questions: dict[str, tuple[str, float, str | None]] = field(default_factory=dict)

    def merge(self, snapshot: dict[str, Any]) -> None:
        for qid, q in (snapshot.get("questions") or {}).items():
            prompt = _text(q.get("prompt"), self.default_language)
            self.questions[qid] = (
                str(q.get("type", "")),
                float(q.get("points", 1.0)),
                None if prompt is None else prompt[:300],
            )


class SnapshotCache:
    def __init__(self) -> None:
        self._meta: dict[tuple[str, str, str], SnapshotInfo] = {}

    def get(self, key: tuple[str, str, str]) -> SnapshotInfo | None:
        return self._meta.get(key)

    def ensure(
        self, s: Session, key: tuple[str, str, str], attempt_id: uuid.UUID, order: Sequence[str]
    ) -> SnapshotInfo:
        meta = self._meta.get(key)
        if meta is not None and all(q in meta.questions for q in order):
            return meta
        snapshot = s.scalar(select(m.Attempt.snapshot).where(m.Attempt.id == attempt_id)) or {}
        if meta is None:
            module = snapshot.get("module") or {}
            assessment = snapshot.get("assessment") or {}
            default = (module.get("languages") or ["en"])[0]
            meta = SnapshotInfo(
                default_language=default,
                module_title=language_map(module.get("title"), default),
                assessment_title=language_map(assessment.get("title"), default),
                fixed_order=[
                    q
                    for sec in assessment.get("sections") or []
                    for q in sec.get("questions") or []
                ],
            )
            self._meta[key] = meta
        meta.merge(snapshot)
        return meta


_COLUMNS = (
    m.Attempt.id,
    m.Attempt.user_id,
    m.Attempt.module_id,
    m.Attempt.module_version,
    m.Attempt.assessment_id,
    m.Attempt.kind,
    m.Attempt.source,
    m.Attempt.status,
    m.Attempt.language,
    m.Attempt.started_at,
    m.Attempt.submitted_at,
    m.Attempt.score,
    m.Attempt.max_score,
    m.Attempt.percent,
    m.Attempt.passed,
    m.User.username,
    m.User.full_name,
)


def _cohort_names(
    s: Session, actor: Principal, user_ids: set[uuid.UUID]
) -> dict[uuid.UUID, tuple[str, ...]]:
    query = (
        select(m.Enrolment.user_id, m.Cohort.name)
        .join(m.Cohort, m.Cohort.id == m.Enrolment.cohort_id)
        .where(m.Enrolment.user_id.in_(user_ids))
        .order_by(m.Cohort.name)
    )
    if actor.role != Role.ADMIN:
        query = query.where(m.Cohort.instructor_id == actor.user_id)
    out: dict[uuid.UUID, list[str]] = {}
    for user_id, name in s.execute(query):
        out.setdefault(user_id, []).append(name)
    return {k: tuple(v) for k, v in out.items()}


def _after(query: Any, last: tuple[datetime, uuid.UUID] | None, batch_size: int) -> Any:
    """`query` continued after the attempt `last` (by submission time and id), one batch."""
    if last is not None:
        query = query.where(
            or_(
                m.Attempt.submitted_at > last[0],
                and_(m.Attempt.submitted_at == last[0], m.Attempt.id > last[1]),
            )
        )
    return query.order_by(m.Attempt.submitted_at, m.Attempt.id).limit(batch_size)


def finished_answers(
    ctx: AppContext,
    actor: Principal,
    conds: list[ColumnElement[bool]],
    meta: SnapshotCache,
    *,
    batch_size: int = BATCH_SIZE,
) -> Iterator[AttemptAnswers]:
    """The answers of the selected attempts, in order of submission and then of the
    attempt's questions, read in batches like :func:`finished_attempts`.

    Lighter than :func:`finished_attempts` with `questions`: the responses are not decoded
    (see :class:`AttemptAnswers`) and only what the answer rows show is read."""
    columns = (
        m.Attempt.id,
        m.Attempt.submitted_at,
        m.Attempt.module_id,
        m.Attempt.module_version,
        m.Attempt.assessment_id,
        m.Attempt.snapshot["order"].label("order"),
        m.User.username,
    )
    base = select(*columns).join(m.User, m.User.id == m.Attempt.user_id).where(*conds)
    last: tuple[datetime, uuid.UUID] | None = None
    while True:
        with ctx.db.transaction() as s:
            rows = s.execute(_after(base, last, batch_size)).all()
            if not rows:
                return
            found: dict[uuid.UUID, dict[str, tuple[Any, float | None]]] = {}
            for attempt_id, qid, response, score in s.execute(
                select(
                    m.Answer.attempt_id,
                    m.Answer.question_id,
                    type_coerce(m.Answer.response, Text),  # not decoded: see AttemptAnswers
                    m.Answer.score,
                ).where(m.Answer.attempt_id.in_([r.id for r in rows]))
            ):
                found.setdefault(attempt_id, {})[qid] = (response, score)
            batch = []
            for r in rows:
                order: list[str] = list(r.order or [])
                info = meta.ensure(s, (r.module_id, r.module_version, r.assessment_id), r.id, order)
                answers = found.get(r.id, {})
                questions = []
                for qid in order:
                    qtype, points, _prompt = info.questions.get(qid, ("", 1.0, None))
                    response, score = answers.get(qid, (None, None if qtype == "essay" else 0.0))
                    questions.append((qid, qtype, points, response, score))
                batch.append(AttemptAnswers(str(r.id), r.username, questions))
        yield from batch
        last = (rows[-1].submitted_at, rows[-1].id)
        if len(rows) < batch_size:
            return


def finished_attempts(
    ctx: AppContext,
    actor: Principal,
    conds: list[ColumnElement[bool]],
    meta: SnapshotCache,
    *,
    questions: bool,
    responses: bool = True,
    batch_size: int = BATCH_SIZE,
) -> Iterator[AttemptRecord]:
    """The selected attempts in order of submission, read in batches (see the module doc).

    With `questions`, each record lists its questions with their scores and, with
    `responses`, the responses too."""
    columns: list[Any] = list(_COLUMNS)
    if questions:
        columns.append(m.Attempt.snapshot["order"].label("order"))
    last: tuple[datetime, uuid.UUID] | None = None
    while True:
        with ctx.db.transaction() as s:
            query = select(*columns).join(m.User, m.User.id == m.Attempt.user_id).where(*conds)
            if last is not None:
                query = query.where(
                    or_(
                        m.Attempt.submitted_at > last[0],
                        and_(m.Attempt.submitted_at == last[0], m.Attempt.id > last[1]),
                    )
                )
            rows = s.execute(
                query.order_by(m.Attempt.submitted_at, m.Attempt.id).limit(batch_size)
            ).all()
            if not rows:
                return
            cohorts = _cohort_names(s, actor, {r.user_id for r in rows})
            answers: dict[uuid.UUID, dict[str, tuple[Any, float | None]]] = {}
            if questions:
                found = s.execute(
                    select(
                        m.Answer.attempt_id,
                        m.Answer.question_id,
                        m.Answer.response if responses else m.Answer.flagged,
                        m.Answer.score,
                    ).where(m.Answer.attempt_id.in_([r.id for r in rows]))
                )
                for attempt_id, qid, response, score in found:
                    answers.setdefault(attempt_id, {})[qid] = (
                        response if responses else None,
                        score,
                    )
            batch = []
            for r in rows:
                order: list[str] = list(r.order or []) if questions else []
                info = meta.ensure(s, (r.module_id, r.module_version, r.assessment_id), r.id, order)
                batch.append(
                    AttemptRecord(
                        attempt_id=r.id,
                        user_id=r.user_id,
                        username=r.username,
                        full_name=r.full_name,
                        cohorts=cohorts.get(r.user_id, ()),
                        module_id=r.module_id,
                        module_version=r.module_version,
                        assessment_id=r.assessment_id,
                        kind=r.kind,
                        source=r.source,
                        status=r.status,
                        language=r.language,
                        started_at=r.started_at,
                        submitted_at=r.submitted_at,
                        score=r.score,
                        max_score=r.max_score,
                        percent=r.percent,
                        passed=r.passed,
                        module_title=info.module_title,
                        assessment_title=info.assessment_title,
                        questions=_questions(order, info, answers.get(r.id, {})),
                    )
                )
        yield from batch
        last = (rows[-1].submitted_at, rows[-1].id)
        if len(rows) < batch_size:
            return


def _questions(
    order: Sequence[str], info: SnapshotInfo, answers: dict[str, tuple[Any, float | None]]
) -> tuple[QuestionRecord, ...]:
    out = []
    for qid in order:
        qtype, points, _prompt = info.questions.get(qid, ("", 1.0, None))
        response, score = answers.get(qid, (None, None if qtype == "essay" else 0.0))
        out.append(QuestionRecord(qid, qtype, points, response, score))
    return tuple(out)
