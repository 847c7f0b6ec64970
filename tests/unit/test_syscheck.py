"""`make run` stops with a clear message when Qt's xcb plugin would not load."""

from __future__ import annotations

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
