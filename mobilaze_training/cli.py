"""`mobilaze-admin`: the administrator's command line. It calls services only.

Exit codes: 0 success, 1 refused input (clear message on stderr), 2 usage error.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict, is_dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal

from mobilaze_training import __version__
from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.errors import MobilazeError, ValidationFailed
from mobilaze_training.services import audit as audit_service
from mobilaze_training.services import (
    backup,
    certificates,
    cohorts,
    courses,
    demo,
    grading,
    keys,
    printing,
    questions,
    reports,
    sync,
    users,
)
from mobilaze_training.services.context import AppContext, open_app

Handler = Callable[[argparse.Namespace], int]
_COMMANDS: dict[str, Handler] = {}


class UsageError(Exception):
    pass


def command(name: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        _COMMANDS[name] = fn
        return fn

    return register


def _jsonable(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return _jsonable(asdict(value))
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return str(value)


def emit(args: argparse.Namespace, data: Any, text: str | Sequence[str]) -> None:
    if args.json:
        print(json.dumps(_jsonable(data), ensure_ascii=False, indent=2))
    else:
        print(text if isinstance(text, str) else "\n".join(text))


def ctx_of(args: argparse.Namespace) -> AppContext:
    if getattr(args, "_ctx", None) is None:
        args._ctx = open_app(args.data_dir, args.database_url)
    ctx: AppContext = args._ctx
    return ctx


def read_password(args: argparse.Namespace, prompt: str = "Password: ") -> str | None:
    if getattr(args, "password_stdin", False):
        line = sys.stdin.readline()
        password = line.rstrip("\r\n")
        if not password:
            raise UsageError("--password-stdin given but standard input held no password")
        return password
    if sys.stdin.isatty():
        first = getpass.getpass(prompt)
        if first != getpass.getpass("Repeat the password: "):
            raise MobilazeError("The two passwords differ; nothing was changed.")
        return first
    return None


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


# ---- course -----------------------------------------------------------------------------


def _print_problems(problems: Sequence[object]) -> None:
    for problem in problems:
        print(problem, file=sys.stderr)


@command("course validate")
def cmd_course_validate(args: argparse.Namespace) -> int:
    failed = 0
    report = []
    for raw in args.paths:
        path = Path(raw)
        try:
            module = courses.validate(path)
        except ValidationFailed as exc:
            failed += 1
            _print_problems(exc.problems)
            errors = [p for p in exc.problems if not p.warning]
            print(f"{path}: INVALID, {len(errors)} problem(s)", file=sys.stderr)
            report.append({"path": str(path), "valid": False, "problems": [str(p) for p in errors]})
            continue
        _print_problems(module.warnings)
        man = module.manifest
        report.append(
            {
                "path": str(path),
                "valid": True,
                "id": man.id,
                "version": man.version,
                "questions": len(module.questions),
                "warnings": [str(p) for p in module.warnings],
            }
        )
        if not args.json:
            print(
                f"{path}: valid: {man.id} {man.version}, {len(man.lessons)} lessons, "
                f"{len(module.questions)} questions, {len(man.assessments)} assessments, "
                f"{len(module.warnings)} warning(s)"
            )
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    return 1 if failed else 0


@command("course install")
def cmd_course_install(args: argparse.Namespace) -> int:
    ctx = ctx_of(args)
    results = []
    for raw in args.paths:
        try:
            result, warnings = courses.install(ctx, SYSTEM, Path(raw), force=args.force)
        except ValidationFailed as exc:
            _print_problems(exc.problems)
            raise
        _print_problems(warnings)
        results.append(result)
    emit(
        args,
        results,
        [
            f"{r.module_id} {r.version}: {r.outcome}"
            + (f" (was {r.previous})" if r.previous and r.previous != r.version else "")
            for r in results
        ],
    )
    return 0


@command("course list")
def cmd_course_list(args: argparse.Namespace) -> int:
    mods = courses.list_modules(ctx_of(args), SYSTEM)
    data = [
        {
            "id": mod.module_id,
            "version": mod.version,
            "title": mod.title,
            "languages": mod.languages,
            "lessons": mod.lessons,
            "questions": mod.questions,
            "assessments": [a["id"] for a in mod.assessments],
        }
        for mod in mods
    ]
    lines = [
        f"{mod.module_id:40} {mod.version:10} {mod.lessons:3} lessons {mod.questions:5} questions"
        for mod in mods
    ] or ["No modules installed."]
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


# ---- attempt ----------------------------------------------------------------------------


@command("attempt record")
def cmd_attempt_record(args: argparse.Namespace) -> int:
    path = Path(args.responses)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise MobilazeError(f"{path}: cannot read the responses file ({exc}).") from exc
    try:
        responses = json.loads(text)
    except json.JSONDecodeError as exc:
        raise MobilazeError(
            f"{path}:{exc.lineno}: not valid JSON ({exc.msg}); give an object keyed by question id."
        ) from exc
    if not isinstance(responses, dict):
        raise MobilazeError(f"{path}: expected a JSON object keyed by question id.")
    result = grading.record_paper(
        ctx_of(args), SYSTEM, args.user, args.module, args.assessment, responses, args.paper_id
    )
    data = result.as_contract()
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    verdict = {True: "PASSED", False: "NOT PASSED", None: "PENDING REVIEW"}[result.passed]
    total = f"{data['score']:g} / {data['max_score']:g} points"
    print(f"{args.user}: {total}, {data['percent']}% - {verdict}")
    for q in data["questions"]:
        score = "to grade" if q["score"] is None else f"{q['score']:g}"
        print(f"  {q['id']:24} {score:>8} / {q['points']:g}")
    return 0


@command("attempt papers")
def cmd_attempt_papers(args: argparse.Namespace) -> int:
    papers = printing.print_papers(
        ctx_of(args),
        SYSTEM,
        args.module,
        args.assessment,
        args.count,
        Path(args.out_dir),
        args.language,
    )
    emit(args, papers, [f"{p.paper_id}: {p.path} ({len(p.questions)} questions)" for p in papers])
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


# ---- questions --------------------------------------------------------------------------


@command("questions import")
def cmd_questions_import(args: argparse.Namespace) -> int:
    out = Path(args.out)
    result = questions.import_bank(
        SYSTEM, args.format, Path(args.file), out, args.bank, args.language
    )
    _print_problems(result.warnings)
    count = len(result.bank["questions"])
    data = {
        "out": str(out),
        "bank": result.bank["bank"],
        "questions": count,
        "warnings": [str(w) for w in result.warnings],
    }
    emit(
        args,
        data,
        f"{count} question(s) written to {out} (bank '{result.bank['bank']}'), "
        f"{len(result.warnings)} warning(s).",
    )
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


@command("course sign")
def cmd_course_sign(args: argparse.Namespace) -> int:
    try:
        result = keys.sign_module(Path(args.path), Path(args.key))
    except ValidationFailed as exc:
        _print_problems(exc.problems)
        raise
    emit(args, result, f"Signed {result.path} with key {result.key_id} ({result.files} files).")
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


# ---- parser -----------------------------------------------------------------------------


def _globals(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--data-dir", default=default, help="data folder (env MOBILAZE_DATA_DIR)", metavar="DIR"
    )
    parser.add_argument(
        "--database-url",
        default=default,
        help="database URL (env MOBILAZE_DATABASE_URL); default SQLite in the data folder",
        metavar="URL",
    )
    parser.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS if suppress else False,
        help="machine-readable output",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mobilaze-admin", description="Administer MOBILAZE Training from the command line."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _globals(parser, suppress=False)
    common = argparse.ArgumentParser(add_help=False)
    _globals(common, suppress=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def leaf(group: Any, name: str, key: str, help_text: str) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = group.add_parser(name, parents=[common], help=help_text)
        p.set_defaults(handler=_COMMANDS[key])
        return p

    p = leaf(sub, "init", "init", "create the data folder and database, install standard modules")
    p.add_argument("--admin", metavar="USERNAME", help="create this administrator")
    p.add_argument("--name", help="the administrator's full name")
    p.add_argument("--password-stdin", action="store_true", help="read the password from stdin")

    course = sub.add_parser("course", help="course modules").add_subparsers(
        dest="sub", metavar="ACTION", required=True
    )
    p = leaf(course, "validate", "course validate", "validate module folders or zips")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p = leaf(course, "install", "course install", "validate and install modules")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--force", action="store_true", help="allow installing a lower version")
    leaf(course, "list", "course list", "list installed modules")
    p = leaf(course, "sign", "course sign", "sign a module folder with a publisher key")
    p.add_argument("path", metavar="DIR")
    p.add_argument("--key", required=True, metavar="KEY.pem")

    user = sub.add_parser("user", help="user accounts").add_subparsers(
        dest="sub", metavar="ACTION", required=True
    )
    p = leaf(user, "add", "user add", "create a user")
    p.add_argument("username")
    p.add_argument("--role", required=True, choices=["trainee", "instructor", "admin"])
    p.add_argument("--name", required=True, help="full name as it appears on certificates")
    p.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    p = leaf(user, "list", "user list", "list users")
    p.add_argument("--role", choices=["trainee", "instructor", "admin"])
    p = leaf(user, "passwd", "user passwd", "set a user's password")
    p.add_argument("username")
    p.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    p = leaf(user, "unlock", "user unlock", "unlock an account locked by failed logins")
    p.add_argument("username")

    cohort = sub.add_parser("cohort", help="cohorts of trainees").add_subparsers(
        dest="sub", metavar="ACTION", required=True
    )
    p = leaf(cohort, "create", "cohort create", "create a cohort")
    p.add_argument("name")
    p.add_argument("--instructor", metavar="USERNAME", help="the cohort's instructor")
    p = leaf(cohort, "enrol", "cohort enrol", "enrol trainees in a cohort")
    p.add_argument("name")
    p.add_argument("usernames", nargs="+", metavar="USERNAME")
    p = leaf(cohort, "assign", "cohort assign", "assign a module to a cohort")
    p.add_argument("name")
    p.add_argument("module_id", metavar="MODULE_ID")
    p.add_argument("--due", metavar="YYYY-MM-DD", help="due date")
    leaf(cohort, "list", "cohort list", "list cohorts")
    p = leaf(cohort, "report", "cohort report", "the cohort's results as a PDF")
    p.add_argument("name")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--language", choices=["az", "ru", "en"], default="az")

    attempt = sub.add_parser("attempt", help="attempts").add_subparsers(
        dest="sub", metavar="ACTION", required=True
    )
    p = leaf(attempt, "record", "attempt record", "enter a paper exam's responses")
    p.add_argument("--user", required=True, metavar="USERNAME")
    p.add_argument("--module", required=True, metavar="MODULE_ID")
    p.add_argument("--assessment", required=True, metavar="ASSESSMENT_ID")
    p.add_argument("--responses", required=True, metavar="FILE.json")
    p.add_argument("--paper-id", metavar="ID", help="the printed paper's id")
    p = leaf(attempt, "papers", "attempt papers", "print exam papers with answer sheets (PDF)")
    p.add_argument("--module", required=True, metavar="MODULE_ID")
    p.add_argument("--assessment", required=True, metavar="ASSESSMENT_ID")
    p.add_argument("--count", type=int, default=1)
    p.add_argument("--out-dir", required=True, metavar="DIR")
    p.add_argument("--language", choices=["az", "ru", "en"], default="az")

    audit_p = sub.add_parser("audit", help="the audit log").add_subparsers(
        dest="sub", metavar="ACTION", required=True
    )
    leaf(audit_p, "verify", "audit verify", "check the audit log's hash chain")

    cert = sub.add_parser("certificate", help="certificates").add_subparsers(
        dest="sub", metavar="ACTION", required=True
    )
    p = leaf(cert, "issue", "certificate issue", "issue a certificate and write its PDF")
    p.add_argument("--user", required=True, metavar="USERNAME")
    p.add_argument("--module", required=True, metavar="MODULE_ID")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--language", choices=["az", "ru", "en"], help="main language of the PDF")
    p = leaf(cert, "verify", "certificate verify", "verify a certificate PDF or code")
    p.add_argument("target", metavar="FILE.pdf|CODE")
    p = leaf(cert, "revoke", "certificate revoke", "revoke a certificate")
    p.add_argument("serial", metavar="SERIAL")
    p.add_argument("--reason", required=True)
    p = leaf(cert, "list", "certificate list", "the register of issued certificates")
    p.add_argument("--module", metavar="MODULE_ID")

    key = sub.add_parser("key", help="signing and trusted keys").add_subparsers(
        dest="sub", metavar="ACTION", required=True
    )
    p = leaf(key, "export", "key export", "print this machine's public key (for bundles)")
    p.add_argument("--out", metavar="FILE")
    p = leaf(key, "export-centre", "key export-centre", "print the certificate signing key")
    p.add_argument("--out", metavar="FILE")
    p = leaf(key, "import", "key import", "trust a machine's or a publisher's public key")
    p.add_argument("file", metavar="FILE")
    kind = p.add_mutually_exclusive_group(required=True)
    kind.add_argument("--machine", action="store_true", help="a post's machine key")
    kind.add_argument("--publisher", action="store_true", help="a module publisher's key")
    p.add_argument("--machine-id", metavar="ID", help="the machine's id, if not in the key's label")
    p.add_argument("--label", help="a name for the key")
    p = leaf(key, "list", "key list", "list trusted keys")
    p.add_argument("--kind", choices=["machine", "publisher"])
    p = leaf(key, "remove", "key remove", "stop trusting a key")
    p.add_argument("key_id", metavar="KEY_ID")
    p = leaf(key, "generate", "key generate", "create a module publisher's key pair")
    p.add_argument("--out", required=True, metavar="KEY.pem")
    p.add_argument("--label", required=True)
    p = leaf(key, "trust", "key trust", "trust another centre's public key")
    p.add_argument("file", metavar="FILE")

    qs = sub.add_parser("questions", help="question banks from other systems").add_subparsers(
        dest="sub", metavar="ACTION", required=True
    )
    p = leaf(qs, "import", "questions import", "convert GIFT, Moodle XML, Aiken or QTI to a bank")
    p.add_argument("--format", required=True, choices=["gift", "moodle-xml", "aiken", "qti"])
    p.add_argument("file", metavar="FILE")
    p.add_argument("--out", required=True, metavar="BANK.yaml")
    p.add_argument("--bank", help="bank name (default: the output file's name)")
    p.add_argument("--language", default="en", help="language of the texts (default en)")

    def filters(p: argparse.ArgumentParser, module_required: bool = False) -> None:
        p.add_argument("--cohort", metavar="NAME")
        p.add_argument("--module", metavar="MODULE_ID", required=module_required)
        p.add_argument("--since", metavar="YYYY-MM-DD", help="submitted on or after this day")
        p.add_argument("--until", metavar="YYYY-MM-DD", help="submitted on or before this day")

    export = sub.add_parser("export", help="export results").add_subparsers(
        dest="sub", metavar="ACTION", required=True
    )
    p = leaf(export, "results", "export results", "results as CSV, XLSX or xAPI statements")
    p.add_argument("--format", required=True, choices=["csv", "xlsx", "xapi"])
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--delimiter", default=",", choices=[",", ";"], help="CSV separator")
    p.add_argument("--json-lines", action="store_true", help="xAPI: one statement per line")
    filters(p)
    report = sub.add_parser("report", help="analyses").add_subparsers(
        dest="sub", metavar="ACTION", required=True
    )
    p = leaf(report, "items", "report items", "facility and discrimination of each question")
    p.add_argument("--assessment", required=True, metavar="ASSESSMENT_ID")
    filters(p, module_required=True)

    bundle = sub.add_parser("bundle", help="results and distribution bundles").add_subparsers(
        dest="sub", metavar="ACTION", required=True
    )
    p = leaf(bundle, "export", "bundle export", "write new results (or a post's distribution)")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--for-post", nargs="+", metavar="COHORT", help="distribution for cohorts")
    p.add_argument("--all", action="store_true", help="everything, not only what is new")
    p = leaf(bundle, "import", "bundle import", "verify and merge a bundle")
    p.add_argument("file", metavar="FILE")

    p = leaf(sub, "backup", "backup", "write a backup of the database, settings and keys")
    p.add_argument("--out", required=True, metavar="FILE")
    p = leaf(sub, "restore", "restore", "replace the database with a backup")
    p.add_argument("file", metavar="FILE")
    leaf(sub, "demo", "demo", "seed a demo cohort, trainees and attempts")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    parser = build_parser()
    args = parser.parse_args(argv)
    args._ctx = None
    try:
        return int(args.handler(args))
    except UsageError as exc:
        parser.print_usage(sys.stderr)
        print(f"mobilaze-admin: error: {exc}", file=sys.stderr)
        return 2
    except ValidationFailed as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except MobilazeError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 1
    finally:
        if args._ctx is not None:
            args._ctx.close()


if __name__ == "__main__":
    sys.exit(main())
