"""Table models of the data exchange and keys screens (tested without a view)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from mobilaze_training.gui.models.base import DISPLAY, Index, RowTableModel
from mobilaze_training.gui.models.formatting import local_datetime
from mobilaze_training.services.keys import KeyInfo

ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
NUMBER_ALIGN = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

# The columns of an import's per-table counts, in the order the services count them.
MERGE_FIELDS = ("received", "inserted", "updated", "unchanged", "kept_local", "conflicts")


def table_name(table: str) -> str:
    """What a table of a bundle holds, in the interface language."""
    names = {
        "users": QCoreApplication.translate("SyncTables", "Accounts"),
        "attempts": QCoreApplication.translate("SyncTables", "Attempts"),
        "answers": QCoreApplication.translate("SyncTables", "Answers"),
        "certificates": QCoreApplication.translate("SyncTables", "Certificates"),
        "audit_log": QCoreApplication.translate("SyncTables", "Audit entries"),
        "module_versions": QCoreApplication.translate("SyncTables", "Module versions"),
        "lessons": QCoreApplication.translate("SyncTables", "Lessons"),
        "questions": QCoreApplication.translate("SyncTables", "Questions"),
        "assessments": QCoreApplication.translate("SyncTables", "Assessments"),
        "media_files": QCoreApplication.translate("SyncTables", "Media files"),
        "cohorts": QCoreApplication.translate("SyncTables", "Cohorts"),
        "enrolments": QCoreApplication.translate("SyncTables", "Enrolments"),
        "assignments": QCoreApplication.translate("SyncTables", "Module assignments"),
    }
    return names.get(table, table)


class _NumbersModel(RowTableModel[Any]):
    """Rows whose first column is text and whose other columns are numbers (right-aligned)."""

    def data(self, index: Index, role: int = int(Qt.ItemDataRole.DisplayRole)) -> Any:
        if role == ALIGN and index.isValid() and index.column() > 0:
            return int(NUMBER_ALIGN.value)
        return super().data(index, role)


class ExportCountsModel(_NumbersModel):
    """What an export wrote: one row per table, (table name, number of records)."""

    COL_TABLE, COL_RECORDS = range(2)

    def headers(self) -> list[str]:
        return [self.tr("Data"), self.tr("Records written")]

    def cells(self, record: tuple[str, int]) -> list[str]:
        table, count = record
        return [table_name(table), str(count)]

    def set_counts(self, counts: Mapping[str, int]) -> None:
        self.set_rows(list(counts.items()))


class MergeCountsModel(_NumbersModel):
    """What an import merged: one row per table with the services' counts."""

    COL_TABLE, COL_RECEIVED, COL_INSERTED, COL_UPDATED, COL_UNCHANGED, COL_KEPT, COL_CONFLICTS = (
        range(7)
    )

    def headers(self) -> list[str]:
        return [
            self.tr("Data"),
            self.tr("Received"),
            self.tr("New"),
            self.tr("Updated"),
            self.tr("Unchanged"),
            self.tr("Kept local"),
            self.tr("Conflicts"),
        ]

    def cells(self, record: tuple[str, Mapping[str, int]]) -> list[str]:
        table, counts = record
        return [table_name(table), *(str(counts.get(f, 0)) for f in MERGE_FIELDS)]

    def tooltip(self, record: tuple[str, Mapping[str, int]], column: int) -> str | None:
        if column == self.COL_TABLE:
            return table_name(record[0])
        if column == self.COL_KEPT:
            return self.tr("The copy on this computer was newer or final, and was kept.")
        if column == self.COL_CONFLICTS:
            return self.tr(
                "Both sides had changed the record; the version not kept is in the audit log."
            )
        return None

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = int(Qt.ItemDataRole.DisplayRole),
    ) -> Any:
        """Titles of the number columns on two lines ("Kept\nlocal"), so that seven columns
        fit beside the actions in every language."""
        value = super().headerData(section, orientation, role)
        if section > 0 and role == DISPLAY and isinstance(value, str):
            return value.replace(" ", "\n", 1)
        return value

    def set_tables(self, tables: Mapping[str, Mapping[str, int]]) -> None:
        self.set_rows(list(tables.items()))


class TrustedKeysModel(RowTableModel[KeyInfo]):
    COL_KIND, COL_KEY_ID, COL_LABEL, COL_MACHINE, COL_ADDED = range(5)
    collated = (COL_LABEL,)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._kinds = {"machine": self.tr("Computer"), "publisher": self.tr("Publisher")}

    def headers(self) -> list[str]:
        return [
            self.tr("Kind"),
            self.tr("Key id"),
            self.tr("Label"),
            self.tr("Computer id"),
            self.tr("Added"),
        ]

    @staticmethod
    def label(record: KeyInfo) -> str:
        """The label without the "machine:<id>" prefix when the Computer column shows it."""
        prefix = f"machine:{record.machine_id}"
        if record.machine_id and record.label.startswith(prefix):
            return record.label[len(prefix) :].strip() or record.label
        return record.label

    def cells(self, record: KeyInfo) -> list[str]:
        return [
            self._kinds.get(record.kind, record.kind),
            record.key_id,
            self.label(record),
            record.machine_id or "",
            local_datetime(record.added_at),
        ]

    def sort_keys(self, record: KeyInfo, cells: list[str]) -> list[Any]:
        added = record.added_at.isoformat() if record.added_at else ""
        return [cells[0], record.key_id, cells[2], cells[3], added]

    def tooltip(self, record: KeyInfo, column: int) -> str | None:
        if column == self.COL_LABEL:
            return record.label
        if column == self.COL_KIND:
            if record.kind == "machine":
                return self.tr("Bundles signed with this key are accepted from that computer.")
            return self.tr("Modules signed with this key are trusted.")
        return None
