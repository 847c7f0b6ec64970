"""Course modules: the installed list; installing from a folder or zip, with every problem."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QCheckBox,
    QFileDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
)

from mobilaze_training.courses.install import InstallResult
from mobilaze_training.errors import Problem, ValidationFailed
from mobilaze_training.gui.instructor.base import FormScreen, setup_table, sorted_proxy
from mobilaze_training.gui.models.tables import ModulesTableModel, ProblemsTableModel
from mobilaze_training.gui.operations import Operation
from mobilaze_training.gui.screen import set_role
from mobilaze_training.services import courses

if TYPE_CHECKING:
    from mobilaze_training.gui.shell import Shell


class ModulesScreen(FormScreen):
    form_name = "modules_screen"

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.model = ModulesTableModel(self.lang, self)
        self.view = self.find(QTableView, "moduleView")
        setup_table(self.view, sorted_proxy(self.model, self))
        for column, width in (
            (ModulesTableModel.COL_TITLE, 300),
            (ModulesTableModel.COL_ID, 200),
            (ModulesTableModel.COL_VERSION, 80),
            (ModulesTableModel.COL_LANGUAGES, 110),
            (ModulesTableModel.COL_LESSONS, 75),
            (ModulesTableModel.COL_QUESTIONS, 90),
        ):
            self.view.setColumnWidth(column, width)
        self.problems = ProblemsTableModel(self)
        self.problem_view = self.find(QTableView, "problemView")
        setup_table(self.problem_view, sorted_proxy(self.problems, self))
        self.problem_view.sortByColumn(ProblemsTableModel.COL_KIND, Qt.SortOrder.AscendingOrder)
        for column, width in (
            (ProblemsTableModel.COL_KIND, 130),
            (ProblemsTableModel.COL_FILE, 240),
            (ProblemsTableModel.COL_LINE, 60),
            (ProblemsTableModel.COL_FIELD, 220),
        ):
            self.problem_view.setColumnWidth(column, width)
        layout = self.form.layout()
        if isinstance(layout, QBoxLayout):
            layout.setStretchFactor(self.view, 1)
            layout.setStretchFactor(self.problem_view, 2)
        self.progress = self.find(QProgressBar, "progressBar")
        self.result = self.find(QLabel, "resultLabel")
        self.force = self.find(QCheckBox, "forceCheck")
        self.folder_button = self.find(QPushButton, "folderButton")
        self.zip_button = self.find(QPushButton, "zipButton")
        self.folder_button.clicked.connect(self.choose_folder)
        self.zip_button.clicked.connect(self.choose_zip)
        self.find(QPushButton, "copyButton").clicked.connect(self.copy_problems)
        self.installing: Operation | None = None
        self.source: Path | None = None
        self.progress.hide()
        self.result.hide()
        self._show_problems([])
        self.refresh()
        self.focus_first(self.folder_button)

    def screen_title(self) -> str:
        return self.tr("Modules")

    def refresh(self) -> None:
        self.model.set_rows(self.call(courses.list_modules, self.ctx, self.principal) or [])

    # ---- choosing -----------------------------------------------------------------------
    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the module's folder (it holds module.yaml)")
        )
        if folder:
            self.install(Path(folder))

    def choose_zip(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the module's zip file"),
            "",
            self.tr("Module archives (*.zip)"),
        )
        if path:
            self.install(Path(path))

    # ---- installing ---------------------------------------------------------------------
    def install(self, path: Path) -> None:
        """Validate and install `path` off the GUI thread; problems are listed when refused."""
        if self.installing is not None:
            return
        ctx, actor, force = self.ctx, self.principal, self.force.isChecked()
        self.source = path
        self._busy(True)
        self._show_problems([])
        self._say(self.tr("Checking and installing %1…").replace("%1", path.name), "notice")
        self.installing = self.run_slow(
            lambda _progress: courses.install(ctx, actor, path, force=force),
            self._installed,
            self._refused,
        )

    def _busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        for widget in (self.folder_button, self.zip_button, self.force):
            widget.setEnabled(not busy)

    def _installed(self, outcome: tuple[InstallResult, list[Problem]]) -> None:
        self.installing = None
        self._busy(False)
        result, warnings = outcome
        texts = {
            "installed": self.tr("Module %1, version %2, is installed."),
            "upgraded": self.tr("Module %1 is updated to version %2 (it was %3)."),
            "unchanged": self.tr("Module %1, version %2, was installed already; nothing changed."),
            "downgraded": self.tr("Module %1 is replaced by the older version %2 (it was %3)."),
            "replaced": self.tr("Module %1, version %2, was replaced."),
        }
        text = texts.get(result.outcome, texts["installed"])
        text = text.replace("%1", result.module_id).replace("%2", result.version)
        text = text.replace("%3", result.previous or "")
        if warnings:
            text += " " + self.tr("Warnings (listed below): %1.").replace("%1", str(len(warnings)))
        self._say(text, "success")
        self._show_problems(warnings, self.source)
        self.refresh()

    def _refused(self, exc: BaseException) -> None:
        self.installing = None
        self._busy(False)
        if isinstance(exc, ValidationFailed):
            errors = sum(1 for p in exc.problems if not p.warning)
            text = self.tr(
                "The module was refused: %n problem(s) found. Nothing was stored. "
                "Fix every problem listed below and install again.",
                "",
                errors,
            )
            self._say(text, "error")
            self._show_problems(exc.problems, self.source)
            self.problem_view.setFocus()
            return
        self.result.hide()
        self.show_failure(exc)

    def _say(self, text: str, role: str) -> None:
        self.result.setText(text)
        self.result.setVisible(bool(text))
        set_role(self.result, role)

    def _show_problems(self, problems: list[Problem], root: Path | None = None) -> None:
        self.problems.set_problems(problems, str(root).rstrip("/") if root else None)
        visible = bool(problems)
        self.find(QPushButton, "copyButton").setText(self.tr("&Copy the list"))
        for widget in (
            self.problem_view,
            self.find(QLabel, "problemsLabel"),
            self.find(QPushButton, "copyButton"),
        ):
            widget.setVisible(visible)
        if visible:
            self.problem_view.selectRow(0)

    def copy_problems(self) -> None:
        text = "\n".join(str(p) for p in self.problems.records())
        QApplication.clipboard().setText(text)
        self.find(QPushButton, "copyButton").setText(self.tr("Copied to the clipboard"))
