"""The cohort results report: a table of trainees by modules and a pass-rate chart."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from mobilaze_training.certificates.fonts import register_fonts
from mobilaze_training.fileio import write_atomic

TEXTS: dict[str, dict[str, str]] = {
    "title": {"az": "Qrupun nəticələri", "ru": "Результаты группы", "en": "Cohort results"},
    "trainee": {"az": "Dinləyici", "ru": "Слушатель", "en": "Trainee"},
    "rate": {"az": "Keçmə faizi", "ru": "Доля сдавших", "en": "Pass rate"},
    "passed": {"az": "keçdi", "ru": "сдал", "en": "passed"},
    "pending": {"az": "yoxlanılır", "ru": "на проверке", "en": "pending"},
    "none": {"az": "—", "ru": "—", "en": "—"},
    "date": {"az": "Tarix", "ru": "Дата", "en": "Date"},
}


def _t(key: str, lang: str) -> str:
    return TEXTS[key].get(lang) or TEXTS[key]["en"]


@dataclass(frozen=True)
class Cell:
    percent: float | None
    passed: bool
    pending: bool


@dataclass(frozen=True)
class ReportData:
    centre_name: str
    cohort: str
    language: str
    modules: Sequence[tuple[str, str]]  # (module id, title)
    rows: Sequence[tuple[str, Sequence[Cell]]]  # (full name, one cell per module)
    on: date


def pass_rates(data: ReportData) -> list[float]:
    rates = []
    for i in range(len(data.modules)):
        cells = [row[1][i] for row in data.rows]
        rates.append(100.0 * sum(c.passed for c in cells) / len(cells) if cells else 0.0)
    return rates


def _chart(data: ReportData, width: float) -> Drawing:
    fonts = register_fonts()
    height = 62 * mm
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 14 * mm, 12 * mm
    chart.width, chart.height = width - 24 * mm, height - 20 * mm
    chart.data = [pass_rates(data)]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = fonts.sans
    chart.categoryAxis.categoryNames = [m[0] for m in data.modules]
    chart.categoryAxis.labels.fontName = fonts.sans
    chart.categoryAxis.labels.fontSize = 7
    chart.bars[0].fillColor = colors.HexColor("#1d4ed8")
    chart.barLabelFormat = "%.0f%%"
    chart.barLabels.fontName = fonts.sans
    chart.barLabels.fontSize = 8
    chart.barLabels.nudge = 6
    drawing.add(chart)
    drawing.add(
        String(
            0, height - 8, _t("rate", data.language) + " (%)", fontName=fonts.sans_bold, fontSize=9
        )
    )
    return drawing


def render_report(out: Path | str, data: ReportData) -> Path:
    fonts = register_fonts()
    lang = data.language
    base = ParagraphStyle("b", fontName=fonts.sans, fontSize=9, leading=11)
    head = ParagraphStyle("h", base, fontName=fonts.sans_bold)
    title = ParagraphStyle("t", base, fontName=fonts.sans_bold, fontSize=16, leading=20)
    buffer = io.BytesIO()
    page = landscape(A4)
    doc = SimpleDocTemplate(
        buffer,
        pagesize=page,
        leftMargin=14 * mm,
        rightMargin=14 * mm,
        topMargin=14 * mm,
        bottomMargin=14 * mm,
        title=f"{_t('title', 'en')}: {data.cohort}",
        author=data.centre_name,
    )
    width = page[0] - 28 * mm
    story: list[Flowable] = [
        Paragraph(f"{_t('title', lang)}: {data.cohort}", title),
        Paragraph(f"{data.centre_name} · {_t('date', lang)}: {data.on.isoformat()}", base),
        Spacer(1, 6),
        _chart(data, width),
        Spacer(1, 6),
    ]
    name_width = 60 * mm
    col = (width - name_width) / max(1, len(data.modules))
    header = [Paragraph(_t("trainee", lang), head)] + [
        Paragraph(f"{mid}<br/><font size=7>{title_}</font>", head) for mid, title_ in data.modules
    ]
    rows: list[list[object]] = [header]
    styles: list[tuple[object, ...]] = []
    for r, (name, cells) in enumerate(data.rows, start=1):
        row: list[object] = [Paragraph(name, base)]
        for c, cell in enumerate(cells, start=1):
            if cell.percent is None:
                text = _t("pending", lang) if cell.pending else _t("none", lang)
            else:
                text = f"{cell.percent:.2f}%" + (f" · {_t('passed', lang)}" if cell.passed else "")
            row.append(Paragraph(text, base))
            if cell.passed:
                styles.append(("BACKGROUND", (c, r), (c, r), colors.HexColor("#dcfce7")))
            elif cell.pending:
                styles.append(("BACKGROUND", (c, r), (c, r), colors.HexColor("#fef3c7")))
        rows.append(row)
    rates = pass_rates(data)
    rows.append([Paragraph(_t("rate", lang), head)] + [Paragraph(f"{x:.0f}%", head) for x in rates])
    table = Table(rows, colWidths=[name_width] + [col] * len(data.modules), repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#94a3b8")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e2e8f0")),
                ("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#e2e8f0")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                *styles,
            ]
        )
    )
    story.append(table)
    doc.build(story)
    return write_atomic(out, buffer.getvalue())
