"""Dialogs of the keys screen: import a trusted key, generate a publisher key pair."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPushButton, QRadioButton, QWidget

from mobilaze_training.auth.permissions import Principal
from mobilaze_training.gui.data.common import default_folder, open_file, save_file
from mobilaze_training.gui.instructor.base import WorkingDialog
from mobilaze_training.services import keys
from mobilaze_training.services.context import AppContext
from mobilaze_training.services.keys import KeyInfo

if TYPE_CHECKING:
    from mobilaze_training.sync.keyfile import PublicKeyLine


class ImportKeyDialog(WorkingDialog):
    """Trust a computer's or a publisher's public key from its .pub file."""

    form_name = "keys_import_dialog"

    def __init__(self, parent: QWidget, ctx: AppContext, actor: Principal) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor = actor
        self.machine_radio = self.find(QRadioButton, "machineRadio")
        self.publisher_radio = self.find(QRadioButton, "publisherRadio")
        self.file_edit = self.find(QLineEdit, "fileEdit")
        self.label_edit = self.find(QLineEdit, "labelEdit")
        self.find(QPushButton, "fileButton").clicked.connect(self.choose_file)
        self.ok_button().setText(self.tr("&Trust this key"))
        self.problem("")
        self.resize(600, self.sizeHint().height())
        self.machine_radio.setFocus()

    def kind(self) -> keys.KeyKind:
        return "publisher" if self.publisher_radio.isChecked() else "machine"

    def choose_file(self) -> None:
        start = Path(self.file_edit.text().strip() or default_folder())
        path = open_file(
            self,
            self.tr("Choose the public key file"),
            start,
            self.tr("Public keys (*.pub *.txt);;All files (*)"),
        )
        if path is not None:
            self.file_edit.setText(str(path))

    def accept(self) -> None:
        text = self.file_edit.text().strip()
        if not text:
            self.problem(self.tr("Choose the key file."))
            self.file_edit.setFocus()
            return
        ctx, actor, kind = self.ctx, self.actor, self.kind()
        source = Path(text).expanduser()
        label = " ".join(self.label_edit.text().split()) or None
        self.start(lambda: keys.import_key(ctx, actor, source, kind, label=label))

    @property
    def imported(self) -> KeyInfo | None:
        value = self.result_value
        return value if isinstance(value, KeyInfo) else None


@dataclass(frozen=True)
class GeneratedKey:
    line: PublicKeyLine
    private_path: Path
    public_path: Path
    trusted: bool


class GenerateKeyDialog(WorkingDialog):
    """A new publisher key pair (private PEM and .pub beside it), optionally trusted here."""

    form_name = "keys_generate_dialog"

    def __init__(self, parent: QWidget, ctx: AppContext, actor: Principal) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor = actor
        self.label_edit = self.find(QLineEdit, "labelEdit")
        self.file_edit = self.find(QLineEdit, "fileEdit")
        self.file_edit.setText(str(default_folder() / "publisher-key.pem"))
        self.trust_check = self.find(QCheckBox, "trustCheck")
        self.find(QPushButton, "fileButton").clicked.connect(self.choose_file)
        self.ok_button().setText(self.tr("&Generate"))
        self.problem("")
        self.resize(600, self.sizeHint().height())
        self.label_edit.setFocus()

    def choose_file(self) -> None:
        start = Path(self.file_edit.text().strip() or default_folder() / "publisher-key.pem")
        path = save_file(
            self,
            self.tr("Save the private key as"),
            start,
            self.tr("Private keys (*.pem)"),
            ".pem",
        )
        if path is not None:
            self.file_edit.setText(str(path))

    def accept(self) -> None:
        label = " ".join(self.label_edit.text().split())
        if not label:
            self.problem(self.tr("Give the key a label, for example the publisher's name."))
            self.label_edit.setFocus()
            return
        text = self.file_edit.text().strip()
        if not text:
            self.problem(self.tr("Choose where to save the private key."))
            self.file_edit.setFocus()
            return
        out = Path(text).expanduser()
        if not out.suffix:
            out = out.with_suffix(".pem")
        if out.exists():
            self.problem(self.tr("%1 exists already; choose another name.").replace("%1", str(out)))
            self.file_edit.setFocus()
            return
        ctx, actor, trust = self.ctx, self.actor, self.trust_check.isChecked()

        def work() -> GeneratedKey:
            line = keys.generate_publisher_key(ctx, actor, out, label)
            if trust:
                keys.import_key(ctx, actor, line.text(), "publisher")
            return GeneratedKey(line, out, out.with_name(out.stem + ".pub"), trust)

        self.start(work)

    @property
    def generated(self) -> GeneratedKey | None:
        value = self.result_value
        return value if isinstance(value, GeneratedKey) else None
