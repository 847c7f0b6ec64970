"""Practical tests observed by an instructor, and the outcome profiles they feed.

The test module is updated to 1.1.0 with learning outcomes, questions mapped to them and a
practical test with a critical item; every call goes through the services on a real SQLite
copy of the test world.
"""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.errors import ConflictError, InvalidInput, PermissionDenied
from mobilaze_training.services import attempts, certificates, courses, practical
from mobilaze_training.services.context import AppContext
from mobilaze_training.store import models as m
from tests.helpers.modules import MODULE_ID, RIGHT, WRONG, question, write_module
from tests.helpers.world import World

OUTCOMES = [
    {"id": "lo-docs", "text": {"en": "Recognises document formats"}, "level": 4},
    {"id": "lo-answers", "text": {"en": "Answers factual questions"}, "level": 3},
    {
        "id": "lo-respect",
        "text": {"en": "Treats travellers with respect"},
        "level": 4,
        "fundamental_rights": True,
    },
]
CHECKLIST = [
    {"id": "c1", "text": {"en": "Greets the traveller"}, "points": 1, "outcomes": ["lo-respect"]},
    {"id": "c2", "text": {"en": "Checks the data page"}, "points": 2, "outcomes": ["lo-docs"]},
    {"id": "c3", "text": {"en": "Compares the photo"}, "points": 1, "outcomes": ["lo-docs"]},
    {
        "id": "c4",
        "text": {"en": "Explains a refusal in a language understood"},
        "points": 1,
        "critical": True,
        "outcomes": ["lo-respect"],
    },
]


def _with_outcomes(data: dict[str, Any]) -> None:
    manifest = data["module.yaml"]
    manifest["version"] = "1.1.0"
    manifest["outcomes"] = OUTCOMES
    for a in manifest["assessments"]:
        if a["kind"] == "practical":
            a["checklist"] = CHECKLIST
            a["pass_mark_percent"] = 60
    manifest["certificate"] = {"requires": ["final-exam", "booth"]}
    question(data, "q-single")["outcomes"] = ["lo-docs"]
    question(data, "q-match")["outcomes"] = ["lo-docs", "lo-answers"]
    question(data, "q-short")["outcomes"] = ["lo-answers"]


@pytest.fixture
def app(ctx: AppContext, world: World, tmp_path: Path) -> AppContext:
    folder = write_module(tmp_path / "modules", "1.1.0", _with_outcomes)
    courses.install(ctx, SYSTEM, folder)
    return ctx


ALL_MET = {c["id"]: {"met": True} for c in CHECKLIST}


def test_all_items_met_passes_at_full_marks(app: AppContext, world: World) -> None:
    result = practical.record_practical(
        app, world.principal("ins1"), "t1", MODULE_ID, "booth", ALL_MET
    )
    assert (result.score, result.max_score, result.percent) == (5.0, 5.0, Decimal("100.00"))
    assert result.passed and result.critical_missed == []
    with app.db.transaction() as s:
        attempt = s.get(m.Attempt, result.attempt_id)
        assert attempt is not None
        assert (attempt.kind, attempt.source) == ("practical", "observed")
        assert attempt.status == "submitted"
        assert attempt.passed is True and attempt.module_version == "1.1.0"
        answers = s.scalars(select(m.Answer).where(m.Answer.attempt_id == attempt.id)).all()
        assert {a.question_id: a.score for a in answers} == {"c1": 1, "c2": 2, "c3": 1, "c4": 1}
        assert {a.graded_by for a in answers} == {world.user_ids["ins1"]}
        entry = s.scalars(select(m.AuditEntry).order_by(m.AuditEntry.seq.desc())).first()
        assert entry is not None and entry.action == "practical.record"
        assert entry.target == str(result.attempt_id)


def test_critical_item_not_met_fails_even_at_high_percent(app: AppContext, world: World) -> None:
    observed = {**ALL_MET, "c4": {"met": False, "note": "Did not explain the refusal"}}
    result = practical.record_practical(app, SYSTEM, "t1", MODULE_ID, "booth", observed)
    assert result.percent == Decimal("80.00")  # above the 60 % pass mark
    assert result.passed is False
    assert result.critical_missed == ["c4"]
    review = attempts.review_attempt(app, SYSTEM, result.attempt_id)
    by_id = {item["id"]: item for item in review.items}
    assert by_id["c4"]["correct"] is False and by_id["c4"]["critical"] is True
    assert by_id["c4"]["comment"] == "Did not explain the refusal"
    assert by_id["c2"]["score"] == 2.0


def test_below_pass_mark_fails_without_critical_misses(app: AppContext, world: World) -> None:
    observed = {**ALL_MET, "c2": {"met": False}, "c3": False}  # shorthand: a bare boolean
    result = practical.record_practical(app, SYSTEM, "t1", MODULE_ID, "booth", observed)
    assert result.percent == Decimal("40.00") and result.passed is False
    assert result.critical_missed == []


@pytest.mark.parametrize(
    ("observations", "message"),
    [
        ({"c1": {"met": True}}, "not observed: c2, c3, c4"),
        ({**ALL_MET, "c9": {"met": True}}, "'c9': not a checklist item of booth"),
        ({**ALL_MET, "c1": {"met": "yes"}}, "'c1'.met: must be true or false"),
        ({**ALL_MET, "c1": {"met": True, "note": 5}}, "'c1'.note: must be text"),
        ({**ALL_MET, "c1": {"met": True, "remark": "x"}}, "'c1': unknown field(s) remark"),
        ([True, False], "must be a JSON object"),
    ],
)
def test_bad_observations_are_refused_naming_the_item(
    app: AppContext, observations: Any, message: str
) -> None:
    with pytest.raises(InvalidInput, match=message.replace("(", r"\(").replace(")", r"\)")):
        practical.record_practical(app, SYSTEM, "t1", MODULE_ID, "booth", observations)
    with app.db.transaction() as s:
        assert s.scalar(select(m.Attempt.id).where(m.Attempt.kind == "practical")) is None


def test_only_a_practical_test_takes_observations(app: AppContext) -> None:
    with pytest.raises(InvalidInput, match="not a practical test"):
        practical.record_practical(app, SYSTEM, "t1", MODULE_ID, "final-exam", ALL_MET)
    with pytest.raises(InvalidInput, match="not a trainee"):
        practical.record_practical(app, SYSTEM, "ins1", MODULE_ID, "booth", ALL_MET)


def test_instructor_of_another_cohort_is_refused(app: AppContext, world: World) -> None:
    with pytest.raises(PermissionDenied):
        practical.record_practical(app, world.principal("ins2"), "t1", MODULE_ID, "booth", ALL_MET)


def test_practical_tests_lists_the_checklist(app: AppContext) -> None:
    (test,) = practical.practical_tests(app, SYSTEM, MODULE_ID)
    assert test.assessment_id == "booth" and test.pass_mark_percent == 60
    assert [(i.id, i.points, i.critical) for i in test.items] == [
        ("c1", 1.0, False),
        ("c2", 2.0, False),
        ("c3", 1.0, False),
        ("c4", 1.0, True),
    ]


def _take_final(app: AppContext, world: World, user: str, answers: dict[str, Any]) -> None:
    who = world.principal(user)
    attempt = attempts.start_attempt(app, who, MODULE_ID, "final-exam")
    for q in attempt.questions:
        if q.id in answers:
            attempts.save_answer(app, who, attempt.id, q.id, answers[q.id])
    attempts.submit_attempt(app, who, attempt.id)


def test_profile_follows_latest_attempts_and_practical(app: AppContext, world: World) -> None:
    t4 = world.principal("t4")
    empty = practical.my_outcome_profile(app, t4, MODULE_ID)
    assert [(o.id, o.share, o.achieved) for o in empty.outcomes] == [
        ("lo-docs", None, False),
        ("lo-answers", None, False),
        ("lo-respect", None, False),
    ]
    _take_final(app, world, "t4", WRONG)
    wrong = {o.id: o for o in practical.my_outcome_profile(app, t4, MODULE_ID).outcomes}
    assert wrong["lo-docs"].share == 0.0 and wrong["lo-docs"].max_points == 3.0  # 2 + 1
    assert wrong["lo-respect"].share is None  # no question maps to it
    _take_final(app, world, "t4", RIGHT)  # the latest attempt counts, not the best or a sum
    right = {o.id: o for o in practical.my_outcome_profile(app, t4, MODULE_ID).outcomes}
    assert (right["lo-docs"].points, right["lo-docs"].max_points) == (3.0, 3.0)
    assert right["lo-answers"].share == 1.0 and right["lo-answers"].achieved
    observed = {**ALL_MET, "c2": {"met": False}, "c4": {"met": False}}
    practical.record_practical(app, world.principal("ins1"), "t4", MODULE_ID, "booth", observed)
    seen = practical.trainee_outcome_profile(app, world.principal("ins1"), "t4", MODULE_ID)
    by_id = {o.id: o for o in seen.outcomes}
    # lo-docs: questions 3/3 plus items c2 (0/2) and c3 (1/1) -> 4/6
    assert (by_id["lo-docs"].points, by_id["lo-docs"].max_points) == (4.0, 6.0)
    assert not by_id["lo-docs"].achieved  # 67 % < 75 %
    assert (by_id["lo-respect"].points, by_id["lo-respect"].max_points) == (1.0, 2.0)
    assert by_id["lo-respect"].fundamental_rights and by_id["lo-respect"].level == 4
    assert [o.id for o in seen.achieved] == ["lo-answers"]
    with pytest.raises(PermissionDenied):
        practical.trainee_outcome_profile(app, world.principal("ins2"), "t4", MODULE_ID)


def test_certificate_requires_the_practical_test(app: AppContext, world: World) -> None:
    _take_final(app, world, "t4", RIGHT)
    with pytest.raises(ConflictError, match="not yet passed: booth"):
        certificates.issue(app, SYSTEM, "t4", MODULE_ID)
    practical.record_practical(app, SYSTEM, "t4", MODULE_ID, "booth", ALL_MET)
    info = certificates.issue(app, SYSTEM, "t4", MODULE_ID)
    assert info.username == "t4" and info.module_id == MODULE_ID


def test_cli_records_from_a_json_file(app: AppContext, world: World, tmp_path: Path) -> None:
    data_dir = str(app.data_dir)
    app.close()
    obs = tmp_path / "obs.json"
    obs.write_text(json.dumps({**ALL_MET, "c4": {"met": False, "note": "Əliyev: no"}}), "utf-8")

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "mobilaze_training.cli", "--data-dir", data_dir, *args],
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=False,
        )

    base = ["--user", "t4", "--module", MODULE_ID]
    done = cli("practical", "record", *base, "--assessment", "booth", "--observations", str(obs))
    assert done.returncode == 0, done.stderr
    assert "80.00% - NOT PASSED" in done.stdout and "c4" in done.stdout
    out = cli("--json", "practical", "profile", *base)
    assert out.returncode == 0, out.stderr
    rows = {r["outcome"]: r for r in json.loads(out.stdout)}
    assert rows["lo-docs"]["share"] == 1.0 and rows["lo-docs"]["achieved"] is True
    assert rows["lo-respect"]["share"] == 0.5
    bad = tmp_path / "bad.json"
    bad.write_text('{"c1": {"met": true},\n  "c2": }', encoding="utf-8")
    refused = cli("practical", "record", *base, "--assessment", "booth", "--observations", str(bad))
    assert refused.returncode != 0
    assert f"{bad}:2: not valid JSON" in refused.stderr
