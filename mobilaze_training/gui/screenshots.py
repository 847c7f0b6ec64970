"""`python -m mobilaze_training.gui.screenshots OUTDIR`: a PNG of every screen, per language.

Writes OUTDIR/<lang>/<name>.png for az, ru and en, on a demonstration data folder built
through the services in a temporary directory (the real data folder is never touched).

Screens are listed in a registry. Another package adds its own with::

    from mobilaze_training.gui.screenshots import ScreenshotEnv, register

    @register("instructor-home")
    def _instructor_home(env: ScreenshotEnv) -> None:
        env.show(env.instructor, lambda: InstructorHome(env.shell))

A builder shows something in ``env.shell`` (the main window is captured) or returns a
widget to capture instead (a dialog). The modules named in PROVIDERS are imported before
the run so that their ``register`` calls take effect; a provider not written yet is skipped.
"""

from __future__ import annotations

import importlib
import logging
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from mobilaze_training.auth.permissions import SYSTEM, Principal, Role
from mobilaze_training.gui.i18n import LanguageManager
from mobilaze_training.gui.shell import ScreenFactory, Shell
from mobilaze_training.services import attempts, cohorts, courses, setup, users
from mobilaze_training.services.attempts import AttemptView
from mobilaze_training.services.context import AppContext, open_app

log = logging.getLogger(__name__)

LANGUAGES = ("az", "ru", "en")
PASSWORD = "screenshot-pass"
SIZE = (1200, 760)
Builder = Callable[["ScreenshotEnv"], QWidget | None]

#: (name, builder) in the order they are taken; extended through `register`.
SCREENS: list[tuple[str, Builder]] = []
#: Modules that register more screens (imported if present).
PROVIDERS = (
    "mobilaze_training.gui.instructor.screenshots",
    "mobilaze_training.gui.admin.screenshots",
    "mobilaze_training.gui.certificates.screenshots",
    "mobilaze_training.gui.data.screenshots",
    "mobilaze_training.gui.sync.screenshots",
    "mobilaze_training.gui.trainee.screenshots",
)
#: Functions that add to the demonstration world once, before any screen is taken (so that
#: every language shows the same data); registered through `extend_world`.
WORLD_HOOKS: list[Callable[[ScreenshotEnv], None]] = []


def extend_world(hook: Callable[[ScreenshotEnv], None]) -> Callable[[ScreenshotEnv], None]:
    """Decorator: run `hook(env)` once after the world is built (e.g. to issue certificates)."""
    if hook not in WORLD_HOOKS:
        WORLD_HOOKS.append(hook)
    return hook


def register(name: str) -> Callable[[Builder], Builder]:
    """Decorator: add a screen to the registry (a later entry with the same name replaces it)."""

    def add(builder: Builder) -> Builder:
        SCREENS[:] = [(n, b) for n, b in SCREENS if n != name]
        SCREENS.append((name, builder))
        return builder

    return add


@dataclass
class ScreenshotEnv:
    """The demonstration world the builders use."""

    ctx: AppContext
    shell: Shell
    admin: Principal
    instructor: Principal
    trainee: Principal
    other_trainee: Principal
    cohort: str
    module_id: str  # a module complete in az, ru and en, with an image in a lesson
    exam: AttemptView  # the trainee's exam in progress, with a few answers
    finished_attempt_id: Any  # a submitted exam with its review
    extra: dict[str, Any] = field(default_factory=dict)

    def show(self, who: Principal | None, factory: ScreenFactory) -> QWidget:
        """Show a screen as `who` (None: nobody logged in), without the login step."""
        self.shell.principal = who
        return self.shell.show_screen(factory, root=True)

    def push(self, factory: ScreenFactory) -> QWidget:
        return self.shell.show_screen(factory)


def settle(rounds: int = 3) -> None:
    """Let queued shows, layouts and deferred deletions happen."""
    for _ in range(rounds):
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


# ---- the demonstration world ------------------------------------------------------------


def _principal(ctx: AppContext, username: str, name: str, role: str, lang: str) -> Principal:
    users.add_user(ctx, SYSTEM, username, name, role, PASSWORD, lang)
    return users.login(ctx, username, PASSWORD)


def some_answer(kind: str, content: dict[str, Any], layout: dict[str, list[str]]) -> Any:
    """A plausible answer of a question's type (right or wrong), for a demonstration attempt."""
    if kind == "single_choice":
        return (layout.get("options") or [o["id"] for o in content["options"]])[0]
    if kind == "multiple_choice":
        return [o["id"] for o in content["options"][:2]]
    if kind == "true_false":
        return True
    if kind == "numeric":
        return "12,5"
    if kind == "matching":
        rights = layout.get("rights") or [r["id"] for r in content["rights"]]
        return {left["id"]: rights[i % len(rights)] for i, left in enumerate(content["lefts"])}
    if kind == "ordering":
        return list(reversed(layout.get("items") or []))
    return "Sənədi saxlayıram, ikinci xəttə müraciət edirəm və hesabat yazıram."


def build_world(ctx: AppContext, shell: Shell) -> ScreenshotEnv:
    report = setup.initialise(ctx, SYSTEM)
    module_ids = [r.module_id for r in report.modules]
    admin = _principal(ctx, "admin", "Məmmədov Rəşad", "admin", "az")
    instructor = _principal(ctx, "aynur.m", "Məmmədova Aynur", "instructor", "az")
    trainee = _principal(ctx, "aliyev.hasan", "Əliyev Həsən Ülvi oğlu", "trainee", "az")
    other = _principal(ctx, "ivanov.ivan", "Иванов Иван Иванович", "trainee", "ru")
    cohort = "Sərhəd-2026/1"
    cohorts.create_cohort(ctx, SYSTEM, cohort, instructor.username)
    cohorts.enrol(ctx, SYSTEM, cohort, [trainee.username, other.username])
    now = datetime.now(UTC)
    for n, module_id in enumerate(module_ids):
        cohorts.assign(ctx, SYSTEM, cohort, module_id, now + timedelta(days=14 * (n + 1)))
    main = "document-examination" if "document-examination" in module_ids else module_ids[0]
    for lesson in courses.lessons(ctx, trainee, main)[:2]:
        cohorts.open_lesson(ctx, trainee, main, lesson.lesson_id)
    exams = {
        m.module_id: next(a["id"] for a in m.assessments if a["kind"] == "exam")
        for m in courses.list_modules(ctx, SYSTEM)
        if any(a["kind"] == "exam" for a in m.assessments)
    }
    finished_module = next(m for m in exams if m != main) if len(exams) > 1 else main
    done = attempts.start_attempt(ctx, trainee, finished_module, exams[finished_module], "az")
    for q in done.questions:
        answer = some_answer(q.type, q.content, q.layout)
        attempts.save_answer(ctx, trainee, done.id, q.id, answer)
    attempts.submit_attempt(ctx, trainee, done.id)
    exam = attempts.start_attempt(ctx, trainee, main, exams[main], "az")
    for q in exam.questions[:3]:
        attempts.save_answer(ctx, trainee, exam.id, q.id, some_answer(q.type, q.content, q.layout))
    attempts.set_flag(ctx, trainee, exam.id, exam.questions[1].id, True)
    exam = attempts.get_attempt(ctx, trainee, exam.id)
    return ScreenshotEnv(ctx, shell, admin, instructor, trainee, other, cohort, main, exam, done.id)


# ---- the start and trainee screens --------------------------------------------------------


def _register_own() -> None:
    from mobilaze_training.gui.login import LoginScreen
    from mobilaze_training.gui.trainee.home import TraineeHome
    from mobilaze_training.gui.trainee.lesson import LessonReader, ReaderState
    from mobilaze_training.gui.trainee.module_page import ModulePage
    from mobilaze_training.gui.trainee.quiz import QuizPlayer, QuizState
    from mobilaze_training.gui.trainee.results import ResultsScreen
    from mobilaze_training.gui.wizard import ADMIN, DONE, WELCOME, FirstRunWizard, WizardState

    def wizard(state: WizardState) -> Builder:
        def build(env: ScreenshotEnv) -> None:
            env.show(None, lambda: FirstRunWizard(env.shell, replace(state), lambda: None))

        return build

    register("wizard-welcome")(wizard(WizardState(page=WELCOME)))
    register("wizard-administrator")(
        wizard(WizardState(page=ADMIN, username="admin", full_name="Məmmədov Rəşad"))
    )
    register("wizard-done")(
        wizard(WizardState(page=DONE, admin=Principal(None, "admin", Role.ADMIN), installed=3))
    )

    @register("login")
    def _login(env: ScreenshotEnv) -> None:
        env.shell.typed_username = ""
        env.show(None, lambda: LoginScreen(env.shell))

    @register("login-refused")
    def _login_refused(env: ScreenshotEnv) -> None:
        screen = env.show(None, lambda: LoginScreen(env.shell))
        assert isinstance(screen, LoginScreen)
        screen.username_edit.setText("aliyev.hasan")
        screen.error_label.setText(screen.explain(users.LoginFailed("is not right")))
        screen.error_label.show()

    @register("trainee-home")
    def _home(env: ScreenshotEnv) -> None:
        env.show(env.trainee, lambda: TraineeHome(env.shell))

    @register("trainee-module")
    def _module(env: ScreenshotEnv) -> None:
        env.show(env.trainee, lambda: ModulePage(env.shell, env.module_id))

    @register("lesson-reader")
    def _lesson(env: ScreenshotEnv) -> None:
        lessons = courses.lessons(env.ctx, env.trainee, env.module_id)
        with_image = next((i for i, x in enumerate(lessons) if "](media/" in str(x.bodies)), 0)
        state = ReaderState(env.module_id, with_image)
        env.show(env.trainee, lambda: LessonReader(env.shell, state))

    for kind in (
        "single_choice",
        "multiple_choice",
        "true_false",
        "short_answer",
        "numeric",
        "matching",
        "ordering",
        "essay",
    ):

        def quiz(env: ScreenshotEnv, kind: str = kind) -> None:
            index = next((i for i, q in enumerate(env.exam.questions) if q.type == kind), 0)
            state = QuizState(env.exam.id, index)
            env.show(env.trainee, lambda: QuizPlayer(env.shell, state))

        register(f"quiz-{kind.replace('_', '-')}")(quiz)

    @register("quiz-submit-confirmation")
    def _submit(env: ScreenshotEnv) -> QWidget | None:
        state = QuizState(env.exam.id, 0)
        player = env.show(env.trainee, lambda: QuizPlayer(env.shell, state))
        assert isinstance(player, QuizPlayer)
        player.ask_submit()
        settle()
        return player.findChild(QMessageBox, "submitPrompt")

    def high_contrast(inner: Builder) -> Builder:
        def build(env: ScreenshotEnv) -> QWidget | None:
            from mobilaze_training.gui.theme import apply_theme

            app = QApplication.instance()
            assert isinstance(app, QApplication)
            settings = env.ctx.settings.model_copy(
                update={"high_contrast": True, "font_scale_percent": 125}
            )
            apply_theme(app, settings)
            env.extra["restore_theme"] = True
            return inner(env)

        return build

    register("trainee-home-high-contrast")(high_contrast(_home))

    def _quiz_first(env: ScreenshotEnv) -> None:
        state = QuizState(env.exam.id, 0)
        env.show(env.trainee, lambda: QuizPlayer(env.shell, state))

    register("quiz-high-contrast")(high_contrast(_quiz_first))

    @register("results-review")
    def _results(env: ScreenshotEnv) -> None:
        attempt_id = env.finished_attempt_id
        env.show(env.trainee, lambda: ResultsScreen(env.shell, attempt_id))


def _close_dialogs(shell: Shell) -> None:
    for box in shell.findChildren(QMessageBox):
        box.done(0)
        box.deleteLater()


def take_all(outdir: Path, languages: tuple[str, ...] = LANGUAGES) -> list[Path]:
    """Build the world in a temporary folder and save every registered screen per language."""
    from mobilaze_training.gui.theme import apply_theme

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    _register_own()
    for name in PROVIDERS:
        try:
            importlib.import_module(name)
        except ImportError as exc:
            if exc.name != name:
                raise
            log.info("no screenshots from %s (not written yet)", name)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="mobilaze-shots-") as tmp:
        ctx = open_app(Path(tmp) / "data")
        apply_theme(app, ctx.settings)
        manager = LanguageManager()
        manager.set_language(languages[0])
        shell = Shell(ctx, manager)
        shell.resize(*SIZE)
        shell.show()
        env = build_world(ctx, shell)
        for hook in WORLD_HOOKS:
            hook(env)
        for lang in languages:
            shell.set_language(lang)
            folder = outdir / lang
            folder.mkdir(parents=True, exist_ok=True)
            for name, builder in SCREENS:
                if env.extra.pop("restore_theme", False):
                    apply_theme(app, ctx.settings)
                target = builder(env) or shell
                settle()
                path = folder / f"{name}.png"
                target.grab().save(str(path))
                written.append(path)
                _close_dialogs(shell)
                settle()
            if env.extra.pop("restore_theme", False):
                apply_theme(app, ctx.settings)
        shell.principal = None
        shell.close()
        settle()
        ctx.close()
    return written


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m mobilaze_training.gui.screenshots OUTDIR", file=sys.stderr)
        return 2
    paths = take_all(Path(args[0]))
    print(f"{len(paths)} screenshots written to {args[0]}")
    return 0


if __name__ == "__main__":
    # Run from the imported module, whose SCREENS the providers register into
    # (under `python -m` this file is also loaded as __main__, a separate module object).
    from mobilaze_training.gui import screenshots

    sys.exit(screenshots.main())
