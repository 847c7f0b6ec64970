"""Validation of a whole module: every problem at once, as `file:line: field.path: message`."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from mobilaze_training.courses.model import (
    Assessment,
    Bank,
    DrawSection,
    FixedSection,
    Manifest,
    Matching,
    MultipleChoice,
    Ordering,
    Question,
    SingleChoice,
)
from mobilaze_training.courses.source import MANIFEST, SIGNATURE, ModuleFiles, read_module_files
from mobilaze_training.courses.yamlio import (
    LineFinder,
    PathElem,
    YamlError,
    decode,
    format_path,
    load,
)
from mobilaze_training.errors import Problem, ValidationFailed

_M = TypeVar("_M", bound=BaseModel)
LOCALISED_FIELDS = frozenset(
    {"title", "summary", "prompt", "explanation", "text", "feedback", "left", "right", "rubric"}
)
MEDIA_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".svg"})
_IMAGE_RE = re.compile(r"!\[[^\]]*\]\(\s*<?([^)\s>]+)")
_HTML_SRC_RE = re.compile(r"<img[^>]*\ssrc\s*=\s*[\"']([^\"']+)", re.IGNORECASE)
_SCRIPT_RE = re.compile(r"<\s*(script|iframe|object|embed)\b", re.IGNORECASE)
_REMOTE_RE = re.compile(r"^([a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)
_TYPE_ERRORS = frozenset(
    {"string_type", "dict_type", "list_type", "model_type", "model_attributes_type", "bool_type"}
)


@dataclass
class LoadedModule:
    """A module that passed validation, ready to install."""

    files: ModuleFiles
    manifest: Manifest
    banks: dict[str, Bank]
    questions: dict[str, tuple[str, Question]]
    lessons: dict[str, dict[str, str]]
    media: dict[str, bytes]
    warnings: list[Problem] = field(default_factory=list)

    @property
    def content_hash(self) -> str:
        return self.files.content_hash()


class _Collector:
    def __init__(self, files: ModuleFiles) -> None:
        self.files = files
        self.texts: dict[str, str] = {}
        self.raw: list[tuple[str, tuple[PathElem, ...], str, bool, int | None]] = []

    def add(
        self,
        rel: str,
        path: Sequence[PathElem],
        message: str,
        *,
        warning: bool = False,
        line: int | None = None,
    ) -> None:
        self.raw.append((rel, tuple(path), message, warning, line))

    def has_errors(self) -> bool:
        return any(not warning for _, _, _, warning, _ in self.raw)

    def problems(self) -> list[Problem]:
        finders: dict[str, LineFinder] = {}
        out: list[Problem] = []
        for rel, path, message, warning, line in self.raw:
            if line is None and rel in self.texts:
                finder = finders.get(rel)
                if finder is None:
                    finder = finders[rel] = LineFinder(self.texts[rel])
                line = finder.line(path)
            out.append(Problem(self.files.where(rel), line, format_path(path), message, warning))
        out.sort(key=lambda p: (p.warning, p.file, p.line or 0))
        return out


def load_module(path: Path) -> LoadedModule:
    """Read and validate the module at `path`; raises ValidationFailed listing every problem."""
    return validate_files(read_module_files(path))


def validate_files(files: ModuleFiles) -> LoadedModule:
    check = _Collector(files)
    manifest_data = _read_yaml(check, MANIFEST)
    manifest = (
        _parse(check, MANIFEST, Manifest, manifest_data) if manifest_data is not None else None
    )
    banks: dict[str, Bank] = {}
    bank_data: dict[str, Any] = {}
    bank_files = sorted(p for p in files.files if p.startswith("questions/"))
    for rel in bank_files:
        if not rel.endswith((".yaml", ".yml")) or "/" in rel[len("questions/") :]:
            check.add(
                rel, [], "only question banks (questions/<bank>.yaml) belong here", warning=True
            )
            continue
        data = _read_yaml(check, rel)
        if data is None:
            continue
        bank = _parse(check, rel, Bank, data)
        if bank is None:
            continue
        stem = PurePosixPath(rel).stem
        if bank.bank != stem:
            check.add(rel, ["bank"], f"'{bank.bank}' must equal the file name '{stem}'")
        if bank.bank in banks:
            check.add(rel, ["bank"], f"bank '{bank.bank}' is defined twice")
        banks[bank.bank] = bank
        bank_data[rel] = data
    for rel in files.files:
        top = rel.split("/", 1)[0]
        if rel not in (MANIFEST, SIGNATURE) and top not in ("lessons", "questions", "media"):
            check.add(
                rel, [], "unexpected file outside lessons/, questions/ and media/", warning=True
            )
        if top == "media" and PurePosixPath(rel).suffix.lower() not in MEDIA_SUFFIXES:
            check.add(rel, [], "media files must be png, jpg or svg", warning=True)

    questions: dict[str, tuple[str, Question]] = {}
    lessons: dict[str, dict[str, str]] = {}
    if manifest is not None:
        languages = manifest.languages
        if len(set(languages)) != len(languages):
            check.add(MANIFEST, ["languages"], "a language is listed twice")
        _check_localised(check, MANIFEST, manifest_data, manifest.default_language, languages)
        for rel, data in bank_data.items():
            _check_localised(check, rel, data, manifest.default_language, languages)
        questions = _check_questions(check, files, banks, manifest)
        lessons = _check_lessons(check, files, manifest)
        _check_assessments(check, manifest, questions)
    if not files.files.get(MANIFEST):
        check.add(MANIFEST, [], "module.yaml is missing: every module needs a manifest")
    if check.has_errors() or manifest is None:
        raise ValidationFailed(files.display, check.problems())
    media = {p: d for p, d in files.files.items() if p.startswith("media/")}
    return LoadedModule(files, manifest, banks, questions, lessons, media, check.problems())


def _read_yaml(check: _Collector, rel: str) -> Any:
    data = check.files.files.get(rel)
    if data is None:
        return None
    try:
        text = decode(data)
        check.texts[rel] = text
        result = load(text)
    except YamlError as exc:
        check.texts.pop(rel, None)
        check.add(rel, [], exc.message, line=exc.line)
        return None
    if not isinstance(result, dict):
        check.add(rel, [], "must be a YAML mapping (key: value lines)", line=1)
        return None
    return result


def _parse(check: _Collector, rel: str, model: type[_M], data: Any) -> _M | None:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        _report_pydantic(check, rel, data, exc)
        return None


def _clean_loc(data: Any, loc: Sequence[PathElem], kind: str) -> tuple[list[PathElem], Any]:
    """The real field path of a pydantic error (union member names dropped), and its value."""
    cur = data
    kept: list[PathElem] = []
    for i, elem in enumerate(loc):
        if isinstance(cur, dict) and elem in cur:
            cur = cur[elem]
            kept.append(elem)
        elif isinstance(cur, list) and isinstance(elem, int) and 0 <= elem < len(cur):
            cur = cur[elem]
            kept.append(elem)
        elif kind == "missing" and i == len(loc) - 1:
            kept.append(elem)
            cur = None
    return kept, cur


_MESSAGES = {
    "missing": "required field is missing",
    "extra_forbidden": "unknown field (check its spelling against the module format)",
}


def _report_pydantic(check: _Collector, rel: str, data: Any, exc: ValidationError) -> None:
    grouped: dict[tuple[PathElem, ...], list[tuple[str, str]]] = {}
    for err in exc.errors():
        kind = err["type"]
        path, _value = _clean_loc(data, err["loc"], kind)
        msg = _MESSAGES.get(kind) or err["msg"][0].lower() + err["msg"][1:]
        grouped.setdefault(tuple(path), []).append((kind, msg))
    paths = list(grouped)
    for path, errs in grouped.items():
        deeper = any(p[: len(path)] == path and len(p) > len(path) for p in paths)
        specific = [(k, m) for k, m in errs if k not in _TYPE_ERRORS]
        if specific:
            errs = specific
        elif deeper:
            continue  # a union branch's type complaint; the deeper error says what is wrong
        seen: list[str] = []
        for _kind, msg in errs:
            if msg not in seen:
                seen.append(msg)
        check.add(rel, list(path), " or ".join(seen) if len(seen) > 1 else seen[0])


def _check_localised(
    check: _Collector, rel: str, data: Any, default: str, languages: Sequence[str]
) -> None:
    """Default language required in every text; other missing translations are warned once."""
    missing: Counter[str] = Counter()

    def walk(node: Any, path: list[PathElem]) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "feedback" and "kind" in node:
                    continue  # an assessment's feedback policy, not a text
                if key in LOCALISED_FIELDS and isinstance(value, (str, dict)):
                    texts = value if isinstance(value, dict) else {default: value}
                    if default not in texts:
                        check.add(rel, [*path, key], f"no text in the default language '{default}'")
                    for lang in languages:
                        if lang not in texts:
                            missing[lang] += 1
                    for lang in texts:
                        if lang not in languages:
                            check.add(
                                rel,
                                [*path, key, lang],
                                f"language '{lang}' is not in the module's languages",
                                warning=True,
                            )
                elif isinstance(value, (dict, list)):
                    walk(value, [*path, key])
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, [*path, i])

    walk(data, [])
    for lang, count in sorted(missing.items()):
        if lang != default:
            check.add(
                rel, [], f"{count} text(s) have no '{lang}' translation", warning=True, line=1
            )


def _duplicates(ids: Iterable[str]) -> list[str]:
    return [i for i, n in Counter(ids).items() if n > 1]


def _check_questions(
    check: _Collector, files: ModuleFiles, banks: dict[str, Bank], manifest: Manifest
) -> dict[str, tuple[str, Question]]:
    result: dict[str, tuple[str, Question]] = {}
    outcome_ids = {o.id for o in manifest.outcomes}
    for bank_name, bank in banks.items():
        rel = f"questions/{bank_name}.yaml"
        for i, q in enumerate(bank.questions):
            path: list[PathElem] = ["questions", i]
            if q.id in result:
                first = result[q.id][0]
                check.add(
                    rel, [*path, "id"], f"duplicate question id '{q.id}' (also in bank {first})"
                )
            else:
                result[q.id] = (bank_name, q)
            if isinstance(q, SingleChoice | MultipleChoice):
                correct = sum(o.correct for o in q.options)
                if isinstance(q, SingleChoice) and correct != 1:
                    check.add(
                        rel,
                        [*path, "options"],
                        f"single_choice needs exactly one correct option, found {correct}",
                    )
                if isinstance(q, MultipleChoice) and correct < 1:
                    check.add(rel, [*path, "options"], "multiple_choice needs a correct option")
                ids = [o.id for o in q.options]
                where = "options"
            elif isinstance(q, Matching):
                ids = [p.id for p in q.pairs] + [d.id for d in q.distractors]
                where = "pairs"
            elif isinstance(q, Ordering):
                ids = [it.id for it in q.items]
                where = "items"
            else:
                ids, where = [], ""
            for dup in _duplicates(ids):
                check.add(rel, [*path, where], f"duplicate id '{dup}'")
            if q.image and q.image not in files.files:
                check.add(rel, [*path, "image"], f"file '{q.image}' is not in the module")
            for outcome in q.outcomes:
                if outcome not in outcome_ids:
                    check.add(rel, [*path, "outcomes"], f"unknown outcome '{outcome}'")
    return result


def _check_lessons(
    check: _Collector, files: ModuleFiles, manifest: Manifest
) -> dict[str, dict[str, str]]:
    lessons: dict[str, dict[str, str]] = {}
    for dup in _duplicates(lesson.id for lesson in manifest.lessons):
        check.add(MANIFEST, ["lessons"], f"duplicate lesson id '{dup}'")
    default = manifest.default_language
    for i, lesson in enumerate(manifest.lessons):
        texts: dict[str, str] = {}
        for lang in manifest.languages:
            rel = f"{lesson.file}.{lang}.md"
            if rel not in files.files and lang == default and lesson.file in files.files:
                rel = lesson.file
            data = files.files.get(rel)
            if data is None:
                if lang == default:
                    check.add(
                        MANIFEST,
                        ["lessons", i, "file"],
                        f"lesson file '{lesson.file}.{lang}.md' is missing",
                    )
                else:
                    check.add(
                        MANIFEST,
                        ["lessons", i, "file"],
                        f"no '{lang}' translation ({lesson.file}.{lang}.md)",
                        warning=True,
                    )
                continue
            try:
                text = decode(data)
            except YamlError as exc:
                check.add(rel, [], exc.message, line=exc.line)
                continue
            texts[lang] = text
            _check_markdown(check, files, rel, text)
        lessons[lesson.id] = texts
    return lessons


def _check_markdown(check: _Collector, files: ModuleFiles, rel: str, text: str) -> None:
    base = PurePosixPath(rel).parent
    for lineno, line in enumerate(text.splitlines(), start=1):
        if _SCRIPT_RE.search(line):
            check.add(
                rel, [], "scripts and embedded objects are not allowed in lessons", line=lineno
            )
        for target in _IMAGE_RE.findall(line) + _HTML_SRC_RE.findall(line):
            if _REMOTE_RE.match(target):
                check.add(
                    rel,
                    [],
                    f"remote image '{target}' is not allowed; put it in media/",
                    line=lineno,
                )
            elif resolve_media(files.files, base, target) is None:
                check.add(rel, [], f"image '{target}' is not in the module", line=lineno)


def resolve_media(files: dict[str, bytes], base: PurePosixPath, target: str) -> str | None:
    """The module path an image reference names: root-relative, else lesson-relative."""
    target = target.split("#", 1)[0].split("?", 1)[0]
    if target in files:
        return target
    parts: list[str] = []
    for part in (base / target).parts:
        if part == "..":
            if parts:
                parts.pop()
        elif part != ".":
            parts.append(part)
    joined = "/".join(parts)
    return joined if joined in files else None


def _matches(q: Question, bank: str, section: DrawSection) -> bool:
    src = section.from_
    return (src.bank is None or src.bank == bank) and all(t in q.tags for t in src.tags)


def _check_assessments(
    check: _Collector, manifest: Manifest, questions: dict[str, tuple[str, Question]]
) -> None:
    ids = [a.id for a in manifest.assessments]
    for dup in _duplicates(ids):
        check.add(MANIFEST, ["assessments"], f"duplicate assessment id '{dup}'")
    banks = {b for b, _ in questions.values()}
    outcomes = {o.id: o for o in manifest.outcomes}
    for dup in _duplicates(o.id for o in manifest.outcomes):
        check.add(MANIFEST, ["outcomes"], f"duplicate outcome id '{dup}'")
    for i, assessment in enumerate(manifest.assessments):
        path: list[PathElem] = ["assessments", i]
        if assessment.kind == "practical":
            _check_practical(check, path, assessment, outcomes)
            continue
        if assessment.checklist:
            check.add(MANIFEST, [*path, "checklist"], "only a practical test has a checklist")
        if not assessment.sections:
            check.add(MANIFEST, [*path, "sections"], "an assessment needs at least one section")
        fixed = {q for s in assessment.sections if isinstance(s, FixedSection) for q in s.questions}
        pool: set[str] = set(fixed)
        needed = len(fixed)
        for j, section in enumerate(assessment.sections):
            spath = [*path, "sections", j]
            if isinstance(section, FixedSection):
                for k, qid in enumerate(section.questions):
                    if qid not in questions:
                        check.add(MANIFEST, [*spath, "questions", k], f"unknown question '{qid}'")
                for dup in _duplicates(section.questions):
                    check.add(MANIFEST, [*spath, "questions"], f"question '{dup}' listed twice")
                continue
            src = section.from_
            if src.bank is None and not src.tags:
                check.add(MANIFEST, [*spath, "from"], "name a bank, tags, or both")
                continue
            if src.bank is not None and src.bank not in banks:
                check.add(MANIFEST, [*spath, "from", "bank"], f"unknown bank '{src.bank}'")
                continue
            matching = {qid for qid, (b, q) in questions.items() if _matches(q, b, section)}
            available = len(matching - fixed)
            if section.draw > available:
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
            if req not in ids:
                check.add(MANIFEST, ["certificate", "requires", k], f"unknown assessment '{req}'")


def _check_practical(
    check: _Collector, path: list[PathElem], assessment: Assessment, outcomes: dict[str, Any]
) -> None:
    if assessment.sections:
        check.add(MANIFEST, [*path, "sections"], "a practical test is a checklist, not sections")
    if not assessment.checklist:
        check.add(MANIFEST, [*path, "checklist"], "a practical test needs checklist items")
        return
    for dup in _duplicates(item.id for item in assessment.checklist):
        check.add(MANIFEST, [*path, "checklist"], f"duplicate checklist item id '{dup}'")
    covered: set[str] = set()
    for k, item in enumerate(assessment.checklist):
        for outcome in item.outcomes:
            if outcome not in outcomes:
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
