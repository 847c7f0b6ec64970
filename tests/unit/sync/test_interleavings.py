"""Merging is idempotent and order-independent: results bundles from three posts, imported at
headquarters in any interleaving (with replays), give the same database as the canonical
order, and no submitted attempt's answers differ from the post where it was submitted.

The three posts are built once for the module (building is slow); each example imports into
a fresh copy of a prepared headquarters data folder that already trusts the posts."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, update

from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.services import attempts, cohorts, sync, users
from mobilaze_training.services.context import AppContext, open_app
from mobilaze_training.store import models as m
from mobilaze_training.sync import store
from tests.unit.sync.sites import (
    MODULE_ID,
    PASSWORD,
    Site,
    Sites,
    classroom,
    dump,
    grade,
    take_exam,
    write_module,
)

T0 = m.utcnow() + timedelta(days=1)  # after anything the sites write while set up
SHARED = "shared.trainee"
ANSWER_COLUMNS = ("id", "attempt_id", "question_id", "response", "score", "grader_comment")


@dataclass
class World:
    hq_template: Path  # a closed, prepared headquarters data folder
    bundles: list[Path]  # the canonical order: post by post, oldest first
    canonical: dict[str, list[tuple[Any, ...]]]
    submitted: dict[str, list[tuple[Any, ...]]]  # post name -> answers of submitted attempts
    scratch: Path


def _rename(site: Site, full_name: str, at: Any) -> None:
    with site.ctx.db.transaction() as s:
        s.execute(
            update(m.User)
            .where(m.User.username == SHARED)
            .values(full_name=full_name, updated_at=at)
        )


def _submitted_answers(ctx: AppContext) -> list[tuple[Any, ...]]:
    with ctx.db.transaction() as s:
        rows = s.execute(
            select(*(m.Answer.__table__.c[c] for c in ANSWER_COLUMNS))
            .join(m.Attempt, m.Attempt.id == m.Answer.attempt_id)
            .where(m.Attempt.status != "in_progress")
        ).all()
    return sorted(tuple(repr(v) for v in row) for row in rows)


def _answers_of(ctx: AppContext, ids: list[str]) -> list[tuple[Any, ...]]:
    table = m.Answer.__table__
    with ctx.db.transaction() as s:
        rows = s.execute(select(*(table.c[c] for c in ANSWER_COLUMNS))).all()
    return sorted(t for t in (tuple(repr(v) for v in row) for row in rows) if t[0] in ids)


def _import_all(template: Path, into: Path, bundles: list[Path]) -> AppContext:
    shutil.copytree(template, into)
    ctx = open_app(into)
    for path in bundles:
        sync.import_bundle(ctx, SYSTEM, path)
    return ctx


def _build(root: Path) -> World:
    made = Sites(root / "sites", write_module(root / "modules"))
    try:
        hq = made.new("hq")
        out, submitted = build_posts(root, made, hq)
        hq.ctx.close()
        made.opened.remove(hq)
        ctx = _import_all(hq.data_dir, root / "canonical", out)
        canonical = dump(ctx)
        ctx.close()
        return World(hq.data_dir, out, canonical, submitted, root / "examples")
    finally:
        made.close()


def build_posts(
    root: Path, made: Sites, hq: Site
) -> tuple[list[Path], dict[str, list[tuple[Any, ...]]]]:
    """Three posts that share a trainee with headquarters `hq`; returns their results bundles
    in the canonical order and the answers of the attempts submitted at each post."""
    posts = [made.new(f"post{n}") for n in (1, 2, 3)]
    users.add_user(hq.ctx, SYSTEM, SHARED, "Shared Trainee", "trainee", PASSWORD)
    cohorts.create_cohort(hq.ctx, SYSTEM, "Group 1")
    cohorts.assign(hq.ctx, SYSTEM, "Group 1", MODULE_ID)
    cohorts.enrol(hq.ctx, SYSTEM, "Group 1", [SHARED])
    dist = sync.export_bundle(hq.ctx, SYSTEM, root / "dist.zip", ["Group 1"]).path
    for post in posts:
        post.trust(hq)
        hq.trust(post)
        sync.import_bundle(post.ctx, SYSTEM, dist)
    p1, p2, p3 = posts
    out: list[Path] = []

    def export(site: Site, tag: str) -> None:
        out.append(sync.export_bundle(site.ctx, SYSTEM, root / f"{site.name}-{tag}.zip").path)

    # post1: an exam exported in progress, then submitted with a changed essay and graded;
    # the shared trainee renamed here (same time as at post3: the machine id decides).
    local1 = classroom(p1, "trainee.one")
    draft = take_exam(p1, local1, submit=False, essay="First draft")
    export(p1, "a")
    attempts.save_answer(p1.ctx, local1, draft, "q-essay", "Final text")
    attempts.submit_attempt(p1.ctx, local1, draft)
    grade(p1, draft, 2.0)
    _rename(p1, "Name From Post One", T0 + timedelta(hours=2))
    export(p1, "b")
    shared1 = users.login(p1.ctx, SHARED, PASSWORD)
    grade(p1, take_exam(p1, shared1, essay="Shared at post one"), 1.0)
    export(p1, "c")

    # post2: a graded exam, then an older rename of the shared trainee.
    grade(p2, take_exam(p2, classroom(p2, "trainee.two")), 0.5)
    export(p2, "a")
    _rename(p2, "Name From Post Two", T0 + timedelta(hours=1))
    take_exam(p2, users.login(p2.ctx, SHARED, PASSWORD), submit=False, essay="Left open")
    export(p2, "b")

    # post3: the shared trainee's exam, graded only after the first export.
    shared3 = users.login(p3.ctx, SHARED, PASSWORD)
    exam3 = take_exam(p3, shared3, essay="Shared at post three")
    export(p3, "a")
    _rename(p3, "Name From Post Three", T0 + timedelta(hours=2))
    grade(p3, exam3, 2.0)
    take_exam(p3, classroom(p3, "trainee.three"), essay="Local at post three")
    export(p3, "b")

    submitted = {post.name: _submitted_answers(post.ctx) for post in posts}
    return out, submitted


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    root = tmp_path_factory.mktemp("interleavings")
    yield _build(root)
    shutil.rmtree(root, ignore_errors=True)


@st.composite
def interleavings(draw: st.DrawFn, bundles: list[Path]) -> list[Path]:
    """A permutation of all bundles with a few of them imported again somewhere."""
    order = list(draw(st.permutations(bundles)))
    for again in draw(st.lists(st.sampled_from(bundles), max_size=4)):
        order.insert(draw(st.integers(0, len(order))), again)
    return order


@pytest.mark.usefixtures("store_kind")
def test_canonical_order_keeps_every_submitted_answer(world: World) -> None:
    """(The canonical database is made with the bulk SQLite store; SQLAlchemy Core, the
    PostgreSQL path, gives the same.)"""
    ids = [row[0] for rows in world.submitted.values() for row in rows]
    assert len(world.bundles) == 7 and len(ids) >= 12
    with tempfile.TemporaryDirectory(dir=world.hq_template.parent) as tmp:
        ctx = _import_all(world.hq_template, Path(tmp) / "hq", world.bundles)
        try:
            with ctx.db.transaction() as s:
                name = s.scalar(select(m.User.full_name).where(m.User.username == SHARED))
                conflicts = s.scalars(
                    select(m.AuditEntry).where(m.AuditEntry.action == "sync.conflict")
                ).all()
            assert name in {"Name From Post One", "Name From Post Three"}
            assert conflicts  # the renames collided
            assert dump(ctx) == world.canonical  # importing is deterministic
        finally:
            ctx.close()


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_any_interleaving_with_replays_gives_the_canonical_database(
    world: World, data: st.DataObject
) -> None:
    order = data.draw(interleavings(world.bundles), label="order")
    bulk = data.draw(st.booleans(), label="bulk SQLite store (else SQLAlchemy Core)")
    world.scratch.mkdir(exist_ok=True)
    saved, store.BULK_SQLITE = store.BULK_SQLITE, bulk
    try:
        with tempfile.TemporaryDirectory(dir=world.scratch) as tmp:
            ctx = _import_all(world.hq_template, Path(tmp) / "hq", order)
            try:
                assert dump(ctx) == world.canonical
                for post, rows in world.submitted.items():
                    ids = [row[0] for row in rows]
                    assert _answers_of(ctx, ids) == rows, f"answers from {post} differ"
            finally:
                ctx.close()
    finally:
        store.BULK_SQLITE = saved
