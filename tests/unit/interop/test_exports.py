"""Results exports and item analysis on a real database, filled through the services.

The data set (built once for this file): a module with a six-question exam, a practice quiz
and an exam with an essay; cohort A (instructor ins.one) with ten trainees whose exam answers
follow a fixed pattern, so the item statistics are known; cohort B (instructor ins.two) with
two trainees whose names try formula injection, holding a practice attempt, an attempt waiting
for essay grading, a paper exam, an attempt on a second module and one still in progress; all
of cohort B's finished attempts are dated 15 January 2024.
"""

from __future__ import annotations

import csv
import json
import re
import uuid
import xml.etree.ElementTree as ET
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlalchemy import update

from mobilaze_training.auth.permissions import SYSTEM, Principal
from mobilaze_training.errors import InvalidInput, NotFoundError, PermissionDenied
from mobilaze_training.interop import xapi
from mobilaze_training.interop.exports import ATTEMPT_COLUMNS
from mobilaze_training.quiz.scoring import correct_response
from mobilaze_training.services import attempts, audit, cohorts, courses, grading, users
from mobilaze_training.services.context import AppContext, open_app
from mobilaze_training.services.reports import ExportFilter, export_results, item_analysis
from mobilaze_training.store.models import Attempt

MODULE = "export-test"
SECOND = "second-module"
EXAM = "final-exam"
QIDS = ["q1", "q2", "q3", "q4", "q5", "q6"]
COHORT_A, COHORT_B = "Cohort A", "Cohort B"
NAMES_A = [
    "Əliyev Həsən Ülvi oğlu",
    "Иванов Иван Иванович",
    "Işıqlı Ümid",
    "Quliyeva Günel",
    "Петрова Ольга",
    "Hüseynova Sevinc",
    "Babayev Rəşad",
    "Şükürova Çiçək",
    "Ağayev Ənvər",
    "Anna Smith",
]
#: which exam questions trainee i (1..10) of cohort A answers right; totals 2,2,1,3,3,3,3,4,4,4
RIGHT_A = {
    1: {"q1", "q4"},
    2: {"q1", "q4"},
    3: {"q1"},
    4: {"q1", "q2", "q4"},
    5: {"q1", "q2", "q3"},
    6: {"q1", "q2", "q4"},
    7: {"q1", "q2", "q3"},
    8: {"q1", "q2", "q3", "q6"},
    9: {"q1", "q2", "q3", "q6"},
    10: {"q1", "q2", "q3", "q6"},
}
#: facility, discrimination (upper: trainees 8-10, lower: 3, 1, 2) and flags of each question
EXPECTED_ITEMS = {
    "q1": (1.0, 0.0, ("too_easy", "low_discrimination")),
    "q2": (0.7, 1.0, ()),
    "q3": (0.5, 1.0, ()),
    "q4": (0.4, -2 / 3, ("low_discrimination", "negative_discrimination")),
    "q5": (0.0, 0.0, ("too_hard", "low_discrimination")),
    "q6": (0.3, 1.0, ()),
}
FORMULA_NAMES = {"formula.one": '=HYPERLINK("http://evil.example","x")', "at.sign": "@SUM(1+1)"}
B_DAY = datetime(2024, 1, 15, 12, 0, tzinfo=UTC)


def _question(qid: str, text: str) -> dict[str, Any]:
    return {
        "id": qid,
        "type": "single_choice",
        "points": 1,
        "prompt": {"az": f"Sual {text}?", "en": f"Question {text}?", "ru": f"Вопрос {text}?"},
        "options": [
            {"id": "a", "text": {"az": "Bəli", "en": "Yes", "ru": "Да"}, "correct": True},
            {"id": "b", "text": {"az": "Xeyr", "en": "No", "ru": "Нет"}},
        ],
    }


QUESTIONS: dict[str, dict[str, Any]] = {q: _question(q, q) for q in QIDS}
QUESTIONS["q7"] = {"id": "q7", "type": "true_false", "prompt": {"az": "Doğru?"}, "answer": True}
QUESTIONS["q8"] = {"id": "q8", "type": "essay", "points": 2, "prompt": {"az": "İzah edin."}}


def write_module(root: Path, module_id: str) -> Path:
    folder = root / module_id
    (folder / "questions").mkdir(parents=True)
    manifest = {
        "format": "mobilaze-module/1",
        "id": module_id,
        "version": "1.0.0",
        "languages": ["az", "en", "ru"],
        "title": {"az": "Sənəd yoxlaması", "en": "Document checks", "ru": "Проверка документов"},
        "assessments": [
            {
                "id": EXAM,
                "title": {"az": "Yekun imtahan", "en": "Final examination"},
                "kind": "exam",
                "pass_mark_percent": 60,
                "shuffle_questions": True,
                "sections": [{"questions": QIDS}],
            },
            {
                "id": "practice",
                "title": {"az": "Məşq", "en": "Practice"},
                "kind": "practice",
                "pass_mark_percent": 50,
                "sections": [{"questions": ["q1", "q7"]}],
            },
            {
                "id": "essay-exam",
                "title": {"az": "Esse imtahanı", "en": "Essay examination"},
                "kind": "exam",
                "pass_mark_percent": 50,
                "sections": [{"questions": ["q7", "q8"]}],
            },
        ],
        "certificate": {"requires": [EXAM]},
    }
    (folder / "module.yaml").write_text(
        yaml.safe_dump(manifest, allow_unicode=True), encoding="utf-8"
    )
    bank = {"bank": "core", "questions": list(QUESTIONS.values())}
    (folder / "questions" / "core.yaml").write_text(
        yaml.safe_dump(bank, allow_unicode=True), encoding="utf-8"
    )
    return folder


@dataclass
class World:
    ctx: AppContext
    people: dict[str, Principal]
    in_progress: uuid.UUID
    pending: uuid.UUID
    paper: uuid.UUID

    def __getitem__(self, name: str) -> Principal:
        return self.people[name]


def _take(
    ctx: AppContext, who: Principal, module_id: str, assessment: str, right: set[str]
) -> uuid.UUID:
    view = attempts.start_attempt(ctx, who, module_id, assessment)
    for q in view.questions:
        full = QUESTIONS[q.id]
        if full["type"] == "essay":
            response: Any = "Sənədi ikinci xəttə göndərərdim."
        elif q.id in right:
            response = correct_response(full)
        else:
            response = "b" if full["type"] == "single_choice" else not full["answer"]
        attempts.save_answer(ctx, who, view.id, q.id, response)
    attempts.submit_attempt(ctx, who, view.id)
    return view.id


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    root = tmp_path_factory.mktemp("exports")
    ctx = open_app(root / "data")
    people: dict[str, Principal] = {"admin": SYSTEM}

    def add(username: str, name: str, role: str) -> None:
        people[username] = users.principal_of(users.add_user(ctx, SYSTEM, username, name, role))

    for path in (write_module(root, MODULE), write_module(root, SECOND)):
        courses.install(ctx, SYSTEM, path)
    add("ins.one", "Məmmədova Aynur", "instructor")
    add("ins.two", "Петров Пётр", "instructor")
    for i, name in enumerate(NAMES_A, 1):
        add(f"a{i:02d}", name, "trainee")
    for username, name in FORMULA_NAMES.items():
        add(username, name, "trainee")
    for cohort, owner, members in (
        (COHORT_A, "ins.one", [f"a{i:02d}" for i in range(1, 11)]),
        (COHORT_B, "ins.two", list(FORMULA_NAMES)),
    ):
        cohorts.create_cohort(ctx, SYSTEM, cohort, owner)
        cohorts.enrol(ctx, SYSTEM, cohort, members)
        cohorts.assign(ctx, SYSTEM, cohort, MODULE)
        cohorts.assign(ctx, SYSTEM, cohort, SECOND)
    for i in range(1, 11):
        _take(ctx, people[f"a{i:02d}"], MODULE, EXAM, RIGHT_A[i])
    one, at = people["formula.one"], people["at.sign"]
    b_attempts = [
        _take(ctx, one, MODULE, "practice", {"q1", "q7"}),
        _take(ctx, one, MODULE, "essay-exam", {"q7"}),
        _take(ctx, at, SECOND, EXAM, set(QIDS)),
    ]
    paper = grading.record_paper(
        ctx, people["ins.two"], "at.sign", MODULE, EXAM, {q: "a" for q in QIDS}
    ).attempt_id
    b_attempts.append(paper)
    in_progress = attempts.start_attempt(ctx, one, MODULE, EXAM).id
    with ctx.db.transaction() as s:
        for n, attempt_id in enumerate(b_attempts):
            start = B_DAY + timedelta(minutes=10 * n)
            s.execute(
                update(Attempt)
                .where(Attempt.id == attempt_id)
                .values(started_at=start, submitted_at=start + timedelta(minutes=3, seconds=7))
            )
    yield World(ctx, people, in_progress, b_attempts[1], paper)
    ctx.close()


A_USERS = {f"a{i:02d}" for i in range(1, 11)}
B_USERS = set(FORMULA_NAMES)


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def export_csv(
    world: World, tmp_path: Path, actor: str = "admin", **flt: Any
) -> list[dict[str, str]]:
    out = tmp_path / "results.csv"
    summary = export_results(world.ctx, world[actor], "csv", out, ExportFilter(**flt))
    rows = read_csv(out)
    assert summary.rows == len(rows)
    return rows


# ---- CSV -------------------------------------------------------------------------------------


def test_csv_has_a_bom_and_round_trips_azerbaijani_and_cyrillic_names(
    world: World, tmp_path: Path
) -> None:
    out = tmp_path / "results.csv"
    export_results(world.ctx, SYSTEM, "csv", out)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = read_csv(out)
    assert list(rows[0]) == [c.title for c in ATTEMPT_COLUMNS]
    names = {r["full_name"] for r in rows}
    assert set(NAMES_A) <= names
    assert len(rows) == 14  # 10 + practice + pending + second module + paper; not in progress
    assert str(world.in_progress) not in {r["attempt_id"] for r in rows}
    assert list(out.parent.iterdir()) == [out]  # no temporary file left behind


def test_csv_cells_that_a_spreadsheet_would_run_get_a_leading_quote(
    world: World, tmp_path: Path
) -> None:
    names = {r["username"]: r["full_name"] for r in export_csv(world, tmp_path)}
    assert names["formula.one"] == "'" + FORMULA_NAMES["formula.one"]
    assert names["at.sign"] == "'@SUM(1+1)"
    assert names["a01"] == NAMES_A[0]


def test_csv_row_values(world: World, tmp_path: Path) -> None:
    rows = {r["attempt_id"]: r for r in export_csv(world, tmp_path)}
    best = next(r for r in rows.values() if r["username"] == "a10")
    assert best["cohorts"] == COHORT_A
    assert (best["module_id"], best["module_version"], best["assessment_id"]) == (
        MODULE,
        "1.0.0",
        EXAM,
    )
    assert (best["kind"], best["source"], best["status"]) == ("exam", "computer", "submitted")
    assert (best["score"], best["max_score"], best["percent"], best["passed"]) == (
        "4",
        "6",
        "66.67",
        "true",
    )
    iso = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")
    assert iso.match(best["started_utc"]) and iso.match(best["submitted_utc"])
    assert float(best["duration_seconds"]) >= 0
    failed = next(r for r in rows.values() if r["username"] == "a03")
    assert (failed["percent"], failed["passed"]) == ("16.67", "false")
    pending = rows[str(world.pending)]
    assert (pending["status"], pending["passed"]) == ("pending_review", "")
    paper = rows[str(world.paper)]
    assert (paper["source"], paper["duration_seconds"], paper["percent"]) == ("paper", "", "100.00")
    assert paper["submitted_utc"] == "2024-01-15T12:33:07Z"
    practice = next(r for r in rows.values() if r["assessment_id"] == "practice")
    assert practice["duration_seconds"] == "187"


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        ({}, A_USERS | B_USERS),
        ({"cohort": COHORT_A}, A_USERS),
        ({"cohort": "  Cohort   B "}, B_USERS),
        ({"module_id": SECOND}, {"at.sign"}),
        ({"since": datetime(2024, 6, 1, tzinfo=UTC)}, A_USERS),
        ({"until": datetime(2024, 6, 1, tzinfo=UTC)}, B_USERS),
        (
            {"since": B_DAY + timedelta(minutes=5), "until": B_DAY + timedelta(minutes=25)},
            {"formula.one", "at.sign"},
        ),
        ({"cohort": COHORT_B, "module_id": MODULE}, B_USERS),
    ],
)
def test_filters_select_the_rows(
    world: World, tmp_path: Path, flt: dict[str, Any], expected: set[str]
) -> None:
    assert {r["username"] for r in export_csv(world, tmp_path, **flt)} == expected


def test_filter_counts(world: World, tmp_path: Path) -> None:
    assert len(export_csv(world, tmp_path, module_id=MODULE)) == 13
    assert len(export_csv(world, tmp_path, cohort=COHORT_B)) == 4
    window = export_csv(
        world, tmp_path, since=B_DAY + timedelta(minutes=5), until=B_DAY + timedelta(minutes=25)
    )
    assert [r["assessment_id"] for r in window] == ["essay-exam", EXAM]


def test_whole_days_include_the_last_day(world: World, tmp_path: Path) -> None:
    day = B_DAY.date()
    flt = ExportFilter.for_days(since=day, until=day)
    out = tmp_path / "day.csv"
    assert export_results(world.ctx, SYSTEM, "csv", out, flt).rows == 4
    flt = ExportFilter.for_days(since=day + timedelta(days=1), until=date(2024, 2, 1))
    assert export_results(world.ctx, SYSTEM, "csv", out, flt).rows == 0


def test_instructors_see_only_their_own_cohorts(world: World, tmp_path: Path) -> None:
    assert {r["username"] for r in export_csv(world, tmp_path, "ins.one")} == A_USERS
    rows = export_csv(world, tmp_path, "ins.two")
    assert {r["username"] for r in rows} == B_USERS
    assert {r["cohorts"] for r in rows} == {COHORT_B}
    with pytest.raises(PermissionDenied):
        export_csv(world, tmp_path, "ins.one", cohort=COHORT_B)
    with pytest.raises(PermissionDenied):
        export_csv(world, tmp_path, "a01")


def test_refusals(world: World, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError):
        export_csv(world, tmp_path, cohort="No such cohort")
    with pytest.raises(InvalidInput):
        export_csv(world, tmp_path, since=B_DAY, until=B_DAY)
    with pytest.raises(InvalidInput):
        export_results(world.ctx, SYSTEM, "pdf", tmp_path / "x.pdf")
    with pytest.raises(InvalidInput):
        export_results(world.ctx, SYSTEM, "csv", tmp_path / "missing" / "x.csv")
    with pytest.raises(InvalidInput):
        export_results(world.ctx, SYSTEM, "csv", tmp_path)


def test_small_batches_give_the_same_rows_in_submission_order(world: World, tmp_path: Path) -> None:
    whole = export_csv(world, tmp_path)
    out = tmp_path / "batched.csv"
    export_results(world.ctx, SYSTEM, "csv", out, batch_size=3)
    batched = read_csv(out)
    assert batched == whole
    times = [r["submitted_utc"] for r in batched]
    assert times == sorted(times)


class Stop(Exception):
    pass


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "xapi"])
def test_a_cancelled_export_leaves_the_old_file_and_no_partial_file(
    world: World, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / f"results.{fmt}"
    out.write_text("previous export", encoding="utf-8")
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        if done > 0:  # the first report after the start: cancel
            raise Stop

    with pytest.raises(Stop):
        export_results(world.ctx, SYSTEM, fmt, out, batch_size=5, progress=progress)
    assert out.read_text(encoding="utf-8") == "previous export"
    assert list(tmp_path.iterdir()) == [out]
    assert calls == [(0, 14), (14, 14)]


def test_progress_reaches_the_total(world: World, tmp_path: Path) -> None:
    calls: list[tuple[int, int]] = []
    export_results(
        world.ctx, SYSTEM, "csv", tmp_path / "p.csv", progress=lambda d, t: calls.append((d, t))
    )
    assert calls[0] == (0, 14) and calls[-1] == (14, 14)


def test_an_export_is_audited(world: World, tmp_path: Path) -> None:
    export_results(world.ctx, world["ins.one"], "csv", tmp_path / "audited.csv")
    entry = audit.recent(world.ctx, SYSTEM, limit=1, action_prefix="report.export")[0]
    assert (entry.actor, entry.target) == ("ins.one", "audited.csv")
    assert entry.details["rows"] == 10 and entry.details["format"] == "csv"


# ---- XLSX ------------------------------------------------------------------------------------

_M = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"


def _col(ref: str) -> int:
    letters = re.match(r"[A-Z]+", ref)
    assert letters
    n = 0
    for ch in letters.group():
        n = n * 26 + ord(ch) - 64
    return n - 1


def read_xlsx(path: Path) -> dict[str, list[list[Any]]]:
    """Every sheet's rows (inline or shared strings, numbers, booleans), by sheet name."""
    with zipfile.ZipFile(path) as z:
        book = ET.fromstring(z.read("xl/workbook.xml"))
        rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
        targets = {r.get("Id"): r.get("Target") for r in rels}
        shared: list[str] = []
        if "xl/sharedStrings.xml" in z.namelist():
            sst = ET.fromstring(z.read("xl/sharedStrings.xml"))
            shared = ["".join(t.text or "" for t in si.iter(f"{_M}t")) for si in sst]
        out: dict[str, list[list[Any]]] = {}
        for sheet in book.iter(f"{_M}sheet"):
            xml = ET.fromstring(z.read("xl/" + str(targets[sheet.get(f"{_R}id")])))
            rows = []
            for row in xml.iter(f"{_M}row"):
                cells: dict[int, Any] = {}
                for c in row.iter(f"{_M}c"):
                    assert c.find(f"{_M}f") is None, "no cell may be a formula"
                    kind, v = c.get("t"), c.find(f"{_M}v")
                    if kind == "inlineStr":
                        value: Any = "".join(t.text or "" for t in c.iter(f"{_M}t"))
                    elif kind == "s":
                        value = shared[int(v.text or 0)] if v is not None else None
                    elif kind == "b":
                        value = v is not None and v.text == "1"
                    else:
                        value = float(v.text or 0) if v is not None else None
                    cells[_col(str(c.get("r")))] = value
                rows.append([cells.get(i) for i in range(max(cells, default=-1) + 1)])
            out[str(sheet.get("name"))] = rows
    return out


def _dicts(rows: list[list[Any]]) -> list[dict[str, Any]]:
    header = rows[0]
    return [dict(zip(header, r + [None] * (len(header) - len(r)), strict=True)) for r in rows[1:]]


def test_xlsx_sheets_and_cells(world: World, tmp_path: Path) -> None:
    out = tmp_path / "results.xlsx"
    summary = export_results(world.ctx, SYSTEM, "xlsx", out)
    sheets = read_xlsx(out)
    assert list(sheets) == ["Attempts", "Answers", "Trainees"]
    attempts_rows = _dicts(sheets["Attempts"])
    assert len(attempts_rows) == summary.rows == 14
    by_user = {r["username"]: r for r in attempts_rows if r["module_id"] == MODULE}
    assert by_user["a01"]["full_name"] == NAMES_A[0]
    assert by_user["a02"]["full_name"] == NAMES_A[1]
    assert by_user["formula.one"]["full_name"] == FORMULA_NAMES["formula.one"]  # text, as is
    assert by_user["a10"]["percent"] == pytest.approx(66.67)
    assert by_user["a10"]["passed"] is True and by_user["a03"]["passed"] is False
    assert isinstance(by_user["a10"]["submitted_utc"], float)  # an Excel date
    answers = _dicts(sheets["Answers"])
    assert len(answers) == summary.answers == 6 * 12 + 2 + 2
    essay = next(a for a in answers if a["question_id"] == "q8")
    assert json.loads(essay["response"]) == "Sənədi ikinci xəttə göndərərdim."
    assert essay["score"] is None and essay["points"] == 2
    a04 = {a["question_id"]: a for a in answers if a["username"] == "a04"}
    assert set(a04) == set(QIDS)
    assert (a04["q2"]["response"], a04["q2"]["score"]) == ('"a"', 1.0)
    assert (a04["q3"]["response"], a04["q3"]["score"]) == ('"b"', 0.0)
    trainees = {(r["username"], r["module_id"]): r for r in _dicts(sheets["Trainees"])}
    assert trainees[("a10", MODULE)]["passed"] is True
    assert trainees[("a10", MODULE)]["best_percent"] == pytest.approx(66.67)
    assert trainees[("a01", MODULE)]["passed"] is False
    one = trainees[("formula.one", MODULE)]
    assert one["attempts"] == 2 and one["best_percent"] is None and one["passed"] is False
    assert trainees[("at.sign", MODULE)]["passed"] is True  # the paper exam
    with zipfile.ZipFile(out) as z:
        sheet1 = z.read("xl/worksheets/sheet1.xml").decode()
    assert 'ySplit="1"' in sheet1 and 'state="frozen"' in sheet1  # frozen header row
    assert "<cols>" in sheet1 and "autoFilter" in sheet1


def test_xlsx_items_sheet_for_one_module(world: World, tmp_path: Path) -> None:
    out = tmp_path / "items.xlsx"
    summary = export_results(
        world.ctx, world["ins.one"], "xlsx", out, ExportFilter(module_id=MODULE)
    )
    sheets = read_xlsx(out)
    assert list(sheets) == ["Attempts", "Answers", "Trainees", "Items"]
    assert summary.item_assessments == 1
    items = {r["question_id"]: r for r in _dicts(sheets["Items"])}
    assert list(items) == QIDS
    for qid, (facility, discrimination, flags) in EXPECTED_ITEMS.items():
        row = items[qid]
        assert row["assessment_id"] == EXAM and row["attempts"] == 10
        assert row["facility"] == pytest.approx(facility)
        assert row["discrimination"] == pytest.approx(discrimination)
        assert (row["flags"] or "") == ", ".join(flags)
    assert items["q1"]["prompt"] == "Sual q1?" and items["q1"]["type"] == "single_choice"


# ---- xAPI ------------------------------------------------------------------------------------


def test_every_exported_statement_is_valid(world: World, tmp_path: Path) -> None:
    out = tmp_path / "statements.json"
    summary = export_results(world.ctx, SYSTEM, "xapi", out)
    statements = json.loads(out.read_text(encoding="utf-8"))
    assert len(statements) == summary.statements == summary.rows == 14
    for stmt in statements:
        assert xapi.validate_statement(stmt) == [], stmt
    verbs = [s["verb"]["id"].rsplit("/", 1)[1] for s in statements]
    assert (verbs.count("passed"), verbs.count("failed"), verbs.count("completed")) == (5, 7, 2)
    assert len({s["id"] for s in statements}) == 14


def test_statement_content(world: World, tmp_path: Path) -> None:
    out = tmp_path / "statements.json"
    export_results(world.ctx, SYSTEM, "xapi", out, ExportFilter(cohort=COHORT_B))
    by_reg = {s["context"]["registration"]: s for s in json.loads(out.read_text("utf-8"))}
    paper = by_reg[str(world.paper)]
    assert paper["actor"] == {
        "objectType": "Agent",
        "name": FORMULA_NAMES["at.sign"],
        "account": {
            "homePage": "https://mobilaze-training.example/centres/mobilaze-training-centre",
            "name": "at.sign",
        },
    }
    assert paper["verb"] == {
        "id": "http://adlnet.gov/expapi/verbs/passed",
        "display": {"en-US": "passed"},
    }
    base = "https://mobilaze-training.example/modules/export-test"
    assert paper["object"]["id"] == f"{base}/assessments/final-exam"
    assert paper["object"]["definition"] == {
        "type": "http://adlnet.gov/expapi/activities/assessment",
        "name": {"az": "Yekun imtahan", "en": "Final examination"},
    }
    assert paper["context"]["contextActivities"]["parent"][0]["id"] == base
    assert paper["context"]["platform"] == "MOBILAZE Training"
    assert paper["context"]["revision"] == "1.0.0"
    assert paper["result"] == {
        "completion": True,
        "score": {"scaled": 1.0, "raw": 6.0, "min": 0, "max": 6.0},
        "success": True,
    }  # no duration: a paper exam is entered, not timed here
    assert paper["timestamp"] == "2024-01-15T12:33:07.000Z"
    assert paper["version"] == "1.0.3"
    pending = by_reg[str(world.pending)]
    assert pending["verb"]["id"].endswith("/completed")
    assert pending["result"] == {"completion": True, "duration": "PT3M7S"}
    practice = next(s for s in by_reg.values() if s["object"]["id"].endswith("/practice"))
    assert practice["verb"]["id"].endswith("/completed")
    assert practice["result"]["success"] is True and practice["result"]["score"]["scaled"] == 1.0


def test_reexport_gives_the_same_statement_ids(world: World, tmp_path: Path) -> None:
    first, second = tmp_path / "one.json", tmp_path / "two.json"
    export_results(world.ctx, SYSTEM, "xapi", first)
    export_results(world.ctx, SYSTEM, "xapi", second)
    assert first.read_bytes() == second.read_bytes()


def test_json_lines_with_attempted_statements_and_another_base_iri(
    world: World, tmp_path: Path
) -> None:
    out = tmp_path / "statements.jsonl"
    summary = export_results(
        world.ctx,
        SYSTEM,
        "xapi",
        out,
        ExportFilter(cohort=COHORT_A),
        base_iri="https://lrs.example.az/mobilaze/",
        json_lines=True,
        xapi_attempted=True,
    )
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == summary.statements == 2 * summary.rows == 20
    statements = [json.loads(line) for line in lines]
    for stmt in statements:
        assert xapi.validate_statement(stmt) == []
        assert stmt["object"]["id"].startswith("https://lrs.example.az/mobilaze/modules/")
    attempted = [s for s in statements if s["verb"]["id"].endswith("/attempted")]
    assert len(attempted) == 10 and all("result" not in s for s in attempted)
    assert {s["actor"]["name"] for s in statements} == set(NAMES_A)


# ---- item analysis service -------------------------------------------------------------------


def test_item_analysis_of_a_cohort(world: World) -> None:
    stats = item_analysis(world.ctx, world["ins.one"], MODULE, EXAM)
    assert [s.question_id for s in stats] == QIDS
    for st in stats:
        facility, discrimination, flags = EXPECTED_ITEMS[st.question_id]
        assert st.n == 10 and (st.n_upper, st.n_lower) == (3, 3)
        assert st.facility == pytest.approx(facility)
        assert st.discrimination == pytest.approx(discrimination)
        assert st.flags == flags
        assert (st.qtype, st.points) == ("single_choice", 1.0)
    same = item_analysis(world.ctx, SYSTEM, MODULE, EXAM, ExportFilter(cohort=COHORT_A))
    assert same == stats


def test_item_analysis_scope_and_filters(world: World) -> None:
    everyone = item_analysis(world.ctx, SYSTEM, MODULE, EXAM)
    assert {s.n for s in everyone} == {11}  # cohort A and the paper exam
    theirs = item_analysis(world.ctx, world["ins.two"], MODULE, EXAM)
    assert {s.n for s in theirs} == {1} and all(s.discrimination is None for s in theirs)
    assert item_analysis(world.ctx, SYSTEM, MODULE, "essay-exam") == []  # only pending review
    assert item_analysis(world.ctx, SYSTEM, MODULE, EXAM, ExportFilter(until=B_DAY)) == []
    with pytest.raises(PermissionDenied):
        item_analysis(world.ctx, world["a01"], MODULE, EXAM)
