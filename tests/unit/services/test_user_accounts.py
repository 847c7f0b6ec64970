"""Managing accounts: roles, the last administrator, deactivation."""

from __future__ import annotations

import pytest

from mobilaze_training.errors import ConflictError, InvalidInput
from mobilaze_training.services import users
from mobilaze_training.services.context import AppContext
from tests.helpers.world import World


def test_an_unknown_role_is_refused_with_a_message(ctx: AppContext, world: World) -> None:
    with pytest.raises(InvalidInput, match="Unknown role 'boss'"):
        users.set_role(ctx, world.principal("admin"), "t3", "boss")
    with pytest.raises(InvalidInput, match="Unknown role"):
        users.add_user(ctx, world.principal("admin"), "newbie", "New Bie", "boss")


def test_the_last_administrator_stays(ctx: AppContext, world: World) -> None:
    admin = world.principal("admin")
    with pytest.raises(ConflictError, match="last active administrator"):
        users.set_role(ctx, admin, "admin", "trainee")
    with pytest.raises(ConflictError, match="last active administrator"):
        users.set_active(ctx, admin, "admin", False)
    users.set_role(ctx, admin, "ins2", "admin")
    assert users.set_role(ctx, admin, "admin", "instructor").role == "instructor"
