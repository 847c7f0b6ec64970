"""The trainee's home: assigned modules with due dates, lessons read and results."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from mobilaze_training.errors import MobilazeError
from mobilaze_training.gui.dialogs import show_error
from mobilaze_training.gui.forms import child, load_form
from mobilaze_training.gui.screen import Screen, show_text
from mobilaze_training.gui.trainee.texts import loc, local_date, percent
from mobilaze_training.services import cohorts, courses
from mobilaze_training.services.cohorts import ModuleProgress
from mobilaze_training.services.courses import ModuleSummary

if TYPE_CHECKING:
    from mobilaze_training.gui.shell import Shell


class TraineeHome(Screen):
    form_name = "trainee_home"

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.cards: list[ModuleCard] = []
        self.cards_layout = self.find(QWidget, "cardsHost").layout()
        assert isinstance(self.cards_layout, QVBoxLayout)
        principal = shell.principal
        assert principal is not None
        try:
            progress = cohorts.my_progress(shell.ctx, principal)
            modules = {m.module_id: m for m in courses.list_modules(shell.ctx, principal)}
        except MobilazeError as exc:
            show_error(self, exc)
            progress, modules = [], {}
        lang = shell.languages.current
        for row in progress:
            card = ModuleCard(self, row, modules.get(row.module_id), lang)
            card.open_button.clicked.connect(lambda _c=False, mid=row.module_id: self.open(mid))
            self.cards_layout.addWidget(card)
            self.cards.append(card)
        self.cards_layout.addStretch(1)
        show_text(self.find(QLabel, "emptyLabel"), "" if progress else self._empty_text())
        self.find(QPushButton, "certificatesButton").clicked.connect(self.open_certificates)

    def _empty_text(self) -> str:
        return self.tr(
            "No modules are assigned to you yet. Ask your instructor to add you to a group."
        )

    def screen_title(self) -> str:
        return self.tr("My modules")

    def initial_focus(self) -> QWidget | None:
        return self.cards[0].open_button if self.cards else None

    def open_certificates(self) -> None:
        from mobilaze_training.gui.certificates.mine import MyCertificatesScreen

        shell = self.shell
        shell.show_screen(lambda: MyCertificatesScreen(shell))

    def open(self, module_id: str) -> None:
        from mobilaze_training.gui.trainee.module_page import ModulePage

        shell = self.shell
        shell.show_screen(lambda: ModulePage(shell, module_id))


class ModuleCard(QFrame):
    """One assigned module on the home screen (form ui/trainee_module_card.ui)."""

    def __init__(
        self, parent: QWidget, row: ModuleProgress, module: ModuleSummary | None, lang: str
    ) -> None:
        super().__init__(parent)
        self.module_id = row.module_id
        form = load_form("trainee_module_card", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(form)
        default = module.languages[0] if module else "en"
        title = loc(module.title, lang, default) if module else row.module_id
        child(form, QLabel, "titleLabel").setText(title)
        summary = loc(module.summary, lang, default) if module else ""
        show_text(child(form, QLabel, "summaryLabel"), _shorten(summary, 260))
        bar = child(form, QProgressBar, "lessonsBar")
        bar.setRange(0, max(1, row.lessons_total))
        bar.setValue(min(row.lessons_opened, row.lessons_total))
        bar.setFormat(
            self.tr("%1 of %2")
            .replace("%1", str(row.lessons_opened))
            .replace("%2", str(row.lessons_total))
        )
        bar.setAccessibleName(self.tr("Lessons read"))
        self.status_label = child(form, QLabel, "statusLabel")
        self.status_label.setText(self.status_text(row))
        self.open_button = child(form, QPushButton, "openButton")
        self.open_button.setAutoDefault(True)
        self.open_button.setText(self.tr("Open"))
        self.open_button.setAccessibleName(self.tr("Open %1").replace("%1", title))
        self.open_button.setToolTip(title)

    def status_text(self, row: ModuleProgress) -> str:
        parts: list[str] = []
        if row.passed:
            parts.append(self.tr("✓ Passed"))
        elif row.pending_review:
            parts.append(self.tr("Waiting for the instructor to mark an essay"))
        elif row.in_progress:
            parts.append(self.tr("An attempt is in progress"))
        elif row.attempts or row.lessons_opened:
            parts.append(self.tr("Started"))
        else:
            parts.append(self.tr("Not started"))
        if row.best_percent is not None:
            parts.append(self.tr("best result: %1").replace("%1", percent(row.best_percent)))
        if row.due_at is not None:
            overdue = not row.passed and row.due_at < datetime.now(UTC)
            text = self.tr("overdue since %1") if overdue else self.tr("due by %1")
            parts.append(text.replace("%1", local_date(row.due_at)))
        return " · ".join(parts)


def _shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut + "…"
