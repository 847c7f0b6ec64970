"""Commands for bundles, machine and publisher keys, backups and the demo."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Literal

from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.cli.base import (
    command,
    ctx_of,
    emit,
)
from mobilaze_training.services import (
    backup,
    demo,
    keys,
    sync,
)

# ---- bundles and machine/publisher keys -------------------------------------------------


@command("bundle export")
def cmd_bundle_export(args: argparse.Namespace) -> int:
    report = sync.export_bundle(
        ctx_of(args), SYSTEM, Path(args.out), args.for_post or None, full=args.all
    )
    counts = ", ".join(f"{n} {table}" for table, n in report.counts.items() if n)
    emit(args, report, f"{report.kind} bundle written to {report.path}: {counts or 'nothing new'}.")
    return 0


@command("bundle import")
def cmd_bundle_import(args: argparse.Namespace) -> int:
    report = sync.import_bundle(ctx_of(args), SYSTEM, Path(args.file))
    if report.again:
        emit(args, report, f"Bundle {report.bundle_id} was imported before; nothing changed.")
        return 0
    lines = [f"{report.kind} bundle from machine {report.origin} merged:"]
    for table, stats in report.tables.items():
        parts = ", ".join(f"{v} {k}" for k, v in stats.items() if v)
        lines.append(f"  {table:20} {parts or '-'}")
    if report.conflicts:
        lines.append(
            f"{report.conflicts} conflict(s) resolved; the losing versions are in the audit log."
        )
    emit(args, report, lines)
    return 0


@command("key export")
def cmd_key_export(args: argparse.Namespace) -> int:
    line = keys.export_machine_key(ctx_of(args), SYSTEM, Path(args.out) if args.out else None)
    emit(args, {"key_id": line.key_id, "public_key": line.text().strip()}, line.text().strip())
    return 0


@command("key import")
def cmd_key_import(args: argparse.Namespace) -> int:
    kind: Literal["machine", "publisher"] = "publisher" if args.publisher else "machine"
    info = keys.import_key(
        ctx_of(args), SYSTEM, Path(args.file), kind, label=args.label, machine=args.machine_id
    )
    emit(args, info, f"Trusted {info.kind} key {info.key_id} ({info.label}).")
    return 0


@command("key list")
def cmd_key_list(args: argparse.Namespace) -> int:
    infos = keys.list_keys(ctx_of(args), SYSTEM, args.kind)
    lines = [f"{k.kind:10} {k.key_id}  {k.label}" for k in infos] or ["No trusted keys."]
    emit(args, infos, lines)
    return 0


@command("key remove")
def cmd_key_remove(args: argparse.Namespace) -> int:
    keys.remove_key(ctx_of(args), SYSTEM, args.key_id)
    emit(args, {"removed": args.key_id}, f"Key {args.key_id} is no longer trusted.")
    return 0


@command("key generate")
def cmd_key_generate(args: argparse.Namespace) -> int:
    line = keys.generate_publisher_key(ctx_of(args), SYSTEM, Path(args.out), args.label)
    emit(
        args,
        {"key_id": line.key_id, "public_key": line.text().strip()},
        f"Publisher key {line.key_id} written to {args.out} (public key beside it).",
    )
    return 0


# ---- backup, restore, demo --------------------------------------------------------------


@command("backup")
def cmd_backup(args: argparse.Namespace) -> int:
    info = backup.create_backup(ctx_of(args), SYSTEM, Path(args.out))
    emit(
        args, info, f"Backup written to {info.path} ({info.size // 1024} KB, schema {info.schema})."
    )
    return 0


@command("restore")
def cmd_restore(args: argparse.Namespace) -> int:
    info = backup.restore_backup(ctx_of(args), SYSTEM, Path(args.file))
    emit(args, info, f"Restored the backup of {info.created_at} from {info.path}.")
    return 0


@command("demo")
def cmd_demo(args: argparse.Namespace) -> int:
    report = demo.seed(ctx_of(args), SYSTEM)
    emit(
        args,
        report,
        [
            f"Cohort '{report.cohort}' with instructor '{report.instructor}' and "
            f"{len(report.trainees)} trainees; {report.attempts} attempts made.",
            f"Every demo account's password is: {report.password}",
        ],
    )
    return 0
