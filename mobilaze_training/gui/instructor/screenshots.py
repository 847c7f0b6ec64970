"""The instructor's screens in the screenshot registry (mobilaze_training.gui.screenshots)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QWidget

from mobilaze_training.gui import screenshots
from mobilaze_training.gui.screenshots import Builder, ScreenshotEnv, settle
from mobilaze_training.services import attempts, users

Register = Callable[[str], Callable[[Builder], Builder]]


def _wait(done: Callable[[], bool], rounds: int = 200) -> None:
    for _ in range(rounds):
        if done():
            return
        settle(1)


def register_screenshots(register: Register) -> None:
    from mobilaze_training.gui.instructor.attempt_detail import AttemptDetailScreen
    from mobilaze_training.gui.instructor.cohort import CohortScreen
    from mobilaze_training.gui.instructor.cohort_dialogs import AssignDialog, EnrolDialog
    from mobilaze_training.gui.instructor.grading import GradingScreen
    from mobilaze_training.gui.instructor.home import InstructorHome

    @register("instructor-home")
    def _home(env: ScreenshotEnv) -> None:
        env.show(env.instructor, lambda: InstructorHome(env.shell))

    def cohort(env: ScreenshotEnv, tab: int = 0) -> CohortScreen:
        screen = env.show(env.instructor, lambda: CohortScreen(env.shell, env.cohort))
        assert isinstance(screen, CohortScreen)
        _wait(lambda: screen.loading is None)
        screen.find(QTabWidget, "tabs").setCurrentIndex(tab)
        return screen

    @register("cohort-progress")
    def _progress(env: ScreenshotEnv) -> None:
        cohort(env, 0)

    @register("cohort-progress-high-contrast")
    def _progress_contrast(env: ScreenshotEnv) -> None:
        from PySide6.QtWidgets import QApplication

        from mobilaze_training.gui.theme import apply_theme

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        update = {"high_contrast": True, "font_scale_percent": 125}
        apply_theme(app, env.ctx.settings.model_copy(update=update))
        env.extra["restore_theme"] = True  # the registry puts the normal look back
        cohort(env, 0)

    @register("cohort-trainees")
    def _trainees(env: ScreenshotEnv) -> None:
        cohort(env, 1)

    @register("cohort-modules")
    def _modules(env: ScreenshotEnv) -> None:
        cohort(env, 2)

    @register("cohort-enrol-dialog")
    def _enrol(env: ScreenshotEnv) -> QWidget:
        screen = cohort(env, 1)
        trainees = users.list_users(env.ctx, env.instructor, "trainee")
        dialog = EnrolDialog(screen, env.ctx, env.instructor, env.cohort, trainees, set())
        dialog.model.set_checked([0], True)
        dialog.resize(640, 480)
        dialog.open()
        settle()
        return dialog

    @register("cohort-assign-dialog")
    def _assign(env: ScreenshotEnv) -> QWidget:
        screen = cohort(env, 2)
        modules = sorted(screen.titles.items(), key=lambda item: item[1].casefold())
        dialog = AssignDialog(screen, env.ctx, env.instructor, env.cohort, modules)
        dialog.resize(560, 220)
        dialog.open()
        settle()
        return dialog

    @register("attempt-detail")
    def _detail(env: ScreenshotEnv) -> None:
        finished = attempts.get_attempt(env.ctx, env.admin, env.finished_attempt_id)
        trainee = next(
            u for u in users.list_users(env.ctx, env.admin) if u.username == env.trainee.username
        )
        screen = cohort(env, 0)
        title = screen.titles.get(finished.module_id, finished.module_id)
        env.push(
            lambda: AttemptDetailScreen(
                env.shell, trainee.username, trainee.full_name, finished.module_id, title
            )
        )

    @register("grading-queue")
    def _grading(env: ScreenshotEnv) -> None:
        env.show(env.instructor, lambda: GradingScreen(env.shell))


register_screenshots(screenshots.register)
