"""The quiz engine: seeded assembly, draws, attempt limits, extra attempts and extra time."""

from __future__ import annotations

import random
import uuid
from datetime import timedelta

import pytest

from mobilaze_training.errors import ConflictError, InvalidInput
from mobilaze_training.quiz.assembly import build_snapshot, choose_questions, seed_of
from mobilaze_training.services import attempts, courses, grading
from mobilaze_training.services.context import AppContext, open_app
from mobilaze_training.store import models as m
from tests.helpers.modules import ASSESSMENTS, AUTO_QUESTIONS, FINAL_EXAM_MINUTES, MODULE_ID
from tests.helpers.world import World

POOL_A = {"p-a1", "p-a2", "p-a3", "p-a4"}
POOL_B = {"p-b1", "p-b2", "p-b3"}


def _assessment(assessment_id: str) -> dict[str, object]:
    return next(a for a in ASSESSMENTS if a["id"] == assessment_id)


def _bank(ctx: AppContext) -> dict[str, tuple[str, dict[str, object]]]:
    with ctx.db.transaction() as s:
        mv = courses.current_module(s, MODULE_ID)
        return attempts._bank_questions(s, mv)


def test_attempt_shows_the_same_questions_and_layout_after_a_restart(
    ctx: AppContext, world: World
) -> None:
    t4 = world.principal("t4")
    first = attempts.start_attempt(ctx, t4, MODULE_ID, "final-exam")
    attempts.save_answer(ctx, t4, first.id, "q-tf", False)
    ctx.close()
    reopened = open_app(ctx.data_dir)
    try:
        again = attempts.start_attempt(reopened, t4, MODULE_ID, "final-exam")
    finally:
        reopened.close()
    assert again.id == first.id
    assert [q.id for q in again.questions] == [q.id for q in first.questions]
    assert [q.layout for q in again.questions] == [q.layout for q in first.questions]
    assert again.deadline_at == first.deadline_at
    assert {q.id: q.response for q in again.questions if q.answered} == {"q-tf": False}


def test_the_snapshot_is_a_function_of_the_attempt_id(ctx: AppContext) -> None:
    bank = _bank(ctx)
    manifest = {"id": MODULE_ID, "version": "1.0.0", "title": "T", "languages": ["en"]}
    exam = _assessment("final-exam")
    attempt_id = uuid.UUID("12345678-1234-5678-1234-567812345678")
    one = build_snapshot(attempt_id, manifest, exam, bank)
    two = build_snapshot(attempt_id, manifest, exam, bank)
    assert one == two
    assert one["seed"] == seed_of(attempt_id)
    others = {
        tuple(build_snapshot(uuid.UUID(int=n), manifest, exam, bank)["order"]) for n in range(20)
    }
    assert len(others) > 10, "different attempts should get different orders"


def test_draws_respect_their_sections(ctx: AppContext) -> None:
    bank = _bank(ctx)
    exam = _assessment("draw-exam")
    seen: set[str] = set()
    for seed in range(300):
        chosen = choose_questions(exam, bank, random.Random(seed))
        assert len(chosen) == len(set(chosen)) == 4
        assert "p-ab" in chosen  # fixed, and never drawn a second time
        assert len(set(chosen) & POOL_A) == 2
        assert len(set(chosen) & POOL_B) == 1
        seen |= set(chosen)
    assert seen == POOL_A | POOL_B | {"p-ab"}, "every candidate should be drawn sometimes"


def test_drawn_attempt_through_the_service(ctx: AppContext, world: World) -> None:
    view = attempts.start_attempt(ctx, world.principal("t4"), MODULE_ID, "final-exam")
    ids = [q.id for q in view.questions]
    assert len(ids) == len(set(ids)) == len(AUTO_QUESTIONS) + 2
    assert set(AUTO_QUESTIONS) <= set(ids)
    assert set(ids) - set(AUTO_QUESTIONS) <= POOL_A | {"p-ab"}
    assert view.max_score == 11.0


def test_a_draw_larger_than_its_pool_is_refused(ctx: AppContext) -> None:
    exam = {"id": "x", "sections": [{"draw": 9, "from": {"bank": "pool", "tags": ["a"]}}]}
    with pytest.raises(InvalidInput, match="only 5 are available"):
        choose_questions(exam, _bank(ctx), random.Random(1))


def test_shuffled_layouts_are_permutations_and_orderings_never_start_solved(
    ctx: AppContext,
) -> None:
    bank = _bank(ctx)
    manifest = {"id": MODULE_ID, "version": "1.0.0", "title": "T", "languages": ["en"]}
    exam = _assessment("final-exam")
    for n in range(50):
        layout = build_snapshot(uuid.UUID(int=n), manifest, exam, bank)["layout"]
        assert sorted(layout["q-single"]["options"]) == ["a", "b", "c"]
        assert sorted(layout["q-match"]["rights"]) == ["p1", "p2", "p3", "x"]
        assert sorted(layout["q-order"]["items"]) == ["i1", "i2", "i3", "i4"]
        assert layout["q-order"]["items"] != ["i1", "i2", "i3", "i4"]


def test_trainee_view_gives_no_answer_away(ctx: AppContext, world: World) -> None:
    view = attempts.start_attempt(ctx, world.principal("t4"), MODULE_ID, "final-exam")
    questions = {q.id: q for q in view.questions}
    for q in view.questions:
        for key in ("answer", "accept", "tolerance", "explanation", "rubric", "pairs"):
            assert key not in q.content, (q.id, key)
        for option in q.content.get("options", []):
            assert set(option) == {"id", "text"}
    order = questions["q-order"]
    assert [i["id"] for i in order.content["items"]] == order.layout["items"]
    match = questions["q-match"]
    assert [r["id"] for r in match.content["rights"]] == match.layout["rights"]


def test_max_attempts_and_extra_attempts(ctx: AppContext, world: World) -> None:
    t4, ins1 = world.principal("t4"), world.principal("ins1")
    for _ in range(2):
        view = attempts.start_attempt(ctx, t4, MODULE_ID, "final-exam")
        again = attempts.start_attempt(ctx, t4, MODULE_ID, "final-exam")
        assert again.id == view.id, "an attempt in progress is resumed, not counted twice"
        attempts.submit_attempt(ctx, t4, view.id)
    with pytest.raises(ConflictError, match="All 2 attempt"):
        attempts.start_attempt(ctx, t4, MODULE_ID, "final-exam")
    assert grading.grant_extra_attempt(ctx, ins1, "t4", MODULE_ID, "final-exam") == 3
    third = attempts.start_attempt(ctx, t4, MODULE_ID, "final-exam")
    attempts.submit_attempt(ctx, t4, third.id)
    with pytest.raises(ConflictError):
        attempts.start_attempt(ctx, t4, MODULE_ID, "final-exam")
    with pytest.raises(InvalidInput):
        grading.grant_extra_attempt(ctx, ins1, "t4", MODULE_ID, "final-exam", count=0)


def test_practice_has_no_attempt_limit(ctx: AppContext, world: World) -> None:
    t4 = world.principal("t4")
    ids = set()
    for _ in range(4):
        view = attempts.start_attempt(ctx, t4, MODULE_ID, "practice")
        assert view.kind == "practice"
        ids.add(view.id)
        attempts.submit_attempt(ctx, t4, view.id)
    assert len(ids) == 4


def test_a_practical_test_is_not_taken_on_the_computer(ctx: AppContext, world: World) -> None:
    with pytest.raises(InvalidInput, match="practical"):
        attempts.start_attempt(ctx, world.principal("t4"), MODULE_ID, "booth")


def test_extend_time(ctx: AppContext, world: World) -> None:
    t4, ins1 = world.principal("t4"), world.principal("ins1")
    view = attempts.start_attempt(ctx, t4, MODULE_ID, "final-exam")
    assert view.deadline_at is not None
    assert view.deadline_at - view.started_at == timedelta(minutes=FINAL_EXAM_MINUTES)
    longer = grading.extend_time(ctx, ins1, view.id, 10)
    assert longer.deadline_at == view.deadline_at + timedelta(minutes=10)
    remaining = attempts.get_attempt(ctx, t4, view.id).remaining_seconds()
    assert remaining is not None
    assert abs(remaining - (FINAL_EXAM_MINUTES + 10) * 60) < 30
    with pytest.raises(InvalidInput):
        grading.extend_time(ctx, ins1, view.id, 0)
    attempts.submit_attempt(ctx, t4, view.id)
    with pytest.raises(ConflictError):
        grading.extend_time(ctx, ins1, view.id, 10)
    untimed = attempts.start_attempt(ctx, t4, MODULE_ID, "essay-exam")
    with pytest.raises(ConflictError, match="no time limit"):
        grading.extend_time(ctx, ins1, untimed.id, 10)


def test_extend_time_does_not_revive_an_attempt_whose_time_ran_out(
    ctx: AppContext, world: World
) -> None:
    """The deadline passed while nobody touched the attempt: extra time comes too late."""
    t4 = world.principal("t4")
    view = attempts.start_attempt(ctx, t4, MODULE_ID, "final-exam")
    with ctx.db.transaction() as s:
        row = s.get(m.Attempt, view.id)
        assert row is not None
        row.deadline_at = m.utcnow() - timedelta(minutes=1)
    with pytest.raises(ConflictError, match="submitted automatically"):
        grading.extend_time(ctx, world.principal("ins1"), view.id, 10)
    after = attempts.get_attempt(ctx, t4, view.id)
    assert after.status == attempts.SUBMITTED
    assert after.deadline_at is not None and after.deadline_at < m.utcnow()
