"""Reading and writing the rows of a merge in bulk, column by column.

A store works with values in its own form, the "stored" form. :class:`RowStore` works on any
database through SQLAlchemy Core; its stored form is the column's Python value (a UUID, an
aware datetime...). :class:`SQLiteRowStore` keeps values as the sqlite3 driver holds them in
the file (UUIDs as 32 hex digits, times as ``YYYY-MM-DD HH:MM:SS.ffffff`` text, JSON as its
text), exactly as SQLAlchemy would write them, so a bundle's rows go from JSON to one
``executemany`` of plain tuples with no per-value type processing.

Every conversion checks the values as :mod:`mobilaze_training.sync.codec` does; a value that
does not fit raises :class:`~mobilaze_training.sync.codec.RowError`.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from itertools import repeat
from typing import Any

from sqlalchemy import (
    Column,
    Integer,
    String,
    Table,
    bindparam,
    insert,
    select,
    type_coerce,
    update,
)
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from mobilaze_training.store.models import Base, SyncOrigin
from mobilaze_training.sync.codec import ColumnCodec, Row, column_codec, encode_row, json_values

# SQLite databases go through SQLiteRowStore (False: through SQLAlchemy Core, as any other
# database; the tests run both)
BULK_SQLITE = True
CHUNK = 500  # values in one IN (...) list
SQLITE_CHUNK = 2000  # (unless the SQLite library allows fewer variables)
ORIGINS = Base.metadata.tables[SyncOrigin.__tablename__]
Convert = Callable[[Any], Any]

_JSON = json.JSONEncoder()  # json.dumps' own settings
_encode_json_text: Callable[[str], str] = getattr(json.encoder, "encode_basestring_ascii")  # noqa: B009


def chunks(values: Sequence[Any], size: int = CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


class RowStore:
    """Bulk reads and writes through SQLAlchemy Core; values in their Python form."""

    def __init__(self, s: Session) -> None:
        self.s = s

    # ---- values -----------------------------------------------------------------------

    def column(self, column: Column[Any], values: list[Any]) -> list[Any]:
        """The JSON values of one column, checked, in the stored form; raises RowError."""
        decode = column_codec(column).decode
        return [decode(v) for v in values]

    def stored(self, column: Column[Any], values: list[Any]) -> list[Any]:
        """Python values of `column` in the stored form."""
        return values

    def python(self, column: Column[Any], value: Any) -> Any:
        """The Python value of a stored value of `column`."""
        return value

    def uuid_texts(self, raw: list[Any], stored: list[Any]) -> list[str]:
        """The canonical text of UUIDs (`raw`: as in the bundle, `stored`: from :meth:`column`)."""
        return [str(v) for v in stored]

    # ---- reading ----------------------------------------------------------------------

    def find(
        self, table: Table, key: str, values: Iterable[Any], columns: Sequence[str]
    ) -> list[tuple[Any, ...]]:
        """The `columns` of the rows whose `key` column holds one of `values` (stored form)."""
        wanted = list(dict.fromkeys(values))
        picked = [table.c[name] for name in columns]
        out: list[tuple[Any, ...]] = []
        for part in chunks(wanted):
            query = select(*picked).where(table.c[key].in_(part))
            out += [tuple(r) for r in self.s.execute(query)]
        return out

    def export_rows(self, table: Table, columns: list[str], *conditions: Any) -> list[Row]:
        """The rows that meet `conditions` in order of id, as JSON (codec.encode_row)."""
        query = select(table).order_by(table.c.id)
        if conditions:
            query = query.where(*conditions)
        return [encode_row(table, r, columns) for r in self.s.execute(query).mappings()]

    # ---- writing ----------------------------------------------------------------------

    def insert_arrived(
        self, table: Table, columns: dict[str, list[Any]], raw_ids: list[Any], machine_id: str
    ) -> None:
        """Insert records that arrived from `machine_id` (`columns` in the stored form, with
        `raw_ids` their ids as in the bundle) and record where they came from."""
        self.insert(table, list(columns), zip(*columns.values(), strict=True))
        record_ids = self.uuid_texts(raw_ids, columns["id"])
        self.put_origins(table.name, record_ids, machine_id, columns["updated_at"])

    def insert(self, table: Table, columns: Sequence[str], rows: Iterable[tuple[Any, ...]]) -> None:
        params = [dict(zip(columns, r, strict=True)) for r in rows]
        if params:
            self.s.execute(insert(table), params)

    def put_origins(
        self, table_name: str, record_ids: list[str], machine_id: str, updated: list[Any]
    ) -> None:
        """Record that records of `table_name` arrived from `machine_id` (each with its
        updated_at), replacing what was recorded for the same records before."""
        t = ORIGINS
        known: set[str] = set()
        for part in chunks(record_ids):
            query = select(t.c.record_id).where(
                t.c.table_name == table_name, t.c.record_id.in_(part)
            )
            known.update(self.s.scalars(query))
        rows = list(zip(record_ids, updated, strict=True))
        fresh = [
            {"table_name": table_name, "record_id": r, "machine_id": machine_id, "updated_at": u}
            for r, u in rows
            if r not in known
        ]
        again = [{"rid": r, "at": u} for r, u in rows if r in known]
        if fresh:
            self.s.execute(insert(t), fresh)
        if again:
            self.s.execute(
                update(t)
                .where(t.c.table_name == table_name, t.c.record_id == bindparam("rid"))
                .values(machine_id=machine_id, updated_at=bindparam("at")),
                again,
            )


class _Slow(Exception):
    """The fast conversion of a column does not apply; convert value by value."""


class SQLiteRowStore(RowStore):
    """SQLite: values as the driver stores them, written with the driver's own executemany on
    the session's connection (inside its transaction)."""

    def __init__(self, s: Session) -> None:
        super().__init__(s)
        conn = s.connection()
        self.dialect = conn.dialect
        driver = conn.connection.driver_connection
        assert driver is not None
        self.driver: sqlite3.Connection = driver
        self.quote = self.dialect.identifier_preparer.quote
        self._binds: dict[Column[Any], Convert | None] = {}
        self._results: dict[Column[Any], Convert | None] = {}
        self._json_text = getattr(self.dialect, "_json_serializer", None) is None

    def _run(self, sql: str, params: Any, *, many: bool = False) -> list[tuple[Any, ...]]:
        """Run `sql` on the driver; its errors become SQLAlchemy's (IntegrityError...)."""
        try:
            cursor = self.driver.cursor()
            try:
                if many:
                    cursor.executemany(sql, params)
                    return []
                return list(cursor.execute(sql, params))
            finally:
                cursor.close()
        except sqlite3.Error as exc:
            raise DBAPIError.instance(sql, None, exc, sqlite3.Error, dialect=self.dialect) from exc

    def _bind(self, column: Column[Any]) -> Convert | None:
        if column not in self._binds:
            impl = column.type.dialect_impl(self.dialect)
            self._binds[column] = impl.bind_processor(self.dialect)
        return self._binds[column]

    # ---- values -----------------------------------------------------------------------

    def column(self, column: Column[Any], values: list[Any]) -> list[Any]:
        codec = column_codec(column)
        try:
            return self._fast(codec, column, values)
        except _Slow:
            pass
        decode, bind = codec.decode, self._bind(column)
        if bind is None:
            return [decode(v) for v in values]
        return [bind(decode(v)) for v in values]

    def stored(self, column: Column[Any], values: list[Any]) -> list[Any]:
        bind = self._bind(column)
        return values if bind is None else [bind(v) for v in values]

    def python(self, column: Column[Any], value: Any) -> Any:
        result = self._result(column)
        return value if result is None else result(value)

    def _result(self, column: Column[Any]) -> Convert | None:
        if column not in self._results:
            impl = column.type.dialect_impl(self.dialect)
            self._results[column] = impl.result_processor(self.dialect, None)
        return self._results[column]

    def uuid_texts(self, raw: list[Any], stored: list[Any]) -> list[str]:
        # the texts in the bundle are canonical when they are the stored digits (lower-case
        # hex) with dashes at the places of 8-4-4-4-12
        if _all_text(raw) and set(map(len, raw)) == {36}:
            text, dashes = "".join(raw), "-" * len(raw)
            if all(text[at::36] == dashes for at in (8, 13, 18, 23)) and text.replace(
                "-", ""
            ) == "".join(stored):
                return raw
        return [str(uuid.UUID(hex=v)) for v in stored]

    def _fast(self, codec: ColumnCodec, column: Column[Any], values: list[Any]) -> list[Any]:
        """The common cases converted a column at a time; raises _Slow otherwise."""
        kind = codec.kind
        if kind == "json":
            if not self._json_text or (not codec.nullable and None in values):
                raise _Slow
            if set(map(type, values)) <= {str}:
                return list(map(_encode_json_text, values))
            return list(map(_JSON.encode, values))  # as json.dumps, SQLAlchemy's serializer
        present, where = _present(values, codec.nullable)
        out: list[Any]
        if not present:
            return values
        if kind == "uuid":
            out = _uuid_hex(present)
        elif kind == "datetime":
            out = _utc_text(present)
        elif kind == "text":
            if not _all_text(present) or (
                codec.length is not None and max(map(len, present)) > codec.length
            ):
                raise _Slow
            return values
        elif kind == "boolean":
            if set(map(type, present)) != {bool}:
                raise _Slow
            out = list(map(int, present))
        elif kind == "integer":
            if set(map(type, present)) != {int}:
                raise _Slow
            return values
        elif kind == "float":
            if not set(map(type, present)) <= {int, float}:
                raise _Slow
            out = list(map(float, present))
        else:
            raise _Slow
        return _scatter(len(values), where, out)

    # ---- reading ----------------------------------------------------------------------

    def export_rows(self, table: Table, columns: list[str], *conditions: Any) -> list[Row]:
        # the columns whose values the driver gives as stored, without SQLAlchemy's processing
        picked = []
        for name in columns:
            column = table.c[name]
            raw = _RAW.get(column_codec(column).kind)
            picked.append(type_coerce(column, raw).label(name) if raw is not None else column)
        query = select(*picked).order_by(table.c.id)
        if conditions:
            query = query.where(*conditions)
        rows = self.s.execute(query).all()
        if not rows:
            return []
        values = [
            self._export_column(table.c[name], list(column))
            for name, column in zip(columns, zip(*rows, strict=True), strict=True)
        ]
        return [dict(zip(columns, row, strict=True)) for row in zip(*values, strict=True)]

    def _export_column(self, column: Column[Any], values: list[Any]) -> list[Any]:
        """Values of `column` as read (stored, or processed when not in _RAW) as JSON."""
        codec = column_codec(column)
        if codec.kind not in _RAW:
            return list(map(codec.encode, values))
        present, where = _present(values, True)
        if present:
            try:
                converted = _EXPORT[codec.kind](present)
            except _Slow:
                result = self._result(column)
                assert result is not None
                converted = [codec.encode(result(v)) for v in present]
            values = _scatter(len(values), where, converted)
        return values

    def find(
        self, table: Table, key: str, values: Iterable[Any], columns: Sequence[str]
    ) -> list[tuple[Any, ...]]:
        wanted = list(dict.fromkeys(values))
        head = f"SELECT {', '.join(map(self.quote, columns))} FROM {self.quote(table.name)} "
        head += f"WHERE {self.quote(key)} IN "
        out: list[tuple[Any, ...]] = []
        size = min(SQLITE_CHUNK, self.driver.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER))
        for part in chunks(wanted, size):
            out += self._run(head + "(" + ", ".join("?" * len(part)) + ")", part)
        return out

    # ---- writing ----------------------------------------------------------------------

    def insert_arrived(
        self, table: Table, columns: dict[str, list[Any]], raw_ids: list[Any], machine_id: str
    ) -> None:
        # The sync_origins rows are made by SQLite from the rows just inserted: those after
        # the largest rowid before (each insert takes the largest plus one while that is
        # below the largest possible rowid).
        count = len(columns["id"])
        if not _plain_rowid(table):
            super().insert_arrived(table, columns, raw_ids, machine_id)
            return
        name = self.quote(table.name)
        last = self._run(f"SELECT max(rowid) FROM {name}", ())[0][0] or 0
        if last + count >= _MAX_ROWID:
            super().insert_arrived(table, columns, raw_ids, machine_id)
            return
        # columns that are null in every row are left to SQLite (null: they have no default)
        sent = {
            name: values
            for name, values in columns.items()
            if table.c[name].server_default is not None or values.count(None) < len(values)
        }
        self.insert(table, list(sent), zip(*sent.values(), strict=True))
        text = " || '-' || ".join(f"substr(id, {a}, {b})" for a, b in _UUID_GROUPS)
        self._run(
            "INSERT INTO sync_origins (table_name, record_id, machine_id, updated_at) "
            f"SELECT ?, {text}, ?, updated_at FROM {name} "
            "WHERE rowid > ? ORDER BY rowid "
            "ON CONFLICT (table_name, record_id) DO UPDATE SET "
            "machine_id = excluded.machine_id, updated_at = excluded.updated_at",
            (table.name, machine_id, last),
        )

    def insert(self, table: Table, columns: Sequence[str], rows: Iterable[tuple[Any, ...]]) -> None:
        names = ", ".join(map(self.quote, columns))
        marks = ", ".join("?" * len(columns))
        sql = f"INSERT INTO {self.quote(table.name)} ({names}) VALUES ({marks})"
        self._run(sql, rows, many=True)

    def put_origins(
        self, table_name: str, record_ids: list[str], machine_id: str, updated: list[Any]
    ) -> None:
        self._run(
            "INSERT INTO sync_origins (table_name, record_id, machine_id, updated_at) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (table_name, record_id) DO UPDATE SET "
            "machine_id = excluded.machine_id, updated_at = excluded.updated_at",
            zip(repeat(table_name), record_ids, repeat(machine_id), updated),
            many=True,
        )


_MAX_ROWID = 2**63 - 1
_UUID_GROUPS = ((1, 8), (9, 4), (13, 4), (17, 4), (21, 12))  # 8-4-4-4-12 of 32 hex digits


def _plain_rowid(table: Table) -> bool:
    """Whether SQLite numbers the table's rows itself (a rowid table whose key is not an
    INTEGER PRIMARY KEY), and its key is an id of UUIDs stored as their hex digits."""
    key = list(table.primary_key.columns)
    return (
        table.dialect_options["sqlite"].get("with_rowid", True) is not False
        and len(key) == 1
        and key[0].name == "id"
        and column_codec(key[0]).kind == "uuid"
    )


def _all_text(values: list[Any]) -> bool:
    return set(map(type, values)) == {str}


def _uuid_hex(values: list[Any]) -> list[str]:
    """The 32 hex digits of UUIDs in canonical text (lower case, 8-4-4-4-12); raises _Slow
    unless every value is one. String operations on the whole column, one value a line,
    instead of a uuid.UUID() for each value."""
    count = len(values)
    try:
        if set(map(len, values)) != {36}:
            raise _Slow
        text = "\n".join(values)  # TypeError unless all are text
    except TypeError:
        raise _Slow from None
    if any(text[at::37] != "-" * count for at in (8, 13, 18, 23)):
        raise _Slow
    digits = text.replace("-", "")
    if len(digits) != 33 * count - 1 or digits != digits.lower():
        raise _Slow
    try:
        if len(bytes.fromhex(digits)) != 16 * count:  # it skips the line breaks (white space)
            raise _Slow
    except ValueError:
        raise _Slow from None
    return digits.split("\n")


# YYYY-MM-DDTHH:MM:SS.ffffff+00:00, as the exporter writes UTC times
_UTC_FIXED = ((4, "-"), (7, "-"), (10, "T"), (13, ":"), (16, ":"), (19, "."), (26, "+00:00"))


def _utc_text(values: list[Any]) -> list[str]:
    """UTC times as the exporter writes them, in SQLite's text form (YYYY-MM-DD
    HH:MM:SS.ffffff, as SQLAlchemy stores them); raises _Slow unless every value is one."""
    count = len(values)
    try:
        if set(map(len, values)) != {32}:
            raise _Slow
        text = "\n".join(values)  # TypeError unless all are text
    except TypeError:
        raise _Slow from None
    if not text.isascii():
        raise _Slow
    for at, fixed in _UTC_FIXED:
        for offset, char in enumerate(fixed, at):
            if text[offset::33] != char * count:
                raise _Slow
    try:
        deque(map(datetime.fromisoformat, values), maxlen=0)  # digits and ranges
    except ValueError:
        raise _Slow from None
    return text.replace("+00:00", "").replace("T", " ").split("\n")


def _uuid_text(values: list[Any]) -> list[str]:
    """Canonical UUID texts of stored UUIDs (32 lower-case hex digits); raises _Slow."""
    count = len(values)
    if not _all_text(values) or set(map(len, values)) != {32}:
        raise _Slow
    digits = "".join(values)
    if digits != digits.lower():
        raise _Slow
    try:
        if len(bytes.fromhex(digits)) != 16 * count:
            raise _Slow
    except ValueError:
        raise _Slow from None
    return [f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}" for h in values]


# YYYY-MM-DD HH:MM:SS.ffffff, as SQLAlchemy stores times in SQLite
_STORED_FIXED = ((4, "-"), (7, "-"), (10, " "), (13, ":"), (16, ":"), (19, "."))


def _iso_text(values: list[Any]) -> list[str]:
    """Stored times as the exporter writes UTC times (ISO 8601, +00:00); raises _Slow."""
    count = len(values)
    if not _all_text(values) or set(map(len, values)) != {26}:
        raise _Slow
    text = "\n".join(values)
    if not text.isascii():
        raise _Slow
    for at, char in _STORED_FIXED:
        if text[at::27] != char * count:
            raise _Slow
    try:
        deque(map(datetime.fromisoformat, values), maxlen=0)
    except ValueError:
        raise _Slow from None
    return (text.replace(" ", "T").replace("\n", "+00:00\n") + "+00:00").split("\n")


def _json_of_texts(values: list[Any]) -> list[Any]:
    if not _all_text(values):
        raise _Slow
    parsed = json_values("\n".join(values))
    if parsed is None or len(parsed) != len(values):
        raise _Slow
    return parsed


def _booleans(values: list[Any]) -> list[bool]:
    if set(map(type, values)) != {int}:
        raise _Slow
    return list(map(bool, values))


# how the columns the exporter reads unprocessed come from the driver, and to JSON
_RAW: dict[str, Any] = {"uuid": String, "datetime": String, "json": String, "boolean": Integer}
_EXPORT: dict[str, Callable[[list[Any]], list[Any]]] = {
    "uuid": _uuid_text,
    "datetime": _iso_text,
    "json": _json_of_texts,
    "boolean": _booleans,
}


def _present(values: list[Any], nullable: bool) -> tuple[list[Any], list[int] | None]:
    """The values that are not None, and their places (None: all of them)."""
    if None not in values:
        return values, None
    if not nullable:
        raise _Slow
    if values.count(None) == len(values):
        return [], []
    where = [i for i, v in enumerate(values) if v is not None]
    return [values[i] for i in where], where


def _scatter(size: int, where: list[int] | None, values: list[Any]) -> list[Any]:
    if where is None:
        return values
    out: list[Any] = [None] * size
    for index, value in zip(where, values, strict=True):
        out[index] = value
    return out


def store_for(s: Session) -> RowStore:
    """The store for the session's database."""
    if BULK_SQLITE and s.get_bind().dialect.name == "sqlite":
        return SQLiteRowStore(s)
    return RowStore(s)
