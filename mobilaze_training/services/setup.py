"""First start of a data folder: machine identity and the standard modules."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from mobilaze_training.auth.permissions import Principal, require
from mobilaze_training.courses.install import InstallResult
from mobilaze_training.services import certificates, courses
from mobilaze_training.services.context import AppContext
from mobilaze_training.store.models import KeyValue


@dataclass(frozen=True)
class InitReport:
    machine_id: str
    modules: list[InstallResult]


def machine_id(ctx: AppContext) -> str:
    """This database's machine id, created on first use."""
    with ctx.db.transaction() as s:
        row = s.get(KeyValue, "machine_id")
        if row is None:
            row = KeyValue(key="machine_id", value=str(uuid.uuid4()))
            s.add(row)
        return row.value


def initialise(ctx: AppContext, actor: Principal) -> InitReport:
    require(actor, "module.install")
    mid = machine_id(ctx)
    certificates.ensure_centre_key(ctx)
    ctx.save_settings()
    return InitReport(mid, courses.install_standard(ctx, actor))
