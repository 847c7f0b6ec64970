"""Render the program's icon from its SVG: a 256 px PNG (Linux desktop entry) and a
multi-size ICO (Windows executable and installer).

Usage: ``python packaging/render_icon.py packaging/linux/mobilaze-training.svg build/icons``
writes ``mobilaze-training.png`` and ``mobilaze-training.ico`` into the output folder.
Needs PySide6 (QtSvg) and Pillow, both installed with the program.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

SIZE = 256
ICO_SIZES = [(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)]


def render(svg: Path, out_dir: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG file")
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    out_dir.mkdir(parents=True, exist_ok=True)
    png = out_dir / f"{svg.stem}.png"
    if not image.save(str(png), "PNG"):
        raise SystemExit(f"{png}: cannot write the PNG")
    ico = out_dir / f"{svg.stem}.ico"
    with Image.open(png) as picture:
        picture.save(ico, format="ICO", sizes=ICO_SIZES)
    return [png, ico]


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: render_icon.py ICON.svg OUT_DIR", file=sys.stderr)
        return 2
    for path in render(Path(argv[0]), Path(argv[1])):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
