"""The one module that knows every folder, and the typed settings."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from mobilaze_training import paths
from mobilaze_training.errors import InvalidInput
from mobilaze_training.settings import Settings


def test_explicit_data_dir_wins_over_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("MOBILAZE_DATA_DIR", str(tmp_path / "from-env"))
    assert paths.data_dir(tmp_path / "explicit") == tmp_path / "explicit"
    assert (tmp_path / "explicit").is_dir()
    assert paths.data_dir() == tmp_path / "from-env"


def test_portable_marker_puts_data_beside_the_program(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MOBILAZE_DATA_DIR", raising=False)
    program = tmp_path / "usb"
    program.mkdir()
    (program / "portable").write_text("", encoding="utf-8")
    monkeypatch.setattr(paths, "program_dir", lambda: program)
    assert paths.is_portable()
    assert paths.data_dir() == program / "data"


def test_real_user_folder_is_refused_under_test(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MOBILAZE_DATA_DIR", raising=False)
    monkeypatch.setattr(paths, "is_portable", lambda directory=None: False)
    with pytest.raises(RuntimeError, match="real data folder"):
        paths.data_dir()


def test_database_url_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MOBILAZE_DATABASE_URL", raising=False)
    assert paths.database_url(tmp_path) == f"sqlite:///{tmp_path / 'mobilaze.sqlite3'}"
    monkeypatch.setenv("MOBILAZE_DATABASE_URL", "postgresql+psycopg://hq/db")
    assert paths.database_url(tmp_path) == "postgresql+psycopg://hq/db"
    assert paths.database_url(tmp_path, "sqlite:///x.db") == "sqlite:///x.db"


def test_resources_are_found_without_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert paths.resource_path("ui", "main_window.ui").is_file()
    assert (paths.resource_path("courses") / "document-examination" / "module.yaml").is_file()
    with pytest.raises(ValueError):
        paths.resource_path("elsewhere", "x")


def test_settings_round_trip_and_damage(tmp_path: Path) -> None:
    settings = Settings.load(tmp_path)
    assert settings.default_language == "az"
    settings.centre_name = "Bakı Təlim Mərkəzi"
    settings.save(tmp_path)
    assert Settings.load(tmp_path).centre_name == "Bakı Təlim Mərkəzi"
    assert json.loads((tmp_path / "settings.json").read_text(encoding="utf-8"))["centre_name"]
    (tmp_path / "settings.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(InvalidInput, match=r"settings\.json"):
        Settings.load(tmp_path)


def _frozen_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The layout of the PyInstaller one-folder bundle: the executables at the top, Python's
    modules and the shipped resources in `_internal/` (sys._MEIPASS)."""
    bundle = tmp_path / "usb" / "mobilaze-training"
    internal = bundle / "_internal"
    (internal / "ui").mkdir(parents=True)
    (internal / "ui" / "login.ui").write_text("<ui/>", encoding="utf-8")
    (bundle / "mobilaze-training").write_bytes(b"")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(bundle / "mobilaze-training"))
    monkeypatch.setattr(sys, "_MEIPASS", str(internal), raising=False)
    monkeypatch.setattr(sys, "argv", ["/somewhere/else/mobilaze-training"])
    monkeypatch.delenv("MOBILAZE_DATA_DIR", raising=False)
    return bundle


def test_frozen_bundle_finds_resources_inside_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = _frozen_bundle(tmp_path, monkeypatch)
    assert paths.resource_path("ui", "login.ui") == bundle / "_internal" / "ui" / "login.ui"
    assert paths.program_dir() == bundle  # the executable's folder, not argv[0]'s


def test_frozen_bundle_with_portable_marker_keeps_data_in_its_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle = _frozen_bundle(tmp_path, monkeypatch)
    assert not paths.is_portable()
    (bundle / "portable").write_text("", encoding="utf-8")
    assert paths.is_portable()
    data = paths.data_dir()
    assert data == bundle / "data" and data.is_dir()
    assert paths.log_dir(data) == bundle / "data" / "logs"
    assert paths.database_url(data) == f"sqlite:///{bundle / 'data' / 'mobilaze.sqlite3'}"
    # An explicit folder still wins (the self-test and scripts use one).
    assert paths.data_dir(tmp_path / "elsewhere") == tmp_path / "elsewhere"
