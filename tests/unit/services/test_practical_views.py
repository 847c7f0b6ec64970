"""Whom the practical-test screen offers: an instructor's own cohorts, or every trainee."""

from __future__ import annotations

from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.services import cohorts, users
from mobilaze_training.services.context import AppContext
from mobilaze_training.services.practical_views import observable_trainees
from tests.helpers.modules import MODULE_ID
from tests.helpers.world import COHORT_A, COHORT_B, World


def test_instructor_sees_the_trainees_of_their_own_cohorts(ctx: AppContext, world: World) -> None:
    seen = observable_trainees(ctx, world.principal("ins1"))
    assert [t.username for t in seen] == ["t1", "t2", "t4"]
    assert {t.cohorts for t in seen} == {(COHORT_A,)}
    assert {t.modules for t in seen} == {(MODULE_ID,)}
    other = observable_trainees(ctx, world.principal("ins2"))
    assert [(t.username, t.cohorts) for t in other] == [("t3", (COHORT_B,))]


def test_admin_sees_every_active_trainee(ctx: AppContext, world: World) -> None:
    users.add_user(ctx, SYSTEM, "t5", "Person t5", "trainee")  # in no cohort
    users.set_active(ctx, SYSTEM, "t2", False)
    seen = {t.username: t for t in observable_trainees(ctx, SYSTEM)}
    assert sorted(seen) == ["t1", "t3", "t4", "t5"]
    assert seen["t5"].cohorts == () and seen["t5"].modules == ()
    assert seen["t3"].cohorts == (COHORT_B,)


def test_a_trainee_in_two_cohorts_is_listed_once(ctx: AppContext, world: World) -> None:
    ins1 = world.principal("ins1")
    cohorts.create_cohort(ctx, ins1, "Evening")
    cohorts.enrol(ctx, ins1, "Evening", ["t1", "t3"])
    seen = {t.username: t for t in observable_trainees(ctx, ins1)}
    assert sorted(seen) == ["t1", "t2", "t3", "t4"]
    assert seen["t1"].cohorts == (COHORT_A, "Evening")
    assert seen["t3"].modules == ()  # nothing assigned to "Evening"
