"""Importing question banks written for other systems into the standard format."""

from __future__ import annotations

from pathlib import Path

from mobilaze_training.auth.permissions import Principal, require
from mobilaze_training.fileio import write_atomic
from mobilaze_training.interop.questions import ImportResult, bank_to_yaml, import_questions


def import_bank(
    actor: Principal,
    fmt: str,
    source: Path,
    out: Path | None = None,
    bank_name: str | None = None,
    language: str = "en",
) -> ImportResult:
    """Convert `source` into a bank; with `out`, write it as YAML (atomically)."""
    require(actor, "questions.import")
    if bank_name is None and out is not None:
        bank_name = out.stem
    result = import_questions(source, fmt, bank_name, language)
    if out is not None:
        write_atomic(out, bank_to_yaml(result.bank))
    return result
