"""Rows as JSON: the column types of the store, encoded so that a round trip is exact.

UUIDs as text, datetimes as ISO 8601 UTC with microseconds, decimals as text, binary data
as base64, JSON columns as they are. `canonical` is the byte form used for comparisons
and digests: sorted keys, no spaces, UTF-8.

Each column gets its encoder and decoder once (:func:`column_codec`), chosen by the column's
type, so encoding or decoding a value is one call with no dispatch on the type.
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import json
import secrets
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
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
    Uuid,
)

from mobilaze_training.store.models import UTCDateTime

Row = dict[str, Any]
Convert = Callable[[Any], Any]


class RowError(ValueError):
    """A value that does not fit its column; the message names the column."""


@dataclass(frozen=True)
class ColumnCodec:
    """How one column's values travel: `encode` (stored value to JSON) and `decode` (JSON to
    the stored value, checked; raises RowError naming the column). Both pass None through,
    except that `decode` refuses None for a column that requires a value."""

    name: str
    nullable: bool
    kind: str  # uuid | datetime | boolean | integer | float | numeric | binary | text | json
    length: int | None  # the longest text a text column takes (None: no limit)
    encode: Convert
    decode: Convert


def _text_of(name: str) -> Callable[[Any], str]:
    def text(value: Any) -> str:
        if not isinstance(value, str):
            raise RowError(f"{name}: expected text")
        return value

    return text


def _checked(name: str, nullable: bool, convert: Convert) -> Convert:
    """`convert` with the None rule and errors that name the column."""

    def decode(value: Any) -> Any:
        if value is None:
            if nullable:
                return None
            raise RowError(f"{name}: a value is required")
        try:
            return convert(value)
        except RowError:
            raise
        except (ValueError, OverflowError, InvalidOperation, binascii.Error) as exc:
            raise RowError(f"{name}: {exc}") from None

    return decode


def _kind(column: Column[Any]) -> str:
    kind = column.type
    # the order matters: Float is a Numeric, Text is a String
    for cls, name in (
        (Uuid, "uuid"),
        (UTCDateTime, "datetime"),
        (Boolean, "boolean"),
        (Integer, "integer"),
        (Float, "float"),
        (Numeric, "numeric"),
        (LargeBinary, "binary"),
        (String, "text"),
        (JSON, "json"),
    ):
        if isinstance(kind, cls):
            return name
    return "unsupported"


def _converters(column: Column[Any], kind: str) -> tuple[Convert, Convert]:
    """(encode, convert) of a column's non-null values."""
    name = column.name
    text = _text_of(name)

    def keep(value: Any) -> Any:
        return value

    if kind == "uuid":
        return str, lambda value: uuid.UUID(text(value))
    if kind == "datetime":

        def encode_time(value: datetime) -> str:
            return value.astimezone(UTC).isoformat(timespec="microseconds")

        def decode_time(value: Any) -> datetime:
            parsed = datetime.fromisoformat(text(value))
            if parsed.tzinfo is None:
                raise RowError(f"{name}: the time has no time zone")
            return parsed.astimezone(UTC)

        return encode_time, decode_time
    if kind == "boolean":

        def boolean(value: Any) -> bool:
            if not isinstance(value, bool):
                raise RowError(f"{name}: expected true or false")
            return value

        return keep, boolean
    if kind == "integer":

        def integer(value: Any) -> int:
            if isinstance(value, bool) or not isinstance(value, int):
                raise RowError(f"{name}: expected a whole number")
            return value

        return keep, integer
    if kind == "float":

        def number(value: Any) -> float:
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise RowError(f"{name}: expected a number")
            return float(value)

        return float, number
    if kind == "numeric":
        return str, lambda value: Decimal(text(value))
    if kind == "binary":

        def encode_bytes(value: bytes) -> str:
            return base64.b64encode(value).decode("ascii")

        return encode_bytes, lambda value: base64.b64decode(text(value), validate=True)
    if kind == "text":
        limit = _length(column)
        if not limit:
            return keep, text

        def bounded(value: Any) -> str:
            checked = text(value)
            if len(checked) > limit:
                raise RowError(f"{name}: longer than {limit} characters")
            return checked

        return keep, bounded
    if kind == "json":
        return keep, keep

    def unsupported(value: Any) -> Any:
        raise RowError(f"{name}: unsupported column type {column.type!r}")

    return keep, unsupported


def _length(column: Column[Any]) -> int | None:
    kind = column.type
    return kind.length or None if isinstance(kind, String) else None


@functools.cache
def column_codec(column: Column[Any]) -> ColumnCodec:
    kind = _kind(column)
    encode, convert = _converters(column, kind)

    def encode_value(value: Any) -> Any:
        return None if value is None else encode(value)

    nullable = bool(column.nullable)
    decode = _checked(column.name, nullable, convert)
    return ColumnCodec(column.name, nullable, kind, _length(column), encode_value, decode)


def encode_value(column: Column[Any], value: Any) -> Any:
    return column_codec(column).encode(value)


def decode_value(column: Column[Any], value: Any) -> Any:
    """The Python value of a JSON value for `column`; raises RowError."""
    return column_codec(column).decode(value)


@functools.cache
def _encoders(table: Table, columns: tuple[str, ...]) -> tuple[tuple[str, Convert], ...]:
    return tuple((name, column_codec(table.c[name]).encode) for name in columns)


def encode_row(table: Table, row: Mapping[Any, Any], columns: Iterable[str]) -> Row:
    return {name: encode(row[name]) for name, encode in _encoders(table, tuple(columns))}


def decode_row(table: Table, data: Any, allowed: Iterable[str], required: Iterable[str]) -> Row:
    """Decode one JSON object into column values; every `required` column must be there."""
    check_shape(data, set(allowed), required)
    return {name: column_codec(table.c[name]).decode(value) for name, value in data.items()}


def check_shape(data: Any, allowed: set[str], required: Iterable[str]) -> None:
    """`data` is a JSON object with only `allowed` columns and every `required` one."""
    if not isinstance(data, dict):
        raise RowError("expected a JSON object")
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise RowError(f"unknown column(s) {', '.join(unknown)} (made by a newer program?)")
    missing = sorted(set(required) - set(data))
    if missing:
        raise RowError(f"missing column(s) {', '.join(missing)}")


def json_values(text: str) -> list[Any] | None:
    """The values of a text holding one JSON value a line, parsed in one go; None when some
    line is not exactly one value (the caller then parses line by line, to name it).

    The lines are joined into one JSON array with a random number between them. Only if
    every one of those numbers comes back as an element at its place between two others was
    every line boundary outside any value, so each line held exactly one value; the text
    can't contain the number, which is drawn for this call.
    """
    if not text:
        return []
    marker = secrets.randbits(62) | 1 << 62
    ends = text.count("\n")
    if not text.endswith("\n"):  # the last line has no line break: give it one
        text += "\n"
        ends += 1
    try:  # [v1,M,v2,M,…,vn,M,0]
        values = json.loads("".join(("[", text.replace("\n", f",{marker},"), "0]")))
    except (ValueError, RecursionError):
        return None
    if not isinstance(values, list) or len(values) != 2 * ends + 1 or values[-1] != 0:
        return None
    if values[1::2].count(marker) != ends:
        return None
    return values[0:-1:2]


def canonical(data: Any) -> bytes:
    return json.dumps(
        data, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def digest(data: Any) -> str:
    return hashlib.sha256(canonical(data)).hexdigest()
