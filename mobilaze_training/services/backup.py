"""Backups of the embedded database, and restoring them.

A backup is a zip holding a consistent copy of the SQLite database (the online backup API,
safe while the program runs), the settings and the centre's keys, and a manifest with the
schema revision and a SHA-256 of the database.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from mobilaze_training import __version__, paths
from mobilaze_training.auth import audit
from mobilaze_training.auth.permissions import Principal, require
from mobilaze_training.errors import InvalidInput, MobilazeError
from mobilaze_training.services.context import AppContext
from mobilaze_training.settings import SETTINGS_FILE
from mobilaze_training.store.db import backup_sqlite

FORMAT = "mobilaze-backup/1"
DB_NAME = "database.sqlite3"
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: str
    schema: str | None
    sha256: str
    size: int


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _sqlite_only(ctx: AppContext) -> Path:
    db_path = ctx.db.sqlite_path
    if db_path is None:
        raise MobilazeError(
            "Backups from this program cover the embedded SQLite database. For a central "
            "PostgreSQL database use the server's own tools (pg_dump)."
        )
    return db_path


def create_backup(
    ctx: AppContext, actor: Principal, out: Path, progress: Progress | None = None
) -> BackupInfo:
    require(actor, "backup.create")
    db_path = _sqlite_only(ctx)
    with ctx.db.transaction() as s:
        audit.append(s, actor, "backup.create", str(out))
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / DB_NAME
        if progress:
            progress(0, 3, "database")
        backup_sqlite(db_path, copy)
        created = datetime.now(UTC).isoformat()
        digest = _sha256(copy)
        manifest = {
            "format": FORMAT,
            "created_at": created,
            "program_version": __version__,
            "schema": ctx.db.current_revision(),
            "sha256": digest,
        }
        if progress:
            progress(1, 3, "archive")
        partial = out.with_name(out.name + ".partial")
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("manifest.json", json.dumps(manifest, indent=2))
            archive.write(copy, DB_NAME)
            settings = ctx.data_dir / SETTINGS_FILE
            if settings.exists():
                archive.write(settings, SETTINGS_FILE)
            keys = paths.keys_dir(ctx.data_dir)
            for key in sorted(keys.glob("*")):
                if key.is_file():
                    archive.write(key, f"keys/{key.name}")
        partial.replace(out)
        if progress:
            progress(3, 3, "done")
    return BackupInfo(out, created, manifest["schema"], digest, out.stat().st_size)


def read_manifest(path: Path) -> dict[str, object]:
    try:
        with zipfile.ZipFile(path) as archive:
            manifest = json.loads(archive.read("manifest.json"))
            if manifest.get("format") != FORMAT or DB_NAME not in archive.namelist():
                raise InvalidInput(f"{path}: not a MOBILAZE Training backup.")
            return dict(manifest)
    except (zipfile.BadZipFile, KeyError, json.JSONDecodeError, OSError) as exc:
        raise InvalidInput(f"{path}: not a readable MOBILAZE Training backup ({exc}).") from exc


def restore_backup(
    ctx: AppContext, actor: Principal, path: Path, progress: Progress | None = None
) -> BackupInfo:
    """Replace the database with a backup's; the current one is saved first."""
    require(actor, "backup.restore")
    db_path = _sqlite_only(ctx)
    manifest = read_manifest(path)
    with tempfile.TemporaryDirectory() as tmp, zipfile.ZipFile(path) as archive:
        archive.extract(DB_NAME, tmp)
        extracted = Path(tmp) / DB_NAME
        if _sha256(extracted) != manifest.get("sha256"):
            raise InvalidInput(f"{path}: the backup is damaged (checksum mismatch); not restored.")
        with sqlite3.connect(extracted) as check:
            result = check.execute("PRAGMA integrity_check").fetchone()[0]
        check.close()
        if result != "ok":
            raise InvalidInput(f"{path}: the backed-up database is damaged ({result}).")
        if progress:
            progress(1, 3, "safety copy")
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        safety = paths.backup_dir(ctx.data_dir) / f"before-restore-{stamp}.sqlite3"
        backup_sqlite(db_path, safety)
        ctx.db.dispose()
        backup_sqlite(extracted, db_path)
        for name in archive.namelist():
            if name.startswith("keys/") and not name.endswith("/"):
                target = paths.keys_dir(ctx.data_dir) / Path(name).name
                with archive.open(name) as src, target.open("wb") as dst:
                    shutil.copyfileobj(src, dst)
                target.chmod(0o600)
    ctx.db.migrate()
    with ctx.db.transaction() as s:
        audit.append(s, actor, "backup.restore", str(path), {"safety_copy": str(safety)})
    if progress:
        progress(3, 3, "done")
    return BackupInfo(
        path,
        str(manifest.get("created_at")),
        str(manifest.get("schema")),
        str(manifest.get("sha256")),
        path.stat().st_size,
    )
