"""The main window: top bar (back, title, user, language, log out) and the screen stack.

Screens are built by factories so that a language switch can rebuild the visible screen
with the new translations, keeping its arguments; state lives in the database.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QLabel, QMainWindow, QPushButton, QToolButton, QWidget

from mobilaze_training.auth.permissions import Principal
from mobilaze_training.gui.forms import child, load_form
from mobilaze_training.gui.i18n import LANGUAGES, LanguageManager
from mobilaze_training.services.context import AppContext

ScreenFactory = Callable[[], QWidget]


class Shell(QMainWindow):
    def __init__(self, ctx: AppContext, languages: LanguageManager) -> None:
        super().__init__()
        self.ctx = ctx
        self.languages = languages
        self.principal: Principal | None = None
        self._factories: list[ScreenFactory] = []
        self._home: Callable[[Shell], ScreenFactory] | None = None
        self._login: ScreenFactory | None = None
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
        self.logout_button.clicked.connect(self.logout)
        QShortcut(QKeySequence.StandardKey.Back, self, activated=self.back)
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

    def current_screen(self) -> QWidget | None:
        return self.stack.currentWidget() if self.stack is not None else None

    def _build_current(self) -> QWidget:
        assert self.stack is not None
        old = self.stack.currentWidget()
        widget = self._factories[-1]()
        self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        self._update_bar()
        widget.setFocus()
        return widget

    def _update_bar(self) -> None:
        widget = self.current_screen()
        title = getattr(widget, "screen_title", None)
        self.title_label.setText(title() if callable(title) else self.tr("MOBILAZE Training"))
        self.setWindowTitle(self.tr("MOBILAZE Training"))
        self.back_button.setVisible(len(self._factories) > 1)
        logged_in = self.principal is not None
        self.logout_button.setVisible(logged_in)
        self.user_label.setText(self.principal.username if self.principal else "")

    # ---- session ----------------------------------------------------------------------
    def login(self, principal: Principal) -> None:
        self.principal = principal
        self.restart_idle_timer()
        if self._home is not None:
            self.show_screen(self._home(self), root=True)

    def logout(self) -> None:
        self.principal = None
        self.idle.stop()
        if self._login is not None:
            self.show_screen(self._login, root=True)
        else:
            self._update_bar()

    def restart_idle_timer(self) -> None:
        if self.principal is not None:
            self.idle.start(self.ctx.settings.session_timeout_minutes * 60 * 1000)

    def _timed_out(self) -> None:
        self.logout()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel):
            self.restart_idle_timer()
        return False

    # ---- language ---------------------------------------------------------------------
    def _language_chosen(self, index: int) -> None:
        self.set_language(self.language_combo.itemData(index))

    def set_language(self, code: str) -> None:
        if code == self.languages.current:
            return
        self.languages.set_language(code)
        self.language_combo.blockSignals(True)
        self.language_combo.setCurrentIndex(list(LANGUAGES).index(self.languages.current))
        self.language_combo.blockSignals(False)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self._retranslate_bar()
        if self._factories:
            self._build_current()
        else:
            self._update_bar()

    def _retranslate_bar(self) -> None:
        self.back_button.setText(self.tr("← Back"))
        self.logout_button.setText(self.tr("Log &out"))
        child(self.form, QLabel, "languageLabel").setText(self.tr("&Language:"))
        self.language_combo.setToolTip(self.tr("Interface language"))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.idle.stop()
        super().closeEvent(event)
