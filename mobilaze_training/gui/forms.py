"""The one way forms are loaded: Qt Designer .ui files from the shipped ui/ folder."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from mobilaze_training.paths import resource_path

W = TypeVar("W", bound=QWidget)


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """Load ui/<name>.ui; its strings are translated by the installed translators."""
    path = resource_path("ui", f"{name}.ui")
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"form {path} is missing from the installation")
    try:
        widget = QUiLoader().load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"form {path} could not be loaded")
    return widget


def child(form: QWidget, kind: type[W], name: str) -> W:
    """A named child of a loaded form, typed; a missing name is a programming error."""
    found = form.findChild(kind, name)
    if found is None:
        raise LookupError(f"{form.objectName()} has no {kind.__name__} named {name!r}")
    return found
