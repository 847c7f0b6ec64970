"""Rows as JSON: the column types of the store, encoded so that a round trip is exact.

UUIDs as text, datetimes as ISO 8601 UTC with microseconds, decimals as text, binary data
as base64, JSON columns as they are. `canonical` is the byte form used for comparisons
and digests: sorted keys, no spaces, UTF-8.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import uuid
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Float,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Table,
    Text,
    Uuid,
)

from mobilaze_training.store.models import UTCDateTime

Row = dict[str, Any]


class RowError(ValueError):
    """A value that does not fit its column; the message names the column."""


def encode_value(column: Column[Any], value: Any) -> Any:
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, Uuid):
        return str(value)
    if isinstance(kind, UTCDateTime):
        return value.astimezone(UTC).isoformat(timespec="microseconds")
    if isinstance(kind, Float):
        return float(value)
    if isinstance(kind, Numeric):
        return str(value)
    if isinstance(kind, LargeBinary):
        return base64.b64encode(value).decode("ascii")
    return value


def decode_value(column: Column[Any], value: Any) -> Any:
    """The Python value of a JSON value for `column`; raises RowError."""
    if value is None:
        if not column.nullable:
            raise RowError(f"{column.name}: a value is required")
        return None
    kind = column.type
    try:
        if isinstance(kind, Uuid):
            return uuid.UUID(_text(value))
        if isinstance(kind, UTCDateTime):
            parsed = datetime.fromisoformat(_text(value))
            if parsed.tzinfo is None:
                raise RowError(f"{column.name}: the time has no time zone")
            return parsed.astimezone(UTC)
        if isinstance(kind, Boolean):
            if not isinstance(value, bool):
                raise RowError(f"{column.name}: expected true or false")
            return value
        if isinstance(kind, Integer):
            if isinstance(value, bool) or not isinstance(value, int):
                raise RowError(f"{column.name}: expected a whole number")
            return value
        if isinstance(kind, Float):
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise RowError(f"{column.name}: expected a number")
            return float(value)
        if isinstance(kind, Numeric):
            return Decimal(_text(value))
        if isinstance(kind, LargeBinary):
            return base64.b64decode(_text(value), validate=True)
        if isinstance(kind, (String, Text)):
            text = _text(value)
            if isinstance(kind, String) and kind.length and len(text) > kind.length:
                raise RowError(f"{column.name}: longer than {kind.length} characters")
            return text
        if isinstance(kind, JSON):
            return value
    except (ValueError, InvalidOperation, binascii.Error) as exc:
        if isinstance(exc, RowError):
            raise
        raise RowError(f"{column.name}: {exc}") from None
    raise RowError(f"{column.name}: unsupported column type {kind!r}")


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise RowError("expected text")
    return value


def encode_row(table: Table, row: Mapping[Any, Any], columns: Iterable[str]) -> Row:
    return {name: encode_value(table.c[name], row[name]) for name in columns}


def decode_row(table: Table, data: Any, allowed: Iterable[str], required: Iterable[str]) -> Row:
    """Decode one JSON object into column values; every `required` column must be there."""
    if not isinstance(data, dict):
        raise RowError("expected a JSON object")
    allowed_set = set(allowed)
    unknown = sorted(set(data) - allowed_set)
    if unknown:
        raise RowError(f"unknown column(s) {', '.join(unknown)} (made by a newer program?)")
    missing = sorted(set(required) - set(data))
    if missing:
        raise RowError(f"missing column(s) {', '.join(missing)}")
    return {name: decode_value(table.c[name], value) for name, value in data.items()}


def canonical(data: Any) -> bytes:
    return json.dumps(
        data, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def digest(data: Any) -> str:
    return hashlib.sha256(canonical(data)).hexdigest()
