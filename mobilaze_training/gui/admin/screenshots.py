"""The administrator's screens in the screenshot registry (mobilaze_training.gui.screenshots)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from mobilaze_training.gui import screenshots
from mobilaze_training.gui.screenshots import Builder, ScreenshotEnv, settle

Register = Callable[[str], Callable[[Builder], Builder]]

BROKEN_MANIFEST = """\
format: mobilaze-module/1
id: broken-example
version: 1.0.0
languages: [az, en]
title: {az: "Nümunə modul", en: "Example module"}
autor: "typo for authors"
lessons:
  - id: intro
    title: {az: "Giriş"}
    file: lessons/intro
assessments:
  - id: exam
    title: {az: "İmtahan"}
    kind: exam
    pass_mark_percent: 70
    sections:
      - questions: [q1, q-missing]
"""

BROKEN_BANK = """\
bank: core
questions:
  - id: q1
    type: single_choice
    prompt: {az: "Pasportun məlumat səhifəsi harada yerləşir?"}
    options:
      - {id: a, text: {az: "Birinci səhifədə"}}
      - {id: b, text: {az: "Üz qabığında"}}
"""


def broken_module(root: Path) -> Path:
    """A small module with typical mistakes, to show the list of problems."""
    folder = root / "broken-example"
    (folder / "questions").mkdir(parents=True, exist_ok=True)
    (folder / "lessons").mkdir(exist_ok=True)
    (folder / "module.yaml").write_text(BROKEN_MANIFEST, encoding="utf-8")
    (folder / "questions" / "core.yaml").write_text(BROKEN_BANK, encoding="utf-8")
    (folder / "lessons" / "intro.az.md").write_text("# Giriş\n", encoding="utf-8")
    return folder


def register_screenshots(register: Register) -> None:
    from mobilaze_training.gui.admin.backup import BackupScreen
    from mobilaze_training.gui.admin.home import AdminHome
    from mobilaze_training.gui.admin.modules import ModulesScreen
    from mobilaze_training.gui.admin.settings import SettingsScreen
    from mobilaze_training.gui.admin.user_dialogs import NewUserDialog
    from mobilaze_training.gui.admin.users import UsersScreen

    @register("admin-home")
    def _home(env: ScreenshotEnv) -> None:
        env.show(env.admin, lambda: AdminHome(env.shell))

    @register("admin-users")
    def _users(env: ScreenshotEnv) -> None:
        env.show(env.admin, lambda: UsersScreen(env.shell))

    @register("admin-new-user-dialog")
    def _new_user(env: ScreenshotEnv) -> QWidget:
        screen = env.show(env.admin, lambda: UsersScreen(env.shell))
        dialog = NewUserDialog(screen, env.ctx, env.admin)
        dialog.username.setText("quliyev.eldar")
        dialog.full_name.setText("Quliyev Eldar Rauf oğlu")
        dialog.resize(520, 340)
        dialog.open()
        settle()
        return dialog

    @register("admin-modules")
    def _modules(env: ScreenshotEnv) -> None:
        env.show(env.admin, lambda: ModulesScreen(env.shell))

    @register("admin-modules-problems")
    def _problems(env: ScreenshotEnv) -> None:
        screen = env.show(env.admin, lambda: ModulesScreen(env.shell))
        assert isinstance(screen, ModulesScreen)
        folder = broken_module(env.ctx.data_dir.parent / "incoming")  # removed with the world
        screen.install(folder)
        for _ in range(200):
            if screen.installing is None:
                break
            settle(1)

    @register("admin-backup")
    def _backup(env: ScreenshotEnv) -> None:
        env.show(env.admin, lambda: BackupScreen(env.shell))

    @register("admin-settings")
    def _settings(env: ScreenshotEnv) -> None:
        env.show(env.admin, lambda: SettingsScreen(env.shell))


register_screenshots(screenshots.register)
