"""Validation of a whole module: every problem at once, as `file:line: field.path: message`."""

from __future__ import annotations

import copy
import gc
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, TypeVar

from pydantic import BaseModel, TypeAdapter, ValidationError

from mobilaze_training.courses.model import (
    Assessment,
    Bank,
    CertificateRule,
    DrawSection,
    FixedSection,
    LangCode,
    LessonRef,
    Manifest,
    Matching,
    MultipleChoice,
    Ordering,
    Outcome,
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
_T = TypeVar("_T")
LOCALISED_FIELDS = frozenset(
    {"title", "summary", "prompt", "explanation", "text", "feedback", "left", "right", "rubric"}
)
MEDIA_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".svg"})
_IMAGE_RE = re.compile(r"!\[[^\]]*\]\(\s*<?([^)\s>]+)")
_IMAGE_REF_RE = re.compile(r"!\[([^\]]*)\](?:\[([^\]]*)\])?(?![(\[])")
_REF_DEF_RE = re.compile(r"^ {0,3}\[([^\]]+)\]:\s*<?([^\s>]+)")
_HTML_SRC_RE = re.compile(
    r"<img[^>]*\ssrc\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s\"'>]+))", re.IGNORECASE
)
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
        # When a file does not parse as a whole, the checks still run on the parts that do:
        # `positions` maps (file, list field) to the places of the items kept; `unparsed`
        # holds, by list field, the ids of items that did not parse, and `unread` the banks
        # that could not be read, so references to them are not reported as unknown.
        self.positions: dict[tuple[str, str], list[int]] = {}
        self.unparsed: defaultdict[str, set[str]] = defaultdict(set)
        self.unread: set[str] = set()

    def indexed(self, rel: str, name: str, items: Sequence[_T]) -> Iterable[tuple[int, _T]]:
        """Items with their positions in the file (not all items were kept when salvaged)."""
        kept = self.positions.get((rel, name))
        return enumerate(items) if kept is None else zip(kept, items, strict=True)

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
    with _gc_paused():
        return _validate(files)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Collect no garbage cycles while loading: loading makes no cycles and only allocates,
    and the collector's passes over the growing heap would take a third of the time."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _validate(files: ModuleFiles) -> LoadedModule:
    check = _Collector(files)
    manifest_data = _read_yaml(check, MANIFEST)
    manifest = (
        _parse(check, MANIFEST, Manifest, manifest_data) if manifest_data is not None else None
    )
    # The manifest's parts that parse: enough to check the rest even when it has problems.
    outline = manifest
    if manifest is None and manifest_data is not None:
        outline = _salvage_manifest(check, manifest_data)
    banks: dict[str, Bank] = {}
    bank_files: dict[str, str] = {}
    bank_data: dict[str, Any] = {}
    for rel in sorted(p for p in files.files if p.startswith("questions/")):
        if not rel.endswith((".yaml", ".yml")) or "/" in rel[len("questions/") :]:
            check.add(
                rel, [], "only question banks (questions/<bank>.yaml) belong here", warning=True
            )
            continue
        stem = PurePosixPath(rel).stem
        data = _read_yaml(check, rel)
        if data is None:
            check.unread.add(stem)
            continue
        bank = _parse(check, rel, Bank, data)
        if bank is None:
            bank = _salvage_bank(check, rel, stem, data)
        elif bank.bank != stem:
            check.add(rel, ["bank"], f"'{bank.bank}' must equal the file name '{stem}'")
            bank = bank.model_copy(update={"bank": stem})  # go on checking under the file's name
        if bank.bank in banks:
            check.add(rel, ["bank"], f"bank '{bank.bank}' is defined twice")
            continue
        banks[bank.bank] = bank
        bank_files[bank.bank] = rel
        bank_data[rel] = data
    for rel in files.files:
        top = rel.split("/", 1)[0]
        if rel not in (MANIFEST, SIGNATURE) and top not in ("lessons", "questions", "media"):
            check.add(
                rel, [], "unexpected file outside lessons/, questions/ and media/", warning=True
            )
        if top == "media" and PurePosixPath(rel).suffix.lower() not in MEDIA_SUFFIXES:
            check.add(rel, [], "media files must be png, jpg or svg", warning=True)

    outcome_ids = None if outline is None else {o.id for o in outline.outcomes}
    questions = _check_questions(check, files, banks, bank_files, outcome_ids)
    lessons: dict[str, dict[str, str]] = {}
    if outline is not None:
        languages = outline.languages
        if len(set(languages)) != len(languages):
            check.add(MANIFEST, ["languages"], "a language is listed twice")
        _check_localised(check, MANIFEST, manifest_data, outline.default_language, languages)
        for rel, data in bank_data.items():
            _check_localised(check, rel, data, outline.default_language, languages)
        lessons = _check_lessons(check, files, outline)
        _check_assessments(check, outline, questions, set(banks))
    if not files.files.get(MANIFEST):
        check.add(MANIFEST, [], "module.yaml is missing: every module needs a manifest")
    if check.has_errors() or manifest is None:
        raise ValidationFailed(files.display, check.problems())
    media = {p: d for p, d in files.files.items() if p.startswith("media/")}
    return LoadedModule(files, manifest, banks, questions, lessons, media, check.problems())


_LANGUAGES: TypeAdapter[list[str]] = TypeAdapter(list[LangCode])
_QUESTION: TypeAdapter[Question] = TypeAdapter(Question)
_SALVAGED_LISTS: dict[str, type[BaseModel]] = {
    "lessons": LessonRef,
    "assessments": Assessment,
    "outcomes": Outcome,
}


def _lenient(parse: Callable[[Any], _T], data: Any) -> _T:
    """`parse(data)`; when its only problems are unknown fields, `parse` of data without them.

    The unknown fields are reported all the same: leaving them out only lets the rest be
    checked, so that a typo does not hide the module's other problems.
    """
    try:
        return parse(data)
    except ValidationError as exc:
        errors = exc.errors()
        if any(err["type"] != "extra_forbidden" for err in errors):
            raise
        cleaned = copy.deepcopy(data)
        for err in errors:
            path, _value = _clean_loc(cleaned, err["loc"], err["type"])
            parent = cleaned
            for elem in path[:-1]:
                parent = parent[elem]
            if path and isinstance(parent, dict):
                parent.pop(path[-1], None)
        return parse(cleaned)


def _keep_valid(
    check: _Collector, rel: str, name: str, items: Any, parse: Callable[[Any], _T]
) -> list[_T]:
    """The items of a list that parse on their own; the ids of the others go to `unparsed`."""
    kept: list[_T] = []
    places: list[int] = []
    for i, item in enumerate(items if isinstance(items, list) else []):
        try:
            kept.append(_lenient(parse, item))
        except ValidationError:
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                check.unparsed[name].add(item["id"])
            continue
        places.append(i)
    check.positions[(rel, name)] = places
    return kept


def _salvage_manifest(check: _Collector, data: dict[str, Any]) -> Manifest | None:
    """The parts of a manifest with problems that parse, for the checks of the other files.

    Its problems are already reported; this only lets the rest of the module be checked
    too, so that every problem is found in one run. None when even the languages are wrong.
    """
    try:
        return _lenient(Manifest.model_validate, data)
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
        parts[name] = _keep_valid(check, MANIFEST, name, data.get(name), model.model_validate)
    try:
        parts["certificate"] = CertificateRule.model_validate(data["certificate"])
    except (KeyError, ValidationError):
        parts["certificate"] = None
    return Manifest.model_construct(**parts)


def _salvage_bank(check: _Collector, rel: str, stem: str, data: dict[str, Any]) -> Bank:
    """The questions of a bank with problems that parse, under the file's name."""
    try:
        return _lenient(Bank.model_validate, data).model_copy(update={"bank": stem})
    except ValidationError:
        pass
    questions = _keep_valid(
        check, rel, "questions", data.get("questions"), _QUESTION.validate_python
    )
    return Bank.model_construct(bank=stem, questions=questions)


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
        found, child = _child(cur, elem)
        if found:
            cur = child
            kept.append(elem)
        elif kind == "missing" and i == len(loc) - 1:
            kept.append(elem)
            cur = None
    return kept, cur


def _child(node: Any, elem: PathElem) -> tuple[bool, Any]:
    if isinstance(node, dict) and elem in node:
        return True, node[elem]
    if isinstance(node, list) and isinstance(elem, int) and 0 <= elem < len(node):
        return True, node[elem]
    return False, None


_MESSAGES = {
    "missing": "required field is missing",
    "union_tag_not_found": "required field is missing",
    "extra_forbidden": "unknown field (check its spelling against the module format)",
}


def _report_pydantic(check: _Collector, rel: str, data: Any, exc: ValidationError) -> None:
    grouped: dict[tuple[PathElem, ...], list[tuple[str, str]]] = {}
    for err in exc.errors():
        kind = err["type"]
        path, _value = _clean_loc(data, err["loc"], kind)
        msg = _MESSAGES.get(kind) or err["msg"][0].lower() + err["msg"][1:]
        ctx = err.get("ctx") or {}
        if kind in ("union_tag_not_found", "union_tag_invalid"):  # a question's `type`
            path.append(str(ctx.get("discriminator", "type")).strip("'"))
            if kind == "union_tag_invalid":
                expected = str(ctx.get("expected_tags", "")).replace("'", "")
                msg = f"unknown type '{ctx.get('tag')}'; use one of: {expected}"
        grouped.setdefault(tuple(path), []).append((kind, msg))
    paths = list(grouped)
    for where, errs in grouped.items():
        deeper = any(p[: len(where)] == where and len(p) > len(where) for p in paths)
        specific = [(k, m) for k, m in errs if k not in _TYPE_ERRORS]
        if specific:
            errs = specific
        elif deeper:
            continue  # a union branch's type complaint; the deeper error says what is wrong
        seen: list[str] = []
        for _kind, msg in errs:
            if msg not in seen:
                seen.append(msg)
        check.add(rel, list(where), " or ".join(seen) if len(seen) > 1 else seen[0])


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
    check: _Collector,
    files: ModuleFiles,
    banks: dict[str, Bank],
    bank_files: dict[str, str],
    outcome_ids: set[str] | None,
) -> dict[str, tuple[str, Question]]:
    """Checks within the banks; outcomes only when the manifest's are known."""
    result: dict[str, tuple[str, Question]] = {}
    for bank_name, bank in banks.items():
        rel = bank_files[bank_name]
        for i, q in check.indexed(rel, "questions", bank.questions):
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
                if (
                    outcome_ids is not None
                    and outcome not in outcome_ids | check.unparsed["outcomes"]
                ):
                    check.add(rel, [*path, "outcomes"], f"unknown outcome '{outcome}'")
    return result


def _check_lessons(
    check: _Collector, files: ModuleFiles, manifest: Manifest
) -> dict[str, dict[str, str]]:
    lessons: dict[str, dict[str, str]] = {}
    for dup in _duplicates(lesson.id for lesson in manifest.lessons):
        check.add(MANIFEST, ["lessons"], f"duplicate lesson id '{dup}'")
    default = manifest.default_language
    for i, lesson in check.indexed(MANIFEST, "lessons", manifest.lessons):
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


def _label(text: str) -> str:
    """A Markdown reference label as it matches: case and inner white space ignored."""
    return " ".join(text.split()).casefold()


def _check_markdown(check: _Collector, files: ModuleFiles, rel: str, text: str) -> None:
    base = PurePosixPath(rel).parent
    lines = text.splitlines()
    refs: dict[str, str] = {}  # reference definitions: [label]: target
    for line in lines:
        found = _REF_DEF_RE.match(line)
        if found:
            refs.setdefault(_label(found.group(1)), found.group(2))
    for lineno, line in enumerate(lines, start=1):
        if _SCRIPT_RE.search(line):
            check.add(
                rel, [], "scripts and embedded objects are not allowed in lessons", line=lineno
            )
        targets = _IMAGE_RE.findall(line)
        targets += ["".join(groups) for groups in _HTML_SRC_RE.findall(line)]
        for alt, label in _IMAGE_REF_RE.findall(line):  # ![alt][label], ![label][], ![label]
            target = refs.get(_label(label or alt))
            if target is not None:
                targets.append(target)
        for target in targets:
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
    check: _Collector,
    manifest: Manifest,
    questions: dict[str, tuple[str, Question]],
    banks: set[str],
) -> None:
    ids = [a.id for a in manifest.assessments]
    for dup in _duplicates(ids):
        check.add(MANIFEST, ["assessments"], f"duplicate assessment id '{dup}'")
    outcomes = {o.id: o for o in manifest.outcomes}
    for dup in _duplicates(o.id for o in manifest.outcomes):
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
                for dup in _duplicates(section.questions):
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
