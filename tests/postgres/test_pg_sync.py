"""Central mode: results bundles merge into PostgreSQL (through SQLAlchemy Core) as into
SQLite: in any order, with replays, to the same database, keeping every submitted answer;
a bundle with a row that does not fit is refused and nothing is written.

Headquarters is prepared once in a template database (the posts are SQLite data folders,
as in tests/unit/sync/test_interleavings.py); each case imports into a copy of it."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.services import sync
from mobilaze_training.services.context import AppContext, open_app
from mobilaze_training.sync.bundle import BundleRefused
from tests.unit.sync.sites import Site, Sites, counts, dump, write_module
from tests.unit.sync.test_bulk_merge import _resigned, _set
from tests.unit.sync.test_interleavings import _answers_of, build_posts

pytestmark = pytest.mark.postgres


@dataclass
class PgWorld:
    server: Any
    template: str  # the database of the prepared headquarters
    bundles: list[Path]  # the canonical order
    submitted: dict[str, list[tuple[Any, ...]]]
    root: Path


def _url(server: Any, name: str) -> str:
    return str(server.get_uri(name)).replace("postgresql://", "postgresql+psycopg://", 1)


def _sql(server: Any, statement: str) -> None:
    import psycopg

    with psycopg.connect(server.get_uri("postgres"), autocommit=True) as conn:
        conn.execute(statement)


@pytest.fixture(scope="module")
def pg_world(pg_server: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[PgWorld]:
    root = tmp_path_factory.mktemp("pg-sync")
    template = f"hq_{uuid.uuid4().hex[:10]}"
    _sql(pg_server, f'CREATE DATABASE "{template}"')
    made = Sites(root / "sites", write_module(root / "modules"))
    try:
        hq = made.new("hq", url=_url(pg_server, template))
        bundles, submitted = build_posts(root, made, hq)
    finally:
        made.close()  # no session may stay on a template database
    yield PgWorld(pg_server, template, bundles, submitted, root)
    _sql(pg_server, f'DROP DATABASE IF EXISTS "{template}" WITH (FORCE)')


class _Copy:
    """A copy of the prepared headquarters, opened; dropped on exit."""

    def __init__(self, world: PgWorld, tag: str) -> None:
        self.world = world
        self.name = f"hq_{tag}_{uuid.uuid4().hex[:8]}"
        _sql(world.server, f'CREATE DATABASE "{self.name}" TEMPLATE "{world.template}"')
        self.ctx = open_app(world.root / self.name, _url(world.server, self.name))

    def __enter__(self) -> AppContext:
        return self.ctx

    def __exit__(self, *exc: object) -> None:
        self.ctx.close()
        _sql(self.world.server, f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


def _imported(world: PgWorld, order: list[Path], tag: str) -> dict[str, list[tuple[Any, ...]]]:
    with _Copy(world, tag) as ctx:
        for path in order:
            sync.import_bundle(ctx, SYSTEM, path)
        for post, rows in world.submitted.items():
            ids = [row[0] for row in rows]
            assert _answers_of(ctx, ids) == rows, f"answers from {post} differ"
        return dump(ctx)


def _shuffled(bundles: list[Path], seed: int) -> list[Path]:
    """A permutation of the bundles with some imported again in between."""
    rnd = random.Random(seed)
    order = list(bundles)
    rnd.shuffle(order)
    for again in rnd.sample(bundles, 3):
        order.insert(rnd.randrange(len(order) + 1), again)
    return order


def test_any_order_with_replays_gives_the_same_database(pg_world: PgWorld) -> None:
    canonical = _imported(pg_world, pg_world.bundles, "canonical")
    assert canonical["answers"] and canonical["sync_origins"]
    replayed = [p for p in pg_world.bundles for _ in range(2)]
    assert _imported(pg_world, replayed, "twice") == canonical
    for seed in (1, 2):
        assert _imported(pg_world, _shuffled(pg_world.bundles, seed), f"s{seed}") == canonical
    assert _imported(pg_world, pg_world.bundles[::-1], "reversed") == canonical


def test_a_row_that_does_not_fit_is_refused_and_nothing_written(
    pg_world: PgWorld, tmp_path: Path
) -> None:
    first = pg_world.bundles[0]
    post = Site(
        "post1", pg_world.root / "sites" / "post1", open_app(pg_world.root / "sites" / "post1")
    )
    try:
        bad = _resigned(post, first, tmp_path / "bad.zip", _set("answers", 2, "score", "x"))
    finally:
        post.ctx.close()
    with _Copy(pg_world, "bad") as ctx:
        before = counts(ctx)
        with pytest.raises(BundleRefused, match="answers line 2: score: expected a number"):
            sync.import_bundle(ctx, SYSTEM, bad)
        assert counts(ctx) == before
        sync.import_bundle(ctx, SYSTEM, first)
        assert counts(ctx)["answers"] > before["answers"]
