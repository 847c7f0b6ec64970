"""The progress grid's model and proxy, without a view (pytest-qt's model tester)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from pytestqt.modeltest import ModelTester

from mobilaze_training.gui.models.base import SORT_ROLE
from mobilaze_training.gui.models.progress import (
    COLOURS,
    IN_PROGRESS,
    NOT_STARTED,
    OVERDUE,
    PASSED,
    PENDING_REVIEW,
    STATUS_ROLE,
    ProgressFilterProxy,
    ProgressTableModel,
    cell_status,
)
from mobilaze_training.services.cohorts import ModuleProgress, ProgressRow

NOW = datetime(2025, 5, 1, 12, 0, tzinfo=UTC)
MODULES = [("doc", "Document examination"), ("law", "Legal migration")]


def progress(
    module_id: str,
    *,
    passed: bool = False,
    pending: bool = False,
    attempts: int = 0,
    opened: int = 0,
    best: str | None = None,
    due: datetime | None = None,
) -> ModuleProgress:
    return ModuleProgress(
        module_id=module_id,
        due_at=due,
        lessons_total=5,
        lessons_opened=opened,
        attempts=attempts,
        best_percent=Decimal(best) if best else None,
        passed=passed,
        pending_review=pending,
        in_progress=False,
    )


def row(name: str, username: str, *modules: ModuleProgress) -> ProgressRow:
    return ProgressRow(uuid.uuid4(), username, name, list(modules))


def rows() -> list[ProgressRow]:
    past, future = NOW - timedelta(days=1), NOW + timedelta(days=7)
    return [
        row(
            "Əliyev Həsən",
            "aliyev.hasan",
            progress("doc", passed=True, attempts=1, best="85"),
            progress("law", pending=True, attempts=1, best="40", due=past),
        ),
        row(
            "Иванов Иван",
            "ivanov",
            progress("doc", attempts=1, opened=2, best="55.5", due=future),
            progress("law", due=past),
        ),
        row("Eldar Quliyev", "quliyev", progress("doc"), progress("law", opened=1, due=future)),
        row("Fərid Zeynalov", "zeynalov"),  # enrolled before anything was assigned
    ]


@pytest.fixture
def model(qapp: object) -> Iterator[ProgressTableModel]:
    previous = QLocale()
    QLocale.setDefault(QLocale("az"))  # names sort in the Azerbaijani alphabet
    grid = ProgressTableModel()
    grid.set_rows(rows(), MODULES, now=NOW)
    yield grid
    QLocale.setDefault(previous)


def test_model_passes_the_model_tester(
    qtmodeltester: ModelTester, model: ProgressTableModel
) -> None:
    qtmodeltester.check(model)
    proxy = ProgressFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(ProgressTableModel.FIRST_MODULE, Qt.SortOrder.DescendingOrder)
    proxy.set_name_filter("li")
    qtmodeltester.check(proxy)


def test_shape_headers_and_named_columns(model: ProgressTableModel) -> None:
    assert model.rowCount() == 4
    assert model.columnCount() == ProgressTableModel.FIRST_MODULE + 2
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert header == [
        "Trainee",
        "Username",
        "Passed",
        "Document examination",
        "Legal migration",
    ]
    assert model.module_at(ProgressTableModel.FIRST_MODULE + 1) == "law"
    assert model.module_at(ProgressTableModel.COL_NAME) is None
    assert model.data(model.index(0, ProgressTableModel.COL_NAME)) == "Əliyev Həsən"
    assert model.data(model.index(0, ProgressTableModel.COL_PASSED)) == "1 / 2"


@pytest.mark.parametrize(
    ("row_", "column", "status", "words"),
    [
        (0, 0, PASSED, "✔ Passed · 85%"),
        (0, 1, PENDING_REVIEW, "✎ Review pending"),
        (1, 0, IN_PROGRESS, "◐ In progress · 55.5%"),
        (1, 1, OVERDUE, "⚠ Overdue"),
        (2, 0, NOT_STARTED, "○ Not started"),
        (2, 1, IN_PROGRESS, "◐ In progress"),
        (3, 0, NOT_STARTED, "○ Not started"),
    ],
)
def test_cells_have_status_words_and_colours(
    model: ProgressTableModel, row_: int, column: int, status: int, words: str
) -> None:
    index = model.index(row_, ProgressTableModel.FIRST_MODULE + column)
    assert model.data(index) == words  # the status in words, not colour alone
    assert model.data(index, STATUS_ROLE) == status
    brush = model.data(index, Qt.ItemDataRole.BackgroundRole)
    assert isinstance(brush, QBrush)
    assert brush.color() == QColor(COLOURS[status])
    foreground = model.data(index, Qt.ItemDataRole.ForegroundRole)
    assert foreground.color().lightness() < 60  # dark text on the light colours
    tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert model.trainee(row_).full_name in tip and "Double-click" in tip


def test_status_rules() -> None:
    past = NOW - timedelta(hours=1)
    assert cell_status(progress("x", passed=True, due=past), NOW) == PASSED
    assert cell_status(progress("x", pending=True, due=past), NOW) == PENDING_REVIEW
    assert cell_status(progress("x", attempts=2, due=past), NOW) == OVERDUE
    assert cell_status(progress("x", opened=1), NOW) == IN_PROGRESS
    assert cell_status(progress("x"), NOW) == NOT_STARTED


def test_proxy_filters_by_name_or_username_ignoring_case(model: ProgressTableModel) -> None:
    proxy = ProgressFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_name_filter("HƏSƏN")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Əliyev Həsən"]
    proxy.set_name_filter("IVANOV")  # the username matches
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Иванов Иван"]
    proxy.set_name_filter("  ")
    assert proxy.rowCount() == 4


def test_proxy_sorts_names_alphabetically_and_cells_by_status(model: ProgressTableModel) -> None:
    proxy = ProgressFilterProxy()
    proxy.setSourceModel(model)
    proxy.sort(ProgressTableModel.COL_NAME, Qt.SortOrder.AscendingOrder)
    names = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    # Azerbaijani order: E, Ə, F; Cyrillic after Latin
    assert names == ["Eldar Quliyev", "Əliyev Həsən", "Fərid Zeynalov", "Иванов Иван"]
    proxy.sort(ProgressTableModel.FIRST_MODULE + 1, Qt.SortOrder.AscendingOrder)
    first = proxy.index(0, ProgressTableModel.FIRST_MODULE + 1)
    assert first.data(STATUS_ROLE) == OVERDUE  # the worst first
    proxy.sort(ProgressTableModel.COL_PASSED, Qt.SortOrder.DescendingOrder)
    assert proxy.index(0, 0).data() == "Əliyev Həsən"
    assert isinstance(proxy.index(0, 3).data(SORT_ROLE), float)


def test_set_rows_replaces_everything(model: ProgressTableModel, qtbot: object) -> None:
    model.set_rows([], [], now=NOW)
    assert model.rowCount() == 0
    assert model.columnCount() == ProgressTableModel.FIRST_MODULE
    assert model.headerData(5, Qt.Orientation.Horizontal) is None


def test_a_large_grid_is_built_quickly(qapp: object) -> None:
    """2,000 trainees by 20 modules: cells are computed once, then each lookup is O(1)."""
    import time

    modules = [(f"m{i:02d}", f"Module {i}") for i in range(20)]
    big = [
        row(
            f"Trainee {n:04d}",
            f"t{n:04d}",
            *(progress(m, attempts=n % 3, passed=n % 5 == 0, best="70") for m, _t in modules),
        )
        for n in range(2000)
    ]
    grid = ProgressTableModel()
    start = time.perf_counter()
    grid.set_rows(big, modules, now=NOW)
    built = time.perf_counter() - start
    assert grid.rowCount() == 2000 and grid.columnCount() == 23
    assert built < 2.0  # the benchmark (bench/progress_grid.py) holds the real target
    assert grid.data(grid.index(1999, 22)) == "◐ In progress · 70%"
