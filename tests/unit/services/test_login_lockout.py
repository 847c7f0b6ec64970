"""Logging in: five failures lock an account for five minutes, audited; an admin unlocks it."""

from __future__ import annotations

from datetime import timedelta

import pytest

from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.errors import PermissionDenied
from mobilaze_training.services import audit as audit_service
from mobilaze_training.services import users
from mobilaze_training.services.context import AppContext
from mobilaze_training.store import models as m
from tests.helpers.world import PASSWORD, World


def _user(ctx: AppContext, username: str) -> users.UserInfo:
    return next(u for u in users.list_users(ctx, SYSTEM) if u.username == username)


def _login_actions(ctx: AppContext) -> list[str]:
    return [e.action for e in reversed(audit_service.recent(ctx, SYSTEM, action_prefix="login."))]


def test_five_failures_lock_the_account_for_five_minutes(ctx: AppContext) -> None:
    for _ in range(4):
        with pytest.raises(users.LoginFailed, match="not right"):
            users.login(ctx, "t4", "wrong-password")
    assert _user(ctx, "t4").failed_logins == 4
    assert not _user(ctx, "t4").locked
    started = m.utcnow()
    with pytest.raises(users.LoginFailed):
        users.login(ctx, "t4", "wrong-password")
    info = _user(ctx, "t4")
    assert info.locked and info.locked_until is not None
    assert abs((info.locked_until - started) - timedelta(minutes=5)) < timedelta(seconds=30)
    with pytest.raises(users.LoginFailed, match="locked after 5 failed logins"):
        users.login(ctx, "t4", PASSWORD)  # even the right password, while locked
    assert _login_actions(ctx) == ["login.failed"] * 4 + ["login.locked"]
    locked = audit_service.recent(ctx, SYSTEM, action_prefix="login.locked")[0]
    assert locked.target == "t4"
    assert locked.details["locked_until"] == info.locked_until.isoformat()


def test_an_administrator_unlocks_the_account(ctx: AppContext, world: World) -> None:
    for _ in range(5):
        with pytest.raises(users.LoginFailed):
            users.login(ctx, "t4", "wrong-password")
    with pytest.raises(PermissionDenied):
        users.unlock(ctx, world.principal("ins1"), "t4")
    info = users.unlock(ctx, world.principal("admin"), "t4")
    assert not info.locked and info.failed_logins == 0
    assert users.login(ctx, "t4", PASSWORD) == world.principal("t4")
    unlocks = audit_service.recent(ctx, SYSTEM, action_prefix="user.unlock")
    assert [(e.actor, e.target) for e in unlocks] == [("admin", "t4")]
    assert _login_actions(ctx)[-1] == "login.ok"


def test_the_lock_ends_after_five_minutes(ctx: AppContext) -> None:
    for _ in range(5):
        with pytest.raises(users.LoginFailed):
            users.login(ctx, "t4", "wrong-password")
    with ctx.db.transaction() as s:  # five minutes later
        user = users.get_user(s, "t4")
        assert user.locked_until is not None
        user.locked_until = m.utcnow() - timedelta(seconds=1)
    assert users.login(ctx, "t4", PASSWORD).username == "t4"


def test_a_successful_login_resets_the_count(ctx: AppContext) -> None:
    for _ in range(2):
        for _ in range(4):
            with pytest.raises(users.LoginFailed):
                users.login(ctx, "t4", "wrong-password")
        users.login(ctx, "t4", PASSWORD)
    assert not _user(ctx, "t4").locked


def test_unknown_and_deactivated_users_are_refused(ctx: AppContext, world: World) -> None:
    with pytest.raises(users.LoginFailed, match="not right"):
        users.login(ctx, "nobody", PASSWORD)
    assert _login_actions(ctx) == ["login.unknown_user"]
    users.set_active(ctx, world.principal("admin"), "t4", False)
    with pytest.raises(users.LoginFailed, match="deactivated"):
        users.login(ctx, "t4", PASSWORD)
