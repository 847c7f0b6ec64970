"""Table models of the certificate screens: the register and a batch issue's outcome."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QBrush, QColor

from mobilaze_training.gui.certificates.texts import (
    EXPIRED,
    REVOKED,
    expiry_text,
    state_of,
    state_text,
)
from mobilaze_training.gui.models.base import DISPLAY, Index, RowTableModel
from mobilaze_training.services.certificates import CertificateInfo

FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
BACKGROUND = int(Qt.ItemDataRole.BackgroundRole)
#: the state of a row (valid, expired or revoked), for tests and delegates
STATE_ROLE = int(Qt.ItemDataRole.UserRole) + 2

_BACKGROUNDS = {REVOKED: "#fdecec", EXPIRED: "#fff6d8"}
_TEXT = "#1a1a1a"


class CertificatesTableModel(RowTableModel[CertificateInfo]):
    """The register: serial, name, module, issued, expires, state."""

    COL_SERIAL, COL_NAME, COL_MODULE, COL_ISSUED, COL_EXPIRES, COL_STATUS = range(6)
    collated = (COL_NAME,)

    def __init__(
        self,
        titles: dict[str, str] | None = None,
        parent: QObject | None = None,
        today: date | None = None,
    ) -> None:
        self._titles = titles or {}
        self._today = today or date.today()
        super().__init__(parent)
        self._brushes = {k: QBrush(QColor(v)) for k, v in _BACKGROUNDS.items()}
        self._text_brush = QBrush(QColor(_TEXT))

    def headers(self) -> list[str]:
        return [
            self.tr("Serial"),
            self.tr("Name"),
            self.tr("Module"),
            self.tr("Issued"),
            self.tr("Expires"),
            self.tr("Status"),
        ]

    def cells(self, record: CertificateInfo) -> list[str]:
        return [
            record.serial,
            record.full_name,
            self._titles.get(record.module_id, record.module_id),
            record.issued.isoformat(),
            expiry_text(record),
            state_text(record, self._today),
        ]

    def sort_keys(self, record: CertificateInfo, cells: list[str]) -> list[Any]:
        return [
            record.serial,
            cells[self.COL_NAME],
            cells[self.COL_MODULE].casefold(),
            record.issued.toordinal(),
            record.expires.toordinal() if record.expires else 10**7,
            cells[self.COL_STATUS],
        ]

    def tooltip(self, record: CertificateInfo, column: int) -> str | None:
        return (
            f"{record.full_name} ({record.username}) · {record.module_id} {record.module_version}"
        )

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if index.isValid() and role in (BACKGROUND, FOREGROUND, STATE_ROLE):
            state = state_of(self._records[index.row()], self._today)
            if role == STATE_ROLE:
                return state
            if state in self._brushes:
                return self._brushes[state] if role == BACKGROUND else self._text_brush
            return None
        return super().data(index, role)


@dataclass(frozen=True)
class BatchLine:
    """One trainee in a batch issue's summary."""

    issued: bool
    who: str
    detail: str  # the serial and file, or why the trainee was skipped


class BatchSummaryModel(RowTableModel[BatchLine]):
    COL_OUTCOME, COL_WHO, COL_DETAIL = range(3)

    def headers(self) -> list[str]:
        return [self.tr("Outcome"), self.tr("Trainee"), self.tr("Details")]

    def cells(self, record: BatchLine) -> list[str]:
        outcome = "✔ " + self.tr("Issued") if record.issued else "– " + self.tr("Skipped")
        return [outcome, record.who, record.detail]

    def sort_keys(self, record: BatchLine, cells: list[str]) -> list[Any]:
        return [int(record.issued), record.who.casefold(), record.detail]
