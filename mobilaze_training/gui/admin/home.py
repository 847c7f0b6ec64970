"""The administrator's home: users, modules, backup, settings, and the instructor's tools."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QCommandLinkButton, QLabel

from mobilaze_training.gui.instructor.base import FormScreen
from mobilaze_training.gui.instructor.grading import GradingScreen
from mobilaze_training.gui.instructor.home import InstructorHome
from mobilaze_training.services import courses, grading, users

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from mobilaze_training.gui.shell import Shell


class AdminHome(FormScreen):
    form_name = "admin_home"

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        from mobilaze_training.gui.admin.backup import BackupScreen
        from mobilaze_training.gui.admin.modules import ModulesScreen
        from mobilaze_training.gui.admin.settings import SettingsScreen
        from mobilaze_training.gui.admin.users import UsersScreen
        from mobilaze_training.gui.certificates.register import CertificatesScreen
        from mobilaze_training.gui.data.export_results import ExportResultsScreen
        from mobilaze_training.gui.data.import_questions import ImportQuestionsScreen
        from mobilaze_training.gui.data.item_analysis import ItemAnalysisScreen
        from mobilaze_training.gui.instructor.practical import open_practical
        from mobilaze_training.gui.sync.exchange import open_data_exchange
        from mobilaze_training.gui.sync.keys import KeysScreen

        targets: dict[str, Callable[[Shell], QWidget]] = {
            "usersButton": UsersScreen,
            "modulesButton": ModulesScreen,
            "cohortsButton": InstructorHome,
            "gradingButton": GradingScreen,
            "backupButton": BackupScreen,
            "settingsButton": SettingsScreen,
            "certificatesButton": CertificatesScreen,
            "importQuestionsButton": ImportQuestionsScreen,
            "exportResultsButton": ExportResultsScreen,
            "itemAnalysisButton": ItemAnalysisScreen,
            "keysButton": KeysScreen,
        }
        for name, screen in targets.items():
            button = self.find(QCommandLinkButton, name)
            button.clicked.connect(lambda _checked=False, s=screen: self.open(s))
        shell = self.shell  # the data exchange keeps its summary across a language switch
        self.find(QCommandLinkButton, "exchangeButton").clicked.connect(
            lambda _checked=False: open_data_exchange(shell)
        )
        self.find(QCommandLinkButton, "practicalButton").clicked.connect(
            lambda _checked=False: open_practical(shell)
        )
        self.find(QLabel, "centreLabel").setText(self.ctx.settings.centre_name)
        self._summary()
        self.focus_first(self.find(QCommandLinkButton, "usersButton"))

    def screen_title(self) -> str:
        return self.tr("Administration")

    def open(self, screen: Callable[[Shell], QWidget]) -> None:
        shell = self.shell
        shell.show_screen(lambda: screen(shell))

    def find_summary(self) -> str:
        return self.find(QLabel, "summaryLabel").text()

    def _summary(self) -> None:
        accounts = self.call(users.list_users, self.ctx, self.principal) or []
        modules = self.call(courses.list_modules, self.ctx, self.principal) or []
        essays = self.call(grading.pending_essays, self.ctx, self.principal) or []
        locked = sum(1 for u in accounts if u.locked)
        text = self.tr("%1 account(s), %2 locked; %3 module(s) installed; %4 essay(s) to grade.")
        for key, value in (
            ("%1", len(accounts)),
            ("%2", locked),
            ("%3", len(modules)),
            ("%4", len(essays)),
        ):
            text = text.replace(key, str(value))
        self.find(QLabel, "summaryLabel").setText(text)
