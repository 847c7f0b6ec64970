"""Which screen comes first (first-run wizard or login) and each role's home screen.

Start-up time is measured (bench/startup.py): this module imports only what the login
window needs; the rest (services, theme, background operations, role screens) is imported
in the functions that use it, once the window is shown.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from mobilaze_training.gui.login import LoginScreen
from mobilaze_training.gui.shell import ScreenFactory, Shell

if TYPE_CHECKING:
    from mobilaze_training.gui.i18n import LanguageManager
    from mobilaze_training.gui.wizard import Installer
    from mobilaze_training.services.context import AppContext

log = logging.getLogger(__name__)


class PlaceholderHome(QWidget):
    """Home for a role whose screens are not installed in this build."""

    def __init__(self, shell: Shell) -> None:
        super().__init__()
        self.shell = shell
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        label = QLabel(
            self.tr(
                "Welcome, %1. The screens for your role are not available in this version."
            ).replace("%1", shell.principal.username if shell.principal else "")
        )
        label.setWordWrap(True)
        label.setProperty("role", "notice")
        layout.addWidget(label)
        layout.addStretch(1)

    def screen_title(self) -> str:
        return self.tr("Home")


def home_factory(shell: Shell) -> ScreenFactory:
    """The home screen of the logged-in user's role (imported when first needed)."""
    from mobilaze_training.auth.permissions import Role

    role = shell.principal.role if shell.principal else None
    if role == Role.TRAINEE:
        from mobilaze_training.gui.trainee.home import TraineeHome

        return lambda: TraineeHome(shell)
    builder: Callable[[Shell], QWidget] | None = None
    try:
        if role == Role.INSTRUCTOR:
            from mobilaze_training.gui.instructor.home import InstructorHome

            builder = InstructorHome
        elif role == Role.ADMIN:
            from mobilaze_training.gui.admin.home import AdminHome

            builder = AdminHome
    except ImportError:
        log.warning("the %s screens are not available; showing a placeholder", role)
    if builder is None:
        return lambda: PlaceholderHome(shell)
    chosen = builder
    return lambda: chosen(shell)


def after_login(shell: Shell) -> None:
    from mobilaze_training.gui.trainee.resume import offer_resume

    offer_resume(shell)


def build_main_window(
    ctx: AppContext, languages: LanguageManager, *, installer: Installer | None = None
) -> Shell:
    """The main window showing the first-run wizard, or the login screen.

    `installer` replaces the standard modules the wizard installs (tests use a small one).
    What is not needed to show the first screen is imported and done just after it shows.
    """
    shell = _new_shell(ctx, languages)
    attach(shell, ctx, installer=installer)
    return shell


def _new_shell(ctx: AppContext | None, languages: LanguageManager) -> Shell:
    shell = Shell(ctx, languages)
    shell.install_activity_filter()
    shell.set_login_factory(lambda: LoginScreen(shell))
    shell.set_home_factory(home_factory)
    shell.add_after_login(after_login)
    return shell


def start(
    open_context: Callable[[], AppContext],
    languages: LanguageManager,
    on_failure: Callable[[BaseException], None],
) -> Shell:
    """Show the login screen at once and open the database (and migrate it) off the GUI
    thread once the window is up; the login button comes alive, or the first-run wizard
    appears, when the database is open."""
    shell = _new_shell(None, languages)
    shell.show_screen(lambda: LoginScreen(shell), root=True)

    def open_database() -> None:
        from mobilaze_training.gui import operations

        operations.run(
            lambda _progress: open_context(),
            lambda ctx: attach(shell, ctx),
            on_failure,
            parent=shell,
        )

    QTimer.singleShot(0, shell, open_database)
    return shell


def attach(shell: Shell, ctx: AppContext, *, installer: Installer | None = None) -> None:
    """The database is open: theme from its settings, then the wizard or the login screen."""
    from mobilaze_training.gui.theme import apply_theme
    from mobilaze_training.services import users

    shell.ctx = ctx
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_theme(app, ctx.settings)
    if users.count_admins(ctx) == 0:
        from mobilaze_training.gui.wizard import FirstRunWizard, WizardState, standard_installer

        state = WizardState()
        chosen = installer or standard_installer

        def finished() -> None:
            shell.show_screen(lambda: LoginScreen(shell), root=True)

        shell.show_screen(lambda: FirstRunWizard(shell, state, finished, chosen), root=True)
        return
    shell.show_screen(lambda: LoginScreen(shell), root=True)
    QTimer.singleShot(0, shell, lambda: _after_start(shell))


def _after_start(shell: Shell) -> None:
    """Housekeeping once the login screen is up: overdue attempts, missing modules."""
    from mobilaze_training.auth.permissions import SYSTEM
    from mobilaze_training.gui import operations
    from mobilaze_training.services import attempts, courses

    ctx = shell.ctx
    try:
        attempts.expire_overdue(ctx)
        missing = not courses.list_modules(ctx, SYSTEM)
    except Exception:  # housekeeping must not stop the program; the services retry later
        log.exception("start-up housekeeping failed")
        return
    if missing:
        # Set up before modules were installed (or they were removed): install them now.
        operations.run(
            lambda _p: courses.install_standard(ctx, SYSTEM),
            on_failure=lambda exc: log.error("standard modules not installed: %s", exc),
            parent=shell,
        )
