"""The same record changed on two machines: updated_at decides, then the machine id; the
losing version is kept in the audit log; user names never collide."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.services import cohorts, sync, users
from mobilaze_training.store import models as m
from tests.unit.sync.sites import PASSWORD, Site, Sites, dump

# each test runs with the bulk SQLite store and with SQLAlchemy Core (the PostgreSQL path)
pytestmark = pytest.mark.usefixtures("store_kind")

T0 = m.utcnow() + timedelta(days=1)  # after anything the sites wrote while set up


def _rename(site: Site, username: str, full_name: str, at: datetime) -> None:
    with site.ctx.db.transaction() as s:
        s.execute(
            update(m.User)
            .where(m.User.username == username)
            .values(full_name=full_name, updated_at=at)
        )


def _two_posts_with_one_trainee(sites: Sites, tmp_path: Path) -> tuple[Site, Site, Site]:
    hq, p1, p2 = sites.new("hq"), sites.new("post1"), sites.new("post2")
    users.add_user(hq.ctx, SYSTEM, "shared.trainee", "Shared Trainee", "trainee", PASSWORD)
    cohorts.create_cohort(hq.ctx, SYSTEM, "Group 1")
    cohorts.enrol(hq.ctx, SYSTEM, "Group 1", ["shared.trainee"])
    bundle = sync.export_bundle(hq.ctx, SYSTEM, tmp_path / "dist.zip", ["Group 1"]).path
    for post in (p1, p2):
        post.trust(hq)
        hq.trust(post)
        sync.import_bundle(post.ctx, SYSTEM, bundle)
    return hq, p1, p2


def _lost_names(site: Site) -> list[str]:
    with site.ctx.db.transaction() as s:
        return [
            e.details["lost"]["row"]["full_name"]
            for e in s.scalars(select(m.AuditEntry).where(m.AuditEntry.action == "sync.conflict"))
            if e.details["table"] == "users"
        ]


def _full_name(site: Site) -> str:
    with site.ctx.db.transaction() as s:
        name = s.scalar(select(m.User.full_name).where(m.User.username == "shared.trainee"))
        assert name is not None
        return name


@pytest.mark.parametrize("same_time", [False, True], ids=["later-wins", "tie-machine-id"])
def test_conflicting_changes_resolve_the_same_way_in_any_order(
    sites: Sites, tmp_path: Path, same_time: bool
) -> None:
    hq_a, p1, p2 = _two_posts_with_one_trainee(sites, tmp_path)
    _rename(p1, "shared.trainee", "Name From Post One", T0 + timedelta(hours=2))
    _rename(p2, "shared.trainee", "Name From Post Two", T0 + timedelta(hours=2 if same_time else 1))
    b1 = sync.export_bundle(p1.ctx, SYSTEM, tmp_path / "p1.zip").path
    b2 = sync.export_bundle(p2.ctx, SYSTEM, tmp_path / "p2.zip").path
    hq_b = sites.copy(hq_a, "hq-copy")

    sync.import_bundle(hq_a.ctx, SYSTEM, b1)
    sync.import_bundle(hq_a.ctx, SYSTEM, b2)
    sync.import_bundle(hq_b.ctx, SYSTEM, b2)
    sync.import_bundle(hq_b.ctx, SYSTEM, b1)

    if same_time:
        winner, loser = sorted([(p1.machine_id, "One"), (p2.machine_id, "Two")])[::-1]
        expected, lost = f"Name From Post {winner[1]}", f"Name From Post {loser[1]}"
    else:
        expected, lost = "Name From Post One", "Name From Post Two"
    assert _full_name(hq_a) == _full_name(hq_b) == expected
    assert dump(hq_a.ctx) == dump(hq_b.ctx)
    for hq in (hq_a, hq_b):
        names = _lost_names(hq)
        assert lost in names and expected not in names


def test_a_local_change_newer_than_the_incoming_one_is_kept(sites: Sites, tmp_path: Path) -> None:
    hq, p1, _p2 = _two_posts_with_one_trainee(sites, tmp_path)
    _rename(p1, "shared.trainee", "Older Name At The Post", T0)
    _rename(hq, "shared.trainee", "Newer Name At Headquarters", T0 + timedelta(days=1))
    report = sync.import_bundle(
        hq.ctx, SYSTEM, sync.export_bundle(p1.ctx, SYSTEM, tmp_path / "p1.zip").path
    )
    assert report.tables["users"]["kept_local"] == 1
    assert _full_name(hq) == "Newer Name At Headquarters"
    assert _lost_names(hq) == ["Older Name At The Post"]


def test_a_post_user_whose_name_is_taken_keeps_its_identity(sites: Sites, tmp_path: Path) -> None:
    post, hq = sites.new("post"), sites.new("hq")
    hq.trust(post)
    mine = users.add_user(hq.ctx, SYSTEM, "admin", "Headquarters Admin", "admin", PASSWORD)
    theirs = users.add_user(post.ctx, SYSTEM, "admin", "Post Admin", "admin", PASSWORD)
    sync.import_bundle(
        hq.ctx, SYSTEM, sync.export_bundle(post.ctx, SYSTEM, tmp_path / "p.zip").path
    )

    with hq.ctx.db.transaction() as s:
        here = s.get(m.User, mine.id)
        there = s.get(m.User, theirs.id)
        assert here is not None and here.username == "admin"
        assert there is not None and there.username == f"admin~{theirs.id.hex[:8]}"
        assert there.password_hash is None  # a post's administrator can't log in here
