"""Merging rows that arrived in a bundle into the database, deterministically.

Each record has versions: the stored one and the incoming one. The version with the larger
key ``(rank, updated_at, machine id, content digest)`` wins, so the result does not depend on
the order in which bundles are imported, and importing a bundle again changes nothing. The
machine of the stored version is the one recorded in ``sync_origins`` when it arrived, or this
machine when it was made or edited here. When versions from two machines differ, the losing
one is written to the audit log (action ``sync.conflict``). Table-specific rules (frozen
answers, user names) live in :mod:`mobilaze_training.sync.rules`.

A table's rows are checked column by column when loaded (:meth:`Merger.load`) and merged in
segments: the stored records a segment names are looked up in bulk, the incoming versions of
stored records are merged one by one in order, and the records new here are inserted together
(:mod:`mobilaze_training.sync.store`). A segment ends before a row that names a record an
earlier row of the segment already named, so the result is that of merging row by row.
A table whose rules would read it while preparing an insert (:meth:`Rules.in_bulk` says no)
merges row by row.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Table, and_, insert, select, update
from sqlalchemy.engine import RowMapping
from sqlalchemy.orm import Session
from sqlalchemy.sql.schema import ScalarElementColumnDefault

from mobilaze_training.auth import audit
from mobilaze_training.auth.permissions import Principal
from mobilaze_training.store.models import Base, SyncOrigin
from mobilaze_training.sync.codec import (
    Row,
    RowError,
    check_shape,
    column_codec,
    digest,
    encode_row,
)
from mobilaze_training.sync.store import RowStore, chunks, store_for

SECRET_COLUMNS = frozenset({"password_hash"})
ORIGINS = Base.metadata.tables[SyncOrigin.__tablename__]


class BundleContentError(ValueError):
    """A row of a verified bundle that can't be merged; the message names table and line."""


@dataclass(frozen=True)
class TableSpec:
    """How one table travels in a bundle."""

    name: str
    exclude: frozenset[str] = frozenset()  # never carried
    insert_only: frozenset[str] = frozenset()  # set when the record is new, never compared
    natural: tuple[str, ...] = ()  # another unique key naming the same record everywhere

    @property
    def table(self) -> Table:
        return Base.metadata.tables[self.name]

    def carried(self) -> list[str]:
        return [c.name for c in self.table.columns if c.name not in self.exclude]

    def compared(self) -> list[str]:
        return [c for c in self.carried() if c != "id" and c not in self.insert_only]

    def required(self) -> list[str]:
        carried = set(self.carried())
        return [c.name for c in self.table.columns if c.name in carried and not c.nullable]

    def decode(self, rows: list[Any]) -> list[Row]:
        """Each JSON object as column values (every carried column); raises
        BundleContentError naming the first line that does not fit."""
        plan = _plan(self)
        out = []
        for number, data in enumerate(rows, 1):
            try:
                check_shape(data, plan.allowed, plan.required)
                row = {name: plan.decoders[name](value) for name, value in data.items()}
            except RowError as exc:
                raise BundleContentError(f"{self.name} line {number}: {exc}") from None
            out.append({**plan.empty, **row} if len(row) < len(plan.carried) else row)
        return out


@dataclass(frozen=True)
class _Plan:
    carried: list[str]
    allowed: set[str]
    required: list[str]
    compared: list[str]
    decoders: dict[str, Callable[[Any], Any]]
    empty: dict[str, None]


@functools.cache
def _plan(spec: TableSpec) -> _Plan:
    carried = spec.carried()
    return _Plan(
        carried,
        set(carried),
        spec.required(),
        spec.compared(),
        {name: column_codec(spec.table.c[name]).decode for name in carried},
        dict.fromkeys(carried),
    )


@dataclass
class Batch:
    """One table's rows from a bundle, checked: `columns` holds each carried column's values
    in the store's form, `raw` the JSON objects."""

    spec: TableSpec
    raw: list[dict[str, Any]]
    columns: dict[str, list[Any]]
    raw_ids: list[Any]  # the ids as in the bundle
    _keys: list[tuple[Any, ...]] | None = field(default=None, init=False, repr=False)

    def __len__(self) -> int:
        return len(self.raw)

    def row(self, index: int) -> Row:
        """Row `index` as Python values."""
        plan = _plan(self.spec)
        return {name: plan.decoders[name](value) for name, value in self.raw[index].items()}

    def keys(self) -> list[tuple[Any, ...]] | None:
        """Each row's natural key in the stored form (None when the table has none)."""
        if self._keys is None and self.spec.natural:
            parts = (self.columns[name] for name in self.spec.natural)
            self._keys = list(zip(*parts, strict=True))
        return self._keys


@dataclass
class NewRows:
    """Records new here, column by column, in the store's form; text columns hold plain text
    in every store. `set` takes Python values."""

    store: RowStore
    table: Table
    columns: dict[str, list[Any]]

    def __len__(self) -> int:
        return len(self.columns["id"])

    def set(self, name: str, values: list[Any]) -> None:
        self.columns[name] = self.store.stored(self.table.c[name], values)


@dataclass(frozen=True, order=True)
class Version:
    rank: int
    updated_at: datetime
    machine: str
    digest: str


@dataclass
class TableCounts:
    received: int = 0
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    kept_local: int = 0
    conflicts: int = 0


@dataclass
class Rules:
    """Default behaviour; subclasses change it for one table."""

    def rank(self, row: RowMapping | Row) -> int:
        return 0

    def prepare_insert(self, merger: Merger, spec: TableSpec, row: Row) -> None:
        return None

    def prepare_row(self, merger: Merger, spec: TableSpec, row: Row) -> None:
        return None

    def in_bulk(self, merger: Merger, spec: TableSpec, batch: Batch) -> bool:
        """Whether the batch's records new here may be inserted together, prepared by
        prepare_new; otherwise the table merges row by row (rules whose prepare_insert reads
        the table say no when it would find something)."""
        return True

    def prepare_new(self, merger: Merger, spec: TableSpec, new: NewRows) -> None:
        """prepare_row and prepare_insert for records new here, inserted together."""
        return None

    def refuse_change(self, merger: Merger, local: RowMapping, row: Row) -> str | None:
        """A reason to keep the stored version whatever the versions' order, or None."""
        return None

    def columns_to_update(self, local: RowMapping, row: Row, columns: list[str]) -> list[str]:
        return columns


@dataclass
class Merger:
    """Merges the tables of one bundle in the caller's transaction."""

    s: Session
    actor: Principal
    here: str  # this machine's id
    origin: str  # the machine that made the bundle
    bundle_id: str
    counts: dict[str, TableCounts] = field(default_factory=dict)
    store: RowStore = field(init=False)

    def __post_init__(self) -> None:
        self.store = store_for(self.s)

    # ---- provenance -----------------------------------------------------------------

    def _origins(self, table: str, ids: list[str]) -> dict[str, RowMapping]:
        t = ORIGINS
        found: dict[str, RowMapping] = {}
        for part in chunks(ids):
            rows = self.s.execute(
                select(t).where(t.c.table_name == table, t.c.record_id.in_(part))
            ).mappings()
            found.update((r["record_id"], r) for r in rows)
        return found

    def set_origin(self, table: str, record_id: str, updated_at: datetime, exists: bool) -> None:
        t = ORIGINS
        values = {"machine_id": self.origin, "updated_at": updated_at}
        if exists:
            self.s.execute(
                update(t)
                .where(t.c.table_name == table, t.c.record_id == record_id)
                .values(**values)
            )
        else:
            self.s.execute(insert(t).values(table_name=table, record_id=record_id, **values))

    def is_imported(self, table: str, record_id: str) -> bool:
        return bool(self._origins(table, [record_id]))

    # ---- loading ----------------------------------------------------------------------

    def load(self, spec: TableSpec, raw: list[Any]) -> Batch:
        """Check a table's rows from a bundle; raises BundleContentError naming the line."""
        carried = _plan(spec).carried
        table = spec.table
        values = _columns_of_full_rows(raw, carried)
        if values is None:  # some row is not an object with exactly the carried columns
            spec.decode(raw)  # refuses what does not fit; otherwise absent = null
            raw = [{name: data.get(name) for name in carried} for data in raw]
            values = _transpose(raw, carried)
        try:
            columns = {
                name: self.store.column(table.c[name], column)
                for name, column in zip(carried, values, strict=True)
            }
        except RowError as exc:
            spec.decode(raw)  # names the first line that does not fit
            raise BundleContentError(f"{spec.name}: {exc}") from None
        return Batch(spec, raw, columns, values[carried.index("id")])

    # ---- merging ----------------------------------------------------------------------

    def merge(self, spec: TableSpec, batch: Batch, rules: Rules | None = None) -> TableCounts:
        """Merge `batch` as if row by row, in order."""
        rules = rules or Rules()
        counts = self.counts.setdefault(spec.name, TableCounts())
        counts.received += len(batch)
        if not rules.in_bulk(self, spec, batch):
            for index in range(len(batch)):
                self._merge_row(spec, rules, counts, batch.row(index))
            return counts
        previous = _previous_occurrences(batch)
        start = 0
        while start < len(batch):
            start = self._merge_segment(spec, rules, counts, batch, start, previous)
        return counts

    def _merge_row(self, spec: TableSpec, rules: Rules, counts: TableCounts, row: Row) -> None:
        """Merge one incoming version, reading everything it needs from the database."""
        table = spec.table
        rules.prepare_row(self, spec, row)
        local = self.s.execute(select(table).where(table.c.id == row["id"])).mappings().first()
        if local is None and spec.natural:
            cond = and_(*(table.c[name] == row[name] for name in spec.natural))
            local = self.s.execute(select(table).where(cond)).mappings().first()
        if local is None:  # new here (or deleted here and sent again)
            rules.prepare_insert(self, spec, row)
            record_id = str(row["id"])
            exists = self.is_imported(spec.name, record_id)
            self.s.execute(insert(table).values(**row))
            self.set_origin(spec.name, record_id, row["updated_at"], exists=exists)
            counts.inserted += 1
            return
        record_id = str(local["id"])
        origin = self._origins(spec.name, [record_id]).get(record_id)
        self._merge_one(spec, rules, _plan(spec).compared, counts, local, row, origin)

    def _merge_segment(
        self,
        spec: TableSpec,
        rules: Rules,
        counts: TableCounts,
        batch: Batch,
        start: int,
        previous: list[int] | None,
    ) -> int:
        """Merge rows from `start` on up to a row that names a record named before in the
        segment; returns where the next segment starts."""
        table, store = spec.table, self.store
        end = len(batch)
        if previous is not None:  # the bundle names some record twice
            end = next((i for i in range(start + 1, end) if previous[i] >= start), end)
        ids = batch.columns["id"][start:end]
        keys = batch.keys()
        found = {r[0] for r in store.find(table, "id", ids, ["id"])}
        by_key: dict[tuple[Any, ...], Any] = {}
        if keys is not None:
            natural = spec.natural
            firsts = set(batch.columns[natural[0]][start:end])
            stored = store.find(table, natural[0], firsts, [*natural, "id"])
            if stored:
                wanted = set(keys[start:end])
                for r in stored:
                    if r[:-1] in wanted:
                        by_key.setdefault(r[:-1], r[-1])
        if not found and not by_key:
            self._insert_new(spec, rules, counts, batch, list(range(start, end)))
            return end
        new: list[int] = []
        matched: list[tuple[int, Any]] = []
        for index in range(start, end):
            stored_id = batch.columns["id"][index]
            if stored_id not in found:
                stored_id = by_key.get(keys[index]) if keys is not None else None
            if stored_id is None:
                new.append(index)
            else:
                matched.append((index, stored_id))
        # a stored record named by two rows (one by id, one by natural key): the second
        # row starts the next segment, where it meets the record as the first left it
        named: set[Any] = set()
        for position, (index, stored_id) in enumerate(matched):
            if stored_id in named:
                end = index
                matched = matched[:position]
                new = [i for i in new if i < end]
                break
            named.add(stored_id)
        self._merge_stored(spec, rules, counts, batch, matched)
        self._insert_new(spec, rules, counts, batch, new)
        return end

    def _merge_stored(
        self,
        spec: TableSpec,
        rules: Rules,
        counts: TableCounts,
        batch: Batch,
        matched: list[tuple[int, Any]],
    ) -> None:
        """Merge incoming versions of stored records, in order."""
        if not matched:
            return
        table, id_column = spec.table, spec.table.c.id
        local_ids = [self.store.python(id_column, stored_id) for _, stored_id in matched]
        locals_: dict[Any, RowMapping] = {}
        for part in chunks(list(dict.fromkeys(local_ids))):
            rows = self.s.execute(select(table).where(id_column.in_(part))).mappings()
            locals_.update((r["id"], r) for r in rows)
        origins = self._origins(spec.name, [str(i) for i in local_ids])
        compared = _plan(spec).compared
        for (index, _), local_id in zip(matched, local_ids, strict=True):
            row = batch.row(index)
            rules.prepare_row(self, spec, row)
            local = locals_[local_id]
            origin = origins.get(str(local_id))
            self._merge_one(spec, rules, compared, counts, local, row, origin)

    def _insert_new(
        self, spec: TableSpec, rules: Rules, counts: TableCounts, batch: Batch, new: list[int]
    ) -> None:
        """Insert the records new here, with their sync_origins rows."""
        if not new:
            return
        first, last = new[0], new[-1] + 1
        if last - first == len(new):  # one run of rows
            columns = {name: values[first:last] for name, values in batch.columns.items()}
            raw_ids = batch.raw_ids[first:last]
        else:
            pick = operator.itemgetter(*new) if len(new) > 1 else None
            columns = {
                name: list(pick(values)) if pick else [values[first]]
                for name, values in batch.columns.items()
            }
            raw_ids = list(pick(batch.raw_ids)) if pick else [batch.raw_ids[first]]
        rows = NewRows(self.store, spec.table, columns)
        rules.prepare_new(self, spec, rows)
        _add_defaults(rows)
        self.store.insert_arrived(spec.table, rows.columns, raw_ids, self.origin)
        counts.inserted += len(new)

    def _merge_one(
        self,
        spec: TableSpec,
        rules: Rules,
        compared: list[str],
        counts: TableCounts,
        local: RowMapping,
        row: Row,
        origin: RowMapping | None,
    ) -> bool:
        """Merge one incoming version into a stored record; True when the record changed."""
        mine = encode_row(spec.table, local, compared)
        theirs = encode_row(spec.table, row, compared)
        if mine == theirs:
            counts.unchanged += 1
            return False
        record_id = str(local["id"])
        stored_machine = (
            origin["machine_id"]
            if origin is not None and origin["updated_at"] == local["updated_at"]
            else self.here
        )
        kept = Version(rules.rank(local), local["updated_at"], stored_machine, digest(mine))
        incoming = Version(rules.rank(row), row["updated_at"], self.origin, digest(theirs))
        # A version this database already had from the same machine is simply stale.
        stale = (incoming.machine == kept.machine and incoming.updated_at <= kept.updated_at) or (
            origin is not None
            and origin["machine_id"] == self.origin
            and row["updated_at"] <= origin["updated_at"]
        )
        reason = rules.refuse_change(self, local, row)
        if reason is None and incoming > kept:
            columns = rules.columns_to_update(local, row, compared)
            values = {name: row[name] for name in columns}
            values.setdefault("updated_at", local["updated_at"])
            table = spec.table
            self.s.execute(update(table).where(table.c.id == local["id"]).values(**values))
            self.set_origin(spec.name, record_id, values["updated_at"], exists=origin is not None)
            counts.updated += 1
            if kept.machine != incoming.machine and _differs(mine, theirs):
                counts.conflicts += 1
                self._conflict(spec, record_id, "newer version", incoming, kept, mine, theirs)
            return True
        counts.kept_local += 1
        if not stale or (reason is not None and incoming.updated_at > kept.updated_at):
            counts.conflicts += 1
            why = reason or "older version"
            self._conflict(spec, record_id, why, kept, incoming, theirs, mine)
        return False

    def _conflict(
        self,
        spec: TableSpec,
        record_id: str,
        reason: str,
        winner: Version,
        loser: Version,
        loser_row: Row,
        winner_row: Row,
    ) -> None:
        shown = {
            k: ("(hidden)" if k in SECRET_COLUMNS and v is not None else v)
            for k, v in loser_row.items()
        }
        for name, value in list(shown.items()):
            if isinstance(value, (dict, list)) and value == winner_row.get(name):
                shown[name] = "(same as the kept version)"
        audit.append(
            self.s,
            self.actor,
            "sync.conflict",
            f"{spec.name}:{record_id}",
            {
                "bundle": self.bundle_id,
                "table": spec.name,
                "id": record_id,
                "reason": reason,
                "kept": {"machine": winner.machine, "updated_at": winner.updated_at.isoformat()},
                "lost": {
                    "machine": loser.machine,
                    "updated_at": loser.updated_at.isoformat(),
                    "row": shown,
                },
            },
        )


def _add_defaults(rows: NewRows) -> None:
    """Values for the columns the rows lack that have a constant default on the Python side,
    as an insert through SQLAlchemy would give them."""
    for column in rows.table.columns:
        default = column.default
        if column.name in rows.columns or default is None:
            continue
        if not isinstance(default, ScalarElementColumnDefault):
            raise TypeError(f"{column}: a bundle must carry a column with a computed default")
        rows.set(column.name, [default.arg] * len(rows))


def _columns_of_full_rows(raw: list[Any], names: list[str]) -> list[list[Any]] | None:
    """The rows' values column by column, or None unless every row is a JSON object with
    exactly the columns `names` (an object of that many keys with all of them)."""
    if set(map(type, raw)) - {dict} or set(map(len, raw)) - {len(names)}:
        return None
    try:
        return _transpose(raw, names)
    except KeyError:
        return None


def _transpose(raw: list[dict[str, Any]], names: list[str]) -> list[list[Any]]:
    """The rows' values column by column."""
    if len(names) < 2 or not raw:
        return [[data[name] for data in raw] for name in names]
    return list(map(list, zip(*map(operator.itemgetter(*names), raw), strict=True)))


def _previous_occurrences(batch: Batch) -> list[int] | None:
    """For each row, the last earlier row with the same id or natural key (-1 if none);
    None when no record is named twice."""
    ids = batch.columns["id"]
    keys = batch.keys()
    if len(set(ids)) == len(ids) and (keys is None or len(set(keys)) == len(keys)):
        return None
    last_id: dict[Any, int] = {}
    last_key: dict[Any, int] = {}
    previous = []
    for index, record_id in enumerate(ids):
        before = last_id.get(record_id, -1)
        last_id[record_id] = index
        if keys is not None:
            before = max(before, last_key.get(keys[index], -1))
            last_key[keys[index]] = index
        previous.append(before)
    return previous


def _differs(a: Row, b: Row) -> bool:
    """Whether two versions differ in more than their timestamp."""
    return {k: v for k, v in a.items() if k != "updated_at"} != {
        k: v for k, v in b.items() if k != "updated_at"
    }
