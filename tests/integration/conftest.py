"""Fixtures for the integration tests: a populated template database, copied for every test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from mobilaze_training.services.context import AppContext
from tests.helpers.world import World, build_world, open_copy


@pytest.fixture(scope="session")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    """Users, two cohorts, the test module and a few attempts (see tests/helpers/world.py)."""
    return build_world(tmp_path_factory.mktemp("world"))


@pytest.fixture
def world_ctx(world: World, tmp_path: Path) -> Iterator[AppContext]:
    """A fresh copy of the world's database, opened with open_app(tmp_path / "data")."""
    app = open_copy(world, tmp_path / "data")
    yield app
    app.close()
