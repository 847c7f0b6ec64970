"""Small display helpers shared by the models: dates, percents, localised texts."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal
from functools import cmp_to_key
from typing import Any

from PySide6.QtCore import QCollator, QLocale

from mobilaze_training.courses.localise import pick


def local_date(value: datetime | None) -> str:
    """A UTC datetime as a local calendar date, ISO style (unambiguous in every language)."""
    return value.astimezone().strftime("%Y-%m-%d") if value else ""


def local_datetime(value: datetime | None) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else ""


def percent(value: Decimal | float | None) -> str:
    if value is None:
        return ""
    number = float(value)
    return f"{number:.0f}%" if number == int(number) else f"{number:.1f}%"


def localised(text: Any, lang: str, default: str = "en") -> str:
    """A localised text (str or {lang: text}) in the interface language."""
    if text is None:
        return ""
    if isinstance(text, dict) and not all(isinstance(v, str) for v in text.values()):
        return str(text)
    return pick(text, lang, default)


def collation_ranks(texts: Sequence[str]) -> list[int]:
    """Each text's position in the interface language's alphabetical order.

    Sorting a proxy by these numbers puts "Əliyev" after "Eldar" and before "Fərid" (as
    Azerbaijani readers expect), which plain code-point comparison does not.
    """
    collator = QCollator(QLocale())
    collator.setNumericMode(True)
    keys = [collator.sortKey(t) for t in texts]

    def compare(a: int, b: int) -> int:
        return keys[a].compare(keys[b])

    order = sorted(range(len(texts)), key=cmp_to_key(compare))
    ranks = [0] * len(texts)
    for rank, i in enumerate(order):
        ranks[i] = rank
    return ranks
