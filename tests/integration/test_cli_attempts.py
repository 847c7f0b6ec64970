"""Paper-exam entry: `mobilaze-admin attempt record`, run in-process through cli.main."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from mobilaze_training import cli
from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.errors import ValidationFailed
from mobilaze_training.services import courses
from mobilaze_training.services.context import AppContext
from mobilaze_training.store import models as m
from tests.helpers.modules import AUTO_QUESTIONS, MODULE_ID, RIGHT, write_module

CONTRACT = {"percent", "passed", "score", "max_score", "status", "questions"}


def _record(
    ctx: AppContext,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    responses: Any,
    assessment: str = "final-exam",
    *,
    user: str = "t4",
    as_json: bool = True,
) -> tuple[int, str, str]:
    path = tmp_path / "responses.json"
    if isinstance(responses, str):
        path.write_text(responses, encoding="utf-8")
    else:
        path.write_text(json.dumps(responses, indent=2), encoding="utf-8")
    argv = ["--data-dir", str(ctx.data_dir), "attempt", "record", "--user", user]
    argv += ["--module", MODULE_ID, "--assessment", assessment, "--responses", str(path)]
    code = cli.main([*argv, "--json"] if as_json else argv)
    out, err = capsys.readouterr()
    return code, out, err


def _paper_attempts(ctx: AppContext, user: str = "t4") -> int:
    with ctx.db.transaction() as s:
        query = (
            select(func.count())
            .select_from(m.Attempt)
            .join(m.User, m.User.id == m.Attempt.user_id)
            .where(m.Attempt.source == "paper", m.User.username == user)
        )
        return s.scalar(query) or 0


def test_record_prints_exactly_the_contract(
    world_ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    responses = {q: RIGHT[q] for q in AUTO_QUESTIONS}
    responses["q-multi"] = ["a"]  # half of the correct options: 1 of 2 points
    responses["p-a1"] = "x"  # the two drawn questions printed on this paper
    responses["p-a2"] = "y"
    code, out, err = _record(world_ctx, tmp_path, capsys, responses)
    assert code == 0, err
    data = json.loads(out)
    assert set(data) == CONTRACT
    assert data == {
        "percent": 81.82,
        "passed": True,
        "score": 9.0,
        "max_score": 11.0,
        "status": "submitted",
        "questions": data["questions"],
    }
    assert [q["id"] for q in data["questions"]] == [*AUTO_QUESTIONS, "p-a1", "p-a2"]
    for q in data["questions"]:
        assert set(q) == {"id", "score", "points"}
    scores = {q["id"]: (q["score"], q["points"]) for q in data["questions"]}
    assert scores["q-multi"] == (1.0, 2.0)
    assert scores["p-a1"] == (1.0, 1.0) and scores["p-a2"] == (0.0, 1.0)
    assert _paper_attempts(world_ctx) == 1


def test_a_missing_question_scores_zero(
    world_ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _record(world_ctx, tmp_path, capsys, {"q-single": "a"}, "secret-exam")
    assert code == 0, err
    data = json.loads(out)
    assert (data["percent"], data["passed"], data["score"], data["max_score"]) == (
        66.67,
        True,
        2.0,
        3.0,
    )
    assert data["questions"] == [
        {"id": "q-single", "score": 2.0, "points": 2.0},
        {"id": "q-tf", "score": 0.0, "points": 1.0},
    ]


def test_an_essay_leaves_the_paper_pending_review(
    world_ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    responses = {"q-single": "a", "q-essay": "Refer it to the second line."}
    code, out, err = _record(world_ctx, tmp_path, capsys, responses, "essay-exam")
    assert code == 0, err
    data = json.loads(out)
    assert data["status"] == "pending_review" and data["passed"] is None
    assert data["questions"][1] == {"id": "q-essay", "score": None, "points": 5.0}


def test_text_output_names_the_verdict(
    world_ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _record(
        world_ctx, tmp_path, capsys, {"q-single": "a"}, "secret-exam", as_json=False
    )
    assert code == 0
    assert "t4: 2 / 3 points, 66.67% - PASSED" in out


@pytest.mark.parametrize(
    ("responses", "assessment", "message"),
    [
        ({"q-single": "a", "q-nope": "a"}, "final-exam", "question 'q-nope' is not in module"),
        ({"q-single": "z"}, "final-exam", "question 'q-single': option 'z' is not one of a, b, c"),
        ({"q-multi": ["a", "q"]}, "final-exam", "option 'q' is not one of a, b, c, d"),
        ({"q-match": {"p1": "p9"}}, "final-exam", "'p9' is not one of p1, p2, p3, x"),
        ({"q-order": ["i1", "i7"]}, "final-exam", "item 'i7' is not in this question"),
        ({"q-tf": "yes"}, "final-exam", "expected true or false"),
        ({"q-tf": True}, "essay-exam", "question 'q-tf' is not part of assessment essay-exam"),
        ({"c1": True}, "booth", "practical test has a checklist"),
    ],
)
def test_unknown_questions_and_options_are_refused(
    world_ctx: AppContext,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    responses: dict[str, Any],
    assessment: str,
    message: str,
) -> None:
    code, out, err = _record(world_ctx, tmp_path, capsys, responses, assessment)
    assert code == 1
    assert out == ""
    assert message in err
    assert _paper_attempts(world_ctx) == 0, "nothing is stored when a response is refused"


def test_every_problem_is_reported_at_once(
    world_ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    responses = {"q-nope": "a", "q-single": "z", "q-num": "three"}
    code, _, err = _record(world_ctx, tmp_path, capsys, responses)
    assert code == 1
    assert "q-nope" in err and "option 'z'" in err and "expected a number" in err


def test_invalid_json_is_refused_with_its_line_number(
    world_ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = '{\n  "q-single": "a",\n  "q-tf": tru\n}\n'
    code, out, err = _record(world_ctx, tmp_path, capsys, broken)
    assert code == 1 and out == ""
    assert f"{tmp_path / 'responses.json'}:3: not valid JSON" in err
    assert _paper_attempts(world_ctx) == 0


@pytest.mark.parametrize(
    ("responses", "user", "message"),
    [
        ('["a", "b"]', "t4", "expected a JSON object keyed by question id"),
        ({"q-single": "a"}, "ghost", "There is no user 'ghost'"),
    ],
)
def test_other_refusals(
    world_ctx: AppContext,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    responses: Any,
    user: str,
    message: str,
) -> None:
    code, _, err = _record(world_ctx, tmp_path, capsys, responses, user=user)
    assert code == 1
    assert message in err


def test_a_missing_responses_file_is_refused(
    world_ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere.json"
    argv = ["--data-dir", str(world_ctx.data_dir), "attempt", "record", "--user", "t4"]
    argv += ["--module", MODULE_ID, "--assessment", "final-exam", "--responses", str(missing)]
    assert cli.main(argv) == 1
    assert "cannot read the responses file" in capsys.readouterr().err


def test_a_question_listed_in_two_sections_is_refused_at_install(
    world_ctx: AppContext, tmp_path: Path
) -> None:
    def change(data: dict[str, Any]) -> None:
        data["module.yaml"]["assessments"].append(
            {
                "id": "twice",
                "title": "Overlapping sections",
                "kind": "exam",
                "pass_mark_percent": 50,
                "sections": [{"questions": ["q-single"]}, {"questions": ["q-single", "q-tf"]}],
            }
        )

    with pytest.raises(ValidationFailed) as refused:
        courses.install(world_ctx, SYSTEM, write_module(tmp_path / "v2", "1.2.0", change))
    assert any("already in section 1" in str(p) for p in refused.value.problems)


def test_drawn_questions_must_all_be_named_without_a_paper_id(
    world_ctx: AppContext, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    responses = {q: RIGHT[q] for q in AUTO_QUESTIONS}  # the two drawn questions are missing
    code, _out, err = _record(world_ctx, tmp_path, capsys, responses)
    assert code == 1
    assert "draws 2 question(s)" in err and "--paper-id" in err
