"""The application's open resources: data folder, settings, database."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from mobilaze_training import paths
from mobilaze_training.settings import Settings
from mobilaze_training.store.db import Database

log = logging.getLogger(__name__)


@dataclass
class AppContext:
    data_dir: Path
    db: Database
    settings: Settings
    migration_backup: Path | None = None

    def save_settings(self) -> None:
        self.settings.save(self.data_dir)

    def close(self) -> None:
        self.db.dispose()


def open_app(
    data_dir: str | Path | None = None, database_url: str | None = None, *, migrate: bool = True
) -> AppContext:
    """Open the data folder and database; migrate the schema (after a backup) when needed."""
    folder = paths.data_dir(data_dir)
    url = paths.database_url(folder, database_url)
    db = Database(url, backups=paths.backup_dir(folder))
    backup = db.migrate() if migrate else None
    if backup is not None:
        log.info("database backed up to %s before migration", backup)
    return AppContext(folder, db, Settings.load(folder), backup)
