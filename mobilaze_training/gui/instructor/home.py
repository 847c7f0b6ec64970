"""The instructor's home: their cohorts, a new cohort, the essay grading queue."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTableView

from mobilaze_training.gui.instructor.base import (
    FormScreen,
    selected_source_row,
    setup_table,
    sorted_proxy,
)
from mobilaze_training.gui.instructor.cohort import CohortScreen
from mobilaze_training.gui.instructor.cohort_dialogs import NewCohortDialog
from mobilaze_training.gui.instructor.grading import GradingScreen
from mobilaze_training.gui.models.tables import CohortsTableModel
from mobilaze_training.gui.screen import set_role
from mobilaze_training.services import cohorts, grading

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from mobilaze_training.gui.shell import Shell


class InstructorHome(FormScreen):
    form_name = "instructor_home"

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.model = CohortsTableModel(self)
        self.proxy = sorted_proxy(self.model, self, CohortsTableModel.COL_NAME)
        self.view = self.find(QTableView, "cohortView")
        setup_table(self.view, self.proxy)
        self.view.setColumnWidth(CohortsTableModel.COL_NAME, 340)
        self.view.setColumnWidth(CohortsTableModel.COL_INSTRUCTOR, 200)
        self.view.setColumnWidth(CohortsTableModel.COL_TRAINEES, 110)
        self.view.activated.connect(self._activated)
        self.filter_edit = self.find(QLineEdit, "filterEdit")
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.find(QPushButton, "openCohortButton").clicked.connect(self.open_selected)
        self.find(QPushButton, "newCohortButton").clicked.connect(self.new_cohort)
        self.find(QPushButton, "gradingButton").clicked.connect(self.open_grading)
        self.find(QPushButton, "practicalButton").clicked.connect(self.open_practical)
        self.find(QPushButton, "refreshButton").clicked.connect(self.refresh)
        self._connect_tools()
        set_role(self.find(QPushButton, "openCohortButton"), "primary")
        self.refresh()
        self.focus_first(self.view)

    def screen_title(self) -> str:
        return self.tr("Cohorts")

    def refresh(self) -> None:
        found = self.call(cohorts.list_cohorts, self.ctx, self.principal) or []
        self.model.set_rows(found)
        self.find(QLabel, "emptyLabel").setVisible(not found)
        if found:
            self.view.selectRow(0)
        pending = self.call(grading.pending_essays, self.ctx, self.principal) or []
        label = self.find(QLabel, "pendingLabel")
        if pending:
            text = self.tr("Essays waiting for grading: %1.")
            label.setText(text.replace("%1", str(len(pending))))
        else:
            label.setText(self.tr("No essays wait for grading."))

    def selected_cohort(self) -> str | None:
        row = selected_source_row(self.view)
        return None if row is None else self.model.record(row).name

    def _activated(self, _index: QModelIndex) -> None:
        self.open_selected()

    def open_selected(self) -> None:
        name = self.selected_cohort()
        if name is None:
            return
        self.open_cohort(name)

    def open_cohort(self, name: str) -> None:
        shell = self.shell
        shell.show_screen(lambda: CohortScreen(shell, name))

    def _connect_tools(self) -> None:
        from mobilaze_training.gui.certificates.register import CertificatesScreen
        from mobilaze_training.gui.data.export_results import ExportResultsScreen
        from mobilaze_training.gui.data.import_questions import ImportQuestionsScreen
        from mobilaze_training.gui.data.item_analysis import ItemAnalysisScreen

        tools: dict[str, Callable[[Shell], QWidget]] = {
            "certificatesButton": CertificatesScreen,
            "importQuestionsButton": ImportQuestionsScreen,
            "exportResultsButton": ExportResultsScreen,
            "itemAnalysisButton": ItemAnalysisScreen,
        }
        for name, screen in tools.items():
            button = self.find(QPushButton, name)
            button.clicked.connect(lambda _checked=False, s=screen: self.open_tool(s))

    def open_tool(self, screen: Callable[[Shell], QWidget]) -> None:
        shell = self.shell
        shell.show_screen(lambda: screen(shell))

    def open_grading(self) -> None:
        shell = self.shell
        shell.show_screen(lambda: GradingScreen(shell))

    def open_practical(self) -> None:
        from mobilaze_training.gui.instructor.practical import open_practical

        open_practical(self.shell)

    def new_cohort(self) -> None:
        dialog = NewCohortDialog(self, self.ctx, self.principal)

        def created() -> None:
            if dialog.result_info is not None:
                self.open_cohort(dialog.result_info.name)

        dialog.accepted.connect(created)
        dialog.open()
