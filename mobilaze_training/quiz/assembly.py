"""Assembling an attempt from an assessment's sections.

Every random choice (draws, question order, option order) comes from a generator seeded
with the attempt's id, and the outcome is stored in the attempt's snapshot, so an attempt
shows the same questions in the same order after a restart and on every machine.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from mobilaze_training.errors import InvalidInput

SNAPSHOT_VERSION = 1


def seed_of(attempt_id: uuid.UUID) -> int:
    return attempt_id.int & ((1 << 63) - 1)


def draw_matches(question: Mapping[str, Any], bank: str, source: Mapping[str, Any]) -> bool:
    """Whether a question of `bank` may be drawn by a section's `from` (bank and all tags)."""
    if source.get("bank") is not None and source["bank"] != bank:
        return False
    tags = question.get("tags") or []
    return all(tag in tags for tag in source.get("tags") or [])


def choose_questions(
    assessment: Mapping[str, Any],
    questions: Mapping[str, tuple[str, Mapping[str, Any]]],
    rng: random.Random,
) -> list[str]:
    """Question ids of one attempt, in the order shown. `questions`: id -> (bank, content)."""
    sections: Sequence[Mapping[str, Any]] = assessment.get("sections") or []
    fixed = {q for s in sections if "questions" in s for q in s["questions"]}
    chosen: list[str] = []
    taken: set[str] = set()
    for section in sections:
        if "questions" in section:
            for qid in section["questions"]:
                if qid not in questions:
                    raise InvalidInput(f"assessment refers to unknown question '{qid}'")
                if qid not in taken:
                    chosen.append(qid)
                    taken.add(qid)
            continue
        source = section["from"]
        pool = sorted(
            qid
            for qid, (bank, content) in questions.items()
            if qid not in taken and qid not in fixed and draw_matches(content, bank, source)
        )
        count = int(section["draw"])
        if count > len(pool):
            raise InvalidInput(
                f"a section draws {count} questions but only {len(pool)} are available"
            )
        for qid in rng.sample(pool, count):
            chosen.append(qid)
            taken.add(qid)
    if assessment.get("shuffle_questions"):
        rng.shuffle(chosen)
    return chosen


def _shuffled(ids: list[str], rng: random.Random, avoid_identity: bool) -> list[str]:
    out = list(ids)
    rng.shuffle(out)
    if avoid_identity and len(out) > 1 and out == ids:
        out = out[1:] + out[:1]
    return out


def presentation(
    question: Mapping[str, Any], shuffle_options: bool, rng: random.Random
) -> dict[str, list[str]]:
    """How one question is laid out: option order, right-side order, item order."""
    qtype = question["type"]
    if qtype in ("single_choice", "multiple_choice"):
        ids = [o["id"] for o in question["options"]]
        return {"options": _shuffled(ids, rng, False) if shuffle_options else ids}
    if qtype == "matching":
        rights = [p["id"] for p in question["pairs"]] + [
            d["id"] for d in question.get("distractors") or []
        ]
        return {"rights": _shuffled(rights, rng, False)}
    if qtype == "ordering":
        ids = [i["id"] for i in question["items"]]
        return {"items": _shuffled(ids, rng, True)}
    return {}


def build_snapshot(
    attempt_id: uuid.UUID,
    module: Mapping[str, Any],
    assessment: Mapping[str, Any],
    questions: Mapping[str, tuple[str, Mapping[str, Any]]],
    order: Sequence[str] | None = None,
) -> dict[str, Any]:
    """Everything needed to show and score the attempt, frozen at its start."""
    rng = random.Random(seed_of(attempt_id))
    chosen = list(order) if order is not None else choose_questions(assessment, questions, rng)
    shuffle_options = bool(assessment.get("shuffle_options"))
    return {
        "v": SNAPSHOT_VERSION,
        "seed": seed_of(attempt_id),
        "module": {
            "id": module["id"],
            "version": module["version"],
            "title": module["title"],
            "languages": module["languages"],
        },
        "assessment": dict(assessment),
        "order": chosen,
        "questions": {qid: dict(questions[qid][1]) for qid in chosen},
        "layout": {qid: presentation(questions[qid][1], shuffle_options, rng) for qid in chosen},
    }
