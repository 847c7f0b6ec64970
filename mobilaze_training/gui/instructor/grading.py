"""The essay grading queue: pick an essay, read prompt, rubric and response, give a score."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelection
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QBoxLayout,
    QDoubleSpinBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
)

from mobilaze_training.gui.instructor.base import FormScreen, selected_source_row, setup_table
from mobilaze_training.gui.models.formatting import local_datetime, localised, percent
from mobilaze_training.gui.models.tables import EssayQueueModel
from mobilaze_training.gui.screen import set_role
from mobilaze_training.services import courses, grading
from mobilaze_training.services.grading import PendingEssay

if TYPE_CHECKING:
    from mobilaze_training.gui.shell import Shell


def _html(text: str) -> str:
    return "<br>".join(escape(line) for line in text.splitlines())


class GradingScreen(FormScreen):
    form_name = "grading_queue"

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        titles, assessments = self._titles()
        self.model = EssayQueueModel(self, titles, assessments)
        self.view = self.find(QTableView, "queueView")
        setup_table(self.view, self.model)
        self.view.setColumnWidth(EssayQueueModel.COL_SUBMITTED, 150)
        self.view.setColumnWidth(EssayQueueModel.COL_TRAINEE, 180)
        self.view.setColumnHidden(EssayQueueModel.COL_ASSESSMENT, True)
        self.view.setColumnHidden(EssayQueueModel.COL_QUESTION, True)
        self.view.selectionModel().selectionChanged.connect(self._selected)
        self.info = self.find(QLabel, "infoLabel")
        self.prompt = self.find(QTextBrowser, "promptBrowser")
        self.rubric = self.find(QTextBrowser, "rubricBrowser")
        self.response = self.find(QTextBrowser, "responseBrowser")
        for browser in (self.prompt, self.rubric, self.response):
            browser.setTabChangesFocus(True)
        self.score = self.find(QDoubleSpinBox, "scoreSpin")
        self.points_label = self.find(QLabel, "pointsLabel")
        self.comment = self.find(QPlainTextEdit, "commentEdit")
        self.saved = self.find(QLabel, "savedLabel")
        self.save_button = self.find(QPushButton, "saveButton")
        self.save_button.clicked.connect(self.save_grade)
        set_role(self.save_button, "primary")
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.save_grade)
        self.empty = self.find(QLabel, "emptyLabel")
        splitter = self.find(QSplitter, "splitter")
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([460, 600])
        layout = self.form.layout()
        if isinstance(layout, QBoxLayout):  # the splitter takes the room; else the stretch
            layout.setStretchFactor(splitter, 1)
            layout.addStretch(0)
        self.refresh()
        self.focus_first(self.view)

    def screen_title(self) -> str:
        return self.tr("Essay grading")

    def _titles(self) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
        titles: dict[str, str] = {}
        assessments: dict[tuple[str, str], str] = {}
        for mod in self.call(courses.list_modules, self.ctx, self.principal) or []:
            default = mod.languages[0] if mod.languages else "en"
            titles[mod.module_id] = localised(mod.title, self.lang, default) or mod.module_id
            for a in mod.assessments:
                title = localised(a.get("title") or a["id"], self.lang, default)
                assessments[(mod.module_id, a["id"])] = title
        return titles, assessments

    def refresh(self, keep_row: int = 0) -> None:
        queue = self.call(grading.pending_essays, self.ctx, self.principal) or []
        self.model.set_rows(queue)
        self.empty.setVisible(not queue)
        self.find(QSplitter, "splitter").setVisible(bool(queue))
        if queue:
            self.view.selectRow(min(keep_row, len(queue) - 1))
        self._show(self.current())

    def current(self) -> PendingEssay | None:
        row = selected_source_row(self.view)
        return None if row is None else self.model.record(row)

    def _selected(self, *_args: QItemSelection) -> None:
        self._show(self.current())

    def _show(self, essay: PendingEssay | None) -> None:
        self.save_button.setEnabled(essay is not None)
        if essay is None:
            for widget in (self.prompt, self.rubric, self.response):
                widget.clear()
            self.info.clear()
            return
        row = selected_source_row(self.view) or 0
        text = self.tr("%1 (%2) — %3, %4, question %5 — submitted %6")
        for key, value in (
            ("%1", essay.full_name),
            ("%2", essay.username),
            ("%3", self.model.text(row, EssayQueueModel.COL_MODULE)),
            ("%4", self.model.text(row, EssayQueueModel.COL_ASSESSMENT)),
            ("%5", essay.question_id),
            ("%6", local_datetime(essay.submitted_at)),
        ):
            text = text.replace(key, value)
        self.info.setText(text)
        self.prompt.setHtml(_html(self._text(essay.prompt)))
        rubric = self._text(essay.rubric)
        self.rubric.setHtml(_html(rubric) if rubric else f"<i>{escape(self.tr('(no rubric)'))}</i>")
        response = "" if essay.response is None else str(essay.response)
        words = len(response.split())
        self.response.setHtml(
            _html(response) + f"<p><i>{escape(self.tr('%n word(s)', '', words))}</i></p>"
        )
        self.score.setRange(0.0, essay.points)
        self.score.setValue(0.0)
        self.points_label.setText(self.tr("of %1 point(s)").replace("%1", f"{essay.points:g}"))
        self.comment.clear()

    def _text(self, value: Any) -> str:
        return localised(value, self.lang)

    def save_grade(self) -> None:
        essay = self.current()
        if essay is None:
            return
        row = selected_source_row(self.view) or 0
        comment = self.comment.toPlainText().strip() or None
        result = self.call(
            grading.grade_essay,
            self.ctx,
            self.principal,
            essay.attempt_id,
            essay.question_id,
            self.score.value(),
            comment,
        )
        if result is None:
            return
        if result.status == "pending_review":
            message = self.tr("Saved. %1's attempt has more essays to grade.")
        elif result.passed:
            message = self.tr("Saved. %1's attempt is complete: %2, passed.")
        else:
            message = self.tr("Saved. %1's attempt is complete: %2, not passed.")
        message = message.replace("%1", essay.full_name).replace("%2", percent(result.percent))
        self.refresh(keep_row=row)
        self.saved.setText(message)
        self.view.setFocus()
