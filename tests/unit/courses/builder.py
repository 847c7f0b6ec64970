"""A small valid course module as editable data, written as real files when a test asks.

A test changes what it needs (``m.manifest``, ``m.banks``, ``m.files``), then calls
``m.problems()`` (the refusals, as ``file:line: field: message`` relative to the module
folder), ``m.warnings()`` or ``m.load()``. A text in ``m.files`` under ``module.yaml`` or
``questions/<bank>.yaml`` replaces the generated one, for tests that need exact lines.
"""

from __future__ import annotations

import copy
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml

from mobilaze_training.courses.validate import LoadedModule, load_module
from mobilaze_training.errors import ValidationFailed

MANIFEST: dict[str, Any] = {
    "format": "mobilaze-module/1",
    "id": "test-module",
    "version": "1.0.0",
    "languages": ["en"],
    "title": "Test module",
    "lessons": [{"id": "intro", "title": "Introduction", "file": "lessons/intro"}],
    "assessments": [
        {
            "id": "final-exam",
            "title": "Final examination",
            "kind": "exam",
            "pass_mark_percent": 70,
            "sections": [
                {"questions": ["q-001"]},
                {"draw": 1, "from": {"bank": "core", "tags": ["forgery"]}},
            ],
        }
    ],
    "certificate": {"requires": ["final-exam"]},
}

CORE: dict[str, Any] = {
    "bank": "core",
    "questions": [
        {
            "id": "q-001",
            "type": "single_choice",
            "tags": ["forgery"],
            "prompt": "Which document has a TD3 machine-readable zone?",
            "options": [
                {"id": "a", "text": "Passport", "correct": True},
                {"id": "b", "text": "Identity card"},
            ],
        },
        {
            "id": "q-002",
            "type": "true_false",
            "tags": ["forgery"],
            "prompt": "A data page may be laminated by hand.",
            "answer": False,
        },
        {
            "id": "q-003",
            "type": "multiple_choice",
            "prompt": "Which of these are security features?",
            "options": [
                {"id": "a", "text": "Hologram", "correct": True},
                {"id": "b", "text": "Coffee stain"},
                {"id": "c", "text": "UV fibres", "correct": True},
            ],
        },
    ],
}

LESSON = "# Introduction\n\nBorder checks start with the document.\n"


class ModuleBuilder:
    def __init__(self, root: Path, **manifest: Any) -> None:
        self.root = root
        self.manifest: dict[str, Any] = copy.deepcopy(MANIFEST) | manifest
        self.with_manifest = True
        self.banks: dict[str, dict[str, Any]] = {"core": copy.deepcopy(CORE)}
        self.files: dict[str, str | bytes] = {"lessons/intro.en.md": LESSON}

    @property
    def questions(self) -> list[dict[str, Any]]:
        """The questions of the core bank."""
        questions: list[dict[str, Any]] = self.banks["core"]["questions"]
        return questions

    @property
    def exam(self) -> dict[str, Any]:
        """The first assessment of the manifest."""
        exam: dict[str, Any] = self.manifest["assessments"][0]
        return exam

    def write(self) -> Path:
        """Write the module into its folder (replacing what was there) and return the folder."""
        if self.root.exists():
            shutil.rmtree(self.root)
        contents: dict[str, str | bytes] = {}
        if self.with_manifest:
            contents["module.yaml"] = _dump(self.manifest)
        for name, bank in self.banks.items():
            contents[f"questions/{name}.yaml"] = _dump(bank)
        contents |= self.files
        for rel, data in contents.items():
            target = self.root / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(data, bytes):
                target.write_bytes(data)
            else:
                target.write_text(data, encoding="utf-8")
        return self.root

    def zip(self, target: Path, top: str | None = None) -> Path:
        """The module as a zip: at the archive's root, or inside the folder `top`."""
        root = self.write()
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in sorted(root.rglob("*")):
                if path.is_file():
                    rel = path.relative_to(root).as_posix()
                    archive.write(path, f"{top}/{rel}" if top else rel)
        return target

    def load(self) -> LoadedModule:
        return load_module(self.write())

    def refusal(self) -> ValidationFailed:
        with pytest.raises(ValidationFailed) as caught:
            self.load()
        return caught.value

    def problems(self) -> list[str]:
        """The errors, as `file:line: field.path: message` with files relative to the module."""
        return [self._relative(p) for p in self.refusal().problems if not p.warning]

    def messages(self) -> list[str]:
        """The errors without file and line: `field.path: message` (or just the message)."""
        return [
            f"{p.field}: {p.message}" if p.field else p.message
            for p in self.refusal().problems
            if not p.warning
        ]

    def warnings(self) -> list[str]:
        """The warnings of a module that must be valid."""
        return [self._relative(p) for p in self.load().warnings]

    def _relative(self, problem: object) -> str:
        return str(problem).removeprefix(f"{self.root}/")


def _dump(data: Any) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)
