"""Merging rows that arrived in a bundle into the database, deterministically.

Each record has versions: the stored one and the incoming one. The version with the larger
key ``(rank, updated_at, machine id, content digest)`` wins, so the result does not depend on
the order in which bundles are imported, and importing a bundle again changes nothing. The
machine of the stored version is the one recorded in ``sync_origins`` when it arrived, or this
machine when it was made or edited here. When versions from two machines differ, the losing
one is written to the audit log (action ``sync.conflict``). Table-specific rules (frozen
answers, user names) live in :mod:`mobilaze_training.sync.rules`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import Table, and_, insert, select, tuple_, update
from sqlalchemy.engine import RowMapping
from sqlalchemy.orm import Session

from mobilaze_training.auth import audit
from mobilaze_training.auth.permissions import Principal
from mobilaze_training.store.models import Base, SyncOrigin
from mobilaze_training.sync.codec import Row, RowError, decode_row, digest, encode_row

CHUNK = 500
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

    def decode(self, rows: Iterable[Any]) -> list[Row]:
        carried, required = self.carried(), self.required()
        out = []
        for number, data in enumerate(rows, 1):
            try:
                row = decode_row(self.table, data, carried, required)
            except RowError as exc:
                raise BundleContentError(f"{self.name} line {number}: {exc}") from None
            out.append({name: row.get(name) for name in carried})
        return out


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

    # prepare_insert reads the merged table (or sync_origins): new rows can't wait in a batch
    reads_table_on_insert: ClassVar[bool] = False

    def rank(self, row: RowMapping | Row) -> int:
        return 0

    def prepare_insert(self, merger: Merger, spec: TableSpec, row: Row) -> None:
        return None

    def prepare_row(self, merger: Merger, spec: TableSpec, row: Row) -> None:
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

    # ---- provenance -----------------------------------------------------------------

    def _origins(self, table: str, ids: list[str]) -> dict[str, RowMapping]:
        t = ORIGINS
        rows = self.s.execute(
            select(t).where(t.c.table_name == table, t.c.record_id.in_(ids))
        ).mappings()
        return {r["record_id"]: r for r in rows}

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

    # ---- merging ----------------------------------------------------------------------

    def merge(self, spec: TableSpec, rows: list[Row], rules: Rules | None = None) -> TableCounts:
        """Merge `rows` in order. Lookups are made per chunk and new records are inserted in
        batches; a row that names a record still waiting in the batch, or rules that read
        the table while preparing an insert, flush the batch first, so the result is the same
        as merging row by row."""
        rules = rules or Rules()
        counts = self.counts.setdefault(spec.name, TableCounts())
        table = spec.table
        compared = spec.compared()
        natural = spec.natural
        for chunk in _chunks(rows, CHUNK):
            ids = [row["id"] for row in chunk]
            stored = {
                r["id"]: r
                for r in self.s.execute(select(table).where(table.c.id.in_(ids))).mappings()
            }
            origins = self._origins(spec.name, [str(i) for i in ids])
            by_key: dict[tuple[Any, ...], RowMapping] | None = self._naturals(spec, chunk)
            pending = _Pending()
            for row in chunk:
                counts.received += 1
                rules.prepare_row(self, spec, row)
                key = tuple(row[name] for name in natural) if natural else None
                if pending.holds(row["id"], key):
                    self._flush(spec, pending)
                    by_key = None  # the batch's rows are in the table now: ask the database
                local = stored.get(row["id"])
                if local is None and natural:
                    local = (
                        by_key.get(key)
                        if by_key is not None and key is not None
                        else self._by_natural(spec, row)
                    )
                if local is None:  # new here (or deleted here and sent again)
                    if rules.reads_table_on_insert:
                        self._flush(spec, pending)
                        by_key = None
                    rules.prepare_insert(self, spec, row)
                    record_id = str(row["id"])
                    if record_id in origins:
                        self._flush(spec, pending)
                        by_key = None
                        self.s.execute(insert(table).values(**row))
                        self.set_origin(spec.name, record_id, row["updated_at"], exists=True)
                    else:
                        pending.add(row, key, self._origin_row(spec.name, record_id, row))
                    counts.inserted += 1
                    continue
                if local["id"] != row["id"]:
                    origins.update(self._origins(spec.name, [str(local["id"])]))
                origin = origins.get(str(local["id"]))
                if self._merge_one(spec, rules, compared, counts, local, row, origin):
                    by_key = None  # an update may move a record's natural key
            self._flush(spec, pending)
        return counts

    def _naturals(self, spec: TableSpec, chunk: list[Row]) -> dict[tuple[Any, ...], RowMapping]:
        """The stored records of the chunk's natural keys, by key."""
        if not spec.natural:
            return {}
        table = spec.table
        columns = [table.c[name] for name in spec.natural]
        wanted = list({tuple(row[name] for name in spec.natural) for row in chunk})
        found: dict[tuple[Any, ...], RowMapping] = {}
        query = select(table).where(tuple_(*columns).in_(wanted))
        for r in self.s.execute(query).mappings():
            found.setdefault(tuple(r[name] for name in spec.natural), r)
        return found

    def _origin_row(self, table: str, record_id: str, row: Row) -> Row:
        return {
            "table_name": table,
            "record_id": record_id,
            "machine_id": self.origin,
            "updated_at": row["updated_at"],
        }

    def _flush(self, spec: TableSpec, pending: _Pending) -> None:
        if not pending.rows:
            return
        groups: dict[tuple[str, ...], list[Row]] = {}
        for row in pending.rows:
            groups.setdefault(tuple(row), []).append(row)
        for group in groups.values():
            self.s.execute(insert(spec.table), group)
        self.s.execute(insert(ORIGINS), pending.origins)
        pending.clear()

    def _by_natural(self, spec: TableSpec, row: Row) -> RowMapping | None:
        if not spec.natural:
            return None
        table = spec.table
        cond = and_(*(table.c[name] == row[name] for name in spec.natural))
        return self.s.execute(select(table).where(cond)).mappings().first()

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


class _Pending:
    """New records waiting to be inserted together, with their sync_origins rows."""

    def __init__(self) -> None:
        self.rows: list[Row] = []
        self.origins: list[Row] = []
        self.ids: set[Any] = set()
        self.keys: set[tuple[Any, ...]] = set()

    def holds(self, record_id: Any, key: tuple[Any, ...] | None) -> bool:
        return record_id in self.ids or (key is not None and key in self.keys)

    def add(self, row: Row, key: tuple[Any, ...] | None, origin: Row) -> None:
        self.rows.append(row)
        self.origins.append(origin)
        self.ids.add(row["id"])
        if key is not None:
            self.keys.add(key)

    def clear(self) -> None:
        self.rows.clear()
        self.origins.clear()
        self.ids.clear()
        self.keys.clear()


def _differs(a: Row, b: Row) -> bool:
    """Whether two versions differ in more than their timestamp."""
    return {k: v for k, v in a.items() if k != "updated_at"} != {
        k: v for k, v in b.items() if k != "updated_at"
    }


def _chunks(rows: list[Row], size: int) -> Iterator[list[Row]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]
