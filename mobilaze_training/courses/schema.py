"""The JSON Schema of the course module format, generated from the pydantic models.

One document describes both kinds of YAML file of a module: ``module.yaml`` is a
``Manifest`` and ``questions/<bank>.yaml`` a ``Bank``. The document's root accepts either
(``oneOf``); editors can also point at ``#/$defs/Manifest`` or ``#/$defs/Bank`` directly.
The schema checks each file's shape; the rules that span files (references, duplicate
ids, one correct option, translations) are checked by ``mobilaze-admin course validate``.

Regenerate docs/course-module.schema.json after changing the models::

    python -m mobilaze_training.courses.schema          # write the file
    python -m mobilaze_training.courses.schema --check  # exit 1 when it is stale
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue, models_json_schema
from pydantic_core import core_schema

from mobilaze_training.courses import model
from mobilaze_training.courses.model import FORMAT_ID, Bank, LocalisedText, Manifest

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_ID = "urn:mobilaze-training:course-module-format:1"
DEFAULT_OUTPUT = Path(__file__).resolve().parents[2] / "docs" / "course-module.schema.json"
#: What RelPath's validator refuses, as a pattern: '/' first, a '..' segment, '\\'.
RELATIVE_PATH_PATTERN = r"^(?!/)(?!(.*/)?\.\.(/|$))[^\\]+$"

DESCRIPTIONS = {
    "Manifest": "module.yaml: what the module is, its languages, lessons and assessments.",
    "Bank": "questions/<bank>.yaml: a question bank; `bank` equals the file's name.",
    "LocalisedText": "A plain string (the module's default language) or {language: text}.",
    "LessonRef": "A lesson; its text is lessons/<file>.<language>.md, one file per language.",
    "Assessment": "An exam, a practice quiz (sections of questions) or a practical test "
    "(a checklist an instructor marks).",
    "FixedSection": "These questions, by id, in every attempt.",
    "DrawSection": "`draw` questions chosen at random per attempt from a bank and/or by tags "
    "(a question needs every tag listed).",
    "CertificateRule": "A certificate is issued when every assessment in `requires` is passed.",
    "Outcome": "A learning outcome at a qualification level (1-8); `fundamental_rights` "
    "outcomes must be assessed by every practical test.",
    "ChecklistItem": "One observed point of a practical test; a `critical` item not met "
    "fails the test whatever the percent.",
    "SingleChoice": "Exactly one option is correct; points when it is chosen.",
    "MultipleChoice": "One or more options are correct. partial: points x max(0, (correct "
    "chosen - wrong chosen) / correct options); all_or_nothing: only the exact set scores.",
    "TrueFalse": "Points when the response equals `answer`.",
    "ShortAnswer": "Points when the response, normalised, equals an accepted answer in any "
    "language.",
    "Numeric": "Points when |response - answer| <= tolerance; a decimal comma is accepted.",
    "Matching": "Each left side is matched to a right side (or a distractor); partial scores "
    "points x correct pairs / pairs.",
    "Ordering": "Items listed in the correct order; partial scores points x items in their "
    "place / items.",
    "Essay": "Graded by an instructor (0..points); the attempt waits for review until then.",
}


class _Generator(GenerateJsonSchema):
    """Pydantic's generator, plus the path rule that lives in a validator function."""

    def function_after_schema(
        self, schema: core_schema.AfterValidatorFunctionSchema
    ) -> JsonSchemaValue:
        result = super().function_after_schema(schema)
        function = schema["function"].get("function")
        if function is model._relative_path:
            result = {**result, "pattern": RELATIVE_PATH_PATTERN}
        return result


def build() -> dict[str, Any]:
    """The schema document as a JSON-ready mapping."""
    _, top = models_json_schema(
        [(Manifest, "validation"), (Bank, "validation")],
        ref_template="#/$defs/{model}",
        schema_generator=_Generator,
    )
    defs: dict[str, Any] = top["$defs"]
    localised = TypeAdapter(LocalisedText).json_schema()
    defs["LocalisedText"] = localised
    for name, definition in defs.items():
        if name != "LocalisedText":
            defs[name] = _share_localised(definition, localised["anyOf"])
    _close_language_maps(defs)
    _non_empty_accept(defs["ShortAnswer"]["properties"]["accept"])
    for name, text in DESCRIPTIONS.items():
        defs[name] = {"description": text, **defs[name]}
    return {
        "$schema": SCHEMA_DIALECT,
        "$id": SCHEMA_ID,
        "title": f"MOBILAZE Training course module ({FORMAT_ID})",
        "description": "module.yaml is a Manifest, questions/<bank>.yaml a Bank. This schema "
        "checks each file's shape; references between files, duplicate ids and translations "
        "are checked by `mobilaze-admin course validate`. See docs/course-format.md.",
        "oneOf": [{"$ref": "#/$defs/Manifest"}, {"$ref": "#/$defs/Bank"}],
        "$defs": dict(sorted(defs.items())),
    }


def _share_localised(node: Any, members: list[Any]) -> Any:
    """Every inline copy of the localised-text schema replaced by a reference to one."""
    if isinstance(node, list):
        return [_share_localised(item, members) for item in node]
    if not isinstance(node, dict):
        return node
    any_of = node.get("anyOf")
    if isinstance(any_of, list) and any_of[: len(members)] == members:
        ref = {"$ref": "#/$defs/LocalisedText"}
        rest = {k: v for k, v in node.items() if k != "anyOf"}
        others = any_of[len(members) :]
        return {**rest, "anyOf": [ref, *others]} if others else {**ref, **rest}
    return {key: _share_localised(value, members) for key, value in node.items()}


def _close_language_maps(node: Any) -> None:
    """{language: ...} maps allow language-code keys only, as the models do."""
    if isinstance(node, list):
        for item in node:
            _close_language_maps(item)
    elif isinstance(node, dict):
        if "patternProperties" in node and "properties" not in node:
            node.setdefault("additionalProperties", False)
        for value in node.values():
            _close_language_maps(value)


def _non_empty_accept(accept: dict[str, Any]) -> None:
    """`accept` needs one answer at least: pydantic says so with minLength, which JSON
    Schema applies to strings only; say it for the list and for the map."""
    if accept.pop("minLength", None) is None:
        return
    for member in accept["anyOf"]:
        member["minItems" if member.get("type") == "array" else "minProperties"] = 1


def render() -> str:
    """The schema as the committed file's text."""
    return json.dumps(build(), indent=2, ensure_ascii=False) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m mobilaze_training.courses.schema",
        description="Write the JSON Schema of the course module format.",
    )
    parser.add_argument("output", nargs="?", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--check", action="store_true", help="exit 1 when the file is stale")
    args = parser.parse_args(argv)
    output: Path = args.output
    text = render()
    if args.check:
        current = output.read_text(encoding="utf-8") if output.exists() else None
        if current != text:
            print(f"{output} is stale: run python -m mobilaze_training.courses.schema")
            return 1
        return 0
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(text, encoding="utf-8")
    print(f"wrote {output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
