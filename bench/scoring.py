"""Benchmark: scoring submitted attempts.

10,000 attempts of 30 questions each, every question type in each attempt, with responses
that are right, partly right, wrong, missing or malformed. Each attempt is scored as the
engine scores a submission (services/attempts.py, ``_score``): ``score_question`` for every
question in the snapshot's order (an essay waits for its grader), then ``attempt_percent``
and the pass mark. Questions are in their stored form (validated by the format's model, then
dumped), as attempt snapshots hold them. Generating the attempts is not timed.

Target: <= 2 s for the 10,000 attempts. Run: ``python bench/scoring.py``.
"""

from __future__ import annotations

import random
import time
from decimal import Decimal
from typing import Any

from pydantic import TypeAdapter

from mobilaze_training.courses.model import Question
from mobilaze_training.quiz.scoring import attempt_percent, score_question

ATTEMPTS = 10_000
PER_ATTEMPT = 30
PER_TYPE = 30
TYPES = [
    "single_choice",
    "multiple_choice",
    "true_false",
    "short_answer",
    "numeric",
    "matching",
    "ordering",
    "essay",
]
LANGUAGES = ["az", "en", "ru"]
PASS_MARK = Decimal(70)
TARGET_SECONDS = 2.0
REPEAT = 3

_STORE = TypeAdapter(Question)


def _question(qtype: str, n: int, rng: random.Random) -> dict[str, Any]:
    q: dict[str, Any] = {
        "id": f"{qtype}-{n}",
        "type": qtype,
        "points": rng.choice([1, 1, 2, 3]),
        "prompt": {"en": f"Question {n}", "az": f"Sual {n}"},
    }
    if qtype in ("single_choice", "multiple_choice"):
        right = {"a"} if qtype == "single_choice" else set(rng.sample("abcde", 2))
        q["options"] = [{"id": c, "text": f"Option {c}", "correct": c in right} for c in "abcde"]
        if qtype == "multiple_choice" and n % 3 == 0:
            q["scoring"] = "all_or_nothing"
    elif qtype == "true_false":
        q["answer"] = n % 2 == 0
    elif qtype == "short_answer":
        q["accept"] = (
            {"az": ["İstanbul", "İSTANBUL"], "en": ["Istanbul"], "ru": ["Стамбул"]}
            if n % 2
            else ["Iğdır", "Igdir"]
        )
    elif qtype == "numeric":
        q.update(answer=round(rng.uniform(-100, 100), 2), tolerance=rng.choice([0, 0.01, 0.5]))
    elif qtype == "matching":
        q["pairs"] = [{"id": f"p{i}", "left": f"L{i}", "right": f"R{i}"} for i in range(4)]
        q["distractors"] = [{"id": "x", "text": "nothing"}]
    elif qtype == "ordering":
        q["items"] = [{"id": f"i{i}", "text": f"Step {i}"} for i in range(5)]
    stored: dict[str, Any] = _STORE.validate_python(q).model_dump(mode="json", exclude_none=True)
    return stored


def _response(q: dict[str, Any], rng: random.Random) -> Any:
    """A response as trainees give them: often right, sometimes partial, wrong or missing."""
    roll = rng.random()
    if roll < 0.08:
        return None
    if roll < 0.1:
        return {"odd": ["shape"]}  # malformed: scores 0, never raises
    right = roll < 0.6
    qtype = q["type"]
    if qtype == "single_choice":
        return "a" if right else rng.choice("bcde")
    if qtype == "multiple_choice":
        correct = [o["id"] for o in q["options"] if o.get("correct")]
        return correct if right else rng.sample("abcde", rng.randint(1, 3))
    if qtype == "true_false":
        return q["answer"] if right else not q["answer"]
    if qtype == "short_answer":
        return rng.choice(["  istanbul ", "İstanbul", "IĞDIR", "igdir", "Ankara", "стамбул"])
    if qtype == "numeric":
        value = q["answer"] if right else q["answer"] + rng.choice([-3, 0.3, 7])
        return f"{value}".replace(".", ",") if rng.random() < 0.5 else value
    if qtype == "matching":
        rights = [p["id"] for p in q["pairs"]] + ["x"]
        return {p["id"]: (p["id"] if right else rng.choice(rights)) for p in q["pairs"]}
    if qtype == "ordering":
        items = [i["id"] for i in q["items"]]
        if not right:
            rng.shuffle(items)
        return items
    return "An essay answer that an instructor will grade."


def generate(rng: random.Random) -> list[tuple[list[dict[str, Any]], dict[str, Any], str]]:
    bank = {t: [_question(t, n, rng) for n in range(PER_TYPE)] for t in TYPES}
    attempts = []
    for _ in range(ATTEMPTS):
        kinds = TYPES + [rng.choice(TYPES) for _ in range(PER_ATTEMPT - len(TYPES))]
        rng.shuffle(kinds)
        questions = [rng.choice(bank[t]) for t in kinds]
        responses = {q["id"]: _response(q, rng) for q in questions}
        attempts.append((questions, responses, rng.choice(LANGUAGES)))
    return attempts


def score_all(attempts: list[tuple[list[dict[str, Any]], dict[str, Any], str]]) -> int:
    """Score every attempt as the engine does at submission; returns how many passed."""
    passed = 0
    for questions, responses, language in attempts:
        total = 0.0
        max_score = 0.0
        pending = False
        for question in questions:
            max_score += float(question.get("points", 1.0))
            if question["type"] == "essay":
                pending = pending or responses.get(question["id"]) not in (None, "")
                continue
            total += score_question(question, responses.get(question["id"]), language) or 0.0
        percent = attempt_percent(total, max_score)
        if not pending and percent >= PASS_MARK:
            passed += 1
    return passed


def main() -> int:
    attempts = generate(random.Random(2026))
    best = float("inf")
    for _ in range(REPEAT):
        start = time.perf_counter()
        score_all(attempts)
        best = min(best, time.perf_counter() - start)
    questions = ATTEMPTS * PER_ATTEMPT
    print(
        f"{ATTEMPTS} attempts x {PER_ATTEMPT} questions (all 8 types in each): {questions} scores"
    )
    print(
        f"scoring (best of {REPEAT}):   {best:.3f} s  ({best / questions * 1e6:.2f} us a question)"
    )
    print(f"target <= {TARGET_SECONDS:.0f} s: {'OK' if best <= TARGET_SECONDS else 'MISSED'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
