"""Results bundles from posts to headquarters: round trip, idempotence, order, frozen attempts."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, update

from mobilaze_training.auth.audit import verify_chain
from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.services import sync
from mobilaze_training.store import models as m
from tests.unit.sync.sites import Sites, classroom, dump, grade, take_exam

# each test runs with the bulk SQLite store and with SQLAlchemy Core (the PostgreSQL path)
pytestmark = pytest.mark.usefixtures("store_kind")


def test_round_trip_post_to_headquarters(sites: Sites, tmp_path: Path) -> None:
    post, hq = sites.new("post"), sites.new("hq")
    hq.trust(post)
    who = classroom(post, "aliyev.hasan")
    attempt_id = take_exam(post, who)
    grade(post, attempt_id, 1.5)

    exported = sync.export_bundle(post.ctx, SYSTEM, tmp_path / "post-1.zip")
    assert exported.kind == "results"
    assert exported.counts["attempts"] == 1 and exported.counts["answers"] == 3
    report = sync.import_bundle(hq.ctx, SYSTEM, exported.path)

    assert report.origin == post.machine_id and not report.again and report.conflicts == 0
    with hq.ctx.db.transaction() as s:
        attempt = s.get(m.Attempt, attempt_id)
        assert attempt is not None and attempt.status == "submitted"
        assert attempt.origin_machine == post.machine_id
        assert attempt.module_version_id is not None  # mapped to headquarters' own version
        answers = {
            a.question_id: a
            for a in s.scalars(select(m.Answer).where(m.Answer.attempt_id == attempt_id))
        }
        assert answers["q-essay"].score == 1.5 and answers["q-essay"].grader_comment == "fair"
        trainee = s.scalar(select(m.User).where(m.User.username == "aliyev.hasan"))
        assert trainee is not None and trainee.password_hash is None  # passwords stay at the post
        imported = s.scalars(
            select(m.ImportedAuditEntry).where(m.ImportedAuditEntry.origin == post.machine_id)
        ).all()
        assert {e.action for e in imported} >= {"user.add", "attempt.submit", "attempt.grade"}
        assert verify_chain(s).ok  # headquarters' own chain is intact
    chains = sync.verify_imported_audit(hq.ctx, SYSTEM)
    assert [(c.origin, c.ok, c.missing) for c in chains] == [(post.machine_id, True, 0)]


def test_second_export_holds_only_what_is_new(sites: Sites, tmp_path: Path) -> None:
    post, hq = sites.new("post"), sites.new("hq")
    hq.trust(post)
    first_id = take_exam(post, classroom(post, "trainee.one"))
    sync.import_bundle(
        hq.ctx, SYSTEM, sync.export_bundle(post.ctx, SYSTEM, tmp_path / "1.zip").path
    )
    with post.ctx.db.transaction() as s:  # the first export was long ago
        s.execute(
            update(m.KeyValue)
            .where(m.KeyValue.key == sync.MARK_SINCE)
            .values(value="2000-01-01T00:00:00+00:00")
        )
        s.execute(update(m.Attempt).values(updated_at=m.utcnow().replace(year=1999)))
        s.execute(update(m.Answer).values(updated_at=m.utcnow().replace(year=1999)))
        s.execute(update(m.User).values(updated_at=m.utcnow().replace(year=1999)))
    second_id = take_exam(post, classroom(post, "trainee.two"))

    exported = sync.export_bundle(post.ctx, SYSTEM, tmp_path / "2.zip")
    assert exported.counts["attempts"] == 1
    report = sync.import_bundle(hq.ctx, SYSTEM, exported.path)
    assert report.audit_entries > 0
    with hq.ctx.db.transaction() as s:
        assert {a for a in s.scalars(select(m.Attempt.id))} == {first_id, second_id}
    assert all(c.ok and c.missing == 0 for c in sync.verify_imported_audit(hq.ctx, SYSTEM))


def test_same_bundle_twice_gives_the_same_database(sites: Sites, tmp_path: Path) -> None:
    post, hq = sites.new("post"), sites.new("hq")
    hq.trust(post)
    grade(post, take_exam(post, classroom(post, "aliyev.hasan")))
    bundle = sync.export_bundle(post.ctx, SYSTEM, tmp_path / "b.zip").path

    sync.import_bundle(hq.ctx, SYSTEM, bundle)
    before = dump(hq.ctx)
    again = sync.import_bundle(hq.ctx, SYSTEM, bundle)

    assert again.again and again.conflicts == 0
    assert all(t["inserted"] == t["updated"] == 0 for t in again.tables.values())
    assert dump(hq.ctx) == before


def test_bundles_in_any_order_give_the_same_database(sites: Sites, tmp_path: Path) -> None:
    p1, p2, hq_a = sites.new("post1"), sites.new("post2"), sites.new("hq")
    hq_a.trust(p1)
    hq_a.trust(p2)
    hq_b = sites.copy(hq_a, "hq-copy")
    # p1: an exam in progress, then submitted and graded: two bundles from the same post
    who = classroom(p1, "trainee.one")
    attempt_id = take_exam(p1, who, submit=False, essay="First draft")
    early = sync.export_bundle(p1.ctx, SYSTEM, tmp_path / "p1-early.zip").path
    from mobilaze_training.services import attempts

    attempts.save_answer(p1.ctx, who, attempt_id, "q-essay", "Final text")
    attempts.submit_attempt(p1.ctx, who, attempt_id)
    grade(p1, attempt_id, 2.0)
    late = sync.export_bundle(p1.ctx, SYSTEM, tmp_path / "p1-late.zip").path
    grade(p2, take_exam(p2, classroom(p2, "trainee.two")), 0.5)
    other = sync.export_bundle(p2.ctx, SYSTEM, tmp_path / "p2.zip").path

    for path in (early, late, other):
        sync.import_bundle(hq_a.ctx, SYSTEM, path)
    for path in (other, late, early):
        sync.import_bundle(hq_b.ctx, SYSTEM, path)

    assert dump(hq_a.ctx) == dump(hq_b.ctx)
    with hq_b.ctx.db.transaction() as s:
        attempt = s.get(m.Attempt, attempt_id)
        assert attempt is not None and attempt.status == "submitted" and attempt.passed
        essay = s.scalar(
            select(m.Answer).where(
                m.Answer.attempt_id == attempt_id, m.Answer.question_id == "q-essay"
            )
        )
        assert essay is not None and essay.response == "Final text" and essay.score == 2.0
        assert not s.scalars(
            select(m.AuditEntry).where(m.AuditEntry.action == "sync.conflict")
        ).all()


def test_a_submitted_attempt_is_never_changed_by_a_merge(sites: Sites, tmp_path: Path) -> None:
    post, hq = sites.new("post"), sites.new("hq")
    hq.trust(post)
    take_exam(post, classroom(post, "aliyev.hasan"), essay="What I submitted")
    sync.import_bundle(
        hq.ctx, SYSTEM, sync.export_bundle(post.ctx, SYSTEM, tmp_path / "1.zip").path
    )
    with hq.ctx.db.transaction() as s:
        s.execute(update(m.Attempt).values(updated_at=m.utcnow().replace(year=2001)))
    before = dump(hq.ctx)
    # The post's database is turned back (a restored backup, or tampering): the attempt is in
    # progress again with a changed essay, newer than the submitted version.
    with post.ctx.db.transaction() as s:
        s.execute(update(m.Attempt).values(status="in_progress", updated_at=m.utcnow()))
        s.execute(
            update(m.Answer)
            .where(m.Answer.question_id == "q-essay")
            .values(response="Rewritten later", score=None, updated_at=m.utcnow())
        )
    report = sync.import_bundle(
        hq.ctx, SYSTEM, sync.export_bundle(post.ctx, SYSTEM, tmp_path / "2.zip", full=True).path
    )

    assert report.tables["attempts"]["kept_local"] == 1
    assert report.tables["answers"]["kept_local"] == 1
    after = dump(hq.ctx)
    for table in ("attempts", "answers"):
        assert after[table] == before[table]
    with hq.ctx.db.transaction() as s:
        lost = [
            e.details
            for e in s.scalars(select(m.AuditEntry).where(m.AuditEntry.action == "sync.conflict"))
        ]
    by_table = {d["table"]: d for d in lost}
    assert by_table["answers"]["reason"] == "the answers of a submitted attempt are frozen"
    assert by_table["answers"]["lost"]["row"]["response"] == "Rewritten later"
    assert by_table["attempts"]["lost"]["row"]["status"] == "in_progress"


def test_a_submitted_version_wins_over_a_local_one_in_progress(
    sites: Sites, tmp_path: Path
) -> None:
    post, hq = sites.new("post"), sites.new("hq")
    hq.trust(post)
    who = classroom(post, "aliyev.hasan")
    attempt_id = take_exam(post, who, submit=False)
    sync.import_bundle(
        hq.ctx, SYSTEM, sync.export_bundle(post.ctx, SYSTEM, tmp_path / "1.zip").path
    )
    from mobilaze_training.services import attempts

    attempts.submit_attempt(post.ctx, who, attempt_id)
    with post.ctx.db.transaction() as s:  # the post's clock is behind headquarters'
        s.execute(update(m.Attempt).values(updated_at=m.utcnow().replace(year=2001)))
    sync.import_bundle(
        hq.ctx, SYSTEM, sync.export_bundle(post.ctx, SYSTEM, tmp_path / "2.zip", full=True).path
    )

    with hq.ctx.db.transaction() as s:
        attempt = s.get(m.Attempt, attempt_id)
        assert attempt is not None and attempt.status == "pending_review"
