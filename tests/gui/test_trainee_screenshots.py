"""The screenshot tool builds every registered screen (here in English only, to be quick)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from mobilaze_training.gui import screenshots


@pytest.mark.slow
def test_screenshots_of_every_start_and_trainee_screen(qapp: QApplication, tmp_path: Path) -> None:
    written = screenshots.take_all(tmp_path / "shots", ("en",))
    names = {p.stem for p in written}
    expected = {
        "wizard-welcome",
        "login",
        "trainee-home",
        "trainee-module",
        "lesson-reader",
        "results-review",
        "quiz-submit-confirmation",
        "trainee-home-high-contrast",
    } | {f"quiz-{kind}" for kind in ("single-choice", "matching", "ordering", "essay")}
    assert expected <= names
    for path in written:
        image = QImage(str(path))
        assert not image.isNull() and image.width() >= 300, path
