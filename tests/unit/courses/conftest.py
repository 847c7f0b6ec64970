"""Fixtures for the course format tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.unit.courses.builder import ModuleBuilder


@pytest.fixture
def module(tmp_path: Path) -> ModuleBuilder:
    """A small valid module (see builder.py), written under tmp_path when the test asks."""
    return ModuleBuilder(tmp_path / "module")
