"""Outcome profiles in the results exports: CSV rows, the XLSX Outcomes sheet, xAPI statements.

A building block of :mod:`mobilaze_training.services.reports`, called after its permission
check with the attempts the actor may see (``report_rows.conditions``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from mobilaze_training.courses.localise import pick
from mobilaze_training.interop.exports import Column, write_table_csv
from mobilaze_training.interop.xapi import language_map
from mobilaze_training.interop.xapi_outcomes import OutcomeResult
from mobilaze_training.services.outcome_rows import OutcomeRecord

OUTCOME_COLUMNS: tuple[Column, ...] = (
    Column("username", 18),
    Column("full_name", 28),
    Column("module_id", 26),
    Column("module_version", 10),
    Column("outcome_id", 22),
    Column("outcome", 60),
    Column("level", 6),
    Column("fundamental_rights", 10),
    Column("points", 8),
    Column("max_points", 8),
    Column("share_percent", 10),
    Column("achieved", 9),
    Column("pending_grading", 9),
    Column("last_submitted_at", 20),
)


def outcome_values(rec: OutcomeRecord) -> list[Any]:
    """A row's values with their types (numbers, booleans, None for "not assessed")."""
    st = rec.standing
    share = st.share
    return [
        rec.username,
        rec.full_name,
        rec.module.module_id,
        rec.module.version,
        st.id,
        pick(st.text, rec.module.default_language),
        st.level,
        st.fundamental_rights,
        st.points,
        st.max_points,
        None if share is None else round(share * 100, 2),
        st.achieved,
        st.pending,
        rec.last_at,
    ]


def write_outcomes_csv(
    records: Iterable[OutcomeRecord],
    path: Path,
    *,
    delimiter: str = ",",
    on_row: Callable[[], object] | None = None,
) -> int:
    """One row per trainee, module and outcome (see ``write_table_csv``)."""
    values = (outcome_values(rec) for rec in records)
    return write_table_csv(path, OUTCOME_COLUMNS, values, delimiter=delimiter, on_row=on_row)


def outcome_results(records: Iterable[OutcomeRecord]) -> Iterator[OutcomeResult]:
    """The assessed outcomes (something was worth points) as xAPI statement inputs."""
    for rec in records:
        st = rec.standing
        if st.max_points <= 0 or rec.last_at is None:
            continue
        default = rec.module.default_language
        yield OutcomeResult(
            username=rec.username,
            full_name=rec.full_name,
            module_id=rec.module.module_id,
            module_version=rec.module.version,
            module_title=language_map(rec.module.title, default),
            outcome_id=st.id,
            outcome_text=language_map(st.text, default),
            level=st.level,
            fundamental_rights=st.fundamental_rights,
            points=st.points,
            max_points=st.max_points,
            achieved=st.achieved,
            when=rec.last_at,
        )
