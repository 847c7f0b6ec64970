"""The instructor's screens in the screenshot registry (mobilaze_training.gui.screenshots)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QTabWidget, QWidget

from mobilaze_training.gui import screenshots
from mobilaze_training.gui.models.formatting import localised
from mobilaze_training.gui.screenshots import Builder, ScreenshotEnv, settle
from mobilaze_training.services import attempts, courses, users

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

    register_practical(register)


def register_practical(register: Register) -> None:
    """The practical-test screen (an observation under way, a recorded result), the outcome
    profile as the instructor sees it, and a practical attempt in the attempts screen (the
    practical test itself is recorded by gui/trainee/screenshots.py)."""
    from mobilaze_training.gui.instructor.attempt_detail import AttemptDetailScreen
    from mobilaze_training.gui.instructor.practical import PracticalState, PracticalTestScreen
    from mobilaze_training.gui.trainee.outcomes import OutcomeProfileScreen

    def practical_screen(env: ScreenshotEnv, state: PracticalState) -> PracticalTestScreen:
        screen = env.show(env.instructor, lambda: PracticalTestScreen(env.shell, state))
        assert isinstance(screen, PracticalTestScreen)
        return screen

    @register("practical-test")
    def _observing(env: ScreenshotEnv) -> None:
        state = PracticalState(env.trainee.username, env.module_id)
        screen = practical_screen(env, state)
        for n, row in enumerate(screen.rows[:4]):
            (row.not_met if n == 2 else row.met).setChecked(True)
        if len(screen.rows) > 2:
            screen.rows[2].note.setText("Yalnız UB işığı ilə yoxladı; əyməni unutdu.")

    @register("practical-test-recorded")
    def _recorded(env: ScreenshotEnv) -> None:
        result = env.extra.get("practical_result")
        state = PracticalState(env.trainee.username, env.module_id, result=result)
        state.result_for = "Əliyev Həsən Ülvi oğlu"
        practical_screen(env, state)

    @register("outcome-profile-instructor")
    def _profile(env: ScreenshotEnv) -> None:
        username, module_id = env.trainee.username, env.module_id
        env.show(
            env.instructor,
            lambda: OutcomeProfileScreen(env.shell, module_id, username, "Əliyev Həsən Ülvi oğlu"),
        )

    @register("attempt-detail-practical")
    def _detail(env: ScreenshotEnv) -> None:
        result = env.extra.get("practical_result")
        module = courses.get_module(env.ctx, env.instructor, env.module_id)
        title = localised(module.title, env.shell.languages.current, module.languages[0])
        username, module_id = env.trainee.username, env.module_id
        screen = env.show(
            env.instructor,
            lambda: AttemptDetailScreen(
                env.shell, username, "Əliyev Həsən Ülvi oğlu", module_id, title
            ),
        )
        assert isinstance(screen, AttemptDetailScreen)
        for row in range(screen.model.rowCount()):
            if result is not None and screen.model.record(row).id == result.attempt_id:
                screen.view.selectRow(row)


register_screenshots(screenshots.register)
