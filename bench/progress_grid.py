"""Benchmark: the instructor's progress grid for 2,000 trainees by 20 modules.

Measures, median of 5:

- rows:    ``services.cohorts.cohort_progress`` on a SQLite database seeded (with bulk inserts)
           with 2,000 enrolled trainees, 20 assigned modules, lessons opened and ~24,000
           attempts; for information, target <= 1,000 ms;
- open:    opening the grid as the cohort screen does: ``ProgressTableModel.set_rows`` on
           synthetic rows of the same shape, the sorting/filtering proxy, and a QTableView
           configured like the screen's, shown offscreen and painted (processEvents);
           target <= 300 ms;
- floor:   the least Qt needs to show a table of that shape: a QStandardItemModel of
           2,000 x 23 text cells, filled beforehand (not timed), shown in a plain QTableView
           and painted the same way. ratio = open / floor.

Run: ``QT_QPA_PLATFORM=offscreen python bench/progress_grid.py``.
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView
from sqlalchemy import insert

from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.gui.instructor import progress_grid
from mobilaze_training.gui.models.progress import (
    ProgressFilterProxy,
    ProgressTableModel,
)
from mobilaze_training.services import cohorts
from mobilaze_training.services.cohorts import ModuleProgress, ProgressRow
from mobilaze_training.services.context import AppContext, open_app
from mobilaze_training.store import models as m

TRAINEES = 2_000
MODULES = 20
LESSONS = 6
REPEAT = 5
TARGET_OPEN_MS = 300.0
TARGET_ROWS_MS = 1_000.0
COHORT = "Bench cohort"
SIZE = (1100, 700)
FIRST = ["Həsən", "Aynur", "Rəşad", "Иван", "Leyla", "Orxan", "Nigar", "Елена", "Tural", "Günel"]
LAST = ["Əliyev", "Məmmədova", "Quliyev", "Иванов", "Həsənova", "Zeynalov", "Kazımov", "Петрова"]


def median_ms(fn: Callable[[], object], repeat: int = REPEAT) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def name(n: int) -> str:
    return f"{LAST[n % len(LAST)]} {FIRST[(n // 7) % len(FIRST)]} {n:04d}"


# ---- synthetic rows ----------------------------------------------------------------------


def synthetic_rows(now: datetime) -> tuple[list[ProgressRow], list[tuple[str, str]]]:
    rng = random.Random(2000)
    modules = [(f"module-{i:02d}", f"Module {i}: border checks, part {i}") for i in range(MODULES)]
    rows = []
    for n in range(TRAINEES):
        items = []
        for module_id, _title in modules:
            roll = rng.random()
            items.append(
                ModuleProgress(
                    module_id=module_id,
                    due_at=now + timedelta(days=rng.randint(-10, 30)),
                    lessons_total=LESSONS,
                    lessons_opened=rng.randint(0, LESSONS) if roll > 0.2 else 0,
                    attempts=rng.randint(0, 3) if roll > 0.4 else 0,
                    best_percent=Decimal(rng.randint(30, 100)) if roll > 0.4 else None,
                    passed=roll > 0.7,
                    pending_review=0.6 < roll <= 0.7,
                    in_progress=False,
                )
            )
        rows.append(ProgressRow(uuid.uuid4(), f"t{n:04d}", name(n), items))
    return rows, modules


# ---- a seeded database -------------------------------------------------------------------


def _manifest(i: int) -> dict[str, Any]:
    return {
        "format": "mobilaze-module/1",
        "id": f"module-{i:02d}",
        "version": "1.0.0",
        "languages": ["en"],
        "title": {"en": f"Module {i}"},
        "lessons": [{"id": f"l{k}", "title": {"en": f"L{k}"}, "file": f"l{k}"} for k in range(6)],
        "assessments": [
            {"id": "practice", "kind": "practice", "pass_mark_percent": 50, "sections": []},
            {"id": "exam", "kind": "exam", "pass_mark_percent": 70, "sections": []},
        ],
        "certificate": {"requires": ["exam"]},
    }


def seed(ctx: AppContext) -> None:
    """2,000 trainees in one cohort, 20 modules assigned, lessons and attempts (bulk inserts)."""
    rng = random.Random(20)
    now = datetime.now(UTC)
    module_ids = [f"module-{i:02d}" for i in range(MODULES)]
    user_ids = [uuid.uuid4() for _ in range(TRAINEES)]
    cohort_id = uuid.uuid4()
    with ctx.db.transaction() as s:
        s.execute(
            insert(m.ModuleVersion),
            [
                {
                    "module_id": mid,
                    "version": "1.0.0",
                    "content_sha256": "0" * 64,
                    "manifest": _manifest(i),
                    "is_current": True,
                }
                for i, mid in enumerate(module_ids)
            ],
        )
        s.execute(
            insert(m.User),
            [
                {"id": uid, "username": f"t{n:04d}", "full_name": name(n), "role": "trainee"}
                for n, uid in enumerate(user_ids)
            ],
        )
        s.execute(insert(m.Cohort), [{"id": cohort_id, "name": COHORT}])
        s.execute(insert(m.Enrolment), [{"cohort_id": cohort_id, "user_id": u} for u in user_ids])
        s.execute(
            insert(m.Assignment),
            [
                {"cohort_id": cohort_id, "module_id": mid, "due_at": now + timedelta(days=i - 5)}
                for i, mid in enumerate(module_ids)
            ],
        )
        lessons = []
        attempts = []
        for uid in user_ids:
            for mid in module_ids:
                roll = rng.random()
                if roll < 0.3:
                    continue
                for k in range(rng.randint(1, 6)):
                    lessons.append({"user_id": uid, "module_id": mid, "lesson_id": f"l{k}"})
                if roll < 0.6:
                    continue
                for kind, assessment in (("practice", "practice"), ("exam", "exam")):
                    percent = Decimal(rng.randint(20, 100))
                    status = "pending_review" if rng.random() < 0.1 else "submitted"
                    attempts.append(
                        {
                            "user_id": uid,
                            "module_id": mid,
                            "module_version": "1.0.0",
                            "assessment_id": assessment,
                            "kind": kind,
                            "status": status,
                            "language": "en",
                            "snapshot": {},
                            "max_score": 10.0,
                            "score": float(percent) / 10,
                            "percent": percent,
                            "passed": None if status == "pending_review" else percent >= 70,
                            "submitted_at": now,
                        }
                    )
        s.execute(insert(m.LessonProgress), lessons)
        s.execute(insert(m.Attempt), attempts)


# ---- opening the grid --------------------------------------------------------------------


def open_grid(rows: list[ProgressRow], modules: list[tuple[str, str]], now: datetime) -> None:
    model = ProgressTableModel()
    proxy = ProgressFilterProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    view.resize(*SIZE)
    progress_grid.configure_view(view, proxy)
    model.set_rows(rows, modules, now)
    progress_grid.size_columns(view, [title for _mid, title in modules])
    view.show()
    QApplication.processEvents()
    view.viewport().repaint()
    view.close()
    view.deleteLater()


def floor_model() -> QStandardItemModel:
    model = QStandardItemModel(TRAINEES, ProgressTableModel.FIRST_MODULE + MODULES)
    for r in range(TRAINEES):
        for c in range(ProgressTableModel.FIRST_MODULE + MODULES):
            model.setItem(r, c, QStandardItem(f"{r}:{c}"))
    return model


def open_floor(model: QStandardItemModel) -> None:
    view = QTableView()
    view.resize(*SIZE)
    view.setModel(model)
    view.show()
    QApplication.processEvents()
    view.viewport().repaint()
    view.close()
    view.deleteLater()


def main() -> int:
    app = QApplication.instance() or QApplication([])
    assert app is not None
    work = Path(tempfile.mkdtemp(prefix="mobilaze-bench-"))
    try:
        ctx = open_app(work / "data")
        start = time.perf_counter()
        seed(ctx)
        seeded_s = time.perf_counter() - start
        rows_ms = median_ms(lambda: cohorts.cohort_progress(ctx, SYSTEM, COHORT))
        real = cohorts.cohort_progress(ctx, SYSTEM, COHORT)
        assert len(real) == TRAINEES and len(real[0].modules) == MODULES
        with ctx.db.transaction() as s:
            attempts = s.query(m.Attempt).count()
        ctx.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    now = datetime.now(UTC)
    rows, modules = synthetic_rows(now)
    open_grid(rows, modules, now)  # warm-up: imports, fonts, style
    open_ms = median_ms(lambda: open_grid(rows, modules, now))
    real_modules = [(mid, mid) for mid in sorted({p.module_id for p in real[0].modules})]
    real_open_ms = median_ms(lambda: open_grid(real, real_modules, now))
    standard = floor_model()
    open_floor(standard)  # warm-up
    floor_ms = median_ms(lambda: open_floor(standard))
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    QApplication.processEvents()
    standard.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)

    ratio = open_ms / floor_ms
    print(f"grid: {TRAINEES} trainees x {MODULES} modules ({TRAINEES * MODULES} cells)")
    print(f"seeded SQLite with {attempts} attempts in {seeded_s:.1f} s (not timed below)")
    ok_rows = "OK" if rows_ms <= TARGET_ROWS_MS else "MISSED"
    print(
        f"rows (cohort_progress, real SQLite):  {rows_ms:8.1f} ms  target <= "
        f"{TARGET_ROWS_MS:.0f} ms: {ok_rows}"
    )
    print(f"open grid (set_rows + view, synthetic): {open_ms:6.1f} ms")
    print(f"open grid (set_rows + view, real rows): {real_open_ms:6.1f} ms")
    print(f"floor (prefilled QStandardItemModel in a plain QTableView): {floor_ms:.1f} ms")
    print(f"ratio open/floor: {ratio:.2f}")
    print(f"target <= {TARGET_OPEN_MS:.0f} ms: {'OK' if open_ms <= TARGET_OPEN_MS else 'MISSED'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
