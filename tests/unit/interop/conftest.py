"""Shared fixtures of the question-import tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from mobilaze_training.courses.model import Bank
from mobilaze_training.interop.questions import ImportResult, bank_to_yaml, import_questions

REPO = Path(__file__).resolve().parents[3]
CONFORMANCE = REPO / ".." / "shared" / "conformance"
FIXTURES = REPO / "tests" / "fixtures" / "interop"

Importer = Callable[..., ImportResult]


def _checked_import(path: Path, fmt: str, **kwargs: Any) -> ImportResult:
    """Import, then check what every import must give: a bank that validates and whose YAML
    loads back to the same dict."""
    result = import_questions(path, fmt, **kwargs)
    Bank.model_validate(result.bank)
    assert yaml.safe_load(bank_to_yaml(result.bank)) == result.bank
    ids = [q["id"] for q in result.bank["questions"]]
    assert len(ids) == len(set(ids))
    return result


@pytest.fixture
def load() -> Importer:
    return _checked_import


@pytest.fixture
def conformance() -> Path:
    """The shared conformance files, read in place; skipped where they are absent."""
    if not CONFORMANCE.is_dir():
        pytest.skip("the shared conformance folder is not present")
    return CONFORMANCE.resolve()


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES
