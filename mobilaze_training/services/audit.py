"""Reading and checking the audit log."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from mobilaze_training.auth.audit import ChainReport, verify_chain
from mobilaze_training.auth.permissions import Principal, require
from mobilaze_training.services.context import AppContext
from mobilaze_training.store.models import AuditEntry


def verify(ctx: AppContext, actor: Principal) -> ChainReport:
    require(actor, "audit.verify")
    with ctx.db.transaction() as s:
        return verify_chain(s)


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: datetime
    actor: str
    action: str
    target: str | None
    details: dict[str, Any]


def recent(
    ctx: AppContext, actor: Principal, limit: int = 200, action_prefix: str | None = None
) -> list[AuditRow]:
    require(actor, "audit.view")
    with ctx.db.transaction() as s:
        query = select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(limit)
        if action_prefix:
            query = query.where(AuditEntry.action.startswith(action_prefix))
        return [
            AuditRow(e.seq, e.at, e.actor_name, e.action, e.target, e.details)
            for e in s.scalars(query)
        ]
