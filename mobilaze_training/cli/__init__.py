"""`mobilaze-admin`: the administrator's command line. It calls services only.

Exit codes: 0 success, 1 refused input (clear message on stderr), 2 usage error.
Each command group lives in its own module; importing them registers their commands.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from typing import Any

from mobilaze_training import __version__
from mobilaze_training.cli import documents, exams, exchange, people  # noqa: F401 - registers
from mobilaze_training.cli.base import _COMMANDS, UsageError
from mobilaze_training.errors import MobilazeError, ValidationFailed

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

    practical = sub.add_parser("practical", help="practical tests").add_subparsers(
        dest="sub", metavar="ACTION", required=True
    )
    p = leaf(practical, "record", "practical record", "record an observed practical test")
    p.add_argument("--user", required=True, metavar="USERNAME")
    p.add_argument("--module", required=True, metavar="MODULE_ID")
    p.add_argument("--assessment", required=True, metavar="ASSESSMENT_ID")
    p.add_argument(
        "--observations",
        required=True,
        metavar="FILE.json",
        help='{"c1": {"met": true, "note": "..."}, ...}: every checklist item',
    )
    p = leaf(practical, "profile", "practical profile", "a trainee's learning-outcome profile")
    p.add_argument("--user", required=True, metavar="USERNAME")
    p.add_argument("--module", required=True, metavar="MODULE_ID")

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
    p.add_argument(
        "--format", required=True, choices=["csv", "csv-answers", "csv-outcomes", "xlsx", "xapi"]
    )
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
