"""Dialogs of the cohort screens: a new cohort, enrolling trainees, assigning a module."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time

from PySide6.QtCore import QDate, QSortFilterProxyModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from mobilaze_training.auth.permissions import Principal, Role
from mobilaze_training.errors import MobilazeError
from mobilaze_training.gui import dialogs
from mobilaze_training.gui.instructor.base import FormDialog, setup_table, sorted_proxy
from mobilaze_training.gui.models.tables import TraineeChoiceModel
from mobilaze_training.services import cohorts, users
from mobilaze_training.services.cohorts import CohortInfo
from mobilaze_training.services.context import AppContext
from mobilaze_training.services.users import UserInfo


def end_of_day_utc(day: date) -> datetime:
    """The last second of a local calendar day, as a UTC datetime (due dates are inclusive)."""
    local = datetime.combine(day, time(23, 59, 59)).astimezone()
    return local.astimezone(UTC)


class _ServiceDialog(FormDialog):
    """A dialog that calls one service on OK and stays open (with the error) if refused."""

    def __init__(self, parent: QWidget, ctx: AppContext, actor: Principal) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor = actor
        self.result_info: CohortInfo | None = None

    def attempt(self, fn: Callable[[], CohortInfo]) -> None:
        try:
            self.result_info = fn()
        except MobilazeError as exc:
            dialogs.show_error(self, exc)
            return
        super().accept()


class NewCohortDialog(_ServiceDialog):
    form_name = "cohort_new_dialog"

    def __init__(self, parent: QWidget, ctx: AppContext, actor: Principal) -> None:
        super().__init__(parent, ctx, actor)
        self.name_edit = self.find(QLineEdit, "nameEdit")
        self.instructor_combo = self.find(QComboBox, "instructorCombo")
        self.choose_instructor = actor.role == Role.ADMIN
        if self.choose_instructor:
            self.instructor_combo.addItem(self.tr("(me)"), None)
            for info in users.list_users(ctx, actor, "instructor"):
                if info.active:
                    label = f"{info.full_name} ({info.username})"
                    self.instructor_combo.addItem(label, info.username)
        else:
            self.find(QLabel, "instructorLabel").hide()
            self.instructor_combo.hide()
        self.name_edit.textChanged.connect(self._update)
        self._update()
        self.name_edit.setFocus()

    def _update(self) -> None:
        self.ok_button().setEnabled(bool(self.name_edit.text().strip()))

    def accept(self) -> None:
        instructor = self.instructor_combo.currentData() if self.choose_instructor else None
        name = self.name_edit.text()
        self.attempt(lambda: cohorts.create_cohort(self.ctx, self.actor, name, instructor))


class EnrolDialog(_ServiceDialog):
    """Pick trainees from a filterable list and enrol them in one go."""

    form_name = "cohort_enrol_dialog"

    def __init__(
        self,
        parent: QWidget,
        ctx: AppContext,
        actor: Principal,
        cohort_name: str,
        trainees: list[UserInfo],
        enrolled: set[str],
    ) -> None:
        super().__init__(parent, ctx, actor)
        self.cohort_name = cohort_name
        self.model = TraineeChoiceModel(self)
        self.model.set_rows([t for t in trainees if t.active and t.username not in enrolled])
        self.proxy: QSortFilterProxyModel = sorted_proxy(self.model, self)
        self.view = self.find(QTableView, "traineeView")
        setup_table(self.view, self.proxy)
        self.view.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.view.setColumnWidth(TraineeChoiceModel.COL_NAME, 300)
        self.filter_edit = self.find(QLineEdit, "filterEdit")
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.count_label = self.find(QLabel, "countLabel")
        self.find(QPushButton, "checkShownButton").clicked.connect(lambda: self._tick_shown(True))
        self.find(QPushButton, "clearButton").clicked.connect(self._untick_all)
        self.model.dataChanged.connect(self._update)
        self.ok_button().setText(self.tr("&Enrol"))
        self._update()
        self.filter_edit.setFocus()

    def _tick_shown(self, checked: bool) -> None:
        rows = [
            self.proxy.mapToSource(self.proxy.index(r, 0)).row()
            for r in range(self.proxy.rowCount())
        ]
        self.model.set_checked(rows, checked)

    def _untick_all(self) -> None:
        self.model.set_checked(range(self.model.rowCount()), False)

    def _update(self, *_args: object) -> None:
        count = len(self.model.checked())
        self.count_label.setText(self.tr("%n trainee(s) ticked", "", count))
        self.ok_button().setEnabled(count > 0)

    def accept(self) -> None:
        chosen = self.model.checked()
        self.attempt(lambda: cohorts.enrol(self.ctx, self.actor, self.cohort_name, chosen))


class AssignDialog(_ServiceDialog):
    """Assign a module to the cohort, with an optional due date."""

    form_name = "cohort_assign_dialog"

    def __init__(
        self,
        parent: QWidget,
        ctx: AppContext,
        actor: Principal,
        cohort_name: str,
        modules: list[tuple[str, str]],
    ) -> None:
        super().__init__(parent, ctx, actor)
        self.cohort_name = cohort_name
        self.module_combo = self.find(QComboBox, "moduleCombo")
        for module_id, title in modules:
            self.module_combo.addItem(f"{title} ({module_id})", module_id)
        self.due_check = self.find(QCheckBox, "dueCheck")
        self.due_edit = self.find(QDateEdit, "dueEdit")
        today = QDate.currentDate()
        self.due_edit.setMinimumDate(today)
        self.due_edit.setDate(today.addDays(28))
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        self.ok_button().setText(self.tr("&Assign"))
        self.ok_button().setEnabled(bool(modules))
        self.module_combo.setFocus()

    def due_at(self) -> datetime | None:
        if not self.due_check.isChecked():
            return None
        day = self.due_edit.date()
        return end_of_day_utc(date(day.year(), day.month(), day.day()))

    def accept(self) -> None:
        module_id = self.module_combo.currentData()
        due = self.due_at()
        self.attempt(lambda: cohorts.assign(self.ctx, self.actor, self.cohort_name, module_id, due))
