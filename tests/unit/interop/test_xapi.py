"""xAPI 1.0.3 statements: building them from attempts, and the statement validator."""

from __future__ import annotations

import copy
import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mobilaze_training.interop.exports import AttemptRecord
from mobilaze_training.interop.xapi import (
    attempt_statements,
    centre_home_page,
    format_duration,
    format_timestamp,
    is_absolute_iri,
    is_language_tag,
    statement_id,
    validate_statement,
    verb_for,
)

HOME = "https://mobilaze-training.example/centres/baku"
START = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


def record(**changes: Any) -> AttemptRecord:
    fields: dict[str, Any] = {
        "attempt_id": uuid.UUID("6f1c2d3e-4a5b-4c6d-8e7f-001122334455"),
        "user_id": uuid.uuid4(),
        "username": "aliyev.hasan",
        "full_name": "Əliyev Həsən Ülvi oğlu",
        "cohorts": ("Cohort A",),
        "module_id": "document-examination",
        "module_version": "1.0.0",
        "assessment_id": "doc-final-exam",
        "kind": "exam",
        "source": "computer",
        "status": "submitted",
        "language": "az",
        "started_at": START,
        "submitted_at": START + timedelta(hours=1, minutes=2, seconds=3.5),
        "score": 15.0,
        "max_score": 20.0,
        "percent": Decimal("75.00"),
        "passed": True,
        "module_title": {"az": "Sənədlərin yoxlanılması", "ru": "Проверка документов"},
        "assessment_title": {"az": "Yekun imtahan", "en": "Final examination"},
    }
    fields.update(changes)
    return AttemptRecord(**fields)


def statement(**changes: Any) -> dict[str, Any]:
    return attempt_statements(record(**changes), home_page=HOME)[0]


# ---- building --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (3723.5, "PT1H2M3.5S"),
        (0, "PT0S"),
        (0.25, "PT0.25S"),
        (59.999, "PT1M"),
        (7200, "PT2H"),
        (90061.04, "PT25H1M1.04S"),
        (-3, "PT0S"),
    ],
)
def test_durations(seconds: float, text: str) -> None:
    assert format_duration(seconds) == text


def test_timestamps_are_utc_with_z() -> None:
    baku = datetime(2025, 3, 1, 13, 0, 0, 123456, tzinfo=UTC).astimezone()
    assert format_timestamp(baku) == "2025-03-01T13:00:00.123Z"


def test_centre_home_pages_are_iris() -> None:
    assert centre_home_page("Bakı Sərhəd Təlim Mərkəzi") == (
        "https://mobilaze-training.example/centres/baki-serhed-telim-merkezi"
    )
    cyrillic = centre_home_page("Учебный центр №1", "https://lrs.example/x/")
    assert cyrillic.startswith("https://lrs.example/x/centres/%D1%83%D1%87")
    assert is_absolute_iri(cyrillic)
    assert centre_home_page("!!!").endswith("/centres/centre")


def test_a_passed_exam() -> None:
    stmt = statement()
    assert validate_statement(stmt) == []
    assert stmt["verb"]["id"] == "http://adlnet.gov/expapi/verbs/passed"
    assert stmt["result"] == {
        "completion": True,
        "score": {"scaled": 0.75, "raw": 15.0, "min": 0, "max": 20.0},
        "success": True,
        "duration": "PT1H2M3.5S",
    }
    assert stmt["timestamp"] == "2025-03-01T10:02:03.500Z"
    assert stmt["context"]["registration"] == "6f1c2d3e-4a5b-4c6d-8e7f-001122334455"
    assert stmt["context"]["language"] == "az"
    assert stmt["id"] == statement_id(record().attempt_id, "passed")
    assert uuid.UUID(stmt["id"]).version == 5


@pytest.mark.parametrize(
    ("changes", "verb"),
    [
        ({"passed": False}, "failed"),
        ({"kind": "practice"}, "completed"),
        ({"status": "pending_review", "passed": None}, "completed"),
        ({}, "passed"),
    ],
)
def test_verbs(changes: dict[str, Any], verb: str) -> None:
    assert verb_for(record(**changes)) == verb
    stmt = statement(**changes)
    assert stmt["verb"]["id"].endswith("/" + verb)
    assert validate_statement(stmt) == []


def test_attempted_statement_comes_first_and_ids_differ() -> None:
    first, second = attempt_statements(record(), home_page=HOME, attempted=True)
    assert first["verb"]["id"].endswith("/attempted") and "result" not in first
    assert first["timestamp"] == "2025-03-01T09:00:00.000Z"
    assert first["id"] != second["id"]
    assert validate_statement(first) == [] and validate_statement(second) == []


def test_no_score_without_points_and_plain_string_titles() -> None:
    stmt = statement(max_score=0.0, score=0.0, module_title={}, assessment_title={})
    assert "score" not in stmt["result"]
    assert stmt["object"]["definition"]["name"] == {"en": "doc-final-exam"}
    assert validate_statement(stmt) == []


@given(
    score=st.floats(0, 500, allow_nan=False),
    max_score=st.floats(0.5, 500, allow_nan=False),
    seconds=st.floats(0, 10 * 24 * 3600, allow_nan=False),
    passed=st.none() | st.booleans(),
    status=st.sampled_from(["submitted", "pending_review"]),
    kind=st.sampled_from(["exam", "practice"]),
    source=st.sampled_from(["computer", "paper"]),
    name=st.text(min_size=1, max_size=40),
    language=st.sampled_from(["az", "en", "ru", "xx-bad-", ""]),
)
def test_every_built_statement_is_valid(
    score: float,
    max_score: float,
    seconds: float,
    passed: bool | None,
    status: str,
    kind: str,
    source: str,
    name: str,
    language: str,
) -> None:
    rec = record(
        score=score,
        max_score=max_score,
        submitted_at=START + timedelta(seconds=seconds),
        passed=passed,
        status=status,
        kind=kind,
        source=source,
        full_name=name,
        language=language,
    )
    for stmt in attempt_statements(rec, home_page=HOME, attempted=True):
        assert validate_statement(stmt) == []


# ---- the validator ---------------------------------------------------------------------------


def broken(path: str, value: Any) -> dict[str, Any]:
    """A valid statement with the value at dotted `path` replaced (or removed when ...)."""
    stmt = copy.deepcopy(statement())
    *parents, last = path.split(".")
    node = stmt
    for key in parents:
        node = node[key]
    if value is ...:
        del node[last]
    else:
        node[last] = value
    return stmt


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ("actor", ..., "statement.actor: is required"),
        ("verb", ..., "statement.verb: is required"),
        ("object", ..., "statement.object: is required"),
        ("verb.id", "passed", "statement.verb.id: must be an absolute IRI"),
        ("verb.id", "http://", "statement.verb.id: must be an absolute IRI"),
        ("verb.display", {"en_US": "passed"}, "is not a BCP 47 language tag"),
        ("object.id", "modules/exam 1", "statement.object.id: must be an absolute IRI"),
        ("object.definition.type", "assessment", "definition.type: must be an absolute IRI"),
        ("object.definition.name", {"english": 1}, "name.english: must be a string"),
        ("result.duration", "1h 2m", "must be an ISO 8601 duration"),
        ("result.duration", "PT", "must be an ISO 8601 duration"),
        ("result.duration", "P", "must be an ISO 8601 duration"),
        ("result.duration", "PT1.5", "must be an ISO 8601 duration"),
        ("result.score.scaled", 1.5, "scaled: must be between -1 and 1"),
        ("result.score.scaled", -1.01, "scaled: must be between -1 and 1"),
        ("result.score.raw", 21.0, "raw: must not be above max"),
        ("result.score.raw", -1, "raw: must not be below min"),
        ("result.score.max", 0, "max: must be greater than min"),
        ("result.score.raw", "15", "raw: must be a number"),
        ("result.success", "yes", "success: must be true or false"),
        ("timestamp", "2025-03-01T10:02:03", "timestamp: must be an ISO 8601 date and time"),
        ("timestamp", "2025-02-30T10:02:03Z", "timestamp: is not a real date and time"),
        ("timestamp", "2025-03-01T10:02:03-00:00", "must not use the offset -00:00"),
        ("id", "not-a-uuid", "statement.id: must be a UUID"),
        ("version", "2.0.0", "statement.version: must be 1.0.x"),
        ("grade", "A", "statement.grade: is not a property allowed here"),
        ("actor.mbox", "mailto:hasan@example.az", "exactly one inverse functional identifier"),
        ("actor.account", ..., "exactly one inverse functional identifier"),
        ("actor.account.homePage", "centre", "account.homePage: must be an absolute IRI"),
        ("actor.account.name", "", "account.name: must be a non-empty string"),
        ("actor.objectType", "Person", "actor.objectType: must be 'Agent' or 'Group'"),
        ("context.registration", "123", "context.registration: must be a UUID"),
        ("context.language", "az_AZ", "context.language: 'az_AZ' is not a BCP 47"),
        ("context.extensions", {"source": "paper"}, "extension key 'source'"),
        ("context.platform", None, "context.platform: must not be null"),
        ("result.extra", True, "result.extra: is not a property allowed here"),
    ],
)
def test_the_validator_finds_each_broken_rule(path: str, value: Any, message: str) -> None:
    problems = validate_statement(broken(path, value))
    assert any(message in p for p in problems), problems


def test_revision_and_platform_need_an_activity_object() -> None:
    stmt = statement()
    stmt["object"] = {"objectType": "Agent", "account": {"homePage": HOME, "name": "x"}}
    problems = validate_statement(stmt)
    assert "statement.context.revision: is only allowed when the object is an Activity" in problems
    assert "statement.context.platform: is only allowed when the object is an Activity" in problems


def test_other_valid_shapes() -> None:
    minimal = {
        "actor": {"mbox": "mailto:trainee@example.az"},
        "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
        "object": {"id": "urn:mobilaze:module:1"},
    }
    assert validate_statement(minimal) == []
    group = {
        **minimal,
        "actor": {"objectType": "Group", "member": [{"mbox_sha1sum": "a" * 40}]},
        "object": {"objectType": "StatementRef", "id": str(uuid.uuid4())},
        "context": {"team": {"objectType": "Group", "openid": "https://id.example/team"}},
    }
    assert validate_statement(group) == []
    anonymous = {**minimal, "actor": {"objectType": "Group"}}
    assert "statement.actor: an anonymous Group needs members" in validate_statement(anonymous)
    assert validate_statement([minimal]) == ["statement: must be a JSON object"]


@pytest.mark.parametrize(
    "tag",
    [
        "az",
        "en-US",
        "az-Latn-AZ",
        "zh-Hant-TW",
        "sr-Cyrl",
        "de-CH-1996",
        "x-whatever",
        "i-klingon",
        "en-a-bbb-x-a-ccc",
        "es-419",
    ],
)
def test_language_tags(tag: str) -> None:
    assert is_language_tag(tag)


@pytest.mark.parametrize("tag", ["", "e", "en_US", "en-", "1en", "abcdefghi", "en--US", "az-Latn-"])
def test_bad_language_tags(tag: str) -> None:
    assert not is_language_tag(tag)
