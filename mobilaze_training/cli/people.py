"""Commands for the data folder, accounts, cohorts and the audit log."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from pathlib import Path

from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.cli.base import (
    UsageError,
    command,
    ctx_of,
    emit,
    read_password,
)
from mobilaze_training.services import audit as audit_service
from mobilaze_training.services import (
    cohorts,
    printing,
    users,
)

# ---- init -------------------------------------------------------------------------------


@command("init")
def cmd_init(args: argparse.Namespace) -> int:
    ctx = ctx_of(args)
    created = None
    if args.admin:
        password = read_password(args)
        if password is None:
            raise UsageError("init --admin needs a password: use --password-stdin")
        created = users.add_user(
            ctx, SYSTEM, args.admin, args.name or args.admin, "admin", password
        )
    from mobilaze_training.services import setup

    report = setup.initialise(ctx, SYSTEM)
    data = {
        "data_dir": str(ctx.data_dir),
        "database": ctx.db.url if not ctx.db.is_sqlite else str(ctx.db.sqlite_path),
        "admin": created.username if created else None,
        "modules": [f"{r.module_id}@{r.version} ({r.outcome})" for r in report.modules],
        "machine_id": report.machine_id,
    }
    lines = [f"Data folder: {data['data_dir']}", f"Database: {data['database']}"]
    lines += [f"Machine id: {report.machine_id}"]
    if created:
        lines.append(f"Administrator '{created.username}' created.")
    lines += [f"Module {r.module_id}@{r.version} ({r.outcome})" for r in report.modules]
    emit(args, data, lines)
    return 0


# ---- user -------------------------------------------------------------------------------


@command("user add")
def cmd_user_add(args: argparse.Namespace) -> int:
    ctx = ctx_of(args)
    password = read_password(args)
    info = users.add_user(ctx, SYSTEM, args.username, args.name, args.role, password)
    note = "" if password else " (no password yet: set one with `user passwd`)"
    emit(args, info, f"User '{info.username}' ({info.role}) created{note}.")
    return 0


@command("user list")
def cmd_user_list(args: argparse.Namespace) -> int:
    infos = users.list_users(ctx_of(args), SYSTEM, args.role)
    lines = [
        f"{u.username:24} {u.role:11} {'active' if u.active else 'inactive':9}"
        f"{' LOCKED' if u.locked else ''} {u.full_name}"
        for u in infos
    ] or ["No users."]
    emit(args, infos, lines)
    return 0


@command("user passwd")
def cmd_user_passwd(args: argparse.Namespace) -> int:
    password = read_password(args)
    if password is None:
        raise UsageError("a new password is needed: use --password-stdin")
    users.reset_password(ctx_of(args), SYSTEM, args.username, password)
    emit(args, {"username": args.username}, f"Password of '{args.username}' set.")
    return 0


@command("user unlock")
def cmd_user_unlock(args: argparse.Namespace) -> int:
    info = users.unlock(ctx_of(args), SYSTEM, args.username)
    emit(args, info, f"User '{info.username}' unlocked.")
    return 0


# ---- cohort -----------------------------------------------------------------------------


@command("cohort create")
def cmd_cohort_create(args: argparse.Namespace) -> int:
    info = cohorts.create_cohort(ctx_of(args), SYSTEM, args.name, args.instructor)
    emit(args, info, f"Cohort '{info.name}' created.")
    return 0


@command("cohort enrol")
def cmd_cohort_enrol(args: argparse.Namespace) -> int:
    info = cohorts.enrol(ctx_of(args), SYSTEM, args.name, args.usernames)
    emit(args, info, f"Cohort '{info.name}' has {info.trainees} trainee(s).")
    return 0


@command("cohort assign")
def cmd_cohort_assign(args: argparse.Namespace) -> int:
    due = None
    if args.due:
        try:
            due = datetime.fromisoformat(args.due)
        except ValueError:
            raise UsageError(f"--due {args.due!r}: give a date as YYYY-MM-DD") from None
        if due.tzinfo is None:
            due = (
                due.replace(hour=23, minute=59, tzinfo=UTC)
                if len(args.due) == 10
                else due.replace(tzinfo=UTC)
            )
    info = cohorts.assign(ctx_of(args), SYSTEM, args.name, args.module_id, due)
    emit(args, info, f"Module '{args.module_id}' assigned to '{info.name}'.")
    return 0


@command("cohort list")
def cmd_cohort_list(args: argparse.Namespace) -> int:
    infos = cohorts.list_cohorts(ctx_of(args), SYSTEM)
    lines = [
        f"{c.name:30} {c.trainees:4} trainees  {', '.join(c.modules) or '-'}" for c in infos
    ] or ["No cohorts."]
    emit(args, infos, lines)
    return 0


@command("cohort report")
def cmd_cohort_report(args: argparse.Namespace) -> int:
    out = printing.cohort_report(ctx_of(args), SYSTEM, args.name, Path(args.out), args.language)
    emit(args, {"out": str(out)}, f"Results report of '{args.name}' written to {out}.")
    return 0


# ---- audit ------------------------------------------------------------------------------


@command("audit verify")
def cmd_audit_verify(args: argparse.Namespace) -> int:
    report = audit_service.verify(ctx_of(args), SYSTEM)
    data = {
        "entries": report.entries,
        "ok": report.ok,
        "broken_at": report.broken_at,
        "reason": report.reason,
    }
    if report.ok:
        emit(args, data, f"Audit log intact: {report.entries} entries.")
        return 0
    if args.json:
        emit(args, data, "")
    print(f"Audit log BROKEN at entry {report.broken_at}: {report.reason}.", file=sys.stderr)
    return 1
