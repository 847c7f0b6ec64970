"""Validation of a whole module: every problem at once, as `file:line: field.path: message`.

The entry points and the order of the checks; the collector and readers are in
`collect`, the checks of banks and lessons in `check_content`, and those of the
manifest's assessments in `check_manifest`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from mobilaze_training.courses.check_content import LOCALISED_FIELDS as LOCALISED_FIELDS
from mobilaze_training.courses.check_content import (
    check_lessons,
    check_localised,
    check_questions,
    salvage_bank,
)
from mobilaze_training.courses.check_content import resolve_media as resolve_media
from mobilaze_training.courses.check_manifest import check_assessments, salvage_manifest
from mobilaze_training.courses.collect import Collector, parse_model, read_yaml
from mobilaze_training.courses.model import Bank, Manifest, Question
from mobilaze_training.courses.source import MANIFEST, SIGNATURE, ModuleFiles, read_module_files
from mobilaze_training.errors import Problem, ValidationFailed
from mobilaze_training.gcpause import collector_paused

MEDIA_SUFFIXES = frozenset({".png", ".jpg", ".jpeg", ".svg"})


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


def load_module(path: Path) -> LoadedModule:
    """Read and validate the module at `path`; raises ValidationFailed listing every problem."""
    return validate_files(read_module_files(path))


def validate_files(files: ModuleFiles) -> LoadedModule:
    with collector_paused():
        return _validate(files)


def _validate(files: ModuleFiles) -> LoadedModule:
    check = Collector(files)
    manifest_data = read_yaml(check, MANIFEST)
    manifest = (
        parse_model(check, MANIFEST, Manifest, manifest_data) if manifest_data is not None else None
    )
    # The manifest's parts that parse: enough to check the rest even when it has problems.
    outline = manifest
    if manifest is None and manifest_data is not None:
        outline = salvage_manifest(check, manifest_data)
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
        data = read_yaml(check, rel)
        if data is None:
            check.unread.add(stem)
            continue
        bank = parse_model(check, rel, Bank, data)
        if bank is None:
            bank = salvage_bank(check, rel, stem, data)
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
    questions = check_questions(check, files, banks, bank_files, outcome_ids)
    lessons: dict[str, dict[str, str]] = {}
    if outline is not None:
        languages = outline.languages
        if len(set(languages)) != len(languages):
            check.add(MANIFEST, ["languages"], "a language is listed twice")
        check_localised(check, MANIFEST, manifest_data, outline.default_language, languages)
        for rel, data in bank_data.items():
            check_localised(check, rel, data, outline.default_language, languages)
        lessons = check_lessons(check, files, outline)
        check_assessments(check, outline, questions, set(banks))
    if not files.files.get(MANIFEST):
        check.add(MANIFEST, [], "module.yaml is missing: every module needs a manifest")
    if check.has_errors() or manifest is None:
        raise ValidationFailed(files.display, check.problems())
    media = {p: d for p, d in files.files.items() if p.startswith("media/")}
    return LoadedModule(files, manifest, banks, questions, lessons, media, check.problems())
