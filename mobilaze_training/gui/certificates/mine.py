"""The trainee's certificates: save one as a PDF, open it to print, or print it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton

from mobilaze_training.gui.certificates.files import CertificateScreenBase
from mobilaze_training.gui.certificates.models import CertificatesTableModel
from mobilaze_training.gui.certificates.pdfprint import pdf_printing_available
from mobilaze_training.gui.data.common import fill_languages
from mobilaze_training.gui.screen import set_role
from mobilaze_training.services import certificates

if TYPE_CHECKING:
    from mobilaze_training.gui.shell import Shell


class MyCertificatesScreen(CertificateScreenBase):
    form_name = "certificate_mine"

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.language_combo = self.find(QComboBox, "languageCombo")
        fill_languages(self.language_combo, self.lang)
        self.save_button = self.find(QPushButton, "saveButton")
        self.print_button = self.find(QPushButton, "printButton")
        self.open_button = self.find(QPushButton, "openButton")
        self.print_button.setVisible(pdf_printing_available())
        self.save_button.clicked.connect(self.save_selected)
        self.print_button.clicked.connect(self.print_selected)
        self.open_button.clicked.connect(self.open_selected)
        self.find(QPushButton, "verifyButton").clicked.connect(self.open_verification)
        # the trainee's own name is on every row: the module gets the room instead
        self.view.setColumnHidden(CertificatesTableModel.COL_NAME, True)
        self.view.setColumnWidth(CertificatesTableModel.COL_MODULE, 460)
        self.view.activated.connect(self._activated)
        self.busy_buttons(self.save_button, self.print_button, self.open_button)
        set_role(self.save_button, "primary")
        self.refresh()
        self.focus_first(self.view if self.model.rowCount() else self.save_button)

    def screen_title(self) -> str:
        return self.tr("My certificates")

    def certificate_language(self) -> str | None:
        return str(self.language_combo.currentData())

    def refresh(self) -> None:
        found = self.call(certificates.register, self.ctx, self.principal) or []
        self.show_certificates(found)
        self.find(QLabel, "emptyLabel").setVisible(not found)
        self._update()

    def _activated(self, _index: QModelIndex) -> None:
        self.save_selected()

    def open_verification(self) -> None:
        from mobilaze_training.gui.certificates.verify import VerifyScreen

        shell = self.shell
        shell.show_screen(lambda: VerifyScreen(shell))
