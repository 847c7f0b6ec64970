"""Feedback policies, scoring through the services, essays, and module updates."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.errors import ConflictError, InvalidInput
from mobilaze_training.services import attempts, courses, grading
from mobilaze_training.services import audit as audit_service
from mobilaze_training.services.context import AppContext
from mobilaze_training.store import models as m
from tests.helpers.modules import AUTO_QUESTIONS, MODULE_ID, RIGHT, WRONG, question, write_module
from tests.helpers.world import World

# ---- feedback policies ---------------------------------------------------------------------


def test_never_shows_no_per_question_review_to_the_trainee(ctx: AppContext, world: World) -> None:
    t4 = world.principal("t4")
    view = attempts.start_attempt(ctx, t4, MODULE_ID, "secret-exam")
    assert view.feedback == "never"
    saved = attempts.save_answer(ctx, t4, view.id, "q-single", "b")
    assert saved.correct is None and saved.feedback is None
    attempts.submit_attempt(ctx, t4, view.id)
    review = attempts.review_attempt(ctx, t4, view.id)
    assert review.items == []
    assert review.attempt.percent == Decimal("0.00")  # the result itself is shown
    staff = attempts.review_attempt(ctx, world.principal("ins1"), view.id)
    assert [i["id"] for i in staff.items] == ["q-single", "q-tf"]
    assert staff.items[0]["key"] == "a"


def test_immediate_feedback_marks_each_saved_answer(ctx: AppContext, world: World) -> None:
    t4 = world.principal("t4")
    view = attempts.start_attempt(ctx, t4, MODULE_ID, "practice")
    assert view.feedback == "immediate"  # the default for practice
    for qid in AUTO_QUESTIONS:
        right = attempts.save_answer(ctx, t4, view.id, qid, RIGHT[qid])
        assert right.correct is True, qid
        wrong = attempts.save_answer(ctx, t4, view.id, qid, WRONG[qid])
        assert wrong.correct is False, qid
    wrong_option = attempts.save_answer(ctx, t4, view.id, "q-single", "b")
    assert wrong_option.feedback is not None
    assert wrong_option.feedback["key"] == "a"
    assert wrong_option.feedback["option_feedback"]["b"] == {"en": "That is TD1."}
    cleared = attempts.save_answer(ctx, t4, view.id, "q-single", None)
    assert cleared.correct is None


def test_after_submit_feedback_waits_for_the_submission(ctx: AppContext, world: World) -> None:
    t4 = world.principal("t4")
    view = attempts.start_attempt(ctx, t4, MODULE_ID, "final-exam")
    assert view.feedback == "after_submit"
    assert attempts.save_answer(ctx, t4, view.id, "q-single", "a").correct is None
    with pytest.raises(ConflictError):
        attempts.review_attempt(ctx, t4, view.id)
    attempts.submit_attempt(ctx, t4, view.id)
    items = {i["id"]: i for i in attempts.review_attempt(ctx, t4, view.id).items}
    assert items["q-single"]["correct"] is True
    assert items["q-tf"]["correct"] is False and items["q-tf"]["response"] is None


# ---- scores --------------------------------------------------------------------------------


def _take(ctx: AppContext, world: World, assessment: str, responses: dict[str, Any]) -> Any:
    t4 = world.principal("t4")
    view = attempts.start_attempt(ctx, t4, MODULE_ID, assessment)
    for qid, response in responses.items():
        attempts.save_answer(ctx, t4, view.id, qid, response)
    return attempts.submit_attempt(ctx, t4, view.id)


def test_exam_result_with_partial_scores(ctx: AppContext, world: World) -> None:
    responses = {q: RIGHT[q] for q in AUTO_QUESTIONS}
    responses["q-multi"] = ["a", "b"]  # one right, one wrong: (1 - 1) / 2 -> 0
    responses["q-order"] = ["i1", "i2", "i4", "i3"]  # two of four in place -> 0.5
    result = _take(ctx, world, "final-exam", responses)
    scores = {q.id: q.score for q in result.questions}
    assert scores["q-multi"] == 0.0 and scores["q-order"] == 0.5 and scores["q-single"] == 2.0
    assert result.max_score == 11.0  # 7 core questions (9 points) and 2 drawn (1 each)
    assert result.score == 6.5
    assert result.percent == Decimal("59.09")
    assert result.passed is False  # pass mark 60
    assert result.status == attempts.SUBMITTED


def test_answers_are_checked_when_saved(ctx: AppContext, world: World) -> None:
    t4 = world.principal("t4")
    view = attempts.start_attempt(ctx, t4, MODULE_ID, "practice")
    with pytest.raises(InvalidInput, match="not one of"):
        attempts.save_answer(ctx, t4, view.id, "q-single", "z")
    with pytest.raises(InvalidInput, match="not part of this attempt"):
        attempts.save_answer(ctx, t4, view.id, "q-essay", "text")
    attempts.submit_attempt(ctx, t4, view.id)
    with pytest.raises(ConflictError):
        attempts.save_answer(ctx, t4, view.id, "q-single", "a")
    with pytest.raises(ConflictError):
        attempts.submit_attempt(ctx, t4, view.id)


# ---- essays --------------------------------------------------------------------------------


def test_essay_is_pending_until_graded_then_passed_is_computed(
    ctx: AppContext, world: World
) -> None:
    ins1 = world.principal("ins1")
    result = _take(ctx, world, "essay-exam", {"q-single": "a", "q-essay": RIGHT["q-essay"]})
    assert result.status == attempts.PENDING_REVIEW
    assert result.passed is None
    assert {q.id: q.score for q in result.questions} == {"q-single": 2.0, "q-essay": None}
    queue = [e for e in grading.pending_essays(ctx, ins1) if e.attempt_id == result.attempt_id]
    assert [(e.question_id, e.points, e.response) for e in queue] == [
        ("q-essay", 5.0, RIGHT["q-essay"])
    ]
    with pytest.raises(InvalidInput, match="between 0 and 5"):
        grading.grade_essay(ctx, ins1, result.attempt_id, "q-essay", 6)
    with pytest.raises(InvalidInput, match="not an essay"):
        grading.grade_essay(ctx, ins1, result.attempt_id, "q-single", 1)
    graded = grading.grade_essay(ctx, ins1, result.attempt_id, "q-essay", 4, "Clear.")
    assert graded.status == attempts.SUBMITTED
    assert graded.score == 6.0 and graded.max_score == 7.0
    assert graded.percent == Decimal("85.71") and graded.passed is True
    regraded = grading.grade_essay(ctx, ins1, result.attempt_id, "q-essay", 1)
    assert regraded.percent == Decimal("42.86") and regraded.passed is False
    review = attempts.review_attempt(ctx, world.principal("t4"), result.attempt_id)
    essay = next(i for i in review.items if i["id"] == "q-essay")
    assert essay["score"] == 1.0
    grades = audit_service.recent(ctx, SYSTEM, action_prefix="attempt.grade")
    assert [g.details["score"] for g in grades[:2]] == [1, 4]


def test_an_unanswered_essay_scores_zero_without_review(ctx: AppContext, world: World) -> None:
    result = _take(ctx, world, "essay-exam", {"q-single": "a"})
    assert result.status == attempts.SUBMITTED
    assert result.percent == Decimal("28.57") and result.passed is False
    assert {q.id: q.score for q in result.questions} == {"q-single": 2.0, "q-essay": 0.0}


def test_an_attempt_in_progress_cannot_be_graded(ctx: AppContext, world: World) -> None:
    view = attempts.start_attempt(ctx, world.principal("t4"), MODULE_ID, "essay-exam")
    with pytest.raises(ConflictError):
        grading.grade_essay(ctx, world.principal("ins1"), view.id, "q-essay", 1)


# ---- module updates ------------------------------------------------------------------------


def test_a_new_module_version_leaves_past_attempts_alone(
    ctx: AppContext, world: World, tmp_path: Path
) -> None:
    t4 = world.principal("t4")
    before = _take(ctx, world, "essay-exam", {"q-single": "a", "q-essay": ""})
    with ctx.db.transaction() as s:
        old_snapshot = s.get(m.Attempt, before.attempt_id).snapshot  # type: ignore[union-attr]

    def change(data: dict[str, Any]) -> None:
        single = question(data, "q-single")
        single["points"] = 4
        for option in single["options"]:
            option["correct"] = option["id"] == "b"

    result, _ = courses.install(ctx, SYSTEM, write_module(tmp_path / "v2", "1.1.0", change))
    assert result.outcome == "upgraded"

    after = attempts.get_attempt(ctx, t4, before.attempt_id)
    assert after.module_version == "1.0.0"
    assert (after.percent, after.score, after.max_score) == (before.percent, 2.0, 7.0)
    with ctx.db.transaction() as s:
        assert s.get(m.Attempt, before.attempt_id).snapshot == old_snapshot  # type: ignore[union-attr]
    review = attempts.review_attempt(ctx, t4, before.attempt_id)
    assert next(i for i in review.items if i["id"] == "q-single")["correct"] is True

    # the essay can still be graded against the old snapshot's points
    regraded = grading.grade_essay(ctx, world.principal("ins1"), before.attempt_id, "q-essay", 5)
    assert (regraded.score, regraded.max_score, regraded.percent) == (7.0, 7.0, Decimal("100.00"))

    new = _take(ctx, world, "essay-exam", {"q-single": "a"})
    assert new.max_score == 9.0 and new.score == 0.0
    assert attempts.get_attempt(ctx, t4, new.attempt_id).module_version == "1.1.0"
