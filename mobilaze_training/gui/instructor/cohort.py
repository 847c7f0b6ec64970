"""One cohort: its progress grid, its trainees, its modules with due dates."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar, QPushButton, QTableView

from mobilaze_training.gui import dialogs
from mobilaze_training.gui.instructor import progress_grid
from mobilaze_training.gui.instructor.attempt_detail import AttemptDetailScreen
from mobilaze_training.gui.instructor.base import (
    FormScreen,
    selected_source_row,
    setup_table,
    sorted_proxy,
)
from mobilaze_training.gui.instructor.cohort_dialogs import AssignDialog, EnrolDialog
from mobilaze_training.gui.models.formatting import local_date
from mobilaze_training.gui.models.progress import ProgressFilterProxy, ProgressTableModel
from mobilaze_training.gui.models.tables import TextTableModel
from mobilaze_training.gui.operations import Operation
from mobilaze_training.services import cohorts, courses, users
from mobilaze_training.services.cohorts import CohortInfo, ProgressRow

if TYPE_CHECKING:
    from mobilaze_training.gui.shell import Shell


class CohortScreen(FormScreen):
    form_name = "cohort_screen"

    def __init__(self, shell: Shell, cohort_name: str) -> None:
        super().__init__(shell)
        self.cohort_name = cohort_name
        self.info: CohortInfo | None = None
        self.rows: list[ProgressRow] = []
        self.titles = self._module_titles()
        self.loading: Operation | None = None
        # progress grid
        self.model = ProgressTableModel(self)
        self.proxy = ProgressFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.grid = self.find(QTableView, "progressView")
        progress_grid.configure_view(self.grid, self.proxy)
        self.grid.activated.connect(self._open_cell)
        self.filter_edit = self.find(QLineEdit, "filterEdit")
        progress_grid.connect_filter(self.filter_edit, self.proxy)
        self.filter_edit.textChanged.connect(self._update_count)
        self.count_label = self.find(QLabel, "countLabel")
        self.loading_bar = self.find(QProgressBar, "loadingBar")
        progress_grid.fill_legend(
            self.model,
            {s: self.find(QLabel, n) for s, n in progress_grid.LEGEND_NAMES.items()},
        )
        self.find(QPushButton, "refreshButton").clicked.connect(self.refresh)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self).activated.connect(
            self.refresh
        )
        # trainees and modules
        self.trainee_model = TextTableModel(
            [self.tr("Full name"), self.tr("Username"), self.tr("Modules passed")],
            self,
            collated=(0,),
        )
        self.trainee_view = self.find(QTableView, "traineeView")
        setup_table(self.trainee_view, sorted_proxy(self.trainee_model, self))
        self.trainee_view.setColumnWidth(0, 280)
        self.trainee_view.setColumnWidth(1, 160)
        self.module_model = TextTableModel(
            [self.tr("Module"), self.tr("Identifier"), self.tr("Due date")], self
        )
        self.module_view = self.find(QTableView, "moduleView")
        setup_table(self.module_view, self.module_model)
        self.module_view.setColumnWidth(0, 380)
        self.module_view.setColumnWidth(1, 220)
        self.find(QPushButton, "enrolButton").clicked.connect(self.enrol)
        self.find(QPushButton, "unenrolButton").clicked.connect(self.unenrol)
        self.find(QPushButton, "assignButton").clicked.connect(self.assign)
        self.find(QLabel, "headingLabel").setText(cohort_name)
        self.focus_first(self.grid)
        self.refresh()

    def screen_title(self) -> str:
        return self.tr("Cohort: %1").replace("%1", self.cohort_name)

    # ---- loading ------------------------------------------------------------------------
    def _module_titles(self) -> dict[str, str]:
        found = self.call(courses.list_modules, self.ctx, self.principal) or []
        out = {}
        for mod in found:
            default = mod.languages[0] if mod.languages else "en"
            out[mod.module_id] = mod.title.get(self.lang) or mod.title.get(default) or mod.module_id
        return out

    def refresh(self) -> None:
        """Reload the cohort and its progress off the GUI thread."""
        if self.loading is not None:
            return
        self.loading_bar.show()
        ctx, actor, name = self.ctx, self.principal, self.cohort_name

        def work(_progress: object) -> tuple[CohortInfo | None, list[ProgressRow]]:
            info = next((c for c in cohorts.list_cohorts(ctx, actor) if c.name == name), None)
            return info, cohorts.cohort_progress(ctx, actor, name)

        self.loading = self.run_slow(work, self._loaded, self._load_failed)

    def _load_failed(self, exc: BaseException) -> None:
        self.loading = None
        self.loading_bar.hide()
        self.show_failure(exc)

    def _loaded(self, result: tuple[CohortInfo | None, list[ProgressRow]]) -> None:
        self.loading = None
        self.loading_bar.hide()
        self.info, self.rows = result
        module_ids = self.info.modules if self.info else []
        modules = [(mid, self.titles.get(mid, mid)) for mid in module_ids]
        self.model.set_rows(self.rows, modules)
        progress_grid.size_columns(self.grid, [title for _mid, title in modules])
        due = {p.module_id: p.due_at for p in (self.rows[0].modules if self.rows else [])}
        self.module_model.set_rows(
            [(title, mid, local_date(due.get(mid)) or "—") for mid, title in modules]
        )
        self.trainee_model.set_rows(
            [
                (r.full_name, r.username, self.model.text(i, ProgressTableModel.COL_PASSED))
                for i, r in enumerate(self.rows)
            ]
        )
        self._update_count()

    def _update_count(self, *_args: object) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        modules = max(0, self.model.columnCount() - ProgressTableModel.FIRST_MODULE)
        text = self.tr("%1 trainee(s), %2 module(s)")
        text = text.replace("%1", str(total)).replace("%2", str(modules))
        if shown != total:
            text += " " + self.tr("(%1 shown)").replace("%1", str(shown))
        self.count_label.setText(text)

    # ---- actions ------------------------------------------------------------------------
    def _open_cell(self, index: QModelIndex) -> None:
        source = self.proxy.mapToSource(index)
        module_id = self.model.module_at(source.column())
        if module_id is None:
            return
        trainee = self.model.trainee(source.row())
        title = self.titles.get(module_id, module_id)
        shell = self.shell
        shell.show_screen(
            lambda: AttemptDetailScreen(
                shell, trainee.username, trainee.full_name, module_id, title
            )
        )

    def enrol(self) -> None:
        trainees = self.call(users.list_users, self.ctx, self.principal, "trainee")
        if trainees is None:
            return
        enrolled = {r.username for r in self.rows}
        dialog = EnrolDialog(self, self.ctx, self.principal, self.cohort_name, trainees, enrolled)
        dialog.accepted.connect(self.refresh)
        dialog.open()

    def unenrol(self) -> None:
        row = selected_source_row(self.trainee_view)
        if row is None:
            return
        username = self.trainee_model.text(row, 1)
        question = self.tr("Remove %1 from the cohort %2? Their results are kept.")
        question = question.replace("%1", username).replace("%2", self.cohort_name)
        if not dialogs.confirm(self, self.tr("Remove from cohort"), question):
            return
        if self.call(cohorts.unenrol, self.ctx, self.principal, self.cohort_name, username):
            self.refresh()

    def assign(self) -> None:
        modules = sorted(self.titles.items(), key=lambda item: item[1].casefold())
        dialog = AssignDialog(self, self.ctx, self.principal, self.cohort_name, modules)
        dialog.accepted.connect(self.refresh)
        dialog.open()
