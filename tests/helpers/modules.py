"""A small course module with one question of each of the eight types, written as real files.

Banks: ``core`` (one question per type) and ``pool`` (tagged questions for draw sections).
Assessments cover the engine's cases: a timed, shuffled exam with a draw and a limit on
attempts; an essay exam; a practice quiz; an exam without feedback; a draw-only exam; and a
practical test.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

MODULE_ID = "test-module"
AUTO_QUESTIONS = ["q-single", "q-multi", "q-tf", "q-short", "q-num", "q-match", "q-order"]
ALL_TYPES = [*AUTO_QUESTIONS, "q-essay"]
FINAL_EXAM_MINUTES = 90

CORE: list[dict[str, Any]] = [
    {
        "id": "q-single",
        "type": "single_choice",
        "points": 2,
        "prompt": {"en": "Which document has a TD3 machine-readable zone?"},
        "explanation": {"en": "Passports use the TD3 format."},
        "options": [
            {"id": "a", "text": {"en": "Passport"}, "correct": True, "feedback": {"en": "Yes."}},
            {"id": "b", "text": {"en": "Identity card"}, "feedback": {"en": "That is TD1."}},
            {"id": "c", "text": {"en": "Visa sticker"}},
        ],
    },
    {
        "id": "q-multi",
        "type": "multiple_choice",
        "points": 2,
        "prompt": {"en": "Which of these are security features?"},
        "options": [
            {"id": "a", "text": {"en": "Hologram"}, "correct": True},
            {"id": "b", "text": {"en": "Coffee stain"}},
            {"id": "c", "text": {"en": "UV fibres"}, "correct": True},
            {"id": "d", "text": {"en": "Staple"}},
        ],
    },
    {
        "id": "q-tf",
        "type": "true_false",
        "prompt": {"en": "A data page may be laminated by hand."},
        "answer": False,
    },
    {
        "id": "q-short",
        "type": "short_answer",
        "prompt": {"en": "Name the capital of Azerbaijan."},
        "accept": {"en": ["Baku"], "az": ["Bakı"]},
    },
    {
        "id": "q-num",
        "type": "numeric",
        "prompt": {"en": "How wide is a TD3 line, in characters, divided by 12?"},
        "answer": 3.5,
        "tolerance": 0.1,
    },
    {
        "id": "q-match",
        "type": "matching",
        "prompt": {"en": "Match each document with its format."},
        "pairs": [
            {"id": "p1", "left": {"en": "Passport"}, "right": {"en": "TD3"}},
            {"id": "p2", "left": {"en": "Identity card"}, "right": {"en": "TD1"}},
            {"id": "p3", "left": {"en": "Visa"}, "right": {"en": "MRV-A"}},
        ],
        "distractors": [{"id": "x", "text": {"en": "TD9"}}],
    },
    {
        "id": "q-order",
        "type": "ordering",
        "prompt": {"en": "Put the steps in order."},
        "items": [
            {"id": "i1", "text": {"en": "Greet the traveller"}},
            {"id": "i2", "text": {"en": "Check the document"}},
            {"id": "i3", "text": {"en": "Ask questions"}},
            {"id": "i4", "text": {"en": "Return the document"}},
        ],
    },
    {
        "id": "q-essay",
        "type": "essay",
        "points": 5,
        "prompt": {"en": "Describe how you refer a doubtful document."},
        "rubric": {"en": "Names the second line and the report."},
    },
]


def _pool() -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for n in range(1, 5):
        out.append(
            {
                "id": f"p-a{n}",
                "type": "single_choice",
                "tags": ["a"],
                "prompt": {"en": f"Pool question A{n}"},
                "options": [
                    {"id": "x", "text": {"en": "Right"}, "correct": True},
                    {"id": "y", "text": {"en": "Wrong"}},
                ],
            }
        )
    for n in range(1, 4):
        out.append(
            {
                "id": f"p-b{n}",
                "type": "true_false",
                "tags": ["b"],
                "prompt": {"en": f"Pool question B{n}"},
                "answer": True,
            }
        )
    out.append(
        {
            "id": "p-ab",
            "type": "true_false",
            "tags": ["a", "b"],
            "prompt": {"en": "Pool question AB"},
            "answer": True,
        }
    )
    return out


ASSESSMENTS: list[dict[str, Any]] = [
    {
        "id": "final-exam",
        "title": {"en": "Final examination"},
        "kind": "exam",
        "pass_mark_percent": 60,
        "time_limit_minutes": FINAL_EXAM_MINUTES,
        "max_attempts": 2,
        "shuffle_questions": True,
        "shuffle_options": True,
        "feedback": "after_submit",
        "sections": [
            {"questions": list(AUTO_QUESTIONS)},
            {"draw": 2, "from": {"bank": "pool", "tags": ["a"]}},
        ],
    },
    {
        "id": "essay-exam",
        "title": {"en": "Written examination"},
        "kind": "exam",
        "pass_mark_percent": 50,
        "sections": [{"questions": ["q-single", "q-essay"]}],
    },
    {
        "id": "practice",
        "title": {"en": "Practice quiz"},
        "kind": "practice",
        "pass_mark_percent": 50,
        "sections": [{"questions": list(AUTO_QUESTIONS)}],
    },
    {
        "id": "secret-exam",
        "title": {"en": "Examination without feedback"},
        "kind": "exam",
        "pass_mark_percent": 50,
        "feedback": "never",
        "sections": [{"questions": ["q-single", "q-tf"]}],
    },
    {
        "id": "draw-exam",
        "title": {"en": "Drawn examination"},
        "kind": "exam",
        "pass_mark_percent": 50,
        "shuffle_questions": True,
        "sections": [
            {"questions": ["p-ab"]},
            {"draw": 2, "from": {"bank": "pool", "tags": ["a"]}},
            {"draw": 1, "from": {"tags": ["b"]}},
        ],
    },
    {
        "id": "booth",
        "title": {"en": "Simulated first-line check"},
        "kind": "practical",
        "pass_mark_percent": 80,
        "checklist": [{"id": "c1", "text": {"en": "Greets the traveller"}}],
    },
]


def module_data(version: str = "1.0.0") -> dict[str, Any]:
    """The module as plain data: {relative path: YAML-able data or text}."""
    manifest = {
        "format": "mobilaze-module/1",
        "id": MODULE_ID,
        "version": version,
        "languages": ["en"],
        "title": {"en": "Test module"},
        "lessons": [{"id": "intro", "title": {"en": "Introduction"}, "file": "lessons/intro"}],
        "assessments": copy.deepcopy(ASSESSMENTS),
        "certificate": {"requires": ["final-exam"]},
    }
    return {
        "module.yaml": manifest,
        "questions/core.yaml": {"bank": "core", "questions": copy.deepcopy(CORE)},
        "questions/pool.yaml": {"bank": "pool", "questions": _pool()},
        "lessons/intro.en.md": "# Introduction\n\nA data page has a machine-readable zone.\n",
    }


def write_module(
    root: Path,
    version: str = "1.0.0",
    change: Callable[[dict[str, Any]], None] | None = None,
) -> Path:
    """Write the module under `root` (a new folder named after the version) and return it.

    `change` may edit the data of :func:`module_data` in place before it is written.
    """
    data = module_data(version)
    if change is not None:
        change(data)
    folder = root / f"{MODULE_ID}-{version}"
    for rel, content in data.items():
        path = folder / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        text = content if isinstance(content, str) else yaml.safe_dump(content, allow_unicode=True)
        path.write_text(text, encoding="utf-8")
    return folder


def question(data: dict[str, Any], question_id: str) -> dict[str, Any]:
    """The question `question_id` inside :func:`module_data` output (for `change` callbacks)."""
    for rel, content in data.items():
        if rel.startswith("questions/"):
            for q in content["questions"]:
                if q["id"] == question_id:
                    return q
    raise KeyError(question_id)


#: A response that earns full points, per question of the core bank.
RIGHT: dict[str, Any] = {
    "q-single": "a",
    "q-multi": ["a", "c"],
    "q-tf": False,
    "q-short": "Baku",
    "q-num": "3,5",
    "q-match": {"p1": "p1", "p2": "p2", "p3": "p3"},
    "q-order": ["i1", "i2", "i3", "i4"],
    "q-essay": "Call the second line and write a report.",
}

#: A response that earns nothing, per question of the core bank.
WRONG: dict[str, Any] = {
    "q-single": "b",
    "q-multi": ["b", "d"],
    "q-tf": True,
    "q-short": "Ganja",
    "q-num": 7,
    "q-match": {"p1": "x", "p2": "p3", "p3": "p1"},
    "q-order": ["i4", "i3", "i1", "i2"],
    "q-essay": "",
}
