"""The main window: top bar (back, title, user, language, log out) and the screen stack.

Screens are built by factories so that a language switch can rebuild the visible screen
with the new translations, keeping its arguments; state lives in the database (or in a
small state object the factory closes over).

A screen may define:
- ``screen_title(self) -> str``: the title shown in the top bar;
- ``about_to_leave(self) -> None``: called before the screen is replaced, rebuilt, or the
  window closes (e.g. to save an answer still being typed).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QPushButton,
    QToolButton,
    QWidget,
)

from mobilaze_training.gui.forms import child, load_form
from mobilaze_training.gui.i18n import LANGUAGES

if TYPE_CHECKING:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QCloseEvent, QShortcut

    from mobilaze_training.auth.permissions import Principal
    from mobilaze_training.gui.i18n import LanguageManager
    from mobilaze_training.services.context import AppContext

log = logging.getLogger(__name__)

ScreenFactory = Callable[[], QWidget]


@cache
def _activity() -> frozenset[QEvent.Type]:
    """The events that count as activity (QEvent is set up only once someone logs in)."""
    from PySide6.QtCore import QEvent

    kinds = QEvent.Type
    return frozenset(
        {kinds.KeyPress, kinds.MouseButtonPress, kinds.MouseMove, kinds.Wheel, kinds.TouchBegin}
    )


class Shell(QMainWindow):
    #: Emitted after a screen became the current one (tests and the screenshot tool wait on it).
    screen_changed = Signal(QWidget)
    #: Emitted after the interface language changed and the screen was rebuilt.
    language_changed = Signal(str)

    def __init__(self, ctx: AppContext | None, languages: LanguageManager) -> None:
        super().__init__()
        # None while the database is still being opened at start (see startup.start)
        self.ctx: AppContext = ctx  # type: ignore[assignment]
        self.languages = languages
        self.principal: Principal | None = None
        #: A message for the login screen (e.g. why the session ended); cleared at login.
        self.notice: str = ""
        #: The username typed on the login screen, kept when a language switch rebuilds it.
        self.typed_username: str = ""
        self._factories: list[ScreenFactory] = []
        self._home: Callable[[Shell], ScreenFactory] | None = None
        self._login: ScreenFactory | None = None
        self._after_login: list[Callable[[Shell], None]] = []
        self._rebuild_queued = False
        self._ignore_language_change = False
        self._watch_activity = False
        self._back_shortcut: QShortcut | None = None
        self.form = load_form("main_window", self)
        self.setCentralWidget(self.form)
        self.stack = self.form.findChild(QWidget, "stack")
        self.title_label = child(self.form, QLabel, "titleLabel")
        self.user_label = child(self.form, QLabel, "userLabel")
        self.back_button = child(self.form, QToolButton, "backButton")
        self.logout_button = child(self.form, QPushButton, "logoutButton")
        self.language_combo = child(self.form, QComboBox, "languageCombo")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(list(LANGUAGES).index(languages.current))
        self.language_combo.currentIndexChanged.connect(self._language_chosen)
        self.back_button.clicked.connect(self.back)
        self.logout_button.clicked.connect(lambda: self.logout())
        languages.watch(self._translators_changed)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self._timed_out)
        self.resize(1100, 720)
        self._retranslate_bar()
        self._update_bar()

    # ---- navigation -------------------------------------------------------------------
    def set_login_factory(self, factory: ScreenFactory) -> None:
        self._login = factory

    def set_home_factory(self, home: Callable[[Shell], ScreenFactory]) -> None:
        self._home = home

    def add_after_login(self, hook: Callable[[Shell], None]) -> None:
        """Run `hook(shell)` after each login, once the home screen is shown."""
        self._after_login.append(hook)

    def show_screen(self, factory: ScreenFactory, *, root: bool = False) -> QWidget:
        if root:
            self._factories.clear()
        self._factories.append(factory)
        return self._build_current()

    def replace_screen(self, factory: ScreenFactory) -> QWidget:
        if self._factories:
            self._factories.pop()
        return self.show_screen(factory)

    def back(self) -> None:
        if len(self._factories) > 1:
            self._factories.pop()
            self._build_current()

    def go_home(self) -> None:
        if self._home is not None and self.principal is not None:
            self.show_screen(self._home(self), root=True)

    def current_screen(self) -> QWidget | None:
        return self.stack.currentWidget() if self.stack is not None else None

    def depth(self) -> int:
        return len(self._factories)

    def _leave_current(self) -> None:
        old = self.current_screen()
        hook = getattr(old, "about_to_leave", None)
        if callable(hook):
            try:
                hook()
            except Exception:  # leaving must not be blocked by a failing screen
                log.exception("screen %s failed while leaving", type(old).__name__)

    def _build_current(self) -> QWidget:
        assert self.stack is not None
        self._leave_current()
        old = self.stack.currentWidget()
        widget = self._factories[-1]()
        self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        self._update_bar()
        focus = getattr(widget, "initial_focus", None)
        target = focus() if callable(focus) else None
        (target or widget).setFocus()
        self.screen_changed.emit(widget)
        return widget

    def _update_bar(self) -> None:
        widget = self.current_screen()
        title = getattr(widget, "screen_title", None)
        self.title_label.setText(title() if callable(title) else self.tr("MOBILAZE Training"))
        self.setWindowTitle(self.tr("MOBILAZE Training"))
        can_go_back = len(self._factories) > 1
        self.back_button.setVisible(can_go_back)
        if can_go_back and self._back_shortcut is None:  # made when first of use (start-up)
            from PySide6.QtGui import QKeySequence, QShortcut

            self._back_shortcut = QShortcut(
                QKeySequence.StandardKey.Back, self, activated=self.back
            )
        logged_in = self.principal is not None
        self.logout_button.setVisible(logged_in)
        self.user_label.setText(self.principal.username if self.principal else "")

    def refresh_bar(self) -> None:
        """Re-read the current screen's title (a screen calls this when its title changes)."""
        self._update_bar()

    # ---- session ----------------------------------------------------------------------
    def login(self, principal: Principal) -> None:
        self.principal = principal
        self.notice = ""
        self.typed_username = ""
        self._update_activity_filter()
        self.restart_idle_timer()
        if self._home is not None:
            self.show_screen(self._home(self), root=True)
        for hook in self._after_login:
            hook(self)

    def logout(self, notice: str = "") -> None:
        from PySide6.QtWidgets import QMessageBox

        self._leave_current()
        for box in self.findChildren(QMessageBox):
            if box.property("closeOnLogout"):  # a question asked of the previous user
                box.reject()
        self.principal = None
        self.notice = notice
        self.idle.stop()
        self._update_activity_filter()
        if self._login is not None:
            self.show_screen(self._login, root=True)
        else:
            self._update_bar()

    def install_activity_filter(self) -> None:
        """Key and mouse activity anywhere in the application restarts the idle timer.

        The filter is in place only while someone is logged in: there is no session to keep
        alive before, and every event of the program would pass through Python (start-up).
        """
        self._watch_activity = True
        self._update_activity_filter()

    def _update_activity_filter(self) -> None:
        app = QCoreApplication.instance()
        if app is None:
            return
        if self._watch_activity and self.principal is not None:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)

    def restart_idle_timer(self) -> None:
        if self.principal is not None and self.ctx is not None:
            self.idle.start(self.ctx.settings.session_timeout_minutes * 60 * 1000)

    def _timed_out(self) -> None:
        minutes = self.ctx.settings.session_timeout_minutes
        self.logout(
            self.tr(
                "You were logged out after %n minute(s) without activity. Your answers are saved.",
                "",
                minutes,
            )
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.principal is not None and event.type() in _activity():
            self.restart_idle_timer()
        return False

    # ---- language ---------------------------------------------------------------------
    def _language_chosen(self, index: int) -> None:
        self.set_language(self.language_combo.itemData(index))

    def set_language(self, code: str) -> None:
        """Switch the interface language now: translators, then a rebuild of the screen."""
        if code == self.languages.current:
            return
        self._ignore_language_change = True
        try:
            self.languages.set_language(code)
        finally:
            self._ignore_language_change = False
        self.language_combo.blockSignals(True)
        self.language_combo.setCurrentIndex(list(LANGUAGES).index(self.languages.current))
        self.language_combo.blockSignals(False)
        self._retranslate()
        self.language_changed.emit(self.languages.current)

    def _translators_changed(self) -> None:
        """The language was switched elsewhere (not by set_language): rebuild once, after
        the burst. Told by the LanguageManager rather than found in changeEvent(), which
        would make every change event of the window go through Python (start-up)."""
        if self._ignore_language_change or self._rebuild_queued or not shiboken6.isValid(self):
            return
        self._rebuild_queued = True
        QTimer.singleShot(0, self, self._queued_retranslate)

    def _queued_retranslate(self) -> None:
        self._rebuild_queued = False
        if not self.isVisible():
            return  # a closed window: nothing to show (and its database may be closed)
        self._retranslate()

    def _retranslate(self) -> None:
        self._retranslate_bar()
        if self._factories:
            self._build_current()
        else:
            self._update_bar()

    def _retranslate_bar(self) -> None:
        self.back_button.setText(self.tr("← Back"))
        self.back_button.setToolTip(self.tr("Back to the previous screen (Alt+Left)"))
        self.logout_button.setText(self.tr("Log &out"))
        child(self.form, QLabel, "languageLabel").setText(self.tr("&Language:"))
        self.language_combo.setToolTip(self.tr("Interface language"))

    def closeEvent(self, event: QCloseEvent) -> None:
        self._leave_current()
        self.idle.stop()
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        super().closeEvent(event)
