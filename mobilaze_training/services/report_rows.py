"""Reading finished attempts for the reports: the filter, the actor's scope, and batches.

The ids of the selected attempts are read first, in order of submission, in one short
transaction; then the attempts, by those ids, in batches of a few hundred, each in its own
short transaction. So memory stays flat on any number of attempts (but for the ids) and a
long report never holds the database's write lock (on SQLite every transaction takes it)
while trainees are saving answers. (Continuing each batch after the last attempt read, by
submission time, made every batch search all the selected attempts again, there being no
index on that time.) The report shows the attempts finished when it began. What the
reports need from the attempts' snapshots (titles, question types, points, prompts) is read
once per module version and assessment, not once per attempt.
"""

from __future__ import annotations

import codecs
import json
import re
import sqlite3
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from itertools import groupby
from json.scanner import make_scanner
from operator import itemgetter
from typing import Any

from sqlalchemy import ColumnElement, String, Text, cast, select, type_coerce
from sqlalchemy.orm import Session

from mobilaze_training.auth.permissions import Principal, Role
from mobilaze_training.errors import InvalidInput, NotFoundError
from mobilaze_training.interop.exports import (
    AnswerQuestion,
    AttemptAnswers,
    AttemptRecord,
    QuestionRecord,
)
from mobilaze_training.interop.xapi import language_map
from mobilaze_training.services.context import AppContext
from mobilaze_training.services.scope import require_cohort_scope
from mobilaze_training.store import models as m

SUBMITTED, PENDING_REVIEW = "submitted", "pending_review"
FINISHED = (SUBMITTED, PENDING_REVIEW)
BATCH_SIZE = 500
_LAYOUTS = 10_000  # question orders kept by finished_answers

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
    #: the learning outcomes each question (or checklist item) assesses, when it names any
    outcomes: dict[str, list[str]] = field(default_factory=dict)

    def merge(self, snapshot: dict[str, Any]) -> None:
        for qid, q in (snapshot.get("questions") or {}).items():
            prompt = _text(q.get("prompt"), self.default_language)
            self.questions[qid] = (
                str(q.get("type", "")),
                float(q.get("points", 1.0)),
                None if prompt is None else prompt[:300],
            )
            if q.get("outcomes"):
                self.outcomes[qid] = list(q["outcomes"])


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


def _selected(ctx: AppContext, conds: list[ColumnElement[bool]], key: Any) -> list[Any]:
    """`key` (the attempt id, or an expression of it) of every selected attempt, in order of
    submission, read in one short transaction."""
    query = select(key).where(*conds).order_by(m.Attempt.submitted_at, m.Attempt.id)
    with ctx.db.transaction() as s:
        return list(s.execute(query).scalars())


def _in_order(rows: Sequence[Any], keys: Sequence[Any]) -> list[Any]:
    """`rows` (whose first item is a key of `keys`) in the order of `keys`."""
    position = {k: i for i, k in enumerate(keys)}
    return sorted(rows, key=lambda r: position[r[0]])


#: {attempt key: {question id: (attempt key, question id, response, score)}}
Answers = dict[Any, dict[str, Sequence[Any]]]


def _grouped(rows: Iterable[Sequence[Any]]) -> Answers:
    """(attempt key, question id, response, score) rows by attempt and question. The rows
    come grouped by attempt (the unique index on attempt and question serves the query),
    but need not; each is kept as it is (a million new tuples cost a noticeable time)."""
    found: Answers = {}
    for attempt, group in groupby(rows, itemgetter(0)):
        bucket = {row[1]: row for row in group}
        known = found.get(attempt)
        if known is None:
            found[attempt] = bucket
        else:
            known.update(bucket)
    return found


def _sqlite3(s: Session) -> sqlite3.Connection:
    """The sqlite3 connection under the session's transaction."""
    conn = s.connection().connection.dbapi_connection
    assert isinstance(conn, sqlite3.Connection)
    return conn


def _answers_sqlite(s: Session, keys: Sequence[str]) -> Answers:
    """The answers of the attempts with `keys` (their ids as SQLite stores them), read with
    the sqlite3 cursor itself: a million rows through SQLAlchemy's result rows cost as much
    again as the query."""
    cursor = _sqlite3(s).cursor()
    try:
        cursor.execute(
            "SELECT attempt_id, question_id, response, score FROM answers "
            f"WHERE attempt_id IN ({', '.join('?' * len(keys))})",
            list(keys),
        )
        return _grouped(cursor)
    finally:
        cursor.close()


def _answers(s: Session, keys: Sequence[Any]) -> Answers:
    """The answers of the attempts with `keys` (their ids), read through SQLAlchemy."""
    # The response as stored, not decoded: SQLite's text (or number: the JSON column has
    # numeric affinity), elsewhere the JSON cast to text, as psycopg decodes JSON values.
    response: Any = m.Answer.response
    if s.get_bind().dialect.name == "sqlite":
        response = type_coerce(response, Text)
    else:
        response = cast(response, Text)
    query = select(m.Answer.attempt_id, m.Answer.question_id, response, m.Answer.score)
    return _grouped(s.connection().execute(query.where(m.Answer.attempt_id.in_(keys))))


#: (attempt key, module id, module version, assessment id, question order, username)
AttemptRow = tuple[Any, str, str, str, list[str], str]
_START = re.compile(r"[ \t\n\r]*\{")  # JSON white space, then an object
_KEY = re.compile(r'[ \t\n\r]*"((?:[^"\\]|\\.)*)"[ \t\n\r]*:[ \t\n\r]*')  # a member's key
_COMMA = re.compile(r"[ \t\n\r]*,")
_DECODER: Any = json.JSONDecoder()  # Any: typeshed wants a scanner for the scanner
_SCAN = make_scanner(_DECODER)  # one JSON value at an index: (value, end)
_HEAD, _LONG_HEAD = 4096, 65536  # bytes read from the start of a snapshot to find its order


def order_in_head(head: bytes, seen: dict[str, str] | None = None) -> list[str] | None:
    """The top-level ``order`` (a list of question ids) of a JSON object whose UTF-8 text
    starts with `head`; None when `head` does not hold it whole (it comes later, or is cut
    off), or is not the start of such an object.

    The attempts' snapshots put the order after the module and the assessment and before
    the questions, which are most of the tens of kB: this reads the order from the first
    few kB, where SQLite's json_extract would load and parse the whole text. A key is
    compared as written: one spelt with escapes is not recognised (the caller then falls
    back on json_extract), never mistaken for another.

    `seen`, when given, keeps the text of each object, list or string met before the order,
    by key, and a later text that has the same one there skips it rather than parsing it
    again (a whole object, list or string is never the start of a different one): the
    attempts of one assessment have the same module and assessment in their snapshots.
    """
    try:
        text = head.decode()
    except UnicodeDecodeError:  # a letter cut at the end (or not UTF-8)
        try:
            text = codecs.getincrementaldecoder("utf-8")().decode(head)
        except UnicodeDecodeError:
            return None
    start = _START.match(text)
    if start is None:
        return None
    i = start.end()
    try:
        while True:
            member = _KEY.match(text, i)
            if member is None:  # the end of the object, cut off, or not JSON
                return None
            key, i = member.group(1), member.end()
            known = seen.get(key) if seen is not None else None
            if known is not None and text.startswith(known, i):
                i += len(known)
            else:
                value, end = _SCAN(text, i)
                if key == "order":
                    if isinstance(value, list) and set(map(type, value)) <= {str}:
                        return value
                    return None
                if seen is not None and text[i] in '{["':
                    seen[key] = text[i:end]
                i = end
            comma = _COMMA.match(text, i)
            if comma is None:
                return None
            i = comma.end()
    except (ValueError, StopIteration):  # cut off in the middle of a value, or not JSON
        return None


def _attempts_sqlite(s: Session, keys: Sequence[str], seen: dict[str, str]) -> list[AttemptRow]:
    """The attempts with `keys` (their ids as SQLite stores them), in the order of `keys`,
    read with the sqlite3 connection itself. Each order comes from the first few kB of the
    snapshot, read with SQLite's incremental blob I/O (see :func:`order_in_head`, which
    keeps what it has `seen`); only where it is not there is the whole snapshot searched
    with json_extract."""
    conn = _sqlite3(s)
    cursor = conn.cursor()
    try:
        marks = ", ".join("?" * len(keys))
        cursor.execute(
            "SELECT a.id, a.module_id, a.module_version, a.assessment_id, a.rowid, u.username "
            f"FROM attempts a JOIN users u ON u.id = a.user_id WHERE a.id IN ({marks})",
            list(keys),
        )
        out: list[AttemptRow] = []
        unknown: list[str] = []
        for key, module_id, version, assessment_id, rowid, username in _in_order(
            cursor.fetchall(), keys
        ):
            try:
                with conn.blobopen("attempts", "snapshot", rowid, readonly=True) as blob:
                    order = order_in_head(blob.read(_HEAD), seen)
                    if order is None and len(blob) > _HEAD:
                        blob.seek(0)
                        order = order_in_head(blob.read(_LONG_HEAD), seen)
            except sqlite3.Error:  # not text (NULL): json_extract tells
                order = None
            if order is None:
                unknown.append(key)
            out.append((key, module_id, version, assessment_id, order or [], username))
        if unknown:
            cursor.execute(
                "SELECT id, json_quote(json_extract(snapshot, '$.order')) FROM attempts "
                f"WHERE id IN ({', '.join('?' * len(unknown))})",
                unknown,
            )
            whole = {k: json.loads(text or "null") for k, text in cursor.fetchall()}
            orders = {k: v if isinstance(v, list) else [] for k, v in whole.items()}
            out = [(*r[:4], orders[r[0]], r[5]) if r[0] in orders else r for r in out]
        return out
    finally:
        cursor.close()


def _attempts(s: Session, key: Any, keys: Sequence[Any]) -> list[AttemptRow]:
    """The attempts with `keys` (values of the expression `key` of their ids), in the
    order of `keys`, read through SQLAlchemy."""
    query = select(
        key,
        m.Attempt.module_id,
        m.Attempt.module_version,
        m.Attempt.assessment_id,
        m.Attempt.snapshot["order"],
        m.User.username,
    ).join(m.User, m.User.id == m.Attempt.user_id)
    rows = _in_order(s.execute(query.where(key.in_(keys))).all(), keys)
    return [(*r[:4], list(r[4] or []), r[5]) for r in rows]


def _answer_questions(
    s: Session,
    meta: SnapshotCache,
    key: tuple[str, str, str],
    attempt_id: uuid.UUID,
    order: Sequence[str],
) -> tuple[AnswerQuestion, ...]:
    info = meta.ensure(s, key, attempt_id, order)
    out = []
    for qid in order:
        qtype, points, _prompt = info.questions.get(qid, ("", 1.0, None))
        out.append(AnswerQuestion(qid, qtype, points, None if qtype == "essay" else 0.0))
    return tuple(out)


def finished_answers(
    ctx: AppContext,
    actor: Principal,
    conds: list[ColumnElement[bool]],
    meta: SnapshotCache,
    *,
    batch_size: int = BATCH_SIZE,
    sqlite_cursor: bool = True,
) -> Iterator[AttemptAnswers]:
    """The answers of the selected attempts, in order of submission and then of the
    attempt's questions, read in batches like :func:`finished_attempts`.

    Lighter than :func:`finished_attempts` with `questions`: the responses are not decoded
    (see :class:`AttemptAnswers`), only what the answer rows show is read, and attempts
    with the same questions in the same order share one tuple of them. On SQLite, with
    `sqlite_cursor`, the attempts are known by their ids as stored (no UUID is made per
    answer) and read with the sqlite3 connection itself (see :func:`_attempts_sqlite`);
    without it (the tests compare the two), and on other databases, through SQLAlchemy."""
    fast = sqlite_cursor and ctx.db.is_sqlite
    key: Any = type_coerce(m.Attempt.id, String) if fast else m.Attempt.id
    keys = _selected(ctx, conds, key)
    layouts: dict[tuple[str, str, str, tuple[str, ...]], tuple[AnswerQuestion, ...]] = {}
    seen: dict[str, str] = {}  # see order_in_head
    for start in range(0, len(keys), batch_size):
        chunk = keys[start : start + batch_size]
        with ctx.db.transaction() as s:
            if fast:
                rows, found = _attempts_sqlite(s, chunk, seen), _answers_sqlite(s, chunk)
            else:
                rows, found = _attempts(s, key, chunk), _answers(s, chunk)
            batch = []
            for attempt, module_id, version, assessment_id, order, username in rows:
                attempt_id = attempt if isinstance(attempt, uuid.UUID) else uuid.UUID(attempt)
                layout = (module_id, version, assessment_id, tuple(order))
                questions = layouts.get(layout)
                if questions is None:
                    if len(layouts) >= _LAYOUTS:
                        layouts.clear()
                    snapshot_key = (module_id, version, assessment_id)
                    questions = _answer_questions(s, meta, snapshot_key, attempt_id, order)
                    layouts[layout] = questions
                batch.append(
                    AttemptAnswers(str(attempt_id), username, questions, found.get(attempt, {}))
                )
        yield from batch


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
    base = select(*columns).join(m.User, m.User.id == m.Attempt.user_id)
    keys = _selected(ctx, conds, m.Attempt.id)
    for start in range(0, len(keys), batch_size):
        chunk = keys[start : start + batch_size]
        with ctx.db.transaction() as s:
            rows = _in_order(s.execute(base.where(m.Attempt.id.in_(chunk))).all(), chunk)
            cohorts = _cohort_names(s, actor, {r.user_id for r in rows})
            answers: dict[uuid.UUID, dict[str, tuple[Any, float | None]]] = {}
            if questions:
                found = s.execute(
                    select(
                        m.Answer.attempt_id,
                        m.Answer.question_id,
                        m.Answer.response if responses else m.Answer.flagged,
                        m.Answer.score,
                    ).where(m.Answer.attempt_id.in_(chunk))
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


def _questions(
    order: Sequence[str], info: SnapshotInfo, answers: dict[str, tuple[Any, float | None]]
) -> tuple[QuestionRecord, ...]:
    out = []
    for qid in order:
        qtype, points, _prompt = info.questions.get(qid, ("", 1.0, None))
        response, score = answers.get(qid, (None, None if qtype == "essay" else 0.0))
        out.append(QuestionRecord(qid, qtype, points, response, score))
    return tuple(out)
