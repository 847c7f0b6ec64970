"""Errors as clear dialogs, never as a traceback."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from mobilaze_training.errors import MobilazeError, ValidationFailed

log = logging.getLogger(__name__)


def show_error(
    parent: QWidget | None, error: BaseException | str, title: str | None = None
) -> None:
    """A plain dialog for a refused action or an unexpected failure."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("Dialogs", "MOBILAZE Training"))
    if isinstance(error, ValidationFailed):
        box.setText(str(error))
        box.setDetailedText("\n".join(str(p) for p in error.problems))
    elif isinstance(error, MobilazeError | str):
        box.setText(str(error))
    else:
        box.setIcon(QMessageBox.Icon.Critical)
        box.setText(
            QCoreApplication.translate(
                "Dialogs",
                "Something went wrong. Your saved work is safe. The details are in the log file.",
            )
        )
        box.setDetailedText(f"{type(error).__name__}: {error}")
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def install_excepthook() -> None:
    """Uncaught exceptions are logged and shown as a dialog instead of ending the program."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("uncaught exception:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        if QApplication.instance() is not None:
            show_error(QApplication.activeWindow(), value)

    sys.excepthook = hook
