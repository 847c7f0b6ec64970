"""xAPI 1.0.3 statements of a trainee's standing on a learning outcome.

One statement per trainee, module and outcome that some finished attempt assessed: *mastered*
when the outcome is achieved, *failed* otherwise; the object is the outcome as an ADL
*objective* activity under the module, with the qualification level and the
fundamental-rights mark as extensions, and the achieved share as the scaled score. The
statement id is derived from the trainee, the outcome and the result, so an unchanged profile
exported again gives the same statement and a changed one a new statement.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from mobilaze_training.interop.xapi import (
    ADL_ACTIVITIES,
    ADL_VERBS,
    DEFAULT_BASE_IRI,
    MODULE_TYPE,
    PLATFORM,
    STATEMENT_NAMESPACE,
    XAPI_VERSION,
    format_timestamp,
    module_iri,
)

OBJECTIVE_TYPE = ADL_ACTIVITIES + "objective"
OUTCOME_VERBS = {"mastered": ADL_VERBS + "mastered", "failed": ADL_VERBS + "failed"}


@dataclass(frozen=True)
class OutcomeResult:
    username: str
    full_name: str
    module_id: str
    module_version: str
    module_title: Mapping[str, str]
    outcome_id: str
    outcome_text: Mapping[str, str]
    level: int
    fundamental_rights: bool
    points: float
    max_points: float
    achieved: bool
    when: datetime


def outcome_iri(base_iri: str, module_id: str, outcome_id: str) -> str:
    # outcome ids are ^[a-z0-9][a-z0-9-]*$ by the module format: safe in an IRI path as they are
    return f"{module_iri(base_iri, module_id)}/outcomes/{outcome_id}"


def outcome_statement(
    res: OutcomeResult, *, home_page: str, base_iri: str = DEFAULT_BASE_IRI
) -> dict[str, Any]:
    """The statement of one assessed outcome (max_points > 0)."""
    verb = "mastered" if res.achieved else "failed"
    base = base_iri.rstrip("/")
    raw = min(max(res.points, 0.0), res.max_points)
    identity = "|".join(
        (res.username, res.module_id, res.outcome_id, verb, f"{raw:.6f}", f"{res.max_points:.6f}")
    )
    return {
        "id": str(uuid.uuid5(STATEMENT_NAMESPACE, "outcome|" + identity)),
        "actor": {
            "objectType": "Agent",
            "name": res.full_name,
            "account": {"homePage": home_page, "name": res.username},
        },
        "verb": {"id": OUTCOME_VERBS[verb], "display": {"en-US": verb}},
        "object": {
            "objectType": "Activity",
            "id": outcome_iri(base_iri, res.module_id, res.outcome_id),
            "definition": {
                "type": OBJECTIVE_TYPE,
                "name": dict(res.outcome_text) or {"en": res.outcome_id},
                "extensions": {
                    f"{base}/xapi/extensions/qualification-level": res.level,
                    f"{base}/xapi/extensions/fundamental-rights": res.fundamental_rights,
                },
            },
        },
        "result": {
            "score": {
                "scaled": round(raw / res.max_points, 6),
                "raw": round(raw, 6),
                "min": 0,
                "max": round(res.max_points, 6),
            },
            "success": res.achieved,
        },
        "context": {
            "contextActivities": {
                "parent": [
                    {
                        "objectType": "Activity",
                        "id": module_iri(base_iri, res.module_id),
                        "definition": {
                            "type": MODULE_TYPE,
                            "name": dict(res.module_title) or {"en": res.module_id},
                        },
                    }
                ]
            },
            "revision": res.module_version,
            "platform": PLATFORM,
        },
        "timestamp": format_timestamp(res.when),
        "version": XAPI_VERSION,
    }
