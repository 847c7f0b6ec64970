"""A trainee's attempts in one module: the per-question review, extra time, another attempt."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTextBrowser,
)

from mobilaze_training.errors import MobilazeError, NotFoundError
from mobilaze_training.gui import dialogs
from mobilaze_training.gui.instructor.base import FormScreen, selected_source_row, setup_table
from mobilaze_training.gui.instructor.review_html import review_html
from mobilaze_training.gui.models.formatting import local_datetime, localised
from mobilaze_training.gui.models.tables import AttemptsTableModel
from mobilaze_training.services import attempts, courses, grading
from mobilaze_training.services.attempts import AttemptView

if TYPE_CHECKING:
    from mobilaze_training.gui.shell import Shell


class AttemptDetailScreen(FormScreen):
    form_name = "progress_attempts"

    def __init__(
        self, shell: Shell, username: str, full_name: str, module_id: str, module_title: str
    ) -> None:
        super().__init__(shell)
        self.username = username
        self.full_name = full_name
        self.module_id = module_id
        self.module_title = module_title
        self.model = AttemptsTableModel(self.lang, self)
        self.view = self.find(QTableView, "attemptView")
        setup_table(self.view, self.model)
        self.view.setColumnWidth(AttemptsTableModel.COL_ASSESSMENT, 260)
        self.view.setColumnWidth(AttemptsTableModel.COL_STARTED, 150)
        self.view.setColumnWidth(AttemptsTableModel.COL_SUBMITTED, 150)
        self.view.setColumnWidth(AttemptsTableModel.COL_STATUS, 170)
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self.review = self.find(QTextBrowser, "reviewBrowser")
        self.review.setTabChangesFocus(True)
        layout = self.form.layout()
        if isinstance(layout, QBoxLayout):
            layout.setStretchFactor(self.review, 1)
        self.no_attempts = self.find(QLabel, "noAttemptsLabel")
        self.status = self.find(QLabel, "statusLabel")
        self.minutes = self.find(QSpinBox, "minutesSpin")
        self.extend_button = self.find(QPushButton, "extendButton")
        self.extend_button.clicked.connect(self.extend_time)
        self.assessment_combo = self.find(QComboBox, "assessmentCombo")
        self.reason_edit = self.find(QLineEdit, "reasonEdit")
        self.find(QPushButton, "grantButton").clicked.connect(self.grant_attempt)
        self.find(QPushButton, "profileButton").clicked.connect(self.open_profile)
        self.practical_button = self.find(QPushButton, "practicalButton")
        self.practical_button.clicked.connect(self.open_practical)
        heading = self.tr("%1 (%2) — %3")
        heading = heading.replace("%1", full_name).replace("%2", username)
        self.find(QLabel, "headingLabel").setText(heading.replace("%3", module_title))
        self._fill_assessments()
        self.refresh()
        self.focus_first(self.view)

    def screen_title(self) -> str:
        return self.tr("Attempts")

    def _fill_assessments(self) -> None:
        summary = self.call(courses.get_module, self.ctx, self.principal, self.module_id)
        self.practical_button.setVisible(
            summary is not None and any(a.get("kind") == "practical" for a in summary.assessments)
        )
        if summary is None:
            return
        default = summary.languages[0] if summary.languages else "en"
        for assessment in summary.assessments:
            if assessment.get("kind") == "practical":
                continue
            title = localised(assessment.get("title") or assessment["id"], self.lang, default)
            self.assessment_combo.addItem(title, assessment["id"])
        exam = self.assessment_combo.findData(
            next((a["id"] for a in summary.assessments if a.get("kind") == "exam"), None)
        )
        if exam >= 0:
            self.assessment_combo.setCurrentIndex(exam)

    def refresh(self, select: object = None) -> None:
        try:
            found = grading.user_attempts(self.ctx, self.principal, self.username, self.module_id)
        except NotFoundError:
            found = []
        except MobilazeError as exc:
            dialogs.show_error(self, exc)
            found = []
        self.model.set_rows(found)
        self.no_attempts.setVisible(not found)
        self.view.setVisible(bool(found))
        row = next((i for i, a in enumerate(found) if a.id == select), len(found) - 1)
        if found:
            self.view.selectRow(row)
        else:
            self.review.setPlainText("")
        self._update_buttons()

    def current(self) -> AttemptView | None:
        row = selected_source_row(self.view)
        return None if row is None else self.model.record(row)

    def _selected(self, *_args: QItemSelection) -> None:
        self._update_buttons()
        attempt = self.current()
        if attempt is None:
            self.review.setPlainText("")
            return
        if attempt.status == attempts.IN_PROGRESS:
            text = self.tr("This attempt is in progress. Started: %1. Time limit ends: %2.")
            text = text.replace("%1", local_datetime(attempt.started_at))
            self.review.setPlainText(
                text.replace("%2", local_datetime(attempt.deadline_at) or self.tr("no limit"))
            )
            return
        review = self.call(attempts.review_attempt, self.ctx, self.principal, attempt.id)
        if review is not None:
            self.review.setHtml(review_html(review, self.lang))

    def _update_buttons(self) -> None:
        attempt = self.current()
        timed = (
            attempt is not None
            and attempt.status == attempts.IN_PROGRESS
            and attempt.deadline_at is not None
        )
        self.extend_button.setEnabled(timed)
        self.minutes.setEnabled(timed)

    # ---- actions ------------------------------------------------------------------------
    def extend_time(self) -> None:
        attempt = self.current()
        if attempt is None:
            return
        minutes = self.minutes.value()
        view = self.call(grading.extend_time, self.ctx, self.principal, attempt.id, minutes)
        if view is not None:
            text = self.tr("The time limit now ends at %1.")
            self.status.setText(text.replace("%1", local_datetime(view.deadline_at)))
            self.refresh(select=attempt.id)

    def grant_attempt(self) -> None:
        assessment_id = self.assessment_combo.currentData()
        if assessment_id is None:
            return
        reason = self.reason_edit.text().strip() or None
        try:
            allowed = grading.grant_extra_attempt(
                self.ctx, self.principal, self.username, self.module_id, assessment_id, 1, reason
            )
        except MobilazeError as exc:
            dialogs.show_error(self, exc)
            return
        title = self.assessment_combo.currentText()
        if allowed is None:
            text = self.tr("Another attempt at %1 was granted (attempts are unlimited).")
        else:
            text = self.tr("Another attempt at %1 was granted: %2 attempt(s) now allowed.")
            text = text.replace("%2", str(allowed))
        self.status.setText(text.replace("%1", title))
        self.reason_edit.clear()

    def open_profile(self) -> None:
        from mobilaze_training.gui.trainee.outcomes import OutcomeProfileScreen

        shell, module_id = self.shell, self.module_id
        username, full_name = self.username, self.full_name
        shell.show_screen(lambda: OutcomeProfileScreen(shell, module_id, username, full_name))

    def open_practical(self) -> None:
        from mobilaze_training.gui.instructor.practical import open_practical

        open_practical(self.shell, self.username, self.module_id)
