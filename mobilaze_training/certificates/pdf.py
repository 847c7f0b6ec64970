"""Printable certificates: one A4 landscape page drawn with ReportLab primitives.

The page is bilingual: the certificate language (Azerbaijani or Russian) with English under it,
or English only. A certificate with learning outcomes gets annex pages after it (drawn by
:mod:`.annex`). Long names and module titles shrink and wrap to stay inside their area; nothing
is clipped. The signed code is printed as a QR code and as text, and stored in the PDF metadata
(subject and keywords ``mobilaze-certificate:<code>``) so :func:`extract_code_from_pdf` can read
it back.

This module assembles the document: it draws the page's parts in order (the text and
ornaments from :mod:`.page`, the QR code from here), adds the annex pages, writes the PDF
with its metadata and reads the code back. Text fitting lives in :mod:`.textfit`.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from itertools import groupby
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.graphics.barcode import qrencoder
from reportlab.pdfgen.canvas import Canvas

from mobilaze_training import __version__
from mobilaze_training.certificates.annex import draw_annex
from mobilaze_training.certificates.fonts import FontSet, register_fonts
from mobilaze_training.certificates.page import (
    _BAND_BOTTOM,
    _QR_BOTTOM,
    _QR_COLUMN,
    _QR_SIZE,
    _RIGHT,
    _code_text,
    _draw_block,
    _fields,
    _frame,
    _header,
    _labels,
    _middle_block,
    _signatures,
)
from mobilaze_training.certificates.page import GOLD as GOLD
from mobilaze_training.certificates.page import GREY as GREY
from mobilaze_training.certificates.page import INK as INK
from mobilaze_training.certificates.page import NAVY as NAVY
from mobilaze_training.certificates.page import PAGE_HEIGHT as PAGE_HEIGHT
from mobilaze_training.certificates.page import PAGE_WIDTH as PAGE_WIDTH
from mobilaze_training.certificates.page import CertificateData as CertificateData
from mobilaze_training.certificates.textfit import _balanced, _clean
from mobilaze_training.certificates.textfit import fit_lines as fit_lines
from mobilaze_training.certificates.textfit import fit_name as fit_name
from mobilaze_training.certificates.texts import LANGUAGES, text
from mobilaze_training.errors import InvalidInput

METADATA_PREFIX = "mobilaze-certificate:"


# --------------------------------------------------------------------------------------------
# QR code


def qr_matrix(value: str, level: str = "M") -> list[list[bool]]:
    """The modules of the QR code for ``value`` (rows from the top), error correction ``level``."""
    qr: Any = qrencoder.QRCode(None, getattr(qrencoder.QRErrorCorrectLevel, level))
    qr.addData(value)
    qr.make()
    return [[bool(module) for module in row] for row in qr.modules]


def draw_qr(
    canvas: Canvas, matrix: Sequence[Sequence[bool]], x: float, y: float, size: float
) -> None:
    """Draw the QR modules in the square (x, y, size) as one filled path.

    The path is written in module units (integers) under a scaling transform: one ``re`` per
    horizontal run of dark modules, filled once, so there are no seams between modules and no
    per-rectangle number formatting. The quiet zone (4 modules) lies outside the square and
    must be kept free by the caller.
    """
    count = len(matrix)
    ops: list[str] = []
    for r, row in enumerate(matrix):
        bottom = count - 1 - r
        col = 0
        for dark, run in groupby(row):
            length = len(list(run))
            if dark:
                ops.append(f"{col} {bottom} {length} 1 re")
            col += length
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(size / count, size / count)
    canvas.setFillColor(INK)
    if ops:
        ops.append("f")
        canvas.addLiteral("\n".join(ops))
    canvas.restoreState()


def _qr_block(canvas: Canvas, data: CertificateData, fonts: FontSet) -> None:
    centre = _RIGHT - _QR_COLUMN / 2
    matrix = qr_matrix("".join(data.code.split()))
    draw_qr(canvas, matrix, centre - _QR_SIZE / 2, _QR_BOTTOM, _QR_SIZE)
    quiet_zone = 4 * _QR_SIZE / len(matrix)  # kept clear for scanners
    y = _QR_BOTTOM - quiet_zone - 7
    for k, caption in enumerate(_labels("scan", data.language)):
        size = 6.8 if k == 0 else 6.3
        canvas.setFont(fonts.sans, size)
        canvas.setFillColor(INK if k == 0 else GREY)
        for line in _balanced(caption, fonts.sans, size, _QR_COLUMN):
            canvas.drawCentredString(centre, y, line)
            y -= size * 1.25


# --------------------------------------------------------------------------------------------
# Public API


def _document_title(data: CertificateData) -> str:
    return f"{text('document_title', 'en')} {_clean(data.serial)}: {_clean(data.full_name)}"


def draw_certificate(canvas: Canvas, data: CertificateData) -> None:
    """Draw one certificate on the current page of ``canvas`` (A4 landscape) and end the page;
    then its annex pages, if it has an annex.

    A language other than az, ru or en is printed as an English-only certificate.
    """
    fonts = register_fonts()
    if data.language not in LANGUAGES:
        data = replace(data, language="en")
    _frame(canvas)
    band_top = _header(canvas, data, fonts)
    band = band_top - _BAND_BOTTOM
    # Larger type when the texts are short, smaller when they are long.
    scale = 1.15
    block = _middle_block(data, fonts, scale)
    if block.height() > band * 0.75:
        scale = 1.0
        block = _middle_block(data, fonts, scale)
    while block.height() > band and scale > 0.5:
        scale -= 0.05
        block = _middle_block(data, fonts, scale)
    _draw_block(canvas, block, band_top, band)
    _fields(canvas, data, fonts)
    _signatures(canvas, data, fonts)
    _code_text(canvas, data, fonts)
    _qr_block(canvas, data, fonts)
    canvas.showPage()
    if data.annex is not None:
        draw_annex(canvas, data, data.annex, fonts)


def _new_canvas(target: str | BinaryIO, data: CertificateData) -> Canvas:
    fonts = register_fonts()
    canvas = Canvas(
        target,
        pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
        pageCompression=1,
        initialFontName=fonts.sans,
    )
    code = "".join(data.code.split())
    canvas.setTitle(_document_title(data))
    canvas.setAuthor(_clean(data.centre_name) or "MOBILAZE Training")
    canvas.setSubject(METADATA_PREFIX + code)
    canvas.setKeywords(METADATA_PREFIX + code)
    canvas.setCreator(f"MOBILAZE Training {__version__}")
    return canvas


def render_certificate(out: Path | str | BinaryIO, data: CertificateData) -> None:
    """Write the certificate as a PDF (one page, plus its annex pages) to a path or an open
    binary file.

    A path is written atomically (a temporary file next to it, then renamed), so a failed
    render never leaves half a PDF behind.
    """
    if isinstance(out, (str, os.PathLike)):
        target = Path(out)
        buffer = io.BytesIO()
        render_certificate(buffer, data)
        tmp = target.with_name(f".{target.name}.tmp")
        try:
            tmp.write_bytes(buffer.getvalue())
            os.replace(tmp, target)
        finally:
            tmp.unlink(missing_ok=True)
        return
    canvas = _new_canvas(out, data)
    draw_certificate(canvas, data)
    canvas.save()


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def certificate_file_name(data: CertificateData) -> str:
    """``MT-2026-000123.pdf``: the serial with anything unsafe in a file name replaced."""
    stem = _UNSAFE.sub("_", _clean(data.serial)).strip("._") or "certificate"
    return f"{stem}.pdf"


def render_certificates_batch(out_dir: Path | str, items: Iterable[CertificateData]) -> list[Path]:
    """Render each certificate to ``out_dir/<serial>.pdf``; returns the paths in order.

    A serial that occurs twice gets ``-2``, ``-3``... so no certificate overwrites another.
    """
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    used: set[str] = set()
    for data in items:
        name = certificate_file_name(data)
        stem, n = name[: -len(".pdf")], 1
        while name in used:
            n += 1
            name = f"{stem}-{n}.pdf"
        used.add(name)
        path = folder / name
        render_certificate(path, data)
        paths.append(path)
    return paths


def extract_code_from_pdf(path: Path | str) -> str | None:
    """The certificate code stored in a PDF's metadata, or None when it has none.

    Raises InvalidInput when the file cannot be read as a PDF.
    """
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    source = Path(path)
    try:
        reader = PdfReader(source)
        info = reader.metadata
    except FileNotFoundError:
        raise InvalidInput(f"{source} does not exist") from None
    except (PdfReadError, OSError, ValueError) as exc:
        raise InvalidInput(f"{source} is not a readable PDF file: {exc}") from None
    if info is None:
        return None
    for key in ("/Subject", "/Keywords"):
        value = info.get(key)
        if value is None:
            continue
        for part in str(value).replace(",", " ").split():
            if part.startswith(METADATA_PREFIX) and len(part) > len(METADATA_PREFIX):
                return part[len(METADATA_PREFIX) :]
    return None
