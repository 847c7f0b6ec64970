"""The fonts printed certificates use: shipped DejaVu TrueType files, embedded as subsets.

:func:`register_fonts` reads each file once per process and registers it with ReportLab under a
program-specific name; every later call returns the same :class:`FontSet` without touching the
disk, so rendering many certificates never re-parses a font.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from mobilaze_training.paths import resource_path

FONT_FILES: dict[str, str] = {
    "MT-DejaVuSans": "DejaVuSans.ttf",
    "MT-DejaVuSans-Bold": "DejaVuSans-Bold.ttf",
    "MT-DejaVuSerif": "DejaVuSerif.ttf",
    "MT-DejaVuSerif-Bold": "DejaVuSerif-Bold.ttf",
    "MT-DejaVuSansMono": "DejaVuSansMono.ttf",
}


@dataclass(frozen=True, slots=True)
class FontSet:
    """ReportLab names of the registered fonts."""

    sans: str = "MT-DejaVuSans"
    sans_bold: str = "MT-DejaVuSans-Bold"
    serif: str = "MT-DejaVuSerif"
    serif_bold: str = "MT-DejaVuSerif-Bold"
    mono: str = "MT-DejaVuSansMono"

    def all(self) -> tuple[str, ...]:
        return (self.sans, self.sans_bold, self.serif, self.serif_bold, self.mono)


FONTS = FontSet()
_lock = threading.Lock()
_registered = False


def font_path(file_name: str) -> Path:
    """Path of a shipped font file, e.g. ``font_path("DejaVuSans.ttf")``."""
    return resource_path("resources", "fonts", file_name)


def register_fonts() -> FontSet:
    """Register the certificate fonts with ReportLab (once per process) and return their names.

    Raises FileNotFoundError naming the missing file when the program was installed without its
    fonts.
    """
    global _registered
    if _registered:
        return FONTS
    with _lock:
        if _registered:
            return FONTS
        known = set(pdfmetrics.getRegisteredFontNames())
        for name, file_name in FONT_FILES.items():
            if name in known:
                continue
            path = font_path(file_name)
            if not path.is_file():
                raise FileNotFoundError(f"certificate font {file_name} is missing: {path}")
            # Subset embedding is ReportLab's default for TrueType fonts; no shaping is needed
            # for Azerbaijani, Russian or English.
            pdfmetrics.registerFont(TTFont(name, str(path), shapable=False))
        _registered = True
    return FONTS
