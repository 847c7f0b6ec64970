"""The certificate's annex: the learning outcomes the holder had achieved at issue time.

When a module states learning outcomes, the certificate gets one or more annex pages after the
certificate page: a header naming the holder, the serial number, the module and the date of
issue, then a table of the outcomes achieved (text in the certificate language with English
under it on a bilingual certificate, qualification level, a fundamental-rights mark, share of
the points achieved), then the rule an outcome is achieved by and how many were not (yet)
achieved. Long texts wrap; a long list continues on further pages, each with the header and
the table's column headings repeated.

The contents are frozen when the certificate is issued (:meth:`OutcomeAnnex.to_record` is
stored with the certificate), so printing the certificate again later gives the same annex.
The annex is not part of the signed code; its footer says so.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from reportlab.lib.colors import Color
from reportlab.pdfgen.canvas import Canvas

from mobilaze_training.certificates.fonts import FontSet
from mobilaze_training.certificates.page import (
    GREY,
    INK,
    NAVY,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    CertificateData,
    _frame,
    _ornament_line,
    _title_for,
)
from mobilaze_training.certificates.textfit import _clean, _width, fit_lines
from mobilaze_training.certificates.texts import format_date, text

RECORD_VERSION = 1

# Content area (points, origin bottom left): clear of the frame's corner ornaments.
_X0 = 74.0
_X1 = PAGE_WIDTH - 74.0
_TOP = PAGE_HEIGHT - 54.0
_BOTTOM = 82.0  # the footer lies below
_FOOTER_BASELINE = 58.0

# Table columns: the outcome text takes what the three narrow columns leave.
_LEVEL_WIDTH = 64.0
_RIGHTS_WIDTH = 92.0
_SHARE_WIDTH = 80.0
_PAD = 6.0  # inside each cell, left and right
_ROW_PAD = 5.0  # above and below a row's text

HEADING_BAND = Color(0.92, 0.94, 0.97)
RULE_GREY = Color(0.72, 0.74, 0.78)
RIGHTS_MARK = "✔"


# --------------------------------------------------------------------------------------------
# What the annex lists


@dataclass(frozen=True, slots=True)
class AnnexOutcome:
    """One learning outcome achieved: its text by language, level and share of points."""

    id: str
    text: Mapping[str, str]
    level: int
    fundamental_rights: bool
    points: float
    max_points: float

    @property
    def percent(self) -> int:
        """The share achieved in whole percent, rounded down (never overstated)."""
        if self.max_points <= 0:
            return 0
        return math.floor(self.points / self.max_points * 100 + 1e-9)


@dataclass(frozen=True, slots=True)
class OutcomeAnnex:
    """The outcomes achieved at issue time, out of ``total`` stated by the module."""

    achieved: tuple[AnnexOutcome, ...]
    total: int
    threshold: float  # share of the points from which an outcome counts as achieved

    @property
    def not_achieved(self) -> int:
        return max(self.total - len(self.achieved), 0)

    @property
    def threshold_percent(self) -> int:
        return round(self.threshold * 100)

    def to_record(self) -> dict[str, Any]:
        """The annex as JSON, as stored with the certificate."""
        return {
            "v": RECORD_VERSION,
            "threshold": self.threshold,
            "total": self.total,
            "achieved": [
                {
                    "id": o.id,
                    "text": dict(o.text),
                    "level": o.level,
                    "fundamental_rights": o.fundamental_rights,
                    "points": o.points,
                    "max_points": o.max_points,
                }
                for o in self.achieved
            ],
        }

    @classmethod
    def from_record(cls, record: Any) -> OutcomeAnnex:
        """Read a stored annex back; raises ValueError naming the first field that is wrong."""
        if not isinstance(record, Mapping):
            raise ValueError("expected a JSON object")
        if record.get("v") != RECORD_VERSION:
            raise ValueError(f"v: unknown version {record.get('v')!r}")
        threshold = _number(record, "threshold")
        total = record.get("total")
        if not isinstance(total, int) or isinstance(total, bool) or total < 0:
            raise ValueError("total: expected a whole number of outcomes")
        items = record.get("achieved")
        if not isinstance(items, list):
            raise ValueError("achieved: expected a list")
        achieved = []
        for n, item in enumerate(items):
            where = f"achieved[{n}]"
            if not isinstance(item, Mapping):
                raise ValueError(f"{where}: expected an object")
            texts = item.get("text")
            if (
                not isinstance(texts, Mapping)
                or not texts
                or not all(isinstance(k, str) and isinstance(v, str) for k, v in texts.items())
            ):
                raise ValueError(f"{where}.text: expected texts by language")
            level = item.get("level")
            if not isinstance(level, int) or isinstance(level, bool):
                raise ValueError(f"{where}.level: expected a whole number")
            outcome_id = item.get("id")
            if not isinstance(outcome_id, str):
                raise ValueError(f"{where}.id: expected text")
            achieved.append(
                AnnexOutcome(
                    id=outcome_id,
                    text=dict(texts),
                    level=level,
                    fundamental_rights=item.get("fundamental_rights") is True,
                    points=_number(item, "points", where),
                    max_points=_number(item, "max_points", where),
                )
            )
        if len(achieved) > total:
            raise ValueError("total: fewer outcomes than achieved")
        return cls(tuple(achieved), total, threshold)


def _number(data: Mapping[str, Any], key: str, where: str = "") -> float:
    value = data.get(key)
    if not isinstance(value, (int, float)) or isinstance(value, bool) or not math.isfinite(value):
        raise ValueError(f"{where + '.' if where else ''}{key}: expected a number")
    return float(value)


# --------------------------------------------------------------------------------------------
# Layout: pieces of the page measured first, placed on pages, then drawn

Align = Literal["left", "centre", "right"]


@dataclass(frozen=True, slots=True)
class _Text:
    x: float
    y: float  # baseline
    text: str
    font: str
    size: float
    color: Color
    align: Align = "left"


@dataclass(frozen=True, slots=True)
class _Stroke:
    x0: float
    y0: float
    x1: float
    y1: float
    width: float
    color: Color


@dataclass(frozen=True, slots=True)
class _Band:
    x: float
    y: float
    width: float
    height: float
    color: Color


@dataclass(frozen=True, slots=True)
class _Ornament:
    x: float
    y: float
    half: float


_Op = _Text | _Stroke | _Band | _Ornament


@dataclass(slots=True)
class _Piece:
    """Drawing operations below a top edge at y = 0 (y grows upwards, so they are negative)."""

    height: float = 0.0
    ops: list[_Op] = field(default_factory=list)


def _paragraph(
    ops: list[_Op],
    x: float,
    top: float,
    width: float,
    value: str,
    font: str,
    size: float,
    color: Color,
    align: Align = "left",
    leading: float = 1.25,
) -> float:
    """Wrap ``value`` into ``width`` below ``top``; returns the bottom of the last line.

    Each line takes ``size * leading``; its glyphs (accented capitals up, descenders down)
    stay inside that slot, so consecutive paragraphs never touch.
    """
    size, lines = fit_lines(
        _split_long_words(value, font, size, width), font, size, size, width, 10_000
    )
    step = size * leading
    anchor = {"left": x, "centre": x + width / 2, "right": x + width}[align]
    y = top
    for line in lines:
        ops.append(_Text(anchor, y - size * 0.97, line, font, size, color, align))
        y -= step
    return y


def _split_long_words(value: str, font: str, size: float, width: float) -> str:
    """``value`` with any word wider than ``width`` cut into pieces that fit (a table cell
    rather breaks a word than shrinks the type)."""
    words = []
    for word in value.split():
        while _width(word, font, size) > width and len(word) > 1:
            cut = len(word) - 1
            while cut > 1 and _width(word[:cut], font, size) > width:
                cut -= 1
            words.append(word[:cut])
            word = word[cut:]
        words.append(word)
    return " ".join(words)


def _pair(lang: str, key: str) -> list[str]:
    """A fixed text in the certificate language, then English when the certificate is
    bilingual."""
    return [text(key, "en")] if lang == "en" else [text(key, lang), text(key, "en")]


def _joined(lang: str, key: str) -> str:
    return " / ".join(_pair(lang, key))


def _module_line(data: CertificateData, lang: str) -> str:
    version = _joined(lang, "version")
    return f"{_clean(data.module_id)} · {version} {_clean(data.module_version)}"


def _header(data: CertificateData, fonts: FontSet, first: bool, table: bool) -> _Piece:
    """Title, who and what the annex is about (compact on later pages), column headings."""
    lang = data.language
    width = _X1 - _X0
    ops: list[_Op] = []
    y = _paragraph(
        ops, _X0, 0.0, width, text("annex_title", lang), fonts.serif_bold, 17, NAVY, "centre"
    )
    if lang != "en":
        y = _paragraph(
            ops, _X0, y - 1, width, text("annex_title", "en"), fonts.sans, 10, GREY, "centre"
        )
    ops.append(_Ornament(PAGE_WIDTH / 2, y - 7, 110))
    y -= 16
    if first:
        y = _identity(ops, data, fonts, y)
    else:
        # Later pages: who and which certificate, briefly (the module by its id).
        module = f"{_clean(data.module_id)} {_clean(data.module_version)}"
        summary = " · ".join(
            part for part in (_clean(data.full_name), _clean(data.serial), module) if part.strip()
        )
        y = _paragraph(ops, _X0, y, width, summary, fonts.sans, 8.5, GREY, "centre")
    y -= 10
    if table:
        y = _column_headings(ops, lang, fonts, y)
    return _Piece(-y, ops)


def _identity(ops: list[_Op], data: CertificateData, fonts: FontSet, top: float) -> float:
    """Label and value rows: holder, module, serial number, date of issue."""
    lang = data.language
    labels = {key: _joined(lang, key) for key in ("holder", "module", "serial", "issued")}
    label_width = min(max(_width(label, fonts.sans, 7.6) for label in labels.values()) + 2, 230.0)
    value_x = _X0 + label_width + 12
    value_width = _X1 - value_x
    main_title, english_title = _title_for(data.module_title, lang)
    values: dict[str, list[tuple[str, str, float, Color]]] = {
        "holder": [(_clean(data.full_name), fonts.serif_bold, 11.5, NAVY)],
        "module": [(main_title, fonts.serif_bold, 10.0, INK)]
        + ([(english_title, fonts.sans, 8.3, GREY)] if english_title else [])
        + [(_module_line(data, lang), fonts.sans, 7.8, GREY)],
        "serial": [(_clean(data.serial), fonts.serif_bold, 10.0, NAVY)],
        "issued": [(format_date(data.issued, lang), fonts.serif, 10.0, INK)],
    }
    y = top
    for key, label in labels.items():
        # The label sits on the first value line's baseline.
        first_size = values[key][0][2]
        label_bottom = _paragraph(
            ops, _X0, y - (first_size - 7.6) * 0.97, label_width, label, fonts.sans, 7.6, GREY
        )
        bottom = y
        for value, font, size, color in values[key]:
            if value:
                bottom = _paragraph(ops, value_x, bottom, value_width, value, font, size, color)
        y = min(bottom, label_bottom) - 3
    return y


def _columns() -> list[tuple[float, float]]:
    """(left edge, width) of the outcome, level, fundamental-rights and share columns."""
    narrow = (_LEVEL_WIDTH, _RIGHTS_WIDTH, _SHARE_WIDTH)
    edges = [(_X0, _X1 - _X0 - sum(narrow))]
    x = _X0 + edges[0][1]
    for w in narrow:
        edges.append((x, w))
        x += w
    return edges


def _column_headings(ops: list[_Op], lang: str, fonts: FontSet, top: float) -> float:
    columns = _columns()
    inner: list[_Op] = []
    bottom = top - 4
    for k, (key, (x, w)) in enumerate(
        zip(("outcome", "level", "fundamental_rights", "share"), columns, strict=True)
    ):
        align: Align = "left" if k == 0 else "centre"
        y = top - 4
        for j, label in enumerate(_pair(lang, key)):
            font, size, color = (fonts.sans_bold, 7.8, INK) if j == 0 else (fonts.sans, 7.0, GREY)
            y = _paragraph(inner, x + _PAD, y, w - 2 * _PAD, label, font, size, color, align)
        bottom = min(bottom, y)
    bottom -= 3
    ops.append(_Band(_X0, bottom, _X1 - _X0, top - bottom, HEADING_BAND))
    ops.extend(inner)
    ops.append(_Stroke(_X0, top, _X1, top, 0.9, NAVY))
    ops.append(_Stroke(_X0, bottom, _X1, bottom, 0.6, NAVY))
    return bottom


def _row(outcome: AnnexOutcome, lang: str, fonts: FontSet, scale: float = 1.0) -> _Piece:
    """One outcome: its text(s), level, fundamental-rights mark and share; a rule under it."""
    outcome_col, level_col, rights_col, share_col = _columns()
    ops: list[_Op] = []
    main_text, english = _title_for(outcome.text, lang)
    top = -_ROW_PAD
    main_size = 9.5 * scale
    y = _paragraph(
        ops,
        outcome_col[0] + _PAD,
        top,
        outcome_col[1] - 2 * _PAD,
        main_text or outcome.id,
        fonts.sans,
        main_size,
        INK,
    )
    if english:
        y = _paragraph(
            ops,
            outcome_col[0] + _PAD,
            y - 1,
            outcome_col[1] - 2 * _PAD,
            english,
            fonts.sans,
            8.0 * scale,
            GREY,
        )
    # The narrow columns sit on the first line of the outcome's text.
    cells: list[tuple[tuple[float, float], str, Color]] = [
        (level_col, str(outcome.level), INK),
        (share_col, f"{outcome.percent}%", NAVY),
    ]
    if outcome.fundamental_rights:
        cells.insert(1, (rights_col, RIGHTS_MARK, NAVY))
    for (x, w), value, color in cells:
        size = 10.0 * scale
        _paragraph(
            ops,
            x + _PAD,
            top - (main_size - size) * 0.97,
            w - 2 * _PAD,
            value,
            fonts.sans_bold,
            size,
            color,
            "centre",
        )
    bottom = y - _ROW_PAD
    ops.append(_Stroke(_X0, bottom, _X1, bottom, 0.4, RULE_GREY))
    return _Piece(-bottom, ops)


def _notes(annex: OutcomeAnnex, lang: str, fonts: FontSet) -> _Piece:
    """The rule, what was not (yet) achieved, and what the columns mean."""
    width = _X1 - _X0
    ops: list[_Op] = []
    paragraphs: list[tuple[str, bool]] = []
    if not annex.achieved:
        paragraphs.append(("annex_none", True))
    paragraphs.append(("annex_rule", False))
    if annex.not_achieved:
        paragraphs.append(("annex_not_achieved", True))
    if annex.achieved:
        paragraphs.append(("annex_legend", False))
    values = {
        "percent": annex.threshold_percent,
        "count": annex.not_achieved,
        "total": annex.total,
    }
    y = -10.0
    for key, strong in paragraphs:
        for j, phrase in enumerate(_pair(lang, key)):
            font = fonts.sans_bold if strong and j == 0 else fonts.sans
            size, color = (8.2, INK) if j == 0 else (7.4, GREY)
            y = _paragraph(ops, _X0, y, width, phrase.format(**values), font, size, color)
        y -= 3
    return _Piece(-y, ops)


def _footer(lang: str, fonts: FontSet, page: int, pages: int) -> list[_Op]:
    """Every page: the annex is not signed (left) and the annex page number (right)."""
    ops: list[_Op] = []
    numbers = [t.format(page=page, pages=pages) for t in _pair(lang, "annex_page")]
    number_width = max(_width(n, fonts.sans, 7.0) for n in numbers) + 4
    left_width = _X1 - _X0 - number_width - 16
    y = _FOOTER_BASELINE + 6.5 * 0.97
    for j, phrase in enumerate(_pair(lang, "annex_unsigned")):
        y = _paragraph(ops, _X0, y, left_width, phrase, fonts.sans, 6.5, INK if j == 0 else GREY)
    y = _FOOTER_BASELINE + 7.0 * 0.97
    for j, number in enumerate(numbers):
        y = _paragraph(
            ops,
            _X1 - number_width,
            y,
            number_width,
            number,
            fonts.sans,
            7.0,
            INK if j == 0 else GREY,
            "right",
        )
    return ops


# --------------------------------------------------------------------------------------------
# Pages


@dataclass(slots=True)
class _Page:
    header: _Piece
    pieces: list[_Piece] = field(default_factory=list)


def _fitting_row(outcome: AnnexOutcome, lang: str, fonts: FontSet, room: float) -> _Piece:
    """The row at full size, or smaller when it would not fit on a page of its own."""
    scale = 1.0
    piece = _row(outcome, lang, fonts, scale)
    while piece.height > room and scale > 0.3:
        scale *= 0.9
        piece = _row(outcome, lang, fonts, scale)
    return piece


def paginate(data: CertificateData, annex: OutcomeAnnex, fonts: FontSet) -> list[_Page]:
    """The annex pages: rows placed while they fit, the notes after the last row."""
    lang = data.language
    table = bool(annex.achieved)
    room = _TOP - _BOTTOM
    first = _header(data, fonts, first=True, table=table)
    later = _header(data, fonts, first=False, table=table)
    pages = [_Page(first)]
    used = first.height
    for outcome in annex.achieved:
        piece = _row(outcome, lang, fonts)
        if used + piece.height > room and pages[-1].pieces:
            pages.append(_Page(later))
            used = later.height
        if used + piece.height > room:  # taller than a whole page: smaller type
            piece = _fitting_row(outcome, lang, fonts, room - used)
        pages[-1].pieces.append(piece)
        used += piece.height
    notes = _notes(annex, lang, fonts)
    if used + notes.height > room:
        pages.append(_Page(_header(data, fonts, first=False, table=False)))
    pages[-1].pieces.append(notes)
    return pages


def _draw_ops(canvas: Canvas, ops: Sequence[_Op], dy: float) -> None:
    for op in ops:
        if isinstance(op, _Text):
            canvas.setFont(op.font, op.size)
            canvas.setFillColor(op.color)
            if op.align == "centre":
                canvas.drawCentredString(op.x, op.y + dy, op.text)
            elif op.align == "right":
                canvas.drawRightString(op.x, op.y + dy, op.text)
            else:
                canvas.drawString(op.x, op.y + dy, op.text)
        elif isinstance(op, _Stroke):
            canvas.setStrokeColor(op.color)
            canvas.setLineWidth(op.width)
            canvas.line(op.x0, op.y0 + dy, op.x1, op.y1 + dy)
        elif isinstance(op, _Band):
            canvas.setFillColor(op.color)
            canvas.rect(op.x, op.y + dy, op.width, op.height, stroke=0, fill=1)
        else:
            _ornament_line(canvas, op.x, op.y + dy, op.half, 0.8)


def draw_annex(canvas: Canvas, data: CertificateData, annex: OutcomeAnnex, fonts: FontSet) -> int:
    """Draw the annex pages, each ended with ``showPage``; returns how many were drawn."""
    pages = paginate(data, annex, fonts)
    for number, page in enumerate(pages, start=1):
        _frame(canvas)
        y = _TOP
        _draw_ops(canvas, page.header.ops, y)
        y -= page.header.height
        for piece in page.pieces:
            _draw_ops(canvas, piece.ops, y)
            y -= piece.height
        _draw_ops(canvas, _footer(data.language, fonts, number, len(pages)), 0.0)
        canvas.showPage()
    return len(pages)
