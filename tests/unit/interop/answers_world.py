"""A small database for the CSV of answers: one question of every type, answered through the
services, with the exact rows the export must give. Shared by the SQLite tests here and the
PostgreSQL test (tests/postgres/test_pg_exports.py)."""

from __future__ import annotations

import csv
import io
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import update

from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.interop.exports import ANSWER_COLUMNS
from mobilaze_training.services import attempts, cohorts, courses, users
from mobilaze_training.services.context import AppContext
from mobilaze_training.store.models import Attempt

MODULE, EXAM = "answer-types", "all-types"
COHORT = "Answers cohort"


def _text(az: str) -> dict[str, str]:
    return {"az": az, "en": az}


def _options(*ids: str, right: tuple[str, ...]) -> list[dict[str, Any]]:
    return [{"id": i, "text": _text(i.upper()), "correct": i in right} for i in ids]


#: the exam's questions, in its (fixed) order
QUESTIONS: list[dict[str, Any]] = [
    {
        "id": "sc",
        "type": "single_choice",
        "prompt": _text("Hansı?"),
        "options": _options("a", "b", right=("a",)),
    },
    {
        "id": "mc",
        "type": "multiple_choice",
        "prompt": _text("Hansılar?"),
        "options": _options("a", "b", "c", right=("a", "c")),
    },
    {"id": "tf", "type": "true_false", "prompt": _text("Doğrudur?"), "answer": True},
    {
        "id": "sa",
        "type": "short_answer",
        "prompt": _text("Harada?"),
        "accept": ['Bakı, "mərkəz"'],
    },
    {"id": "num", "type": "numeric", "points": 2, "prompt": _text("Neçə?"), "answer": -3.5},
    {
        "id": "ord",
        "type": "ordering",
        "prompt": _text("Sırala"),
        "items": [{"id": i, "text": _text(i)} for i in ("x", "y", "z")],
    },
    {
        "id": "mat",
        "type": "matching",
        "prompt": _text("Uyğunlaşdır"),
        "pairs": [
            {"id": p, "left": _text(p + " sol"), "right": _text(p + " sağ")} for p in ("p1", "p2")
        ],
    },
    {"id": "es", "type": "essay", "points": 3, "prompt": _text("İzah edin.")},
    {
        "id": "-skip",
        "type": "single_choice",
        "prompt": _text("Buraxılan"),
        "options": _options("a", "b", right=("b",)),
    },
]
#: what the first trainee answers ("-skip" is left unanswered); tf is wrong, the rest right
RESPONSES: dict[str, Any] = {
    "sc": "a",
    "mc": ["a", "c"],
    "tf": False,
    "sa": 'Bakı, "mərkəz"',
    "num": -3.5,
    "ord": ["x", "y", "z"],
    "mat": {"p2": "p2", "p1": "p1"},
    "es": "Birinci sətir;\nИкинчи, третья",
}
#: the answer rows of the first trainee's attempt after its id and username: question id,
#: type, response, score, points; the essay is not graded yet
FIRST_ROWS = [
    ["sc", "single_choice", '"a"', "1", "1"],
    ["mc", "multiple_choice", '["a", "c"]', "1", "1"],
    ["tf", "true_false", "false", "0", "1"],
    ["sa", "short_answer", '"Bakı, \\"mərkəz\\""', "1", "1"],
    ["num", "numeric", "'-3.5", "2", "2"],
    ["ord", "ordering", '["x", "y", "z"]', "1", "1"],
    ["mat", "matching", '{"p1": "p1", "p2": "p2"}', "1", "1"],
    ["es", "essay", '"Birinci sətir;\\nИкинчи, третья"', "", "3"],
    ["'-skip", "single_choice", "", "0", "1"],  # a spreadsheet would read -skip as a formula
]
#: the second trainee submits without answering anything (the unanswered essay is scored 0
#: at submission, so it is not waiting for grading)
SECOND_ROWS = [
    [q["id"] if q["id"][0] != "-" else "'" + q["id"], q["type"], "", "0", points]
    for q, points in zip(QUESTIONS, ["1", "1", "1", "1", "2", "1", "1", "3", "1"], strict=True)
]


def write_module(root: Path) -> Path:
    folder = root / MODULE
    (folder / "questions").mkdir(parents=True)
    manifest = {
        "format": "mobilaze-module/1",
        "id": MODULE,
        "version": "1.0.0",
        "languages": ["az", "en"],
        "title": _text("Cavab növləri"),
        "assessments": [
            {
                "id": EXAM,
                "title": _text("Bütün növlər"),
                "kind": "exam",
                "pass_mark_percent": 50,
                "sections": [{"questions": [q["id"] for q in QUESTIONS]}],
            }
        ],
    }
    (folder / "module.yaml").write_text(
        yaml.safe_dump(manifest, allow_unicode=True), encoding="utf-8"
    )
    bank = {"bank": "all", "questions": QUESTIONS}
    (folder / "questions" / "all.yaml").write_text(
        yaml.safe_dump(bank, allow_unicode=True), encoding="utf-8"
    )
    return folder


@dataclass(frozen=True)
class AnswersWorld:
    ctx: AppContext
    first: uuid.UUID  # attempt of "tr.one", pending essay review
    second: uuid.UUID  # attempt of "tr.two", nothing answered, submitted later

    def expected_rows(self) -> list[list[str]]:
        """Every row of the CSV of answers, the header first."""
        return (
            [[c.title for c in ANSWER_COLUMNS]]
            + [[str(self.first), "tr.one", *row] for row in FIRST_ROWS]
            + [[str(self.second), "tr.two", *row] for row in SECOND_ROWS]
        )

    def expected_text(self, delimiter: str = ",") -> str:
        """The file's text as the standard library's CSV writer writes those rows."""
        buffer = io.StringIO(newline="")
        csv.writer(buffer, delimiter=delimiter).writerows(self.expected_rows())
        return "\ufeff" + buffer.getvalue()


def build(ctx: AppContext, root: Path) -> AnswersWorld:
    """Fill `ctx`'s (empty) database; `root` is a folder for the module's files."""
    courses.install(ctx, SYSTEM, write_module(root))
    people = {
        name: users.principal_of(users.add_user(ctx, SYSTEM, name, full, "trainee"))
        for name, full in (("tr.one", "Əliyeva Ülviyyə"), ("tr.two", "Иванов Иван"))
    }
    cohorts.create_cohort(ctx, SYSTEM, COHORT)
    cohorts.enrol(ctx, SYSTEM, COHORT, list(people))
    cohorts.assign(ctx, SYSTEM, COHORT, MODULE)
    first = attempts.start_attempt(ctx, people["tr.one"], MODULE, EXAM)
    assert [q.id for q in first.questions] == [q["id"] for q in QUESTIONS]
    for qid, response in RESPONSES.items():
        attempts.save_answer(ctx, people["tr.one"], first.id, qid, response)
    attempts.submit_attempt(ctx, people["tr.one"], first.id)
    second = attempts.start_attempt(ctx, people["tr.two"], MODULE, EXAM)
    attempts.submit_attempt(ctx, people["tr.two"], second.id)
    day = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
    with ctx.db.transaction() as s:  # a fixed order of submission
        for n, attempt_id in enumerate((first.id, second.id)):
            s.execute(
                update(Attempt)
                .where(Attempt.id == attempt_id)
                .values(submitted_at=day + timedelta(hours=n))
            )
    return AnswersWorld(ctx, first.id, second.id)
