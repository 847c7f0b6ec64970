"""docs/course-module.schema.json: generated from the models, and kept up to date."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from mobilaze_training.courses import schema
from mobilaze_training.courses.model import QUESTION_TYPES

COMMITTED = Path(__file__).resolve().parents[3] / "docs" / "course-module.schema.json"


def test_the_committed_schema_is_up_to_date() -> None:
    assert COMMITTED == schema.DEFAULT_OUTPUT
    assert COMMITTED.read_text(encoding="utf-8") == schema.render(), (
        "docs/course-module.schema.json is stale: the models changed. Regenerate it with "
        "`python -m mobilaze_training.courses.schema` and commit the result."
    )


def test_check_mode_reports_a_stale_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "schema.json"
    assert schema.main(["--check", str(target)]) == 1
    assert "is stale" in capsys.readouterr().out
    assert schema.main([str(target)]) == 0
    assert schema.main(["--check", str(target)]) == 0
    assert target.read_text(encoding="utf-8") == schema.render()


@pytest.fixture(scope="module")
def document() -> dict[str, Any]:
    return json.loads(COMMITTED.read_text(encoding="utf-8"))


def test_the_root_accepts_a_manifest_or_a_bank(document: dict[str, Any]) -> None:
    assert document["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert document["$id"] == schema.SCHEMA_ID
    assert document["oneOf"] == [{"$ref": "#/$defs/Manifest"}, {"$ref": "#/$defs/Bank"}]
    manifest = document["$defs"]["Manifest"]
    assert manifest["required"] == ["format", "id", "version", "languages", "title"]
    assert manifest["properties"]["format"]["const"] == "mobilaze-module/1"
    assert document["$defs"]["Bank"]["required"] == ["bank"]


def test_every_object_refuses_unknown_fields(document: dict[str, Any]) -> None:
    for name, definition in document["$defs"].items():
        if definition.get("type") == "object":
            assert definition["additionalProperties"] is False, name


def test_every_question_type_is_described(document: dict[str, Any]) -> None:
    questions = document["$defs"]["Bank"]["properties"]["questions"]["items"]
    assert questions["discriminator"]["propertyName"] == "type"
    assert sorted(questions["discriminator"]["mapping"]) == sorted(QUESTION_TYPES)
    for ref in questions["oneOf"]:
        definition = document["$defs"][ref["$ref"].removeprefix("#/$defs/")]
        assert definition["description"], ref


def test_localised_text_is_shared_and_keyed_by_language(document: dict[str, Any]) -> None:
    text = json.dumps(document)
    assert text.count('"patternProperties": {"^[a-z]{2,3}$": {"minLength": 1') == 1
    localised = document["$defs"]["LocalisedText"]
    mapping = localised["anyOf"][1]
    assert mapping["additionalProperties"] is False
    title = document["$defs"]["Manifest"]["properties"]["title"]
    assert title["$ref"] == "#/$defs/LocalisedText"


def test_sections_are_fixed_or_drawn(document: dict[str, Any]) -> None:
    sections = document["$defs"]["Assessment"]["properties"]["sections"]["items"]
    assert sections == {
        "oneOf": [{"$ref": "#/$defs/FixedSection"}, {"$ref": "#/$defs/DrawSection"}]
    }
    assert document["$defs"]["DrawSection"]["required"] == ["draw", "from"]


@pytest.mark.parametrize(
    ("path", "ok"),
    [
        ("lessons/intro", True),
        ("media/passport.png", True),
        ("media/..hidden.png", True),
        ("../outside.png", False),
        ("media/../../outside.png", False),
        ("/etc/passwd", False),
        ("media\\passport.png", False),
        ("", False),
    ],
)
def test_file_paths_stay_inside_the_module(document: dict[str, Any], path: str, ok: bool) -> None:
    pattern = document["$defs"]["LessonRef"]["properties"]["file"]["pattern"]
    assert bool(re.search(pattern, path)) is ok
