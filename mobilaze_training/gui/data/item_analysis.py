"""Item analysis: how each question of an assessment worked (facility, discrimination),
weak questions marked, and the table saved as CSV."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QTableView

from mobilaze_training.gui.data.common import (
    JobScreen,
    default_folder,
    fill_assessments,
    fill_cohorts,
    fill_modules,
    save_file,
)
from mobilaze_training.gui.data.models import ItemStatsModel, number
from mobilaze_training.gui.instructor.base import setup_table
from mobilaze_training.gui.screen import set_role
from mobilaze_training.interop.item_analysis import ItemStats
from mobilaze_training.services import cohorts, courses, reports
from mobilaze_training.services.reports import ExportFilter

if TYPE_CHECKING:
    from mobilaze_training.gui.shell import Shell


class ItemAnalysisScreen(JobScreen):
    form_name = "items_analysis"

    def __init__(
        self, shell: Shell, module_id: str | None = None, assessment_id: str | None = None
    ) -> None:
        super().__init__(shell)
        modules = self.call(courses.list_modules, self.ctx, self.principal) or []
        self.modules = {m.module_id: m for m in modules}
        self.module_combo = self.find(QComboBox, "moduleCombo")
        self.assessment_combo = self.find(QComboBox, "assessmentCombo")
        self.module_combo.currentIndexChanged.connect(self._module_chosen)
        fill_modules(self.module_combo, modules, self.lang)
        if module_id:
            self.module_combo.setCurrentIndex(max(0, self.module_combo.findData(module_id)))
        self._module_chosen()
        if assessment_id:
            found = self.assessment_combo.findData(assessment_id)
            self.assessment_combo.setCurrentIndex(max(0, found))
        self.cohort_combo = self.find(QComboBox, "cohortCombo")
        found_cohorts = self.call(cohorts.list_cohorts, self.ctx, self.principal) or []
        fill_cohorts(self.cohort_combo, found_cohorts, self.tr("All cohorts"))
        self.model = ItemStatsModel(self)
        self.view = self.find(QTableView, "itemsView")
        setup_table(self.view, self.model)
        # sortable by clicking a header; shown in the assessment's order at first
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        widths = {
            ItemStatsModel.COL_QUESTION: 110,
            ItemStatsModel.COL_PROMPT: 280,
            ItemStatsModel.COL_TYPE: 120,
            ItemStatsModel.COL_POINTS: 60,
            ItemStatsModel.COL_N: 80,
            ItemStatsModel.COL_FACILITY: 80,
            ItemStatsModel.COL_FULL: 90,
            ItemStatsModel.COL_DISCRIMINATION: 115,
        }
        for column, width in widths.items():
            self.view.setColumnWidth(column, width)
        self.analyse_button = self.find(QPushButton, "analyseButton")
        self.save_button = self.find(QPushButton, "saveButton")
        self.analyse_button.clicked.connect(self.analyse)
        self.save_button.clicked.connect(self.choose_csv)
        self.save_button.setEnabled(False)
        set_role(self.analyse_button, "primary")
        self.job_buttons(self.analyse_button, self.module_combo, self.assessment_combo)
        self.count_label = self.find(QLabel, "countLabel")
        self.count_label.setText("")
        self.analysed: tuple[str, str] | None = None
        self.focus_first(self.module_combo)

    def screen_title(self) -> str:
        return self.tr("Item analysis")

    def _module_chosen(self, _index: int = 0) -> None:
        module = self.modules.get(str(self.module_combo.currentData()))
        fill_assessments(self.assessment_combo, module, self.lang)

    # ---- analysing -----------------------------------------------------------------------
    def analyse(self) -> None:
        module_id = self.module_combo.currentData()
        assessment_id = self.assessment_combo.currentData()
        if not module_id or not assessment_id:
            self.say(self.tr("Choose a module and one of its exams or quizzes."), "error")
            return
        cohort = self.cohort_combo.currentData()
        flt = ExportFilter(cohort=str(cohort) if cohort else None)
        ctx, actor = self.ctx, self.principal
        mid, aid = str(module_id), str(assessment_id)
        self.start_job(
            lambda progress: reports.item_analysis(ctx, actor, mid, aid, flt, progress),
            lambda stats: self._analysed(stats, mid, aid),
            self.tr("Reading the attempts…"),
        )

    def _analysed(self, stats: list[ItemStats], module_id: str, assessment_id: str) -> None:
        self.model.set_rows(stats)
        self.analysed = (module_id, assessment_id)
        self.save_button.setEnabled(bool(stats))
        if not stats:
            self.count_label.setText("")
            self.say(self.tr("No scored attempt of this assessment yet."), "notice")
            return
        self.result.hide()
        weak = sum(1 for s in stats if s.weak)
        attempts = max(s.n for s in stats)
        text = self.tr("%n question(s)", "", len(stats))
        text += " · " + self.tr("up to %n attempt(s) each", "", attempts)
        text += " · " + self.tr("%n to review", "", weak)
        self.count_label.setText(text)
        self.view.selectRow(0)

    # ---- CSV -----------------------------------------------------------------------------
    def choose_csv(self) -> None:
        if self.analysed is None:
            return
        module_id, assessment_id = self.analysed
        name = f"items-{module_id}-{assessment_id}-{date.today().isoformat()}.csv"
        target = save_file(
            self,
            self.tr("Save the table as"),
            default_folder() / name,
            self.tr("CSV files (*.csv)"),
            ".csv",
        )
        if target is not None:
            self.save_csv(target)

    def save_csv(self, path: Path) -> bool:
        """The statistics as CSV for Excel (UTF-8 with a byte order mark), numbers as numbers."""
        m = ItemStatsModel
        columns = [m.COL_QUESTION, m.COL_TYPE, m.COL_POINTS, m.COL_N, m.COL_FACILITY]
        columns += [m.COL_FULL, m.COL_DISCRIMINATION, m.COL_VERDICT]
        header = [str(self.model.headerData(c, Qt.Orientation.Horizontal)) for c in columns]
        header += [
            self.tr("Flags"),
            str(self.model.headerData(m.COL_PROMPT, Qt.Orientation.Horizontal)),
        ]
        try:
            with path.open("w", encoding="utf-8-sig", newline="") as fh:
                writer = csv.writer(fh)
                writer.writerow(header)
                for row, stat in enumerate(self.model.records()):
                    writer.writerow(
                        [
                            stat.question_id,
                            stat.qtype or "",
                            "" if stat.points is None else f"{stat.points:g}",
                            stat.n,
                            number(stat.facility, 4),
                            number(stat.full_marks, 4),
                            "" if stat.discrimination is None else number(stat.discrimination, 4),
                            self.model.text(row, m.COL_VERDICT),
                            " ".join(stat.flags),
                            self.model.text(row, m.COL_PROMPT),
                        ]
                    )
        except OSError as exc:
            text = self.tr("The table could not be saved: %1")
            self.say(text.replace("%1", exc.strerror or str(exc)), "error")
            return False
        self.say(self.tr("The table is saved: %1").replace("%1", str(path)), "success")
        return True
