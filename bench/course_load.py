"""Benchmark: validating and installing a large course module.

Generates a module of 5,000 questions (every question type, several banks, a few lessons)
in a temporary folder, then measures, best of 3:

- validate: ``mobilaze_training.courses.validate.load_module(path)``;
- floor:    PyYAML's C loader alone reading the same YAML files (read bytes, load each);
            shown also with the cyclic garbage collector paused, as validation runs;
- install:  validate and store into a fresh SQLite database through the service layer.

Targets: validate / floor <= 2.0, install <= 3 s. Run: ``python bench/course_load.py``.
"""

from __future__ import annotations

import gc
import random
import shutil
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.courses.validate import load_module
from mobilaze_training.services import courses
from mobilaze_training.services.context import open_app

QUESTIONS = 5_000
BANKS = 10
LESSONS = 5
LANGUAGES = ["en", "az", "ru"]
TAGS = ["forgery", "visa", "mrz", "uv", "interview", "rights", "data", "asylum"]
TARGET_RATIO = 2.0
TARGET_INSTALL_SECONDS = 3.0
REPEAT = 3


def _text(rng: random.Random, words: int) -> dict[str, str]:
    base = " ".join(rng.choice(["check", "page", "visa", "stamp", "light"]) for _ in range(words))
    return {lang: f"{base} ({lang})" for lang in LANGUAGES}


def _question(rng: random.Random, n: int) -> dict[str, Any]:
    kind = n % 8
    q: dict[str, Any] = {
        "id": f"q-{n:05d}",
        "points": 1 + n % 3,
        "tags": rng.sample(TAGS, 2),
        "prompt": _text(rng, 12),
        "explanation": _text(rng, 8),
    }
    if kind == 0:
        q["type"] = "single_choice"
        q["options"] = [
            {"id": c, "text": _text(rng, 3), "correct": c == "a"} for c in ("a", "b", "c", "d")
        ]
    elif kind == 1:
        q["type"] = "multiple_choice"
        q["options"] = [
            {"id": c, "text": _text(rng, 3), "correct": c in "ac"} for c in ("a", "b", "c", "d")
        ]
    elif kind == 2:
        q["type"] = "true_false"
        q["answer"] = n % 2 == 0
    elif kind == 3:
        q["type"] = "short_answer"
        q["accept"] = {"en": ["visa", "a visa"], "az": ["viza"], "ru": ["виза"]}
    elif kind == 4:
        q["type"] = "numeric"
        q["answer"] = 3.5
        q["tolerance"] = 0.1
    elif kind == 5:
        q["type"] = "matching"
        q["pairs"] = [
            {"id": f"p{i}", "left": _text(rng, 2), "right": _text(rng, 2)} for i in range(4)
        ]
        q["distractors"] = [{"id": "d1", "text": _text(rng, 2)}]
    elif kind == 6:
        q["type"] = "ordering"
        q["items"] = [{"id": f"i{i}", "text": _text(rng, 3)} for i in range(4)]
    else:
        q["type"] = "essay"
        q["rubric"] = _text(rng, 10)
        q["max_words"] = 200
    return q


def generate(root: Path) -> None:
    """Write the benchmark module into `root`."""
    rng = random.Random(5000)
    (root / "questions").mkdir(parents=True)
    (root / "lessons").mkdir()
    per_bank = QUESTIONS // BANKS
    for b in range(BANKS):
        bank = {
            "bank": f"bank-{b}",
            "questions": [_question(rng, b * per_bank + i) for i in range(per_bank)],
        }
        text = yaml.safe_dump(bank, allow_unicode=True, sort_keys=False)
        (root / "questions" / f"bank-{b}.yaml").write_text(text, encoding="utf-8")
    for n in range(LESSONS):
        for lang in LANGUAGES:
            body = f"# Lesson {n} ({lang})\n\n" + "Some text about checks.\n\n" * 200
            (root / "lessons" / f"lesson-{n}.{lang}.md").write_text(body, encoding="utf-8")
    manifest = {
        "format": "mobilaze-module/1",
        "id": "bench-module",
        "version": "1.0.0",
        "languages": LANGUAGES,
        "title": _text(rng, 3),
        "lessons": [
            {"id": f"lesson-{n}", "title": _text(rng, 3), "file": f"lessons/lesson-{n}"}
            for n in range(LESSONS)
        ],
        "assessments": [
            {
                "id": "final-exam",
                "title": _text(rng, 2),
                "kind": "exam",
                "pass_mark_percent": 70,
                "sections": [
                    {"questions": ["q-00000", "q-00001"]},
                    *({"draw": 5, "from": {"bank": f"bank-{b}"}} for b in range(BANKS)),
                    {"draw": 10, "from": {"tags": ["forgery"]}},
                ],
            }
        ],
        "certificate": {"requires": ["final-exam"]},
    }
    text = yaml.safe_dump(manifest, allow_unicode=True, sort_keys=False)
    (root / "module.yaml").write_text(text, encoding="utf-8")


def best_of(fn: Callable[[], object], repeat: int = REPEAT) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def floor(root: Path) -> None:
    """What reading the YAML costs at the least: the C loader on every YAML file."""
    for path in sorted(root.rglob("*.yaml")):
        yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)


def floor_gc_paused(root: Path) -> None:
    gc.disable()
    try:
        floor(root)
    finally:
        gc.enable()


def install_fresh(root: Path, work: Path) -> float:
    """Seconds to validate and install `root` into a new, migrated SQLite database."""
    ctx = open_app(Path(tempfile.mkdtemp(dir=work)))
    try:
        start = time.perf_counter()
        result, _warnings = courses.install(ctx, SYSTEM, root)
        seconds = time.perf_counter() - start
    finally:
        ctx.close()
    assert result.outcome == "installed", result
    return seconds


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="mobilaze-bench-"))
    try:
        root = work / "module"
        generate(root)
        count = len(load_module(root).questions)
        assert count == QUESTIONS, count
        validate_s = best_of(lambda: load_module(root))
        floor_s = best_of(lambda: floor(root))
        floor_nogc_s = best_of(lambda: floor_gc_paused(root))
        # each into a fresh database; creating and migrating it is not counted
        install_s = min(install_fresh(root, work) for _ in range(REPEAT))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    ratio = validate_s / floor_s
    print(f"module: {QUESTIONS} questions in {BANKS} banks, {LESSONS} lessons x {LANGUAGES}")
    print(f"validate (load_module):       {validate_s:.3f} s")
    print(f"floor (yaml C loader only):   {floor_s:.3f} s")
    print(f"  the same, GC paused:         {floor_nogc_s:.3f} s")
    print(f"ratio validate/floor:         {ratio:.2f}")
    print(f"install (fresh SQLite):       {install_s:.3f} s")
    print(f"target ratio <= {TARGET_RATIO}: {'OK' if ratio <= TARGET_RATIO else 'MISSED'}")
    ok = install_s <= TARGET_INSTALL_SECONDS
    print(f"target install <= {TARGET_INSTALL_SECONDS:.0f} s: {'OK' if ok else 'MISSED'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
