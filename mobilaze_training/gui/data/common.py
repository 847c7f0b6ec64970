"""What the data and certificate screens share: choice lists, file pickers, a job dialog."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QLineEdit, QProgressBar, QWidget

from mobilaze_training.errors import MobilazeError
from mobilaze_training.gui import dialogs, operations
from mobilaze_training.gui.i18n import LANGUAGES
from mobilaze_training.gui.instructor.base import FormDialog, FormScreen
from mobilaze_training.gui.models.formatting import localised
from mobilaze_training.gui.screen import set_role
from mobilaze_training.services.cohorts import CohortInfo
from mobilaze_training.services.courses import ModuleSummary

if TYPE_CHECKING:
    from mobilaze_training.gui.shell import Shell

log = logging.getLogger(__name__)


# ---- choice lists --------------------------------------------------------------------------


def module_title(module: ModuleSummary, lang: str) -> str:
    default = module.languages[0] if module.languages else "en"
    return localised(module.title, lang, default) or module.module_id


def fill_languages(combo: QComboBox, current: str) -> None:
    """The three languages by their own names; `current` selected."""
    combo.clear()
    for code, name in LANGUAGES.items():
        combo.addItem(name, code)
    combo.setCurrentIndex(max(0, combo.findData(current)))


def fill_modules(
    combo: QComboBox,
    modules: Sequence[ModuleSummary],
    lang: str,
    all_text: str | None = None,
) -> None:
    """Modules by title in the interface language (data: the module id); `all_text` first
    (data None) when given."""
    combo.clear()
    if all_text is not None:
        combo.addItem(all_text, None)
    for module in sorted(modules, key=lambda m: module_title(m, lang).casefold()):
        combo.addItem(module_title(module, lang), module.module_id)
        combo.setItemData(combo.count() - 1, module.module_id, Qt.ItemDataRole.ToolTipRole)


def fill_cohorts(
    combo: QComboBox, cohorts: Sequence[CohortInfo], all_text: str | None = None
) -> None:
    combo.clear()
    if all_text is not None:
        combo.addItem(all_text, None)
    for cohort in cohorts:
        combo.addItem(cohort.name, cohort.name)


def fill_assessments(
    combo: QComboBox,
    module: ModuleSummary | None,
    lang: str,
    skip_kinds: tuple[str, ...] = ("practical",),
) -> None:
    """The assessments of a module (data: the assessment id), exams first."""
    combo.clear()
    if module is None:
        return
    default = module.languages[0] if module.languages else "en"
    kinds = {
        "exam": QCoreApplication.translate("DataCommon", "exam"),
        "practice": QCoreApplication.translate("DataCommon", "practice quiz"),
        "practical": QCoreApplication.translate("DataCommon", "practical"),
    }
    ordered = sorted(module.assessments, key=lambda a: a.get("kind") != "exam")
    for assessment in ordered:
        kind = str(assessment.get("kind", ""))
        if kind in skip_kinds:
            continue
        title = localised(assessment.get("title"), lang, default) or str(assessment["id"])
        combo.addItem(f"{title} ({kinds.get(kind, kind)})", assessment["id"])


# ---- files -----------------------------------------------------------------------------------


def save_file(
    parent: QWidget, title: str, suggested: Path, filters: str, suffix: str
) -> Path | None:
    """Ask where to save; the file gets `suffix` (".csv") when the name has none."""
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
    if not path:
        return None
    chosen = Path(path)
    if suffix and chosen.suffix.lower() != suffix:
        chosen = chosen.with_name(chosen.name + suffix)
    return chosen


def open_file(parent: QWidget, title: str, start: Path, filters: str) -> Path | None:
    path, _filter = QFileDialog.getOpenFileName(parent, title, str(start), filters)
    return Path(path) if path else None


def choose_folder(parent: QWidget, title: str, start: Path) -> Path | None:
    path = QFileDialog.getExistingDirectory(parent, title, str(start))
    return Path(path) if path else None


def choose_folder_into(parent: QWidget, edit: QLineEdit, title: str) -> None:
    """Ask for a folder, starting at the one `edit` names (or the documents folder), and put
    the chosen one into `edit`; a cancel leaves it as it was."""
    start = Path(edit.text().strip() or default_folder())
    folder = choose_folder(parent, title, start)
    if folder is not None:
        edit.setText(str(folder))


def open_in_system(path: Path) -> bool:
    """Open a file or folder with the program the system uses for it (a PDF viewer...)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def default_folder() -> Path:
    documents = Path.home() / "Documents"
    return documents if documents.is_dir() else Path.home()


# ---- a dialog whose OK runs slow work with progress -----------------------------------------


class JobDialog(FormDialog):
    """A dialog (with `progressBar` and `problemLabel`) whose OK runs slow work off the GUI
    thread with progress. It closes when the work succeeds (`result_value` holds its result);
    a refusal is shown in the dialog, which stays open. Cancel stops the work.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.result_value: Any = None
        self.working: operations.Operation | None = None
        self.progress = self.find(QProgressBar, "progressBar")
        self.progress.hide()
        self.problem("")

    def problem(self, text: str) -> None:
        label = self.find(QLabel, "problemLabel")
        label.setText(text)
        label.setVisible(bool(text))
        if text:
            set_role(label, "error")

    def start(self, work: Callable[[operations.Progress], Any]) -> None:
        if self.working is not None:
            return
        self.problem("")
        self.ok_button().setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.working = operations.run(
            work, self._succeeded, self._failed, self._progressed, parent=self
        )

    def _progressed(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))

    def _succeeded(self, result: Any) -> None:
        self.working = None
        self.progress.hide()
        self.ok_button().setEnabled(True)
        self.result_value = result
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self.working = None
        self.progress.hide()
        self.ok_button().setEnabled(True)
        if isinstance(exc, operations.Cancelled):
            return
        if isinstance(exc, MobilazeError):
            self.problem(str(exc))
        elif isinstance(exc, OSError):
            where = f"{exc.filename}: " if exc.filename else ""
            self.problem(
                self.tr("The files could not be written: %1").replace(
                    "%1", where + (exc.strerror or str(exc))
                )
            )
        else:
            log.error("background work failed: %r", exc)
            dialogs.show_error(self, exc)

    def reject(self) -> None:
        if self.working is not None:
            self.working.cancel()
        super().reject()


# ---- a screen that runs one slow job at a time ------------------------------------------------


class JobScreen(FormScreen):
    """A screen with a `progressBar` and a `resultLabel` that runs one slow job at a time."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.progress = self.find(QProgressBar, "progressBar")
        self.result = self.find(QLabel, "resultLabel")
        self.progress.hide()
        self.result.hide()
        self.working: operations.Operation | None = None
        self._job_buttons: list[QWidget] = []

    def job_buttons(self, *widgets: QWidget) -> None:
        """Widgets disabled while a job runs."""
        self._job_buttons = list(widgets)

    def start_job(
        self,
        work: Callable[[operations.Progress], Any],
        on_success: Callable[[Any], None],
        text: str,
    ) -> operations.Operation | None:
        if self.working is not None:
            return None
        self.busy(True, text)
        self.working = self.run_slow(
            work,
            lambda result: self._job_done(result, on_success),
            self._job_failed,
            self._progressed,
        )
        return self.working

    def cancel_job(self) -> None:
        if self.working is not None:
            self.working.cancel()

    def _job_done(self, result: Any, on_success: Callable[[Any], None]) -> None:
        self.busy(False)
        on_success(result)

    def _job_failed(self, exc: BaseException) -> None:
        self.busy(False)
        if isinstance(exc, operations.Cancelled):
            self.say(self.tr("Stopped; nothing was written."), "notice")
            return
        self.result.hide()
        self.job_failed(exc)

    def job_failed(self, exc: BaseException) -> None:
        """Show why the job failed (screens may show more, e.g. a list of problems)."""
        if isinstance(exc, MobilazeError):
            self.say(str(exc), "error")
        elif isinstance(exc, OSError):
            where = f"{exc.filename}: " if exc.filename else ""
            text = self.tr("The file could not be written: %1")
            self.say(text.replace("%1", where + (exc.strerror or str(exc))), "error")
        else:
            self.show_failure(exc)

    def busy(self, busy: bool, text: str = "") -> None:
        if not busy:
            self.working = None
        for widget in self._job_buttons:
            widget.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.progress.setRange(0, 0)
        if text:
            self.say(text, "notice")

    def _progressed(self, done: int, total: int, _text: str = "") -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, max(total, 1)))

    def say(self, text: str, role: str) -> None:
        self.result.setText(text)
        self.result.show()
        set_role(self.result, role)
