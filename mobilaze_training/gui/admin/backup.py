"""Backup and restore of the embedded database, with progress, off the GUI thread."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QProgressBar, QPushButton

from mobilaze_training.errors import MobilazeError
from mobilaze_training.gui import dialogs
from mobilaze_training.gui.instructor.base import FormScreen
from mobilaze_training.gui.operations import Operation
from mobilaze_training.gui.screen import set_role
from mobilaze_training.services import backup
from mobilaze_training.services.backup import BackupInfo

if TYPE_CHECKING:
    from mobilaze_training.gui.shell import Shell


class BackupScreen(FormScreen):
    form_name = "admin_backup"

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.progress = self.find(QProgressBar, "progressBar")
        self.result = self.find(QLabel, "resultLabel")
        self.create_button = self.find(QPushButton, "createButton")
        self.restore_button = self.find(QPushButton, "restoreButton")
        self.create_button.clicked.connect(self.choose_backup_file)
        self.restore_button.clicked.connect(self.choose_restore_file)
        self.working: Operation | None = None
        self.progress.hide()
        self.result.hide()
        self.focus_first(self.create_button)

    def screen_title(self) -> str:
        return self.tr("Backup and restore")

    # ---- making a backup ----------------------------------------------------------------
    def choose_backup_file(self) -> None:
        stamp = datetime.now().strftime("%Y-%m-%d-%H%M")
        suggested = str(Path.home() / f"mobilaze-backup-{stamp}.zip")
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the backup as"), suggested, self.tr("Backups (*.zip)")
        )
        if path:
            if not path.lower().endswith(".zip"):
                path += ".zip"
            self.make_backup(Path(path))

    def make_backup(self, out: Path) -> None:
        if self.working is not None:
            return
        ctx, actor = self.ctx, self.principal
        self._busy(True, self.tr("Making the backup…"))
        self.working = self.run_slow(
            lambda progress: backup.create_backup(ctx, actor, out, progress),
            self._created,
            self._failed,
            self._progressed,
        )

    def _created(self, info: BackupInfo) -> None:
        self._busy(False)
        size = f"{info.size / 1_000_000:.1f} MB"
        text = self.tr("The backup is saved: %1 (%2).").replace("%1", str(info.path))
        self._say(text.replace("%2", size), "success")

    # ---- restoring ----------------------------------------------------------------------
    def choose_restore_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup to restore"),
            str(Path.home()),
            self.tr("Backups (*.zip)"),
        )
        if path:
            self.ask_restore(Path(path))

    def ask_restore(self, path: Path) -> QMessageBox | None:
        """Ask before restoring (window-modal, the event loop keeps running)."""
        try:
            manifest = backup.read_manifest(path)
        except MobilazeError as exc:
            dialogs.show_error(self, exc)
            return None
        made = str(manifest.get("created_at", "?"))[:16].replace("T", " ")
        text = self.tr(
            "Restore the backup made on %1 (UTC)?\n\n"
            "ALL current data will be replaced by the data in the backup. The current "
            "database is saved first in the backups folder.\n\n"
            "The program will then reopen the database and you will need to log in again."
        ).replace("%1", made)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Restore a backup"),
            text,
            QMessageBox.StandardButton.Cancel,
            self,
        )
        restore = box.addButton(self.tr("&Restore and reopen"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setObjectName("restoreQuestion")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(_result: int) -> None:
            if box.clickedButton() is restore:
                self.restore(path)

        box.finished.connect(answered)
        box.open()
        return box

    def restore(self, path: Path) -> None:
        if self.working is not None:
            return
        ctx, actor = self.ctx, self.principal
        self._busy(True, self.tr("Restoring the backup…"))
        self.working = self.run_slow(
            lambda progress: backup.restore_backup(ctx, actor, path, progress),
            self._restored,
            self._failed,
            self._progressed,
        )

    def _restored(self, _info: BackupInfo) -> None:
        self._busy(False)
        shell = self.shell
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Backup restored"),
            self.tr("The backup is restored and the database was reopened. Please log in again."),
            QMessageBox.StandardButton.Ok,
            shell,
        )
        box.setObjectName("restoredMessage")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        shell.logout()

    # ---- shared -------------------------------------------------------------------------
    def _busy(self, busy: bool, text: str = "") -> None:
        if not busy:
            self.working = None
        self.create_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        if text:
            self._say(text, "notice")

    def _progressed(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _failed(self, exc: BaseException) -> None:
        self._busy(False)
        self.result.hide()
        self.show_failure(exc)

    def _say(self, text: str, role: str) -> None:
        self.result.setText(text)
        self.result.show()
        set_role(self.result, role)
