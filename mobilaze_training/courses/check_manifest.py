"""Checks of the manifest's assessments, outcomes and practical tests.

Ids unique, sections that name known questions and banks and can draw what they ask for,
practical tests that assess every fundamental-rights outcome, and a certificate that
requires known assessments; also the salvage of a manifest with problems, so the rest of
the module can still be checked.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, TypeAdapter, ValidationError

from mobilaze_training.courses.collect import Collector, duplicates, keep_valid, lenient
from mobilaze_training.courses.model import (
    Assessment,
    CertificateRule,
    DrawSection,
    FixedSection,
    LangCode,
    LessonRef,
    Manifest,
    Outcome,
    Question,
)
from mobilaze_training.courses.source import MANIFEST
from mobilaze_training.courses.yamlio import PathElem

_LANGUAGES: TypeAdapter[list[str]] = TypeAdapter(list[LangCode])
_SALVAGED_LISTS: dict[str, type[BaseModel]] = {
    "lessons": LessonRef,
    "assessments": Assessment,
    "outcomes": Outcome,
}


def salvage_manifest(check: Collector, data: dict[str, Any]) -> Manifest | None:
    """The parts of a manifest with problems that parse, for the checks of the other files.

    Its problems are already reported; this only lets the rest of the module be checked
    too, so that every problem is found in one run. None when even the languages are wrong.
    """
    try:
        return lenient(Manifest.model_validate, data)
    except ValidationError:
        pass
    try:
        languages = _LANGUAGES.validate_python(data.get("languages"))
    except ValidationError:
        return None
    if not languages:
        return None
    parts: dict[str, Any] = {"languages": languages}
    for name, model in _SALVAGED_LISTS.items():
        parts[name] = keep_valid(check, MANIFEST, name, data.get(name), model.model_validate)
    try:
        parts["certificate"] = CertificateRule.model_validate(data["certificate"])
    except (KeyError, ValidationError):
        parts["certificate"] = None
    return Manifest.model_construct(**parts)


def _matches(q: Question, bank: str, section: DrawSection) -> bool:
    src = section.from_
    return (src.bank is None or src.bank == bank) and all(t in q.tags for t in src.tags)


def check_assessments(
    check: Collector,
    manifest: Manifest,
    questions: dict[str, tuple[str, Question]],
    banks: set[str],
) -> None:
    ids = [a.id for a in manifest.assessments]
    for dup in duplicates(ids):
        check.add(MANIFEST, ["assessments"], f"duplicate assessment id '{dup}'")
    outcomes = {o.id: o for o in manifest.outcomes}
    for dup in duplicates(o.id for o in manifest.outcomes):
        check.add(MANIFEST, ["outcomes"], f"duplicate outcome id '{dup}'")
    # Some questions unknown (their bank or their own text has problems): counts would lie.
    incomplete = bool(check.unread or check.unparsed["questions"])
    for i, assessment in check.indexed(MANIFEST, "assessments", manifest.assessments):
        path: list[PathElem] = ["assessments", i]
        if assessment.kind == "practical":
            _check_practical(check, path, assessment, outcomes)
            continue
        if assessment.checklist:
            check.add(MANIFEST, [*path, "checklist"], "only a practical test has a checklist")
        if not assessment.sections:
            check.add(MANIFEST, [*path, "sections"], "an assessment needs at least one section")
        fixed = {q for s in assessment.sections if isinstance(s, FixedSection) for q in s.questions}
        seen_in: dict[str, int] = {}
        for j, section in enumerate(assessment.sections):
            if isinstance(section, FixedSection):
                for qid in dict.fromkeys(section.questions):
                    if qid in seen_in:
                        check.add(
                            MANIFEST,
                            [*path, "sections", j, "questions"],
                            f"question '{qid}' is already in section {seen_in[qid] + 1}",
                        )
                    seen_in.setdefault(qid, j)
        pool: set[str] = set(fixed)
        needed = len(fixed)
        for j, section in enumerate(assessment.sections):
            spath = [*path, "sections", j]
            if isinstance(section, FixedSection):
                for k, qid in enumerate(section.questions):
                    if (
                        qid not in questions
                        and not check.unread
                        and qid not in check.unparsed["questions"]
                    ):
                        check.add(MANIFEST, [*spath, "questions", k], f"unknown question '{qid}'")
                for dup in duplicates(section.questions):
                    check.add(MANIFEST, [*spath, "questions"], f"question '{dup}' listed twice")
                continue
            src = section.from_
            if src.bank is None and not src.tags:
                check.add(MANIFEST, [*spath, "from"], "name a bank, tags, or both")
                continue
            if src.bank is not None and src.bank not in banks:
                if src.bank not in check.unread:
                    check.add(MANIFEST, [*spath, "from", "bank"], f"unknown bank '{src.bank}'")
                continue
            matching = {qid for qid, (b, q) in questions.items() if _matches(q, b, section)}
            available = len(matching - fixed)
            if section.draw > available and not incomplete:
                check.add(
                    MANIFEST,
                    [*spath, "draw"],
                    f"asks for {section.draw} questions but only {available} match",
                )
            pool |= matching
            needed += section.draw
        if needed > len(pool) and not check.has_errors():
            check.add(
                MANIFEST,
                [*path, "sections"],
                f"sections need {needed} distinct questions but only {len(pool)} are available",
            )
    if manifest.certificate is not None:
        for k, req in enumerate(manifest.certificate.requires):
            if req not in ids and req not in check.unparsed["assessments"]:
                check.add(MANIFEST, ["certificate", "requires", k], f"unknown assessment '{req}'")


def _check_practical(
    check: Collector, path: list[PathElem], assessment: Assessment, outcomes: dict[str, Any]
) -> None:
    if assessment.sections:
        check.add(MANIFEST, [*path, "sections"], "a practical test is a checklist, not sections")
    if not assessment.checklist:
        check.add(MANIFEST, [*path, "checklist"], "a practical test needs checklist items")
        return
    for dup in duplicates(item.id for item in assessment.checklist):
        check.add(MANIFEST, [*path, "checklist"], f"duplicate checklist item id '{dup}'")
    covered: set[str] = set()
    for k, item in enumerate(assessment.checklist):
        for outcome in item.outcomes:
            if outcome not in outcomes and outcome not in check.unparsed["outcomes"]:
                check.add(
                    MANIFEST, [*path, "checklist", k, "outcomes"], f"unknown outcome '{outcome}'"
                )
            covered.add(outcome)
    for oid, outcome in outcomes.items():
        if outcome.fundamental_rights and oid not in covered:
            check.add(
                MANIFEST,
                [*path, "checklist"],
                f"fundamental-rights outcome '{oid}' must be assessed in every practical test",
            )
