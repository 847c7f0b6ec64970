"""The data-exchange migration (0002_sync) steps down and up again on SQLite."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import inspect

from mobilaze_training.store.db import Database

SYNC_TABLES = {"trusted_keys", "imported_audit", "sync_origins", "imported_bundles"}


def test_the_sync_migration_downgrades_and_upgrades(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    try:
        db.migrate()
        assert set(inspect(db.engine).get_table_names()) >= SYNC_TABLES
        cfg = db.alembic_config()
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0001_initial")
        db.engine.dispose()
        assert not SYNC_TABLES & set(inspect(db.engine).get_table_names())
        db.migrate()
        assert db.current_revision() == db.head_revision()
    finally:
        db.dispose()
