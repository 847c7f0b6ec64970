"""What the certificate screens share: the register table, and saving, opening or printing a
certificate's PDF (rendered off the GUI thread)."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QTableView

from mobilaze_training.gui.certificates.models import CertificatesTableModel
from mobilaze_training.gui.certificates.pdfprint import pdf_printing_available, print_pdf
from mobilaze_training.gui.data.common import (
    default_folder,
    module_title,
    open_in_system,
    save_file,
)
from mobilaze_training.gui.instructor.base import (
    FormScreen,
    selected_source_row,
    setup_table,
    sorted_proxy,
)
from mobilaze_training.gui.operations import Operation
from mobilaze_training.gui.screen import set_role
from mobilaze_training.services import certificates, courses
from mobilaze_training.services.certificates import CertificateInfo

if TYPE_CHECKING:
    from mobilaze_training.gui.shell import Shell


class CertificateScreenBase(FormScreen):
    """A screen with a certificate table (`certificateView`), a `progressBar`, a
    `resultLabel`, and the PDF actions."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        modules = self.call(courses.list_modules, self.ctx, self.principal) or []
        self.modules = {m.module_id: m for m in modules}
        titles = {m.module_id: module_title(m, self.lang) for m in modules}
        self.model = CertificatesTableModel(titles, self)
        self.proxy = sorted_proxy(self.model, self)
        self.view = self.find(QTableView, "certificateView")
        setup_table(self.view, self.proxy)
        widths = {
            CertificatesTableModel.COL_SERIAL: 150,
            CertificatesTableModel.COL_NAME: 240,
            CertificatesTableModel.COL_MODULE: 260,
            CertificatesTableModel.COL_ISSUED: 110,
            CertificatesTableModel.COL_EXPIRES: 130,
        }
        for column, width in widths.items():
            self.view.setColumnWidth(column, width)
        self.progress = self.find(QProgressBar, "progressBar")
        self.result = self.find(QLabel, "resultLabel")
        self.progress.hide()
        self.result.hide()
        self.working: Operation | None = None
        self._busy_buttons: list[QPushButton] = []
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update())

    # ---- the table -----------------------------------------------------------------------
    def show_certificates(self, found: list[CertificateInfo], select: str | None = None) -> None:
        self.model.set_rows(found)
        if select is not None:
            for row in range(self.proxy.rowCount()):
                source = self.proxy.mapToSource(self.proxy.index(row, 0)).row()
                if self.model.record(source).serial == select:
                    self.view.selectRow(row)
                    return
        if self.proxy.rowCount():
            self.view.selectRow(0)

    def selected(self) -> CertificateInfo | None:
        row = selected_source_row(self.view)
        return None if row is None else self.model.record(row)

    # ---- PDF actions ---------------------------------------------------------------------
    def certificate_language(self) -> str | None:
        """The language to render certificates in (None: the trainee's own)."""
        return None

    def save_selected(self) -> None:
        info = self.selected()
        if info is None:
            self.say(self.tr("Choose a certificate in the table first."), "notice")
            return
        suggested = default_folder() / f"{info.serial}.pdf"
        target = save_file(
            self,
            self.tr("Save the certificate as"),
            suggested,
            self.tr("PDF files (*.pdf)"),
            ".pdf",
        )
        if target is not None:
            self.render_to(info, target, self._saved)

    def open_selected(self) -> None:
        info = self.selected()
        if info is None:
            self.say(self.tr("Choose a certificate in the table first."), "notice")
            return
        self.render_to(info, _temporary_pdf(info), self._open)

    def print_selected(self) -> None:
        info = self.selected()
        if info is None:
            self.say(self.tr("Choose a certificate in the table first."), "notice")
            return
        if not pdf_printing_available():
            self.open_selected()
            return
        self.render_to(info, _temporary_pdf(info), self._print)

    def render_to(self, info: CertificateInfo, target: Path, done: Callable[[Path], None]) -> None:
        if self.working is not None:
            return
        ctx, actor, language = self.ctx, self.principal, self.certificate_language()
        serial = info.serial
        self._busy(True, self.tr("Making the PDF of %1…").replace("%1", serial))
        self.working = self.run_slow(
            lambda _progress: certificates.render(ctx, actor, serial, target, language),
            lambda path: self._rendered(path, done),
            self._failed,
        )

    def _rendered(self, path: Any, done: Callable[[Path], None]) -> None:
        self._busy(False)
        self.result.hide()
        done(Path(path))

    def _saved(self, path: Path) -> None:
        self.say(self.tr("The certificate is saved: %1").replace("%1", str(path)), "success")

    def _open(self, path: Path) -> None:
        if open_in_system(path):
            self.say(
                self.tr("The certificate is open in the PDF viewer; print it from there."),
                "success",
            )
        else:
            self.say(
                self.tr("No PDF viewer could be started. The file is here: %1").replace(
                    "%1", str(path)
                ),
                "notice",
            )

    def _print(self, path: Path) -> None:
        if print_pdf(self, path, path.stem):
            self.say(self.tr("The certificate was sent to the printer."), "success")

    # ---- shared --------------------------------------------------------------------------
    def busy_buttons(self, *buttons: QPushButton) -> None:
        """Buttons disabled while a PDF is being made."""
        self._busy_buttons = list(buttons)

    def _update(self) -> None:
        """Enable the actions that fit the selection (screens refine this)."""
        usable = self.selected() is not None and self.working is None
        for button in self._busy_buttons:
            button.setEnabled(usable)

    def _busy(self, busy: bool, text: str = "") -> None:
        if not busy:
            self.working = None
        for button in self._busy_buttons:
            button.setEnabled(not busy)
        if not busy:
            self._update()
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        if text:
            self.say(text, "notice")

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.result.hide()
        self.show_failure(exc)

    def say(self, text: str, role: str) -> None:
        self.result.setText(text)
        self.result.show()
        set_role(self.result, role)


def _temporary_pdf(info: CertificateInfo) -> Path:
    """A file in a fresh temporary folder, left for the PDF viewer to read."""
    folder = Path(tempfile.mkdtemp(prefix="mobilaze-certificate-"))
    return folder / f"{info.serial}.pdf"
