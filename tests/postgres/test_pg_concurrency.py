"""Central mode: several workstations (separate engines) writing at the same time lose nothing.

Two trainees save answers while two instructors grade the essays of the same attempts; at the
end every saved answer and every grade is there, each attempt's total and status agree with
its answers, and the audit chain (appended under pg_advisory_xact_lock) is intact.
"""

from __future__ import annotations

import subprocess
import sys
import threading
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from mobilaze_training.auth import audit
from mobilaze_training.auth.audit import verify_chain
from mobilaze_training.auth.permissions import SYSTEM, Principal
from mobilaze_training.services import attempts, cohorts, courses, grading, users
from mobilaze_training.services.context import AppContext, open_app
from mobilaze_training.store import models as m

pytestmark = pytest.mark.postgres

MODULE_ID = "concurrency-test"
TF = [f"q{i:02d}" for i in range(1, 25)]
ESSAYS = ["e1", "e2", "e3", "e4"]
PASSWORD = "trainee-pass-1"
GRADED_ATTEMPTS = 6
CLI = [sys.executable, "-m", "mobilaze_training.cli"]


def _module(root: Path) -> Path:
    folder = root / MODULE_ID
    (folder / "questions").mkdir(parents=True)
    questions = [
        f"  - {{id: {q}, type: true_false, prompt: 'Statement {q}', answer: true}}" for q in TF
    ]
    questions += [f"  - {{id: {e}, type: essay, points: 2, prompt: 'Essay {e}'}}" for e in ESSAYS]
    (folder / "questions" / "core.yaml").write_text(
        "bank: core\nquestions:\n" + "\n".join(questions) + "\n"
    )
    (folder / "module.yaml").write_text(
        "format: mobilaze-module/1\n"
        f"id: {MODULE_ID}\nversion: 1.0.0\nlanguages: [en]\ntitle: Concurrency\n"
        "assessments:\n  - id: exam\n    title: Exam\n    kind: exam\n    pass_mark_percent: 50\n"
        f"    sections:\n      - questions: [{', '.join(TF + ESSAYS)}]\n"
    )
    return folder


@pytest.fixture
def workstations(pg_url: str, tmp_path: Path) -> Iterator[list[AppContext]]:
    opened = [open_app(tmp_path / f"ws{i}", pg_url) for i in range(4)]
    yield opened
    for ctx in opened:
        ctx.close()


def _trainee(ctx: AppContext, name: str) -> Principal:
    users.add_user(ctx, SYSTEM, name, f"Trainee {name}", "trainee", PASSWORD, "en")
    cohorts.enrol(ctx, SYSTEM, "Group", [name])
    return users.login(ctx, name, PASSWORD)


def _run_together(jobs: list[Callable[[], None]]) -> None:
    barrier = threading.Barrier(len(jobs))
    errors: list[BaseException] = []

    def wrap(job: Callable[[], None]) -> None:
        try:
            barrier.wait(timeout=30)
            job()
        except BaseException as exc:  # reported by the main thread
            errors.append(exc)

    threads = [threading.Thread(target=wrap, args=(job,), daemon=True) for job in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert not any(t.is_alive() for t in threads), "a workstation hung (deadlock?)"
    assert errors == []


def test_answers_and_grades_from_four_workstations_are_all_kept(
    workstations: list[AppContext], tmp_path: Path
) -> None:
    setup = workstations[0]
    courses.install(setup, SYSTEM, _module(tmp_path / "modules"))
    cohorts.create_cohort(setup, SYSTEM, "Group")
    cohorts.assign(setup, SYSTEM, "Group", MODULE_ID)
    to_grade: list[uuid.UUID] = []
    for n in range(GRADED_ATTEMPTS):
        who = _trainee(setup, f"graded.{n}")
        view = attempts.start_attempt(setup, who, MODULE_ID, "exam", "en")
        for essay in ESSAYS:
            attempts.save_answer(setup, who, view.id, essay, f"Essay {essay} by {n}")
        attempts.submit_attempt(setup, who, view.id)
        to_grade.append(view.id)
    takers = [_trainee(setup, f"taker.{n}") for n in range(2)]
    open_ids = [attempts.start_attempt(setup, w, MODULE_ID, "exam", "en").id for w in takers]

    def answer(ctx: AppContext, who: Principal, attempt_id: uuid.UUID) -> Callable[[], None]:
        def run() -> None:
            for i, qid in enumerate(TF):
                attempts.save_answer(ctx, who, attempt_id, qid, i % 3 != 0)
            for essay in ESSAYS:
                attempts.save_answer(ctx, who, attempt_id, essay, f"{who.username} {essay}")

        return run

    def grade(ctx: AppContext, essays: list[str], score: float) -> Callable[[], None]:
        def run() -> None:
            for attempt_id in to_grade:
                for essay in essays:
                    grading.grade_essay(ctx, SYSTEM, attempt_id, essay, score, "ok")

        return run

    _run_together(
        [
            answer(workstations[0], takers[0], open_ids[0]),
            answer(workstations[1], takers[1], open_ids[1]),
            grade(workstations[2], ESSAYS[:2], 2.0),
            grade(workstations[3], ESSAYS[2:], 1.0),
        ]
    )

    with setup.db.transaction() as s:
        for attempt_id, who in zip(open_ids, takers, strict=True):
            saved = {
                a.question_id: a.response
                for a in s.scalars(select(m.Answer).where(m.Answer.attempt_id == attempt_id))
            }
            expected = {qid: i % 3 != 0 for i, qid in enumerate(TF)}
            expected |= {e: f"{who.username} {e}" for e in ESSAYS}
            assert saved == expected
        for attempt_id in to_grade:
            attempt = s.get(m.Attempt, attempt_id)
            assert attempt is not None
            scores = {
                a.question_id: a.score
                for a in s.scalars(select(m.Answer).where(m.Answer.attempt_id == attempt_id))
                if a.question_id in ESSAYS
            }
            assert scores == {"e1": 2.0, "e2": 2.0, "e3": 1.0, "e4": 1.0}
            assert attempt.status == "submitted" and attempt.score == 6.0  # no lost update
        report = verify_chain(s)
        assert report.ok, report
        grades = s.scalars(select(m.AuditEntry).where(m.AuditEntry.action == "attempt.grade")).all()
        assert len(grades) == GRADED_ATTEMPTS * len(ESSAYS)


def test_concurrent_audit_appends_keep_one_chain(workstations: list[AppContext]) -> None:
    per_thread = 40

    def append(ctx: AppContext, name: str) -> Callable[[], None]:
        def run() -> None:
            for i in range(per_thread):
                with ctx.db.transaction() as s:
                    audit.append(s, SYSTEM, "test.append", name, {"i": i})

        return run

    _run_together([append(ctx, f"ws{i}") for i, ctx in enumerate(workstations)])

    with workstations[0].db.transaction() as s:
        report = verify_chain(s)
        assert report.ok and report.entries == per_thread * len(workstations), report


def test_workstations_starting_together_migrate_once(pg_url: str, tmp_path: Path) -> None:
    """The first start of a new central database, on four workstations at once."""
    starts = [
        subprocess.Popen(
            [
                *CLI,
                "--data-dir",
                str(tmp_path / f"ws{n}"),
                "--database-url",
                pg_url,
                "course",
                "list",
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for n in range(4)
    ]
    results = [(p.wait(timeout=120), p.communicate()) for p in starts]
    assert [(code, err) for code, (_out, err) in results] == [(0, "")] * 4
    ctx = open_app(tmp_path / "check", pg_url)
    try:
        assert ctx.db.current_revision() == ctx.db.head_revision()
    finally:
        ctx.close()


def test_failed_logins_at_the_same_time_are_all_counted(workstations: list[AppContext]) -> None:
    """Five wrong passwords typed on four workstations at once still lock the account."""
    users.add_user(workstations[0], SYSTEM, "target", "Target Trainee", "trainee", PASSWORD)

    def wrong(ctx: AppContext, times: int) -> Callable[[], None]:
        def run() -> None:
            for _ in range(times):
                with pytest.raises(users.LoginFailed):
                    users.login(ctx, "target", "not-the-password")

        return run

    _run_together([wrong(ctx, 2 if n == 0 else 1) for n, ctx in enumerate(workstations)])
    with pytest.raises(users.LoginFailed, match="locked"):
        users.login(workstations[0], "target", PASSWORD)
