"""The documentation's example module and examples are valid."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from pydantic import TypeAdapter

from mobilaze_training.courses.model import QUESTION_TYPES, Question
from mobilaze_training.courses.validate import load_module
from mobilaze_training.courses.yamlio import load
from tests.unit.courses.builder import ModuleBuilder

DOCS = Path(__file__).resolve().parents[3] / "docs"
EXAMPLE = DOCS / "example-module"
GUIDE = DOCS / "course-format.md"


def test_the_example_module_is_valid_without_warnings() -> None:
    module = load_module(EXAMPLE)
    assert module.warnings == []
    assert module.manifest.id == "passport-data-page"
    assert module.manifest.languages == ["en", "az"]
    assert sorted(q.type for _, q in module.questions.values()) == sorted(QUESTION_TYPES)
    assert set(module.lessons["data-page"]) == {"en", "az"}
    assert [a.kind for a in module.manifest.assessments] == ["practice", "exam", "practical"]
    assert module.media.keys() == {"media/td3-data-page.svg"}


def test_the_example_module_is_valid_as_a_zip(tmp_path: Path) -> None:
    target = tmp_path / "example.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(EXAMPLE.rglob("*")):
            if path.is_file():
                archive.write(path, f"example-module/{path.relative_to(EXAMPLE).as_posix()}")
    assert load_module(target).content_hash == load_module(EXAMPLE).content_hash


def _yaml_blocks() -> list[str]:
    return re.findall(r"```yaml\n(.*?)```", GUIDE.read_text(encoding="utf-8"), re.DOTALL)


def test_every_yaml_example_in_the_guide_is_yaml() -> None:
    blocks = _yaml_blocks()
    assert len(blocks) > 15
    for block in blocks:
        load(block)


def test_the_question_examples_in_the_guide_are_valid_questions() -> None:
    questions = TypeAdapter(list[Question])
    found = set()
    for block in _yaml_blocks():
        data = load(block)
        if isinstance(data, list) and all(isinstance(q, dict) and "type" in q for q in data):
            found |= {q.type for q in questions.validate_python(data)}
    assert found == set(QUESTION_TYPES)


def test_the_guide_shows_real_messages(module: ModuleBuilder) -> None:
    """The messages quoted in the guide's table are the validator's own words."""
    guide = GUIDE.read_text(encoding="utf-8")
    module.questions[0]["options"][0]["correct"] = False
    module.exam["sections"][0]["questions"] = ["q-404"]
    messages = module.messages()
    assert len(messages) == 2
    for message in messages:
        assert message.split(": ", 1)[1] in guide, message


@pytest.mark.parametrize("name", ["course-format.md", "course-module.schema.json"])
def test_the_guide_and_schema_are_committed_beside_the_example(name: str) -> None:
    assert (DOCS / name).is_file()
