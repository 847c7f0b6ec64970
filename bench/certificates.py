"""Benchmark: how fast certificates render, against the floor of a bare ReportLab page.

    python bench/certificates.py [--count 500]

Renders ``count`` signed certificates (bilingual az/en and ru/en, English only; names and
titles of varying length) to a temporary folder and prints certificates per second. It also
renders, in the same run and for the same codes, two "floor" pages: A4 landscape, the same
DejaVu Sans font drawing the holder's name, and the same QR code,

* floor (ReportLab QR widget): the QR code drawn with ``reportlab.graphics.barcode.qr``;
* floor (same QR drawing): the QR code drawn as the certificate draws it (one filled path).

The target is time per certificate <= 1.5 x the floor; it is checked against the stricter
floor (same QR drawing), so the ratio measures what the certificate layout itself costs, and
on CPU time, so other programs running at the same time barely disturb it (the wall-clock
ratio is printed too). The three series are interleaved in rounds of 50.
Always exits 0: this reports, it does not gate.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

try:
    import mobilaze_training  # noqa: F401
except ImportError:  # run from a checkout without installing
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.pdfgen.canvas import Canvas

from mobilaze_training.certificates.fonts import register_fonts
from mobilaze_training.certificates.pdf import (
    PAGE_HEIGHT,
    PAGE_WIDTH,
    CertificateData,
    draw_qr,
    qr_matrix,
    render_certificate,
)
from mobilaze_training.certificates.signing import CertificatePayload, generate_key, key_id, sign

TARGET_RATIO = 1.5
QR_SIZE = 104.0

NAMES = (
    "Əliyev Həsən Ülvi oğlu",
    "Иванов Иван Иванович",
    "Əliyev Həsən Ülvi oğlu Məmmədov-Qasımov Şükürov Çingiz İlqar qızı",
    "Mary-Jane Smith",
    "Константинопольский-Преображенский Александр Вячеславович",
)
TITLES = (
    {
        "az": "Sənədlərin ekspertizası: saxta pasportların aşkarlanması",
        "ru": "Экспертиза документов: выявление поддельных паспортов",
        "en": "Document examination: detecting forged passports",
    },
    {
        "az": "Sərhəd nəzarəti məntəqələrində insan alveri qurbanlarının müəyyən edilməsi, "
        "onlara ilkin yardımın göstərilməsi və müvafiq qurumlara yönləndirilməsi",
        "ru": "Выявление жертв торговли людьми в пунктах пропуска через государственную "
        "границу, оказание им первичной помощи и направление в компетентные органы",
        "en": "Identification of victims of trafficking in human beings at border crossing "
        "points, provision of first assistance and referral to the competent authorities",
    },
)
LANGUAGES = ("az", "ru", "en")


def make_items(count: int) -> list[CertificateData]:
    key = generate_key()
    kid = key_id(key)
    items: list[CertificateData] = []
    for n in range(count):
        name = NAMES[n % len(NAMES)]
        title = TITLES[n % len(TITLES)]
        language = LANGUAGES[n % len(LANGUAGES)]
        expires = date(2028, 11, 20) if n % 4 else None
        payload = CertificatePayload(
            serial=f"MT-2026-{n + 1:06d}",
            name=name,
            module_id="document-examination",
            module_version="1.0.0",
            issued=date(2026, 11, 20),
            expires=expires,
            key_id=kid,
        )
        items.append(
            CertificateData(
                full_name=name,
                module_title=title,
                module_id=payload.module_id,
                module_version=payload.module_version,
                language=language,
                issued=payload.issued,
                expires=expires,
                centre_name="Dövlət Sərhəd Xidmətinin Təlim Mərkəzi",
                serial=payload.serial,
                code=sign(payload, key),
            )
        )
    return items


def floor_widget(path: Path, data: CertificateData) -> None:
    """Bare page: same font, same QR code drawn with ReportLab's QR widget."""
    fonts = register_fonts()
    canvas = Canvas(
        str(path), pagesize=(PAGE_WIDTH, PAGE_HEIGHT), pageCompression=1, initialFontName=fonts.sans
    )
    canvas.setFont(fonts.sans, 24)
    canvas.drawString(72, PAGE_HEIGHT / 2, data.full_name)
    widget = QrCodeWidget(data.code, barLevel="M", barWidth=QR_SIZE, barHeight=QR_SIZE)
    drawing = Drawing(QR_SIZE, QR_SIZE)
    drawing.add(widget)
    renderPDF.draw(drawing, canvas, PAGE_WIDTH - 200, 80)
    canvas.showPage()
    canvas.save()


def floor_same_qr(path: Path, data: CertificateData) -> None:
    """Bare page: same font, same QR code drawn exactly as the certificate draws it."""
    fonts = register_fonts()
    canvas = Canvas(
        str(path), pagesize=(PAGE_WIDTH, PAGE_HEIGHT), pageCompression=1, initialFontName=fonts.sans
    )
    canvas.setFont(fonts.sans, 24)
    canvas.drawString(72, PAGE_HEIGHT / 2, data.full_name)
    draw_qr(canvas, qr_matrix(data.code), PAGE_WIDTH - 200, 80, QR_SIZE)
    canvas.showPage()
    canvas.save()


def certificate(path: Path, data: CertificateData) -> None:
    render_certificate(path, data)


Renderer = Callable[[Path, CertificateData], None]


def run(
    render: Renderer, folder: Path, items: Sequence[CertificateData], first: int = 0
) -> tuple[list[float], list[float]]:
    """(wall-clock, CPU) seconds per page, one sample per item; files numbered from ``first``."""
    folder.mkdir(parents=True, exist_ok=True)
    wall: list[float] = []
    cpu: list[float] = []
    gc.collect()
    for n, data in enumerate(items, start=first):
        path = folder / f"{n:06d}.pdf"
        start, start_cpu = time.perf_counter(), time.process_time()
        render(path, data)
        cpu.append(time.process_time() - start_cpu)
        wall.append(time.perf_counter() - start)
    return wall, cpu


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=500, help="certificates to render")
    args = parser.parse_args(argv)
    count = max(int(args.count), 1)

    start = time.perf_counter()
    register_fonts()
    print(f"fonts registered in {(time.perf_counter() - start) * 1000:.0f} ms (once per process)")
    start = time.perf_counter()
    items = make_items(count)
    print(f"{count} codes signed in {(time.perf_counter() - start) * 1000:.0f} ms")

    with tempfile.TemporaryDirectory(prefix="mobilaze-bench-") as tmp:
        root = Path(tmp)
        renderers: dict[str, Renderer] = {
            "certificate": certificate,
            "floor": floor_same_qr,
            "widget": floor_widget,
        }
        for name, render in renderers.items():
            run(render, root / f"warm-{name}", items[: min(10, count)])
        # Interleave in rounds so drift (CPU frequency, other load) hits every series alike.
        series: dict[str, list[float]] = {name: [] for name in renderers}
        cpu: dict[str, list[float]] = {name: [] for name in renderers}
        chunk = 50
        for offset in range(0, count, chunk):
            part = items[offset : offset + chunk]
            for name, render in renderers.items():
                wall_times, cpu_times = run(render, root / name, part, offset)
                series[name].extend(wall_times)
                cpu[name].extend(cpu_times)
        size = sum(p.stat().st_size for p in (root / "certificate").glob("*.pdf")) / count

    cert = statistics.fmean(series["certificate"])
    floor = statistics.fmean(series["floor"])
    widget = statistics.fmean(series["widget"])
    total = sum(series["certificate"])
    print(f"certificates rendered: {count} in {total:.1f} s; average PDF {size / 1024:.0f} KiB")
    print(f"certificates per second: {count / total:.1f}")
    print(
        f"time per certificate: mean {cert * 1000:.1f} ms, "
        f"median {statistics.median(series['certificate']) * 1000:.1f} ms"
    )
    print(f"floor (same font, same QR drawing): {floor * 1000:.1f} ms per page")
    print(f"floor (same font, ReportLab QR widget): {widget * 1000:.1f} ms per page")
    # The ratio uses CPU time (mean), which other programs running at the same time disturb
    # far less than wall-clock time; the wall-clock ratio is shown beside it.
    cpu_ratio = statistics.fmean(cpu["certificate"]) / statistics.fmean(cpu["floor"])
    cpu_widget = statistics.fmean(cpu["certificate"]) / statistics.fmean(cpu["widget"])
    print(f"ratio to floor (same QR drawing): {cpu_ratio:.2f} CPU time, {cert / floor:.2f} wall")
    print(
        f"ratio to floor (ReportLab QR widget): {cpu_widget:.2f} CPU time, {cert / widget:.2f} wall"
    )
    verdict = "OK" if cpu_ratio <= TARGET_RATIO else "MISSED"
    print(f"target ratio <= {TARGET_RATIO}: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
