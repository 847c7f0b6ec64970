"""Storing a validated module, with the version rules of the module format."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from mobilaze_training.courses.model import version_key
from mobilaze_training.courses.validate import LoadedModule
from mobilaze_training.errors import ConflictError
from mobilaze_training.store import models as m

InstallOutcome = Literal["installed", "upgraded", "unchanged", "downgraded", "replaced"]


@dataclass(frozen=True)
class InstallResult:
    module_id: str
    version: str
    outcome: InstallOutcome
    previous: str | None
    module_version_id: uuid.UUID


def current_version(session: Session, module_id: str) -> m.ModuleVersion | None:
    return session.scalar(
        select(m.ModuleVersion).where(
            m.ModuleVersion.module_id == module_id, m.ModuleVersion.is_current.is_(True)
        )
    )


def install_module(
    session: Session,
    module: LoadedModule,
    *,
    force: bool = False,
    installed_by: uuid.UUID | None = None,
    signed_by: str | None = None,
) -> InstallResult:
    """Store `module` in the caller's transaction, applying the version rules.

    Same id and version: unchanged if the content is identical, refused otherwise. A lower
    version than the current one is refused unless `force`. A higher one becomes current;
    past attempts keep their snapshots, so their results never change.
    """
    manifest = module.manifest
    digest = module.content_hash
    existing = session.scalar(
        select(m.ModuleVersion).where(
            m.ModuleVersion.module_id == manifest.id, m.ModuleVersion.version == manifest.version
        )
    )
    current = current_version(session, manifest.id)
    previous = current.version if current else None
    if existing is not None:
        if existing.content_sha256 != digest:
            raise ConflictError(
                f"Module {manifest.id} version {manifest.version} is already installed with "
                "different content. Raise the version in module.yaml and install again."
            )
        if existing.is_current:
            return InstallResult(manifest.id, manifest.version, "unchanged", previous, existing.id)
        # A version kept from before: higher than the current one (after a forced downgrade)
        # it is an upgrade; lower, going back to it needs force.
        kept: InstallOutcome = "upgraded"
        if current is not None and version_key(manifest.version) < version_key(current.version):
            if not force:
                raise ConflictError(
                    f"Module {manifest.id}: version {manifest.version} is older than the "
                    f"installed {previous}. Use --force to go back to it."
                )
            kept = "downgraded"
        _make_current(session, manifest.id, existing.id)
        return InstallResult(manifest.id, manifest.version, kept, previous, existing.id)
    outcome: InstallOutcome = "installed"
    if current is not None:
        if version_key(manifest.version) < version_key(current.version):
            if not force:
                raise ConflictError(
                    f"Module {manifest.id}: version {manifest.version} is lower than the installed "
                    f"{current.version}. Use --force to install it anyway."
                )
            outcome = "downgraded"
        else:
            outcome = "upgraded"
    mv_id = uuid.uuid4()
    session.execute(
        insert(m.ModuleVersion),
        [
            {
                "id": mv_id,
                "module_id": manifest.id,
                "version": manifest.version,
                "content_sha256": digest,
                "manifest": manifest.model_dump(mode="json", by_alias=True, exclude_none=True),
                "is_current": False,
                "signed_by": signed_by,
                "installed_by": installed_by,
            }
        ],
    )
    _store_content(session, mv_id, module)
    _make_current(session, manifest.id, mv_id)
    return InstallResult(manifest.id, manifest.version, outcome, previous, mv_id)


def _make_current(session: Session, module_id: str, mv_id: uuid.UUID) -> None:
    session.execute(
        update(m.ModuleVersion)
        .where(m.ModuleVersion.module_id == module_id)
        .values(is_current=m.ModuleVersion.id == mv_id)
    )


def _store_content(session: Session, mv_id: uuid.UUID, module: LoadedModule) -> None:
    manifest = module.manifest
    if manifest.lessons:
        session.execute(
            insert(m.Lesson),
            [
                {
                    "module_version_id": mv_id,
                    "lesson_id": lesson.id,
                    "position": i,
                    "title": _loc(lesson.title, manifest.default_language),
                    "bodies": module.lessons.get(lesson.id, {}),
                }
                for i, lesson in enumerate(manifest.lessons)
            ],
        )
    if module.questions:
        session.execute(
            insert(m.Question),
            [
                {
                    "module_version_id": mv_id,
                    "question_id": qid,
                    "bank": bank,
                    "qtype": q.type,
                    "points": q.points,
                    "tags": list(q.tags),
                    "content": q.model_dump(mode="json", exclude_none=True),
                }
                for qid, (bank, q) in module.questions.items()
            ],
        )
    if manifest.assessments:
        session.execute(
            insert(m.AssessmentDef),
            [
                {
                    "module_version_id": mv_id,
                    "assessment_id": a.id,
                    "kind": a.kind,
                    "config": a.model_dump(mode="json", by_alias=True, exclude_none=True),
                }
                for a in manifest.assessments
            ],
        )
    if module.media:
        session.execute(
            insert(m.MediaFile),
            [
                {
                    "module_version_id": mv_id,
                    "path": path,
                    "sha256": hashlib.sha256(data).hexdigest(),
                    "data": data,
                }
                for path, data in module.media.items()
            ],
        )


def _loc(text: str | dict[str, str], default: str) -> dict[str, str]:
    return {default: text} if isinstance(text, str) else dict(text)
