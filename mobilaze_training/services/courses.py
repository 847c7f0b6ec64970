"""Course modules: validating, installing, listing and reading."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from mobilaze_training import paths
from mobilaze_training.auth import audit
from mobilaze_training.auth.permissions import Principal, require
from mobilaze_training.courses.install import InstallResult, current_version, install_module
from mobilaze_training.courses.signing import check_signature
from mobilaze_training.courses.source import SIGNATURE
from mobilaze_training.courses.validate import LoadedModule, load_module
from mobilaze_training.errors import NotFoundError, Problem
from mobilaze_training.services.context import AppContext
from mobilaze_training.services.keys import trusted_publishers
from mobilaze_training.store import models as m


def validate(path: Path) -> LoadedModule:
    """Validate a module folder or zip (no database needed); raises ValidationFailed."""
    return load_module(path)


def install(
    ctx: AppContext, actor: Principal, path: Path, *, force: bool = False
) -> tuple[InstallResult, list[Problem]]:
    """Validate and store a module in one transaction; nothing is stored when invalid.

    Its SIGNATURE is checked against the trusted publisher keys: a module altered after
    signing is refused (SignatureRefused); with the setting require_signed_modules an
    unsigned module, or one signed by a key not trusted here, is refused too. A valid
    signature by a trusted key is recorded in ModuleVersion.signed_by.
    """
    return _install(ctx, actor, path, force=force, shipped=False)


def _install(
    ctx: AppContext, actor: Principal, path: Path, *, force: bool, shipped: bool
) -> tuple[InstallResult, list[Problem]]:
    require(actor, "module.install")
    module = load_module(path)
    warnings = list(module.warnings)
    with ctx.db.transaction() as s:
        # Modules shipped with the program come with it; every other one is checked.
        required = ctx.settings.require_signed_modules and not shipped
        check = check_signature(module.files, trusted_publishers(s), required=required)
        if check.warning:
            warnings.append(Problem(module.files.where(SIGNATURE), None, "", check.warning, True))
        result = install_module(
            s, module, force=force, installed_by=actor.user_id, signed_by=check.signed_by
        )
        mv = s.get(m.ModuleVersion, result.module_version_id)
        if mv is not None and check.signed_by and mv.signed_by != check.signed_by:
            mv.signed_by = check.signed_by  # the same content, now with a trusted signature
        if result.outcome != "unchanged":
            audit.append(
                s,
                actor,
                "module.install",
                f"{result.module_id}@{result.version}",
                {
                    "outcome": result.outcome,
                    "previous": result.previous,
                    "sha256": module.content_hash,
                    "signed_by": check.signed_by,
                },
            )
    return result, warnings


def standard_module_paths() -> list[Path]:
    root = paths.resource_path("courses")
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir() if (p / "module.yaml").is_file())


def install_standard(
    ctx: AppContext, actor: Principal, progress: Callable[[int, int], None] | None = None
) -> list[InstallResult]:
    """Install (or update) every module shipped with the program."""
    found = standard_module_paths()
    results = []
    for i, path in enumerate(found):
        results.append(_install(ctx, actor, path, force=False, shipped=True)[0])
        if progress:
            progress(i + 1, len(found))
    return results


@dataclass(frozen=True)
class ModuleSummary:
    module_id: str
    version: str
    title: dict[str, str]
    summary: dict[str, str]
    languages: list[str]
    lessons: int
    questions: int
    assessments: list[dict[str, Any]]
    installed_at: datetime
    module_version_id: uuid.UUID
    certificate: dict[str, Any] | None = None
    extra: dict[str, Any] = field(default_factory=dict)


def _loc(value: Any, default: str) -> dict[str, str]:
    if value is None:
        return {}
    return {default: value} if isinstance(value, str) else dict(value)


def _summary(s: Session, mv: m.ModuleVersion) -> ModuleSummary:
    man = mv.manifest
    default = man["languages"][0]
    n_questions = s.scalar(
        select(func.count()).select_from(m.Question).where(m.Question.module_version_id == mv.id)
    )
    return ModuleSummary(
        module_id=mv.module_id,
        version=mv.version,
        title=_loc(man.get("title"), default),
        summary=_loc(man.get("summary"), default),
        languages=list(man["languages"]),
        lessons=len(man.get("lessons", [])),
        questions=n_questions or 0,
        assessments=list(man.get("assessments", [])),
        installed_at=mv.installed_at,
        module_version_id=mv.id,
        certificate=man.get("certificate"),
    )


def list_modules(ctx: AppContext, actor: Principal) -> list[ModuleSummary]:
    require(actor, "module.list")
    with ctx.db.transaction() as s:
        rows = s.scalars(
            select(m.ModuleVersion)
            .where(m.ModuleVersion.is_current.is_(True))
            .order_by(m.ModuleVersion.module_id)
        ).all()
        return [_summary(s, mv) for mv in rows]


def get_module(ctx: AppContext, actor: Principal, module_id: str) -> ModuleSummary:
    require(actor, "module.read")
    with ctx.db.transaction() as s:
        mv = current_module(s, module_id)
        return _summary(s, mv)


def current_module(s: Session, module_id: str) -> m.ModuleVersion:
    """The installed (current) version of a module, in the caller's session."""
    mv = current_version(s, module_id)
    if mv is None:
        raise NotFoundError(f"Module '{module_id}' is not installed.")
    return mv


@dataclass(frozen=True)
class LessonContent:
    lesson_id: str
    position: int
    title: dict[str, str]
    bodies: dict[str, str]


def lessons(ctx: AppContext, actor: Principal, module_id: str) -> list[LessonContent]:
    require(actor, "module.read")
    with ctx.db.transaction() as s:
        mv = current_module(s, module_id)
        rows = s.scalars(
            select(m.Lesson).where(m.Lesson.module_version_id == mv.id).order_by(m.Lesson.position)
        )
        return [LessonContent(r.lesson_id, r.position, r.title, r.bodies) for r in rows]


def media(ctx: AppContext, actor: Principal, module_id: str, path: str) -> bytes | None:
    require(actor, "module.read")
    with ctx.db.transaction() as s:
        mv = current_module(s, module_id)
        return s.scalar(
            select(m.MediaFile.data).where(
                m.MediaFile.module_version_id == mv.id, m.MediaFile.path == path
            )
        )
