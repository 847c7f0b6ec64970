"""Benchmark: a results bundle of 100,000 answers, from a post to headquarters.

A post's SQLite database is seeded in bulk (5,000 submitted attempts of 20 answers by 50
trainees, written with SQLAlchemy core after the users and the module were created through
the services); headquarters has the module and the post's machine key. ``export_bundle`` runs
at the post, ``import_bundle`` at headquarters, both on real SQLite files with the engine's
settings (WAL journal, ``synchronous=FULL``, foreign keys on).

The floor is raw ``sqlite3`` with the same PRAGMAs inserting the same rows (the users,
attempts and answers the import stored, as stored) with ``executemany`` into the same tables
of a copy of headquarters' database taken before the import, in one transaction.

Target: import / floor <= 2.5. Run: ``python bench/bundle.py``.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import time
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Any

import yaml
from sqlalchemy import insert

from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.services import cohorts, courses, keys, sync, users
from mobilaze_training.services.context import AppContext, open_app
from mobilaze_training.store import models as m

MODULE_ID = "bench-bundle"
TRAINEES = 50
ATTEMPTS = 5_000
QUESTIONS = 20
TARGET_RATIO = 2.5
DB_NAME = "mobilaze.sqlite3"


def write_module(root: Path) -> None:
    manifest = {
        "format": "mobilaze-module/1",
        "id": MODULE_ID,
        "version": "1.0.0",
        "languages": ["en"],
        "title": "Bundle benchmark",
        "assessments": [
            {
                "id": "exam",
                "title": "Examination",
                "kind": "exam",
                "pass_mark_percent": 70,
                "sections": [{"questions": [f"q{n:02d}" for n in range(QUESTIONS)]}],
            }
        ],
    }
    bank = {
        "bank": "core",
        "questions": [
            {
                "id": f"q{n:02d}",
                "type": "single_choice",
                "prompt": f"Question number {n}: which page holds the data?",
                "options": [
                    {"id": "a", "text": "The data page", "correct": True},
                    {"id": "b", "text": "The cover"},
                ],
            }
            for n in range(QUESTIONS)
        ],
    }
    (root / "questions").mkdir(parents=True)
    for name, data in (("module.yaml", manifest), ("questions/core.yaml", bank)):
        (root / name).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def seed_post(ctx: AppContext, module: Path) -> None:
    courses.install(ctx, SYSTEM, module)
    cohorts.create_cohort(ctx, SYSTEM, "Bench cohort")
    cohorts.assign(ctx, SYSTEM, "Bench cohort", MODULE_ID)
    names = [f"trainee.{n:03d}" for n in range(TRAINEES)]
    trainees = [users.add_user(ctx, SYSTEM, n, f"Trainee {n}", "trainee").id for n in names]
    cohorts.enrol(ctx, SYSTEM, "Bench cohort", names)
    now = m.utcnow()
    snapshot = {"questions": [{"id": f"q{n:02d}", "points": 1} for n in range(QUESTIONS)]}
    attempt_rows: list[dict[str, Any]] = []
    answer_rows: list[dict[str, Any]] = []
    with ctx.db.transaction() as s:
        version_id = s.scalar(
            m.ModuleVersion.__table__.select()
            .with_only_columns(m.ModuleVersion.__table__.c.id)
            .where(m.ModuleVersion.__table__.c.module_id == MODULE_ID)
        )
        for n in range(ATTEMPTS):
            attempt_id = uuid.uuid4()
            started = now - timedelta(minutes=ATTEMPTS - n)
            score = float(n % (QUESTIONS + 1))
            attempt_rows.append(
                {
                    "id": attempt_id,
                    "user_id": trainees[n % TRAINEES],
                    "module_id": MODULE_ID,
                    "module_version": "1.0.0",
                    "module_version_id": version_id,
                    "assessment_id": "exam",
                    "kind": "exam",
                    "status": "submitted",
                    "source": "computer",
                    "started_at": started,
                    "submitted_at": started + timedelta(seconds=50),
                    "auto_submitted": False,
                    "language": "en",
                    "snapshot": snapshot,
                    "score": score,
                    "max_score": float(QUESTIONS),
                    "percent": None,
                    "passed": score >= 14,
                    "origin_machine": None,
                    "created_at": started,
                    "updated_at": started + timedelta(seconds=50),
                }
            )
            for q in range(QUESTIONS):
                answer_rows.append(
                    {
                        "id": uuid.uuid4(),
                        "attempt_id": attempt_id,
                        "question_id": f"q{q:02d}",
                        "response": "a" if (n + q) % 3 else "b",
                        "flagged": False,
                        "score": 1.0 if (n + q) % 3 else 0.0,
                        "created_at": started + timedelta(seconds=q),
                        "updated_at": started + timedelta(seconds=q),
                    }
                )
        s.execute(insert(m.Attempt), attempt_rows)
        s.execute(insert(m.Answer), answer_rows)


def open_floor(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA synchronous=FULL")
    return conn


def stored_rows(db: Path, before_users: set[str]) -> dict[str, tuple[list[str], list[Any]]]:
    """The users, attempts and answers the import stored, as SQLite holds them."""
    conn = sqlite3.connect(db)
    out = {}
    for table in ("users", "attempts", "answers"):
        cursor = conn.execute(f"SELECT * FROM {table}")
        columns = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
        if table == "users":
            rows = [r for r in rows if r[0] not in before_users]
        out[table] = (columns, rows)
    conn.close()
    return out


def floor_insert(db: Path, rows: dict[str, tuple[list[str], list[Any]]]) -> float:
    conn = open_floor(db)
    start = time.perf_counter()
    conn.execute("BEGIN")
    for table, (columns, values) in rows.items():
        marks = ", ".join("?" for _ in columns)
        conn.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})",
            values,
        )
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="mobilaze-bench-bundle-"))
    try:
        write_module(work / "module")
        post = open_app(work / "post")
        seed_post(post, work / "module")
        hq = open_app(work / "hq")
        courses.install(hq, SYSTEM, work / "module")
        line = keys.export_machine_key(post, SYSTEM)
        keys.import_key(hq, SYSTEM, line.text(), "machine")
        hq.close()
        shutil.copytree(work / "hq", work / "floor")
        before_users = {
            r[0] for r in sqlite3.connect(work / "hq" / DB_NAME).execute("SELECT id FROM users")
        }
        hq = open_app(work / "hq")

        start = time.perf_counter()
        exported = sync.export_bundle(post, SYSTEM, work / "results.zip")
        export_s = time.perf_counter() - start
        start = time.perf_counter()
        report = sync.import_bundle(hq, SYSTEM, exported.path)
        import_s = time.perf_counter() - start
        post.close()
        hq.close()
        assert report.tables["answers"]["inserted"] == ATTEMPTS * QUESTIONS, report.tables
        assert report.tables["attempts"]["inserted"] == ATTEMPTS, report.tables

        rows = stored_rows(work / "hq" / DB_NAME, before_users)
        floor_s = floor_insert(work / "floor" / DB_NAME, rows)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    ratio = import_s / floor_s
    answers = ATTEMPTS * QUESTIONS
    print(
        f"results bundle: {answers:,} answers in {ATTEMPTS:,} attempts of {TRAINEES} trainees, "
        f"{exported.size / 1e6:.1f} MB; SQLite WAL synchronous=FULL"
    )
    print(f"export_bundle (post):              {export_s:7.2f} s")
    print(f"import_bundle (headquarters):      {import_s:7.2f} s")
    print(f"floor (sqlite3 executemany, 1 tx): {floor_s:7.2f} s")
    print(f"import ratio import/floor:         {ratio:7.2f}")
    print(f"target ratio <= {TARGET_RATIO}: {'OK' if ratio <= TARGET_RATIO else 'MISSED'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
