"""The keys screen: this computer's public key (to copy or save), the keys it trusts (import,
remove), a new publisher key pair, and the "refuse unsigned modules" setting."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from pydantic import ValidationError
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
)

from mobilaze_training.auth.permissions import require
from mobilaze_training.errors import MobilazeError
from mobilaze_training.gui import dialogs
from mobilaze_training.gui.data.common import default_folder, save_file
from mobilaze_training.gui.instructor.base import (
    FormScreen,
    selected_source_row,
    setup_table,
    sorted_proxy,
)
from mobilaze_training.gui.sync.key_dialogs import GenerateKeyDialog, ImportKeyDialog
from mobilaze_training.gui.sync.models import TrustedKeysModel
from mobilaze_training.gui.sync.summary import show_role
from mobilaze_training.gui.trainee.prompts import ask
from mobilaze_training.services import keys, setup
from mobilaze_training.services.keys import KeyInfo

if TYPE_CHECKING:
    from mobilaze_training.gui.shell import Shell
    from mobilaze_training.sync.keyfile import PublicKeyLine

log = logging.getLogger(__name__)


class KeysScreen(FormScreen):
    form_name = "keys_screen"

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.line: PublicKeyLine | None = None
        self.machine_id = ""
        self.public_edit = self.find(QLineEdit, "publicKeyEdit")
        self.public_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.status = self.find(QLabel, "statusLabel")
        self.status.hide()
        self.copy_button = self.find(QPushButton, "copyButton")
        self.copy_button.clicked.connect(self.copy_key)
        self.find(QPushButton, "saveButton").clicked.connect(self.save_key)
        self.table = self.find(QTableView, "keysTable")
        self.model = TrustedKeysModel(self)
        setup_table(self.table, sorted_proxy(self.model, self), stretch_last=False)
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            mode = QHeaderView.ResizeMode.ResizeToContents
            if column == TrustedKeysModel.COL_LABEL:
                mode = QHeaderView.ResizeMode.Stretch
            header.setSectionResizeMode(column, mode)
        self.import_button = self.find(QPushButton, "importButton")
        self.remove_button = self.find(QPushButton, "removeButton")
        self.import_button.clicked.connect(self.import_key)
        self.remove_button.clicked.connect(self.ask_remove)
        self.find(QPushButton, "generateButton").clicked.connect(self.generate_key)
        self.signed = self.find(QCheckBox, "signedCheck")
        self.signed.setChecked(self.ctx.settings.require_signed_modules)
        self.signed.toggled.connect(self.save_signed)
        self.load_machine_key()
        self.refresh()
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.focus_first(self.copy_button)

    def screen_title(self) -> str:
        return self.tr("Keys and trust")

    def say(self, text: str, role: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        show_role(self.status, role)

    # ---- this computer's key ----------------------------------------------------------------
    def load_machine_key(self) -> None:
        self.line = self.call(keys.export_machine_key, self.ctx, self.principal)
        self.machine_id = self.call(setup.machine_id, self.ctx) or ""
        self.find(QLabel, "machineIdLabel").setText(self.machine_id)
        self.find(QLabel, "keyIdLabel").setText(self.line.key_id if self.line else "")
        self.public_edit.setText(self.line.text().strip() if self.line else "")
        self.public_edit.setCursorPosition(0)

    def copy_key(self) -> None:
        if self.line is None:
            return
        QGuiApplication.clipboard().setText(self.line.text().strip())
        self.say(self.tr("The public key is copied; paste it into a message."), "success")

    def save_key(self) -> None:
        suggested = default_folder() / f"computer-{self.machine_id[:8] or 'key'}.pub"
        out = save_file(
            self,
            self.tr("Save this computer's public key as"),
            suggested,
            self.tr("Public keys (*.pub)"),
            ".pub",
        )
        if out is None:
            return
        if self.call(keys.export_machine_key, self.ctx, self.principal, out) is not None:
            self.say(
                self.tr("The public key is saved: %1. Give it to the other side.").replace(
                    "%1", str(out)
                ),
                "success",
            )

    # ---- trusted keys -------------------------------------------------------------------------
    def refresh(self) -> None:
        self.model.set_rows(self.call(keys.list_keys, self.ctx, self.principal) or [])
        self._selection_changed()

    def _selection_changed(self, *_args: object) -> None:
        self.remove_button.setEnabled(self.selected() is not None)

    def selected(self) -> KeyInfo | None:
        row = selected_source_row(self.table)
        return None if row is None else self.model.record(row)

    def select_key(self, key_id: str) -> None:
        proxy = self.table.model()
        for row in range(proxy.rowCount()):
            if proxy.index(row, TrustedKeysModel.COL_KEY_ID).data() == key_id:
                self.table.selectRow(row)
                return

    def import_key(self) -> ImportKeyDialog:
        dialog = ImportKeyDialog(self, self.ctx, self.principal)
        dialog.accepted.connect(lambda: self._imported(dialog.imported))
        dialog.open()
        return dialog

    def _imported(self, info: KeyInfo | None) -> None:
        self.refresh()
        if info is None:
            return
        self.select_key(info.key_id)
        if info.kind == "machine":
            text = self.tr("The key %1 of computer %2 is trusted: its bundles are accepted.")
            text = text.replace("%2", info.machine_id or "?")
        else:
            text = self.tr("The publisher key %1 is trusted: modules signed with it are accepted.")
        self.say(text.replace("%1", info.key_id), "success")

    def ask_remove(self) -> None:
        info = self.selected()
        if info is None:
            self.say(self.tr("Choose a key in the table first."), "error")
            return
        text = self.tr("Stop trusting the key %1 (%2)?").replace("%1", info.key_id)
        text = text.replace("%2", info.label or info.kind)
        details = (
            self.tr("Bundles signed with it will be refused until it is imported again.")
            if info.kind == "machine"
            else self.tr("Modules signed only with it will be treated as unsigned.")
        )
        ask(
            self,
            "removeKeyQuestion",
            self.tr("Remove a trusted key"),
            text,
            self.tr("&Remove"),
            self.tr("&Keep"),
            lambda: self.remove(info),
            details=details,
        )

    def remove(self, info: KeyInfo) -> None:
        kind = "machine" if info.kind == "machine" else "publisher"
        if self.call(keys.remove_key, self.ctx, self.principal, info.key_id, kind) is not None:
            self.refresh()
            self.say(
                self.tr("The key %1 is no longer trusted.").replace("%1", info.key_id), "success"
            )

    # ---- publishers ---------------------------------------------------------------------------
    def generate_key(self) -> GenerateKeyDialog:
        dialog = GenerateKeyDialog(self, self.ctx, self.principal)
        dialog.accepted.connect(lambda: self._generated(dialog))
        dialog.open()
        return dialog

    def _generated(self, dialog: GenerateKeyDialog) -> None:
        made = dialog.generated
        if made is None:
            return
        self.refresh()
        text = self.tr(
            "The publisher key %1 is made. Private key: %2 (keep it secret). Public key: %3."
        )
        text = text.replace("%1", made.line.key_id).replace("%2", str(made.private_path))
        text = text.replace("%3", str(made.public_path))
        if made.trusted:
            self.select_key(made.line.key_id)
            text += " " + self.tr("This computer trusts it.")
        self.say(text, "success")

    def save_signed(self, checked: bool) -> None:
        previous = self.ctx.settings
        try:
            require(self.principal, "settings.change")
            self.ctx.settings = previous.model_copy(update={"require_signed_modules": checked})
            self.ctx.save_settings()
        except (MobilazeError, ValidationError, OSError) as exc:
            self.ctx.settings = previous
            log.warning("setting not saved: %s", exc)
            self.signed.blockSignals(True)
            self.signed.setChecked(previous.require_signed_modules)
            self.signed.blockSignals(False)
            dialogs.show_error(self, exc if isinstance(exc, MobilazeError) else str(exc))
            return
        if not checked:
            self.say(self.tr("Unsigned modules are accepted again."), "notice")
        elif not any(k.kind == "publisher" for k in self.model.records()):
            self.say(
                self.tr(
                    "Only signed modules are accepted now. No publisher key is trusted yet: "
                    "every new module is refused until you import one."
                ),
                "notice",
            )
        else:
            self.say(
                self.tr("Only modules signed by a trusted publisher are accepted now."), "success"
            )
