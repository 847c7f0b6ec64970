"""Commands for course modules, question banks and paper exams."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.cli.base import (
    _print_problems,
    command,
    ctx_of,
    emit,
)
from mobilaze_training.errors import MobilazeError, ValidationFailed
from mobilaze_training.services import (
    courses,
    grading,
    keys,
    practical,
    printing,
    questions,
)

# ---- course -----------------------------------------------------------------------------


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


# ---- attempt ----------------------------------------------------------------------------


def _json_object(path: Path, what: str, keyed_by: str) -> dict[str, Any]:
    """A JSON object read from `path`; a clear message naming the file and line otherwise."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise MobilazeError(f"{path}: cannot read the {what} file ({exc}).") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise MobilazeError(
            f"{path}:{exc.lineno}: not valid JSON ({exc.msg}); give an object keyed by {keyed_by}."
        ) from exc
    if not isinstance(data, dict):
        raise MobilazeError(f"{path}: expected a JSON object keyed by {keyed_by}.")
    return data


@command("attempt record")
def cmd_attempt_record(args: argparse.Namespace) -> int:
    responses = _json_object(Path(args.responses), "responses", "question id")
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


@command("practical record")
def cmd_practical_record(args: argparse.Namespace) -> int:
    observations = _json_object(Path(args.observations), "observations", "checklist item id")
    result = practical.record_practical(
        ctx_of(args), SYSTEM, args.user, args.module, args.assessment, observations
    )
    data = result.as_contract()
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    verdict = "PASSED" if result.passed else "NOT PASSED"
    print(
        f"{args.user}: {result.score:g} / {result.max_score:g} points, "
        f"{result.percent}% - {verdict}"
    )
    if result.critical_missed:
        print("  critical item(s) not met: " + ", ".join(result.critical_missed))
    return 0


@command("practical profile")
def cmd_practical_profile(args: argparse.Namespace) -> int:
    profile = practical.trainee_outcome_profile(ctx_of(args), SYSTEM, args.user, args.module)
    data = [
        {
            "outcome": o.id,
            "level": o.level,
            "fundamental_rights": o.fundamental_rights,
            "points": o.points,
            "max_points": o.max_points,
            "share": None if o.share is None else round(o.share, 4),
            "achieved": o.achieved,
            "pending": o.pending,
        }
        for o in profile.outcomes
    ]
    lines = [
        f"{o.id:32} level {o.level}  "
        + ("not assessed yet" if o.share is None else f"{o.share:6.1%}")
        + ("  achieved" if o.achieved else "")
        + ("  (fundamental rights)" if o.fundamental_rights else "")
        for o in profile.outcomes
    ] or [f"Module {args.module} states no learning outcomes."]
    emit(args, data, lines)
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


@command("course sign")
def cmd_course_sign(args: argparse.Namespace) -> int:
    try:
        result = keys.sign_module(Path(args.path), Path(args.key))
    except ValidationFailed as exc:
        _print_problems(exc.problems)
        raise
    emit(args, result, f"Signed {result.path} with key {result.key_id} ({result.files} files).")
    return 0
