"""An attempt whose deadline passed while the program was closed is submitted at the next access.

To avoid waiting, each test moves the deadline into the past by writing the attempt row in
its own database session, as if the clock had run on while the program was closed.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from decimal import Decimal

import pytest

from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.errors import ConflictError
from mobilaze_training.services import attempts
from mobilaze_training.services import audit as audit_service
from mobilaze_training.services.context import AppContext, open_app
from mobilaze_training.store import models as m
from tests.helpers.modules import MODULE_ID
from tests.helpers.world import World


def _start_and_answer(ctx: AppContext, world: World) -> uuid.UUID:
    t4 = world.principal("t4")
    view = attempts.start_attempt(ctx, t4, MODULE_ID, "final-exam")
    attempts.save_answer(ctx, t4, view.id, "q-single", "a")  # 2 of 11 points
    attempts.save_answer(ctx, t4, view.id, "q-tf", True)  # wrong
    return view.id


def _time_passes(ctx: AppContext, attempt_id: uuid.UUID, minutes: float = 5) -> datetime:
    """Move the deadline `minutes` into the past; return the new deadline."""
    deadline = m.utcnow() - timedelta(minutes=minutes)
    with ctx.db.transaction() as s:
        row = s.get(m.Attempt, attempt_id)
        assert row is not None and row.status == attempts.IN_PROGRESS
        row.deadline_at = deadline
    return deadline


def _row(ctx: AppContext, attempt_id: uuid.UUID) -> m.Attempt:
    with ctx.db.transaction() as s:
        row = s.get(m.Attempt, attempt_id)
        assert row is not None
        return row


def test_expire_overdue_at_start_up_submits_it(world_ctx: AppContext, world: World) -> None:
    attempt_id = _start_and_answer(world_ctx, world)
    world_ctx.close()  # the program is closed...
    reopened = open_app(world_ctx.data_dir)  # ...and started again after the deadline
    try:
        deadline = _time_passes(reopened, attempt_id)
        assert attempts.expire_overdue(reopened) == 1
        assert attempts.expire_overdue(reopened) == 0
        row = _row(reopened, attempt_id)
        assert row.status == attempts.SUBMITTED and row.auto_submitted
        assert row.submitted_at == deadline  # submitted as of the deadline, not of now
        assert (row.score, row.max_score, row.percent) == (2.0, 11.0, Decimal("18.18"))
        assert row.passed is False
        entries = audit_service.recent(reopened, SYSTEM, action_prefix="attempt.auto_submit")
        assert [e.target for e in entries] == [str(attempt_id)]
        assert attempts.open_attempts(reopened, world.principal("t4")) == []
    finally:
        reopened.close()


def test_get_attempt_submits_an_overdue_attempt(world_ctx: AppContext, world: World) -> None:
    _time_passes(world_ctx, world.open_attempt)
    view = attempts.get_attempt(world_ctx, world.principal("t1"), world.open_attempt)
    assert view.status == attempts.SUBMITTED
    assert view.remaining_seconds() == 0.0
    assert _row(world_ctx, world.open_attempt).auto_submitted


def test_an_instructor_looking_at_it_submits_it_too(world_ctx: AppContext, world: World) -> None:
    _time_passes(world_ctx, world.open_attempt)
    view = attempts.get_attempt(world_ctx, world.principal("ins1"), world.open_attempt)
    assert view.status == attempts.SUBMITTED


def test_saving_after_the_deadline_is_refused_and_submits(
    world_ctx: AppContext, world: World
) -> None:
    attempt_id = _start_and_answer(world_ctx, world)
    _time_passes(world_ctx, attempt_id)
    with pytest.raises(ConflictError, match="Time is up"):
        attempts.save_answer(world_ctx, world.principal("t4"), attempt_id, "q-tf", False)
    row = _row(world_ctx, attempt_id)
    assert row.status == attempts.SUBMITTED and row.auto_submitted  # committed despite the error
    assert row.score == 2.0  # the late answer did not count


def test_submitting_after_the_deadline_returns_the_automatic_result(
    world_ctx: AppContext, world: World
) -> None:
    attempt_id = _start_and_answer(world_ctx, world)
    deadline = _time_passes(world_ctx, attempt_id)
    result = attempts.submit_attempt(world_ctx, world.principal("t4"), attempt_id)
    assert result.status == attempts.SUBMITTED and result.percent == Decimal("18.18")
    assert _row(world_ctx, attempt_id).submitted_at == deadline


def test_the_trainees_lists_submit_overdue_attempts(world_ctx: AppContext, world: World) -> None:
    attempt_id = _start_and_answer(world_ctx, world)
    _time_passes(world_ctx, attempt_id, minutes=0.01)
    mine = attempts.my_attempts(world_ctx, world.principal("t4"), MODULE_ID)
    assert [(a.id, a.status) for a in mine] == [(attempt_id, attempts.SUBMITTED)]


def test_a_resumed_attempt_keeps_its_deadline(world_ctx: AppContext, world: World) -> None:
    attempt_id = _start_and_answer(world_ctx, world)
    deadline = m.utcnow() + timedelta(minutes=7)
    with world_ctx.db.transaction() as s:
        row = s.get(m.Attempt, attempt_id)
        assert row is not None
        row.deadline_at = deadline
    resumed = attempts.start_attempt(world_ctx, world.principal("t4"), MODULE_ID, "final-exam")
    assert resumed.id == attempt_id and resumed.deadline_at == deadline
    remaining = resumed.remaining_seconds()
    assert remaining is not None and 7 * 60 - 5 < remaining <= 7 * 60
