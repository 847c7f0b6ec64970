"""First run of a data folder: language, centre name, administrator, standard modules.

Shown while the database has no active administrator. Typed values live in a
:class:`WizardState` kept by the screen factory, so a language switch (which rebuilds the
screen) keeps them.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
)

from mobilaze_training.auth.passwords import MIN_LENGTH
from mobilaze_training.auth.permissions import SYSTEM, Principal
from mobilaze_training.errors import MobilazeError
from mobilaze_training.gui import operations
from mobilaze_training.gui.screen import Screen, show_text
from mobilaze_training.services import courses, setup, users
from mobilaze_training.services.context import AppContext

if TYPE_CHECKING:
    from mobilaze_training.gui.shell import Shell

log = logging.getLogger(__name__)

WELCOME, CENTRE, ADMIN, INSTALL, DONE = range(5)
_USERNAME = re.compile(r"^[a-z0-9._-]{2,64}$")

#: Installs modules as `actor`; reports (done, total); returns how many modules it installed.
Installer = Callable[[AppContext, Principal, Callable[[int, int], None]], int]


def standard_installer(
    ctx: AppContext, actor: Principal, progress: Callable[[int, int], None]
) -> int:
    """The program's standard modules, through services.setup.initialise.

    initialise reports no progress, so the bar is a busy indicator until it is done.
    """
    count = len(setup.initialise(ctx, actor).modules)
    progress(count, count)
    return count


def folder_installer(paths: Sequence[Path]) -> Installer:
    """Install the given module folders instead (tests, or a centre's own set)."""

    def install(ctx: AppContext, actor: Principal, progress: Callable[[int, int], None]) -> int:
        setup.machine_id(ctx)
        for i, path in enumerate(paths):
            courses.install(ctx, actor, path)
            progress(i + 1, len(paths))
        return len(paths)

    return install


@dataclass
class WizardState:
    page: int = WELCOME
    centre: str = ""
    username: str = "admin"
    full_name: str = ""
    password: str = ""
    repeat: str = ""
    admin: Principal | None = None
    installing: bool = False
    installed: int | None = None
    install_error: str = ""


class FirstRunWizard(Screen):
    form_name = "wizard"

    def __init__(
        self,
        shell: Shell,
        state: WizardState,
        on_finished: Callable[[], None],
        installer: Installer = standard_installer,
    ) -> None:
        super().__init__(shell)
        self.state = state
        self.on_finished = on_finished
        self.installer = installer
        if not state.centre:
            state.centre = shell.ctx.settings.centre_name
        self.pages = self.find(QStackedWidget, "pages")
        self.step_label = self.find(QLabel, "stepLabel")
        self.error_label = self.find(QLabel, "errorLabel")
        self.back_button = self.find(QPushButton, "backButton")
        self.next_button = self.find(QPushButton, "nextButton")
        self.progress_bar = self.find(QProgressBar, "installProgress")
        self.install_status = self.find(QLabel, "installStatus")
        self.retry_button = self.find(QPushButton, "retryButton")
        self.centre_edit = self.find(QLineEdit, "centreEdit")
        self.username_edit = self.find(QLineEdit, "usernameEdit")
        self.full_name_edit = self.find(QLineEdit, "fullNameEdit")
        self.password_edit = self.find(QLineEdit, "passwordEdit")
        self.repeat_edit = self.find(QLineEdit, "repeatEdit")
        self._restore()
        for code in ("az", "ru", "en"):
            radio = self.find(QRadioButton, f"{code}Radio")
            radio.setChecked(code == shell.languages.current)
            radio.toggled.connect(lambda on, c=code: on and self._choose_language(c))
        self.centre_edit.textEdited.connect(lambda t: setattr(state, "centre", t))
        self.username_edit.textEdited.connect(lambda t: setattr(state, "username", t))
        self.full_name_edit.textEdited.connect(lambda t: setattr(state, "full_name", t))
        self.password_edit.textEdited.connect(lambda t: setattr(state, "password", t))
        self.repeat_edit.textEdited.connect(lambda t: setattr(state, "repeat", t))
        self.next_button.clicked.connect(self.next)
        self.back_button.clicked.connect(self.previous)
        self.retry_button.clicked.connect(self._start_install)
        for edit in (self.centre_edit, self.username_edit, self.full_name_edit, self.password_edit):
            edit.returnPressed.connect(self.focusNextChild)
        self.repeat_edit.returnPressed.connect(self.next)
        self._show_page(state.page)

    def screen_title(self) -> str:
        return self.tr("First start")

    def initial_focus(self) -> Any:
        return {
            WELCOME: self.find(QRadioButton, f"{self.shell.languages.current}Radio"),
            CENTRE: self.centre_edit,
            ADMIN: self.username_edit,
        }.get(self.state.page, self.next_button)

    # ---- pages ------------------------------------------------------------------------
    def _restore(self) -> None:
        s = self.state
        self.centre_edit.setText(s.centre)
        self.username_edit.setText(s.username)
        self.full_name_edit.setText(s.full_name)
        self.password_edit.setText(s.password)
        self.repeat_edit.setText(s.repeat)

    def _show_page(self, page: int) -> None:
        self.state.page = page
        self.pages.setCurrentIndex(page)
        self.step_label.setText(
            self.tr("Step %1 of %2").replace("%1", str(page + 1)).replace("%2", "5")
        )
        show_text(self.error_label, "")
        self.back_button.setVisible(page in (CENTRE, ADMIN))
        self.next_button.setEnabled(True)
        self.next_button.setText(self.tr("Go to &login") if page == DONE else self.tr("&Next >"))
        if page == INSTALL:
            self._show_install_state()
        if page == DONE:
            self.find(QLabel, "doneSummary").setText(
                self.tr(
                    "The administrator account '%1' is ready and %n module(s) are installed.",
                    "",
                    self.state.installed or 0,
                ).replace("%1", self.state.admin.username if self.state.admin else "")
            )
        focus = self.initial_focus()
        if focus is not None:
            focus.setFocus()

    def _choose_language(self, code: str) -> None:
        settings = self.shell.ctx.settings
        settings.default_language = code  # type: ignore[assignment]
        self.shell.set_language(code)

    def previous(self) -> None:
        if self.state.page in (CENTRE, ADMIN):
            self._show_page(self.state.page - 1)

    def next(self) -> None:
        page = self.state.page
        if page == WELCOME:
            self._show_page(CENTRE)
        elif page == CENTRE:
            self._save_centre()
        elif page == ADMIN:
            self._create_admin()
        elif page == INSTALL and self.state.installed is not None:
            self._show_page(DONE)
        elif page == DONE:
            self.on_finished()

    def _save_centre(self) -> None:
        name = " ".join(self.centre_edit.text().split())
        if not name:
            show_text(self.error_label, self.tr("Enter the name of the training centre."))
            self.centre_edit.setFocus()
            return
        self.state.centre = name
        settings = self.shell.ctx.settings
        settings.centre_name = name
        try:
            self.shell.ctx.save_settings()
        except OSError as exc:
            show_text(
                self.error_label,
                self.tr("The settings could not be saved: %1").replace("%1", str(exc)),
            )
            return
        self._show_page(ADMIN)

    # ---- administrator ----------------------------------------------------------------
    def _admin_problem(self) -> tuple[str, QLineEdit] | None:
        username = self.username_edit.text().strip().lower()
        if not _USERNAME.match(username):
            return (
                self.tr(
                    "The username needs 2 to 64 characters: letters a–z, digits, dots, "
                    "dashes or underscores."
                ),
                self.username_edit,
            )
        if not self.full_name_edit.text().strip():
            return self.tr("Enter the administrator's full name."), self.full_name_edit
        password = self.password_edit.text()
        if len(password) < MIN_LENGTH:
            return (
                self.tr("The password needs at least %n characters.", "", MIN_LENGTH),
                self.password_edit,
            )
        if password != password.strip():
            return self.tr("The password must not begin or end with a space."), self.password_edit
        if password != self.repeat_edit.text():
            return self.tr("The two passwords are not the same."), self.repeat_edit
        return None

    def _create_admin(self) -> None:
        if self.state.admin is not None:
            self._show_page(INSTALL)
            return
        problem = self._admin_problem()
        if problem:
            show_text(self.error_label, problem[0])
            problem[1].setFocus()
            return
        ctx, state, shell = self.shell.ctx, self.state, self.shell
        username = self.username_edit.text().strip()
        full_name = self.full_name_edit.text()
        password = self.password_edit.text()
        language = self.shell.languages.current
        self.next_button.setEnabled(False)

        def work(_progress: operations.Progress) -> Principal:
            info = users.add_user(ctx, SYSTEM, username, full_name, "admin", password, language)
            return users.principal_of(info)

        # Callbacks are plain functions, not methods of this screen: a language switch may
        # rebuild the screen while the work runs; they act on the screen shown by then.
        def created(principal: Principal) -> None:
            state.admin = principal
            state.password = state.repeat = ""
            screen = _live(shell, state)
            if screen is not None:
                screen.next_button.setEnabled(True)
                screen._show_page(INSTALL)

        def failed(error: BaseException) -> None:
            screen = _live(shell, state)
            if screen is not None:
                screen.next_button.setEnabled(True)
                show_text(screen.error_label, _message(error))

        operations.run(work, created, failed)

    # ---- modules ----------------------------------------------------------------------
    def _show_install_state(self) -> None:
        s = self.state
        self.retry_button.setVisible(bool(s.install_error))
        self.next_button.setEnabled(s.installed is not None)
        if s.installed is not None:
            self.progress_bar.setRange(0, 1)
            self.progress_bar.setValue(1)
            self.install_status.setText(self.tr("%n module(s) installed.", "", s.installed))
        elif s.install_error:
            show_text(self.error_label, s.install_error)
            self.install_status.setText("")
        elif not s.installing:
            self._start_install()
        else:
            self.install_status.setText(self.tr("Installing…"))

    def _start_install(self) -> None:
        state, shell = self.state, self.shell
        if state.admin is None or state.installing:
            return
        state.installing = True
        state.install_error = ""
        show_text(self.error_label, "")
        self.retry_button.setVisible(False)
        self.progress_bar.setRange(0, 0)
        self.install_status.setText(self.tr("Installing…"))
        ctx, actor, installer = shell.ctx, state.admin, self.installer

        def work(progress: operations.Progress) -> int:
            return installer(ctx, actor, lambda done, total: progress(done, total))

        def advanced(done: int, total: int, _text: str) -> None:
            screen = _live(shell, state)
            if screen is not None and total:
                screen.progress_bar.setRange(0, total)
                screen.progress_bar.setValue(done)
                screen.install_status.setText(
                    QCoreApplication.translate("FirstRunWizard", "Installed %1 of %2…")
                    .replace("%1", str(done))
                    .replace("%2", str(total))
                )

        def installed(count: int) -> None:
            state.installing = False
            state.installed = count
            screen = _live(shell, state)
            if screen is not None and state.page == INSTALL:
                screen._show_page(DONE)

        def failed(error: BaseException) -> None:
            state.installing = False
            state.install_error = _message(error)
            screen = _live(shell, state)
            if screen is not None:
                screen._show_install_state()

        operations.run(work, installed, failed, advanced)


def _message(error: BaseException) -> str:
    if isinstance(error, MobilazeError):
        return str(error)
    return QCoreApplication.translate(
        "FirstRunWizard", "This did not work. The details are in the log file."
    )


def _live(shell: Shell, state: WizardState) -> FirstRunWizard | None:
    """The wizard screen now shown for this state (it may have been rebuilt meanwhile)."""
    current = shell.current_screen()
    if isinstance(current, FirstRunWizard) and current.state is state:
        return current
    return None
