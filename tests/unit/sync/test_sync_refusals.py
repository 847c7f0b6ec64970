"""Bundles that are damaged, altered, unsigned or unknown are refused and nothing is written."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.services import sync
from mobilaze_training.sync.bundle import BundleRefused
from tests.unit.sync.sites import Site, Sites, classroom, counts, grade, take_exam


@pytest.fixture
def exported(sites: Sites, tmp_path: Path) -> tuple[Site, Site, Path]:
    post, hq = sites.new("post"), sites.new("hq")
    hq.trust(post)
    grade(post, take_exam(post, classroom(post, "aliyev.hasan")))
    return post, hq, sync.export_bundle(post.ctx, SYSTEM, tmp_path / "bundle.zip").path


def _rewrite(source: Path, target: Path, change: Callable[[str, bytes], bytes | None]) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for name in old.namelist():
            data = change(name, old.read(name))
            if data is not None:
                new.writestr(name, data)
    return target


def _truncated(path: Path, tmp: Path) -> Path:
    data = path.read_bytes()
    target = tmp / "truncated.zip"
    target.write_bytes(data[: len(data) * 2 // 3])
    return target


def _altered_rows(path: Path, tmp: Path) -> Path:
    def change(name: str, data: bytes) -> bytes:
        return data.replace(b'"score":1.5', b'"score":2.0') if name == "answers.jsonl" else data

    return _rewrite(path, tmp / "altered.zip", change)


def _altered_manifest(path: Path, tmp: Path) -> Path:
    def change(name: str, data: bytes) -> bytes:
        if name != "manifest.json":
            return data
        manifest = json.loads(data)
        manifest["created_at"] = "2020-01-01T00:00:00+00:00"
        return json.dumps(manifest).encode()

    return _rewrite(path, tmp / "altered-manifest.zip", change)


def _unsigned(path: Path, tmp: Path) -> Path:
    return _rewrite(path, tmp / "unsigned.zip", lambda n, d: None if n == "SIGNATURE" else d)


def _extra_file(path: Path, tmp: Path) -> Path:
    target = _rewrite(path, tmp / "extra.zip", lambda n, d: d)
    with zipfile.ZipFile(target, "a") as archive:
        archive.writestr("attempts2.jsonl", b"{}\n")
    return target


def _flipped_byte(path: Path, tmp: Path) -> Path:
    data = bytearray(path.read_bytes())
    data[len(data) // 3] ^= 0xFF
    target = tmp / "flipped.zip"
    target.write_bytes(bytes(data))
    return target


def _not_a_bundle(path: Path, tmp: Path) -> Path:
    target = tmp / "backup.zip"
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("database.sqlite3", b"SQLite format 3")
    return target


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (_not_a_bundle, "not a MOBILAZE Training bundle"),
        (_truncated, "damaged or incomplete"),
        (_flipped_byte, "damaged or incomplete|altered|signature"),
        (_altered_rows, "answers.jsonl was altered"),
        (_altered_manifest, "signature does not match"),
        (_unsigned, "not signed"),
        (_extra_file, "unexpected file"),
    ],
)
def test_a_damaged_or_altered_bundle_is_refused_and_nothing_written(
    exported: tuple[Site, Site, Path],
    tmp_path: Path,
    damage: Callable[[Path, Path], Path],
    message: str,
) -> None:
    _post, hq, path = exported
    before = counts(hq.ctx)
    with pytest.raises(BundleRefused, match=message):
        sync.import_bundle(hq.ctx, SYSTEM, damage(path, tmp_path))
    assert counts(hq.ctx) == before


def test_a_bundle_from_an_unregistered_machine_is_refused(
    sites: Sites, exported: tuple[Site, Site, Path]
) -> None:
    _post, _hq, path = exported
    stranger = sites.new("other-hq")
    before = counts(stranger.ctx)
    with pytest.raises(BundleRefused, match="not registered here"):
        sync.import_bundle(stranger.ctx, SYSTEM, path)
    assert counts(stranger.ctx) == before


def test_a_bundle_is_not_imported_where_it_was_made(exported: tuple[Site, Site, Path]) -> None:
    post, _hq, path = exported
    before = counts(post.ctx)
    with pytest.raises(BundleRefused, match="made on this machine"):
        sync.import_bundle(post.ctx, SYSTEM, path)
    assert counts(post.ctx) == before


def test_a_bundle_whose_audit_history_was_rewritten_is_refused(
    exported: tuple[Site, Site, Path], tmp_path: Path
) -> None:
    """A post that edits its own audit log and exports again cannot slip it past the chain."""
    post, hq, path = exported
    sync.import_bundle(hq.ctx, SYSTEM, path)
    from sqlalchemy import update

    from mobilaze_training.store.models import AuditEntry

    with post.ctx.db.transaction() as s:
        s.execute(update(AuditEntry).where(AuditEntry.seq == 2).values(target="someone else"))
    again = sync.export_bundle(post.ctx, SYSTEM, tmp_path / "again.zip", full=True).path
    before = counts(hq.ctx)
    with pytest.raises(
        BundleRefused, match=r"audit log of machine .* changed after it was written"
    ):
        sync.import_bundle(hq.ctx, SYSTEM, again)
    assert counts(hq.ctx) == before
