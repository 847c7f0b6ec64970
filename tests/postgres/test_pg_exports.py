"""Results exports on PostgreSQL: the CSV of answers takes the SQLAlchemy path there (the
SQLite fast path reads with the sqlite3 cursor), and must give the same cells."""

from __future__ import annotations

from pathlib import Path

import pytest

from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.services.context import open_app
from mobilaze_training.services.reports import export_results
from tests.unit.interop.answers_world import build

pytestmark = pytest.mark.postgres


@pytest.mark.parametrize("delimiter", [",", ";"])
def test_csv_of_answers_cell_by_cell(pg_url: str, tmp_path: Path, delimiter: str) -> None:
    ctx = open_app(tmp_path / "data", pg_url)
    try:
        world = build(ctx, tmp_path)
        out = tmp_path / "answers.csv"
        summary = export_results(
            ctx, SYSTEM, "csv-answers", out, csv_delimiter=delimiter, batch_size=1
        )
        assert (summary.rows, summary.answers) == (2, 18)
        assert out.read_bytes().decode("utf-8") == world.expected_text(delimiter)
    finally:
        ctx.close()
