"""The administrator's data exchange screen: a results bundle for headquarters, a
distribution bundle for a post, and the import of either, each off the GUI thread with a
progress bar and then a summary of what was written or merged.

Bundles are written into a chosen folder (a USB stick) under generated names, such as
``results-<computer>-<date>.zip``. A refused bundle is shown in a dialog; nothing changes.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from mobilaze_training.errors import MobilazeError
from mobilaze_training.gui.data.common import (
    JobScreen,
    choose_folder_into,
    default_folder,
    open_file,
)
from mobilaze_training.gui.operations import Progress
from mobilaze_training.gui.sync.summary import SummaryPanel, show_role
from mobilaze_training.services import cohorts, setup, sync
from mobilaze_training.services.sync import ExportReport, ImportReport

if TYPE_CHECKING:
    from mobilaze_training.gui.shell import Shell

CHECKED = Qt.CheckState.Checked


@dataclass
class ExchangeState:
    """What the screen keeps across a rebuild (a language switch): choices and last summary."""

    folder: str = ""
    full: bool = False
    cohorts: set[str] = field(default_factory=set)
    last: ExportReport | ImportReport | None = None


def open_data_exchange(shell: Shell) -> QWidget:
    """Show the data exchange screen (its state survives a language switch)."""
    state = ExchangeState()
    return shell.show_screen(lambda: DataExchangeScreen(shell, state))


def slug(text: str, limit: int = 40) -> str:
    """A file-name-safe form of a cohort name ("Sərhəd-2026/1" -> "Sərhəd-2026-1")."""
    cleaned = re.sub(r"[^\w]+", "-", text, flags=re.UNICODE).strip("-_")
    return cleaned[:limit].rstrip("-_") or "post"


def unique_path(path: Path) -> Path:
    """`path`, or `path` with "-2", "-3"... before the suffix when it exists already."""
    candidate, n = path, 1
    while candidate.exists() or candidate.with_name(candidate.name + ".partial").exists():
        n += 1
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
    return candidate


class DataExchangeScreen(JobScreen):
    form_name = "sync_exchange"

    def __init__(self, shell: Shell, state: ExchangeState | None = None) -> None:
        super().__init__(shell)
        self.state = state or ExchangeState()
        self.importing = False
        self.return_focus: QWidget | None = None
        self.folder_edit = self.find(QLineEdit, "folderEdit")
        self.folder_edit.setText(self.state.folder or str(default_folder()))
        self.folder_edit.textChanged.connect(self._folder_typed)
        self.full_check = self.find(QCheckBox, "fullCheck")
        self.full_check.setChecked(self.state.full)
        self.full_check.toggled.connect(self._full_toggled)
        self.cohort_list = self.find(QListWidget, "cohortList")
        self.results_button = self.find(QPushButton, "resultsButton")
        self.distribution_button = self.find(QPushButton, "distributionButton")
        self.import_button = self.find(QPushButton, "importButton")
        folder_button = self.find(QPushButton, "folderButton")
        folder_button.clicked.connect(self.choose_folder)
        self.results_button.clicked.connect(self.export_results)
        self.distribution_button.clicked.connect(self.export_distribution)
        self.import_button.clicked.connect(self.choose_bundle)
        self.find(QPushButton, "keysButton").clicked.connect(self.open_keys)
        self.job_buttons(
            self.results_button,
            self.distribution_button,
            self.import_button,
            folder_button,
            self.folder_edit,
            self.full_check,
        )
        self.panel = SummaryPanel(
            self.find(QLabel, "emptyLabel"),
            self.find(QTableView, "summaryTable"),
            self.find(QLabel, "detailsLabel"),
        )
        self.machine_id = self.call(setup.machine_id, self.ctx) or ""
        self.find(QLabel, "machineLabel").setText(
            self.tr("This computer: %1 (computer id %2).")
            .replace("%1", self.ctx.settings.centre_name)
            .replace("%2", self.machine_id)
        )
        self._fill_cohorts()
        if self.state.last is not None:
            self.show_report(self.state.last)
        self.focus_first(self.folder_edit)

    def screen_title(self) -> str:
        return self.tr("Data exchange")

    # ---- choices --------------------------------------------------------------------------
    def _fill_cohorts(self) -> None:
        found = self.call(cohorts.list_cohorts, self.ctx, self.principal) or []
        self.cohort_list.clear()
        for cohort in found:
            text = self.tr("%1 (%n trainee(s))", "", cohort.trainees).replace("%1", cohort.name)
            item = QListWidgetItem(text, self.cohort_list)
            item.setData(Qt.ItemDataRole.UserRole, cohort.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = cohort.name in self.state.cohorts
            item.setCheckState(CHECKED if checked else Qt.CheckState.Unchecked)
        if self.cohort_list.count():
            self.cohort_list.setCurrentRow(0)
        else:
            QListWidgetItem(self.tr("No cohorts yet."), self.cohort_list).setFlags(
                Qt.ItemFlag.NoItemFlags
            )
        self.cohort_list.itemChanged.connect(self._cohort_checked)

    def chosen_cohorts(self) -> list[str]:
        names = []
        for row in range(self.cohort_list.count()):
            item = self.cohort_list.item(row)
            if item.checkState() == CHECKED and item.data(Qt.ItemDataRole.UserRole):
                names.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return names

    def _cohort_checked(self, _item: QListWidgetItem) -> None:
        self.state.cohorts = set(self.chosen_cohorts())

    def _folder_typed(self, text: str) -> None:
        self.state.folder = text

    def _full_toggled(self, checked: bool) -> None:
        self.state.full = checked

    def choose_folder(self) -> None:
        choose_folder_into(self, self.folder_edit, self.tr("Choose the folder for bundles"))

    def folder(self) -> Path | None:
        """The chosen folder, or None (and why) when there is none."""
        text = self.folder_edit.text().strip()
        if not text:
            self.say(self.tr("Choose the folder for the bundles first."), "error")
            self.folder_edit.setFocus()
            return None
        folder = Path(text).expanduser()
        if not folder.is_dir():
            message = self.tr("The folder %1 does not exist. Is the USB stick plugged in?")
            self.say(message.replace("%1", str(folder)), "error")
            self.folder_edit.setFocus()
            return None
        return folder

    # ---- work -----------------------------------------------------------------------------
    def export_results(self) -> None:
        folder = self.folder()
        if folder is None:
            return
        short = slug(self.machine_id[:8] or "computer")
        out = unique_path(folder / f"results-{short}-{date.today().isoformat()}.zip")
        ctx, actor, full = self.ctx, self.principal, self.full_check.isChecked()
        self._start(
            lambda _progress: sync.export_bundle(ctx, actor, out, full=full),
            self.tr("Writing the results bundle %1…").replace("%1", out.name),
        )

    def export_distribution(self) -> None:
        names = self.chosen_cohorts()
        if not names:
            self.say(self.tr("Check at least one cohort for the post."), "error")
            self.cohort_list.setFocus()
            return
        folder = self.folder()
        if folder is None:
            return
        name = slug("-".join(slug(n) for n in names))
        out = unique_path(folder / f"distribution-{name}-{date.today().isoformat()}.zip")
        ctx, actor = self.ctx, self.principal
        self._start(
            lambda _progress: sync.export_bundle(ctx, actor, out, names),
            self.tr("Writing the distribution bundle %1…").replace("%1", out.name),
        )

    def choose_bundle(self) -> None:
        start = Path(self.folder_edit.text().strip() or default_folder())
        path = open_file(
            self,
            self.tr("Choose a bundle to import"),
            start,
            self.tr("Bundles (*.zip);;All files (*)"),
        )
        if path is not None:
            self.import_bundle(path)

    def import_bundle(self, path: Path) -> None:
        ctx, actor = self.ctx, self.principal
        self._start(
            lambda _progress: sync.import_bundle(ctx, actor, path),
            self.tr("Checking and merging %1…").replace("%1", path.name),
            importing=True,
        )

    def _start(
        self, work: Callable[[Progress], Any], text: str, *, importing: bool = False
    ) -> None:
        if self.working is not None:
            return
        self.importing = importing
        self.return_focus = self.focusWidget()  # a disabled button loses the focus
        self.panel.clear()
        self.start_job(work, self._finished, text)

    def busy(self, busy: bool, text: str = "") -> None:
        super().busy(busy, text)
        if not busy and self.return_focus is not None:
            self.return_focus.setFocus()
            self.return_focus = None

    def _finished(self, report: ExportReport | ImportReport) -> None:
        self.importing = False
        self.state.last = report
        self.show_report(report)

    def show_report(self, report: ExportReport | ImportReport) -> None:
        if isinstance(report, ImportReport):
            headline, role = self.panel.show_import(report)
        else:
            headline, role = self.panel.show_export(report)
        self.say(headline, role)

    def job_failed(self, exc: BaseException) -> None:
        importing, self.importing = self.importing, False
        self.state.last = None
        self.panel.clear()
        if importing and isinstance(exc, MobilazeError):
            self.say(self.tr("The bundle was refused; nothing was imported."), "error")
            self.refused(str(exc))
            return
        super().job_failed(exc)

    def refused(self, message: str) -> QMessageBox:
        """The refusal in a dialog that does not block the event loop."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Bundle refused"),
            message,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setInformativeText(self.tr("Nothing was changed on this computer."))
        box.setObjectName("refusedMessage")
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def say(self, text: str, role: str) -> None:
        super().say(text, role)
        show_role(self.result, role)

    def open_keys(self) -> None:
        from mobilaze_training.gui.sync.keys import KeysScreen

        shell = self.shell
        shell.show_screen(lambda: KeysScreen(shell))
