"""Images stored in a module (PNG, JPEG, SVG) as QImages; nothing is ever fetched remotely."""

from __future__ import annotations

import logging

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QImage, QPainter

from mobilaze_training.auth.permissions import Principal
from mobilaze_training.errors import MobilazeError
from mobilaze_training.services import courses
from mobilaze_training.services.context import AppContext

log = logging.getLogger(__name__)


def is_remote(path: str) -> bool:
    lowered = path.strip().lower()
    return "://" in lowered or lowered.startswith(("//", "data:", "file:"))


def image_from_bytes(data: bytes, path: str, max_width: int) -> QImage | None:
    """Decode `data`; SVG is rendered when QtSvg is available, else skipped (None)."""
    if path.lower().endswith(".svg"):
        return _render_svg(data, max_width)
    image = QImage.fromData(data)
    if image.isNull():
        log.warning("media %s could not be decoded", path)
        return None
    if image.width() > max_width:
        image = image.scaledToWidth(max_width, Qt.TransformationMode.SmoothTransformation)
    return image


def _render_svg(data: bytes, max_width: int) -> QImage | None:
    try:
        from PySide6.QtSvg import QSvgRenderer
    except ImportError:  # QtSvg is part of the Essentials wheel, but be graceful
        log.info("QtSvg is not available; SVG media are not shown")
        return None
    renderer = QSvgRenderer(QByteArray(data))
    if not renderer.isValid():
        log.warning("an SVG media file is not valid")
        return None
    size: QSize = renderer.defaultSize()
    if size.isEmpty():
        size = QSize(max_width, max_width * 3 // 4)
    if size.width() > max_width:
        size = QSize(max_width, max(1, size.height() * max_width // size.width()))
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def load_image(
    ctx: AppContext, actor: Principal, module_id: str, path: str, max_width: int = 720
) -> QImage | None:
    """A module's media file as an image, or None when it is missing, remote or unreadable."""
    if is_remote(path):
        return None
    try:
        data = courses.media(ctx, actor, module_id, path)
    except MobilazeError:
        log.warning("media %s of %s is not available", path, module_id)
        return None
    if data is None:
        log.warning("media %s is missing from module %s", path, module_id)
        return None
    return image_from_bytes(data, path, max_width)
