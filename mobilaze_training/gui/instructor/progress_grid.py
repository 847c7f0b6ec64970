"""The progress grid's view: sizing that stays fast for thousands of rows, legend, filter."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QTableView

from mobilaze_training.gui.instructor.base import setup_table
from mobilaze_training.gui.models.progress import (
    COLOURS,
    IN_PROGRESS,
    NOT_STARTED,
    OVERDUE,
    PASSED,
    PENDING_REVIEW,
    SYMBOLS,
    TEXT_COLOUR,
    ProgressFilterProxy,
    ProgressTableModel,
)

#: object names of the legend labels in cohort_screen.ui, by status
LEGEND_NAMES = {
    PASSED: "legendPassed",
    PENDING_REVIEW: "legendReview",
    IN_PROGRESS: "legendInProgress",
    NOT_STARTED: "legendNotStarted",
    OVERDUE: "legendOverdue",
}
NAME_WIDTH = 230
USERNAME_WIDTH = 130
PASSED_WIDTH = 80
MODULE_WIDTH = 165
MAX_HEADER_LINES = 5


def configure_view(view: QTableView, proxy: ProgressFilterProxy) -> None:
    """Fixed section sizes (no per-row measuring), so showing 2,000 rows costs no more than 20."""
    setup_table(view, proxy, stretch_last=False)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
    view.setAlternatingRowColors(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultSectionSize(MODULE_WIDTH)
    header.setDefaultAlignment(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
    )
    rows = view.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 12)
    view.setHorizontalScrollMode(QTableView.ScrollMode.ScrollPerPixel)


def size_columns(view: QTableView, titles: list[str]) -> None:
    """Column widths, and a header tall enough for the longest wrapped module title."""
    view.setColumnWidth(ProgressTableModel.COL_NAME, NAME_WIDTH)
    view.setColumnWidth(ProgressTableModel.COL_USERNAME, USERNAME_WIDTH)
    view.setColumnWidth(ProgressTableModel.COL_PASSED, PASSED_WIDTH)
    header = view.horizontalHeader()
    metrics = header.fontMetrics()
    flags = int(Qt.TextFlag.TextWordWrap)
    box = QRect(0, 0, MODULE_WIDTH - 12, 10_000)
    tallest = max(
        (metrics.boundingRect(box, flags, title).height() for title in titles),
        default=metrics.height(),
    )
    header.setFixedHeight(min(tallest, metrics.lineSpacing() * MAX_HEADER_LINES) + 12)


def fill_legend(model: ProgressTableModel, labels: dict[int, QLabel]) -> None:
    """The key under the grid: each colour with its symbol and its words."""
    words = model.status_words()
    for status, label in labels.items():
        label.setText(f"{SYMBOLS[status]} {words[status]}")
        label.setStyleSheet(
            f"background: {COLOURS[status]}; color: {TEXT_COLOUR}; "
            "padding: 3px 8px; border-radius: 3px;"
        )


def connect_filter(edit: QLineEdit, proxy: ProgressFilterProxy) -> None:
    edit.textChanged.connect(proxy.set_name_filter)
