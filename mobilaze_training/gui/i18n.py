"""Interface language: Azerbaijani (default), Russian, English, switchable without restart."""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from mobilaze_training.paths import resource_path

log = logging.getLogger(__name__)

LANGUAGES: dict[str, str] = {"az": "Azərbaycanca", "ru": "Русский", "en": "English"}
DEFAULT = "az"


class LanguageManager:
    """Installs the translators of one language at a time; Qt then sends LanguageChange."""

    def __init__(self) -> None:
        self.current = DEFAULT
        self._installed: list[QTranslator] = []
        self._watchers: list[weakref.WeakMethod[Callable[[], None]]] = []

    def watch(self, method: Callable[[], None]) -> None:
        """Call the bound `method` after each change of language. Held weakly: the object
        may go away without telling (the main window rebuilds its screen with this)."""
        self._watchers.append(weakref.WeakMethod(method))

    def set_language(self, code: str) -> bool:
        if code not in LANGUAGES:
            code = DEFAULT
        app = QCoreApplication.instance()
        if app is None:
            return False
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        ok = True
        own = QTranslator(app)
        qm = resource_path("resources", "translations", f"mobilaze_{code}.qm")
        if own.load(str(qm)):
            app.installTranslator(own)
            self._installed.append(own)
        elif code != "en":
            log.warning("translation %s is missing; run `make translations`", qm)
            ok = False
        base = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if base.load(f"qtbase_{code}", qt_dir):
            app.installTranslator(base)
            self._installed.append(base)
        QLocale.setDefault(QLocale(code))
        self.current = code
        self._watchers = [ref for ref in self._watchers if ref() is not None]
        for ref in list(self._watchers):
            method = ref()
            if method is not None:
                method()
        return ok
