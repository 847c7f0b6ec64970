"""`make run` stops with a clear message when Qt's xcb plugin would not load."""

from __future__ import annotations

import ctypes.util
import sys
from pathlib import Path

import pytest

from mobilaze_training import syscheck


def test_offscreen_needs_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert syscheck.check() is None


def test_missing_library_is_named_with_the_apt_command(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setattr(syscheck, "missing_libraries", lambda: [("xcb-cursor", "libxcb-cursor0")])
    message = syscheck.check()
    assert message is not None
    assert "libxcb-cursor" in message
    assert "sudo apt-get install libxcb-cursor0" in message


def test_no_display_is_explained(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    message = syscheck.check()
    assert message is not None and "DISPLAY" in message


def test_every_library_maps_to_a_package() -> None:
    assert all(pkg.startswith("lib") for pkg in syscheck.XCB_LIBRARIES.values())
    assert "xcb-cursor" in syscheck.XCB_LIBRARIES


def test_libraries_shipped_in_the_bundle_count_as_present(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(syscheck, "_loadable", lambda lib: False)  # a bare system
    (tmp_path / "libxcb-cursor.so.0").write_bytes(b"")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)  # inside the bundle
    missing = dict(syscheck.missing_libraries())
    assert "xcb-cursor" not in missing
    assert missing["GL"] == "libgl1"  # not shipped: still asked of the system


def test_the_quick_lookup_agrees_with_the_general_one() -> None:
    """Loading each library by its Debian soname finds exactly what ctypes.util finds."""
    for lib in syscheck.XCB_LIBRARIES:
        assert lib in syscheck.SONAMES
        assert syscheck._loadable(lib) == (ctypes.util.find_library(lib) is not None), lib
