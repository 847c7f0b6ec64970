"""Who may see whom: instructors their own cohorts' trainees, trainees themselves, admins all.

World: ins1 teaches Cohort A (t1, t2, t4), ins2 teaches Cohort B (t3); t2 has an essay attempt
pending review, t3 a submitted practice attempt, t1 a final exam in progress.
"""

from __future__ import annotations

import pytest

from mobilaze_training.errors import PermissionDenied
from mobilaze_training.services import attempts, cohorts, grading, users
from mobilaze_training.services.context import AppContext
from tests.helpers.modules import MODULE_ID
from tests.helpers.world import COHORT_A, COHORT_B, World


def test_instructor_cannot_list_attempts_of_a_trainee_outside_their_cohorts(
    ctx: AppContext, world: World
) -> None:
    with pytest.raises(PermissionDenied):
        grading.user_attempts(ctx, world.principal("ins1"), "t3")
    with pytest.raises(PermissionDenied):
        grading.user_attempts(ctx, world.principal("ins2"), "t2")
    assert [a.id for a in grading.user_attempts(ctx, world.principal("ins2"), "t3")] == [
        world.other_cohort_attempt
    ]
    assert [a.id for a in grading.user_attempts(ctx, world.principal("admin"), "t3")] == [
        world.other_cohort_attempt
    ]


def test_instructor_cannot_see_progress_of_another_instructors_cohort(
    ctx: AppContext, world: World
) -> None:
    with pytest.raises(PermissionDenied):
        cohorts.cohort_progress(ctx, world.principal("ins1"), COHORT_B)
    rows = cohorts.cohort_progress(ctx, world.principal("ins2"), COHORT_B)
    assert [r.username for r in rows] == ["t3"]
    assert {
        r.username for r in cohorts.cohort_progress(ctx, world.principal("admin"), COHORT_A)
    } == {
        "t1",
        "t2",
        "t4",
    }


def test_instructor_lists_only_their_own_cohorts(ctx: AppContext, world: World) -> None:
    assert [c.name for c in cohorts.list_cohorts(ctx, world.principal("ins1"))] == [COHORT_A]
    assert [c.name for c in cohorts.list_cohorts(ctx, world.principal("admin"))] == [
        COHORT_A,
        COHORT_B,
    ]


def test_instructor_cannot_change_another_instructors_cohort(ctx: AppContext, world: World) -> None:
    ins1 = world.principal("ins1")
    with pytest.raises(PermissionDenied):
        cohorts.enrol(ctx, ins1, COHORT_B, ["t1"])
    with pytest.raises(PermissionDenied):
        cohorts.unenrol(ctx, ins1, COHORT_B, "t3")
    with pytest.raises(PermissionDenied):
        cohorts.assign(ctx, ins1, COHORT_B, MODULE_ID)


def test_trainee_cannot_read_another_trainees_attempt(ctx: AppContext, world: World) -> None:
    with pytest.raises(PermissionDenied):
        attempts.get_attempt(ctx, world.principal("t1"), world.pending_attempt)
    with pytest.raises(PermissionDenied):
        attempts.review_attempt(ctx, world.principal("t1"), world.pending_attempt)
    own = attempts.get_attempt(ctx, world.principal("t2"), world.pending_attempt)
    assert own.user_id == world.user_ids["t2"]


def test_admin_and_the_cohorts_instructor_can_read_the_attempt(
    ctx: AppContext, world: World
) -> None:
    for who in ("admin", "ins1"):
        view = attempts.get_attempt(ctx, world.principal(who), world.pending_attempt)
        assert view.id == world.pending_attempt
        assert attempts.review_attempt(ctx, world.principal(who), world.pending_attempt).items
    with pytest.raises(PermissionDenied):
        attempts.get_attempt(ctx, world.principal("ins2"), world.pending_attempt)


def test_trainee_cannot_answer_or_submit_another_trainees_attempt(
    ctx: AppContext, world: World
) -> None:
    t2 = world.principal("t2")
    with pytest.raises(PermissionDenied):
        attempts.save_answer(ctx, t2, world.open_attempt, "q-single", "a")
    with pytest.raises(PermissionDenied):
        attempts.set_flag(ctx, t2, world.open_attempt, "q-single", True)
    with pytest.raises(PermissionDenied):
        attempts.submit_attempt(ctx, t2, world.open_attempt)


def test_instructor_actions_on_attempts_stay_inside_their_cohorts(
    ctx: AppContext, world: World
) -> None:
    ins2 = world.principal("ins2")
    with pytest.raises(PermissionDenied):
        grading.grade_essay(ctx, ins2, world.pending_attempt, "q-essay", 3)
    with pytest.raises(PermissionDenied):
        grading.extend_time(ctx, ins2, world.open_attempt, 5)
    with pytest.raises(PermissionDenied):
        grading.grant_extra_attempt(ctx, ins2, "t1", MODULE_ID, "final-exam")
    with pytest.raises(PermissionDenied):
        grading.record_paper(ctx, ins2, "t1", MODULE_ID, "essay-exam", {"q-single": "a"})


def test_grading_queue_shows_only_the_instructors_own_trainees(
    ctx: AppContext, world: World
) -> None:
    assert grading.pending_essays(ctx, world.principal("ins2")) == []
    for who in ("ins1", "admin"):
        queue = grading.pending_essays(ctx, world.principal(who))
        assert [(e.attempt_id, e.question_id, e.username) for e in queue] == [
            (world.pending_attempt, "q-essay", "t2")
        ]


def test_unenrolling_a_trainee_ends_the_instructors_view(ctx: AppContext, world: World) -> None:
    ins1 = world.principal("ins1")
    assert grading.user_attempts(ctx, ins1, "t2")
    cohorts.unenrol(ctx, ins1, COHORT_A, "t2")
    with pytest.raises(PermissionDenied):
        grading.user_attempts(ctx, ins1, "t2")
    with pytest.raises(PermissionDenied):
        attempts.get_attempt(ctx, ins1, world.pending_attempt)


def test_trainee_can_start_only_assigned_modules(ctx: AppContext, world: World) -> None:
    from mobilaze_training.auth.permissions import SYSTEM

    loner = users.principal_of(users.add_user(ctx, SYSTEM, "loner", "Not In Any Cohort", "trainee"))
    with pytest.raises(PermissionDenied, match="not assigned"):
        attempts.start_attempt(ctx, loner, MODULE_ID, "practice")
