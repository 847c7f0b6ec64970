"""Fixtures shared by every test folder. Keep this small: folder-specific fixtures belong in
that folder's conftest.py, plain helpers in tests/helpers/."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def tmp_data(tmp_path: Path) -> Path:
    """An empty data folder inside the test's tmp_path, for open_app() or --data-dir."""
    folder = tmp_path / "data"
    folder.mkdir()
    return folder
