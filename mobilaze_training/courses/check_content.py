"""Checks of a module's content files: question banks, lesson Markdown, localised texts.

The questions within the banks (ids, correct options, images, outcomes), the lessons the
manifest lists (files per language, no scripts, images present and local), and that every
text has the module's default language.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from pathlib import PurePosixPath
from typing import Any

from pydantic import TypeAdapter, ValidationError

from mobilaze_training.courses.collect import Collector, duplicates, keep_valid, lenient
from mobilaze_training.courses.model import (
    Bank,
    Manifest,
    Matching,
    MultipleChoice,
    Ordering,
    Question,
    SingleChoice,
)
from mobilaze_training.courses.source import MANIFEST, ModuleFiles
from mobilaze_training.courses.yamlio import PathElem, YamlError, decode

LOCALISED_FIELDS = frozenset(
    {"title", "summary", "prompt", "explanation", "text", "feedback", "left", "right", "rubric"}
)
_IMAGE_RE = re.compile(r"!\[[^\]]*\]\(\s*<?([^)\s>]+)")
_IMAGE_REF_RE = re.compile(r"!\[([^\]]*)\](?:\[([^\]]*)\])?(?![(\[])")
_REF_DEF_RE = re.compile(r"^ {0,3}\[([^\]]+)\]:\s*<?([^\s>]+)")
_HTML_SRC_RE = re.compile(
    r"<img[^>]*\ssrc\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s\"'>]+))", re.IGNORECASE
)
_SCRIPT_RE = re.compile(r"<\s*(script|iframe|object|embed)\b", re.IGNORECASE)
_REMOTE_RE = re.compile(r"^([a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)
_QUESTION: TypeAdapter[Question] = TypeAdapter(Question)


def salvage_bank(check: Collector, rel: str, stem: str, data: dict[str, Any]) -> Bank:
    """The questions of a bank with problems that parse, under the file's name."""
    try:
        return lenient(Bank.model_validate, data).model_copy(update={"bank": stem})
    except ValidationError:
        pass
    questions = keep_valid(
        check, rel, "questions", data.get("questions"), _QUESTION.validate_python
    )
    return Bank.model_construct(bank=stem, questions=questions)


def check_questions(
    check: Collector,
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
            for dup in duplicates(ids):
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


def check_localised(
    check: Collector, rel: str, data: Any, default: str, languages: Sequence[str]
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


def check_lessons(
    check: Collector, files: ModuleFiles, manifest: Manifest
) -> dict[str, dict[str, str]]:
    lessons: dict[str, dict[str, str]] = {}
    for dup in duplicates(lesson.id for lesson in manifest.lessons):
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


def _check_markdown(check: Collector, files: ModuleFiles, rel: str, text: str) -> None:
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
