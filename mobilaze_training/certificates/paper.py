"""Printed exam papers: the drawn questions and an answer sheet, for centres short of laptops.

Each paper carries a paper id; the responses written on its answer sheet are entered with
`mobilaze-admin attempt record --paper-id ID`, which scores exactly the questions printed.
"""

from __future__ import annotations

import io
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from mobilaze_training.certificates.fonts import register_fonts
from mobilaze_training.courses.localise import pick
from mobilaze_training.fileio import write_atomic

TEXTS: dict[str, dict[str, str]] = {
    "paper": {"az": "İmtahan vərəqi", "ru": "Экзаменационный лист", "en": "Examination paper"},
    "sheet": {"az": "Cavab vərəqi", "ru": "Бланк ответов", "en": "Answer sheet"},
    "name": {"az": "Soyad, ad", "ru": "Фамилия, имя", "en": "Full name"},
    "username": {"az": "İstifadəçi adı", "ru": "Имя пользователя", "en": "Username"},
    "date": {"az": "Tarix", "ru": "Дата", "en": "Date"},
    "time": {"az": "Vaxt", "ru": "Время", "en": "Time allowed"},
    "minutes": {"az": "dəqiqə", "ru": "мин.", "en": "minutes"},
    "points": {"az": "bal", "ru": "балл.", "en": "points"},
    "question": {"az": "Sual", "ru": "Вопрос", "en": "Question"},
    "answer": {"az": "Cavab", "ru": "Ответ", "en": "Answer"},
    "instructions": {
        "az": "Cavabları yalnız cavab vərəqində yazın. Variantın hərfini, sıralama üçün "
        "elementlərin hərflərini düzgün ardıcıllıqla, uyğunlaşdırma üçün hər nömrənin "
        "qarşısında hərfi yazın.",
        "ru": "Записывайте ответы только в бланк ответов. Укажите букву варианта; для "
        "упорядочивания — буквы элементов в правильном порядке; для сопоставления — букву "
        "напротив каждого номера.",
        "en": "Write your answers on the answer sheet only. Give the letter of the option; for "
        "ordering, the letters of the items in the right order; for matching, a letter "
        "against each number.",
    },
    "true": {"az": "Doğru", "ru": "Верно", "en": "True"},
    "false": {"az": "Yanlış", "ru": "Неверно", "en": "False"},
    "paper_id": {"az": "Vərəq kodu", "ru": "Код листа", "en": "Paper id"},
    "essay_space": {
        "az": "Cavabı ayrıca vərəqdə yazın və bu vərəqə əlavə edin.",
        "ru": "Напишите ответ на отдельном листе и приложите к бланку.",
        "en": "Write the answer on a separate sheet and attach it.",
    },
}


def t(key: str, lang: str) -> str:
    return TEXTS[key].get(lang) or TEXTS[key]["en"]


@dataclass(frozen=True)
class PaperData:
    paper_id: str
    centre_name: str
    module_title: Any
    assessment_title: Any
    language: str
    default_language: str
    time_limit_minutes: float | None
    order: Sequence[str]
    questions: Mapping[str, Mapping[str, Any]]
    layout: Mapping[str, Mapping[str, Sequence[str]]]


def _styles(lang: str) -> dict[str, ParagraphStyle]:
    fonts = register_fonts()
    base = ParagraphStyle("base", fontName=fonts.serif, fontSize=10.5, leading=14)
    return {
        "base": base,
        "title": ParagraphStyle(
            "title", base, fontName=fonts.sans_bold, fontSize=16, leading=20, alignment=TA_CENTER
        ),
        "sub": ParagraphStyle(
            "sub",
            base,
            fontName=fonts.sans,
            fontSize=11,
            leading=15,
            alignment=TA_CENTER,
            textColor=colors.HexColor("#334155"),
        ),
        "q": ParagraphStyle(
            "q", base, fontName=fonts.sans_bold, fontSize=10.5, leading=14, spaceBefore=6
        ),
        "opt": ParagraphStyle("opt", base, leftIndent=14),
        "small": ParagraphStyle(
            "small",
            base,
            fontName=fonts.sans,
            fontSize=8.5,
            leading=11,
            textColor=colors.HexColor("#475569"),
        ),
        "cell": ParagraphStyle("cell", base, fontName=fonts.sans, fontSize=9.5, leading=12),
    }


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _letters(ids: Sequence[str]) -> list[str]:
    return list(ids)


def _question_flowables(
    number: int,
    question: Mapping[str, Any],
    layout: Mapping[str, Sequence[str]],
    data: PaperData,
    st: dict[str, ParagraphStyle],
) -> list[Flowable]:
    lang, default = data.language, data.default_language
    qtype = question["type"]
    points = question.get("points", 1)
    head = (
        f"{number}. {_esc(pick(question['prompt'], lang, default))} "
        f"<font size=8 color='#64748b'>({points:g} {t('points', lang)})</font>"
    )
    parts: list[Flowable] = [Paragraph(head, st["q"])]
    if qtype in ("single_choice", "multiple_choice"):
        options = {o["id"]: o for o in question["options"]}
        for oid in layout.get("options") or list(options):
            text = pick(options[oid]["text"], lang, default)
            parts.append(Paragraph(f"<b>{_esc(oid)})</b> {_esc(text)}", st["opt"]))
    elif qtype == "true_false":
        parts.append(Paragraph(f"{t('true', lang)} / {t('false', lang)}", st["opt"]))
    elif qtype == "matching":
        rights = {p["id"]: p["right"] for p in question["pairs"]}
        rights.update({d["id"]: d["text"] for d in question.get("distractors") or []})
        rows = []
        order = list(layout.get("rights") or rights)
        for i, pair in enumerate(question["pairs"]):
            left = Paragraph(
                f"<b>{_esc(pair['id'])}.</b> {_esc(pick(pair['left'], lang, default))}", st["cell"]
            )
            right_id = order[i] if i < len(order) else None
            right = (
                Paragraph(
                    f"<b>{_esc(right_id)})</b> {_esc(pick(rights[right_id], lang, default))}",
                    st["cell"],
                )
                if right_id
                else ""
            )
            rows.append([left, right])
        for right_id in order[len(question["pairs"]) :]:
            rows.append(
                [
                    "",
                    Paragraph(
                        f"<b>{_esc(right_id)})</b> {_esc(pick(rights[right_id], lang, default))}",
                        st["cell"],
                    ),
                ]
            )
        table = Table(rows, colWidths=[80 * mm, 80 * mm])
        table.setStyle(
            TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 14)])
        )
        parts.append(table)
    elif qtype == "ordering":
        items = {i["id"]: i["text"] for i in question["items"]}
        for iid in layout.get("items") or list(items):
            parts.append(
                Paragraph(f"<b>{_esc(iid)})</b> {_esc(pick(items[iid], lang, default))}", st["opt"])
            )
    elif qtype == "essay":
        parts.append(Paragraph(t("essay_space", lang), st["small"]))
    parts.append(Spacer(1, 4))
    return [KeepTogether(parts)]


class _Footer:
    def __init__(self, data: PaperData) -> None:
        self.data = data

    def __call__(self, canvas: Any, doc: Any) -> None:
        fonts = register_fonts()
        canvas.saveState()
        canvas.setFont(fonts.sans, 8)
        canvas.setFillColor(colors.HexColor("#64748b"))
        canvas.drawString(
            18 * mm, 10 * mm, f"{t('paper_id', self.data.language)}: {self.data.paper_id}"
        )
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, str(doc.page))
        canvas.restoreState()


def render_paper(out: Path | str, data: PaperData) -> Path:
    """Write the paper (questions, then an answer sheet on a new page) atomically."""
    st = _styles(data.language)
    lang, default = data.language, data.default_language
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=18 * mm,
        rightMargin=18 * mm,
        topMargin=16 * mm,
        bottomMargin=18 * mm,
        title=f"{t('paper', 'en')} {data.paper_id}",
        author=data.centre_name,
        subject=f"mobilaze-paper:{data.paper_id}",
    )
    story: list[Flowable] = [
        Paragraph(_esc(data.centre_name), st["sub"]),
        Paragraph(_esc(t("paper", lang)), st["title"]),
        Paragraph(_esc(pick(data.module_title, lang, default)), st["sub"]),
        Paragraph(_esc(pick(data.assessment_title, lang, default)), st["sub"]),
        Spacer(1, 6),
    ]
    if data.time_limit_minutes:
        story.append(
            Paragraph(
                f"{t('time', lang)}: {data.time_limit_minutes:g} {t('minutes', lang)}", st["small"]
            )
        )
    story += [Paragraph(_esc(t("instructions", lang)), st["small"]), Spacer(1, 6)]
    for n, qid in enumerate(data.order, start=1):
        story += _question_flowables(n, data.questions[qid], data.layout.get(qid, {}), data, st)
    story += [PageBreak(), Paragraph(_esc(t("sheet", lang)), st["title"]), Spacer(1, 8)]
    ident = Table(
        [
            [t("name", lang), ""],
            [t("username", lang), ""],
            [t("date", lang), ""],
            [t("paper_id", lang), data.paper_id],
        ],
        colWidths=[40 * mm, 130 * mm],
        rowHeights=9 * mm,
    )
    ident.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), register_fonts().sans, 10),
                ("LINEBELOW", (1, 0), (1, -1), 0.5, colors.HexColor("#94a3b8")),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ]
        )
    )
    story += [ident, Spacer(1, 10)]
    rows = [[t("question", lang), "id", t("answer", lang)]]
    for n, qid in enumerate(data.order, start=1):
        rows.append([str(n), qid, ""])
    sheet = Table(
        rows,
        colWidths=[20 * mm, 40 * mm, 110 * mm],
        rowHeights=[8 * mm] + [10 * mm] * len(data.order),
        repeatRows=1,
    )
    sheet.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), register_fonts().sans, 9.5),
                ("FONT", (0, 0), (-1, 0), register_fonts().sans_bold, 9.5),
                ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#94a3b8")),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e2e8f0")),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    story.append(sheet)
    footer = _Footer(data)
    doc.build(story, onFirstPage=footer, onLaterPages=footer)
    return write_atomic(out, buffer.getvalue())
