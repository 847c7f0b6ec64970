"""Central mode: migrations and the admin command line on PostgreSQL."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.cli import main
from mobilaze_training.services import sync, users
from mobilaze_training.services.context import open_app
from mobilaze_training.store.db import Database
from mobilaze_training.store.models import Base
from tests.unit.sync.sites import (
    MODULE_ID,
    PASSWORD,
    Site,
    classroom,
    grade,
    take_exam,
    write_module,
)

pytestmark = pytest.mark.postgres


def test_migrations_reach_head_with_no_difference_from_the_models(pg_url: str) -> None:
    db = Database(pg_url)
    try:
        db.migrate()
        assert db.current_revision() == db.head_revision()
        assert set(Base.metadata.tables) <= set(inspect(db.engine).get_table_names())
        with db.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
        # every migration steps down and up again on PostgreSQL too
        cfg = db.alembic_config()
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "base")
        assert db.current_revision() is None
        db.migrate()
        assert db.current_revision() == db.head_revision()
    finally:
        db.dispose()


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 0, capsys.readouterr().err
    return capsys.readouterr().out


def test_the_command_line_works_against_postgresql(
    pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    common = ["--data-dir", str(tmp_path / "data"), "--database-url", pg_url]
    monkeypatch.setattr("sys.stdin", io.StringIO("admin-password-1\n"))
    out = _run(capsys, *common, "--json", "init", "--admin", "boss", "--password-stdin")
    assert json.loads(out)["admin"] == "boss"
    module = write_module(tmp_path / "modules")
    assert MODULE_ID in _run(capsys, *common, "course", "install", str(module))
    _run(
        capsys,
        *common,
        "user",
        "add",
        "aliyev.hasan",
        "--role",
        "trainee",
        "--name",
        "Əliyev Həsən",
    )
    listed = json.loads(_run(capsys, *common, "--json", "user", "list"))
    assert {u["username"]: u["full_name"] for u in listed} == {
        "boss": "boss",
        "aliyev.hasan": "Əliyev Həsən",
    }
    modules = json.loads(_run(capsys, *common, "--json", "course", "list"))
    assert MODULE_ID in {m["id"] for m in modules}
    assert "intact" in _run(capsys, *common, "audit", "verify")


def test_results_travel_from_postgresql_to_sqlite_and_back(pg_url: str, tmp_path: Path) -> None:
    module = write_module(tmp_path / "modules")
    central = Site("central", tmp_path / "central", open_app(tmp_path / "central", pg_url))
    laptop = Site("laptop", tmp_path / "laptop", open_app(tmp_path / "laptop"))
    try:
        from mobilaze_training.services import courses

        for site in (central, laptop):
            courses.install(site.ctx, SYSTEM, module)
        laptop.trust(central)
        central.trust(laptop)
        attempt_id = take_exam(central, classroom(central, "trainee.pg"))
        grade(central, attempt_id, 1.5)
        sync.import_bundle(
            laptop.ctx, SYSTEM, sync.export_bundle(central.ctx, SYSTEM, tmp_path / "c.zip").path
        )
        attempt_two = take_exam(laptop, classroom(laptop, "trainee.sqlite"))
        report = sync.import_bundle(
            central.ctx, SYSTEM, sync.export_bundle(laptop.ctx, SYSTEM, tmp_path / "l.zip").path
        )
        assert report.tables["attempts"]["inserted"] == 1
        names = {u.username for u in users.list_users(central.ctx, SYSTEM)}
        assert {"trainee.pg", "trainee.sqlite"} <= names
        from mobilaze_training.services import attempts

        who = users.login(central.ctx, "trainee.pg", PASSWORD)
        assert [a.id for a in attempts.my_attempts(central.ctx, who)] == [attempt_id]
        assert attempt_two != attempt_id
        assert all(c.ok for c in sync.verify_imported_audit(central.ctx, SYSTEM))
    finally:
        central.ctx.close()
        laptop.ctx.close()
