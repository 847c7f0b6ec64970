"""Printing a PDF on paper when this Qt has both the print dialog and a PDF renderer.

The PySide6 Essentials wheel has QtPrintSupport but not QtPdf; without QtPdf there is no way
to draw a PDF's pages, so the screens offer to open the file in the system's PDF viewer
instead (which prints it). Nothing here fails when a module is missing.
"""

from __future__ import annotations

import importlib.util
import logging
from functools import cache
from pathlib import Path

from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


@cache
def pdf_printing_available() -> bool:
    """True when PDF pages can be rendered (QtPdf) and sent to a printer (QtPrintSupport)."""
    try:
        return all(
            importlib.util.find_spec(f"PySide6.{name}") is not None
            for name in ("QtPdf", "QtPrintSupport")
        )
    except (ImportError, ValueError):
        return False


def print_pdf(parent: QWidget, path: Path, title: str) -> bool:
    """Ask for a printer and print every page of `path`; False when cancelled or impossible."""
    if not pdf_printing_available():
        return False
    from PySide6.QtCore import QRect, QSize, Qt
    from PySide6.QtGui import QPainter
    from PySide6.QtPdf import QPdfDocument  # type: ignore[import-not-found, unused-ignore]
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    document = QPdfDocument(parent)
    if document.load(str(path)) != QPdfDocument.Error.None_:
        log.warning("cannot load %s for printing", path)
        return False
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setFromTo(1, document.pageCount())
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            area = painter.viewport()
            points = document.pagePointSize(page)
            size = QSize(int(points.width()), int(points.height())).scaled(
                area.size(), Qt.AspectRatioMode.KeepAspectRatio
            )
            image = document.render(page, size)
            x = area.x() + (area.width() - size.width()) // 2
            y = area.y() + (area.height() - size.height()) // 2
            painter.drawImage(QRect(x, y, size.width(), size.height()), image)
    finally:
        painter.end()
    return True
