"""Start of the program: first-run wizard, login, lockout, session timeout, language switch."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtGui import QCursor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QRadioButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mobilaze_training.auth.permissions import SYSTEM, Role
from mobilaze_training.gui import app as gui_app
from mobilaze_training.gui import forms, i18n
from mobilaze_training.gui.i18n import LanguageManager
from mobilaze_training.gui.login import LoginScreen
from mobilaze_training.gui.shell import Shell
from mobilaze_training.gui.startup import start
from mobilaze_training.gui.wizard import DONE, INSTALL, FirstRunWizard, folder_installer
from mobilaze_training.paths import resource_path
from mobilaze_training.services import courses, users
from mobilaze_training.services.context import open_app
from mobilaze_training.settings import Settings
from tests.gui.support import ADMIN_PASSWORD, MODULE_ID, PASSWORD, Classroom, Driver


def _walk_wizard(qtbot: QtBot, drive: Driver, shell: Shell, centre: str) -> FirstRunWizard:
    wizard = shell.current_screen()
    assert isinstance(wizard, FirstRunWizard)
    assert wizard.find(QRadioButton, "enRadio").isChecked()
    drive.click(wizard.next_button)
    edit = wizard.find(QLineEdit, "centreEdit")
    assert edit.hasFocus()
    edit.clear()
    drive.type(edit, centre)
    drive.click(wizard.next_button)
    assert wizard.find(QLineEdit, "usernameEdit").hasFocus()
    wizard.find(QLineEdit, "usernameEdit").clear()
    qtbot.keyClicks(wizard.find(QLineEdit, "usernameEdit"), "chief")
    drive.type(wizard.find(QLineEdit, "fullNameEdit"), "Məmmədov Rəşad")
    qtbot.keyClicks(wizard.find(QLineEdit, "passwordEdit"), "secret-pass-1")
    qtbot.keyClicks(wizard.find(QLineEdit, "repeatEdit"), "secret-pass-2")
    drive.click(wizard.next_button)
    assert "not the same" in wizard.error_label.text()
    assert wizard.error_label.isVisible()
    wizard.find(QLineEdit, "repeatEdit").clear()
    qtbot.keyClicks(wizard.find(QLineEdit, "repeatEdit"), "secret-pass-1")
    qtbot.keyClick(wizard.find(QLineEdit, "repeatEdit"), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.state.page in (INSTALL, DONE), timeout=10_000)
    qtbot.waitUntil(lambda: wizard.state.page == DONE, timeout=30_000)
    return wizard


def test_first_run_wizard_creates_admin_and_installs_modules(
    qtbot: QtBot, drive: Driver, tmp_path: Path, module_path: Path, make_shell: Callable[..., Shell]
) -> None:
    ctx = open_app(tmp_path / "data")
    shell = make_shell(ctx, installer=folder_installer([module_path]))
    wizard = _walk_wizard(qtbot, drive, shell, "Bakı Sərhəd Təlim Mərkəzi")

    assert users.count_admins(ctx) == 1
    admin = users.list_users(ctx, SYSTEM)[0]
    assert (admin.username, admin.full_name, admin.role) == ("chief", "Məmmədov Rəşad", "admin")
    assert [m.module_id for m in courses.list_modules(ctx, SYSTEM)] == [MODULE_ID]
    assert Settings.load(ctx.data_dir).centre_name == "Bakı Sərhəd Təlim Mərkəzi"
    assert "chief" in wizard.find(QLabel, "doneSummary").text()

    drive.click(wizard.next_button)  # "Go to login"
    login = shell.current_screen()
    assert isinstance(login, LoginScreen)
    assert login.find(QLabel, "centreLabel").text() == "Bakı Sərhəd Təlim Mərkəzi"
    home = drive.login(shell, "chief", "secret-pass-1")
    assert shell.principal is not None and shell.principal.role == Role.ADMIN
    assert not isinstance(home, LoginScreen)
    ctx.close()


@pytest.mark.slow
def test_first_run_wizard_installs_the_standard_modules(
    qtbot: QtBot, drive: Driver, tmp_path: Path, make_shell: Callable[..., Shell]
) -> None:
    ctx = open_app(tmp_path / "data")
    shell = make_shell(ctx)
    _walk_wizard(qtbot, drive, shell, "Centre")
    installed = {m.module_id for m in courses.list_modules(ctx, SYSTEM)}
    standard = {p.name for p in courses.standard_module_paths()}
    assert standard and installed == standard
    ctx.close()


def test_wizard_keeps_typed_values_when_the_language_changes(
    qtbot: QtBot, drive: Driver, tmp_path: Path, module_path: Path, make_shell: Callable[..., Shell]
) -> None:
    ctx = open_app(tmp_path / "data")
    shell = make_shell(ctx, installer=folder_installer([module_path]))
    wizard = shell.current_screen()
    assert isinstance(wizard, FirstRunWizard)
    drive.click(wizard.find(QRadioButton, "ruRadio"))
    assert shell.languages.current == "ru"
    assert ctx.settings.default_language == "ru"
    rebuilt = shell.current_screen()
    assert isinstance(rebuilt, FirstRunWizard) and rebuilt is not wizard
    assert rebuilt.find(QRadioButton, "ruRadio").isChecked()
    drive.click(rebuilt.next_button)
    drive.type(rebuilt.centre_edit, " Gəncə")
    shell.set_language("en")
    again = shell.current_screen()
    assert isinstance(again, FirstRunWizard)
    assert again.centre_edit.text().endswith("Gəncə")
    assert again.pages.currentIndex() == 1
    ctx.close()


def test_login_failure_and_lockout_are_explained(
    qtbot: QtBot, drive: Driver, classroom: Classroom, make_shell: Callable[..., Shell]
) -> None:
    shell = make_shell(classroom.ctx)
    login = shell.current_screen()
    assert isinstance(login, LoginScreen)
    assert not login.error_label.isVisible()
    drive.click(login.login_button)
    assert "Enter your username and password" in login.error_label.text()
    qtbot.keyClicks(login.username_edit, classroom.trainee)
    for _ in range(users.MAX_FAILED_LOGINS):
        qtbot.keyClicks(login.password_edit, "wrong-password")
        qtbot.keyClick(login.password_edit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: login.login_button.isEnabled() and login.error_label.isVisible())
    assert "locked" in login.error_label.text() or "not right" in login.error_label.text()
    qtbot.keyClicks(login.password_edit, PASSWORD)
    qtbot.keyClick(login.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "locked" in login.error_label.text(), timeout=10_000)
    assert shell.principal is None
    assert login.password_edit.text() == ""


def test_admin_gets_a_home_screen(
    drive: Driver, classroom: Classroom, make_shell: Callable[..., Shell]
) -> None:
    shell = make_shell(classroom.ctx)
    home = drive.login(shell, classroom.admin, ADMIN_PASSWORD)
    assert shell.principal is not None and shell.principal.role == Role.ADMIN
    assert type(home).__name__ in ("AdminHome", "PlaceholderHome")
    assert shell.logout_button.isVisible()
    drive.click(shell.logout_button)
    assert isinstance(shell.current_screen(), LoginScreen)
    assert shell.principal is None


def test_idle_session_ends_and_activity_restarts_the_timer(
    qtbot: QtBot, drive: Driver, classroom: Classroom, make_shell: Callable[..., Shell]
) -> None:
    shell = make_shell(classroom.ctx)
    home = drive.login(shell, classroom.trainee, PASSWORD)
    full = classroom.ctx.settings.session_timeout_minutes * 60_000
    assert shell.idle.isActive()
    shell.idle.start(5_000)
    qtbot.keyClick(home, Qt.Key.Key_Tab)  # any key press counts as activity
    assert shell.idle.remainingTime() > full - 5_000
    shell.idle.start(50)  # as if the trainee walked away from the laptop
    qtbot.waitUntil(lambda: isinstance(shell.current_screen(), LoginScreen), timeout=5_000)
    login = shell.current_screen()
    assert isinstance(login, LoginScreen)
    assert shell.principal is None
    assert login.notice_label.isVisible()
    assert "without activity" in login.notice_label.text()


TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context><name>LoginScreen</name>
<message><source>&amp;Username:</source><translation>&amp;Имя пользователя:</translation></message>
<message><source>Log &amp;in</source><translation>&amp;Войти</translation></message>
<message><source>Log in</source><translation>Вход</translation></message>
</context>
<context><name>Shell</name>
<message><source>&amp;Language:</source><translation>&amp;Язык:</translation></message>
</context>
</TS>
"""


@pytest.fixture
def russian_qm(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A tiny Russian translation built with pyside6-lrelease, where i18n looks for it."""
    folder = tmp_path / "i18n" / "resources" / "translations"
    folder.mkdir(parents=True)
    (folder / "mobilaze_ru.ts").write_text(TS, encoding="utf-8")
    lrelease = Path(i18n.__file__).parents[2] / ".venv" / "bin" / "pyside6-lrelease"
    command = [str(lrelease) if lrelease.exists() else "pyside6-lrelease", "-silent"]
    subprocess.run([*command, str(folder / "mobilaze_ru.ts")], check=True)
    assert (folder / "mobilaze_ru.qm").is_file()
    monkeypatch.setattr(i18n, "resource_path", lambda *parts: tmp_path / "i18n" / Path(*parts))
    return folder / "mobilaze_ru.qm"


def test_switching_language_retranslates_without_restart(
    qtbot: QtBot,
    drive: Driver,
    classroom: Classroom,
    make_shell: Callable[..., Shell],
    languages: LanguageManager,
    russian_qm: Path,
) -> None:
    shell = make_shell(classroom.ctx)
    login = shell.current_screen()
    assert isinstance(login, LoginScreen)
    assert login.find(QLabel, "usernameLabel").text() == "&Username:"
    assert shell.title_label.text() == "Log in"

    qtbot.keyClicks(login.username_edit, classroom.trainee)
    drive.click(login.find(QPushButton, "ruButton"))

    russian = shell.current_screen()
    assert isinstance(russian, LoginScreen) and russian is not login
    assert languages.current == "ru"
    assert QLocale().name().startswith("ru")
    assert russian.find(QLabel, "usernameLabel").text() == "&Имя пользователя:"
    assert russian.login_button.text() == "&Войти"
    assert shell.title_label.text() == "Вход"
    assert shell.language_combo.currentData() == "ru"
    assert russian.find(QPushButton, "ruButton").isChecked()
    assert russian.username_edit.text() == classroom.trainee  # kept across the rebuild
    assert russian.password_edit.hasFocus()

    shell.language_combo.setCurrentIndex(shell.language_combo.findData("en"))
    english = shell.current_screen()
    assert isinstance(english, LoginScreen)
    assert english.find(QLabel, "usernameLabel").text() == "&Username:"
    # The rebuilt screen still works: log in and the trainee home appears.
    english.username_edit.clear()
    drive.login(shell, classroom.trainee, PASSWORD)
    assert shell.principal is not None


# ---- start-up: the login window first, the database opened behind it ------------------


def _start(
    qtbot: QtBot, languages: LanguageManager, data: Path
) -> tuple[Shell, list[BaseException]]:
    failures: list[BaseException] = []
    shell = start(lambda: open_app(data), languages, failures.append)
    qtbot.addWidget(shell)
    shell.show()
    return shell, failures


def test_login_is_shown_at_once_and_usable_once_the_database_is_open(
    qtbot: QtBot, classroom: Classroom, languages: LanguageManager
) -> None:
    shell, failures = _start(qtbot, languages, classroom.data_dir)
    login = shell.current_screen()
    assert isinstance(login, LoginScreen)
    assert shell.ctx is None
    assert not login.login_button.isEnabled()
    assert "Opening the database" in login.notice_label.text()

    qtbot.waitUntil(lambda: shell.ctx is not None, timeout=30_000)
    ready = shell.current_screen()
    assert isinstance(ready, LoginScreen) and ready.login_button.isEnabled()
    assert not ready.notice_label.isVisible()
    assert not failures
    shell.close()
    shell.ctx.close()


def test_first_start_shows_the_wizard_once_the_database_is_open(
    qtbot: QtBot, tmp_path: Path, languages: LanguageManager
) -> None:
    shell, failures = _start(qtbot, languages, tmp_path / "data")
    assert isinstance(shell.current_screen(), LoginScreen)
    qtbot.waitUntil(lambda: isinstance(shell.current_screen(), FirstRunWizard), timeout=30_000)
    assert not failures
    shell.close()
    shell.ctx.close()


STARTER = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
seen = []
def look():
    shells = [w for w in app.topLevelWidgets() if w.isVisible() and hasattr(w, "current_screen")]
    if shells:
        screen = shells[0].current_screen()
        styled = "QPushButton" in app.styleSheet()
        seen.append((type(screen).__name__, screen.login_button.isEnabled(), styled))
        if seen[-1][:2] == ("LoginScreen", True):
            print(seen[0], seen[-1])
            app.quit()
            return
    QTimer.singleShot(10, look)
QTimer.singleShot(0, look)  # delivered once main() below shows its window
from mobilaze_training.gui.app import main
sys.exit(main(["--data-dir", sys.argv[1], "--language", "en"]))
"""


def test_the_program_shows_the_login_before_opening_the_database(classroom: Classroom) -> None:
    """The real entry point, in its own process: the first look at the window finds the
    login screen waiting for the database, already styled (no unstyled first frame), a later
    one finds it usable; the log file opens."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", STARTER, str(classroom.data_dir)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    first, last = done.stdout.split("\n")[0].split(") (")
    assert first == "('LoginScreen', False, True" and last == "'LoginScreen', True, True)"
    assert (classroom.data_dir / "logs" / gui_app.LOG_FILE).is_file()


@pytest.fixture
def root_logger() -> Iterator[logging.Logger]:
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield root
    for handler in root.handlers:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


def test_what_is_logged_before_the_log_file_opens_is_kept(
    tmp_path: Path, root_logger: logging.Logger
) -> None:
    gui_app.start_logging()
    logging.getLogger("mobilaze_training.test").warning("before the window: %s", "kept")
    logging.getLogger("mobilaze_training.test").debug("below the level")
    gui_app.setup_logging(str(tmp_path))
    logging.getLogger("mobilaze_training.test").info("after")
    for handler in root_logger.handlers:
        handler.flush()
    text = (tmp_path / "logs" / gui_app.LOG_FILE).read_text(encoding="utf-8")
    assert "WARNING mobilaze_training.test: before the window: kept" in text
    assert "INFO mobilaze_training.test: after" in text
    assert "below the level" not in text
    assert text.index("before the window") < text.index("after")


# ---- forms: the builder for simple forms makes what QUiLoader makes --------------------


def _properties(obj: QObject) -> dict[str, Any]:
    meta = obj.metaObject()
    values: dict[str, Any] = {}
    for index in range(meta.propertyCount()):
        name = meta.property(index).name()
        try:
            value = obj.property(name)
        except RuntimeError:  # an enum PySide cannot convert through property(): its getter
            getter = getattr(obj, name)
            value = getter()
        if isinstance(value, QCursor):
            value = ("cursor", value.shape())
        elif isinstance(value, QIcon | QPixmap):
            value = (type(value).__name__, value.isNull())
        values[name] = value
    for raw in obj.dynamicPropertyNames():
        name = bytes(raw).decode()
        if name != "_PySideInvalidatePtr":  # PySide's own mark on objects made in C++
            values["dynamic " + name] = obj.property(name)
    return values


def _items(layout: QLayout) -> list[tuple[Any, ...]]:
    items: list[tuple[Any, ...]] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        cell = layout.getItemPosition(index) if isinstance(layout, QFormLayout) else None
        widget, sub, spacer = item.widget(), item.layout(), item.spacerItem()
        if widget is not None:
            items.append(("widget", widget.objectName(), item.alignment(), cell))
        elif sub is not None:
            items.append(("layout", sub.objectName(), cell))
        elif spacer is not None:
            policy = spacer.sizePolicy()
            items.append(
                ("spacer", spacer.sizeHint(), policy.horizontalPolicy(), policy.verticalPolicy())
            )
    return items


def _differences(a: QObject, b: QObject, path: str) -> list[str]:
    """Where two loaded forms differ; only the named objects of the form are compared (the
    widgets' own inner children are the same by construction)."""
    here = f"{path}/{a.objectName()}"
    if a.metaObject().className() != b.metaObject().className():
        return [f"{here}: {a.metaObject().className()} != {b.metaObject().className()}"]
    found: list[str] = []
    pa, pb = _properties(a), _properties(b)
    for name in sorted(set(pa) | set(pb)):
        if pa.get(name, "missing") != pb.get(name, "missing"):
            found.append(
                f"{here}.{name}: {pa.get(name, 'missing')!r} != {pb.get(name, 'missing')!r}"
            )
    if isinstance(a, QLayout) and isinstance(b, QLayout):
        if _items(a) != _items(b):
            found.append(f"{here} items: {_items(a)} != {_items(b)}")
    elif isinstance(a, QWidget) and isinstance(b, QWidget):
        after_a, after_b = a.nextInFocusChain().objectName(), b.nextInFocusChain().objectName()
        if after_a != after_b:
            found.append(f"{here} tab order: {after_a} != {after_b}")
        if isinstance(a, QLabel) and isinstance(b, QLabel):
            buddies = [x.buddy().objectName() if x.buddy() else None for x in (a, b)]
            if buddies[0] != buddies[1]:
                found.append(f"{here} buddy: {buddies}")
    children_a = [c for c in a.children() if isinstance(c, QWidget | QLayout) and c.objectName()]
    children_b = [c for c in b.children() if isinstance(c, QWidget | QLayout) and c.objectName()]
    names_a = [(c.metaObject().className(), c.objectName()) for c in children_a]
    names_b = [(c.metaObject().className(), c.objectName()) for c in children_b]
    if names_a != names_b:
        return [*found, f"{here} children: {names_a} != {names_b}"]
    for x, y in zip(children_a, children_b, strict=True):
        found += _differences(x, y, here)
    return found


SIMPLE_FORMS = [
    path.stem
    for path in sorted(resource_path("ui").glob("*.ui"))
    if forms.simple_form(path.read_bytes()) is not None
]


def test_the_forms_shown_at_start_are_built_without_quiloader() -> None:
    assert {"login", "main_window"} <= set(SIMPLE_FORMS)
    assert forms.simple_form(resource_path("ui", "wizard.ui").read_bytes()) is None


@pytest.mark.parametrize("parent_kind", [None, QWidget, QMainWindow, QDialog])
@pytest.mark.parametrize("name", SIMPLE_FORMS)
def test_a_simple_form_is_built_as_quiloader_builds_it(
    languages: LanguageManager, russian_qm: Path, name: str, parent_kind: Any
) -> None:
    """Every property (Qt's and dynamic ones), layout item, margin, spacer, buddy and tab stop
    of every named object, with the Russian translation installed."""
    languages.set_language("ru")
    data = resource_path("ui", f"{name}.ui").read_bytes()
    parents = (parent_kind(), parent_kind()) if parent_kind else (None, None)
    loaded = forms._load_with_quiloader(data, parents[0], name)
    built = forms.load_form(name, parents[1])
    assert _differences(loaded, built, "") == []
    if isinstance(parents[0], QMainWindow) and isinstance(parents[1], QMainWindow):
        assert parents[0].centralWidget() is loaded and parents[1].centralWidget() is built


def test_a_language_switched_elsewhere_rebuilds_the_screen(
    qtbot: QtBot,
    classroom: Classroom,
    make_shell: Callable[..., Shell],
    languages: LanguageManager,
    russian_qm: Path,
) -> None:
    """Not through the window's own switch (e.g. the settings saved by an administrator):
    the screen is rebuilt once, after the change."""
    shell = make_shell(classroom.ctx)
    login = shell.current_screen()
    languages.set_language("ru")
    qtbot.waitUntil(lambda: shell.current_screen() is not login)
    rebuilt = shell.current_screen()
    assert isinstance(rebuilt, LoginScreen)
    assert rebuilt.find(QLabel, "usernameLabel").text() == "&Имя пользователя:"
    assert shell.title_label.text() == "Вход"
    shell.close()
    languages.set_language("en")  # a closed window is not rebuilt
    qtbot.wait(20)
    assert shell.current_screen() is rebuilt


def test_back_shortcut_returns_to_the_login(
    qtbot: QtBot, drive: Driver, classroom: Classroom, make_shell: Callable[..., Shell]
) -> None:
    shell = make_shell(classroom.ctx)
    login = shell.current_screen()
    assert isinstance(login, LoginScreen)
    drive.click(login.find(QPushButton, "verifyButton"))
    assert shell.depth() == 2 and shell.back_button.isVisible()
    qtbot.keyClick(shell.current_screen(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert isinstance(shell.current_screen(), LoginScreen)
    assert not shell.back_button.isVisible()


def test_an_uncaught_error_is_shown_as_a_dialog(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The hook installed at start loads the dialogs module only when an error happens."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    gui_app._install_excepthook()
    lazy = sys.excepthook
    shown: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(box.text())
            box.close()
        else:
            QTimer.singleShot(10, answer)

    QTimer.singleShot(0, answer)
    error = RuntimeError("boom")
    lazy(RuntimeError, error, None)
    assert shown and "Something went wrong" in shown[0]
    assert sys.excepthook is not lazy  # the real hook of gui/dialogs.py took over


def test_windows_that_are_gone_are_not_told_of_a_language_change(
    qtbot: QtBot, languages: LanguageManager
) -> None:
    import gc

    import shiboken6

    forgotten = Shell(None, languages)
    deleted = Shell(None, languages)
    del forgotten
    gc.collect()
    shiboken6.delete(deleted)  # its Python side still exists
    assert languages.set_language("en")
    qtbot.wait(10)


def test_the_saved_look_is_read_without_the_settings_model(tmp_path: Path) -> None:
    (tmp_path / "settings.json").write_text(
        '{"default_language": "ru", "high_contrast": true, "font_scale_percent": 150}',
        encoding="utf-8",
    )
    assert gui_app._saved_settings(str(tmp_path)) == gui_app._SavedLook("ru", True, 150)
    (tmp_path / "settings.json").write_text('{"font_scale_percent": 9000, "high_contrast": 1}')
    assert gui_app._saved_settings(str(tmp_path)) == gui_app._SavedLook()
    (tmp_path / "settings.json").write_text("not json")
    assert gui_app._saved_settings(str(tmp_path)) == gui_app._SavedLook()


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], gui_app.Options()),
        (["--data-dir", "/d", "--language=ru"], gui_app.Options("/d", None, "ru")),
        (["--self-test"], gui_app.Options(self_test=True)),
        (["--database-url=postgresql://h/db"], gui_app.Options(database_url="postgresql://h/db")),
        # not plain: argparse decides (the same result, or Qt's own option left for Qt)
        (["-platform", "offscreen", "--language", "en"], gui_app.Options(language="en")),
    ],
)
def test_command_line_options(argv: list[str], expected: gui_app.Options) -> None:
    assert gui_app.parse_args(argv) == expected


def test_a_wrong_option_value_is_refused_by_argparse(capsys: pytest.CaptureFixture[str]) -> None:
    assert gui_app._parse_plain(["--language", "de"]) is None
    with pytest.raises(SystemExit):
        gui_app.parse_args(["--language", "de"])
    assert "invalid choice: 'de'" in capsys.readouterr().err
