"""Commands for certificates, the centre's key, exports and item analysis."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.cli.base import (
    UsageError,
    command,
    ctx_of,
    emit,
)
from mobilaze_training.errors import MobilazeError
from mobilaze_training.services import (
    certificates,
    reports,
)

# ---- certificates and keys --------------------------------------------------------------


@command("certificate issue")
def cmd_certificate_issue(args: argparse.Namespace) -> int:
    ctx = ctx_of(args)
    info = certificates.issue(ctx, SYSTEM, args.user, args.module)
    out = Path(args.out)
    certificates.render(ctx, SYSTEM, info.serial, out, args.language)
    emit(args, info, f"Certificate {info.serial} for {info.full_name} written to {out}.")
    return 0


@command("certificate verify")
def cmd_certificate_verify(args: argparse.Namespace) -> int:
    result = certificates.verify(ctx_of(args), SYSTEM, args.target)
    data = {
        "status": result.status,
        "message": result.message,
        "serial": result.payload.serial if result.payload else None,
        "name": result.payload.name if result.payload else None,
    }
    emit(args, data, result.message)
    return 0 if result.ok else 1


@command("certificate revoke")
def cmd_certificate_revoke(args: argparse.Namespace) -> int:
    info = certificates.revoke(ctx_of(args), SYSTEM, args.serial, args.reason)
    emit(args, info, f"Certificate {info.serial} revoked: {info.revoked_reason}.")
    return 0


@command("certificate list")
def cmd_certificate_list(args: argparse.Namespace) -> int:
    infos = certificates.register(ctx_of(args), SYSTEM, args.module)
    lines = [
        f"{c.serial:16} {c.issued} {c.module_id:34} {'REVOKED ' if c.revoked else ''}{c.full_name}"
        for c in infos
    ] or ["No certificates issued."]
    emit(args, infos, lines)
    return 0


@command("key export-centre")
def cmd_key_export_centre(args: argparse.Namespace) -> int:
    text = certificates.export_public_key(ctx_of(args), SYSTEM)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    emit(args, {"public_key": text.strip()}, text.strip())
    return 0


@command("key trust")
def cmd_key_trust(args: argparse.Namespace) -> int:
    path = Path(args.file)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise MobilazeError(f"{path}: cannot read the key ({exc}).") from exc
    kid = certificates.import_trusted_key(ctx_of(args), SYSTEM, text)
    emit(args, {"key_id": kid}, f"Key {kid} is now trusted for verifying certificates.")
    return 0


# ---- exports and item analysis ----------------------------------------------------------


def _day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{option} {value!r}: give a date as YYYY-MM-DD") from None


def _filter(args: argparse.Namespace) -> reports.ExportFilter:
    return reports.ExportFilter.for_days(
        args.cohort, args.module, _day(args.since, "--since"), _day(args.until, "--until")
    )


@command("export results")
def cmd_export_results(args: argparse.Namespace) -> int:
    summary = reports.export_results(
        ctx_of(args),
        SYSTEM,
        args.format,
        Path(args.out),
        _filter(args),
        csv_delimiter=args.delimiter,
        json_lines=args.json_lines,
    )
    emit(args, summary, f"{summary.rows} attempt(s) exported to {summary.path} ({args.format}).")
    return 0


@command("report items")
def cmd_report_items(args: argparse.Namespace) -> int:
    stats = reports.item_analysis(ctx_of(args), SYSTEM, args.module, args.assessment, _filter(args))
    lines = [f"{'question':24} {'n':>5} {'facility':>9} {'discrim.':>9}  flags"]
    for item in stats:
        disc = "-" if item.discrimination is None else f"{item.discrimination:.2f}"
        lines.append(
            f"{item.question_id:24} {item.n:5d} {item.facility:9.2f} {disc:>9}  "
            f"{', '.join(item.flags)}"
        )
    emit(args, stats, lines)
    return 0
