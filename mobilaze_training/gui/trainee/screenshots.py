"""Learning outcomes and practical tests in the screenshot registry (gui.screenshots).

Before any screen is taken, the trainee's practice quiz in the main module is submitted and
an instructor records a practical test for them there (one item not met, with notes), so the
outcome profile shows outcomes achieved, outcomes not yet achieved and outcomes not assessed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from mobilaze_training.errors import MobilazeError
from mobilaze_training.gui import screenshots
from mobilaze_training.gui.screenshots import Builder, ScreenshotEnv, some_answer
from mobilaze_training.paths import resource_path
from mobilaze_training.quiz.scoring import correct_response
from mobilaze_training.services import attempts, courses, practical

Register = Callable[[str], Callable[[Builder], Builder]]
#: notes an instructor writes while observing, by checklist position (Azerbaijani, as at a post)
NOTES = {
    1: "MRZ-i oxudu, amma çipi yoxlamadı.",
    3: "Portreti yalnız bir əlamətə görə müqayisə etdi.",
}
#: the checklist positions observed as not met (never a critical item: the test is passed)
NOT_MET = {1}


def answer_keys(module_id: str) -> dict[str, dict[str, Any]]:
    """A shipped module's questions with their answer keys, read from its folder."""
    try:
        loaded = courses.validate(resource_path("courses", module_id))
    except MobilazeError:
        return {}
    return {
        qid: question.model_dump(mode="json", exclude_none=True)
        for qid, (_bank, question) in loaded.questions.items()
    }


@screenshots.extend_world
def record_practical_test(env: ScreenshotEnv) -> None:
    """The trainee's practice quiz and an observed practical test in the main module."""
    module = courses.get_module(env.ctx, env.trainee, env.module_id)
    practice = next((a["id"] for a in module.assessments if a["kind"] == "practice"), None)
    if practice is not None:
        keys = answer_keys(env.module_id)
        quiz = attempts.start_attempt(env.ctx, env.trainee, env.module_id, practice, "az")
        for n, q in enumerate(quiz.questions):
            if n % 3 != 2 and q.id in keys:  # two answers in three right
                answer = correct_response(keys[q.id])
            else:
                answer = some_answer(q.type, q.content, q.layout)
            attempts.save_answer(env.ctx, env.trainee, quiz.id, q.id, answer)
        attempts.submit_attempt(env.ctx, env.trainee, quiz.id)
    tests = practical.practical_tests(env.ctx, env.instructor, env.module_id)
    if not tests:
        return
    test = tests[0]
    observed: dict[str, dict[str, object]] = {}
    for n, item in enumerate(test.items):
        met = item.critical or n not in NOT_MET
        observed[item.id] = {"met": met, "note": NOTES.get(n)}
    result = practical.record_practical(
        env.ctx, env.instructor, env.trainee.username, env.module_id, test.assessment_id, observed
    )
    env.extra["practical_test"] = test
    env.extra["practical_result"] = result


def register_screenshots(register: Register) -> None:
    from mobilaze_training.gui.trainee.outcomes import OutcomeProfileScreen
    from mobilaze_training.gui.trainee.results import ResultsScreen

    @register("outcome-profile")
    def _profile(env: ScreenshotEnv) -> None:
        env.show(env.trainee, lambda: OutcomeProfileScreen(env.shell, env.module_id))

    @register("results-practical")
    def _practical_review(env: ScreenshotEnv) -> None:
        result = env.extra.get("practical_result")
        if result is None:
            return
        attempt_id = result.attempt_id
        env.show(env.trainee, lambda: ResultsScreen(env.shell, attempt_id))


register_screenshots(screenshots.register)
