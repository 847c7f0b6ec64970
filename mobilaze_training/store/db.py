"""Engine, sessions and start-up migrations."""

from __future__ import annotations

import ast
import functools
import logging
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from mobilaze_training.errors import MobilazeError

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_MIGRATION_LOCK = 0x4D4F43  # pg_advisory_xact_lock key of migrations (the audit log uses 0x4D4F42)


class DatabaseTooNew(MobilazeError):
    pass


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _sqlite_begin(conn: Any) -> None:
    # pysqlite's own transaction handling is off (see create_engine); begin explicitly,
    # taking the write lock at once so two writers queue instead of failing mid-transaction.
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"isolation_level": None, "timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True)


class Database:
    """One database: its engine, a session factory, and migrations."""

    def __init__(self, url: str, backups: Path | None = None) -> None:
        self.url = url
        self.engine = make_engine(url)
        self.backups = backups
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        name = make_url(self.url).database
        if self.is_sqlite and name and name != ":memory:":
            return Path(name)
        return None

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on any error."""
        with self.sessions() as session, session.begin():
            yield session

    def alembic_config(self) -> Config:
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        cfg.set_main_option("sqlalchemy.url", self.url.replace("%", "%%"))
        return cfg

    def current_revision(self) -> str | None:
        """The schema revision stamped in the database (None for an empty database)."""
        with self.engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return None
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()

    def head_revision(self) -> str | None:
        return shipped_head()

    def migrate(self) -> Path | None:
        """Bring the schema to head; back up an existing SQLite file first. Returns the backup."""
        current = self.current_revision()
        if current == shipped_head():
            return None  # the common case: no need to load Alembic at start
        from alembic import command
        from alembic.runtime.migration import MigrationContext
        from alembic.script import ScriptDirectory

        script = ScriptDirectory.from_config(self.alembic_config())
        head = script.get_current_head()
        if current is not None and current not in {r.revision for r in script.walk_revisions()}:
            raise DatabaseTooNew(
                "The database was made by a newer version of MOBILAZE Training "
                f"(schema {current}). "
                "Install the newer program, or restore a backup made by this one."
            )
        backup = self.backup_before_migration(current) if current is not None else None
        cfg = self.alembic_config()
        with self.engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                # Central mode: workstations that start together queue here; the first one
                # migrates, the others then find the schema at head (SQLite: one file, one user).
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _MIGRATION_LOCK})
                if MigrationContext.configure(conn).get_current_revision() == head:
                    return backup
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        log.info("database migrated from %s to %s", current, head)
        return backup

    def backup_before_migration(self, current: str) -> Path | None:
        src = self.sqlite_path
        if src is None or not src.exists() or self.backups is None:
            return None
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = self.backups / f"before-migration-{current}-{stamp}.sqlite3"
        backup_sqlite(src, target)
        return target

    def dispose(self) -> None:
        self.engine.dispose()


_REVISION_RE = re.compile(r"^(down_revision|revision)\s*(?::[^=]*)?=\s*(.+)$", re.M)


@functools.cache
def shipped_head() -> str | None:
    """The newest migration shipped with the program, read from the version files' headers
    without importing Alembic (which costs a noticeable part of the start-up time)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        found = dict(_REVISION_RE.findall(path.read_text(encoding="utf-8")))
        revision = ast.literal_eval(found.get("revision", "None"))
        down = ast.literal_eval(found.get("down_revision", "None"))
        if revision:
            revisions.add(revision)
        for parent in down if isinstance(down, tuple) else (down,):
            if parent:
                parents.add(parent)
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def backup_sqlite(src: Path, target: Path) -> None:
    """A consistent copy of a live SQLite database (the online backup API)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(src) as source, sqlite3.connect(target) as dest:
        source.backup(dest)
    dest.close()
    source.close()
