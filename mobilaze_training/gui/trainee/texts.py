"""Display helpers for the trainee screens: localised content, dates, percents, answers."""

from __future__ import annotations

import html
from datetime import datetime
from decimal import Decimal
from typing import Any

from mobilaze_training.courses.localise import pick


def loc(text: Any, lang: str, default: str = "en") -> str:
    """A module text (str or {lang: text}) in `lang`, with the format's fallback."""
    if text is None:
        return ""
    if isinstance(text, dict):
        return pick({str(k): str(v) for k, v in text.items()}, lang, default)
    return str(text)


def local_date(value: datetime | None) -> str:
    """A UTC datetime as a local date, ISO style (unambiguous in every language)."""
    return value.astimezone().strftime("%Y-%m-%d") if value else ""


def local_time(value: datetime) -> str:
    return value.astimezone().strftime("%H:%M:%S")


def percent(value: Decimal | float | None) -> str:
    if value is None:
        return ""
    number = float(value)
    return f"{number:.0f} %" if number == int(number) else f"{number:.1f} %"


def clock(seconds: float) -> str:
    """Remaining time as H:MM:SS or MM:SS."""
    total = max(0, int(seconds + 0.999))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


def mnemonic_safe(text: str) -> str:
    """Text for a button label: a literal '&' must not become a keyboard mnemonic."""
    return text.replace("&", "&&")


def esc(text: str) -> str:
    return html.escape(text, quote=False)
