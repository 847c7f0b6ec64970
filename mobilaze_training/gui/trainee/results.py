"""The result of an attempt and, as its feedback policy allows, the review of each answer."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QPushButton, QTextBrowser, QWidget

from mobilaze_training.errors import MobilazeError
from mobilaze_training.gui.dialogs import show_error
from mobilaze_training.gui.screen import Screen, set_role, show_text
from mobilaze_training.gui.trainee.review import ReviewRenderer
from mobilaze_training.gui.trainee.texts import loc, local_date, percent
from mobilaze_training.services import attempts, courses
from mobilaze_training.services.attempts import Review

if TYPE_CHECKING:
    from mobilaze_training.gui.shell import Shell

#: the longest assessment title shown in full in the top bar (the page shows it whole)
TITLE_CHARS = 56


class ResultsScreen(Screen):
    form_name = "results_screen"

    def __init__(self, shell: Shell, attempt_id: uuid.UUID, notice: str = "") -> None:
        super().__init__(shell)
        self.attempt_id = attempt_id
        self.lang = shell.languages.current
        self.review: Review | None = None
        show_text(self.find(QLabel, "noticeLabel"), notice)
        self.module_button = self.find(QPushButton, "moduleButton")
        self.module_button.clicked.connect(self.back_to_module)
        self.find(QPushButton, "homeButton").clicked.connect(shell.go_home)
        principal = shell.principal
        assert principal is not None
        try:
            self.review = attempts.review_attempt(shell.ctx, principal, attempt_id)
        except MobilazeError as exc:
            show_error(self, exc)
            return
        self._fill(self.review)

    def screen_title(self) -> str:
        if self.review is None:
            return self.tr("Result")
        view = self.review.attempt
        title = loc(view.assessment_title, self.lang, view.language)
        if len(title) > TITLE_CHARS:  # the top bar must not widen the window
            title = title[: TITLE_CHARS - 1].rstrip() + "…"
        return self.tr("Result: %1").replace("%1", title)

    def initial_focus(self) -> QWidget:
        return self.module_button

    def _fill(self, review: Review) -> None:
        view = review.attempt
        default = view.language
        self.find(QLabel, "titleLabel").setText(loc(view.assessment_title, self.lang, default))
        self.find(QLabel, "percentLabel").setText(percent(view.percent) or "—")
        verdict = self.find(QLabel, "verdictLabel")
        if view.status == attempts.PENDING_REVIEW:
            set_role(verdict, "notice")
            verdict.setText(
                self.tr(
                    "Waiting for review: an instructor marks your written answers, "
                    "then your final result is shown here."
                )
            )
        elif view.passed:
            set_role(verdict, "success")
            verdict.setText(self.tr("✓ Passed"))
        else:
            set_role(verdict, "failure")
            missed = [i for i in review.items if i.get("critical") and not i.get("correct")]
            if view.kind == "practical" and missed:
                verdict.setText(
                    self.tr("Not passed this time: a critical item of the checklist was not met.")
                )
            else:
                verdict.setText(self.tr("Not passed this time"))
        pass_mark = self.pass_mark(view.module_id, view.assessment_id)
        details = [
            self.tr("Score: %1 of %2 points")
            .replace("%1", f"{round(view.score or 0, 2):g}")
            .replace("%2", f"{round(view.max_score, 2):g}")
        ]
        if pass_mark is not None:
            details.append(self.tr("pass mark %1").replace("%1", percent(pass_mark)))
        if view.submitted_at:
            details.append(self.tr("submitted %1").replace("%1", local_date(view.submitted_at)))
        self.find(QLabel, "detailsLabel").setText(" · ".join(details))
        browser = self.find(QTextBrowser, "reviewBrowser")
        browser.document().setDocumentMargin(12)
        if view.kind == "practical":
            heading = self.tr("The checklist your instructor observed")
            self.find(QLabel, "reviewHeading").setText(heading)
            browser.setAccessibleName(heading)
        if review.items:
            browser.setHtml(ReviewRenderer(self.lang, default).html(review))
        else:
            self.find(QLabel, "reviewHeading").setVisible(False)
            browser.setPlainText(
                self.tr(
                    "The answers of this assessment are not shown: your training centre keeps "
                    "them confidential."
                )
            )

    def pass_mark(self, module_id: str, assessment_id: str) -> float | None:
        principal = self.shell.principal
        if principal is None:
            return None
        try:
            module = courses.get_module(self.shell.ctx, principal, module_id)
        except MobilazeError:
            return None
        for assessment in module.assessments:
            if assessment["id"] == assessment_id:
                return float(assessment.get("pass_mark_percent", 0))
        return None

    def back_to_module(self) -> None:
        shell = self.shell
        if self.review is None or shell.depth() > 2:
            shell.back()
            return
        from mobilaze_training.gui.trainee.module_page import ModulePage

        module_id = self.review.attempt.module_id
        shell.replace_screen(lambda: ModulePage(shell, module_id))
