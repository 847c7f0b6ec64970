"""xAPI 1.0.3 statements for finished attempts, and a validator of the statement rules.

One attempt gives one statement: *passed* or *failed* for a scored exam, *completed* for a
practice quiz or an exam still waiting for essay grading (and, optionally, an *attempted*
statement at its start). Verbs and activity types come from the ADL vocabulary. Statement
ids are UUIDs derived from the attempt id and the verb, so exporting again gives the same
ids and a learning record store does not store the same result twice (it refuses a statement
whose id it has with different content, as after an essay is re-graded).

The statement rules themselves are checked by :func:`validate_statement` (in
:mod:`mobilaze_training.interop.xapi_validate`, re-exported here).
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from mobilaze_training.interop.exports import AttemptRecord
from mobilaze_training.interop.xapi_validate import (
    is_absolute_iri,
    is_language_tag,
    validate_statement,
)

__all__ = [
    "DEFAULT_BASE_IRI",
    "PLATFORM",
    "VERBS",
    "XAPI_VERSION",
    "assessment_iri",
    "attempt_statements",
    "centre_home_page",
    "format_duration",
    "format_timestamp",
    "is_absolute_iri",
    "is_language_tag",
    "language_map",
    "module_iri",
    "statement_id",
    "validate_statement",
    "verb_for",
]

XAPI_VERSION = "1.0.3"
DEFAULT_BASE_IRI = "https://mobilaze-training.example"
PLATFORM = "MOBILAZE Training"
ADL_VERBS = "http://adlnet.gov/expapi/verbs/"
ADL_ACTIVITIES = "http://adlnet.gov/expapi/activities/"
VERBS: dict[str, str] = {
    name: ADL_VERBS + name for name in ("attempted", "completed", "passed", "failed")
}
ASSESSMENT_TYPE = ADL_ACTIVITIES + "assessment"
MODULE_TYPE = ADL_ACTIVITIES + "module"
#: namespace of the statement ids (uuid5 of attempt id and verb)
STATEMENT_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, DEFAULT_BASE_IRI + "/xapi/statements")


# ---- building --------------------------------------------------------------------------------


def _segment(text: str) -> str:
    return quote(text, safe="-._~")


def _slug(name: str) -> str:
    text = name.strip().lower().replace("ə", "e").replace("ı", "i")
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = re.sub(r"[\W_]+", "-", text).strip("-")
    return text or "centre"


def centre_home_page(centre_name: str, base_iri: str = DEFAULT_BASE_IRI) -> str:
    """The account home page of this centre's users: ``<base>/centres/<slug of the name>``."""
    return f"{base_iri.rstrip('/')}/centres/{_segment(_slug(centre_name))}"


def module_iri(base_iri: str, module_id: str) -> str:
    return f"{base_iri.rstrip('/')}/modules/{_segment(module_id)}"


def assessment_iri(base_iri: str, module_id: str, assessment_id: str) -> str:
    return f"{module_iri(base_iri, module_id)}/assessments/{_segment(assessment_id)}"


def statement_id(attempt_id: uuid.UUID, verb: str) -> str:
    """The same id for the same attempt and verb on every export and every machine."""
    return str(uuid.uuid5(STATEMENT_NAMESPACE, f"{attempt_id}/{verb}"))


def format_duration(seconds: float) -> str:
    """ISO 8601 duration to the hundredth of a second, e.g. ``PT1H2M3.5S``."""
    centis = max(0, round(seconds * 100))
    hours, rest = divmod(centis, 360_000)
    minutes, rest = divmod(rest, 6_000)
    secs, hundredths = divmod(rest, 100)
    out = "PT"
    if hours:
        out += f"{hours}H"
    if minutes:
        out += f"{minutes}M"
    if secs or hundredths or out == "PT":
        out += f"{secs}.{hundredths:02d}".rstrip("0").rstrip(".") + "S"
    return out


def format_timestamp(value: datetime) -> str:
    """ISO 8601 in UTC to the millisecond with ``Z``."""
    naive = value.astimezone(UTC).replace(tzinfo=None)
    return naive.isoformat(timespec="milliseconds") + "Z"


def language_map(value: Any, default_language: str) -> dict[str, str]:
    """A localised text (a plain string in the default language, or {lang: text}) as an xAPI
    language map."""
    if isinstance(value, str):
        return {default_language: value} if value else {}
    if isinstance(value, Mapping):
        return {str(k): str(v) for k, v in value.items() if v}
    return {}


def verb_for(rec: AttemptRecord) -> str:
    """passed / failed for a scored exam; completed for practice and pending review."""
    if rec.kind == "practice" or rec.status != "submitted" or rec.passed is None:
        return "completed"
    return "passed" if rec.passed else "failed"


def _verb(name: str) -> dict[str, Any]:
    return {"id": VERBS[name], "display": {"en-US": name}}


def _activity(iri: str, name: Mapping[str, str], kind: str) -> dict[str, Any]:
    definition: dict[str, Any] = {"type": kind}
    if name:
        definition["name"] = dict(name)
    return {"objectType": "Activity", "id": iri, "definition": definition}


def _result(rec: AttemptRecord) -> dict[str, Any]:
    result: dict[str, Any] = {"completion": True}
    if rec.status == "submitted" and rec.score is not None and rec.max_score > 0:
        raw = min(max(float(rec.score), 0.0), float(rec.max_score))
        result["score"] = {
            "scaled": round(raw / rec.max_score, 6),
            "raw": round(raw, 6),
            "min": 0,
            "max": round(float(rec.max_score), 6),
        }
    if rec.status == "submitted" and rec.passed is not None:
        result["success"] = bool(rec.passed)
    duration = rec.duration_seconds
    if duration is not None:
        result["duration"] = format_duration(duration)
    return result


def attempt_statements(
    rec: AttemptRecord,
    *,
    home_page: str,
    base_iri: str = DEFAULT_BASE_IRI,
    attempted: bool = False,
) -> list[dict[str, Any]]:
    """The statements of one finished attempt: its result, after an *attempted* one when
    `attempted` is set."""
    actor: dict[str, Any] = {
        "objectType": "Agent",
        "name": rec.full_name,
        "account": {"homePage": home_page, "name": rec.username},
    }
    obj = _activity(
        assessment_iri(base_iri, rec.module_id, rec.assessment_id),
        rec.assessment_title or {"en": rec.assessment_id},
        ASSESSMENT_TYPE,
    )
    context: dict[str, Any] = {
        "registration": str(rec.attempt_id),
        "contextActivities": {
            "parent": [
                _activity(
                    module_iri(base_iri, rec.module_id),
                    rec.module_title or {"en": rec.module_id},
                    MODULE_TYPE,
                )
            ]
        },
        "revision": rec.module_version,
        "platform": PLATFORM,
        "extensions": {
            f"{base_iri.rstrip('/')}/xapi/extensions/source": rec.source,
            f"{base_iri.rstrip('/')}/xapi/extensions/assessment-kind": rec.kind,
        },
    }
    if is_language_tag(rec.language):
        context["language"] = rec.language

    def statement(verb: str, when: datetime, result: dict[str, Any] | None) -> dict[str, Any]:
        out: dict[str, Any] = {
            "id": statement_id(rec.attempt_id, verb),
            "actor": actor,
            "verb": _verb(verb),
            "object": obj,
        }
        if result is not None:
            out["result"] = result
        out["context"] = context
        out["timestamp"] = format_timestamp(when)
        out["version"] = XAPI_VERSION
        return out

    out = []
    if attempted:
        out.append(statement("attempted", rec.started_at, None))
    out.append(statement(verb_for(rec), rec.submitted_at or rec.started_at, _result(rec)))
    return out
