"""The CSV of answers cell by cell: every question type, unanswered questions, an essay not
graded yet, formula guards, quoting with either delimiter; the SQLite fast path and the
SQLAlchemy path (the one PostgreSQL takes) give the same bytes; snapshots whose question order
is not near their start."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.interop.exports import (
    AnswerQuestion,
    AttemptAnswers,
    csv_field,
    write_answers_csv,
)
from mobilaze_training.services.context import open_app
from mobilaze_training.services.report_rows import (
    ExportFilter,
    SnapshotCache,
    conditions,
    finished_answers,
    order_in_head,
)
from mobilaze_training.services.reports import export_results
from mobilaze_training.store.models import Attempt
from tests.unit.interop.answers_world import AnswersWorld, build


@pytest.fixture(scope="module")
def answers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[AnswersWorld]:
    root = tmp_path_factory.mktemp("answers")
    ctx = open_app(root / "data")
    yield build(ctx, root)
    ctx.close()


def _text(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


@pytest.mark.parametrize("batch_size", [500, 1])
@pytest.mark.parametrize("delimiter", [",", ";"])
def test_every_cell_of_every_question_type(
    answers: AnswersWorld, tmp_path: Path, delimiter: str, batch_size: int
) -> None:
    out = tmp_path / "answers.csv"
    summary = export_results(
        answers.ctx, SYSTEM, "csv-answers", out, csv_delimiter=delimiter, batch_size=batch_size
    )
    assert (summary.rows, summary.answers) == (2, 18)
    assert _text(out) == answers.expected_text(delimiter)
    with out.open(encoding="utf-8-sig", newline="") as fh:
        assert list(csv.reader(fh, delimiter=delimiter)) == answers.expected_rows()


@pytest.mark.parametrize("delimiter", [",", ";"])
def test_the_sqlalchemy_path_writes_the_same(
    answers: AnswersWorld, tmp_path: Path, delimiter: str
) -> None:
    ctx = answers.ctx
    with ctx.db.transaction() as s:
        conds = conditions(s, SYSTEM, ExportFilter())
    out = tmp_path / "answers.csv"
    records = finished_answers(ctx, SYSTEM, conds, SnapshotCache(), sqlite_cursor=False)
    assert write_answers_csv(records, out, delimiter=delimiter) == 18
    assert _text(out) == answers.expected_text(delimiter)


def test_an_order_far_into_the_snapshot_is_found(tmp_path: Path) -> None:
    """The order is read from the snapshot's first kB; when it is not there (another key
    order, a long module title), the whole snapshot is searched."""
    ctx = open_app(tmp_path / "data")
    try:
        world = build(ctx, tmp_path)
        with ctx.db.transaction() as s:
            for attempt_id in (world.first, world.second):
                snap = s.scalar(select(Attempt.snapshot).where(Attempt.id == attempt_id))
                assert snap is not None
                if attempt_id == world.first:  # the questions (over 8 kB) first
                    padded = {**snap["questions"], "unused": {"prompt": "x" * 10_000}}
                    moved = {"questions": padded} | {
                        k: v for k, v in snap.items() if k != "questions"
                    }
                else:  # a module title beyond the first 8 kB
                    module = {**snap["module"], "title": {"az": "Ə" * 20_000}}
                    moved = {**snap, "module": module}
                s.execute(update(Attempt).where(Attempt.id == attempt_id).values(snapshot=moved))
        out = tmp_path / "answers.csv"
        export_results(ctx, SYSTEM, "csv-answers", out, batch_size=1)
        assert _text(out) == world.expected_text()
    finally:
        ctx.close()


# ---- the pieces ------------------------------------------------------------------------------


def test_order_in_head_reads_the_top_level_order_only() -> None:
    snapshot = {
        "v": 1,
        "seed": 783737497342268988,
        "module": {"title": {"az": 'Sərhəd "order": ["no"]', "ru": "Граница"}, "order": ["no"]},
        "assessment": {"sections": [{"questions": ["q1", "q2"]}], "pass": 62.5, "x": None},
        "order": ["q2", "q1", "ş3"],
        "questions": {"q1": {"prompt": "x" * 5000}},
    }
    for ensure_ascii in (True, False):
        text = json.dumps(snapshot, ensure_ascii=ensure_ascii).encode("utf-8")
        assert order_in_head(text) == ["q2", "q1", "ş3"]
        complete = text.index(b"]", text.index(b'"order": ["q2"')) + 1
        for cut in range(text.index(b'"questions"')):  # not there until it is complete
            assert order_in_head(text[:cut]) == (["q2", "q1", "ş3"] if cut >= complete else None)
    compact = json.dumps(snapshot, separators=(",", ":")).encode()
    assert order_in_head(compact) == ["q2", "q1", "ş3"]
    spaced = b'\n { "v" : 1 ,\n\t"order"\r\n:\n[ "a" , "b" ] }'
    assert order_in_head(spaced) == ["a", "b"]
    later = json.dumps({"questions": {"q": "x" * 100}, "order": ["q"]}).encode()
    assert order_in_head(later[:60]) is None
    for no in (b"", b"[1, 2]", b'{"v": 1}', b'{"order": "q1"}', b'{"order": [1]}', b"\xff\xfe{"):
        assert order_in_head(no) is None, no


def test_order_in_head_skips_what_it_has_seen_only_when_it_is_the_same() -> None:
    def snapshot(seed: int, title: str, sections: list[str], order: list[str]) -> bytes:
        return json.dumps(
            {
                "v": 1,
                "seed": seed,
                "module": {"id": "m", "title": {"az": title}},
                "kind": "exam",
                "assessment": {"sections": [{"questions": sections}]},
                "order": order,
                "questions": {},
            }
        ).encode()

    seen: dict[str, str] = {}
    assert order_in_head(snapshot(1, "Sərhəd", ["a", "b"], ["b", "a"]), seen) == ["b", "a"]
    assert set(seen) == {"module", "kind", "assessment"}  # objects, lists and strings only
    assert order_in_head(snapshot(22, "Sərhəd", ["a", "b"], ["a", "b"]), seen) == ["a", "b"]
    # a longer title, a longer section: the kept texts are their starts, but not whole values
    other = snapshot(3, "Sərhəd yoxlaması", ["a", "b", "order"], ["c"])
    assert order_in_head(other, seen) == ["c"]
    assert order_in_head(other[: other.rindex(b"questions")], seen) == ["c"]
    assert order_in_head(snapshot(3, "S", ["a"], ["d"])[:40], seen) is None


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_csv_field_quotes_as_the_csv_module_does(delimiter: str) -> None:
    texts = [
        "",
        "plain",
        "a,b",
        "a;b",
        "tab\there",
        "pipe|",
        'say "hi"',
        '"',
        "line\nbreak",
        "carriage\rreturn",
        " lead space",
        "'quoted'",
        "Bakı, Иван",
        "x" * 100,
    ]
    field = csv_field(delimiter)
    for text in texts:
        buffer = io.StringIO(newline="")
        csv.writer(buffer, delimiter=delimiter).writerow(["", text, ""])
        assert delimiter + field(text) + delimiter + "\r\n" == buffer.getvalue(), text


def test_writer_keeps_equal_but_different_responses_apart(tmp_path: Path) -> None:
    """Responses as decoded values (a driver may give those): 1, 1.0 and True are equal
    keys of a dict but different JSON."""
    questions = tuple(AnswerQuestion(f"q{i}", "numeric", 1.0, 0.0) for i in range(7))
    responses: list[Any] = [1, 1.0, True, "1", '"1"', {"b": 1, "a": [None]}, None]
    answers = {q.question_id: (r, 0.5) for q, r in zip(questions, responses, strict=True)}
    essay = AnswerQuestion("e", "essay", 2.5, None)  # no answer row: not graded
    records = [
        AttemptAnswers("id-1", "user", questions, answers),
        AttemptAnswers("id-2", "user", (essay, questions[0]), {}),
    ]
    out = tmp_path / "answers.csv"
    assert write_answers_csv(records, out) == 9
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))[1:]
    assert [row[4] for row in rows[:7]] == [
        "1",
        "1.0",
        "true",
        "1",
        '"1"',
        '{"a": [null], "b": 1}',
        "",
    ]
    assert {tuple(row[5:]) for row in rows[:7]} == {("0.5", "1")}
    assert rows[7:] == [
        ["id-2", "user", "e", "essay", "", "", "2.5"],
        ["id-2", "user", "q0", "numeric", "", "0", "1"],
    ]
