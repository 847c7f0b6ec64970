"""Printed documents: exam papers with answer sheets, and a cohort's results report."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QSpinBox, QWidget

from mobilaze_training.auth.permissions import Principal
from mobilaze_training.gui.data.common import (
    JobDialog,
    choose_folder_into,
    default_folder,
    fill_assessments,
    fill_cohorts,
    fill_languages,
    fill_modules,
    save_file,
)
from mobilaze_training.services import printing
from mobilaze_training.services.cohorts import CohortInfo
from mobilaze_training.services.context import AppContext
from mobilaze_training.services.courses import ModuleSummary


class PrintPapersDialog(JobDialog):
    """Draw and write exam papers; `result_value` is the list of PrintedPaper."""

    form_name = "certificate_papers_dialog"

    def __init__(
        self,
        parent: QWidget,
        ctx: AppContext,
        actor: Principal,
        modules: Sequence[ModuleSummary],
        lang: str,
        module_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.lang = ctx, actor, lang
        self.modules = {m.module_id: m for m in modules}
        self.module_combo = self.find(QComboBox, "moduleCombo")
        self.assessment_combo = self.find(QComboBox, "assessmentCombo")
        self.count_spin = self.find(QSpinBox, "countSpin")
        self.language_combo = self.find(QComboBox, "languageCombo")
        fill_languages(self.language_combo, lang)
        self.folder_edit = self.find(QLineEdit, "folderEdit")
        self.folder_edit.setText(str(default_folder() / "exam-papers"))
        self.find(QPushButton, "browseButton").clicked.connect(self.browse)
        self.module_combo.currentIndexChanged.connect(self._module_chosen)
        fill_modules(self.module_combo, modules, lang)
        if module_id:
            self.module_combo.setCurrentIndex(max(0, self.module_combo.findData(module_id)))
        self._module_chosen()
        self.ok_button().setText(self.tr("&Print to files"))
        self.module_combo.setFocus()

    def _module_chosen(self, _index: int = 0) -> None:
        module = self.modules.get(str(self.module_combo.currentData()))
        fill_assessments(self.assessment_combo, module, self.lang)

    def browse(self) -> None:
        choose_folder_into(self, self.folder_edit, self.tr("Folder for the exam papers"))

    def folder(self) -> Path:
        return Path(self.folder_edit.text().strip())

    def accept(self) -> None:
        module_id = self.module_combo.currentData()
        assessment_id = self.assessment_combo.currentData()
        if not module_id or not assessment_id:
            self.problem(self.tr("Choose a module and one of its exams or quizzes."))
            return
        if not self.folder_edit.text().strip():
            self.problem(self.tr("Choose the folder for the PDF files."))
            self.folder_edit.setFocus()
            return
        ctx, actor, out = self.ctx, self.actor, self.folder()
        count, language = self.count_spin.value(), str(self.language_combo.currentData())
        self.start(
            lambda progress: printing.print_papers(
                ctx, actor, str(module_id), str(assessment_id), count, out, language, progress
            )
        )


class CohortReportDialog(JobDialog):
    """Write a cohort's results report; `result_value` is the file's path."""

    form_name = "certificate_report_dialog"

    def __init__(
        self,
        parent: QWidget,
        ctx: AppContext,
        actor: Principal,
        cohorts: Sequence[CohortInfo],
        lang: str,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.cohort_combo = self.find(QComboBox, "cohortCombo")
        fill_cohorts(self.cohort_combo, cohorts)
        self.language_combo = self.find(QComboBox, "languageCombo")
        fill_languages(self.language_combo, lang)
        self.file_edit = self.find(QLineEdit, "fileEdit")
        self.cohort_combo.currentIndexChanged.connect(self._suggest)
        self._suggest()
        self.find(QPushButton, "browseButton").clicked.connect(self.browse)
        self.ok_button().setText(self.tr("&Save the report"))
        self.cohort_combo.setFocus()

    def _suggest(self, _index: int = 0) -> None:
        cohort = str(self.cohort_combo.currentData() or "cohort")
        safe = "".join(c if c.isalnum() or c in "-_" else "-" for c in cohort).strip("-")
        name = f"{safe or 'cohort'}-report-{date.today().isoformat()}.pdf"
        self.file_edit.setText(str(default_folder() / name))

    def browse(self) -> None:
        start = Path(self.file_edit.text() or default_folder() / "report.pdf")
        target = save_file(
            self, self.tr("Save the report as"), start, self.tr("PDF files (*.pdf)"), ".pdf"
        )
        if target is not None:
            self.file_edit.setText(str(target))

    def accept(self) -> None:
        cohort = self.cohort_combo.currentData()
        text = self.file_edit.text().strip()
        if not cohort:
            self.problem(self.tr("There is no cohort to choose."))
            return
        if not text:
            self.problem(self.tr("Choose the file for the report."))
            self.file_edit.setFocus()
            return
        out = Path(text)
        if out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
        ctx, actor, language = self.ctx, self.actor, str(self.language_combo.currentData())

        def work(_progress: object) -> Path:
            out.parent.mkdir(parents=True, exist_ok=True)
            return printing.cohort_report(ctx, actor, str(cohort), out, language)

        self.start(work)
