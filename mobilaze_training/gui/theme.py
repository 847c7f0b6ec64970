"""Look of the application: the light or high-contrast style sheet and the font scale.

The style sheets live in ui/style.qss and ui/style-high-contrast.qss. Font sizes in them are
written as tokens (``@base@``, ``@small@``, ``@large@``, ``@title@``, ``@huge@``) that are
replaced by point sizes computed from ``settings.font_scale_percent``, so text scales as a
whole; ``@icons@`` is replaced by the folder of the shipped icons. Call :func:`apply_theme`
at start and whenever those settings change.
"""

from __future__ import annotations

import logging
from functools import cache
from typing import Protocol

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from mobilaze_training.paths import resource_path


class Look(Protocol):
    """What the theme reads of the settings (the settings model, or a lighter copy at start)."""

    @property
    def high_contrast(self) -> bool: ...

    @property
    def font_scale_percent(self) -> int: ...


log = logging.getLogger(__name__)

#: Body text size in points at 100 %: larger than most desktop defaults, for old laptops.
BASE_POINTS = 10.5
_SIZES = {"small": 0.9, "base": 1.0, "large": 1.15, "title": 1.35, "huge": 1.9}
_FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")


@cache
def _read(name: str) -> str:
    return resource_path("ui", name).read_text(encoding="utf-8")


@cache
def _register_fonts() -> None:
    """Make the shipped fonts available as a fallback for Azerbaijani and Cyrillic letters."""
    for name in _FONT_FILES:
        path = resource_path("resources", "fonts", name)
        if path.is_file() and QFontDatabase.addApplicationFont(str(path)) < 0:
            log.warning("font %s could not be loaded", path)


def style_sheet(settings: Look) -> str:
    """The style sheet text for these settings, with the size tokens replaced."""
    text = _read("style-high-contrast.qss" if settings.high_contrast else "style.qss")
    base = BASE_POINTS * settings.font_scale_percent / 100
    for token, factor in _SIZES.items():
        text = text.replace(f"@{token}@", f"{base * factor:.1f}pt")
    return text.replace("@icons@", resource_path("resources", "icons").as_posix())


def _high_contrast_palette() -> QPalette:
    palette = QPalette()
    black, white, yellow = QColor("#000000"), QColor("#ffffff"), QColor("#ffff00")
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        palette.setColor(role, black)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.ToolTipText,
    ):
        palette.setColor(role, white)
    palette.setColor(QPalette.ColorRole.ToolTipBase, black)
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#1a1a1a"))
    palette.setColor(QPalette.ColorRole.Highlight, yellow)
    palette.setColor(QPalette.ColorRole.HighlightedText, black)
    palette.setColor(QPalette.ColorRole.Link, QColor("#00ffff"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#c0c0c0"))
    return palette


def apply_theme(app: QApplication, settings: Look) -> None:
    """Apply the style, palette, style sheet and font size chosen in `settings`."""
    _register_fonts()
    if app.property("mobilazeThemed") is None:
        # Fusion is already the default on Linux: a second instance would cost ~7 ms of start
        if app.style().name().lower() != "fusion":
            fusion = QStyleFactory.create("Fusion")
            if fusion is not None:
                app.setStyle(fusion)
        app.setProperty("mobilazeThemed", True)
    style = app.style()
    app.setPalette(_high_contrast_palette() if settings.high_contrast else style.standardPalette())
    font = QFont(app.font())
    font.setPointSizeF(BASE_POINTS * settings.font_scale_percent / 100)
    app.setFont(font)
    sheet = style_sheet(settings)
    if app.styleSheet() != sheet:  # setting the same sheet again would re-polish every widget
        app.setStyleSheet(sheet)
