"""Fitting text into a width: measuring, wrapping, balancing and shrinking lines.

Pure measurement on ReportLab's font metrics, no drawing. The certificate page
(:mod:`.page`) and its annex pages (:mod:`.annex`) use these helpers so that long names and
titles shrink and wrap to stay inside their area instead of being clipped.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth


def _clean(value: str) -> str:
    """NFC, single spaces: what a user typed, made printable."""
    return " ".join(unicodedata.normalize("NFC", value).split())


@lru_cache(maxsize=8192)
def _unit_width(value: str, font: str) -> float:
    """Width at 1 pt. Cached: wrapping tries many sizes for the same words."""
    width: float = stringWidth(value, font, 1.0)
    return width


def _width(value: str, font: str, size: float, char_space: float = 0.0) -> float:
    return _unit_width(value, font) * size + char_space * max(len(value) - 1, 0)


def _wrap(value: str, font: str, size: float, width: float) -> list[str]:
    """Greedy wrapping at spaces (ReportLab's TrueType widths have no kerning, so a line's
    width is the sum of its words and spaces). A word wider than ``width`` gets a line of its
    own; callers shrink the size until it fits."""
    space = _unit_width(" ", font) * size
    lines: list[str] = []
    current: list[str] = []
    current_width = 0.0
    for word in value.split():
        word_width = _unit_width(word, font) * size
        if current and current_width + space + word_width > width:
            lines.append(" ".join(current))
            current, current_width = [word], word_width
        else:
            current_width += word_width + (space if current else 0.0)
            current.append(word)
    lines.append(" ".join(current))
    return lines


def fit_lines(
    value: str,
    font: str,
    max_size: float,
    min_size: float,
    width: float,
    max_lines: int,
    step: float = 0.5,
    balance: bool = False,
) -> tuple[float, list[str]]:
    """The largest size in [min_size, max_size] at which ``value`` wraps into ``max_lines``.

    When even ``min_size`` needs more lines, the size keeps shrinking until the text fits;
    a single word wider than ``width`` shrinks the whole text, so no line is ever wider than
    ``width``. With ``balance`` the lines are made of similar length (no lone last word).
    """
    size = max_size
    lines = _wrap(value, font, size, width)
    while len(lines) > max_lines and size > 4.0:
        size = max(size - step, 4.0) if size > min_size else size * 0.9
        lines = _wrap(value, font, size, width)
    if balance and len(lines) > 1:
        lines = _rebalance(value, font, size, width, len(lines))
    widest = max(_width(line, font, size) for line in lines)
    if widest > width:
        size *= width / widest
    return size, lines


def _rebalance(value: str, font: str, size: float, width: float, count: int) -> list[str]:
    """The narrowest wrapping of ``value`` that still needs only ``count`` lines."""
    low = max(_width(word, font, size) for word in value.split())
    high = width
    if low >= high:
        return _wrap(value, font, size, width)
    for _ in range(10):
        middle = (low + high) / 2
        if len(_wrap(value, font, size, middle)) <= count:
            high = middle
        else:
            low = middle
    return _wrap(value, font, size, high)


def _balanced_two_lines(value: str, font: str) -> tuple[float, list[str]]:
    """Split at the space that makes the longer line shortest; width at 1 pt."""
    words = value.split(" ")
    best: tuple[float, list[str]] = (_width(value, font, 1.0), [value])
    for k in range(1, len(words)):
        lines = [" ".join(words[:k]), " ".join(words[k:])]
        widest = max(_width(line, font, 1.0) for line in lines)
        if widest < best[0]:
            best = (widest, lines)
    return best


def _balanced(value: str, font: str, size: float, width: float) -> list[str]:
    """One line if it fits, else two lines of similar length, else greedy wrapping."""
    if _width(value, font, size) <= width:
        return [value]
    widest, lines = _balanced_two_lines(value, font)
    if widest * size <= width:
        return lines
    return _wrap(value, font, size, width)


def fit_name(value: str, font: str, max_size: float, width: float) -> tuple[float, list[str]]:
    """One line down to 70 % of ``max_size``, else two (then three) balanced lines."""
    one = _width(value, font, 1.0)
    if one * max_size <= width:
        return max_size, [value]
    if one * max_size * 0.7 <= width or " " not in value:
        return width / one, [value]
    best = fit_lines(value, font, max_size * 0.85, max_size * 0.55, width, 2, balance=True)
    if best[0] >= max_size * 0.55:
        return best
    three = fit_lines(value, font, max_size * 0.7, 4.0, width, 3, balance=True)
    return three if three[0] > best[0] else best
