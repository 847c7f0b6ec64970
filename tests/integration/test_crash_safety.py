"""Crash safety: an exam killed with SIGKILL at random moments loses no acknowledged answer.

A child process takes an exam through the services (log in, start, save answers one by one)
and prints ``SAVED <qid> <json>`` after each save_answer returns. The test kills it at a random
moment (seeded), reopens the database and checks that every acknowledged answer is there, that
the attempt resumes with the same questions in the same order, and that the clock kept running
from the original start (the deadline is unchanged).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select, text

from mobilaze_training.services import attempts
from mobilaze_training.services.context import open_app
from mobilaze_training.store import models as m
from tests.helpers.modules import AUTO_QUESTIONS, FINAL_EXAM_MINUTES, MODULE_ID
from tests.helpers.world import PASSWORD, World, copy_database

RUNS = 20
SEED = 20260526
MAX_DELAY = 0.6  # seconds between "exam started" and the kill
ROUNDS = 60  # the plan is far longer than any child lives

CHILD = """\
import json, sys, time
from pathlib import Path

from mobilaze_training.services import attempts, users
from mobilaze_training.services.context import open_app

data_dir, plan_file, username, password, module, assessment = sys.argv[1:7]
plan = json.loads(Path(plan_file).read_text(encoding="utf-8"))
ctx = open_app(data_dir)
me = users.login(ctx, username, password)
view = attempts.start_attempt(ctx, me, module, assessment)
order = json.dumps([q.id for q in view.questions])
print("STARTED", view.id, view.deadline_at.isoformat(), order, flush=True)
for qid, response in plan:
    attempts.save_answer(ctx, me, view.id, qid, response)
    print("SAVED", qid, json.dumps(response), flush=True)
    time.sleep(0.002)
print("DONE", flush=True)
"""


def _response(qid: str, r: int) -> Any:
    """The r-th response to `qid`: valid, and different from the previous round's."""
    rotations = [["i1", "i2", "i3", "i4"], ["i2", "i3", "i4", "i1"], ["i4", "i3", "i2", "i1"]]
    return {
        "q-single": "abc"[r % 3],
        "q-multi": [["a"], ["a", "c"], ["b", "c", "d"]][r % 3],
        "q-tf": r % 2 == 0,
        "q-short": f"Baku {r}",
        "q-num": f"{r},5",
        "q-match": {"p1": ["p1", "p2", "x"][r % 3], "p2": "p2", "p3": None},
        "q-order": rotations[r % 3],
    }[qid]


PLAN: list[tuple[str, Any]] = [(q, _response(q, r)) for r in range(ROUNDS) for q in AUTO_QUESTIONS]


@dataclass(frozen=True)
class Run:
    attempt_id: uuid.UUID
    deadline: datetime
    order: list[str]
    saved: list[tuple[str, Any]]
    spawned_at: datetime
    killed_at: datetime


def _run_child(script: Path, plan_file: Path, data_dir: Path, delay: float) -> Run:
    spawned_at = m.utcnow()
    args = [sys.executable, str(script), str(data_dir), str(plan_file)]
    errors = data_dir.with_suffix(".stderr")
    with errors.open("w", encoding="utf-8") as err:
        proc = subprocess.Popen(
            [*args, "t4", PASSWORD, MODULE_ID, "final-exam"],
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
        )
    assert proc.stdout is not None
    with proc.stdout:
        first = proc.stdout.readline()
        if not first.startswith("STARTED "):
            proc.kill()
            proc.wait()
            raise AssertionError(f"the child did not start: {first!r}\n{errors.read_text()}")
        try:
            proc.wait(timeout=delay)  # the exam runs for `delay` seconds...
        except subprocess.TimeoutExpired:
            os.kill(proc.pid, signal.SIGKILL)  # ...then the power goes
        killed_at = m.utcnow()
        proc.wait()
        rest = proc.stdout.read()  # the same buffered reader: nothing read ahead is lost
    assert proc.returncode == -signal.SIGKILL, f"the child ended by itself:\n{errors.read_text()}"
    _, attempt_id, deadline, order = first.rstrip("\n").split(" ", 3)
    saved = []
    for line in rest.splitlines(keepends=True):
        if not line.endswith("\n"):
            break  # cut off by the kill: that reply never fully arrived
        tag, qid, response = line.rstrip("\n").split(" ", 2)
        assert tag == "SAVED", line
        saved.append((qid, json.loads(response)))
    return Run(
        uuid.UUID(attempt_id),
        datetime.fromisoformat(deadline),
        json.loads(order),
        saved,
        spawned_at,
        killed_at,
    )


def _check_run(world: World, data_dir: Path, run: Run) -> bool:
    """Check one killed run; True when the save in flight at the kill had been committed."""
    n = len(run.saved)
    assert run.saved == PLAN[:n], "the child saved out of plan"
    acknowledged: dict[str, Any] = {}
    for qid, response in PLAN[:n]:
        acknowledged[qid] = response
    in_flight = PLAN[n]
    ctx = open_app(data_dir)
    try:
        with ctx.db.transaction() as s:
            assert s.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
            rows = s.scalars(select(m.Answer).where(m.Answer.attempt_id == run.attempt_id))
            stored = {a.question_id: a.response for a in rows}
        flight_committed = stored.get(in_flight[0], object()) == in_flight[1] and (
            acknowledged.get(in_flight[0], object()) != in_flight[1]
        )
        expected = dict(acknowledged)
        if flight_committed:
            expected[in_flight[0]] = in_flight[1]
        assert stored == expected, f"after {n} acknowledged saves"

        trainee = world.principal("t4")
        view = attempts.start_attempt(ctx, trainee, MODULE_ID, "final-exam")
        assert view.id == run.attempt_id, "the attempt in progress must be resumed"
        assert view.status == attempts.IN_PROGRESS
        assert [q.id for q in view.questions] == run.order
        assert view.deadline_at == run.deadline
        assert run.spawned_at <= view.started_at <= run.killed_at
        now = m.utcnow()
        remaining = view.remaining_seconds(now)
        elapsed = (now - view.started_at).total_seconds()
        assert remaining is not None
        assert abs(remaining - (FINAL_EXAM_MINUTES * 60 - elapsed)) < 1.0
        shown = attempts.get_attempt(ctx, trainee, view.id)
        assert {q.id: q.response for q in shown.questions if q.id in stored} == stored
        assert all(q.answered for q in shown.questions if q.id in stored)
        result = attempts.submit_attempt(ctx, trainee, view.id)
        assert result.status == attempts.SUBMITTED
    finally:
        ctx.close()
    return flight_committed


def test_answers_survive_sigkill_and_the_attempt_resumes(world: World, tmp_path: Path) -> None:
    script = tmp_path / "take_exam.py"
    script.write_text(CHILD, encoding="utf-8")
    plan_file = tmp_path / "plan.json"
    plan_file.write_text(json.dumps(PLAN), encoding="utf-8")
    rng = random.Random(SEED)
    delays = [rng.uniform(0.0, MAX_DELAY) for _ in range(RUNS)]

    def one(n: int) -> tuple[bool, bool]:
        data_dir = tmp_path / f"run-{n:02d}"
        copy_database(world.data_dir, data_dir)
        run = _run_child(script, plan_file, data_dir, delays[n])
        return bool(run.saved), _check_run(world, data_dir, run)

    # two exams at a time, each on its own copy of the prepared database
    with ThreadPoolExecutor(max_workers=2) as pool:
        outcomes = list(pool.map(one, range(RUNS)))
    with_saves = sum(saved for saved, _ in outcomes)
    committed = sum(flight for _, flight in outcomes)
    # most kills must land while answers are being saved, or the test proves little
    assert with_saves >= RUNS * 3 // 4, f"only {with_saves} of {RUNS} runs saved anything"
    print(f"{RUNS} runs, {with_saves} with saves, {committed} killed between commit and reply")
