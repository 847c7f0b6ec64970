"""One module for the trainee: its lessons (with read marks), assessments and certificate."""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mobilaze_training.errors import MobilazeError
from mobilaze_training.gui.dialogs import show_error
from mobilaze_training.gui.screen import Screen, set_role, show_text
from mobilaze_training.gui.trainee.prompts import ask
from mobilaze_training.gui.trainee.texts import loc, percent
from mobilaze_training.services import attempts, courses, learning, practical
from mobilaze_training.services.courses import LessonContent, ModuleSummary
from mobilaze_training.services.learning import AssessmentStanding

if TYPE_CHECKING:
    from mobilaze_training.gui.shell import Shell


class ModulePage(Screen):
    form_name = "trainee_module"

    def __init__(self, shell: Shell, module_id: str) -> None:
        super().__init__(shell)
        self.module_id = module_id
        self.lang = shell.languages.current
        self.lessons: list[LessonContent] = []
        self.standings: list[AssessmentStanding] = []
        self.rows: dict[str, AssessmentRow] = {}
        self.lesson_list = self.find(QListWidget, "lessonList")
        self.read_button = self.find(QPushButton, "readButton")
        self.module: ModuleSummary | None = None
        principal = shell.principal
        assert principal is not None
        try:
            self.module = courses.get_module(shell.ctx, principal, module_id)
            self.lessons = courses.lessons(shell.ctx, principal, module_id)
            read = learning.lessons_read(shell.ctx, principal, module_id)
            self.standings = learning.assessment_standings(shell.ctx, principal, module_id)
        except MobilazeError as exc:
            show_error(self, exc)
            read = set()
        self.default = self.module.languages[0] if self.module else "en"
        self._fill_header()
        self._fill_lessons(read)
        self._fill_assessments()
        self._fill_outcomes()
        self._fill_certificate()
        self.read_button.clicked.connect(self.read_selected)
        self.lesson_list.itemActivated.connect(lambda _item: self.read_selected())

    def screen_title(self) -> str:
        return self.module_title()

    def module_title(self) -> str:
        return loc(self.module.title, self.lang, self.default) if self.module else self.module_id

    def initial_focus(self) -> QWidget:
        return self.lesson_list

    # ---- filling ----------------------------------------------------------------------
    def _fill_header(self) -> None:
        self.find(QLabel, "titleLabel").setText(self.module_title())
        summary = loc(self.module.summary, self.lang, self.default) if self.module else ""
        show_text(self.find(QLabel, "summaryLabel"), summary)
        meta = [self.tr("%n lesson(s)", "", len(self.lessons))]
        minutes = (self.module.extra or {}).get("estimated_minutes") if self.module else None
        if minutes:
            meta.append(self.tr("about %n minute(s)", "", int(minutes)))
        if self.module:
            meta.append(self.tr("version %1").replace("%1", self.module.version))
        self.find(QLabel, "metaLabel").setText(" · ".join(meta))

    def _fill_lessons(self, read: set[str]) -> None:
        first_unread = None
        for i, lesson in enumerate(self.lessons):
            done = lesson.lesson_id in read
            title = loc(lesson.title, self.lang, self.default)
            item = QListWidgetItem(f"{'✓' if done else '○'}  {i + 1}. {title}")
            item.setData(Qt.ItemDataRole.UserRole, i)
            state = self.tr("read") if done else self.tr("not read yet")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{i + 1}. {title} ({state})")
            item.setToolTip(state)
            self.lesson_list.addItem(item)
            if not done and first_unread is None:
                first_unread = i
        if self.lessons:
            self.lesson_list.setCurrentRow(first_unread if first_unread is not None else 0)
        self.read_button.setEnabled(bool(self.lessons))
        count = sum(1 for lesson in self.lessons if lesson.lesson_id in read)
        self.find(QLabel, "readCountLabel").setText(
            self.tr("Read: %1 of %2")
            .replace("%1", str(count))
            .replace("%2", str(len(self.lessons)))
        )

    def _fill_assessments(self) -> None:
        host = self.find(QWidget, "assessmentsHost")
        layout = host.layout()
        assert isinstance(layout, QVBoxLayout)
        if not self.standings:
            note = QLabel(self.tr("This module has no quizzes or exams."))
            note.setWordWrap(True)
            layout.addWidget(note)
        for standing in self.standings:
            row = AssessmentRow(host, standing, self.lang, self.default)
            row.start_button.clicked.connect(lambda _c=False, s=standing: self.start(s))
            row.result_button.clicked.connect(lambda _c=False, s=standing: self.show_result(s))
            layout.addWidget(row)
            self.rows[standing.assessment_id] = row
        layout.addStretch(1)

    def _fill_outcomes(self) -> None:
        label = self.find(QLabel, "outcomesLabel")
        button = self.find(QPushButton, "outcomesButton")
        button.clicked.connect(self.open_outcomes)
        principal = self.shell.principal
        profile = None
        if principal is not None and self.module is not None:
            try:
                profile = practical.my_outcome_profile(self.shell.ctx, principal, self.module_id)
            except MobilazeError:
                profile = None  # the module page stays usable; the profile screen says why
        outcomes = profile.outcomes if profile else []
        button.setVisible(bool(outcomes))
        if not outcomes:
            show_text(label, "")
            return
        text = self.tr("Learning outcomes achieved: %1 of %2.")
        text = text.replace("%1", str(len(profile.achieved) if profile else 0))
        show_text(label, text.replace("%2", str(len(outcomes))))

    def _fill_certificate(self) -> None:
        from mobilaze_training.gui.certificates.status import own_certificate, status_line

        label = self.find(QLabel, "certificateLabel")
        button = self.find(QPushButton, "certificatesButton")
        button.clicked.connect(self.open_certificates)
        principal = self.shell.principal
        issued = own_certificate(self.shell.ctx, principal, self.module_id) if principal else None
        button.setVisible(issued is not None)
        if issued is not None:
            set_role(label, "success")
            show_text(label, status_line(issued))
            return
        rule = self.module.certificate if self.module else None
        if not rule:
            show_text(label, "")
            return
        by_id = {s.assessment_id: s for s in self.standings}
        required = [by_id[a] for a in rule.get("requires", []) if a in by_id]
        missing = [s for s in required if not s.passed]
        if not missing:
            set_role(label, "success")
            show_text(
                label,
                self.tr(
                    "Certificate: you have passed every required assessment. "
                    "Your training centre issues the certificate."
                ),
            )
        else:
            names = ", ".join(loc(s.title, self.lang, self.default) for s in missing)
            show_text(label, self.tr("Certificate: pass %1 to receive it.").replace("%1", names))

    # ---- actions ----------------------------------------------------------------------
    def open_certificates(self) -> None:
        from mobilaze_training.gui.certificates.mine import MyCertificatesScreen

        shell = self.shell
        shell.show_screen(lambda: MyCertificatesScreen(shell))

    def open_outcomes(self) -> None:
        from mobilaze_training.gui.trainee.outcomes import OutcomeProfileScreen

        shell, module_id = self.shell, self.module_id
        shell.show_screen(lambda: OutcomeProfileScreen(shell, module_id))

    def read_selected(self) -> None:
        item = self.lesson_list.currentItem()
        if item is None:
            return
        from mobilaze_training.gui.trainee.lesson import LessonReader, ReaderState

        state = ReaderState(self.module_id, int(item.data(Qt.ItemDataRole.UserRole)))
        shell = self.shell
        shell.show_screen(lambda: LessonReader(shell, state))

    def start(self, standing: AssessmentStanding) -> None:
        if standing.open_attempt_id is not None:
            self.open_attempt(standing.open_attempt_id)
            return
        lines = []
        if standing.time_limit_minutes:
            lines.append(
                self.tr(
                    "This exam has a time limit of %n minute(s). The clock starts now and keeps "
                    "running if you leave the exam or close the program.",
                    "",
                    int(standing.time_limit_minutes),
                )
            )
        if standing.attempts_allowed is not None:
            lines.append(
                self.tr("This is attempt %1 of %2.")
                .replace("%1", str(standing.attempts_used + 1))
                .replace("%2", str(standing.attempts_allowed))
            )
        if not lines:
            self._begin(standing)
            return
        ask(
            self,
            "startPrompt",
            self.tr("Start now?"),
            loc(standing.title, self.lang, self.default),
            self.tr("&Start"),
            self.tr("&Not now"),
            lambda: self._begin(standing),
            details="\n\n".join(lines),
        )

    def _begin(self, standing: AssessmentStanding) -> None:
        principal = self.shell.principal
        if principal is None:
            return
        try:
            view = attempts.start_attempt(
                self.shell.ctx, principal, self.module_id, standing.assessment_id, self.lang
            )
        except MobilazeError as exc:
            show_error(self, exc)
            return
        open_quiz(self.shell, view.id)

    def open_attempt(self, attempt_id: uuid.UUID) -> None:
        principal = self.shell.principal
        if principal is None:
            return
        try:
            view = attempts.get_attempt(self.shell.ctx, principal, attempt_id)
        except MobilazeError as exc:
            show_error(self, exc)
            return
        if view.status == attempts.IN_PROGRESS:
            open_quiz(self.shell, attempt_id)
        else:  # the time ran out meanwhile: it was submitted automatically
            open_results(self.shell, attempt_id)

    def show_result(self, standing: AssessmentStanding) -> None:
        if standing.last_attempt_id is not None:
            open_results(self.shell, standing.last_attempt_id)


def open_quiz(shell: Shell, attempt_id: uuid.UUID) -> None:
    from mobilaze_training.gui.trainee.quiz import QuizPlayer, QuizState

    state = QuizState(attempt_id)
    shell.show_screen(lambda: QuizPlayer(shell, state))


def open_results(shell: Shell, attempt_id: uuid.UUID) -> None:
    from mobilaze_training.gui.trainee.results import ResultsScreen

    shell.show_screen(lambda: ResultsScreen(shell, attempt_id))


class AssessmentRow(QFrame):
    """One quiz or exam on the module page, with its standing and actions."""

    def __init__(
        self, parent: QWidget, standing: AssessmentStanding, lang: str, default: str
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"assessment-{standing.assessment_id}")
        set_role(self, "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        title = loc(standing.title, lang, default)
        heading = QLabel(title)
        heading.setWordWrap(True)
        set_role(heading, "subheading")
        layout.addWidget(heading)
        details = QLabel(self.details(standing))
        details.setWordWrap(True)
        set_role(details, "muted")
        layout.addWidget(details)
        self.standing_label = QLabel(self.standing_text(standing))
        self.standing_label.setWordWrap(True)
        layout.addWidget(self.standing_label)
        buttons = QHBoxLayout()
        self.start_button = QPushButton(self.start_text(standing))
        self.start_button.setAccessibleName(f"{self.start_button.text()}: {title}")
        self.result_button = QPushButton(self.tr("Last result"))
        self.result_button.setAccessibleName(f"{self.tr('Last result')}: {title}")
        self.result_button.setVisible(standing.last_attempt_id is not None)
        left = standing.attempts_left
        practical = standing.kind == "practical"
        self.start_button.setVisible(not practical)
        self.start_button.setEnabled(standing.open_attempt_id is not None or left != 0)
        if standing.open_attempt_id is not None or (left != 0 and not practical):
            set_role(self.start_button, "primary")
        for button in (self.start_button, self.result_button):
            button.setAutoDefault(True)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def details(self, s: AssessmentStanding) -> str:
        kind = {
            "exam": self.tr("Exam"),
            "practice": self.tr("Practice quiz"),
            "practical": self.tr("Practical test, observed by your instructor"),
        }.get(s.kind, s.kind)
        parts = [kind]
        if s.questions:
            parts.append(self.tr("%n question(s)", "", s.questions))
        if s.time_limit_minutes:
            parts.append(self.tr("%n minute(s)", "", int(s.time_limit_minutes)))
        else:
            parts.append(self.tr("no time limit"))
        parts.append(self.tr("pass mark %1").replace("%1", percent(s.pass_mark_percent)))
        return " · ".join(parts)

    def standing_text(self, s: AssessmentStanding) -> str:
        parts = []
        if s.attempts_allowed is None:
            parts.append(
                self.tr("Attempts used: %1 (no limit)").replace("%1", str(s.attempts_used))
            )
        else:
            parts.append(
                self.tr("Attempts left: %1 of %2")
                .replace("%1", str(s.attempts_left))
                .replace("%2", str(s.attempts_allowed))
            )
        if s.best_percent is not None:
            parts.append(self.tr("best result: %1").replace("%1", percent(s.best_percent)))
        if s.passed:
            parts.append(self.tr("✓ passed"))
        elif s.pending_review:
            parts.append(self.tr("waiting for the instructor's marking"))
        if s.open_attempt_id is not None:
            parts.append(self.tr("an attempt is in progress"))
        return " · ".join(parts)

    def start_text(self, s: AssessmentStanding) -> str:
        if s.open_attempt_id is not None:
            return self.tr("Continue")
        if s.attempts_left == 0:
            return self.tr("No attempts left")
        return self.tr("Start") if s.attempts_used == 0 else self.tr("Try again")
