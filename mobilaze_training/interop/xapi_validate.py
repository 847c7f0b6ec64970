"""The xAPI 1.0.3 statement rules, as a learning record store checks them.

:func:`validate_statement` lists every problem it finds in a statement (an empty list: valid),
each as ``path: message``, e.g. ``statement.result.score.scaled: must be between -1 and 1``.
"""

from __future__ import annotations

import math
import re
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

__all__ = ["is_absolute_iri", "is_language_tag", "validate_statement"]

_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`]+$")
_MAILTO = re.compile(r"^mailto:[^@\s]+@[^@\s]+$")
_SHA1 = re.compile(r"^[0-9a-fA-F]{40}$")
_UUID = re.compile(
    r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"
)
_TIMESTAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$")
_NUM = r"\d+(?:[.,]\d+)?"
_DURATION = re.compile(
    rf"^P(?=\d|T\d)(?:{_NUM}Y)?(?:{_NUM}M)?(?:{_NUM}W)?(?:{_NUM}D)?"
    rf"(?:T(?=\d)(?:{_NUM}H)?(?:{_NUM}M)?(?:{_NUM}S)?)?$"
)
_VERSION = re.compile(r"^1\.0(?:\.\d+)?$")
# RFC 5646 language tags
_LANGTAG = (
    r"(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})"  # language (with extlang)
    r"(?:-[A-Za-z]{4})?"  # script
    r"(?:-(?:[A-Za-z]{2}|[0-9]{3}))?"  # region
    r"(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*"  # variants
    r"(?:-[0-9A-WY-Za-wy-z](?:-[A-Za-z0-9]{2,8})+)*"  # extensions
    r"(?:-[xX](?:-[A-Za-z0-9]{1,8})+)?"  # private use
)
_BCP47 = re.compile(rf"^(?:{_LANGTAG}|[xX](?:-[A-Za-z0-9]{{1,8}})+)$")
_GRANDFATHERED = frozenset(
    tag.lower()
    for tag in (
        *("en-GB-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon"),
        *("i-lux", "i-mingo", "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-BE-FR"),
        *("sgn-BE-NL", "sgn-CH-DE", "art-lojban", "cel-gaulish", "no-bok", "no-nyn"),
        *("zh-guoyu", "zh-hakka", "zh-min", "zh-min-nan", "zh-xiang"),
    )
)

_STATEMENT_KEYS = frozenset(
    {
        "id",
        "actor",
        "verb",
        "object",
        "result",
        "context",
        "timestamp",
        "stored",
        "authority",
        "version",
        "attachments",
    }
)
_SUBSTATEMENT_KEYS = frozenset(
    {"objectType", "actor", "verb", "object", "result", "context", "timestamp", "attachments"}
)
_AGENT_KEYS = frozenset({"objectType", "name", "mbox", "mbox_sha1sum", "openid", "account"})
_GROUP_KEYS = _AGENT_KEYS | {"member"}
_IFIS = ("mbox", "mbox_sha1sum", "openid", "account")
_DEFINITION_KEYS = frozenset(
    {
        "name",
        "description",
        "type",
        "moreInfo",
        "extensions",
        "interactionType",
        "correctResponsesPattern",
        "choices",
        "scale",
        "source",
        "target",
        "steps",
    }
)
_INTERACTION_TYPES = frozenset(
    {
        "true-false",
        "choice",
        "fill-in",
        "long-fill-in",
        "matching",
        "performance",
        "sequencing",
        "likert",
        "numeric",
        "other",
    }
)
_CONTEXT_KEYS = frozenset(
    {
        "registration",
        "instructor",
        "team",
        "contextActivities",
        "revision",
        "platform",
        "language",
        "statement",
        "extensions",
    }
)
_CONTEXT_ACTIVITY_KEYS = frozenset({"parent", "grouping", "category", "other"})
_RESULT_KEYS = frozenset({"score", "success", "completion", "response", "duration", "extensions"})
_SCORE_KEYS = frozenset({"scaled", "raw", "min", "max"})


def is_absolute_iri(value: object) -> bool:
    """An absolute IRI: a scheme, a colon, and no spaces or forbidden characters; web IRIs
    need a host."""
    if not isinstance(value, str) or not _IRI.match(value):
        return False
    scheme = value.split(":", 1)[0].lower()
    if scheme in ("http", "https"):
        try:
            return bool(urlsplit(value).netloc)
        except ValueError:
            return False
    return True


def is_language_tag(value: object) -> bool:
    """A well-formed BCP 47 (RFC 5646) language tag such as ``az``, ``en-US``, ``az-Latn-AZ``."""
    if not isinstance(value, str):
        return False
    return bool(_BCP47.match(value)) or value.lower() in _GRANDFATHERED


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


class _Checker:
    def __init__(self) -> None:
        self.errors: list[str] = []

    def err(self, path: str, message: str) -> None:
        self.errors.append(f"{path}: {message}")

    def obj(self, value: object, path: str) -> dict[str, Any] | None:
        if not isinstance(value, dict):
            self.err(path, "must be a JSON object")
            return None
        return value

    def keys(self, value: dict[str, Any], allowed: frozenset[str], path: str) -> None:
        for key in sorted(set(value) - allowed):
            self.err(f"{path}.{key}", "is not a property allowed here")

    def nulls(self, value: object, path: str) -> None:
        """No property may be null, except inside extensions."""
        if isinstance(value, dict):
            for key, item in value.items():
                if item is None:
                    self.err(f"{path}.{key}", "must not be null")
                elif key != "extensions":
                    self.nulls(item, f"{path}.{key}")
        elif isinstance(value, list):
            for i, item in enumerate(value):
                if item is None:
                    self.err(f"{path}[{i}]", "must not be null")
                else:
                    self.nulls(item, f"{path}[{i}]")

    def iri(self, value: object, path: str) -> None:
        if not is_absolute_iri(value):
            self.err(path, f"must be an absolute IRI, not {value!r}")

    def uuid(self, value: object, path: str) -> None:
        if not isinstance(value, str) or not _UUID.match(value):
            self.err(path, f"must be a UUID, not {value!r}")

    def language_map(self, value: object, path: str) -> None:
        data = self.obj(value, path)
        if data is None:
            return
        for key, text in data.items():
            if not is_language_tag(key):
                self.err(path, f"{key!r} is not a BCP 47 language tag")
            if not isinstance(text, str):
                self.err(f"{path}.{key}", "must be a string")

    def extensions(self, value: object, path: str) -> None:
        data = self.obj(value, path)
        if data is None:
            return
        for key in data:
            if not is_absolute_iri(key):
                self.err(path, f"extension key {key!r} must be an absolute IRI")

    def agent(self, value: object, path: str, *, group_allowed: bool = True) -> None:
        data = self.obj(value, path)
        if data is None:
            return
        kind = data.get("objectType", "Agent")
        if kind == "Group" and group_allowed:
            self.keys(data, _GROUP_KEYS, path)
        elif kind == "Agent":
            self.keys(data, _AGENT_KEYS, path)
        else:
            allowed = "'Agent' or 'Group'" if group_allowed else "'Agent'"
            self.err(f"{path}.objectType", f"must be {allowed}")
            return
        ifis = [k for k in _IFIS if k in data]
        if kind == "Agent" and len(ifis) != 1:
            self.err(path, f"an Agent needs exactly one inverse functional identifier, has {ifis}")
        if kind == "Group":
            if len(ifis) > 1:
                self.err(path, f"a Group has at most one inverse functional identifier: {ifis}")
            members = data.get("member")
            if not ifis and not members:
                self.err(path, "an anonymous Group needs members")
            if members is not None:
                if not isinstance(members, list):
                    self.err(f"{path}.member", "must be an array of Agents")
                else:
                    for i, m in enumerate(members):
                        self.agent(m, f"{path}.member[{i}]", group_allowed=False)
        if "name" in data and not isinstance(data["name"], str):
            self.err(f"{path}.name", "must be a string")
        if "mbox" in data and not (isinstance(data["mbox"], str) and _MAILTO.match(data["mbox"])):
            self.err(f"{path}.mbox", "must be a mailto: IRI")
        if "mbox_sha1sum" in data and not (
            isinstance(data["mbox_sha1sum"], str) and _SHA1.match(data["mbox_sha1sum"])
        ):
            self.err(f"{path}.mbox_sha1sum", "must be 40 hexadecimal digits")
        if "openid" in data:
            self.iri(data["openid"], f"{path}.openid")
        if "account" in data:
            account = self.obj(data["account"], f"{path}.account")
            if account is not None:
                self.keys(account, frozenset({"homePage", "name"}), f"{path}.account")
                self.iri(account.get("homePage"), f"{path}.account.homePage")
                if not isinstance(account.get("name"), str) or not account["name"]:
                    self.err(f"{path}.account.name", "must be a non-empty string")

    def verb(self, value: object, path: str) -> None:
        data = self.obj(value, path)
        if data is None:
            return
        self.keys(data, frozenset({"id", "display"}), path)
        self.iri(data.get("id"), f"{path}.id")
        if "display" in data:
            self.language_map(data["display"], f"{path}.display")

    def activity(self, value: object, path: str) -> None:
        data = self.obj(value, path)
        if data is None:
            return
        self.keys(data, frozenset({"objectType", "id", "definition"}), path)
        if data.get("objectType", "Activity") != "Activity":
            self.err(f"{path}.objectType", "must be 'Activity'")
        self.iri(data.get("id"), f"{path}.id")
        if "definition" not in data:
            return
        definition = self.obj(data["definition"], f"{path}.definition")
        if definition is None:
            return
        where = f"{path}.definition"
        self.keys(definition, _DEFINITION_KEYS, where)
        for key in ("name", "description"):
            if key in definition:
                self.language_map(definition[key], f"{where}.{key}")
        for key in ("type", "moreInfo"):
            if key in definition:
                self.iri(definition[key], f"{where}.{key}")
        if "extensions" in definition:
            self.extensions(definition["extensions"], f"{where}.extensions")
        if "interactionType" in definition and (
            definition["interactionType"] not in _INTERACTION_TYPES
        ):
            self.err(f"{where}.interactionType", "is not an xAPI interaction type")

    def statement_ref(self, value: dict[str, Any], path: str) -> None:
        self.keys(value, frozenset({"objectType", "id"}), path)
        self.uuid(value.get("id"), f"{path}.id")

    def statement_object(self, value: object, path: str, *, sub: bool = False) -> str:
        data = self.obj(value, path)
        if data is None:
            return "?"
        kind = str(data.get("objectType", "Activity"))
        if kind == "Activity":
            self.activity(data, path)
        elif kind in ("Agent", "Group"):
            self.agent(data, path)
        elif kind == "StatementRef":
            self.statement_ref(data, path)
        elif kind == "SubStatement" and not sub:
            self.substatement(data, path)
        else:
            self.err(f"{path}.objectType", f"{kind!r} is not allowed here")
        return kind

    def substatement(self, data: dict[str, Any], path: str) -> None:
        self.keys(data, _SUBSTATEMENT_KEYS, path)
        self.core(data, path, sub=True)

    def score(self, value: object, path: str) -> None:
        data = self.obj(value, path)
        if data is None:
            return
        self.keys(data, _SCORE_KEYS, path)
        for key in _SCORE_KEYS & set(data):
            if not _is_number(data[key]):
                self.err(f"{path}.{key}", "must be a number")
        nums = {k: float(v) for k, v in data.items() if k in _SCORE_KEYS and _is_number(v)}
        if "scaled" in nums and not -1.0 <= nums["scaled"] <= 1.0:
            self.err(f"{path}.scaled", f"must be between -1 and 1, not {nums['scaled']}")
        lo, hi, raw = nums.get("min"), nums.get("max"), nums.get("raw")
        if lo is not None and hi is not None and not lo < hi:
            self.err(f"{path}.max", "must be greater than min")
        if raw is not None and lo is not None and raw < lo:
            self.err(f"{path}.raw", "must not be below min")
        if raw is not None and hi is not None and raw > hi:
            self.err(f"{path}.raw", "must not be above max")

    def result(self, value: object, path: str) -> None:
        data = self.obj(value, path)
        if data is None:
            return
        self.keys(data, _RESULT_KEYS, path)
        if "score" in data:
            self.score(data["score"], f"{path}.score")
        for key in ("success", "completion"):
            if key in data and not isinstance(data[key], bool):
                self.err(f"{path}.{key}", "must be true or false")
        if "response" in data and not isinstance(data["response"], str):
            self.err(f"{path}.response", "must be a string")
        if "duration" in data and not (
            isinstance(data["duration"], str) and _DURATION.match(data["duration"])
        ):
            self.err(f"{path}.duration", f"must be an ISO 8601 duration, not {data['duration']!r}")
        if "extensions" in data:
            self.extensions(data["extensions"], f"{path}.extensions")

    def context(self, value: object, path: str, object_kind: str) -> None:
        data = self.obj(value, path)
        if data is None:
            return
        self.keys(data, _CONTEXT_KEYS, path)
        if "registration" in data:
            self.uuid(data["registration"], f"{path}.registration")
        if "instructor" in data:
            self.agent(data["instructor"], f"{path}.instructor")
        if "team" in data:
            team = self.obj(data["team"], f"{path}.team")
            if team is not None and team.get("objectType") != "Group":
                self.err(f"{path}.team", "must be a Group")
            self.agent(data["team"], f"{path}.team")
        if "contextActivities" in data:
            self.context_activities(data["contextActivities"], f"{path}.contextActivities")
        for key in ("revision", "platform"):
            if key in data:
                if not isinstance(data[key], str):
                    self.err(f"{path}.{key}", "must be a string")
                if object_kind != "Activity":
                    self.err(f"{path}.{key}", "is only allowed when the object is an Activity")
        if "language" in data and not is_language_tag(data["language"]):
            self.err(f"{path}.language", f"{data['language']!r} is not a BCP 47 language tag")
        if "statement" in data:
            ref = self.obj(data["statement"], f"{path}.statement")
            if ref is not None:
                if ref.get("objectType") != "StatementRef":
                    self.err(f"{path}.statement", "must be a StatementRef")
                self.statement_ref(ref, f"{path}.statement")
        if "extensions" in data:
            self.extensions(data["extensions"], f"{path}.extensions")

    def context_activities(self, value: object, path: str) -> None:
        data = self.obj(value, path)
        if data is None:
            return
        self.keys(data, _CONTEXT_ACTIVITY_KEYS, path)
        for key, item in data.items():
            items = item if isinstance(item, list) else [item]
            for i, activity in enumerate(items):
                self.activity(activity, f"{path}.{key}[{i}]")

    def timestamp(self, value: object, path: str) -> None:
        if not isinstance(value, str) or not _TIMESTAMP.match(value):
            self.err(path, f"must be an ISO 8601 date and time with a time zone, not {value!r}")
            return
        if value.endswith("-00:00"):
            self.err(path, "must not use the offset -00:00")
        try:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            self.err(path, f"is not a real date and time: {value!r}")

    def core(self, data: dict[str, Any], path: str, *, sub: bool = False) -> None:
        for key in ("actor", "verb", "object"):
            if key not in data:
                self.err(f"{path}.{key}", "is required")
        prefix = f"{path}."
        if "actor" in data:
            self.agent(data["actor"], f"{prefix}actor")
        if "verb" in data:
            self.verb(data["verb"], f"{prefix}verb")
        kind = (
            self.statement_object(data["object"], f"{prefix}object", sub=sub)
            if "object" in data
            else "?"
        )
        if "result" in data:
            self.result(data["result"], f"{prefix}result")
        if "context" in data:
            self.context(data["context"], f"{prefix}context", kind)
        if "timestamp" in data:
            self.timestamp(data["timestamp"], f"{prefix}timestamp")


def validate_statement(stmt: object) -> list[str]:
    """Problems with `stmt` under the xAPI 1.0.3 statement rules; empty when it is valid.

    Checked: required actor, verb and object; no unknown or null properties; an Agent with
    exactly one inverse functional identifier; absolute IRIs for verb, activity, activity
    type, account home page and extension keys; language maps keyed by BCP 47 tags; UUIDs for
    id and registration; score scaled in -1..1 and raw between min and max; an ISO 8601
    duration; a timestamp with a time zone; version 1.0.x; revision and platform only with
    an Activity object.
    """
    checker = _Checker()
    data = checker.obj(stmt, "statement")
    if data is None:
        return checker.errors
    checker.nulls(data, "statement")
    checker.keys(data, _STATEMENT_KEYS, "statement")
    if "id" in data:
        checker.uuid(data["id"], "statement.id")
    checker.core(data, "statement")
    if "stored" in data:
        checker.timestamp(data["stored"], "statement.stored")
    if "authority" in data:
        checker.agent(data["authority"], "statement.authority")
    if "version" in data and not (
        isinstance(data["version"], str) and _VERSION.match(data["version"])
    ):
        checker.err("statement.version", f"must be 1.0.x, not {data['version']!r}")
    if "attachments" in data and not isinstance(data["attachments"], list):
        checker.err("statement.attachments", "must be an array")
    return checker.errors
