"""`mobilaze-admin demo`: a demonstration cohort with trainees and attempts."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from mobilaze_training.auth.permissions import Principal, require
from mobilaze_training.quiz.scoring import correct_response
from mobilaze_training.services import (
    attempts,
    cohorts,
    courses,
    grading,
    practical,
    setup,
    users,
)
from mobilaze_training.services.context import AppContext
from mobilaze_training.store.models import Attempt, User

DEMO_PASSWORD = "demo-password"
DEMO_COHORT = "Demo cohort"
INSTRUCTOR = ("demo.instructor", "Məmmədova Aynur")
TRAINEES = [
    ("aliyev.hasan", "Əliyev Həsən Ülvi oğlu", "az"),
    ("guliyeva.gunel", "Quliyeva Günel", "az"),
    ("ismayilov.ilkin", "İsmayılov İlkin", "az"),
    ("huseynova.sevinj", "Hüseynova Sevinc", "az"),
    ("ivanov.ivan", "Иванов Иван Иванович", "ru"),
    ("petrova.olga", "Петрова Ольга", "ru"),
    ("babayev.rashad", "Babayev Rəşad", "az"),
    ("smith.anna", "Anna Smith", "en"),
]


@dataclass(frozen=True)
class DemoReport:
    cohort: str
    instructor: str
    trainees: list[str]
    attempts: int
    password: str


def _answer(question: dict[str, Any], rng: random.Random, skill: float) -> Any:
    if question["type"] == "essay":
        return (
            "I would stop the check politely, compare the photo, examine the document under "
            "UV light and refer it to the second line with a written report."
        )
    if rng.random() < skill:
        return correct_response(question)
    if question["type"] in ("single_choice",):
        return rng.choice([o["id"] for o in question["options"]])
    if question["type"] == "true_false":
        return not question["answer"]
    return None


def _observations(assessment: dict[str, Any], rng: random.Random, skill: float) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for item in assessment.get("checklist") or []:
        met = rng.random() < skill
        out[item["id"]] = {"met": met, "note": None if met else "Shown again after the exercise."}
    return out


def seed(ctx: AppContext, actor: Principal, rng_seed: int = 2026) -> DemoReport:
    """Create (or top up) the demo cohort; every step goes through the services."""
    require(actor, "demo.seed")
    if not courses.list_modules(ctx, actor):
        setup.initialise(ctx, actor)
    existing = {u.username for u in users.list_users(ctx, actor)}
    if INSTRUCTOR[0] not in existing:
        users.add_user(ctx, actor, INSTRUCTOR[0], INSTRUCTOR[1], "instructor", DEMO_PASSWORD, "az")
    for username, name, lang in TRAINEES:
        if username not in existing:
            users.add_user(ctx, actor, username, name, "trainee", DEMO_PASSWORD, lang)
    if DEMO_COHORT not in {c.name for c in cohorts.list_cohorts(ctx, actor)}:
        cohorts.create_cohort(ctx, actor, DEMO_COHORT, INSTRUCTOR[0])
    cohorts.enrol(ctx, actor, DEMO_COHORT, [t[0] for t in TRAINEES])
    modules = courses.list_modules(ctx, actor)
    for module in modules:
        cohorts.assign(ctx, actor, DEMO_COHORT, module.module_id)
    rng = random.Random(rng_seed)
    made = 0
    with ctx.db.transaction() as s:
        has_attempts = s.scalar(select(Attempt.id).limit(1)) is not None
    if not has_attempts:
        teacher = users.login(ctx, INSTRUCTOR[0], DEMO_PASSWORD)
        for i, (username, _name, lang) in enumerate(TRAINEES[:-1]):
            who = users.login(ctx, username, DEMO_PASSWORD)
            skill = 0.45 + 0.07 * i
            for module in modules:
                for assessment in module.assessments:
                    if assessment["kind"] == "practical":
                        observed = _observations(assessment, rng, skill + 0.2)
                        practical.record_practical(
                            ctx, teacher, username, module.module_id, assessment["id"], observed
                        )
                        made += 1
                        continue
                    view = attempts.start_attempt(
                        ctx, who, module.module_id, assessment["id"], lang
                    )
                    with ctx.db.transaction() as s:
                        snapshot = s.get(Attempt, view.id).snapshot  # type: ignore[union-attr]
                    for qid in snapshot["order"]:
                        response = _answer(snapshot["questions"][qid], rng, skill)
                        if response is not None:
                            attempts.save_answer(ctx, who, view.id, qid, response)
                    attempts.submit_attempt(ctx, who, view.id)
                    made += 1
        for n, essay in enumerate(grading.pending_essays(ctx, teacher)):
            if n % 2 == 0:
                grading.grade_essay(
                    ctx, teacher, essay.attempt_id, essay.question_id, essay.points * 0.75
                )
    with ctx.db.transaction() as s:
        names = list(s.scalars(select(User.username).where(User.role == "trainee")))
    return DemoReport(DEMO_COHORT, INSTRUCTOR[0], sorted(names), made, DEMO_PASSWORD)
