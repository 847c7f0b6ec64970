"""The permission table: the one place that says which role may do what."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import StrEnum

from mobilaze_training.errors import PermissionDenied


class Role(StrEnum):
    TRAINEE = "trainee"
    INSTRUCTOR = "instructor"
    ADMIN = "admin"


T, INS, A = Role.TRAINEE, Role.INSTRUCTOR, Role.ADMIN

#: action -> roles allowed. Scope rules (own cohorts, own results) are checked in services.
PERMISSIONS: dict[str, frozenset[Role]] = {
    # accounts
    "user.add": frozenset({A}),
    "user.list": frozenset({INS, A}),
    "user.set_role": frozenset({A}),
    "user.reset_password": frozenset({A}),
    "user.deactivate": frozenset({A}),
    "user.unlock": frozenset({A}),
    "user.change_own_password": frozenset({T, INS, A}),
    "audit.view": frozenset({A}),
    "audit.verify": frozenset({A}),
    # modules
    "module.install": frozenset({A}),
    "module.list": frozenset({T, INS, A}),
    "module.read": frozenset({T, INS, A}),
    # cohorts
    "cohort.create": frozenset({INS, A}),
    "cohort.list": frozenset({INS, A}),
    "cohort.enrol": frozenset({INS, A}),
    "cohort.assign": frozenset({INS, A}),
    "progress.view_cohort": frozenset({INS, A}),
    "progress.view_own": frozenset({T, INS, A}),
    # attempts
    "attempt.start": frozenset({T}),
    "attempt.answer": frozenset({T}),
    "attempt.submit": frozenset({T}),
    "attempt.view_own": frozenset({T}),
    "attempt.view_any": frozenset({INS, A}),
    "attempt.record_paper": frozenset({INS, A}),
    "attempt.grade": frozenset({INS, A}),
    "attempt.extend_time": frozenset({INS, A}),
    "attempt.grant_extra": frozenset({INS, A}),
    "practical.record": frozenset({INS, A}),
    "lesson.open": frozenset({T, INS, A}),
    # reports and certificates
    "report.export": frozenset({INS, A}),
    "report.item_analysis": frozenset({INS, A}),
    "certificate.issue": frozenset({INS, A}),
    "certificate.view_own": frozenset({T}),
    "certificate.list": frozenset({INS, A}),
    "certificate.revoke": frozenset({A}),
    "certificate.verify": frozenset({T, INS, A}),
    "keys.manage": frozenset({A}),
    "questions.import": frozenset({INS, A}),
    # data
    "demo.seed": frozenset({A}),
    "bundle.export": frozenset({A}),
    "bundle.import": frozenset({A}),
    "backup.create": frozenset({A}),
    "backup.restore": frozenset({A}),
    "settings.change": frozenset({A}),
}


@dataclass(frozen=True, slots=True)
class Principal:
    """Who is acting: a logged-in user, or the local system administrator at the CLI."""

    user_id: uuid.UUID | None
    username: str
    role: Role

    @property
    def is_system(self) -> bool:
        return self.user_id is None


#: The operator of `mobilaze-admin` on this machine: has the administrator's rights.
SYSTEM = Principal(None, "system", Role.ADMIN)


def allowed(role: Role | str, action: str) -> bool:
    try:
        return Role(role) in PERMISSIONS[action]
    except KeyError as exc:
        raise KeyError(f"unknown action {action!r}: add it to PERMISSIONS") from exc


def require(actor: Principal, action: str) -> None:
    if not allowed(actor.role, action):
        raise PermissionDenied(f"A {actor.role.value} may not do this ({action}).")
