"""The CSV of answers (export format "csv-answers"): one row per answer, the same rows and
cells as the XLSX Answers sheet, on the data set of test_exports.py."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.interop.exports import ANSWER_COLUMNS, stored_response_text
from mobilaze_training.services.reports import export_results
from tests.unit.interop.test_exports import World, _dicts, read_csv, read_xlsx, world

__all__ = ["world"]  # the data set's fixture, shared with test_exports.py


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


@pytest.mark.parametrize("batch_size", [500, 3])
def test_csv_of_answers_matches_the_xlsx_answers_sheet(
    world: World, tmp_path: Path, batch_size: int
) -> None:
    book, out = tmp_path / "results.xlsx", tmp_path / "answers.csv"
    export_results(world.ctx, SYSTEM, "xlsx", book)
    summary = export_results(world.ctx, SYSTEM, "csv-answers", out, batch_size=batch_size)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = read_csv(out)
    assert list(rows[0]) == [c.title for c in ANSWER_COLUMNS]
    expected = [{k: _cell(v) for k, v in r.items()} for r in _dicts(read_xlsx(book)["Answers"])]
    assert rows == expected
    assert summary.answers == len(rows) == 6 * 12 + 2 + 2 and summary.rows == 14
    for value in ["a", ["a", "c"], True, 3.5, {"p2": "r1", "p1": "Баку"}, "x\ny", None]:
        stored = json.dumps(value)
        assert stored_response_text(stored) == (
            "" if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)
        )
