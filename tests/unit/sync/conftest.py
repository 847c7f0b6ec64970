"""Fixtures of the bundle and signing tests (helpers in sites.py)."""

from collections.abc import Iterator

import pytest

from mobilaze_training.sync import store
from tests.unit.sync.sites import module_path, sites

__all__ = ["module_path", "sites", "store_kind"]


@pytest.fixture(params=["sqlite-bulk", "core"])
def store_kind(request: pytest.FixtureRequest) -> Iterator[str]:
    """Merge (and export) SQLite databases through the bulk SQLite store, or through
    SQLAlchemy Core as PostgreSQL does."""
    saved = store.BULK_SQLITE
    store.BULK_SQLITE = request.param == "sqlite-bulk"
    yield str(request.param)
    store.BULK_SQLITE = saved
