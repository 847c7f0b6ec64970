"""Exporting results (CSV for Excel, an Excel workbook, xAPI statements), filtered by cohort,
module and days, with progress and a way to stop."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QPushButton

from mobilaze_training.gui.data.common import (
    JobScreen,
    default_folder,
    fill_cohorts,
    fill_modules,
    save_file,
)
from mobilaze_training.gui.screen import set_role
from mobilaze_training.services import cohorts, courses, reports
from mobilaze_training.services.reports import ExportFilter, ExportSummary

if TYPE_CHECKING:
    from mobilaze_training.gui.shell import Shell

SUFFIXES = {"csv": ".csv", "csv-outcomes": ".csv", "xlsx": ".xlsx", "xapi": ".json"}


def to_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ExportResultsScreen(JobScreen):
    form_name = "export_results"

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.format_combo = self.find(QComboBox, "formatCombo")
        for code, name in (
            ("csv", self.tr("CSV for Excel (one row per attempt)")),
            (
                "csv-outcomes",
                self.tr("CSV for Excel (learning outcomes: one row per trainee and outcome)"),
            ),
            ("xlsx", self.tr("Excel workbook (attempts, answers, trainees, outcomes, items)")),
            ("xapi", self.tr("xAPI statements (JSON, for a learning record store)")),
        ):
            self.format_combo.addItem(name, code)
        self.cohort_combo = self.find(QComboBox, "cohortCombo")
        found = self.call(cohorts.list_cohorts, self.ctx, self.principal) or []
        fill_cohorts(self.cohort_combo, found, self.tr("All cohorts"))
        self.module_combo = self.find(QComboBox, "moduleCombo")
        modules = self.call(courses.list_modules, self.ctx, self.principal) or []
        fill_modules(self.module_combo, modules, self.lang, self.tr("All modules"))
        self.since_check = self.find(QCheckBox, "sinceCheck")
        self.until_check = self.find(QCheckBox, "untilCheck")
        self.since_edit = self.find(QDateEdit, "sinceEdit")
        self.until_edit = self.find(QDateEdit, "untilEdit")
        today = QDate.currentDate()
        self.since_edit.setDate(today.addDays(-30))
        self.until_edit.setDate(today)
        for check, edit in (
            (self.since_check, self.since_edit),
            (self.until_check, self.until_edit),
        ):
            edit.setEnabled(False)
            check.toggled.connect(edit.setEnabled)
            # the style sheet's padding is not in a check box's size hint: room for short words
            check.ensurePolished()
            text = check.text().replace("&", "")
            check.setMinimumWidth(check.fontMetrics().horizontalAdvance(text) + 44)
        self.out_edit = self.find(QLineEdit, "outEdit")
        self.out_edit.setText(str(default_folder() / f"results-{date.today().isoformat()}.csv"))
        self.format_combo.currentIndexChanged.connect(self._format_chosen)
        self.find(QPushButton, "outButton").clicked.connect(self.choose_out)
        self.export_button = self.find(QPushButton, "exportButton")
        self.cancel_button = self.find(QPushButton, "cancelButton")
        self.export_button.clicked.connect(self.run_export)
        self.cancel_button.clicked.connect(self.cancel_job)
        self.cancel_button.hide()
        set_role(self.export_button, "primary")
        self.job_buttons(self.export_button, self.format_combo)
        self.summary: ExportSummary | None = None
        self.focus_first(self.format_combo)

    def screen_title(self) -> str:
        return self.tr("Export results")

    def fmt(self) -> str:
        return str(self.format_combo.currentData())

    def _format_chosen(self, _index: int) -> None:
        text = self.out_edit.text().strip()
        if text:
            self.out_edit.setText(str(Path(text).with_suffix(SUFFIXES[self.fmt()])))

    def choose_out(self) -> None:
        suffix = SUFFIXES[self.fmt()]
        text = self.out_edit.text().strip()
        start = Path(text) if text else default_folder() / f"results{suffix}"
        filters = {
            "csv": self.tr("CSV files (*.csv)"),
            "csv-outcomes": self.tr("CSV files (*.csv)"),
            "xlsx": self.tr("Excel workbooks (*.xlsx)"),
            "xapi": self.tr("JSON files (*.json)"),
        }[self.fmt()]
        target = save_file(self, self.tr("Export the results as"), start, filters, suffix)
        if target is not None:
            self.out_edit.setText(str(target))

    def export_filter(self) -> ExportFilter:
        cohort = self.cohort_combo.currentData()
        module = self.module_combo.currentData()
        since = to_date(self.since_edit.date()) if self.since_check.isChecked() else None
        until = to_date(self.until_edit.date()) if self.until_check.isChecked() else None
        return ExportFilter.for_days(
            str(cohort) if cohort else None, str(module) if module else None, since, until
        )

    def run_export(self) -> None:
        text = self.out_edit.text().strip()
        if not text:
            self.say(self.tr("Choose the file to write."), "error")
            self.out_edit.setFocus()
            return
        out = Path(text)
        if not out.suffix:
            out = out.with_suffix(SUFFIXES[self.fmt()])
        since, until = self.since_edit.date(), self.until_edit.date()
        if self.since_check.isChecked() and self.until_check.isChecked() and since > until:
            self.say(self.tr("The first day must not come after the last day."), "error")
            self.since_edit.setFocus()
            return
        ctx, actor, fmt, flt = self.ctx, self.principal, self.fmt(), self.export_filter()
        self.summary = None
        self.start_job(
            lambda progress: reports.export_results(ctx, actor, fmt, out, flt, progress=progress),
            self._exported,
            self.tr("Exporting to %1…").replace("%1", out.name),
        )

    def busy(self, busy: bool, text: str = "") -> None:
        super().busy(busy, text)
        self.cancel_button.setVisible(busy)

    def _exported(self, summary: ExportSummary) -> None:
        self.summary = summary
        text = self.tr("%n attempt(s) exported", "", summary.rows) + f": {summary.path}."
        if summary.fmt == "xlsx":
            text += " " + self.tr("%n answer row(s).", "", summary.answers)
        elif summary.fmt == "xapi":
            text += " " + self.tr("%n statement(s).", "", summary.statements)
        if summary.outcomes:
            text += " " + self.tr("%n learning-outcome row(s).", "", summary.outcomes)
        if summary.rows == 0:
            text += " " + self.tr("No finished attempt matches the choices above.")
        self.say(text, "success" if summary.rows else "notice")
