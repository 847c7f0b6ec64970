"""Outcome profiles of many trainees at once, as the exports write them."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.interop.xapi import validate_statement
from mobilaze_training.interop.xapi_outcomes import outcome_statement
from mobilaze_training.services import courses, practical
from mobilaze_training.services.context import AppContext
from mobilaze_training.services.outcome_export import (
    OUTCOME_COLUMNS,
    outcome_results,
    write_outcomes_csv,
)
from mobilaze_training.services.outcome_rows import outcome_records
from mobilaze_training.services.report_rows import ExportFilter, conditions
from tests.helpers.modules import MODULE_ID, RIGHT, WRONG, write_module
from tests.helpers.world import World
from tests.unit.services.test_practical_tests import ALL_MET, _take_final, _with_outcomes


@pytest.fixture
def app(ctx: AppContext, world: World, tmp_path: Path) -> AppContext:
    courses.install(ctx, SYSTEM, write_module(tmp_path / "modules", "1.1.0", _with_outcomes))
    _take_final(ctx, world, "t4", RIGHT)
    _take_final(ctx, world, "t1", WRONG)
    practical.record_practical(ctx, SYSTEM, "t4", MODULE_ID, "booth", ALL_MET)
    practical.record_practical(ctx, SYSTEM, "t1", MODULE_ID, "booth", {**ALL_MET, "c2": False})
    return ctx


def test_records_agree_with_each_trainees_profile(app: AppContext, world: World) -> None:
    with app.db.transaction() as s:
        records = list(outcome_records(s, conditions(s, SYSTEM, ExportFilter())))
    by_user: dict[str, dict[str, tuple[float, float]]] = {}
    for rec in records:
        by_user.setdefault(rec.username, {})[rec.standing.id] = (
            rec.standing.points,
            rec.standing.max_points,
        )
    # t1 and t2 also passed the final exam on paper in the world; t3 took a practice quiz
    assert {"t1", "t4"} <= set(by_user)
    for username, outcomes in by_user.items():
        profile = practical.trainee_outcome_profile(app, SYSTEM, username, MODULE_ID)
        assert outcomes == {o.id: (o.points, o.max_points) for o in profile.outcomes}, username
    assert by_user["t4"]["lo-docs"] == (6.0, 6.0)
    # t1's final exam resumed the attempt opened under 1.0.0, whose questions map to no
    # outcome (the snapshot is what counts): only the practical items c2 (not met) and c3
    assert by_user["t1"]["lo-docs"] == (1.0, 3.0)


def test_instructor_sees_only_own_cohorts(app: AppContext, world: World) -> None:
    ins2 = world.principal("ins2")
    with app.db.transaction() as s:
        names = {r.username for r in outcome_records(s, conditions(s, ins2, ExportFilter()))}
    assert names <= {"t3"}


def test_csv_and_xapi_of_the_records(app: AppContext, tmp_path: Path) -> None:
    with app.db.transaction() as s:
        records = list(outcome_records(s, conditions(s, SYSTEM, ExportFilter())))
    out = tmp_path / "outcomes.csv"
    rows = write_outcomes_csv(records, out)
    assert rows == len(records)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.DictReader(fh))
    assert list(table[0]) == [c.title for c in OUTCOME_COLUMNS]
    t4 = {r["outcome_id"]: r for r in table if r["username"] == "t4"}
    assert t4["lo-docs"]["share_percent"] == "100" and t4["lo-docs"]["achieved"] == "true"
    assert t4["lo-respect"]["fundamental_rights"] == "true" and t4["lo-respect"]["level"] == "4"
    assert t4["lo-docs"]["outcome"] == "Recognises document formats"
    statements = [
        outcome_statement(r, home_page="https://centre.example") for r in outcome_results(records)
    ]
    assert statements and all(validate_statement(st) == [] for st in statements)
    mastered = [st for st in statements if st["verb"]["id"].endswith("/mastered")]
    assert all(st["result"]["success"] is True for st in mastered)
    ids = [st["id"] for st in statements]
    assert len(set(ids)) == len(ids)
    again = [
        outcome_statement(r, home_page="https://centre.example") for r in outcome_results(records)
    ]
    assert [st["id"] for st in again] == ids  # an unchanged profile: the same statements


def test_export_results_writes_outcomes_in_every_format(app: AppContext, tmp_path: Path) -> None:
    from mobilaze_training.services import reports
    from tests.unit.interop.test_exports import read_xlsx

    flt = reports.ExportFilter(module_id=MODULE_ID)
    summary = reports.export_results(app, SYSTEM, "csv-outcomes", tmp_path / "o.csv", flt)
    with (tmp_path / "o.csv").open(encoding="utf-8-sig", newline="") as fh:
        table = list(csv.DictReader(fh))
    assert summary.outcomes == len(table) > 0
    assert {(r["username"], r["outcome_id"]) for r in table} >= {
        ("t4", "lo-docs"),
        ("t1", "lo-docs"),
    }

    book = reports.export_results(app, SYSTEM, "xlsx", tmp_path / "r.xlsx", flt)
    sheets = read_xlsx(tmp_path / "r.xlsx")
    assert "Outcomes" in sheets and book.outcomes == len(table)
    header, *rows = sheets["Outcomes"]
    assert header == [c.title for c in OUTCOME_COLUMNS]
    t4_docs = next(r for r in rows if r[0] == "t4" and r[4] == "lo-docs")
    assert t4_docs[10] == 100 and t4_docs[11] is True

    xapi = reports.export_results(app, SYSTEM, "xapi", tmp_path / "s.json", flt)
    import json

    statements = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    assert xapi.statements == len(statements)
    objectives = [s for s in statements if s["object"]["id"].endswith("/outcomes/lo-docs")]
    assert objectives and all(validate_statement(s) == [] for s in statements)
    assert {s["actor"]["account"]["name"] for s in objectives} >= {"t1", "t4"}
