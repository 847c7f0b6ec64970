"""`mobilaze-training --self-test`: prove that this installation works, without touching
the user's data.

The self-test runs the real program on a temporary data folder, offscreen unless
``MOBILAZE_SELF_TEST_DISPLAY=1`` asks for a visible window: it starts the main window the way
``main()`` does (login screen first, the database opened off the GUI thread, then the first-run
wizard), creates an administrator and installs the standard modules as the wizard does, logs a
trainee in through the login screen, takes one exam of a standard module through the services
(every drawn question answered from the module's answer keys), issues a certificate, renders
its PDF and verifies it as ``mobilaze-admin certificate verify`` does. Each check is printed
with OK or FAILED; the exit code is 0 only when every check passed.

It is meant for the installed bundle (a missing Qt plugin, form, font, translation or
migration shows up here) as much as for the source tree.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from mobilaze_training import __version__

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from mobilaze_training.auth.permissions import Principal
    from mobilaze_training.gui.i18n import LanguageManager
    from mobilaze_training.gui.shell import Shell
    from mobilaze_training.services.context import AppContext

log = logging.getLogger(__name__)

DISPLAY_VARIABLE = "MOBILAZE_SELF_TEST_DISPLAY"
REPORT_FILE = "mobilaze-self-test.txt"
ADMIN = ("selftest.admin", "Self-test Administrator", "self-test-admin-1")
TRAINEE = ("selftest.trainee", "Özünüyoxlama Həsən", "self-test-trainee-1")
COHORT = "Self-test cohort"
ESSAY = "I keep the document, tell the duty officer, examine it under UV light and write a report."
WAIT_SECONDS = 60.0


class _Stop(Exception):
    """A check failed; the checks after it are not run."""


@dataclass
class _Report:
    out: IO[str]
    passed: int = 0
    failed: list[str] = field(default_factory=list)

    def line(self, text: str) -> None:
        print(text, file=self.out, flush=True)

    def check(self, label: str, step: Callable[[], str]) -> None:
        """Run one check; `step` returns a detail for the OK line or raises."""
        try:
            detail = step()
        except Exception as exc:
            log.exception("self-test check failed: %s", label)
            self.failed.append(label)
            self.line(f"  FAILED  {label}: {type(exc).__name__}: {exc}")
            raise _Stop from exc
        self.passed += 1
        self.line(f"  OK      {label}" + (f": {detail}" if detail else ""))


@dataclass
class _World:
    """What the checks hand on to each other."""

    app: QApplication
    data: Path
    languages: LanguageManager | None = None
    ctx: AppContext | None = None
    shell: Shell | None = None
    admin: Principal | None = None
    module_id: str = ""
    exam_id: str = ""
    certificate_pdf: Path | None = None
    serial: str = ""
    dialogs: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)


def run_self_test() -> int:
    """Run every check, print each with OK or FAILED; 0 when all passed, else 1."""
    if not os.environ.get(DISPLAY_VARIABLE):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    out, report_path = _output()
    logging.basicConfig(
        level=logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr if report_path is None else out,  # a windowed program: the file
    )
    report = _Report(out)
    where = "bundle" if getattr(sys, "frozen", False) else "source tree"
    report.line(f"MOBILAZE Training {__version__} self-test ({where}, Python {_python()})")
    data = Path(tempfile.mkdtemp(prefix="mobilaze-self-test-"))
    world: _World | None = None
    try:
        world = _World(_application(), data / "data")
        for label, step in _checks():
            report.check(label, partial(step, world))
    except _Stop:
        pass
    except Exception as exc:  # the Qt application itself could not start
        report.failed.append("start")
        report.line(f"  FAILED  start Qt: {type(exc).__name__}: {exc}")
    finally:
        if world is not None:
            _close(world)
        shutil.rmtree(data, ignore_errors=True)
    total = len(_checks())
    if report.failed:
        report.line(f"Self-test FAILED: {report.passed} of {total} checks passed.")
    else:
        report.line(f"Self-test passed: all {total} checks OK.")
    if report_path is not None:
        out.close()
    return 1 if report.failed else 0


# ---- the checks ------------------------------------------------------------------------


def _checks() -> list[tuple[str, Callable[[_World], str]]]:
    return [
        ("Qt starts", _qt_starts),
        ("shipped resources found", _resources),
        ("interface translation loads", _translation),
        ("main window shown, database opened in a temporary folder", _main_window),
        ("administrator created and standard modules installed", _install),
        ("trainee created, enrolled and assigned a module", _trainee),
        ("trainee logs in through the login screen", _login),
        ("exam taken, every question answered, submitted and passed", _exam),
        ("certificate issued and its PDF rendered", _certificate),
        ("certificate PDF verified", _verify),
        ("audit log intact", _audit),
    ]


def _qt_starts(world: _World) -> str:
    from PySide6 import __version__ as pyside_version

    return f'platform "{world.app.platformName()}", PySide6 {pyside_version}'


def _resources(_world: _World) -> str:
    from mobilaze_training.paths import resource_path
    from mobilaze_training.services import courses

    forms = sorted(resource_path("ui").glob("*.ui"))
    if not forms:
        raise RuntimeError(f"no forms in {resource_path('ui')}")
    fonts = resource_path("resources", "fonts", "DejaVuSans.ttf")
    if not fonts.is_file():
        raise RuntimeError(f"missing font {fonts}")
    translations = [
        resource_path("resources", "translations", f"mobilaze_{code}.qm") for code in ("az", "ru")
    ]
    missing = [str(p) for p in translations if not p.is_file()]
    if missing:
        raise RuntimeError("missing translations (run `make translations`): " + ", ".join(missing))
    modules = courses.standard_module_paths()
    if not modules:
        raise RuntimeError(f"no standard modules in {resource_path('courses')}")
    return (
        f"{len(forms)} forms, fonts, translations, {len(modules)} standard modules "
        f"in {resource_path('ui').parent}"
    )


def _translation(world: _World) -> str:
    from mobilaze_training.gui.i18n import LanguageManager

    languages = LanguageManager()
    if not languages.set_language("az"):
        raise RuntimeError("the Azerbaijani translation did not load")
    world.languages = languages
    return "Azerbaijani"


def _main_window(world: _World) -> str:
    from mobilaze_training.gui.login import LoginScreen
    from mobilaze_training.gui.startup import start
    from mobilaze_training.gui.wizard import FirstRunWizard
    from mobilaze_training.services.context import open_app

    def open_context() -> AppContext:
        return open_app(world.data)

    def failed(exc: BaseException) -> None:
        world.failures.append(f"the database did not open: {exc}")

    if world.languages is None:
        raise RuntimeError("no interface language is set")
    shell = start(open_context, world.languages, failed)
    world.shell = shell
    _watch_dialogs(world)
    shell.show()
    first = type(shell.current_screen()).__name__
    if not isinstance(shell.current_screen(), LoginScreen):
        raise RuntimeError(f"the first screen is {first}, not the login screen")
    _wait(world, lambda: isinstance(shell.current_screen(), FirstRunWizard), "the wizard")
    world.ctx = shell.ctx
    if not shell.isVisible() or not (world.data / "mobilaze.sqlite3").is_file():
        raise RuntimeError("the window is hidden or the database file is missing")
    return f"{first}, then {type(shell.current_screen()).__name__}"


def _install(world: _World) -> str:
    from mobilaze_training.auth.permissions import SYSTEM
    from mobilaze_training.gui.wizard import standard_installer
    from mobilaze_training.services import courses, users

    ctx = _ctx(world)
    name, full_name, password = ADMIN
    info = users.add_user(ctx, SYSTEM, name, full_name, "admin", password, "az")
    world.admin = users.principal_of(info)
    count = standard_installer(ctx, world.admin, lambda _done, _total: None)
    installed = [m.module_id for m in courses.list_modules(ctx, world.admin)]
    expected = len(courses.standard_module_paths())
    if count != expected or len(installed) != expected:
        raise RuntimeError(f"{len(installed)} of {expected} modules installed")
    return ", ".join(installed)


def _trainee(world: _World) -> str:
    from mobilaze_training.services import cohorts, courses, users

    ctx, admin = _ctx(world), _admin(world)
    # A module whose certificate needs one exam only (not a practical test observed by an
    # instructor), so that one scripted attempt earns it.
    candidates = [
        (module.module_id, required)
        for module in courses.list_modules(ctx, admin)
        if module.certificate
        for required in [
            [a for a in module.assessments if a["id"] in module.certificate["requires"]]
        ]
        if len(required) == 1 and required[0]["kind"] != "practical"
    ]
    if not candidates:
        raise RuntimeError("no standard module gives a certificate for one exam")
    module_id, required = candidates[0]
    world.module_id, world.exam_id = module_id, required[0]["id"]
    name, full_name, password = TRAINEE
    users.add_user(ctx, admin, name, full_name, "trainee", password, "az")
    cohorts.create_cohort(ctx, admin, COHORT)
    cohorts.enrol(ctx, admin, COHORT, [name])
    cohorts.assign(ctx, admin, COHORT, module_id)
    return f"{name} in '{COHORT}', module {module_id}"


def _login(world: _World) -> str:
    from mobilaze_training.gui.login import LoginScreen

    shell = _shell(world)
    login = shell.show_screen(lambda: LoginScreen(shell), root=True)  # as the wizard's end does
    assert isinstance(login, LoginScreen)
    if not login.login_button.isEnabled():
        raise RuntimeError("the login button is disabled with the database open")
    name, _full_name, password = TRAINEE
    login.username_edit.setText(name)
    login.password_edit.setText(password)
    login.login_button.click()
    _wait(world, lambda: shell.principal is not None, "the login")
    home = shell.current_screen()
    cards = getattr(home, "cards", None)
    if type(home).__name__ != "TraineeHome" or not cards:
        raise RuntimeError(f"the home screen is {type(home).__name__} with {cards!r} modules")
    return f"{type(home).__name__} lists {len(cards)} module(s)"


def _exam(world: _World) -> str:
    from mobilaze_training.quiz.scoring import correct_response
    from mobilaze_training.services import attempts, grading

    ctx, shell = _ctx(world), _shell(world)
    trainee = shell.principal
    if trainee is None:
        raise RuntimeError("nobody is logged in")
    keys = _answer_keys(world.module_id)
    view = attempts.start_attempt(ctx, trainee, world.module_id, world.exam_id, "az")
    for question in view.questions:
        key = keys.get(question.id)
        if key is None:
            raise RuntimeError(f"question {question.id} is not in the module's banks")
        response = ESSAY if question.type == "essay" else correct_response(key)
        attempts.save_answer(ctx, trainee, view.id, question.id, response)
    result = attempts.submit_attempt(ctx, trainee, view.id)
    essays = 0
    for essay in grading.pending_essays(ctx, _admin(world)):
        if essay.attempt_id == view.id:
            result = grading.grade_essay(
                ctx, _admin(world), essay.attempt_id, essay.question_id, essay.points
            )
            essays += 1
    if not result.passed:
        raise RuntimeError(f"not passed: {result.status}, {result.percent}%")
    return (
        f"{world.module_id}/{world.exam_id}: {len(view.questions)} questions "
        f"({essays} essay(s) graded), {result.percent}%"
    )


def _certificate(world: _World) -> str:
    from mobilaze_training.services import certificates

    ctx, admin = _ctx(world), _admin(world)
    info = certificates.issue(ctx, admin, TRAINEE[0], world.module_id)
    out = world.data.parent / f"{info.serial}.pdf"
    certificates.render(ctx, admin, info.serial, out, "az")
    head = out.read_bytes()[:5]
    if head != b"%PDF-":
        raise RuntimeError(f"{out} is not a PDF")
    world.certificate_pdf, world.serial = out, info.serial
    return f"{info.serial}, {out.stat().st_size // 1024} KiB"


def _verify(world: _World) -> str:
    from mobilaze_training.auth.permissions import SYSTEM
    from mobilaze_training.services import certificates

    assert world.certificate_pdf is not None
    result = certificates.verify(_ctx(world), SYSTEM, str(world.certificate_pdf))
    serial = result.payload.serial if result.payload else None
    if not result.ok or serial != world.serial:
        raise RuntimeError(f"{result.status}: {result.message}")
    return result.message


def _audit(world: _World) -> str:
    from mobilaze_training.auth.permissions import SYSTEM
    from mobilaze_training.services import audit

    chain = audit.verify(_ctx(world), SYSTEM)
    if not chain.ok:
        raise RuntimeError(f"broken at entry {chain.broken_at}: {chain.reason}")
    if world.dialogs:
        raise RuntimeError("unexpected dialogs: " + " | ".join(world.dialogs))
    return f"{chain.entries} entries"


# ---- helpers ---------------------------------------------------------------------------


def _output() -> tuple[IO[str], Path | None]:
    """Standard output; a windowed program on Windows has none, then a file in the temp
    folder holds the report."""
    if sys.stdout is not None:
        return sys.stdout, None
    path = Path(tempfile.gettempdir()) / REPORT_FILE
    return path.open("w", encoding="utf-8"), path


def _python() -> str:
    return ".".join(str(n) for n in sys.version_info[:3])


def _application() -> QApplication:
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    def qt_message(kind: QtMsgType, _context: object, message: str) -> None:
        # The offscreen platform warns about window features it lacks: not a finding.
        if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
            logging.getLogger("qt").error(message)
        else:
            logging.getLogger("qt").debug(message)

    qInstallMessageHandler(qt_message)

    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName("MOBILAZE Training")
    app.setOrganizationName("MOBILAZE")
    return app


def _wait(world: _World, done: Callable[[], bool], what: str) -> None:
    """Run the event loop until `done()`; background work reports back through it."""
    deadline = time.monotonic() + WAIT_SECONDS
    while not done():
        if world.failures:
            raise RuntimeError("; ".join(world.failures))
        if time.monotonic() > deadline:
            raise TimeoutError(f"waited {WAIT_SECONDS:.0f} s for {what}")
        world.app.processEvents()
        time.sleep(0.005)
    world.app.processEvents()


def _watch_dialogs(world: _World) -> None:
    """A modal dialog would wait for a person that is not there: note its text, close it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def look() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            return
        text = box.text() if isinstance(box, QMessageBox) else box.windowTitle()
        world.dialogs.append(f"{type(box).__name__}: {text}")
        box.close()

    timer = QTimer(world.shell)
    timer.timeout.connect(look)
    timer.start(100)


def _answer_keys(module_id: str) -> dict[str, dict[str, Any]]:
    """Every question of a standard module with its answer key, read from the shipped folder
    the module was installed from."""
    from mobilaze_training.services import courses

    for path in courses.standard_module_paths():
        loaded = courses.validate(path)
        if loaded.manifest.id == module_id:
            return {
                qid: question.model_dump(mode="json", exclude_none=True)
                for qid, (_bank, question) in loaded.questions.items()
            }
    raise RuntimeError(f"module {module_id} is not a standard module")


def _ctx(world: _World) -> AppContext:
    if world.ctx is None:
        raise RuntimeError("the database is not open")
    return world.ctx


def _shell(world: _World) -> Shell:
    if world.shell is None:
        raise RuntimeError("the main window is not open")
    return world.shell


def _admin(world: _World) -> Principal:
    if world.admin is None:
        raise RuntimeError("there is no administrator")
    return world.admin


def _close(world: _World) -> None:
    """Close the window and the database so the temporary folder can be removed."""
    try:
        if world.shell is not None:
            world.shell.principal = None
            world.shell.close()
            world.shell.deleteLater()
            world.app.processEvents()
    finally:
        ctx = world.ctx or (world.shell.ctx if world.shell is not None else None)
        if ctx is not None:
            ctx.close()
