"""Settings of the centre: name, default language, session timeout, contrast, text size."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from pydantic import ValidationError
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
)

from mobilaze_training.auth.permissions import require
from mobilaze_training.errors import InvalidInput, MobilazeError
from mobilaze_training.gui import dialogs
from mobilaze_training.gui.i18n import LANGUAGES
from mobilaze_training.gui.instructor.base import FormScreen
from mobilaze_training.gui.screen import set_role

if TYPE_CHECKING:
    from mobilaze_training.gui.shell import Shell

log = logging.getLogger(__name__)


def apply_look(settings: object) -> None:
    """Apply the theme through gui.theme when it is there (it is optional for this screen)."""
    try:
        from mobilaze_training.gui.theme import apply_theme
    except ImportError:  # pragma: no cover - the theme module ships with the program
        return
    app = QApplication.instance()
    if isinstance(app, QApplication):
        apply_theme(app, settings)  # type: ignore[arg-type]


class SettingsScreen(FormScreen):
    form_name = "settings_screen"

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.centre = self.find(QLineEdit, "centreEdit")
        self.language = self.find(QComboBox, "languageCombo")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.timeout = self.find(QSpinBox, "timeoutSpin")
        self.timeout.setSuffix(" " + self.tr("min"))
        self.font_scale = self.find(QSpinBox, "fontSpin")
        self.contrast = self.find(QCheckBox, "contrastCheck")
        self.signed = self.find(QCheckBox, "signedCheck")
        self.status = self.find(QLabel, "statusLabel")
        save = self.find(QPushButton, "saveButton")
        set_role(save, "primary")
        save.clicked.connect(self.save)
        self.find(QPushButton, "revertButton").clicked.connect(self.load)
        self.load()
        self.focus_first(self.centre)

    def screen_title(self) -> str:
        return self.tr("Settings")

    def load(self) -> None:
        s = self.ctx.settings
        self.centre.setText(s.centre_name)
        self.language.setCurrentIndex(max(0, self.language.findData(s.default_language)))
        self.timeout.setValue(s.session_timeout_minutes)
        self.font_scale.setValue(s.font_scale_percent)
        self.contrast.setChecked(s.high_contrast)
        self.signed.setChecked(s.require_signed_modules)
        self.status.clear()

    def save(self) -> None:
        centre = " ".join(self.centre.text().split())
        previous = self.ctx.settings
        try:
            require(self.principal, "settings.change")
            if not centre:
                raise InvalidInput(self.tr("The centre name must not be empty."))
            updated = self.ctx.settings.model_copy()
            updated.centre_name = centre
            updated.default_language = self.language.currentData()
            updated.session_timeout_minutes = self.timeout.value()
            updated.font_scale_percent = self.font_scale.value()
            updated.high_contrast = self.contrast.isChecked()
            updated.require_signed_modules = self.signed.isChecked()
            self.ctx.settings = updated
            self.ctx.save_settings()
        except (MobilazeError, ValidationError, OSError) as exc:
            self.ctx.settings = previous
            log.warning("settings not saved: %s", exc)
            dialogs.show_error(self, exc if isinstance(exc, MobilazeError) else str(exc))
            return
        apply_look(self.ctx.settings)
        self.shell.restart_idle_timer()
        self.status.setText(self.tr("The settings are saved."))
        set_role(self.status, "success")
