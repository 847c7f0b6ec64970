"""What travels in each kind of bundle, and the rules of the tables that need more than
"the newest version wins".

- An attempt that is submitted (any status but in_progress) outranks every in-progress
  version of it, so a submitted attempt is never turned back; between two submitted versions
  only the grading columns may change.
- The answers of an attempt that was submitted here before the import are frozen: an incoming
  answer that would change a response is ignored (and logged).
- User names and cohort names are unique: a newcomer whose name is taken by another record is
  stored under ``name~<first 8 hex digits of its id>``; a record made on this machine keeps
  its name, and among records from elsewhere the earliest created keeps it.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.engine import RowMapping

from mobilaze_training.store import models as m
from mobilaze_training.sync.codec import Row
from mobilaze_training.sync.merge import (
    Batch,
    BundleContentError,
    Merger,
    NewRows,
    Rules,
    TableSpec,
)

IN_PROGRESS = "in_progress"
GRADE_COLUMNS = ("status", "score", "max_score", "percent", "passed", "updated_at")
LOGIN_STATE = frozenset({"failed_logins", "locked_until", "last_login_at"})

# ---- results bundles (posts to headquarters) --------------------------------------------

# Password hashes stay where they were set; a results bundle never changes an account's role.
RESULT_USERS = TableSpec(
    "users", exclude=LOGIN_STATE | {"password_hash"}, insert_only=frozenset({"username", "role"})
)
ATTEMPTS = TableSpec("attempts", exclude=frozenset({"module_version_id"}))
ANSWERS = TableSpec("answers", natural=("attempt_id", "question_id"))
CERTIFICATES = TableSpec("certificates")

# ---- distribution bundles (headquarters to a post) --------------------------------------

# Headquarters' accounts travel with their password hashes, so trainees can log in at a post.
DIST_USERS = TableSpec("users", exclude=LOGIN_STATE, insert_only=frozenset({"username"}))
COHORTS = TableSpec("cohorts", insert_only=frozenset({"name"}))
ENROLMENTS = TableSpec("enrolments", natural=("cohort_id", "user_id"))
ASSIGNMENTS = TableSpec("assignments", natural=("cohort_id", "module_id"))


def _closed(row: RowMapping | Row) -> bool:
    return bool(row["status"] != IN_PROGRESS)


@dataclass
class AttemptRules(Rules):
    # this database's module version ids, by (module id, version)
    versions: dict[tuple[str, str], uuid.UUID | None] = field(default_factory=dict)

    def rank(self, row: RowMapping | Row) -> int:
        return 1 if _closed(row) else 0

    def prepare_row(self, merger: Merger, spec: TableSpec, row: Row) -> None:
        row["origin_machine"] = row.get("origin_machine") or merger.origin

    def prepare_insert(self, merger: Merger, spec: TableSpec, row: Row) -> None:
        # The module version is this database's own row for the same module and version.
        row["module_version_id"] = self._version(merger, row["module_id"], row["module_version"])

    def prepare_new(self, merger: Merger, spec: TableSpec, new: NewRows) -> None:
        columns = new.columns
        columns["origin_machine"] = [m or merger.origin for m in columns["origin_machine"]]
        wanted = zip(columns["module_id"], columns["module_version"], strict=True)
        new.set("module_version_id", [self._version(merger, *pair) for pair in wanted])

    def _version(self, merger: Merger, module_id: str, version: str) -> uuid.UUID | None:
        wanted = (module_id, version)
        if wanted not in self.versions:
            self.versions[wanted] = merger.s.scalar(
                select(m.ModuleVersion.id).where(
                    m.ModuleVersion.module_id == module_id, m.ModuleVersion.version == version
                )
            )
        return self.versions[wanted]

    def columns_to_update(self, local: RowMapping, row: Row, columns: list[str]) -> list[str]:
        if _closed(local):
            return [c for c in columns if c in GRADE_COLUMNS]
        return columns


@dataclass
class AnswerRules(Rules):
    frozen: set[uuid.UUID] = field(default_factory=set)  # attempts submitted before the import

    def refuse_change(self, merger: Merger, local: RowMapping, row: Row) -> str | None:
        if local["attempt_id"] in self.frozen and local["response"] != row["response"]:
            return "the answers of a submitted attempt are frozen"
        return None


def frozen_attempts(merger: Merger, attempt_ids: Iterable[Any]) -> set[uuid.UUID]:
    """The attempts among `attempt_ids` (in the merger's store form) that are submitted
    here, before anything is merged."""
    table = ATTEMPTS.table
    rows = merger.store.find(table, "id", attempt_ids, ["id", "status"])
    return {merger.store.python(table.c.id, i) for i, status in rows if status != IN_PROGRESS}


@dataclass
class UniqueNameRules(Rules):
    """The record's `column` is unique: place a newcomer's name by the rule above."""

    column: str = "username"
    limit: int = 64

    def in_bulk(self, merger: Merger, spec: TableSpec, batch: Batch) -> bool:
        return _all_free(merger, spec, batch, self.column)

    def prepare_insert(self, merger: Merger, spec: TableSpec, row: Row) -> None:
        table = spec.table
        wanted = row[self.column]
        holder = (
            merger.s.execute(
                select(table.c.id, table.c.created_at, table.c.updated_at).where(
                    table.c[self.column] == wanted
                )
            )
            .mappings()
            .first()
        )
        if holder is None:
            return
        if merger.is_imported(spec.name, str(holder["id"])) and (
            row["created_at"],
            str(row["id"]),
        ) < (holder["created_at"], str(holder["id"])):
            moved = self._suffixed(merger, spec, wanted, holder["id"])
            merger.s.execute(
                update(table)
                .where(table.c.id == holder["id"])
                .values({self.column: moved, "updated_at": holder["updated_at"]})
            )
            return
        row[self.column] = self._suffixed(merger, spec, wanted, row["id"])

    def _suffixed(self, merger: Merger, spec: TableSpec, name: str, record_id: Any) -> str:
        tail = "~" + uuid.UUID(str(record_id)).hex[:8]
        new = name[: self.limit - len(tail)] + tail
        table = spec.table
        taken = merger.s.scalar(
            select(table.c.id).where(table.c[self.column] == new, table.c.id != record_id)
        )
        if taken is not None:
            raise BundleContentError(f"{spec.name}: the name '{new}' is taken twice.")
        return new


@dataclass
class CertificateRules(Rules):
    def in_bulk(self, merger: Merger, spec: TableSpec, batch: Batch) -> bool:
        return _all_free(merger, spec, batch, "serial")

    def prepare_insert(self, merger: Merger, spec: TableSpec, row: Row) -> None:
        other = merger.s.scalar(
            select(m.Certificate.id).where(m.Certificate.serial == row["serial"])
        )
        if other is not None:
            raise BundleContentError(
                f"certificates: serial {row['serial']} belongs to another certificate here."
            )


def _all_free(merger: Merger, spec: TableSpec, batch: Batch, column: str) -> bool:
    """Whether no two rows of the batch and no stored record share a value of `column`."""
    values = batch.columns[column]
    if len(set(values)) != len(values):
        return False
    return not merger.store.find(spec.table, column, values, [column])


USER_RULES = UniqueNameRules(column="username", limit=64)
COHORT_RULES = UniqueNameRules(column="name", limit=120)
