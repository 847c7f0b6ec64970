"""Printed certificates: fonts, text read back, metadata, layout that never clips or overlaps."""

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
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PIL import Image
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFontFile
from reportlab.pdfgen.canvas import Canvas

from mobilaze_training.certificates import pdf
from mobilaze_training.certificates.fonts import FONT_FILES, font_path, register_fonts
from mobilaze_training.certificates.pdf import (
    PAGE_HEIGHT,
    PAGE_WIDTH,
    CertificateData,
    draw_certificate,
    extract_code_from_pdf,
    fit_lines,
    fit_name,
    render_certificate,
    render_certificates_batch,
)
from mobilaze_training.certificates.signing import (
    CertificatePayload,
    generate_key,
    key_id,
    sign,
    trusted_keys,
    verify_code,
)
from mobilaze_training.certificates.texts import TEXTS
from mobilaze_training.errors import InvalidInput

AZ_UPPER = "ABCÇDEƏFGĞHXIİJKQLMNOÖPRSŞTUÜVYZ"
AZ_LOWER = "abcçdeəfgğhxıijkqlmnoöprsştuüvyz"
RU_UPPER = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
RU_LOWER = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"

LONG_NAME = "Əliyev Həsən Ülvi oğlu Məmmədov-Qasımov Şükürov İlqar Çingiz"  # 60 characters
LONG_TITLES = {
    "az": "Sərhəd nəzarəti məntəqələrində insan alveri qurbanlarının müəyyən edilməsi, onlara "
    "ilkin yardımın göstərilməsi və müvafiq qurumlara yönləndirilməsi",
    "ru": "Выявление жертв торговли людьми в пунктах пропуска через государственную границу, "
    "оказание им первичной помощи и направление в компетентные органы",
    "en": "Identification of victims of trafficking in human beings at border crossing points, "
    "provision of first assistance and referral to the competent authorities",
}
SHORT_TITLES = {
    "az": "Sənədlərin ekspertizası",
    "ru": "Экспертиза документов",
    "en": "Document examination",
}


@pytest.fixture(scope="module")
def key() -> Ed25519PrivateKey:
    return generate_key()


def make_data(
    key: Ed25519PrivateKey,
    name: str = "Əliyev Həsən Ülvi oğlu",
    language: str = "az",
    titles: dict[str, str] | None = None,
    expires: date | None = date(2028, 11, 20),
    **changes: Any,
) -> CertificateData:
    payload = CertificatePayload(
        serial="MT-2026-000123",
        name=name,
        module_id="document-examination",
        module_version="1.0.0",
        issued=date(2026, 11, 20),
        expires=expires,
        key_id=key_id(key),
    )
    data = CertificateData(
        full_name=name,
        module_title=titles or SHORT_TITLES,
        module_id=payload.module_id,
        module_version=payload.module_version,
        language=language,
        issued=payload.issued,
        expires=expires,
        centre_name="Dövlət Sərhəd Xidmətinin Təlim Mərkəzi",
        serial=payload.serial,
        code=sign(payload, key),
    )
    return replace(data, **changes)


def page_text(path: Path) -> str:
    return PdfReader(path).pages[0].extract_text()


# -- fonts --------------------------------------------------------------------------------------


def test_fonts_are_shipped_with_their_licence() -> None:
    for file_name in FONT_FILES.values():
        assert font_path(file_name).is_file(), file_name
    licence = font_path("DejaVu-LICENSE.txt").read_text(encoding="utf-8")
    assert "Bitstream" in licence


def test_fonts_are_registered_once() -> None:
    first = register_fonts()
    fonts = [pdfmetrics.getFont(name) for name in first.all()]
    assert register_fonts() is first
    assert [pdfmetrics.getFont(name) for name in first.all()] == fonts


@pytest.mark.parametrize("file_name", sorted(FONT_FILES.values()))
def test_every_azerbaijani_and_russian_letter_is_in_the_font(file_name: str) -> None:
    cmap = TTFontFile(str(font_path(file_name))).charToGlyph
    missing = [ch for ch in AZ_UPPER + AZ_LOWER + RU_UPPER + RU_LOWER if ord(ch) not in cmap]
    assert missing == []
    # The registered font (the one embedded in PDFs) maps them too.
    name = next(n for n, f in FONT_FILES.items() if f == file_name)
    register_fonts()
    registered = pdfmetrics.getFont(name).face.charToGlyph
    assert all(ord(ch) in registered for ch in AZ_UPPER + AZ_LOWER + RU_UPPER + RU_LOWER)


def test_pdf_embeds_every_font_it_uses(tmp_path: Path, key: Ed25519PrivateKey) -> None:
    path = tmp_path / "c.pdf"
    render_certificate(path, make_data(key))
    resources: Any = PdfReader(path).pages[0]["/Resources"]
    fonts = resources["/Font"]
    assert len(fonts) >= 4
    for ref in fonts.values():
        font = ref.get_object()
        assert font["/Subtype"] == "/TrueType", font["/BaseFont"]
        assert "DejaVu" in str(font["/BaseFont"])
        descriptor = font["/FontDescriptor"].get_object()
        assert "/FontFile2" in descriptor, font["/BaseFont"]
        assert "/ToUnicode" in font


# -- text and metadata read back ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "language"),
    [("Əliyev Həsən Ülvi oğlu", "az"), ("Иванов Иван Иванович", "ru"), ("John Smith", "en")],
)
def test_name_is_extracted_exactly(
    tmp_path: Path, key: Ed25519PrivateKey, name: str, language: str
) -> None:
    path = tmp_path / "c.pdf"
    render_certificate(path, make_data(key, name=name, language=language))
    lines = page_text(path).splitlines()
    assert name in [line.strip() for line in lines]


@pytest.mark.parametrize(("upper", "lower"), [(AZ_UPPER, AZ_LOWER), (RU_UPPER, RU_LOWER)])
def test_whole_alphabet_survives_the_pdf(
    tmp_path: Path, key: Ed25519PrivateKey, upper: str, lower: str
) -> None:
    path = tmp_path / "c.pdf"
    render_certificate(path, make_data(key, name=f"{upper} {lower}"))
    text = page_text(path)
    assert upper in text and lower in text


@pytest.mark.parametrize(
    ("language", "expected", "absent"),
    [
        ("az", ["SERTİFİKAT", "CERTIFICATE", "Bu sertifikat təsdiq edir ki,", "Təlimçi"], []),
        ("ru", ["СЕРТИФИКАТ", "CERTIFICATE", "Настоящий сертификат подтверждает, что"], []),
        ("en", ["CERTIFICATE", "This is to certify that", "20 November 2026"], ["SERTİFİKAT"]),
    ],
)
def test_fixed_texts_in_the_certificate_language_and_english(
    tmp_path: Path, key: Ed25519PrivateKey, language: str, expected: list[str], absent: list[str]
) -> None:
    path = tmp_path / "c.pdf"
    render_certificate(path, make_data(key, language=language))
    text = page_text(path)
    for fragment in [*expected, "MT-2026-000123", "Scan or enter the code to verify"]:
        assert fragment in text
    for fragment in absent:
        assert fragment not in text


def test_code_is_stored_in_metadata_and_verifies(tmp_path: Path, key: Ed25519PrivateKey) -> None:
    data = make_data(key)
    path = tmp_path / "c.pdf"
    render_certificate(path, data)
    meta = PdfReader(path).metadata
    assert meta is not None
    assert meta.title == "Certificate MT-2026-000123: Əliyev Həsən Ülvi oğlu"
    assert meta.author == "Dövlət Sərhəd Xidmətinin Təlim Mərkəzi"
    assert meta.subject == f"mobilaze-certificate:{data.code}"
    code = extract_code_from_pdf(path)
    assert code == data.code
    result = verify_code(code, trusted_keys([key.public_key()]), {}, date(2027, 1, 1))
    assert result.status == "valid"


def test_render_to_an_open_file(key: Ed25519PrivateKey) -> None:
    buffer = io.BytesIO()
    render_certificate(buffer, make_data(key))
    assert buffer.getvalue().startswith(b"%PDF-")
    assert len(PdfReader(io.BytesIO(buffer.getvalue())).pages) == 1


def test_extract_code_from_a_pdf_without_one(tmp_path: Path) -> None:
    path = tmp_path / "plain.pdf"
    canvas = Canvas(str(path))
    canvas.drawString(100, 100, "no code here")
    canvas.save()
    assert extract_code_from_pdf(path) is None


def test_extract_code_from_something_that_is_not_a_pdf(tmp_path: Path) -> None:
    path = tmp_path / "fake.pdf"
    path.write_text("this is not a PDF")
    with pytest.raises(InvalidInput):
        extract_code_from_pdf(path)
    with pytest.raises(InvalidInput):
        extract_code_from_pdf(tmp_path / "missing.pdf")


def test_batch_render(tmp_path: Path, key: Ed25519PrivateKey) -> None:
    items = [
        make_data(key, serial=f"MT-2026-{n:06d}", language=lang)
        for n, lang in enumerate(("az", "ru", "en"), start=1)
    ]
    paths = render_certificates_batch(tmp_path / "out", items)
    assert [p.name for p in paths] == [f"MT-2026-00000{n}.pdf" for n in (1, 2, 3)]
    for path, data in zip(paths, items, strict=True):
        assert extract_code_from_pdf(path) == data.code
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [p.name for p in paths]


def test_batch_never_overwrites_a_certificate(tmp_path: Path, key: Ed25519PrivateKey) -> None:
    items = [make_data(key), make_data(key, language="ru"), make_data(key, serial="a/b c")]
    paths = render_certificates_batch(tmp_path, items)
    assert [p.name for p in paths] == ["MT-2026-000123.pdf", "MT-2026-000123-2.pdf", "a_b_c.pdf"]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in paths)


def test_unknown_language_prints_english_only(tmp_path: Path, key: Ed25519PrivateKey) -> None:
    path = tmp_path / "c.pdf"
    render_certificate(path, make_data(key, language="tr"))
    text = page_text(path)
    assert "This is to certify that" in text
    assert "Bu sertifikat" not in text and "Настоящий" not in text
    assert text.count("This is to certify that") == 1


def test_every_text_is_translated() -> None:
    for key, entry in TEXTS.items():
        assert set(entry) == {"az", "ru", "en"}, key
        assert all(value.strip() == value and value for value in entry.values()), key
    assert TEXTS["title"]["az"] == "SERTİFİKAT"  # dotted capital İ, not I


# -- layout: nothing clipped, nothing overlapping -----------------------------------------------

FRAME = 33.0  # the inner (gold) frame; all content stays inside it


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


class RecordingCanvas(Canvas):  # type: ignore[misc]
    """A canvas that remembers the box of every string and line it draws."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.texts: list[Box] = []
        self.lines: list[Box] = []

    def _record(self, x: float, y: float, text: str, char_space: float) -> None:
        size = self._fontsize
        width = pdfmetrics.stringWidth(text, self._fontname, size)
        width += char_space * max(len(text) - 1, 0)
        # Accented capitals (İ, Ü) rise to about 0.93 em; descenders and Ş, Ç reach 0.24 em.
        self.texts.append(Box(x, y - 0.24 * size, x + width, y + 0.93 * size, text))

    def drawString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
        self._record(x, y, text, kwargs.get("charSpace", 0))
        super().drawString(x, y, text, *args, **kwargs)

    def drawCentredString(self, x: float, y: float, text: str, *args: Any, **kwargs: Any) -> None:
        char_space = kwargs.get("charSpace", 0)
        width = pdfmetrics.stringWidth(text, self._fontname, self._fontsize)
        width += char_space * max(len(text) - 1, 0)
        self._record(x - width / 2, y, text, char_space)
        super().drawCentredString(x, y, text, *args, **kwargs)

    def line(self, x1: float, y1: float, x2: float, y2: float) -> None:
        half = self._lineWidth / 2
        box = Box(
            min(x1, x2) - half, min(y1, y2) - half, max(x1, x2) + half, max(y1, y2) + half, "line"
        )
        self.lines.append(box)
        super().line(x1, y1, x2, y2)


def layout_cases() -> Iterator[tuple[str, dict[str, Any]]]:
    for lang in ("az", "ru", "en"):
        yield f"{lang}-short", {"language": lang}
        yield f"{lang}-long", {"language": lang, "name": LONG_NAME, "titles": LONG_TITLES}
        yield (
            f"{lang}-extreme",
            {
                "language": lang,
                "name": " ".join([LONG_NAME, "Abdurrahmanov Süleyman Əbülfəz oğlu"] * 2),
                "titles": {k: f"{v}; {v}" for k, v in LONG_TITLES.items()},
                "expires": None,
                "centre_name": "Azərbaycan Respublikası Dövlət Miqrasiya Xidmətinin Akademiyası "
                "nəzdində Sərhəd və Miqrasiya Məmurlarının İxtisasartırma Təlim Mərkəzi",
                "instructor_name": "Məmmədova Səbinə Rauf qızı",
                "head_name": "Polkovnik-leytenant Qasımov Elçin Vüqar oğlu Hacıbababəyov",
                "module_id": "document-examination-with-a-very-long-identifier-x",
                "module_version": "12.345.6789-rc.1+build.42",
            },
        )
    yield "one-long-word", {"language": "ru", "name": "Ы" * 70, "titles": {"ru": "Я" * 120}}


@pytest.mark.parametrize(("case", "options"), list(layout_cases()), ids=lambda v: str(v)[:20])
def test_layout_never_clips_or_overlaps(
    monkeypatch: pytest.MonkeyPatch, key: Ed25519PrivateKey, case: str, options: dict[str, Any]
) -> None:
    qr_boxes: list[Box] = []
    original = pdf.draw_qr

    def recording_draw_qr(canvas: Canvas, matrix: Any, x: float, y: float, size: float) -> None:
        quiet = 4 * size / len(matrix)  # the quiet zone a scanner needs
        qr_boxes.append(Box(x - quiet, y - quiet, x + size + quiet, y + size + quiet, "QR"))
        original(canvas, matrix, x, y, size)

    monkeypatch.setattr(pdf, "draw_qr", recording_draw_qr)
    canvas = RecordingCanvas(io.BytesIO(), pagesize=(PAGE_WIDTH, PAGE_HEIGHT))
    draw_certificate(canvas, make_data(key, **options))

    texts = [t for t in canvas.texts if t.what.strip()]
    assert len(texts) >= 15 and len(qr_boxes) == 1
    inside = Box(FRAME, FRAME, PAGE_WIDTH - FRAME, PAGE_HEIGHT - FRAME, "frame")
    for box in [*texts, *qr_boxes]:
        assert inside.x0 <= box.x0 and box.x1 <= inside.x1, f"{case}: {box} sticks out sideways"
        assert inside.y0 <= box.y0 and box.y1 <= inside.y1, f"{case}: {box} sticks out"
    for n, box in enumerate(texts):
        for other in texts[n + 1 :]:
            assert not box.overlaps(other), f"{case}: {box} overlaps {other}"
        for other in [*qr_boxes, *canvas.lines]:
            assert not box.overlaps(other), f"{case}: {box} overlaps {other}"
    # Type is never shrunk beyond legibility, except the verification code's small print.
    code = make_data(key, **options).code
    small = [t for t in texts if t.y1 - t.y0 < 5.0 * 1.17 and t.what not in code]
    assert small == []


def test_fit_lines_keeps_every_line_within_the_width() -> None:
    font = register_fonts().serif_bold
    for text in (LONG_TITLES["az"], "W" * 300, "a"):
        size, lines = fit_lines(text, font, 20, 12, 400, 3)
        assert len(lines) <= 3 or size < 12
        assert all(pdfmetrics.stringWidth(line, font, size) <= 400.01 for line in lines)
        assert " ".join(lines) == text


def test_fit_name_prefers_one_line_then_two_balanced_lines() -> None:
    font = register_fonts().serif_bold
    assert fit_name("Əliyev Həsən Ülvi oğlu", font, 32, 650) == (32, ["Əliyev Həsən Ülvi oğlu"])
    size, lines = fit_name(LONG_NAME + " " + LONG_NAME, font, 32, 650)
    assert len(lines) == 2 and " ".join(lines) == LONG_NAME + " " + LONG_NAME
    assert all(pdfmetrics.stringWidth(line, font, size) <= 650.01 for line in lines)


# -- rendered pixels ----------------------------------------------------------------------------


@pytest.mark.skipif(
    shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) not installed"
)
@pytest.mark.parametrize("language", ["az", "ru", "en"])
def test_long_name_and_title_render_to_a_landscape_page(
    tmp_path: Path, key: Ed25519PrivateKey, language: str
) -> None:
    path = tmp_path / "long.pdf"
    render_certificate(path, make_data(key, name=LONG_NAME, titles=LONG_TITLES, language=language))
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-singlefile", str(path), str(tmp_path / "page")],
        check=True,
        capture_output=True,
        timeout=60,
    )
    with Image.open(tmp_path / "page.png") as image:
        width, height = image.size
        assert width > height
        assert abs(width / height - 297 / 210) < 0.02
        grey = image.convert("L")
        histogram = grey.histogram()
        dark = sum(histogram[:128])
        assert dark > 0.01 * width * height  # frame, text and QR code are there
        assert histogram[255] > 0.5 * width * height  # and it is mostly paper


@pytest.mark.skipif(
    shutil.which("pdftoppm") is None, reason="pdftoppm (poppler-utils) not installed"
)
@pytest.mark.skipif(shutil.which("zbarimg") is None, reason="zbarimg (zbar-tools) not installed")
@pytest.mark.parametrize("language", ["az", "ru"])
def test_printed_qr_code_scans_back_to_the_code(
    tmp_path: Path, key: Ed25519PrivateKey, language: str
) -> None:
    data = make_data(key, name=LONG_NAME, titles=LONG_TITLES, language=language)
    path = tmp_path / "c.pdf"
    render_certificate(path, data)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "150", "-singlefile", str(path), str(tmp_path / "page")],
        check=True,
        capture_output=True,
        timeout=60,
    )
    scan = subprocess.run(
        ["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(tmp_path / "page.png")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert scan.stdout.strip() == data.code
