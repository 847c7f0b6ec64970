"""What every instructor and administrator screen shares: its form, the shell, service calls."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from mobilaze_training.auth.permissions import Principal
from mobilaze_training.errors import MobilazeError
from mobilaze_training.gui import dialogs, operations
from mobilaze_training.gui.forms import child, load_form
from mobilaze_training.gui.models.base import SORT_ROLE, SourceSortProxy
from mobilaze_training.gui.screen import Screen, set_role
from mobilaze_training.services.context import AppContext

if TYPE_CHECKING:
    pass

log = logging.getLogger(__name__)
R = TypeVar("R")
W = TypeVar("W", bound=QWidget)


class FormScreen(Screen):
    """A screen that owns one form from ui/ and talks to the services only."""

    _first_focus: QWidget | None = None

    def focus_first(self, widget: QWidget) -> None:
        """The widget that has the focus when the screen is shown (see Shell)."""
        self._first_focus = widget
        widget.setFocus()

    def initial_focus(self) -> QWidget | None:
        return self._first_focus

    @property
    def ctx(self) -> AppContext:
        return self.shell.ctx

    @property
    def principal(self) -> Principal:
        if self.shell.principal is None:
            raise MobilazeError(QCoreApplication.translate("FormScreen", "Please log in again."))
        return self.shell.principal

    @property
    def lang(self) -> str:
        return str(self.shell.languages.current)

    def call(self, fn: Callable[..., R], *args: Any, **kwargs: Any) -> R | None:
        """Call a service; a refusal or failure is shown as a dialog and gives None."""
        try:
            return fn(*args, **kwargs)
        except MobilazeError as exc:
            dialogs.show_error(self, exc)
        except Exception as exc:  # unexpected: logged, then shown plainly
            log.exception("action failed")
            dialogs.show_error(self, exc)
        return None

    def run_slow(
        self,
        work: Callable[[operations.Progress], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int, str], None] | None = None,
    ) -> operations.Operation:
        """Slow work off the GUI thread; callbacks stop when this screen is closed."""
        return operations.run(
            work,
            on_success,
            on_failure or self.show_failure,
            on_progress,
            parent=self,
        )

    def show_failure(self, exc: BaseException) -> None:
        if isinstance(exc, operations.Cancelled):
            return
        dialogs.show_error(self, exc)


def setup_table(view: QTableView, model: Any, *, stretch_last: bool = True) -> None:
    """The common look of our tables: whole-row selection, sortable, no per-row sizing."""
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.horizontalHeader().setStretchLastSection(stretch_last)
    view.horizontalHeader().setHighlightSections(False)
    if isinstance(model, QSortFilterProxyModel):
        view.setSortingEnabled(True)
        view.sortByColumn(0, Qt.SortOrder.AscendingOrder)


def sorted_proxy(model: Any, parent: QWidget, filter_column: int = -1) -> QSortFilterProxyModel:
    """A proxy that filters text in any column; the model sorts itself on precomputed keys."""
    proxy = SourceSortProxy(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(filter_column)
    return proxy


def selected_source_row(view: QTableView) -> int | None:
    """The source-model row of the view's current selection, through any proxy."""
    index = view.currentIndex()
    if not index.isValid() or not view.selectionModel().isSelected(index):
        rows = view.selectionModel().selectedRows()
        if not rows:
            return None
        index = rows[0]
    model = view.model()
    if isinstance(model, QSortFilterProxyModel):
        index = model.mapToSource(index)
    return index.row()


class FormDialog(QDialog):
    """A dialog whose content is one form from ui/ (with a QDialogButtonBox named buttonBox).

    Open it with `open()` (window-modal, does not block the event loop) and act on `accepted`.
    """

    form_name = ""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.form = load_form(self.form_name, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.setWindowTitle(self.form.windowTitle())
        self.buttons = child(self.form, QDialogButtonBox, "buttonBox")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def find(self, kind: type[W], name: str) -> W:  # type: ignore[override]
        return child(self.form, kind, name)

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)


class WorkingDialog(FormDialog):
    """A dialog whose OK runs slow work (password hashing...) off the GUI thread.

    It closes when the work succeeds (`result_value` holds its result) and stays open with
    the error shown when it is refused. `problem(text)` shows a local check's message.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.result_value: Any = None
        self.working: operations.Operation | None = None

    def problem(self, text: str) -> None:
        label = self.find(QLabel, "problemLabel")
        label.setText(text)
        label.setVisible(bool(text))
        if text:
            set_role(label, "error")

    def start(self, work: Callable[[], Any]) -> None:
        self.problem("")
        self.buttons.setEnabled(False)
        self.working = operations.run(
            lambda _progress: work(), self._succeeded, self._failed, parent=self
        )

    def _succeeded(self, result: Any) -> None:
        self.working = None
        self.buttons.setEnabled(True)
        self.result_value = result
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self.working = None
        self.buttons.setEnabled(True)
        if isinstance(exc, MobilazeError):
            self.problem(str(exc))
        else:
            dialogs.show_error(self, exc)
