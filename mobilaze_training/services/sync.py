"""Bundles: results from a post to headquarters, and course content to a post.

``export_bundle`` writes one signed file (see :mod:`mobilaze_training.sync.bundle`).
Without cohorts it is a results bundle: everything new since this machine's last export.
With cohorts it is a distribution bundle for a post: those cohorts, their enrolments and
assignments, the users they name and the assigned modules' current versions.

``import_bundle`` checks the signature against the registered machine keys, then merges the
whole bundle in one transaction (rules in :mod:`mobilaze_training.sync.merge` and
:mod:`mobilaze_training.sync.rules`). A damaged, altered, unsigned or unknown bundle, or one
that does not fit this database, is refused with a message and nothing is written.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.exc import DataError, IntegrityError
from sqlalchemy.orm import Session

from mobilaze_training import __version__
from mobilaze_training.auth import audit
from mobilaze_training.auth.permissions import Principal, require
from mobilaze_training.errors import InvalidInput
from mobilaze_training.gcpause import collector_paused
from mobilaze_training.services import keys
from mobilaze_training.services.context import AppContext
from mobilaze_training.store.models import ImportedBundle, KeyValue, utcnow
from mobilaze_training.sync import audit_import, collect, modules, rules
from mobilaze_training.sync.audit_import import OriginChain, verify_imported
from mobilaze_training.sync.bundle import BundleRefused, SignedBundle, open_bundle, write_bundle
from mobilaze_training.sync.identity import machine_id
from mobilaze_training.sync.keyfile import public_from_b64
from mobilaze_training.sync.merge import BundleContentError, Merger

RESULTS, DISTRIBUTION = "results", "distribution"
MARK_SINCE = "sync.export.since"
MARK_AUDIT_SEQ = "sync.export.audit_seq"
# Records are selected by updated_at from a little before the last export, so a save that
# was under way while the last bundle was read is never missed (merging is idempotent).
OVERLAP = timedelta(minutes=10)
RESULT_TABLES = ("users", "attempts", "answers", "certificates", audit_import.TABLE)
DIST_TABLES = ("users", *(s.name for s in modules.TABLES), "cohorts", "enrolments", "assignments")


@dataclass(frozen=True)
class ExportReport:
    path: Path
    kind: str
    bundle_id: str
    machine_id: str
    key_id: str
    since: datetime | None
    counts: dict[str, int]
    size: int


@dataclass(frozen=True)
class ImportReport:
    path: Path
    kind: str
    bundle_id: str
    origin: str
    created_at: str
    again: bool  # this bundle was imported before (nothing changed this time)
    tables: dict[str, dict[str, int]]
    audit_entries: int = 0
    modules: list[modules.ModuleOutcome] = field(default_factory=list)

    @property
    def conflicts(self) -> int:
        return sum(t.get("conflicts", 0) for t in self.tables.values())


# ---- export -----------------------------------------------------------------------------


def export_bundle(
    ctx: AppContext,
    actor: Principal,
    out: Path,
    for_post: Sequence[str] | None = None,
    *,
    full: bool = False,
) -> ExportReport:
    """`bundle export --out FILE [--for-post COHORT...] [--all]`."""
    with collector_paused():
        if for_post:
            return export_distribution(ctx, actor, out, for_post)
        return export_results(ctx, actor, out, full=full)


def _get(s: Session, key: str) -> str | None:
    row = s.get(KeyValue, key)
    return row.value if row else None


def _put(s: Session, key: str, value: str) -> None:
    row = s.get(KeyValue, key)
    if row is None:
        s.add(KeyValue(key=key, value=value))
    else:
        row.value = value


def export_results(
    ctx: AppContext, actor: Principal, out: Path, *, full: bool = False
) -> ExportReport:
    """Everything new since this machine's last results export (everything with `full`)."""
    require(actor, "bundle.export")
    key = keys.machine_key(ctx)
    started = utcnow()
    with ctx.db.transaction() as s:
        here = machine_id(s)
        mark = None if full else _get(s, MARK_SINCE)
        since = datetime.fromisoformat(mark) if mark else None
        after_seq = 0 if full else int(_get(s, MARK_AUDIT_SEQ) or 0)
        tables = collect.collect_results(s, here, since, after_seq)
    header = _header(ctx, RESULTS, here, started)
    header["since"] = since.isoformat() if since else None
    written = write_bundle(out, key, header, tables)
    with ctx.db.transaction() as s:
        entries = tables[audit_import.TABLE]
        last_seq = max([after_seq, *(int(e["seq"]) for e in entries)])
        _put(s, MARK_SINCE, (started - OVERLAP).isoformat())
        _put(s, MARK_AUDIT_SEQ, str(last_seq))
        audit.append(
            s,
            actor,
            "bundle.export",
            str(out),
            {"kind": RESULTS, "bundle": header["bundle_id"], "counts": written.counts},
        )
    return ExportReport(
        out, RESULTS, written.bundle_id, here, written.key_id, since, written.counts, written.size
    )


def export_distribution(
    ctx: AppContext, actor: Principal, out: Path, cohorts: Sequence[str]
) -> ExportReport:
    """A post's share of the course content: the named cohorts and what they need."""
    require(actor, "bundle.export")
    if not cohorts:
        raise InvalidInput("Name at least one cohort for the post.")
    key = keys.machine_key(ctx)
    started = utcnow()
    with ctx.db.transaction() as s:
        here = machine_id(s)
        tables = collect.collect_distribution(s, cohorts)
    header = _header(ctx, DISTRIBUTION, here, started)
    header["cohorts"] = sorted(" ".join(c.split()) for c in cohorts)
    written = write_bundle(out, key, header, tables)
    with ctx.db.transaction() as s:
        audit.append(
            s,
            actor,
            "bundle.export",
            str(out),
            {"kind": DISTRIBUTION, "bundle": header["bundle_id"], "cohorts": header["cohorts"]},
        )
    return ExportReport(
        out,
        DISTRIBUTION,
        written.bundle_id,
        here,
        written.key_id,
        None,
        written.counts,
        written.size,
    )


def _header(ctx: AppContext, kind: str, here: str, started: datetime) -> dict[str, Any]:
    return {
        "kind": kind,
        "bundle_id": str(uuid.uuid4()),
        "machine_id": here,
        "centre": ctx.settings.centre_name,
        "created_at": started.isoformat(),
        "program_version": __version__,
        "schema": ctx.db.head_revision(),
    }


# ---- import -----------------------------------------------------------------------------


def import_bundle(ctx: AppContext, actor: Principal, path: Path) -> ImportReport:
    """Verify and merge a bundle in one transaction; refused bundles change nothing."""
    require(actor, "bundle.import")
    with collector_paused():
        bundle = open_bundle(path)
        try:
            with ctx.db.transaction() as s:
                return _import(ctx, s, actor, bundle)
        except BundleContentError as exc:
            raise BundleRefused(f"{path}: {exc}. Nothing was imported.") from None
        except (IntegrityError, DataError) as exc:
            raise BundleRefused(
                f"{path}: the bundle does not fit this database ({exc.orig}). Nothing was imported."
            ) from None


def _import(ctx: AppContext, s: Session, actor: Principal, bundle: SignedBundle) -> ImportReport:
    path = bundle.path
    origin, kind = bundle.field("machine_id"), bundle.field("kind")
    try:
        bundle_id = uuid.UUID(bundle.field("bundle_id"))
        created = datetime.fromisoformat(bundle.field("created_at"))
    except ValueError:
        raise BundleRefused(f"{path}: the manifest is damaged.") from None
    if created.tzinfo is None:
        raise BundleRefused(f"{path}: the manifest's creation time has no time zone.")
    here = machine_id(s)
    if origin == here:
        raise BundleRefused(f"{path}: this bundle was made on this machine; import it elsewhere.")
    registered = keys.machine_key_row(s, bundle.key_id)
    if registered is None:
        raise BundleRefused(
            f"{path}: made on machine {origin} with key {bundle.key_id}, which is not registered "
            "here. Register that machine's public key (`mobilaze-admin key import FILE "
            "--machine`) and import again. Nothing was imported."
        )
    if registered.machine_id != origin:
        raise BundleRefused(
            f"{path}: key {bundle.key_id} is registered for machine {registered.machine_id}, "
            f"but the bundle names machine {origin}. Nothing was imported."
        )
    bundle.verify(public_from_b64(registered.public_key))
    tables = bundle.tables()
    expected = {RESULTS: RESULT_TABLES, DISTRIBUTION: DIST_TABLES}.get(kind)
    if expected is None:
        raise BundleRefused(f"{path}: unknown bundle kind '{kind}' (made by a newer program?).")
    unknown = sorted(set(tables) - set(expected))
    if unknown:
        raise BundleRefused(f"{path}: unknown table(s) {', '.join(unknown)}; nothing imported.")
    again = s.get(ImportedBundle, bundle_id) is not None
    merger = Merger(s, actor, here, origin, str(bundle_id))
    report_modules: list[modules.ModuleOutcome] = []
    entries = 0
    if kind == RESULTS:
        entries = _merge_results(merger, tables)
    else:
        report_modules = _merge_distribution(ctx, merger, tables)
    counts = {name: asdict(c) for name, c in merger.counts.items()}
    if not again:
        s.add(
            ImportedBundle(
                bundle_id=bundle_id,
                kind=kind,
                origin=origin,
                key_id=bundle.key_id,
                created_at=created,
                manifest_sha256=bundle.manifest_sha256,
                counts={name: len(rows) for name, rows in tables.items()},
                imported_by=actor.user_id,
            )
        )
    audit.append(
        s,
        actor,
        "bundle.import",
        str(path),
        {
            "kind": kind,
            "bundle": str(bundle_id),
            "origin": origin,
            "again": again,
            "tables": counts,
        },
    )
    return ImportReport(
        path=path,
        kind=kind,
        bundle_id=str(bundle_id),
        origin=origin,
        created_at=created.isoformat(),
        again=again,
        tables=counts,
        audit_entries=entries,
        modules=report_modules,
    )


def _merge_results(merger: Merger, tables: dict[str, list[Any]]) -> int:
    specs = (rules.RESULT_USERS, rules.ATTEMPTS, rules.ANSWERS, rules.CERTIFICATES)
    users, attempts, answers, certificates = (
        merger.load(spec, tables.get(spec.name, [])) for spec in specs
    )
    entries = audit_import.decode(tables.get(audit_import.TABLE, []))
    touched = set(attempts.columns["id"]) | set(answers.columns["attempt_id"])
    frozen = rules.frozen_attempts(merger, touched)
    merger.merge(rules.RESULT_USERS, users, rules.USER_RULES)
    merger.merge(rules.ATTEMPTS, attempts, rules.AttemptRules())
    merger.merge(rules.ANSWERS, answers, rules.AnswerRules(frozen=frozen))
    merger.merge(rules.CERTIFICATES, certificates, rules.CertificateRules())
    return audit_import.merge_audit(merger.s, merger.origin, entries)


def _merge_distribution(
    ctx: AppContext, merger: Merger, tables: dict[str, list[Any]]
) -> list[modules.ModuleOutcome]:
    s = merger.s
    users = rules.DIST_USERS
    merger.merge(users, merger.load(users, tables.get(users.name, [])), rules.USER_RULES)
    outcomes = modules.merge_modules(
        s,
        tables,
        require_signed=ctx.settings.require_signed_modules,
        trusted=set(keys.trusted_publishers(s)),
    )
    for o in outcomes:
        if o.outcome != "unchanged":
            audit.append(
                s,
                merger.actor,
                "module.install",
                f"{o.module_id}@{o.version}",
                {
                    "outcome": o.outcome,
                    "previous": o.previous,
                    "signed_by": o.signed_by,
                    "bundle": merger.bundle_id,
                },
            )
    for spec, rule in (
        (rules.COHORTS, rules.COHORT_RULES),
        (rules.ENROLMENTS, None),
        (rules.ASSIGNMENTS, None),
    ):
        merger.merge(spec, merger.load(spec, tables.get(spec.name, [])), rule)
    return outcomes


def verify_imported_audit(ctx: AppContext, actor: Principal) -> list[OriginChain]:
    """Check the imported audit entries of every origin machine."""
    require(actor, "audit.verify")
    with ctx.db.transaction() as s:
        return verify_imported(s)
