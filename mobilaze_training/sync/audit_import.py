"""Other machines' audit entries: exported as they are, checked link by link on import, and
kept per origin machine in ``imported_audit`` so this machine's own chain stays intact.

Bundles may arrive in any order, so an incoming run of entries is checked against itself and
against the stored neighbours it touches (the entry before its first, the entry after its
last); an entry that is already stored must be identical.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from mobilaze_training.auth.audit import GENESIS, entry_hash
from mobilaze_training.store.models import AuditEntry, Base, ImportedAuditEntry
from mobilaze_training.sync.codec import Row, RowError, decode_row, encode_row
from mobilaze_training.sync.merge import BundleContentError

LOCAL = Base.metadata.tables[AuditEntry.__tablename__]
IMPORTED = Base.metadata.tables[ImportedAuditEntry.__tablename__]
COLUMNS = [c.name for c in LOCAL.columns]
TABLE = "audit_log"


def export_rows(s: Session, after_seq: int) -> list[Row]:
    table = LOCAL
    rows = s.execute(select(table).where(table.c.seq > after_seq).order_by(table.c.seq))
    return [encode_row(table, r, COLUMNS) for r in rows.mappings()]


def _hash_of(e: Row) -> str:
    return entry_hash(
        e["prev_hash"],
        e["id"],
        e["at"],
        e["actor_id"],
        e["actor_name"],
        e["action"],
        e["target"],
        e["details"],
    )


def decode(raw: list[Any]) -> list[Row]:
    table = LOCAL
    entries = []
    for number, data in enumerate(raw, 1):
        try:
            entries.append(decode_row(table, data, COLUMNS, COLUMNS))
        except RowError as exc:
            raise BundleContentError(f"{TABLE} line {number}: {exc}") from None
    return sorted(entries, key=lambda e: int(e["seq"]))


def merge_audit(s: Session, origin: str, entries: list[Row]) -> int:
    """Check `origin`'s entries and store the new ones; returns how many were new."""
    if not entries:
        return 0
    where = f"the audit log of machine {origin}"
    for previous, entry in zip([None, *entries[:-1]], entries, strict=True):
        if previous is not None and entry["seq"] != previous["seq"] + 1:
            raise BundleContentError(f"{where}: entries {previous['seq']}..{entry['seq']} skip.")
        expected_prev = GENESIS if entry["seq"] == 1 else None
        if previous is not None:
            expected_prev = previous["hash"]
        if expected_prev is not None and entry["prev_hash"] != expected_prev:
            raise BundleContentError(
                f"{where}: entry {entry['seq']} is not linked to the one before."
            )
        if _hash_of(entry) != entry["hash"]:
            raise BundleContentError(
                f"{where}: entry {entry['seq']} was changed after it was written."
            )
    table = IMPORTED
    first, last = entries[0]["seq"], entries[-1]["seq"]
    stored = {
        r["seq"]: r["hash"]
        for r in s.execute(
            select(table.c.seq, table.c.hash).where(
                table.c.origin == origin, table.c.seq.between(first - 1, last + 1)
            )
        ).mappings()
    }
    before = stored.get(first - 1)
    if before is not None and before != entries[0]["prev_hash"]:
        raise BundleContentError(f"{where}: entry {first} does not follow the stored history.")
    after_prev = s.scalar(
        select(table.c.prev_hash).where(table.c.origin == origin, table.c.seq == last + 1)
    )
    if after_prev is not None and after_prev != entries[-1]["hash"]:
        raise BundleContentError(f"{where}: entry {last} does not precede the stored history.")
    new = []
    for entry in entries:
        known = stored.get(entry["seq"])
        if known is None:
            new.append({"origin": origin, **entry})
        elif known != entry["hash"]:
            raise BundleContentError(
                f"{where}: entry {entry['seq']} differs from the one imported before."
            )
    if new:
        s.execute(insert(table), new)
    return len(new)


@dataclass(frozen=True)
class OriginChain:
    origin: str
    entries: int
    first_seq: int
    last_seq: int
    missing: int  # entries not received yet (gaps in the sequence)
    broken_at: int | None
    reason: str | None

    @property
    def ok(self) -> bool:
        return self.broken_at is None


def verify_imported(s: Session) -> list[OriginChain]:
    """Walk each origin's stored entries; links are checked wherever neighbours are present."""
    table = IMPORTED
    origins = list(s.scalars(select(table.c.origin).distinct().order_by(table.c.origin)))
    reports = []
    for origin in origins:
        rows = s.execute(
            select(table).where(table.c.origin == origin).order_by(table.c.seq)
        ).mappings()
        count = missing = 0
        first = last = 0
        broken: tuple[int, str] | None = None
        previous: Any = None
        for row in rows:
            entry = dict(row)
            count += 1
            first = first or entry["seq"]
            if broken is None:
                if _hash_of(entry) != entry["hash"]:
                    broken = (entry["seq"], "its content was changed after it was written")
                elif previous is not None and previous["seq"] == entry["seq"] - 1:
                    if previous["hash"] != entry["prev_hash"]:
                        broken = (entry["seq"], "its link to the previous entry does not match")
                elif entry["seq"] == 1 and entry["prev_hash"] != GENESIS:
                    broken = (entry["seq"], "the first entry does not start the chain")
            if previous is not None:
                missing += entry["seq"] - previous["seq"] - 1
            previous = entry
            last = entry["seq"]
        missing += first - 1 if first else 0
        reports.append(
            OriginChain(
                origin,
                count,
                first,
                last,
                missing,
                broken[0] if broken else None,
                broken[1] if broken else None,
            )
        )
    return reports
