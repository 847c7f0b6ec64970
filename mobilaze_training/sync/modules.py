"""Module versions in distribution bundles: the stored content (lessons, questions,
assessments, media) of each module version, as headquarters installed it.

A post stores a version it does not have yet, with the same version rules as an install
(a higher version becomes current); a version it has with the same content is left alone;
the same version with other content is refused. With require_signed_modules, only versions
that headquarters recorded as signed by a publisher key trusted at the post are accepted.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError
from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from mobilaze_training.courses.install import current_version
from mobilaze_training.courses.model import Manifest, version_key
from mobilaze_training.store import models as m
from mobilaze_training.sync.codec import Row, encode_row
from mobilaze_training.sync.merge import BundleContentError, TableSpec

VERSIONS = TableSpec(
    "module_versions", exclude=frozenset({"is_current", "installed_at", "installed_by"})
)
CHILDREN = (
    TableSpec("lessons"),
    TableSpec("questions"),
    TableSpec("assessments"),
    TableSpec("media_files"),
)
TABLES = (VERSIONS, *CHILDREN)


@dataclass(frozen=True)
class ModuleOutcome:
    module_id: str
    version: str
    outcome: str  # installed | upgraded | stored | unchanged
    previous: str | None
    signed_by: str | None


def export_rows(s: Session, module_ids: Iterable[str]) -> dict[str, list[Row]]:
    """The current version of each module, with its content."""
    ids = sorted(set(module_ids))
    versions = list(
        s.scalars(
            select(m.ModuleVersion.id)
            .where(m.ModuleVersion.module_id.in_(ids), m.ModuleVersion.is_current.is_(True))
            .order_by(m.ModuleVersion.module_id)
        )
    )
    out: dict[str, list[Row]] = {}
    for spec in TABLES:
        table = spec.table
        key = table.c.id if spec is VERSIONS else table.c.module_version_id
        rows = s.execute(select(table).where(key.in_(versions)).order_by(table.c.id)).mappings()
        out[spec.name] = [encode_row(table, r, spec.carried()) for r in rows]
    return out


def merge_modules(
    s: Session, tables: dict[str, list[Any]], *, require_signed: bool, trusted: set[str]
) -> list[ModuleOutcome]:
    """Store the bundle's module versions (in the caller's transaction)."""
    decoded = {spec.name: spec.decode(tables.get(spec.name, [])) for spec in TABLES}
    children: dict[str, dict[uuid.UUID, list[Row]]] = {}
    for spec in CHILDREN:
        by_version: dict[uuid.UUID, list[Row]] = {}
        for row in decoded[spec.name]:
            by_version.setdefault(row["module_version_id"], []).append(row)
        children[spec.name] = by_version
    outcomes = []
    for row in decoded[VERSIONS.name]:
        module_id, version = row["module_id"], row["version"]
        name = f"module {module_id} {version}"
        existing = s.scalar(
            select(m.ModuleVersion).where(
                m.ModuleVersion.module_id == module_id, m.ModuleVersion.version == version
            )
        )
        if existing is not None:
            if existing.content_sha256 != row["content_sha256"]:
                raise BundleContentError(
                    f"{name} is installed here with different content; raise the version at "
                    "headquarters, or remove the local one, and export again."
                )
            outcomes.append(
                ModuleOutcome(module_id, version, "unchanged", version, existing.signed_by)
            )
            continue
        if require_signed and row["signed_by"] not in trusted:
            raise BundleContentError(
                f"{name} is not signed by a publisher key trusted here, and this installation "
                "accepts only signed modules (setting require_signed_modules)."
            )
        try:
            Manifest.model_validate(row["manifest"])
        except ValidationError as exc:
            raise BundleContentError(f"{name}: the manifest is not valid ({exc}).") from None
        for media in children["media_files"].get(row["id"], []):
            if hashlib.sha256(media["data"]).hexdigest() != media["sha256"]:
                raise BundleContentError(f"{name}: media {media['path']} is damaged.")
        current = current_version(s, module_id)
        s.execute(insert(VERSIONS.table).values(**row, is_current=False, installed_by=None))
        for spec in CHILDREN:
            rows = children[spec.name].get(row["id"], [])
            if rows:
                s.execute(insert(spec.table), rows)
        outcome = "installed"
        if current is not None:
            outcome = "upgraded"
            if version_key(version) < version_key(current.version):
                outcome = "stored"  # kept, but the newer installed version stays current
        if outcome != "stored":
            _make_current(s, module_id, row["id"])
        outcomes.append(
            ModuleOutcome(
                module_id, version, outcome, current.version if current else None, row["signed_by"]
            )
        )
    return outcomes


def _make_current(s: Session, module_id: str, mv_id: uuid.UUID) -> None:
    table = VERSIONS.table
    s.execute(
        update(table).where(table.c.module_id == module_id).values(is_current=table.c.id == mv_id)
    )
