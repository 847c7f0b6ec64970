"""The certificate page itself: geometry, colours, the data it prints and how it is drawn.

Holds :class:`CertificateData`, the page size and colours shared with :mod:`.annex`, the
middle band (holder's name, module title, module line) laid out as a block that is scaled
to fit its room, and the fixed parts of the page: frame, header, the issued/validity/serial
fields, signature lines and the code printed as text. The QR code, the order in which the
parts are drawn and the PDF document around them are in :mod:`.pdf`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from mobilaze_training.certificates.fonts import FontSet
from mobilaze_training.certificates.textfit import _clean, _width, fit_lines, fit_name
from mobilaze_training.certificates.texts import format_date, text

if TYPE_CHECKING:
    from mobilaze_training.certificates.annex import OutcomeAnnex

_PAGE_SIZE: tuple[float, float] = landscape(A4)
PAGE_WIDTH, PAGE_HEIGHT = _PAGE_SIZE

NAVY = Color(0.11, 0.20, 0.36)
GOLD = Color(0.69, 0.55, 0.24)
INK = Color(0.12, 0.12, 0.14)
GREY = Color(0.38, 0.40, 0.44)

# Content margins and the fixed bands (points; origin bottom left).
_LEFT = 74.0
_RIGHT = PAGE_WIDTH - 74.0
_QR_COLUMN = 136.0
_QR_SIZE = 104.0
_QR_BOTTOM = 82.0
_FIELDS_TOP = 176.0
_SIGNATURE_LINE = 106.0
_BAND_BOTTOM = 194.0


@dataclass(frozen=True, slots=True)
class CertificateData:
    """Everything printed on one certificate.

    ``module_title`` maps language codes to the title; ``language`` (az, ru or en) is the
    certificate's main language; English is added under it unless it is ``en``. The signatory
    labels default to "Instructor" and "Head of training centre" in the certificate's
    language(s); the optional names are printed under the signature lines. ``annex``, when
    given, lists the learning outcomes achieved, printed on annex pages after the certificate.
    """

    full_name: str
    module_title: Mapping[str, str]
    module_id: str
    module_version: str
    language: str
    issued: date
    expires: date | None
    centre_name: str
    serial: str
    code: str
    instructor_label: str | None = None
    head_label: str | None = None
    instructor_name: str | None = None
    head_name: str | None = None
    annex: OutcomeAnnex | None = None


# --------------------------------------------------------------------------------------------
# Layout of the middle band


@dataclass(slots=True)
class _Line:
    text: str
    font: str
    size: float
    color: Color
    leading: float
    char_space: float = 0.0


@dataclass(slots=True)
class _Gap:
    height: float


@dataclass(slots=True)
class _Rule:
    width: float
    height: float = 14.0


_Item = _Line | _Gap | _Rule


@dataclass(slots=True)
class _Block:
    items: list[_Item] = field(default_factory=list)

    def height(self) -> float:
        total = 0.0
        for item in self.items:
            total += item.leading if isinstance(item, _Line) else item.height
        return total

    def lines(
        self, lines: Iterable[str], font: str, size: float, color: Color, leading: float = 1.22
    ) -> None:
        self.items.extend(_Line(t, font, size, color, size * leading) for t in lines)


def _title_for(titles: Mapping[str, str], language: str) -> tuple[str, str | None]:
    """(title in the certificate language, English title or None when not needed)."""
    cleaned = {lang: _clean(t) for lang, t in titles.items() if t and t.strip()}
    if not cleaned:
        return "", None
    main = cleaned.get(language) or cleaned.get("en") or next(iter(cleaned.values()))
    english = cleaned.get("en")
    if language == "en" or english is None or english == main:
        return main, None
    return main, english


def _middle_block(data: CertificateData, fonts: FontSet, scale: float) -> _Block:
    lang = data.language
    bilingual = lang != "en"
    width = PAGE_WIDTH - 2 * 96.0
    block = _Block()

    block.lines([text("certify", lang)], fonts.serif, 15 * scale, INK)
    if bilingual:
        block.lines([text("certify", "en")], fonts.sans, 9.5 * scale, GREY, 1.3)
    block.items.append(_Gap(6 * scale))

    name = _clean(data.full_name)
    size, name_lines = fit_name(name, fonts.serif_bold, 32 * scale, width)
    block.lines(name_lines, fonts.serif_bold, size, NAVY, 1.18)
    rule_width = min(max(_width(line, fonts.serif_bold, size) for line in name_lines) + 60, width)
    block.items.append(_Rule(max(rule_width, 260.0), 16 * scale))

    block.lines([text("completed", lang)], fonts.serif, 13.5 * scale, INK)
    if bilingual:
        block.lines([text("completed", "en")], fonts.sans, 9.5 * scale, GREY, 1.3)
    block.items.append(_Gap(7 * scale))

    main_title, english_title = _title_for(data.module_title, lang)
    size, lines = fit_lines(
        main_title, fonts.serif_bold, 20 * scale, 13 * scale, width, 3, balance=True
    )
    if size < 13 * scale:  # a very long title: four lines rather than tiny type
        four = fit_lines(main_title, fonts.serif_bold, 13 * scale, 6, width, 4, balance=True)
        size, lines = max((size, lines), four, key=lambda fit: fit[0])
    block.lines(lines, fonts.serif_bold, size, INK, 1.2)
    if english_title is not None:
        # The English title stays visibly smaller than the main one.
        english_size = min(11 * scale, size * 0.78)
        size, lines = fit_lines(english_title, fonts.sans, english_size, 7, width, 3, balance=True)
        block.lines(lines, fonts.sans, size, GREY, 1.25)
    block.items.append(_Gap(4 * scale))

    module = f"{_clean(data.module_id)} · {text('version', lang)} {_clean(data.module_version)}"
    if bilingual:
        module = (
            f"{text('module', lang)} / {text('module', 'en')}: {_clean(data.module_id)} · "
            f"{text('version', lang)} / {text('version', 'en')} {_clean(data.module_version)}"
        )
    else:
        module = f"{text('module', 'en')}: {module}"
    size, lines = fit_lines(module, fonts.sans, 8.5 * scale, 6, width, 2)
    block.lines(lines, fonts.sans, size, GREY, 1.25)
    return block


def _draw_block(canvas: Canvas, block: _Block, top: float, band: float) -> None:
    """Draw the block centred in the band; spare room first widens the gaps a little."""
    centre = PAGE_WIDTH / 2
    spare = max(band - block.height(), 0.0)
    gaps = [i for i in block.items if isinstance(i, (_Gap, _Rule))]
    extra = min(spare * 0.5 / len(gaps), 12.0) if gaps else 0.0
    y = top - (spare - extra * len(gaps)) / 2
    for item in block.items:
        if isinstance(item, _Line):
            canvas.setFont(item.font, item.size)
            canvas.setFillColor(item.color)
            baseline = y - item.leading + (item.leading - item.size) / 2 + item.size * 0.22
            canvas.drawCentredString(centre, baseline, item.text, charSpace=item.char_space)
            y -= item.leading
        elif isinstance(item, _Rule):
            mid = y - (item.height + extra) / 2
            _ornament_line(canvas, centre, mid, item.width / 2, 0.6)
            y -= item.height + extra
        else:
            y -= item.height + extra


# --------------------------------------------------------------------------------------------
# Fixed parts of the page


def _diamond(canvas: Canvas, x: float, y: float, r: float) -> None:
    path = canvas.beginPath()
    path.moveTo(x, y + r)
    path.lineTo(x + r, y)
    path.lineTo(x, y - r)
    path.lineTo(x - r, y)
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)


def _ornament_line(canvas: Canvas, x: float, y: float, half: float, width: float) -> None:
    canvas.setStrokeColor(GOLD)
    canvas.setFillColor(GOLD)
    canvas.setLineWidth(width)
    canvas.line(x - half, y, x - 7, y)
    canvas.line(x + 7, y, x + half, y)
    _diamond(canvas, x, y, 3.2)


def _frame(canvas: Canvas) -> None:
    w, h = PAGE_WIDTH, PAGE_HEIGHT
    canvas.setStrokeColor(NAVY)
    canvas.setLineWidth(2.6)
    canvas.rect(20, 20, w - 40, h - 40, stroke=1, fill=0)
    canvas.setLineWidth(0.6)
    canvas.rect(25.5, 25.5, w - 51, h - 51, stroke=1, fill=0)
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(1.0)
    inset = 33.0
    canvas.rect(inset, inset, w - 2 * inset, h - 2 * inset, stroke=1, fill=0)
    # Corner brackets and diamonds.
    canvas.setLineWidth(0.7)
    canvas.setFillColor(GOLD)
    arm, gap = 30.0, 5.0
    for cx, dx in ((inset, 1), (w - inset, -1)):
        for cy, dy in ((inset, 1), (h - inset, -1)):
            x0, y0 = cx + dx * gap, cy + dy * gap
            canvas.line(x0, y0, x0 + dx * arm, y0)
            canvas.line(x0, y0, x0, y0 + dy * arm)
            canvas.line(x0 + dx * 4, y0 + dy * 4, x0 + dx * (arm - 9), y0 + dy * 4)
            canvas.line(x0 + dx * 4, y0 + dy * 4, x0 + dx * 4, y0 + dy * (arm - 9))
            _diamond(canvas, cx, cy, 4.2)


def _header(canvas: Canvas, data: CertificateData, fonts: FontSet) -> float:
    """Centre name, title and ornament; returns the top of the middle band."""
    centre = PAGE_WIDTH / 2
    bilingual = data.language != "en"
    centre_name = _clean(data.centre_name)
    canvas.setFillColor(NAVY)
    if centre_name:
        size, lines = fit_lines(centre_name, fonts.serif_bold, 11.5, 8, 600, 2)
        baseline = PAGE_HEIGHT - 70 + (size * 0.9 if len(lines) > 1 else 0)
        canvas.setFont(fonts.serif_bold, size)
        for line in lines:
            canvas.drawCentredString(centre, baseline, line, charSpace=0.6)
            baseline -= size * 1.2
    title = text("title", data.language)
    size = min(40.0, 600 / (_width(title, fonts.serif_bold, 1.0) + 0.2 * len(title)))
    canvas.setFont(fonts.serif_bold, size)
    canvas.drawCentredString(centre, PAGE_HEIGHT - 124, title, charSpace=size * 0.16)
    y = PAGE_HEIGHT - 124
    if bilingual:
        canvas.setFillColor(GREY)
        canvas.setFont(fonts.sans, 11.5)
        canvas.drawCentredString(centre, y - 21, text("title", "en"), charSpace=5)
        y -= 21
    _ornament_line(canvas, centre, y - 15, 130, 0.9)
    return y - 26


def _labels(key: str, language: str, override: str | None = None) -> list[str]:
    if override:
        return [_clean(override)]
    if language == "en":
        return [text(key, "en")]
    return [text(key, language), text(key, "en")]


def _field(
    canvas: Canvas, fonts: FontSet, x: float, width: float, labels: list[str], value: str
) -> None:
    """A label (one or two lines) over a bold value, centred on x."""
    y = _FIELDS_TOP - 6
    for k, label in enumerate(labels):
        font_size = 7.8 if k == 0 else 7.0
        size, _ = fit_lines(label, fonts.sans, font_size, 5, width, 1)
        canvas.setFont(fonts.sans, size)
        canvas.setFillColor(GREY if k else INK)
        canvas.drawCentredString(x, y, label)
        y -= 9.5
    size, _ = fit_lines(value, fonts.serif_bold, 11.5, 6, width, 1)
    canvas.setFont(fonts.serif_bold, size)
    canvas.setFillColor(NAVY)
    canvas.drawCentredString(x, _FIELDS_TOP - 35, value)


def _fields(canvas: Canvas, data: CertificateData, fonts: FontSet) -> None:
    lang = data.language
    area = _RIGHT - _QR_COLUMN - 16 - _LEFT
    column = area / 3
    issued = format_date(data.issued, lang)
    if data.expires is not None:
        validity_labels = _labels("valid_until", lang)
        validity = format_date(data.expires, lang)
    else:
        validity_labels = _labels("validity", lang)
        validity = (
            text("no_expiry", "en")
            if lang == "en"
            else f"{text('no_expiry', lang)} / {text('no_expiry', 'en')}"
        )
    entries = (
        (_labels("issued", lang), issued),
        (validity_labels, validity),
        (_labels("serial", lang), _clean(data.serial)),
    )
    for k, (labels, value) in enumerate(entries):
        x = _LEFT + column * (k + 0.5)
        _field(canvas, fonts, x, column - 12, labels, value)
        if k:
            canvas.setStrokeColor(GOLD)
            canvas.setLineWidth(0.5)
            x = _LEFT + column * k
            canvas.line(x, _FIELDS_TOP - 40, x, _FIELDS_TOP + 2)


def _signatures(canvas: Canvas, data: CertificateData, fonts: FontSet) -> None:
    lang = data.language
    area = _RIGHT - _QR_COLUMN - 16 - _LEFT
    half = area / 2
    line_width = min(210.0, half - 30)
    signatories = (
        (data.instructor_name, _labels("instructor", lang, data.instructor_label)),
        (data.head_name, _labels("head", lang, data.head_label)),
    )
    for k, (name, labels) in enumerate(signatories):
        x = _LEFT + half * (k + 0.5)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(0.6)
        canvas.line(x - line_width / 2, _SIGNATURE_LINE, x + line_width / 2, _SIGNATURE_LINE)
        y = _SIGNATURE_LINE - 11
        if name and _clean(name):
            size, _ = fit_lines(_clean(name), fonts.serif_bold, 8.5, 5, half - 12, 1)
            canvas.setFont(fonts.serif_bold, size)
            canvas.setFillColor(INK)
            canvas.drawCentredString(x, y, _clean(name))
            y -= 10
        for j, label in enumerate(labels):
            size, _ = fit_lines(label, fonts.sans, 8.0 if j == 0 else 7.0, 5, half - 12, 1)
            canvas.setFont(fonts.sans, size)
            canvas.setFillColor(GREY if j else INK)
            canvas.drawCentredString(x, y, label)
            y -= 9


def _code_text(canvas: Canvas, data: CertificateData, fonts: FontSet) -> None:
    """The code in small monospaced type, for typing it in when no scanner is at hand."""
    lang = data.language
    label = " / ".join(_labels("code", lang)) + ":"
    width = _RIGHT - _QR_COLUMN - 16 - _LEFT
    canvas.setFillColor(GREY)
    canvas.setFont(fonts.sans, 6.2)
    canvas.drawString(_LEFT, 62, label)
    code = "".join(data.code.split())
    size = 5.4
    per_line = max(int(width / stringWidth("0", fonts.mono, size)), 1)
    rows = [code[i : i + per_line] for i in range(0, len(code), per_line)] or [""]
    if len(rows) > 3:  # only for extremely long names: shrink to three rows
        per_line = -(-len(code) // 3)
        size = width / (per_line * stringWidth("0", fonts.mono, 1.0))
        rows = [code[i : i + per_line] for i in range(0, len(code), per_line)]
    canvas.setFont(fonts.mono, size)
    y = 54.0
    for row in rows:
        canvas.drawString(_LEFT, y, row)
        y -= size * 1.3
