"""Distribution bundles: headquarters sends a post its cohorts and their modules."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.errors import NotFoundError
from mobilaze_training.services import attempts, cohorts, courses, keys, sync, users
from mobilaze_training.store import models as m
from mobilaze_training.sync.bundle import BundleRefused
from tests.unit.sync.sites import MODULE_ID, PASSWORD, Site, Sites, counts, write_module

# each test runs with the bulk SQLite store and with SQLAlchemy Core (the PostgreSQL path)
pytestmark = pytest.mark.usefixtures("store_kind")


def _headquarters(sites: Sites) -> Site:
    hq = sites.new("hq")
    users.add_user(hq.ctx, SYSTEM, "teacher", "Instructor Name", "instructor", PASSWORD)
    for name in ("trainee.one", "trainee.two", "elsewhere"):
        users.add_user(hq.ctx, SYSTEM, name, f"Trainee {name}", "trainee", PASSWORD, "en")
    cohorts.create_cohort(hq.ctx, SYSTEM, "Post 7 spring", "teacher")
    cohorts.enrol(hq.ctx, SYSTEM, "Post 7 spring", ["trainee.one", "trainee.two"])
    cohorts.assign(hq.ctx, SYSTEM, "Post 7 spring", MODULE_ID)
    cohorts.create_cohort(hq.ctx, SYSTEM, "Another post")
    cohorts.enrol(hq.ctx, SYSTEM, "Another post", ["elsewhere"])
    return hq


def test_a_post_gets_its_cohorts_modules_and_trainees(sites: Sites, tmp_path: Path) -> None:
    hq = _headquarters(sites)
    post = sites.new("post7", module=False)
    post.trust(hq)
    hq.trust(post)
    exported = sync.export_bundle(hq.ctx, SYSTEM, tmp_path / "post7.zip", ["Post 7 spring"])
    assert exported.kind == "distribution"

    report = sync.import_bundle(post.ctx, SYSTEM, exported.path)

    assert [(o.module_id, o.outcome) for o in report.modules] == [(MODULE_ID, "installed")]
    assert [c.name for c in cohorts.list_cohorts(post.ctx, SYSTEM)] == ["Post 7 spring"]
    info = cohorts.list_cohorts(post.ctx, SYSTEM)[0]
    assert info.trainees == 2 and info.modules == [MODULE_ID] and info.instructor == "teacher"
    assert "elsewhere" not in {u.username for u in users.list_users(post.ctx, SYSTEM)}
    assert [lesson.lesson_id for lesson in courses.lessons(post.ctx, SYSTEM, MODULE_ID)] == [
        "basics"
    ]
    assert courses.media(post.ctx, SYSTEM, MODULE_ID, "media/page.svg")
    # the trainee logs in at the post with the password set at headquarters and sits the exam
    who = users.login(post.ctx, "trainee.one", PASSWORD)
    view = attempts.start_attempt(post.ctx, who, MODULE_ID, "exam", "en")
    attempts.save_answer(post.ctx, who, view.id, "q1", "a")
    attempts.submit_attempt(post.ctx, who, view.id)
    # ... and the result travels back to the same account at headquarters
    back = sync.export_bundle(post.ctx, SYSTEM, tmp_path / "results.zip")
    sync.import_bundle(hq.ctx, SYSTEM, back.path)
    results = attempts.my_attempts(hq.ctx, users.login(hq.ctx, "trainee.one", PASSWORD))
    assert [r.id for r in results] == [view.id]
    # importing the distribution again changes nothing
    again = sync.import_bundle(post.ctx, SYSTEM, exported.path)
    assert again.again and [o.outcome for o in again.modules] == ["unchanged"]


def test_a_newer_module_version_is_distributed_as_an_upgrade(sites: Sites, tmp_path: Path) -> None:
    hq = _headquarters(sites)
    post = sites.new("post7")  # has 1.0.0 installed itself
    post.trust(hq)
    courses.install(hq.ctx, SYSTEM, write_module(tmp_path / "v2", "1.1.0"))
    sync.import_bundle(
        post.ctx,
        SYSTEM,
        sync.export_bundle(hq.ctx, SYSTEM, tmp_path / "d.zip", ["Post 7 spring"]).path,
    )
    assert courses.get_module(post.ctx, SYSTEM, MODULE_ID).version == "1.1.0"


def test_an_unknown_cohort_is_not_exported(sites: Sites, tmp_path: Path) -> None:
    hq = _headquarters(sites)
    with pytest.raises(NotFoundError, match="There is no cohort 'Nowhere'"):
        sync.export_bundle(hq.ctx, SYSTEM, tmp_path / "x.zip", ["Nowhere"])
    assert not (tmp_path / "x.zip").exists()


def test_a_post_requiring_signed_modules_refuses_an_unsigned_one(
    sites: Sites, tmp_path: Path
) -> None:
    hq = _headquarters(sites)
    post = sites.new("post7", module=False)
    post.trust(hq)
    post.ctx.settings.require_signed_modules = True
    bundle = sync.export_bundle(hq.ctx, SYSTEM, tmp_path / "d.zip", ["Post 7 spring"]).path
    before = counts(post.ctx)
    with pytest.raises(BundleRefused, match="not signed by a publisher key trusted here"):
        sync.import_bundle(post.ctx, SYSTEM, bundle)
    assert counts(post.ctx) == before


def test_a_signed_module_travels_with_its_signer(sites: Sites, tmp_path: Path) -> None:
    from mobilaze_training.courses.signing import sign_module

    publisher = keys.generate_publisher_key(
        sites.new("author").ctx, SYSTEM, tmp_path / "pub.pem", "Academy"
    )
    signed = write_module(tmp_path / "signed", "2.0.0")
    sign_module(signed, tmp_path / "pub.pem")
    hq = _headquarters(sites)
    post = sites.new("post7", module=False)
    for site in (hq, post):
        keys.import_key(site.ctx, SYSTEM, tmp_path / "pub.pub", "publisher")
    post.trust(hq)
    post.ctx.settings.require_signed_modules = True
    courses.install(hq.ctx, SYSTEM, signed)

    report = sync.import_bundle(
        post.ctx,
        SYSTEM,
        sync.export_bundle(hq.ctx, SYSTEM, tmp_path / "d.zip", ["Post 7 spring"]).path,
    )

    assert [(o.version, o.signed_by) for o in report.modules] == [("2.0.0", publisher.key_id)]
    with post.ctx.db.transaction() as s:
        signer = s.scalar(select(m.ModuleVersion.signed_by).where(m.ModuleVersion.is_current))
    assert signer == publisher.key_id


def test_an_enrolment_removed_at_the_post_returns_with_the_bundle(
    sites: Sites, tmp_path: Path
) -> None:
    """Deletions do not travel: headquarters' list is sent again in full and restored."""
    hq = _headquarters(sites)
    post = sites.new("post7", module=False)
    post.trust(hq)
    bundle = sync.export_bundle(hq.ctx, SYSTEM, tmp_path / "d.zip", ["Post 7 spring"]).path
    sync.import_bundle(post.ctx, SYSTEM, bundle)
    cohorts.unenrol(post.ctx, SYSTEM, "Post 7 spring", "trainee.two")
    assert cohorts.list_cohorts(post.ctx, SYSTEM)[0].trainees == 1
    report = sync.import_bundle(post.ctx, SYSTEM, bundle)
    assert report.tables["enrolments"]["inserted"] == 1
    assert cohorts.list_cohorts(post.ctx, SYSTEM)[0].trainees == 2
