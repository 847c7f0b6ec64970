"""The audit log's hash chain: intact after real use; a changed row is found and named."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from mobilaze_training import cli
from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.services import audit as audit_service
from mobilaze_training.services.context import AppContext


def _verify_cli(
    ctx: AppContext, capsys: pytest.CaptureFixture[str], *extra: str
) -> tuple[int, str]:
    code = cli.main(["--data-dir", str(ctx.data_dir), *extra, "audit", "verify"])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def _entries(ctx: AppContext) -> int:
    with ctx.db.transaction() as s:
        return int(s.execute(text("SELECT count(*) FROM audit_log")).scalar_one())


def test_the_chain_of_a_used_database_is_intact(
    ctx: AppContext, capsys: pytest.CaptureFixture[str]
) -> None:
    report = audit_service.verify(ctx, SYSTEM)
    assert report.ok and report.entries == _entries(ctx) > 10
    code, output = _verify_cli(ctx, capsys)
    assert code == 0
    assert f"intact: {report.entries} entries" in output


def test_a_changed_row_breaks_the_chain_at_that_entry(
    ctx: AppContext, capsys: pytest.CaptureFixture[str]
) -> None:
    with ctx.db.transaction() as s:
        s.execute(
            text("UPDATE audit_log SET details = :d WHERE seq = 5"),
            {"d": json.dumps({"role": "admin"})},
        )
        s.execute(text("UPDATE audit_log SET details = '{}' WHERE seq = 9"))
    report = audit_service.verify(ctx, SYSTEM)
    assert (report.ok, report.broken_at) == (False, 5)
    code, output = _verify_cli(ctx, capsys)
    assert code == 1
    assert "BROKEN at entry 5" in output and "changed" in output
    code = cli.main(["--data-dir", str(ctx.data_dir), "--json", "audit", "verify"])
    captured = capsys.readouterr()
    assert code == 1
    assert "BROKEN at entry 5" in captured.err, "the refusal is said on stderr"
    data = json.loads(captured.out)
    assert (data["ok"], data["broken_at"]) == (False, 5)


def test_a_deleted_row_breaks_the_link_of_the_next(
    ctx: AppContext, capsys: pytest.CaptureFixture[str]
) -> None:
    with ctx.db.transaction() as s:
        s.execute(text("DELETE FROM audit_log WHERE seq = 3"))
    code, output = _verify_cli(ctx, capsys)
    assert code == 1
    assert "BROKEN at entry 4" in output and "link" in output
