"""The certificate's annex: the learning outcomes achieved at issue time, read back from real
PDFs, laid out without clipping or overlaps, and frozen when the certificate is issued."""

from __future__ import annotations

import io
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select

from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.certificates.annex import AnnexOutcome, OutcomeAnnex
from mobilaze_training.certificates.pdf import (
    PAGE_HEIGHT,
    PAGE_WIDTH,
    CertificateData,
    draw_certificate,
    render_certificate,
)
from mobilaze_training.certificates.signing import CertificatePayload, generate_key, key_id, sign
from mobilaze_training.errors import InvalidInput
from mobilaze_training.services import attempts, certificates, courses, practical
from mobilaze_training.services.context import AppContext
from mobilaze_training.store import models as m
from mobilaze_training.sync.codec import encode_row
from mobilaze_training.sync.rules import CERTIFICATES
from tests.helpers.modules import MODULE_ID, RIGHT, question, write_module
from tests.helpers.world import World, build_world, open_copy

# Texts with every special letter of Azerbaijani (ə ğ ı İ ö ş ç ü) and Russian (ё й ъ щ ы э ю).
DOCS = {
    "az": "Pasportun məlumat səhifəsini ultrabənövşəyi işıqda yoxlayır, İCAO çap üsullarını "
    "göstərir və saxta ştampları ayırd edir",
    "ru": "Проверяет страницу данных паспорта в ультрафиолетовом свете, объясняет ещё и "
    "подъём защитных волокон, выявляет подделку штампов",
    "en": "Checks a passport data page under UV light, explains the security fibres and "
    "spots forged stamps",
}
ANSWERS = {
    "az": "Sərhəd rejimi haqqında faktiki suallara düzgün cavab verir",
    "ru": "Даёт точные ответы на фактические вопросы о режиме границы",
    "en": "Answers factual questions about the border regime correctly",
}
RESPECT = {
    "az": "Səyahətçilərə hörmətlə yanaşır və imtinanı başa düşdüyü dildə izah edir",
    "ru": "Уважительно обращается с путешественниками и объясняет отказ на понятном им языке",
    "en": "Treats travellers with respect and explains a refusal in a language understood",
}
OUTCOMES = [
    {"id": "lo-docs", "text": DOCS, "level": 4},
    {"id": "lo-answers", "text": ANSWERS, "level": 3},
    {"id": "lo-respect", "text": RESPECT, "level": 5, "fundamental_rights": True},
]
CHECKLIST = [
    {"id": "c1", "text": {"en": "Greets the traveller"}, "points": 1, "outcomes": ["lo-respect"]},
    {"id": "c2", "text": {"en": "Checks the data page"}, "points": 2, "outcomes": ["lo-docs"]},
    {"id": "c3", "text": {"en": "Compares the photo"}, "points": 1, "outcomes": ["lo-docs"]},
    {
        "id": "c4",
        "text": {"en": "Explains a refusal in a language understood"},
        "points": 1,
        "critical": True,
        "outcomes": ["lo-respect"],
    },
]
ALL_MET = {c["id"]: {"met": True} for c in CHECKLIST}


def flat(value: str) -> str:
    """Text with every run of white space made one space (wrapped lines joined)."""
    return " ".join(value.split())


def annex_text(path: Path, page: int = 1) -> str:
    return flat(PdfReader(path).pages[page].extract_text())


# -- the annex drawn from data ------------------------------------------------------------------


@pytest.fixture(scope="module")
def code() -> str:
    key = generate_key()
    payload = CertificatePayload(
        serial="MT-2026-000123",
        name="Əliyev Həsən Ülvi oğlu",
        module_id="document-examination",
        module_version="1.1.0",
        issued=date(2026, 11, 20),
        expires=None,
        key_id=key_id(key),
    )
    return sign(payload, key)


def outcome(n: int, texts: dict[str, str], level: int = 4, rights: bool = False) -> AnnexOutcome:
    return AnnexOutcome(f"lo-{n}", texts, level, rights, points=9.0, max_points=10.0)


def make_data(code: str, language: str, annex: OutcomeAnnex | None, **changes: Any) -> Any:
    data = CertificateData(
        full_name="Əliyev Həsən Ülvi oğlu",
        module_title={
            "az": "Sənədlərin ekspertizası",
            "ru": "Экспертиза документов",
            "en": "Document examination",
        },
        module_id="document-examination",
        module_version="1.1.0",
        language=language,
        issued=date(2026, 11, 20),
        expires=None,
        centre_name="Dövlət Sərhəd Xidmətinin Təlim Mərkəzi",
        serial="MT-2026-000123",
        code=code,
        annex=annex,
    )
    return replace(data, **changes)


SAMPLE = OutcomeAnnex(
    (
        AnnexOutcome("lo-docs", DOCS, 4, False, points=5.0, max_points=6.0),
        AnnexOutcome("lo-respect", RESPECT, 5, True, points=3.0, max_points=4.0),
    ),
    total=3,
    threshold=0.75,
)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        (
            "az",
            [
                "Əlavə: əldə edilmiş təlim nəticələri",
                "Annex: learning outcomes achieved",
                "Sertifikat sahibi / Holder",
                "Sənədlərin ekspertizası",
                "Hələ əldə edilməmiş təlim nəticələri: 3 nəticədən 1.",
                "Learning outcomes not (yet) achieved: 1 of 3.",
                "balların ən azı 75%-i",
                "at least 75% of the points",
                "20.11.2026",
            ],
        ),
        (
            "ru",
            [
                "Приложение: достигнутые результаты обучения",
                "Annex: learning outcomes achieved",
                "Владелец сертификата / Holder",
                "Экспертиза документов",
                "Пока не достигнуто результатов обучения: 1 из 3.",
                "не менее 75%",
            ],
        ),
        (
            "en",
            [
                "Annex: learning outcomes achieved",
                "Holder",
                "Document examination",
                "Learning outcomes not (yet) achieved: 1 of 3.",
                "20 November 2026",
            ],
        ),
    ],
)
def test_annex_page_lists_the_outcomes_achieved(
    tmp_path: Path, code: str, language: str, expected: list[str]
) -> None:
    path = tmp_path / "c.pdf"
    render_certificate(path, make_data(code, language, SAMPLE))
    reader = PdfReader(path)
    assert len(reader.pages) == 2
    assert "Annex" not in reader.pages[0].extract_text()  # the certificate page as before
    text = annex_text(path)
    for fragment in [
        *expected,
        "Əliyev Həsən Ülvi oğlu",
        "MT-2026-000123",
        "document-examination",
        "1.1.0",
        flat(DOCS[language]),
        flat(RESPECT[language]),
        "83%",  # 5 of 6 points, rounded down
        "75%",
        "✔",  # lo-respect is about fundamental rights
        "The annex is not part of the signed code",
    ]:
        assert fragment in text, fragment
    if language != "en":  # English second, as on the certificate page
        assert flat(DOCS["en"]) in text and flat(RESPECT["en"]) in text
    else:
        assert flat(DOCS["az"]) not in text and "Əlavə" not in text
    for other in ("az", "ru", "en"):
        if other not in (language, "en"):
            assert flat(DOCS[other]) not in text


def test_levels_and_percents_sit_in_their_rows(tmp_path: Path, code: str) -> None:
    path = tmp_path / "c.pdf"
    render_certificate(path, make_data(code, "en", SAMPLE))
    text = annex_text(path)
    # Each row: the outcome's text, then its level, the fundamental-rights mark and the share.
    assert flat(DOCS["en"]) + " 4 83%" in text
    assert flat(RESPECT["en"]) + " 5 ✔ 75%" in text


def test_without_an_annex_the_certificate_is_one_page(tmp_path: Path, code: str) -> None:
    path = tmp_path / "c.pdf"
    render_certificate(path, make_data(code, "az", None))
    assert len(PdfReader(path).pages) == 1


def test_nothing_achieved_says_so_without_a_table(tmp_path: Path, code: str) -> None:
    path = tmp_path / "c.pdf"
    render_certificate(path, make_data(code, "ru", OutcomeAnnex((), total=2, threshold=0.75)))
    text = annex_text(path)
    assert "На дату выдачи ни один результат обучения не был достигнут." in text
    assert "No learning outcome had been achieved by the date of issue." in text
    assert "Пока не достигнуто результатов обучения: 2 из 2." in text
    assert "Результат обучения / Learning outcome" not in text  # no column headings
    assert "Доля баллов" not in text


def test_many_outcomes_continue_on_further_pages_with_the_header(tmp_path: Path, code: str) -> None:
    texts = [DOCS, ANSWERS, RESPECT]
    many = tuple(
        AnnexOutcome(
            f"lo-{n}",
            {lang: f"{n + 1}. {t[lang]}" for lang in ("az", "ru", "en")},
            1 + n % 8,
            n % 3 == 2,
            points=float(n % 4 + 6),
            max_points=float(n % 4 + 7),
        )
        for n, t in enumerate(texts * 10)
    )
    path = tmp_path / "c.pdf"
    render_certificate(path, make_data(code, "az", OutcomeAnnex(many, 34, 0.75)))
    reader = PdfReader(path)
    pages = [flat(p.extract_text()) for p in reader.pages[1:]]
    assert len(pages) >= 3
    for number, page in enumerate(pages, start=1):
        assert "Əlavə: əldə edilmiş təlim nəticələri" in page
        assert "Əliyev Həsən Ülvi oğlu" in page and "MT-2026-000123" in page
        assert f"Əlavə, səhifə {number}/{len(pages)}" in page
        assert f"Annex, page {number}/{len(pages)}" in page
        if any(flat(item.text["az"]) in page for item in many):  # the table goes on
            assert (
                "Təlim nəticəsi Learning outcome" in page
                and "Balların payı Share of points" in page
            )
    everything = " ".join(pages)
    for item in many:
        # every outcome printed exactly once, whole (a row never splits across pages)
        assert sum(flat(item.text["az"]) in page for page in pages) == 1, item.id
        assert everything.count(flat(item.text["az"])) == 1
    assert "Hələ əldə edilməmiş təlim nəticələri: 34 nəticədən 4." in pages[-1]


def test_annex_record_round_trip_and_refusals() -> None:
    assert OutcomeAnnex.from_record(SAMPLE.to_record()) == SAMPLE
    record = SAMPLE.to_record()
    assert record["achieved"][1] == {
        "id": "lo-respect",
        "text": RESPECT,
        "level": 5,
        "fundamental_rights": True,
        "points": 3.0,
        "max_points": 4.0,
    }
    for broken, message in [
        ([], "expected a JSON object"),
        ({**record, "v": 9}, "unknown version"),
        ({**record, "total": "3"}, "total"),
        ({**record, "total": 1}, "fewer outcomes than achieved"),
        ({**record, "achieved": [{**record["achieved"][0], "level": "4"}]}, r"achieved\[0\].level"),
        ({**record, "achieved": [{**record["achieved"][0], "text": {}}]}, r"achieved\[0\].text"),
        ({**record, "achieved": [{**record["achieved"][0], "points": None}]}, "points"),
    ]:
        with pytest.raises(ValueError, match=message):
            OutcomeAnnex.from_record(broken)


def test_share_is_rounded_down_never_overstated() -> None:
    assert outcome(1, ANSWERS).percent == 90
    assert AnnexOutcome("x", ANSWERS, 3, False, points=199.0, max_points=200.0).percent == 99
    assert AnnexOutcome("x", ANSWERS, 3, False, points=3.0, max_points=4.0).percent == 75
    assert AnnexOutcome("x", ANSWERS, 3, False, points=2.0, max_points=3.0).percent == 66


# -- layout: nothing clipped, nothing overlapping, on every annex page --------------------------

FRAME = 33.0


@dataclass(frozen=True)
class Box:
    x0: float
    y0: float
    x1: float
    y1: float
    what: str

    def overlaps(self, other: Box, tolerance: float = 0.05) -> bool:
        return (
            self.x0 < other.x1 - tolerance
            and other.x0 < self.x1 - tolerance
            and self.y0 < other.y1 - tolerance
            and other.y0 < self.y1 - tolerance
        )


class PageRecorder(Canvas):  # type: ignore[misc]
    """A canvas that keeps the box of every string and line, page by page."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.pages: list[tuple[list[Box], list[Box]]] = [([], [])]

    def _record(self, x: float, y: float, text: str, align: float) -> None:
        size = self._fontsize
        width = pdfmetrics.stringWidth(text, self._fontname, size)
        left = x - width * align
        # Accented capitals (İ, Ü, Ё) rise to about 0.93 em; descenders reach 0.24 em.
        self.pages[-1][0].append(Box(left, y - 0.24 * size, left + width, y + 0.93 * size, text))

    def drawString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
        assert not kwargs.get("charSpace")
        self._record(x, y, text, 0.0)
        super().drawString(x, y, text, *args, **kwargs)

    def drawCentredString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
        if kwargs.get("charSpace"):  # only the certificate page's title uses letter spacing
            super().drawCentredString(x, y, text, *args, **kwargs)
            return
        self._record(x, y, text, 0.5)
        super().drawCentredString(x, y, text, *args, **kwargs)

    def drawRightString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
        self._record(x, y, text, 1.0)
        super().drawRightString(x, y, text, *args, **kwargs)

    def line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        half = self._lineWidth / 2
        box = Box(
            min(x1, x2) - half, min(y1, y2) - half, max(x1, x2) + half, max(y1, y2) + half, "line"
        )
        self.pages[-1][1].append(box)
        super().line(x1, y1, x2, y2)

    def showPage(self) -> None:
        super().showPage()
        self.pages.append(([], []))


LONG = {
    "az": "Sərhəd nəzarəti məntəqəsində insan alveri qurbanı ola biləcək şəxsi müəyyən edir, "
    "onunla ləyaqətlə və etibar yaradan tərzdə danışır, ilkin yardımın göstərilməsini təşkil "
    "edir və işi müvafiq qurumlara, o cümlədən Dövlət Miqrasiya Xidmətinə və sosial xidmətlərə "
    "gecikmədən, şəxsi məlumatları qoruyaraq yönləndirir",
    "ru": "Выявляет в пункте пропуска через государственную границу лицо, которое может быть "
    "жертвой торговли людьми, разговаривает с ним уважительно и так, чтобы вызвать доверие, "
    "организует оказание первичной помощи и без промедления, с соблюдением защиты "
    "персональных данных, передаёт дело в компетентные органы и социальные службы",
    "en": "Identifies at a border crossing point a person who may be a victim of trafficking "
    "in human beings, speaks with them respectfully and in a way that builds trust, arranges "
    "first assistance and refers the case without delay, protecting personal data, to the "
    "competent authorities and social services",
}


def layout_cases() -> Iterator[tuple[str, dict[str, Any], OutcomeAnnex]]:
    mixed = (outcome(1, LONG, 4, True), outcome(2, DOCS), outcome(3, ANSWERS, 8))
    for lang in ("az", "ru", "en"):
        yield f"{lang}-three", {"language": lang}, OutcomeAnnex(mixed, 5, 0.75)
        yield (
            f"{lang}-many-long",
            {
                "language": lang,
                "full_name": "Əliyev Həsən Ülvi oğlu Məmmədov-Qasımov Şükürov İlqar Çingiz",
                "module_title": {k: f"{v}; {v}" for k, v in LONG.items()},
                "module_id": "document-examination-with-a-very-long-identifier-x",
                "module_version": "12.345.6789-rc.1+build.42",
            },
            OutcomeAnnex(
                tuple(outcome(n, LONG, 1 + n % 8, n % 2 == 0) for n in range(14)), 20, 0.75
            ),
        )
        yield f"{lang}-none", {"language": lang}, OutcomeAnnex((), 4, 0.75)
    yield (
        "one-long-word",
        {"language": "ru"},
        OutcomeAnnex((outcome(1, {"ru": "Щ" * 150, "en": "W" * 150}),), 1, 0.75),
    )
    huge = {lang: " ".join([text] * 14) for lang, text in LONG.items()}  # longer than a page
    yield "row-taller-than-a-page", {"language": "az"}, OutcomeAnnex((outcome(1, huge),), 1, 0.75)


@pytest.mark.parametrize(
    ("case", "options", "annex"), list(layout_cases()), ids=lambda v: str(v)[:20]
)
def test_annex_layout_never_clips_or_overlaps(
    code: str, case: str, options: dict[str, Any], annex: OutcomeAnnex
) -> None:
    canvas = PageRecorder(io.BytesIO(), pagesize=(PAGE_WIDTH, PAGE_HEIGHT))
    draw_certificate(canvas, make_data(code, annex=annex, **options))
    annex_pages = canvas.pages[1:-1]  # after the certificate page; the last list is empty
    assert canvas.pages[-1] == ([], [])
    assert annex_pages
    inside = Box(FRAME, FRAME, PAGE_WIDTH - FRAME, PAGE_HEIGHT - FRAME, "frame")
    seen: list[str] = []
    for number, (texts, lines) in enumerate(annex_pages, start=1):
        where = f"{case} annex page {number}"
        texts = [t for t in texts if t.what.strip()]
        assert len(texts) >= 8, where
        for box in texts:
            assert inside.x0 <= box.x0 and box.x1 <= inside.x1, f"{where}: {box} sticks out"
            assert inside.y0 <= box.y0 and box.y1 <= inside.y1, f"{where}: {box} sticks out"
        for n, box in enumerate(texts):
            for other in texts[n + 1 :]:
                assert not box.overlaps(other), f"{where}: {box} overlaps {other}"
            for other in lines:
                assert not box.overlaps(other), f"{where}: {box} overlaps {other}"
        seen += [t.what for t in texts]
        # Type stays legible, except in a row that alone is taller than a page.
        if case != "row-taller-than-a-page":
            small = [t for t in texts if t.y1 - t.y0 < 6.0 * 1.17]
            assert small == [], where
    # Every outcome's text is printed whole: wrapped (a very long word broken), never cut.
    printed = "".join("".join(seen).split())
    for item in annex.achieved:
        main = item.text.get(options["language"]) or item.text["en"]
        assert "".join(main.split()) in printed, item.id


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) missing")
@pytest.mark.parametrize("language", ["az", "ru", "en"])
def test_annex_renders_to_a_landscape_page(tmp_path: Path, code: str, language: str) -> None:
    annex = OutcomeAnnex(
        (outcome(1, LONG, 4, True), outcome(2, DOCS), outcome(3, ANSWERS)), 4, 0.75
    )
    path = tmp_path / "c.pdf"
    render_certificate(path, make_data(code, language, annex))
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "60",
            "-f",
            "2",
            "-l",
            "2",
            "-singlefile",
            str(path),
            str(tmp_path / "annex"),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    with Image.open(tmp_path / "annex.png") as image:
        width, height = image.size
        assert abs(width / height - 297 / 210) < 0.02
        histogram = image.convert("L").histogram()
        assert sum(histogram[:128]) > 0.005 * width * height  # frame, text and table
        assert histogram[255] > 0.5 * width * height


# -- issued through the services: frozen at issue time -----------------------------------------


def _with_outcomes(data: dict[str, Any]) -> None:
    manifest = data["module.yaml"]
    manifest["version"] = "1.1.0"
    manifest["languages"] = ["en", "az", "ru"]
    manifest["outcomes"] = OUTCOMES
    for a in manifest["assessments"]:
        if a["kind"] == "practical":
            a["checklist"] = CHECKLIST
            a["pass_mark_percent"] = 60
    manifest["certificate"] = {"requires": ["final-exam", "booth"]}
    question(data, "q-single")["outcomes"] = ["lo-docs"]
    question(data, "q-match")["outcomes"] = ["lo-docs", "lo-answers"]
    question(data, "q-short")["outcomes"] = ["lo-answers"]


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    return build_world(tmp_path_factory.mktemp("world"))


@pytest.fixture
def app(world: World, tmp_path: Path) -> Iterator[AppContext]:
    ctx = open_copy(world, tmp_path / "data")
    courses.install(ctx, SYSTEM, write_module(tmp_path / "modules", "1.1.0", _with_outcomes))
    yield ctx
    ctx.close()


def _pass_final(app: AppContext, world: World, user: str, answers: dict[str, Any]) -> None:
    who = world.principal(user)
    attempt = attempts.start_attempt(app, who, MODULE_ID, "final-exam")
    for q in attempt.questions:
        if q.id in answers:
            attempts.save_answer(app, who, attempt.id, q.id, answers[q.id])
    attempts.submit_attempt(app, who, attempt.id)


def test_issued_certificate_freezes_the_outcomes_achieved(
    app: AppContext, world: World, tmp_path: Path
) -> None:
    _pass_final(app, world, "t4", RIGHT)
    # Greeting (lo-respect) and photo (lo-docs) not met: 60 %, passed, the critical item met.
    observed = {**ALL_MET, "c1": {"met": False}, "c3": {"met": False}}
    practical.record_practical(app, SYSTEM, "t4", MODULE_ID, "booth", observed)
    profile = practical.trainee_outcome_profile(app, SYSTEM, "t4", MODULE_ID)
    shares = {o.id: (o.points, o.max_points) for o in profile.outcomes}
    assert shares == {"lo-docs": (5.0, 6.0), "lo-answers": (2.0, 2.0), "lo-respect": (1.0, 2.0)}
    info = certificates.issue(app, SYSTEM, "t4", MODULE_ID)

    with app.db.transaction() as s:
        cert = s.scalar(select(m.Certificate).where(m.Certificate.serial == info.serial))
        assert cert is not None and cert.outcomes is not None
        record = cert.outcomes
    assert record["total"] == 3 and record["threshold"] == 0.75
    assert [o["id"] for o in record["achieved"]] == ["lo-docs", "lo-answers"]
    assert record["achieved"][0]["text"] == DOCS

    first = certificates.render(app, SYSTEM, info.serial, tmp_path / "first.pdf", "az")
    assert len(PdfReader(first).pages) == 2
    text = annex_text(first)
    assert flat(DOCS["az"]) + " " + flat(DOCS["en"]) + " 4 83%" in text
    assert flat(ANSWERS["az"]) + " " + flat(ANSWERS["en"]) + " 3 100%" in text
    assert flat(RESPECT["az"]) not in text and flat(RESPECT["en"]) not in text
    assert "Hələ əldə edilməmiş təlim nəticələri: 3 nəticədən 1." in text
    assert info.serial in text and info.full_name in text and "1.1.0" in text

    # The profile changes afterwards: the respect outcome is achieved now...
    practical.record_practical(app, SYSTEM, "t4", MODULE_ID, "booth", ALL_MET)
    now = practical.trainee_outcome_profile(app, SYSTEM, "t4", MODULE_ID)
    assert "lo-respect" in [o.id for o in now.achieved]
    # ...but the certificate's annex stays as it was issued, when printed again.
    assert certificates.issue(app, SYSTEM, "t4", MODULE_ID).serial == info.serial
    again = certificates.render(app, SYSTEM, info.serial, tmp_path / "again.pdf", "az")
    assert annex_text(again) == text
    mine = certificates.render(app, world.principal("t4"), info.serial, tmp_path / "ru.pdf", "ru")
    russian = annex_text(mine)
    assert flat(DOCS["ru"]) in russian and flat(RESPECT["ru"]) not in russian
    assert "Пока не достигнуто результатов обучения: 1 из 3." in russian
    listed = [c.serial for c in certificates.register(app, SYSTEM, MODULE_ID)]
    assert info.serial in listed


def test_certificate_of_a_module_without_outcomes_has_no_annex(
    app: AppContext, world: World, tmp_path: Path
) -> None:
    serial = world.certificates["t1"]  # issued for version 1.0.0, which states no outcomes
    with app.db.transaction() as s:
        cert = s.scalar(select(m.Certificate).where(m.Certificate.serial == serial))
        assert cert is not None and cert.outcomes is None
    path = certificates.render(app, SYSTEM, serial, tmp_path / "plain.pdf")
    assert len(PdfReader(path).pages) == 1


def test_a_damaged_stored_annex_is_named_not_a_traceback(
    app: AppContext, world: World, tmp_path: Path
) -> None:
    serial = world.certificates["t1"]
    with app.db.transaction() as s:
        cert = s.scalar(select(m.Certificate).where(m.Certificate.serial == serial))
        assert cert is not None
        cert.outcomes = {"v": 1, "threshold": 0.75, "total": 1, "achieved": "lo-docs"}
    with pytest.raises(InvalidInput, match=f"Certificate {serial}: .*achieved: expected a list"):
        certificates.render(app, SYSTEM, serial, tmp_path / "broken.pdf")
    assert not (tmp_path / "broken.pdf").exists()


def test_the_stored_annex_travels_with_the_certificate_row(app: AppContext, world: World) -> None:
    """Results bundles carry every certificate column; the annex round-trips exactly."""
    serial = world.certificates["t1"]
    with app.db.transaction() as s:
        cert = s.scalar(select(m.Certificate).where(m.Certificate.serial == serial))
        assert cert is not None
        cert.outcomes = SAMPLE.to_record()
    assert "outcomes" in CERTIFICATES.carried()
    with app.db.transaction() as s:
        table = CERTIFICATES.table
        row = s.execute(select(table).where(table.c.serial == serial)).mappings().one()
        encoded = encode_row(table, row, CERTIFICATES.carried())
    (decoded,) = CERTIFICATES.decode([encoded])
    assert OutcomeAnnex.from_record(decoded["outcomes"]) == SAMPLE
