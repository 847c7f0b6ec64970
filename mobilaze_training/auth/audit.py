"""The append-only audit log, each entry chained to the previous one by a SHA-256 hash."""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from mobilaze_training.auth.permissions import Principal
from mobilaze_training.store.models import AuditEntry, utcnow

GENESIS = "0" * 64
_ADVISORY_LOCK = 0x4D4F42  # serialises appends on PostgreSQL; SQLite's write lock does it there


def entry_hash(
    prev_hash: str,
    entry_id: uuid.UUID,
    at: datetime,
    actor_id: uuid.UUID | None,
    actor_name: str,
    action: str,
    target: str | None,
    details: dict[str, Any],
) -> str:
    body = json.dumps(
        {
            "id": str(entry_id),
            "at": at.isoformat(timespec="microseconds"),
            "actor_id": str(actor_id) if actor_id else None,
            "actor": actor_name,
            "action": action,
            "target": target,
            "details": details,
        },
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
        default=str,
    )
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def append(
    session: Session,
    actor: Principal,
    action: str,
    target: str | None = None,
    details: dict[str, Any] | None = None,
) -> AuditEntry:
    """Add an entry in the caller's transaction."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _ADVISORY_LOCK})
    last = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.seq.desc()).limit(1))
    prev = last or GENESIS
    clean = json.loads(json.dumps(details or {}, default=str))
    entry = AuditEntry(
        id=uuid.uuid4(),
        at=utcnow(),
        actor_id=actor.user_id,
        actor_name=actor.username,
        action=action,
        target=target,
        details=clean,
        prev_hash=prev,
    )
    entry.hash = entry_hash(
        prev, entry.id, entry.at, entry.actor_id, entry.actor_name, action, target, clean
    )
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class ChainReport:
    entries: int
    broken_at: int | None
    reason: str | None

    @property
    def ok(self) -> bool:
        return self.broken_at is None


def verify_chain(session: Session) -> ChainReport:
    """Walk the chain in order; report the first entry whose link or content does not match."""
    prev = GENESIS
    count = 0
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).yield_per(1000):
        count += 1
        if entry.prev_hash != prev:
            return ChainReport(count, entry.seq, "its link to the previous entry does not match")
        expected = entry_hash(
            prev,
            entry.id,
            entry.at,
            entry.actor_id,
            entry.actor_name,
            entry.action,
            entry.target,
            entry.details,
        )
        if expected != entry.hash:
            return ChainReport(count, entry.seq, "its content was changed after it was written")
        prev = entry.hash
    return ChainReport(count, None, None)
