"""The summary panel of the data exchange screen: what an export wrote or an import merged."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView

from mobilaze_training.gui.instructor.base import setup_table
from mobilaze_training.gui.models.formatting import local_datetime
from mobilaze_training.gui.screen import set_role
from mobilaze_training.gui.sync.models import ExportCountsModel, MergeCountsModel
from mobilaze_training.services.sync import DISTRIBUTION, ExportReport, ImportReport

if TYPE_CHECKING:
    from mobilaze_training.sync.modules import ModuleOutcome


def when(text: str | datetime | None) -> str:
    """A UTC time (ISO text or datetime) as local "YYYY-MM-DD HH:MM"."""
    if text is None:
        return ""
    try:
        value = datetime.fromisoformat(text) if isinstance(text, str) else text
    except ValueError:
        return str(text)
    return local_datetime(value) if value.tzinfo else str(text)


def show_role(label: QLabel, role: str) -> None:
    """Set a label's style role; re-reading its frame keeps the style's padding in its size
    (a re-polished QLabel otherwise reports a frame width of 0 and is laid out too small)."""
    set_role(label, role)
    label.setFrameStyle(label.frameStyle())
    label.updateGeometry()


def size_text(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 1_000_000 else f"{max(size, 1) / 1000:.1f} KB"


class SummaryPanel(QObject):
    """Fills the summary table and the details label; returns the headline for the screen."""

    def __init__(self, empty: QLabel, table: QTableView, details: QLabel) -> None:
        super().__init__(table)
        self.empty = empty
        self.table = table
        self.details = details
        self.export_model = ExportCountsModel(self)
        self.merge_model = MergeCountsModel(self)
        setup_table(table, self.merge_model, stretch_last=False)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.clear()

    def clear(self) -> None:
        self.empty.show()
        self.table.hide()
        self.details.hide()

    def _show_model(self, model: ExportCountsModel | MergeCountsModel) -> None:
        if self.table.model() is not model:
            self.table.setModel(model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        rows = model.rowCount()
        height = self.table.horizontalHeader().sizeHint().height()
        height += sum(self.table.rowHeight(r) for r in range(rows)) + 2 * self.table.frameWidth()
        # as tall as its rows (the space below stays empty); on a small screen it scrolls
        self.table.setMinimumHeight(min(height, 110))
        self.table.setMaximumHeight(height)
        self.empty.hide()
        self.table.show()

    def _details(self, lines: list[str], role: str = "") -> None:
        self.details.setText("\n".join(line for line in lines if line))
        self.details.setVisible(bool(self.details.text()))
        show_role(self.details, role)

    # ---- export ---------------------------------------------------------------------------
    def show_export(self, report: ExportReport) -> tuple[str, str]:
        self.export_model.set_counts(report.counts)
        self._show_model(self.export_model)
        total = sum(report.counts.values())
        if report.kind == DISTRIBUTION:
            headline = self.tr("The distribution bundle is saved: %1 (%2).")
        else:
            headline = self.tr("The results bundle is saved: %1 (%2).")
        headline = headline.replace("%1", str(report.path)).replace("%2", size_text(report.size))
        lines = []
        if report.kind != DISTRIBUTION:
            if report.since is None:
                lines.append(self.tr("It holds all results of this computer."))
            else:
                lines.append(
                    self.tr("It holds what is new since the export of %1.").replace(
                        "%1", when(report.since)
                    )
                )
            if total == 0:
                lines.append(self.tr("Nothing is new: headquarters has nothing to merge."))
        lines.append(self.tr("Signed with this computer's key %1.").replace("%1", report.key_id))
        self._details(lines)
        return headline, "success" if total else "notice"

    # ---- import ---------------------------------------------------------------------------
    def show_import(self, report: ImportReport) -> tuple[str, str]:
        self.merge_model.set_tables(report.tables)
        self._show_model(self.merge_model)
        made = when(report.created_at)
        if report.again:
            headline = self.tr(
                "This bundle was imported before (made on %1 by computer %2). Nothing changed."
            )
        elif report.kind == DISTRIBUTION:
            headline = self.tr("The distribution bundle made on %1 by computer %2 is merged.")
        else:
            headline = self.tr("The results bundle made on %1 by computer %2 is merged.")
        headline = headline.replace("%1", made).replace("%2", report.origin)
        lines = []
        if report.kind != DISTRIBUTION:
            lines.append(
                self.tr("%n new audit entry(ies) of that computer.", "", report.audit_entries)
            )
        lines += [self.module_line(o) for o in report.modules]
        if report.conflicts:
            lines.append(
                self.tr(
                    "%n conflict(s): both sides had changed a record; the version not kept is "
                    "in the audit log.",
                    "",
                    report.conflicts,
                )
            )
        self._details(lines)
        return headline, "notice" if report.again else "success"

    def module_line(self, outcome: ModuleOutcome) -> str:
        texts = {
            "installed": self.tr("Module %1 %2: installed."),
            "upgraded": self.tr("Module %1 %2: updated from version %3."),
            "stored": self.tr("Module %1 %2: stored (a newer version stays current)."),
            "unchanged": self.tr("Module %1 %2: already installed, unchanged."),
        }
        text = texts.get(outcome.outcome, "%1 %2: " + outcome.outcome)
        text = text.replace("%1", outcome.module_id).replace("%2", outcome.version)
        text = text.replace("%3", outcome.previous or "?")
        if outcome.signed_by:
            text += " " + self.tr("Signed by publisher key %1.").replace("%1", outcome.signed_by)
        return text
