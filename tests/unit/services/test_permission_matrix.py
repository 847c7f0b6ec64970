"""Every service action, called as every role, is allowed or refused as the permission table says.

The registry maps each action of PERMISSIONS to the service functions that check it, each with
a call that has valid arguments for the world of tests/helpers/world.py (instructor ins1 owns
the cohort of trainees t1 and t2). An allowed call must succeed; a refused one must raise
PermissionDenied. A fresh copy of the database is used for every call.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

import mobilaze_training.services as services_package
from mobilaze_training.auth.permissions import PERMISSIONS, Principal, Role, allowed
from mobilaze_training.errors import PermissionDenied
from mobilaze_training.services import (
    attempts,
    backup,
    certificates,
    cohorts,
    courses,
    demo,
    grading,
    keys,
    learning,
    practical,
    practical_views,
    printing,
    questions,
    reports,
    setup,
    sync,
    users,
)
from mobilaze_training.services import audit as audit_service
from mobilaze_training.services.context import AppContext
from tests.helpers.modules import MODULE_ID
from tests.helpers.world import COHORT_A, PASSWORD, World


@dataclass(frozen=True)
class Env:
    ctx: AppContext
    world: World
    actor: Principal
    tmp: Path


Call = Callable[[Env], object]

#: action -> [(service function, a call of it with valid arguments)]
REGISTRY: dict[str, list[tuple[Callable[..., Any], Call]]] = {
    "user.add": [
        (
            users.add_user,
            lambda e: users.add_user(e.ctx, e.actor, "newcomer", "New Comer", "trainee"),
        )
    ],
    "user.list": [(users.list_users, lambda e: users.list_users(e.ctx, e.actor))],
    "user.set_role": [
        (users.set_role, lambda e: users.set_role(e.ctx, e.actor, "t3", "instructor"))
    ],
    "user.reset_password": [
        (
            users.reset_password,
            lambda e: users.reset_password(e.ctx, e.actor, "t3", "another-pass-1"),
        )
    ],
    "user.deactivate": [
        (users.set_active, lambda e: users.set_active(e.ctx, e.actor, "t3", False))
    ],
    "user.unlock": [(users.unlock, lambda e: users.unlock(e.ctx, e.actor, "t3"))],
    "user.change_own_password": [
        (
            users.change_own_password,
            lambda e: users.change_own_password(e.ctx, e.actor, PASSWORD, "another-pass-1"),
        )
    ],
    "audit.view": [(audit_service.recent, lambda e: audit_service.recent(e.ctx, e.actor))],
    "audit.verify": [
        (audit_service.verify, lambda e: audit_service.verify(e.ctx, e.actor)),
        (sync.verify_imported_audit, lambda e: sync.verify_imported_audit(e.ctx, e.actor)),
    ],
    "module.install": [
        (courses.install, lambda e: courses.install(e.ctx, e.actor, e.world.module_path)),
        (courses.install_standard, lambda e: courses.install_standard(e.ctx, e.actor)),
        (setup.initialise, lambda e: setup.initialise(e.ctx, e.actor)),
    ],
    "module.list": [(courses.list_modules, lambda e: courses.list_modules(e.ctx, e.actor))],
    "module.read": [
        (courses.get_module, lambda e: courses.get_module(e.ctx, e.actor, MODULE_ID)),
        (courses.lessons, lambda e: courses.lessons(e.ctx, e.actor, MODULE_ID)),
        (courses.media, lambda e: courses.media(e.ctx, e.actor, MODULE_ID, "media/none.png")),
    ],
    "cohort.create": [
        (cohorts.create_cohort, lambda e: cohorts.create_cohort(e.ctx, e.actor, "Cohort C"))
    ],
    "cohort.list": [(cohorts.list_cohorts, lambda e: cohorts.list_cohorts(e.ctx, e.actor))],
    "cohort.enrol": [
        (cohorts.enrol, lambda e: cohorts.enrol(e.ctx, e.actor, COHORT_A, ["t2"])),
        (cohorts.unenrol, lambda e: cohorts.unenrol(e.ctx, e.actor, COHORT_A, "t2")),
    ],
    "cohort.assign": [
        (cohorts.assign, lambda e: cohorts.assign(e.ctx, e.actor, COHORT_A, MODULE_ID))
    ],
    "progress.view_cohort": [
        (
            practical.trainee_outcome_profile,
            lambda e: practical.trainee_outcome_profile(e.ctx, e.actor, "t1", MODULE_ID),
        ),
        (cohorts.cohort_progress, lambda e: cohorts.cohort_progress(e.ctx, e.actor, COHORT_A)),
        (
            printing.cohort_report,
            lambda e: printing.cohort_report(e.ctx, e.actor, COHORT_A, e.tmp / "report.pdf"),
        ),
    ],
    "progress.view_own": [
        (
            practical.my_outcome_profile,
            lambda e: practical.my_outcome_profile(e.ctx, e.actor, MODULE_ID),
        ),
        (cohorts.my_progress, lambda e: cohorts.my_progress(e.ctx, e.actor)),
        (learning.lessons_read, lambda e: learning.lessons_read(e.ctx, e.actor, MODULE_ID)),
        (
            learning.assessment_standings,
            lambda e: learning.assessment_standings(e.ctx, e.actor, MODULE_ID),
        ),
    ],
    "attempt.start": [
        (
            attempts.start_attempt,
            lambda e: attempts.start_attempt(e.ctx, e.actor, MODULE_ID, "practice"),
        )
    ],
    "attempt.answer": [
        (
            attempts.save_answer,
            lambda e: attempts.save_answer(e.ctx, e.actor, e.world.open_attempt, "q-single", "a"),
        ),
        (
            attempts.set_flag,
            lambda e: attempts.set_flag(e.ctx, e.actor, e.world.open_attempt, "q-tf", True),
        ),
    ],
    "attempt.submit": [
        (
            attempts.submit_attempt,
            lambda e: attempts.submit_attempt(e.ctx, e.actor, e.world.open_attempt),
        )
    ],
    "attempt.view_own": [
        (attempts.open_attempts, lambda e: attempts.open_attempts(e.ctx, e.actor)),
        (attempts.my_attempts, lambda e: attempts.my_attempts(e.ctx, e.actor)),
    ],
    # t2's attempt: for the trainee actor (t1) it is someone else's, so view_any is checked.
    "attempt.view_any": [
        (grading.user_attempts, lambda e: grading.user_attempts(e.ctx, e.actor, "t2")),
        (
            attempts.get_attempt,
            lambda e: attempts.get_attempt(e.ctx, e.actor, e.world.pending_attempt),
        ),
        (
            attempts.review_attempt,
            lambda e: attempts.review_attempt(e.ctx, e.actor, e.world.pending_attempt),
        ),
    ],
    "attempt.record_paper": [
        (
            grading.record_paper,
            lambda e: grading.record_paper(
                e.ctx, e.actor, "t1", MODULE_ID, "essay-exam", {"q-single": "a"}
            ),
        ),
        (
            printing.print_papers,
            lambda e: printing.print_papers(
                e.ctx, e.actor, MODULE_ID, "final-exam", 1, e.tmp / "papers"
            ),
        ),
        (
            printing.draw_paper,
            lambda e: printing.draw_paper(e.ctx, e.actor, MODULE_ID, "final-exam"),
        ),
    ],
    "practical.record": [
        (
            practical.record_practical,
            lambda e: practical.record_practical(
                e.ctx, e.actor, "t1", MODULE_ID, "booth", {"c1": {"met": True}}
            ),
        ),
        (practical.practical_tests, lambda e: practical.practical_tests(e.ctx, e.actor, MODULE_ID)),
        (
            practical_views.observable_trainees,
            lambda e: practical_views.observable_trainees(e.ctx, e.actor),
        ),
    ],
    "attempt.grade": [
        (
            grading.grade_essay,
            lambda e: grading.grade_essay(e.ctx, e.actor, e.world.pending_attempt, "q-essay", 4),
        ),
        (grading.pending_essays, lambda e: grading.pending_essays(e.ctx, e.actor)),
    ],
    "attempt.extend_time": [
        (
            grading.extend_time,
            lambda e: grading.extend_time(e.ctx, e.actor, e.world.open_attempt, 10),
        )
    ],
    "attempt.grant_extra": [
        (
            grading.grant_extra_attempt,
            lambda e: grading.grant_extra_attempt(e.ctx, e.actor, "t1", MODULE_ID, "final-exam"),
        )
    ],
    "lesson.open": [
        (cohorts.open_lesson, lambda e: cohorts.open_lesson(e.ctx, e.actor, MODULE_ID, "intro"))
    ],
    "backup.create": [
        (backup.create_backup, lambda e: backup.create_backup(e.ctx, e.actor, e.tmp / "b.zip"))
    ],
    "backup.restore": [
        (
            backup.restore_backup,
            lambda e: backup.restore_backup(e.ctx, e.actor, e.world.backup_file),
        )
    ],
    "report.export": [
        (
            reports.export_results,
            lambda e: reports.export_results(e.ctx, e.actor, "csv", e.tmp / "results.csv"),
        )
    ],
    "report.item_analysis": [
        (
            reports.item_analysis,
            lambda e: reports.item_analysis(e.ctx, e.actor, MODULE_ID, "final-exam"),
        )
    ],
    "certificate.issue": [
        (certificates.issue, lambda e: certificates.issue(e.ctx, e.actor, "t1", MODULE_ID)),
        (
            certificates.issue_batch,
            lambda e: certificates.issue_batch(e.ctx, e.actor, COHORT_A, MODULE_ID),
        ),
    ],
    # t2's certificate: for the trainee actor (t1) it is someone else's.
    "certificate.list": [
        (
            certificates.render,
            lambda e: certificates.render(
                e.ctx, e.actor, e.world.certificates["t2"], e.tmp / "t2.pdf"
            ),
        )
    ],
    "certificate.revoke": [
        (
            certificates.revoke,
            lambda e: certificates.revoke(e.ctx, e.actor, e.world.certificates["t2"], "Mistake"),
        )
    ],
    "certificate.verify": [
        (
            certificates.verify,
            lambda e: certificates.verify(e.ctx, e.actor, e.world.certificate_code),
        )
    ],
    "keys.manage": [
        (certificates.export_public_key, lambda e: certificates.export_public_key(e.ctx, e.actor)),
        (
            certificates.import_trusted_key,
            lambda e: certificates.import_trusted_key(e.ctx, e.actor, e.world.publisher_key),
        ),
        (keys.machine_public_key, lambda e: keys.machine_public_key(e.ctx, e.actor)),
        (
            keys.export_machine_key,
            lambda e: keys.export_machine_key(e.ctx, e.actor, e.tmp / "machine.pub"),
        ),
        (
            keys.generate_publisher_key,
            lambda e: keys.generate_publisher_key(e.ctx, e.actor, e.tmp / "new.pem", "New"),
        ),
        (
            keys.import_key,
            lambda e: keys.import_key(e.ctx, e.actor, e.world.publisher_key, "publisher"),
        ),
        (keys.list_keys, lambda e: keys.list_keys(e.ctx, e.actor)),
        (keys.remove_key, lambda e: keys.remove_key(e.ctx, e.actor, e.world.publisher_key_id)),
    ],
    "questions.import": [
        (
            questions.import_bank,
            lambda e: questions.import_bank(e.actor, "aiken", _aiken_file(e.tmp)),
        )
    ],
    "demo.seed": [(demo.seed, lambda e: demo.seed(e.ctx, e.actor))],
    "bundle.export": [
        (sync.export_bundle, lambda e: sync.export_bundle(e.ctx, e.actor, e.tmp / "all.bundle")),
        (
            sync.export_results,
            lambda e: sync.export_results(e.ctx, e.actor, e.tmp / "results.bundle"),
        ),
        (
            sync.export_distribution,
            lambda e: sync.export_distribution(e.ctx, e.actor, e.tmp / "post.bundle", [COHORT_A]),
        ),
    ],
    "bundle.import": [
        (sync.import_bundle, lambda e: sync.import_bundle(e.ctx, e.actor, e.world.post_bundle))
    ],
}

#: Service functions whose action depends on who asks: role -> the action checked.
BY_ROLE = {
    Role.TRAINEE: "certificate.view_own",
    Role.INSTRUCTOR: "certificate.list",
    Role.ADMIN: "certificate.list",
}
ROLE_DEPENDENT: list[tuple[Callable[..., Any], Call, dict[Role, str]]] = [
    (certificates.register, lambda e: certificates.register(e.ctx, e.actor), BY_ROLE),
    # t1's own certificate: a trainee reads their own, staff read those they may see
    (
        certificates.render,
        lambda e: certificates.render(e.ctx, e.actor, e.world.certificates["t1"], e.tmp / "c.pdf"),
        BY_ROLE,
    ),
]

#: Actions of the permission table that no service checks yet. Each entry says why; remove it
#: (and add the service to REGISTRY) when the service arrives.
NOT_YET_A_SERVICE: dict[str, str] = {
    # Settings are edited through AppContext.settings + save_settings(); no service checks
    # the permission yet.
    "settings.change": "no service: the settings screen saves AppContext.settings directly",
}

#: Functions of the services package that take an `actor` but are not use cases.
NOT_USE_CASES: set[str] = {
    "scope.require_user_scope",  # the scope rules themselves (tested in test_scope_rules.py)
    "scope.require_cohort_scope",
    # Building blocks of services.reports, called after its report.* check; they check no
    # permission themselves, so the GUI and the CLI must not call them directly.
    "report_rows.conditions",
    "report_rows.finished_attempts",
    "report_rows.finished_answers",
}

ROLES = [Role.TRAINEE, Role.INSTRUCTOR, Role.ADMIN]
ACTOR_OF_ROLE = {Role.TRAINEE: "t1", Role.INSTRUCTOR: "ins1", Role.ADMIN: "admin"}


def _name(fn: Callable[..., Any]) -> str:
    return f"{fn.__module__.rsplit('.', 1)[-1]}.{fn.__name__}"


def _aiken_file(folder: Path) -> Path:
    path = folder / "bank.txt"
    path.write_text("Which page holds the MRZ?\nA. The data page\nB. The cover\nANSWER: A\n")
    return path


CASES = [
    pytest.param(action, call, role, id=f"{action}:{_name(fn)}:{role.value}")
    for action, entries in REGISTRY.items()
    for fn, call in entries
    for role in ROLES
] + [
    pytest.param(actions[role], call, role, id=f"{actions[role]}:{_name(fn)}:{role.value}")
    for fn, call, actions in ROLE_DEPENDENT
    for role in ROLES
]


@pytest.mark.parametrize(("action", "call", "role"), CASES)
def test_action_is_allowed_exactly_as_the_table_says(
    ctx: AppContext, world: World, tmp_path: Path, action: str, call: Call, role: Role
) -> None:
    env = Env(ctx, world, world.principal(ACTOR_OF_ROLE[role]), tmp_path)
    if allowed(role, action):
        call(env)  # valid arguments: anything raised here is a failure
    else:
        with pytest.raises(PermissionDenied):
            call(env)


def _service_modules() -> list[Any]:
    return [
        importlib.import_module(f"{services_package.__name__}.{info.name}")
        for info in pkgutil.iter_modules(services_package.__path__)
    ]


def _checked_actions() -> set[str]:
    """Every action named in a require(...) call anywhere in the services package."""
    pattern = re.compile(r"require\(\s*\w+\s*,\s*\"([a-z_.]+)\"\s*\)")
    found: set[str] = set()
    for module in _service_modules():
        found |= set(pattern.findall(inspect.getsource(module)))
    return found


def _covered() -> set[str]:
    return set(REGISTRY) | {a for _, _, actions in ROLE_DEPENDENT for a in actions.values()}


def test_registry_covers_every_action_of_the_table() -> None:
    missing = set(PERMISSIONS) - _covered() - set(NOT_YET_A_SERVICE)
    assert not missing, f"actions with no entry in REGISTRY: {sorted(missing)}"
    assert _covered() <= set(PERMISSIONS), _covered() - set(PERMISSIONS)
    assert not _covered() & set(NOT_YET_A_SERVICE)


def test_not_yet_a_service_is_still_true() -> None:
    now_checked = set(NOT_YET_A_SERVICE) & _checked_actions()
    assert not now_checked, f"these now have a service: add them to REGISTRY: {now_checked}"
    assert set(NOT_YET_A_SERVICE) <= set(PERMISSIONS)


def test_every_checked_action_is_in_the_registry() -> None:
    unknown = _checked_actions() - _covered()
    assert not unknown, f"services check actions the matrix never calls: {sorted(unknown)}"


def test_every_service_function_with_an_actor_is_called() -> None:
    """A new service function taking an `actor` must join the matrix."""
    registered = {_name(fn) for entries in REGISTRY.values() for fn, _ in entries}
    registered |= {_name(fn) for fn, _, _ in ROLE_DEPENDENT}
    public = {
        _name(fn)
        for module in _service_modules()
        for name, fn in inspect.getmembers(module, inspect.isfunction)
        if fn.__module__ == module.__name__
        and not name.startswith("_")
        and "actor" in inspect.signature(fn).parameters
    }
    missing = public - registered - NOT_USE_CASES
    assert not missing, f"service functions missing from REGISTRY: {sorted(missing)}"
