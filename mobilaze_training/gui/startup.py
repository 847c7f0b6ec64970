"""Which screen comes first: the first-run wizard, or the login screen."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.gui import operations
from mobilaze_training.gui.i18n import LanguageManager
from mobilaze_training.gui.shell import Shell
from mobilaze_training.services import attempts, courses
from mobilaze_training.services.context import AppContext


class ModulesOverview(QWidget):
    """Placeholder home until the role screens exist: lists the installed modules."""

    def __init__(self, shell: Shell) -> None:
        super().__init__()
        self.shell = shell
        layout = QVBoxLayout(self)
        self.label = QLabel(self.tr("Installing the standard modules…"))
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        layout.addStretch(1)
        self.refresh()

    def screen_title(self) -> str:
        return self.tr("Modules")

    def refresh(self) -> None:
        lang = self.shell.languages.current
        mods = courses.list_modules(self.shell.ctx, SYSTEM)
        if mods:
            lines = [
                f"• {m.title.get(lang) or m.title.get('en') or m.module_id} ({m.version})"
                for m in mods
            ]
            self.label.setText("\n".join(lines))


def build_main_window(ctx: AppContext, languages: LanguageManager) -> Shell:
    shell = Shell(ctx, languages)
    attempts.expire_overdue(ctx)
    shell.show_screen(lambda: ModulesOverview(shell), root=True)

    def done(_result: object) -> None:
        screen = shell.current_screen()
        if isinstance(screen, ModulesOverview):
            screen.refresh()

    if not courses.list_modules(ctx, SYSTEM):
        operations.run(lambda _p: courses.install_standard(ctx, SYSTEM), done, parent=shell)
    return shell
