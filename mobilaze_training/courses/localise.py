"""Localisation fallback: requested language, module default, English, then any."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

Text = str | Mapping[str, str]


def pick(text: Text | None, lang: str, default: str = "en") -> str:
    """The text in `lang`, falling back as the module format prescribes."""
    if text is None:
        return ""
    if isinstance(text, str):
        return text
    for code in (lang, default, "en"):
        if text.get(code):
            return text[code]
    return next(iter(text.values()), "")


def pick_lang(available: Sequence[str], lang: str, default: str = "en") -> str | None:
    """Which of the available languages the fallback chooses, or None when there is none."""
    for code in (lang, default, "en"):
        if code in available:
            return code
    return available[0] if available else None
