"""Signed modules (course-module-format.md, "Signatures") and the key files behind them."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from sqlalchemy import func, select

from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.courses.signing import SignatureRefused, sign_module
from mobilaze_training.errors import ConflictError, InvalidInput, ValidationFailed
from mobilaze_training.services import courses, keys
from mobilaze_training.store import models as m
from mobilaze_training.sync import keyfile
from tests.unit.sync.sites import Site, Sites


@pytest.fixture
def publisher(tmp_path: Path) -> Path:
    keyfile.generate_key_pair(tmp_path / "keys" / "academy.pem", "Border Academy")
    return tmp_path / "keys" / "academy.pem"


@pytest.fixture
def site(sites: Sites) -> Site:
    return sites.new("site", module=False)


def _versions(site: Site) -> int:
    with site.ctx.db.transaction() as s:
        return s.scalar(select(func.count()).select_from(m.ModuleVersion)) or 0


def test_key_files_have_the_documented_formats(publisher: Path) -> None:
    assert stat.S_IMODE(publisher.stat().st_mode) == 0o600
    assert publisher.read_text().startswith("-----BEGIN PRIVATE KEY-----")
    line = (publisher.parent / "academy.pub").read_text()
    prefix, b64, label = line.rstrip("\n").split(" ", 2)
    assert (prefix, len(b64), label) == ("mobilaze-ed25519", 43, "Border Academy")
    parsed = keyfile.parse_public_line(line)
    assert parsed.key_id == keyfile.key_id(keyfile.read_private_key(publisher))
    with pytest.raises(ConflictError):
        keyfile.generate_key_pair(publisher, "again")  # a private key is never overwritten


def test_signed_by_a_trusted_key_installs_and_records_the_signer(
    site: Site, module_path: Path, publisher: Path
) -> None:
    signed = sign_module(module_path, publisher)
    assert (module_path / "SIGNATURE").read_text().startswith("mobilaze-module-signature/1 ")
    trusted = keys.import_key(site.ctx, SYSTEM, publisher.parent / "academy.pub", "publisher")
    assert trusted.key_id == signed.key_id
    site.ctx.settings.require_signed_modules = True

    result, warnings = courses.install(site.ctx, SYSTEM, module_path)

    assert result.outcome == "installed" and warnings == []
    with site.ctx.db.transaction() as s:
        mv = s.get(m.ModuleVersion, result.module_version_id)
        assert mv is not None and mv.signed_by == signed.key_id


def test_a_module_altered_after_signing_is_refused(
    site: Site, module_path: Path, publisher: Path
) -> None:
    sign_module(module_path, publisher)
    keys.import_key(site.ctx, SYSTEM, publisher.parent / "academy.pub", "publisher")
    bank = module_path / "questions" / "core.yaml"
    bank.write_text(bank.read_text().replace("answer: true", "answer: false"))

    with pytest.raises(SignatureRefused, match="altered after it was signed"):
        courses.install(site.ctx, SYSTEM, module_path)  # refused even when not required
    (module_path / "media" / "extra.svg").write_text("<svg/>")
    with pytest.raises(SignatureRefused, match="altered"):
        courses.install(site.ctx, SYSTEM, module_path)
    assert _versions(site) == 0


def test_unsigned_module_is_refused_when_signatures_are_required(
    site: Site, module_path: Path
) -> None:
    site.ctx.settings.require_signed_modules = True
    with pytest.raises(SignatureRefused, match="not signed"):
        courses.install(site.ctx, SYSTEM, module_path)
    assert _versions(site) == 0
    site.ctx.settings.require_signed_modules = False
    result, _ = courses.install(site.ctx, SYSTEM, module_path)
    assert result.outcome == "installed"


def test_a_module_signed_by_an_untrusted_key_is_refused_when_required(
    site: Site, module_path: Path, publisher: Path, tmp_path: Path
) -> None:
    sign_module(module_path, publisher)
    keyfile.generate_key_pair(tmp_path / "other.pem", "Someone else")
    keys.import_key(site.ctx, SYSTEM, tmp_path / "other.pub", "publisher")
    site.ctx.settings.require_signed_modules = True
    with pytest.raises(SignatureRefused, match="not a trusted publisher key"):
        courses.install(site.ctx, SYSTEM, module_path)
    assert _versions(site) == 0
    # not required: installed as unsigned, with a warning
    site.ctx.settings.require_signed_modules = False
    result, warnings = courses.install(site.ctx, SYSTEM, module_path)
    assert result.outcome == "installed"
    assert any("not a trusted publisher key" in w.message for w in warnings)
    with site.ctx.db.transaction() as s:
        mv = s.get(m.ModuleVersion, result.module_version_id)
        assert mv is not None and mv.signed_by is None


def test_a_removed_publisher_key_is_no_longer_trusted(
    site: Site, module_path: Path, publisher: Path
) -> None:
    signed = sign_module(module_path, publisher)
    keys.import_key(site.ctx, SYSTEM, publisher.parent / "academy.pub", "publisher")
    assert [k.key_id for k in keys.list_keys(site.ctx, SYSTEM, "publisher")] == [signed.key_id]
    keys.remove_key(site.ctx, SYSTEM, signed.key_id)
    assert keys.list_keys(site.ctx, SYSTEM) == []
    site.ctx.settings.require_signed_modules = True
    with pytest.raises(SignatureRefused):
        courses.install(site.ctx, SYSTEM, module_path)


def test_signing_refuses_invalid_modules_and_zips(
    module_path: Path, publisher: Path, tmp_path: Path
) -> None:
    (module_path / "module.yaml").write_text("format: mobilaze-module/1\nid: Bad Id\n")
    with pytest.raises(ValidationFailed):
        sign_module(module_path, publisher)
    assert not (module_path / "SIGNATURE").exists()
    with pytest.raises(InvalidInput, match="module folder"):
        sign_module(tmp_path / "module.zip", publisher)


def test_machine_key_is_made_once_and_registered_elsewhere(sites: Sites) -> None:
    a, b = sites.new("a", module=False), sites.new("b", module=False)
    line = keys.export_machine_key(a.ctx, SYSTEM)
    path = keys.machine_key_path(a.ctx)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert keys.export_machine_key(a.ctx, SYSTEM).key_id == line.key_id  # the same key again
    assert line.label.startswith(f"machine:{a.machine_id} ")

    info = keys.import_key(b.ctx, SYSTEM, line.text(), "machine")
    assert (info.kind, info.machine_id) == ("machine", a.machine_id)
    with pytest.raises(InvalidInput, match="own key"):
        keys.import_key(a.ctx, SYSTEM, line.text(), "machine")
    with pytest.raises(InvalidInput, match="machine id"):
        keys.import_key(
            b.ctx,
            SYSTEM,
            keyfile.public_line(keyfile.read_private_key(path), "x").text(),
            "machine",
        )


def test_the_standard_modules_install_when_signatures_are_required(sites: Sites) -> None:
    """Modules shipped with the program come with it: the setting is for modules from outside."""
    from mobilaze_training.services import setup

    site = sites.new("fresh", module=False)
    site.ctx.settings.require_signed_modules = True
    report = setup.initialise(site.ctx, SYSTEM)
    assert report.modules and all(r.outcome == "installed" for r in report.modules)
