"""Schema migrations on SQLite: to head from empty, no drift from the models, and the safety
rules around them (a backup before upgrading, a database newer than the program refused)."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, select, text

from mobilaze_training.store import models as m
from mobilaze_training.store.db import Database, DatabaseTooNew
from mobilaze_training.store.models import Base


@pytest.fixture
def db(tmp_data: Path) -> Iterator[Database]:
    database = Database(f"sqlite:///{tmp_data / 'mobilaze.sqlite3'}", backups=tmp_data / "backups")
    yield database
    database.dispose()


def _revisions(db: Database) -> list[str]:
    """Every revision, oldest first."""
    script = ScriptDirectory.from_config(db.alembic_config())
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def _version(path: Path) -> str:
    with sqlite3.connect(path) as conn:
        (revision,) = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    conn.close()
    return str(revision)


def test_an_empty_database_migrates_to_head(db: Database) -> None:
    assert db.current_revision() is None
    assert db.migrate() is None  # nothing to back up in a new database
    assert db.current_revision() == db.head_revision() == _revisions(db)[-1]
    tables = set(inspect(db.engine).get_table_names())
    assert set(Base.metadata.tables) <= tables


def test_the_migrated_schema_matches_the_models(db: Database) -> None:
    db.migrate()
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diff = compare_metadata(context, Base.metadata)
    assert diff == [], (
        "the models and the migrations differ; generate a migration with "
        f"`alembic revision --autogenerate`: {diff}"
    )


def test_a_second_migrate_is_a_no_op(db: Database) -> None:
    db.migrate()
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO meta (key, value) VALUES ('probe', 'kept')"))
    assert db.migrate() is None
    assert list((db.backups or Path()).glob("*")) == []
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT value FROM meta WHERE key = 'probe'")).scalar() == "kept"


def test_a_database_from_a_newer_program_is_refused(db: Database) -> None:
    db.migrate()
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
    with pytest.raises(DatabaseTooNew) as caught:
        db.migrate()
    assert "newer version of MOBILAZE Training (schema 9999_from_the_future)" in str(caught.value)
    assert db.current_revision() == "9999_from_the_future"  # left as it was
    assert list((db.backups or Path()).glob("*")) == []


def test_upgrading_an_older_database_backs_it_up_first(db: Database) -> None:
    revisions = _revisions(db)
    if len(revisions) < 2:
        pytest.skip("only one revision: nothing older to upgrade from")
    oldest = revisions[0]
    command.upgrade(db.alembic_config(), oldest)
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO meta (key, value) VALUES ('machine_id', 'laptop-7')"))
    backup = db.migrate()
    assert backup is not None
    assert backup.parent == db.backups
    assert backup.name.startswith(f"before-migration-{oldest}-")
    assert _version(backup) == oldest  # the copy was taken before the upgrade
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT value FROM meta").fetchall() == [("laptop-7",)]
    conn.close()
    assert db.current_revision() == revisions[-1]


def test_backup_before_migration_copies_the_live_database(db: Database) -> None:
    db.migrate()
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO meta (key, value) VALUES ('machine_id', 'laptop-7')"))
    head = db.head_revision()
    assert head is not None
    backup = db.backup_before_migration(head)
    assert backup is not None and backup.is_file()
    assert _version(backup) == head
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT value FROM meta").fetchall() == [("laptop-7",)]
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()


def test_no_backup_without_a_backup_folder_or_a_file(tmp_data: Path) -> None:
    memory = Database("sqlite://", backups=tmp_data / "backups")
    try:
        assert memory.backup_before_migration("0001_initial") is None
    finally:
        memory.dispose()
    unconfigured = Database(f"sqlite:///{tmp_data / 'x.sqlite3'}", backups=None)
    try:
        unconfigured.migrate()
        assert unconfigured.backup_before_migration("0001_initial") is None
    finally:
        unconfigured.dispose()


def test_the_certificate_outcomes_column_steps_down_and_up_keeping_certificates(
    db: Database,
) -> None:
    """0003 adds certificates.outcomes (the annex frozen at issue time); on SQLite the table
    is rebuilt, so the certificates themselves must survive both ways."""
    db.migrate()
    user = uuid.uuid4()
    with db.transaction() as s:
        s.add(m.User(id=user, username="hasan", full_name="Əliyev Həsən", role="trainee"))
        s.flush()
        for serial, outcomes in (
            ("MT-2026-000001", {"v": 1, "achieved": []}),
            ("MT-2026-000002", None),
        ):
            s.add(
                m.Certificate(
                    serial=serial,
                    user_id=user,
                    module_id="document-examination",
                    module_version="1.0.0",
                    full_name="Əliyev Həsən",
                    payload="MT1.x.y",
                    signature="y",
                    key_id="k",
                    outcomes=outcomes,
                )
            )
    cfg = db.alembic_config()
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0002_sync")
    db.engine.dispose()
    columns = {c["name"] for c in inspect(db.engine).get_columns("certificates")}
    assert "outcomes" not in columns and "serial" in columns
    with db.engine.connect() as conn:
        serials = conn.execute(text("SELECT serial FROM certificates ORDER BY serial")).scalars()
        assert list(serials) == ["MT-2026-000001", "MT-2026-000002"]
    db.migrate()
    with db.transaction() as s:
        rows = s.scalars(select(m.Certificate).order_by(m.Certificate.serial)).all()
        assert [(c.serial, c.outcomes) for c in rows] == [
            ("MT-2026-000001", None),
            ("MT-2026-000002", None),
        ]
