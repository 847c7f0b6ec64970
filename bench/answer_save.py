"""Benchmark: saving answers during an exam.

2,000 answer saves through ``services.attempts.save_answer`` on a real SQLite file, with the
engine's settings (WAL journal, ``synchronous=FULL``, foreign keys on), in an attempt of 30
questions of every type with texts in three languages (its snapshot, about 100 kB, is as large
as the largest of the standard modules' exams). Two floors, raw ``sqlite3`` with the same
PRAGMAs doing what a save needs at the least: ``INSERT OR REPLACE`` of one row and a commit
into a bare table of its own; and the same upsert and commit (in BEGIN IMMEDIATE) into the
program's own answers table and database file. The ratio target is judged against the second.

The two run in alternating blocks, so both see the same disk and the same machine load.
Targets: p50 save / p50 floor <= 2.5; p99 save <= 15 ms. Run: ``python bench/answer_save.py``.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import statistics
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import yaml

from mobilaze_training.auth.permissions import SYSTEM, Principal
from mobilaze_training.services import attempts, cohorts, courses, users
from mobilaze_training.services.attempts import QuestionView
from mobilaze_training.services.context import AppContext, open_app

SAVES = 2_000
WARMUP = 50
BLOCK = 100
QUESTIONS = 30
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
TARGET_RATIO = 2.5
TARGET_P99_MS = 15.0


_SENTENCES = {
    "en": "check the data page under ultraviolet light and compare the photograph",
    "az": "məlumat səhifəsini ultrabənövşəyi işıqda yoxlayın və fotoşəkli müqayisə edin",
    "ru": "проверьте страницу данных в ультрафиолетовом свете и сравните фотографию",
}
_WORDS = {lang: sentence.split() for lang, sentence in _SENTENCES.items()}


def _text(n: int, words: int) -> dict[str, str]:
    """A text in three languages, about as long as the standard modules' texts."""
    return {
        lang: " ".join(vocab[(n + i) % len(vocab)] for i in range(words)).capitalize() + "."
        for lang, vocab in _WORDS.items()
    }


def _question(n: int) -> dict[str, Any]:
    qtype = TYPES[n % len(TYPES)]
    q: dict[str, Any] = {
        "id": f"q{n:02d}",
        "type": qtype,
        "prompt": _text(n, 14),
        "explanation": _text(n + 1, 12),
    }
    if qtype in ("single_choice", "multiple_choice"):
        q["options"] = [
            {"id": c, "text": _text(n + i, 4), "correct": c == "a", "feedback": _text(i, 6)}
            for i, c in enumerate("abcd")
        ]
    elif qtype == "true_false":
        q["answer"] = True
    elif qtype == "short_answer":
        q["accept"] = {"en": ["Baku"], "az": ["Bakı"], "ru": ["Баку"]}
    elif qtype == "numeric":
        q.update(answer=3.5, tolerance=0.1)
    elif qtype == "matching":
        q["pairs"] = [
            {"id": f"p{i}", "left": _text(n + i, 4), "right": _text(n - i, 4)} for i in range(4)
        ]
    elif qtype == "ordering":
        q["items"] = [{"id": f"i{i}", "text": _text(n + i, 5)} for i in range(5)]
    elif qtype == "essay":
        q["rubric"] = _text(n, 12)
    return q


def write_module(root: Path) -> None:
    manifest = {
        "format": "mobilaze-module/1",
        "id": "bench-saves",
        "version": "1.0.0",
        "languages": ["az", "en", "ru"],
        "title": {"az": "Cavabların saxlanması", "en": "Saving answers", "ru": "Сохранение"},
        "assessments": [
            {
                "id": "exam",
                "title": {"az": "İmtahan", "en": "Examination", "ru": "Экзамен"},
                "kind": "exam",
                "pass_mark_percent": 70,
                "time_limit_minutes": 600,
                "shuffle_questions": True,
                "shuffle_options": True,
                "sections": [{"questions": [f"q{n:02d}" for n in range(QUESTIONS)]}],
            }
        ],
    }
    bank = {"bank": "core", "questions": [_question(n) for n in range(QUESTIONS)]}
    (root / "questions").mkdir(parents=True)
    for name, data in (("module.yaml", manifest), ("questions/core.yaml", bank)):
        text = yaml.safe_dump(data, allow_unicode=True)
        (root / name).write_text(text, encoding="utf-8")


def responses(q: QuestionView, variant: int) -> Any:
    """A well-formed response to `q` (two variants, so each save changes the row)."""
    content = q.content
    if q.type == "single_choice":
        return q.layout["options"][variant % 2]
    if q.type == "multiple_choice":
        return q.layout["options"][: 1 + variant % 2]
    if q.type == "true_false":
        return variant % 2 == 0
    if q.type in ("short_answer", "essay"):
        return f"answer number {variant}"
    if q.type == "numeric":
        return f"{variant},5"
    if q.type == "matching":
        rights = q.layout["rights"]
        return {
            left["id"]: rights[(i + variant) % len(rights)]
            for i, left in enumerate(content["lefts"])
        }
    if q.type == "ordering":
        items = list(q.layout["items"])
        return items[variant % 2 :] + items[: variant % 2]
    raise ValueError(q.type)


def prepare(work: Path) -> tuple[AppContext, Principal, Any, list[tuple[str, Any]], Any]:
    module = work / "module"
    write_module(module)
    ctx = open_app(work / "data")
    info = users.add_user(ctx, SYSTEM, "trainee", "Bench Trainee", "trainee")
    trainee = users.principal_of(info)
    courses.install(ctx, SYSTEM, module)
    cohorts.create_cohort(ctx, SYSTEM, "Bench cohort")
    cohorts.enrol(ctx, SYSTEM, "Bench cohort", ["trainee"])
    cohorts.assign(ctx, SYSTEM, "Bench cohort", "bench-saves")
    view = attempts.start_attempt(ctx, trainee, "bench-saves", "exam")
    # a second trainee's attempt, written by the same-table floor
    other = users.principal_of(users.add_user(ctx, SYSTEM, "floor.trainee", "Floor", "trainee"))
    cohorts.enrol(ctx, SYSTEM, "Bench cohort", ["floor.trainee"])
    floor_attempt = attempts.start_attempt(ctx, other, "bench-saves", "exam").id
    total = WARMUP + SAVES
    plan = [
        (q.id, responses(q, n // len(view.questions)))
        for n, q in ((n, view.questions[n % len(view.questions)]) for n in range(total))
    ]
    return ctx, trainee, view.id, plan, floor_attempt


def open_same_table_floor(path: Path) -> sqlite3.Connection:
    """Raw sqlite3 on the program's own database file and answers table (its indexes and
    its size), with the same PRAGMAs."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


SAME_TABLE_UPSERT = (
    "INSERT INTO answers (id, attempt_id, question_id, response, flagged, created_at, "
    "updated_at) VALUES (?, ?, ?, ?, 0, ?, ?) ON CONFLICT (attempt_id, question_id) "
    "DO UPDATE SET response = excluded.response, updated_at = excluded.updated_at"
)


def open_floor(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute(
        "CREATE TABLE answers (attempt_id TEXT NOT NULL, question_id TEXT NOT NULL, "
        "response TEXT, updated_at TEXT, PRIMARY KEY (attempt_id, question_id))"
    )
    conn.commit()
    return conn


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="mobilaze-bench-"))
    try:
        ctx, trainee, attempt_id, plan, floor_attempt = prepare(work)
        floor = open_floor(work / "floor.sqlite3")
        floor_id = str(attempt_id)
        assert ctx.db.sqlite_path is not None
        same = open_same_table_floor(ctx.db.sqlite_path)
        same_id = floor_attempt.hex  # the Uuid type stores 32 hex digits on SQLite
        service_ms: list[float] = []
        floor_ms: list[float] = []
        same_ms: list[float] = []

        def service_block(items: list[tuple[str, Any]], out: list[float] | None) -> None:
            for qid, response in items:
                start = time.perf_counter()
                attempts.save_answer(ctx, trainee, attempt_id, qid, response)
                if out is not None:
                    out.append((time.perf_counter() - start) * 1000)

        def floor_block(items: list[tuple[str, Any]], out: list[float] | None) -> None:
            for qid, response in items:
                start = time.perf_counter()
                floor.execute(
                    "INSERT OR REPLACE INTO answers VALUES (?, ?, ?, datetime('now'))",
                    (floor_id, qid, json.dumps(response)),
                )
                floor.commit()
                if out is not None:
                    out.append((time.perf_counter() - start) * 1000)

        def same_block(items: list[tuple[str, Any]], out: list[float] | None) -> None:
            for qid, response in items:
                start = time.perf_counter()
                now = datetime.now(UTC).isoformat(sep=" ")
                same.execute("BEGIN IMMEDIATE")
                same.execute(
                    SAME_TABLE_UPSERT,
                    (uuid.uuid4().hex, same_id, qid, json.dumps(response), now, now),
                )
                same.execute("COMMIT")
                if out is not None:
                    out.append((time.perf_counter() - start) * 1000)

        service_block(plan[:WARMUP], None)
        floor_block(plan[:WARMUP], None)
        same_block(plan[:WARMUP], None)
        for start in range(WARMUP, WARMUP + SAVES, BLOCK):
            block = plan[start : start + BLOCK]
            service_block(block, service_ms)
            floor_block(block, floor_ms)
            same_block(block, same_ms)
        floor.close()
        same.close()
        view = attempts.get_attempt(ctx, trainee, attempt_id)
        assert all(q.answered for q in view.questions)
        ctx.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    p50, p99 = statistics.median(service_ms), percentile(service_ms, 99)
    f50, f99 = statistics.median(floor_ms), percentile(floor_ms, 99)
    s50, s99 = statistics.median(same_ms), percentile(same_ms, 99)
    ratio = p50 / s50
    print(f"{SAVES} answer saves, {QUESTIONS} questions of 8 types, SQLite WAL synchronous=FULL")
    print(f"save_answer (services):         p50 {p50:6.2f} ms   p99 {p99:6.2f} ms")
    print(f"floor, bare table (INSERT OR REPLACE+commit): p50 {f50:6.2f} ms   p99 {f99:6.2f} ms")
    print(
        f"floor, the program's answers table (upsert+commit): p50 {s50:6.2f} ms   p99 {s99:6.2f} ms"
    )
    print(f"p50 ratio save/bare-table floor: {p50 / f50:.2f}")
    print(f"p50 ratio save/answers-table floor: {ratio:.2f}")
    print(f"target p50 ratio <= {TARGET_RATIO}: {'OK' if ratio <= TARGET_RATIO else 'MISSED'}")
    ok = p99 <= TARGET_P99_MS
    print(f"target p99 <= {TARGET_P99_MS:.0f} ms: {'OK' if ok else 'MISSED'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
