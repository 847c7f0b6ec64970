"""Benchmark: results exports and a large GIFT import.

1. 1,000,000 answer rows to CSV. A real SQLite database, schema by ``open_app``, the
   document-examination module installed and trainees enrolled through the services, then
   50,000 submitted attempts x 20 answers bulk-inserted with SQLAlchemy core. Every attempt
   reuses one snapshot of the module's final exam (20 questions of seven types), its texts cut
   to 40 characters: the full 87 kB snapshot would make a 4 GB database.
   - product: ``export_results(fmt="csv-answers")``, one row per answer with the columns of
     the XLSX Answers sheet (the plain "csv" format writes one row per attempt);
   - floor: a raw ``sqlite3`` cursor over answers joined to attempts and users (the same
     rows, in the same order) written with ``csv.writer``.
   Each runs alone in a child process, so time and peak memory (``ru_maxrss``, interpreter
   and imports included) are its own. Targets: product / floor <= 1.5; peak <= 200 MB.
2. XLSX of 100,000 rows: ``export_results(fmt="xlsx")`` on 5,000 attempts x 20 answers (the
   Answers sheet has 100,000 rows). Target <= 15 s.
3. GIFT: ``import_questions(path, "gift")`` of a generated 5,000-question file (every GIFT
   question type). Target <= 2 s.

Run: ``python bench/export.py``.
"""

from __future__ import annotations

import csv
import json
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, insert, select

from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.paths import resource_path
from mobilaze_training.services import attempts, cohorts, courses, users
from mobilaze_training.services.context import open_app
from mobilaze_training.store import models as m

ATTEMPTS = 50_000
XLSX_ATTEMPTS = 5_000
TRAINEES = 500
GIFT_QUESTIONS = 5_000
MODULE, EXAM = "document-examination", "doc-final-exam"
TARGET_RATIO = 1.5
TARGET_PEAK_MB = 200.0
TARGET_XLSX_S = 15.0
TARGET_GIFT_S = 2.0
FLOOR_SQL = (
    "SELECT a.id, u.username, n.question_id, n.response, n.score FROM answers n "
    "JOIN attempts a ON a.id = n.attempt_id JOIN users u ON u.id = a.user_id "
    "WHERE a.status IN ('submitted', 'pending_review') AND a.submitted_at IS NOT NULL "
    "ORDER BY a.submitted_at, a.id"
)


def _shorten(value: Any) -> Any:
    if isinstance(value, str):
        return value[:40]
    if isinstance(value, dict):
        return {k: _shorten(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_shorten(v) for v in value]
    return value


def _response(q: dict[str, Any], layout: dict[str, Any], n: int) -> Any:
    qtype = q["type"]
    if qtype == "single_choice":
        return layout["options"][n % len(layout["options"])]
    if qtype == "multiple_choice":
        return layout["options"][: 1 + n % 2]
    if qtype == "true_false":
        return n % 2 == 0
    if qtype == "short_answer":
        return ["MRZ", "Bakı", "visa"][n % 3]
    if qtype == "numeric":
        return f"{n % 7},5"
    if qtype == "ordering":
        items = list(layout["items"])
        return items[n % 2 :] + items[: n % 2]
    if qtype == "matching":
        return {"p1": "r2", "p2": "r1"}
    return f"Sənədi ikinci xəttə göndərərdim; проверка {n}."  # essay


def seed(data: Path, n_attempts: int) -> None:
    """A database with `n_attempts` submitted attempts of 20 answers each."""
    ctx = open_app(data)
    names = [f"t{i:04d}" for i in range(TRAINEES)]
    first_trainee = None
    for i, name in enumerate(names):
        info = users.add_user(ctx, SYSTEM, name, f"Trainee Ülvi Иван {i}", "trainee")
        first_trainee = first_trainee or users.principal_of(info)
    courses.install(ctx, SYSTEM, resource_path("courses", MODULE))
    cohorts.create_cohort(ctx, SYSTEM, "Bench cohort")
    cohorts.enrol(ctx, SYSTEM, "Bench cohort", names)
    cohorts.assign(ctx, SYSTEM, "Bench cohort", MODULE)
    with ctx.db.transaction() as s:
        user_ids = list(s.scalars(select(m.User.id).where(m.User.username.in_(names))))
    assert first_trainee is not None
    view = attempts.start_attempt(ctx, first_trainee, MODULE, EXAM)
    table = cast(Table, m.Attempt.__table__)
    answers = cast(Table, m.Answer.__table__)
    with ctx.db.transaction() as s:
        row = dict(s.execute(select(table).where(table.c.id == view.id)).mappings().one())
        s.execute(table.delete().where(table.c.id == view.id))
    snapshot = _shorten(row["snapshot"])
    order = snapshot["order"]
    qs, layout = snapshot["questions"], snapshot.get("layout") or {}
    variants = [
        [json.dumps(_response(qs[q], layout.get(q) or {}, v)) for q in order] for v in range(6)
    ]
    start = datetime(2024, 1, 1, tzinfo=UTC)
    now = datetime.now(UTC)
    with ctx.db.engine.begin() as conn:
        for first in range(0, n_attempts, 5_000):
            a_rows, n_rows = [], []
            for k in range(first, min(first + 5_000, n_attempts)):
                aid = uuid.uuid4()
                t0 = start + timedelta(minutes=7 * k)
                a_rows.append(
                    {
                        **row,
                        "id": aid,
                        "user_id": user_ids[k % len(user_ids)],
                        "status": "submitted",
                        "started_at": t0,
                        "submitted_at": t0 + timedelta(minutes=25),
                        "snapshot": snapshot,
                        "score": 14.0,
                        "percent": 70,
                        "passed": True,
                        "created_at": t0,
                        "updated_at": t0,
                    }
                )
                for j, qid in enumerate(order):
                    n_rows.append(
                        {
                            "id": uuid.uuid4(),
                            "attempt_id": aid,
                            "question_id": qid,
                            "response": json.loads(variants[k % 6][j]),
                            "flagged": False,
                            "score": float((k + j) % 2),
                            "created_at": now,
                            "updated_at": now,
                        }
                    )
            conn.execute(insert(table), a_rows)
            conn.execute(insert(answers), n_rows)
    ctx.close()


def _database(data: Path) -> Path:
    found = [p for p in data.rglob("*.sqlite3") if "backup" not in str(p)]
    assert len(found) == 1, found
    return found[0]


def child_floor(data: Path, out: Path) -> None:
    conn = sqlite3.connect(_database(data))
    with out.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["attempt_id", "username", "question_id", "response", "score"])
        writer.writerows(conn.execute(FLOOR_SQL))
    conn.close()


def child_product(data: Path, out: Path) -> None:
    from mobilaze_training.services.reports import export_results

    ctx = open_app(data)
    summary = export_results(ctx, SYSTEM, "csv-answers", out)
    ctx.close()
    assert summary.answers == ATTEMPTS * 20, summary


def run_child(kind: str, data: Path, out: Path) -> tuple[float, float, int]:
    """(seconds, peak MB, lines written) of one export in a fresh process."""
    proc = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(data), str(out)],
        check=True,
        capture_output=True,
        text=True,
    )
    seconds, peak = json.loads(proc.stdout.strip().splitlines()[-1])
    with out.open("rb") as fh:
        lines = sum(1 for _ in fh) - 1
    return seconds, peak, lines


def child_main(kind: str, data: Path, out: Path) -> None:
    start = time.perf_counter()
    (child_floor if kind == "floor" else child_product)(data, out)
    seconds = time.perf_counter() - start
    # VmHWM is this process's own peak; ru_maxrss keeps the parent's across fork and exec
    status = Path("/proc/self/status")
    hwm = [ln for ln in status.read_text().splitlines() if ln.startswith("VmHWM:")]
    if hwm:
        peak_mb = int(hwm[0].split()[1]) / 1024
    else:
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps([seconds, peak_mb]))


def gift_file(path: Path) -> None:
    rng = random.Random(7)
    parts = []
    for n in range(GIFT_QUESTIONS):
        title = f"::Q{n:05d}::"
        k = n % 6
        if k == 0:
            body = "{=genuine ~forged#Look again ~altered ~counterfeit}"
        elif k == 1:
            body = "{~%50%MRZ ~%50%chip ~%-100%stamp ~%-100%photo}"
        elif k == 2:
            body = "{T}" if rng.random() < 0.5 else "{FALSE#No.#Right.}"
        elif k == 3:
            body = "{=visa =a visa =viza}"
        elif k == 4:
            body = "{#3.5:0.1}"
        else:
            body = "{=passport -> pasport =visa -> viza =stamp -> möhür}"
        parts.append(
            f"// question {n}\n{title}[markdown]Check the data page number {n} under "
            f"UV light and compare the photograph {body}\n"
        )
    path.write_text("\n".join(parts), encoding="utf-8")


def main() -> int:
    from mobilaze_training.interop.questions import import_questions
    from mobilaze_training.services.reports import export_results

    work = Path(tempfile.mkdtemp(prefix="mobilaze-bench-"))
    try:
        t0 = time.perf_counter()
        big = work / "big"
        seed(big, ATTEMPTS)
        print(f"seeded {ATTEMPTS} attempts x 20 answers in {time.perf_counter() - t0:.1f} s")
        floor_s, floor_mb, floor_rows = run_child("floor", big, work / "floor.csv")
        prod_s, prod_mb, prod_rows = run_child("product", big, work / "product.csv")
        assert floor_rows == prod_rows == ATTEMPTS * 20, (floor_rows, prod_rows)
        ratio = prod_s / floor_s
        print(
            f"CSV of {prod_rows:,} answer rows (csv-answers): {prod_s:.2f} s, peak {prod_mb:.0f} MB"
        )
        print(f"floor (sqlite3 cursor + csv.writer):      {floor_s:.2f} s, peak {floor_mb:.0f} MB")
        print(f"ratio product/floor: {ratio:.2f}")
        print(f"target ratio <= {TARGET_RATIO}: {'OK' if ratio <= TARGET_RATIO else 'MISSED'}")
        ok = prod_mb <= TARGET_PEAK_MB
        print(f"target peak <= {TARGET_PEAK_MB:.0f} MB: {'OK' if ok else 'MISSED'}")
        shutil.rmtree(big, ignore_errors=True)

        small = work / "small"
        seed(small, XLSX_ATTEMPTS)
        ctx = open_app(small)
        start = time.perf_counter()
        summary = export_results(ctx, SYSTEM, "xlsx", work / "results.xlsx")
        xlsx_s = time.perf_counter() - start
        ctx.close()
        assert summary.answers == XLSX_ATTEMPTS * 20, summary
        print(f"XLSX of {summary.answers:,} answer rows: {xlsx_s:.2f} s")
        ok = xlsx_s <= TARGET_XLSX_S
        print(f"target xlsx <= {TARGET_XLSX_S:.0f} s: {'OK' if ok else 'MISSED'}")

        gift = work / "bank.gift"
        gift_file(gift)
        start = time.perf_counter()
        result = import_questions(gift, "gift")
        gift_s = time.perf_counter() - start
        count = len(result.bank["questions"])
        assert count == GIFT_QUESTIONS, count
        print(f"GIFT import of {count:,} questions: {gift_s:.2f} s")
        ok = gift_s <= TARGET_GIFT_S
        print(f"target gift <= {TARGET_GIFT_S:.0f} s: {'OK' if ok else 'MISSED'}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--child":
        child_main(sys.argv[2], Path(sys.argv[3]), Path(sys.argv[4]))
        raise SystemExit(0)
    raise SystemExit(main())
