"""First start of a data folder: machine identity and the standard modules."""

from __future__ import annotations

from dataclasses import dataclass

from mobilaze_training.auth.permissions import Principal, require
from mobilaze_training.courses.install import InstallResult
from mobilaze_training.services import certificates, courses
from mobilaze_training.services.context import AppContext
from mobilaze_training.services.keys import machine_id


@dataclass(frozen=True)
class InitReport:
    machine_id: str
    modules: list[InstallResult]


def initialise(ctx: AppContext, actor: Principal) -> InitReport:
    require(actor, "module.install")
    mid = machine_id(ctx)
    certificates.ensure_centre_key(ctx)
    ctx.save_settings()
    return InitReport(mid, courses.install_standard(ctx, actor))
