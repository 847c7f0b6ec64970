"""The CSV and XLSX writers on their own, with records made by hand."""

from __future__ import annotations

import re
import uuid
import zipfile
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from mobilaze_training.interop.exports import (
    AttemptRecord,
    QuestionRecord,
    TraineeSummary,
    XlsxResultsWriter,
    csv_safe,
    iso_utc,
    write_csv,
)
from mobilaze_training.interop.item_analysis import ItemStats

START = datetime(2025, 5, 2, 8, 30, tzinfo=UTC)


def record(n: int = 0, **changes: Any) -> AttemptRecord:
    fields: dict[str, Any] = {
        "attempt_id": uuid.uuid4(),
        "user_id": uuid.UUID(int=n % 3),
        "username": f"user{n % 3}",
        "full_name": f"Ağayev Ənvər {n % 3}",
        "cohorts": ("Cohort A", "Night shift"),
        "module_id": "m1",
        "module_version": "1.0.0",
        "assessment_id": "exam",
        "kind": "exam",
        "source": "computer",
        "status": "submitted",
        "language": "az",
        "started_at": START + timedelta(hours=n),
        "submitted_at": START + timedelta(hours=n, minutes=20),
        "score": float(n % 5),
        "max_score": 4.0,
        "percent": Decimal(25 * (n % 5)).quantize(Decimal("0.01")),
        "passed": n % 5 >= 3,
        "questions": (
            QuestionRecord("q1", "single_choice", 1.0, "a", 1.0),
            QuestionRecord("q2", "essay", 2.0, 'Mətn, "dırnaq" və\nyeni sətir', None),
        ),
    }
    fields.update(changes)
    return AttemptRecord(**fields)


@pytest.mark.parametrize(
    ("text", "safe"),
    [
        ("=1+2", "'=1+2"),
        ("+994 12 000", "'+994 12 000"),
        ("-5", "'-5"),
        ("@cmd", "'@cmd"),
        ("\tx", "'\tx"),
        ("Əliyev", "Əliyev"),
        ("a=b", "a=b"),
        ("", ""),
    ],
)
def test_csv_safe(text: str, safe: str) -> None:
    assert csv_safe(text) == safe


def test_iso_utc() -> None:
    assert iso_utc(START.astimezone()) == "2025-05-02T08:30:00Z"
    assert iso_utc(None) == ""


def test_csv_numbers_and_quoting(tmp_path: Path) -> None:
    out = tmp_path / "r.csv"
    rows = write_csv([record(3, score=2.5, full_name='Name, "quoted"')], out, delimiter=";")
    assert rows == 1
    text = out.read_text(encoding="utf-8-sig").splitlines()
    assert text[0].startswith("attempt_id;username;full_name;cohorts;")
    assert ';"Name, ""quoted""";"Cohort A; Night shift";m1;' in text[1]
    assert text[1].endswith(";1200;2.5;4;75.00;true;submitted")


def test_xlsx_rolls_over_to_a_new_sheet_at_the_row_limit(tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    with XlsxResultsWriter(out, max_rows=4) as book:
        for n in range(7):
            book.add(record(n))
        book.close(
            {"m1": frozenset({"exam"})},
            {("m1", "exam"): [ItemStats("q1", 7, 1.0, 1.0, None, 0, 0, ("few_attempts",))]},
        )
    with zipfile.ZipFile(out) as z:
        workbook = z.read("xl/workbook.xml").decode()
        assert "sharedStrings" not in " ".join(z.namelist())  # inline strings only
    names = [
        "Attempts",
        "Attempts (2)",
        "Attempts (3)",
        "Answers",
        "Answers (2)",
        "Answers (3)",
        "Answers (4)",
        "Answers (5)",
        "Trainees",
        "Items",
    ]
    assert sorted(re.findall(r'<sheet name="([^"]+)"', workbook)) == sorted(names)
    assert book.attempts.rows == 7 and book.answers.rows == 14


def test_a_failed_xlsx_writer_closes_quietly(tmp_path: Path) -> None:
    out = tmp_path / "r.xlsx"
    with pytest.raises(RuntimeError), XlsxResultsWriter(out) as book:
        book.add(record())
        raise RuntimeError("disk full")
    book.abandon()  # a second close does nothing


def test_trainee_summary() -> None:
    summary = TraineeSummary()
    summary.add(record(0, passed=False, percent=Decimal("40.00")))
    summary.add(record(3, passed=True, percent=Decimal("75.00")))
    summary.add(record(6, kind="practice", percent=Decimal("100.00"), passed=True))
    summary.add(record(9, status="pending_review", percent=Decimal("90.00"), passed=None))
    summary.add(record(1, module_id="m2", passed=True, assessment_id="quiz"))
    rows = {(r[0], r[3]): r for r in summary.rows({"m1": frozenset({"exam"})})}
    user0 = rows[("user0", "m1")]
    assert user0[4:8] == [4, Decimal("75.00"), True, "exam"]
    assert user0[8] == START + timedelta(hours=9, minutes=20)
    assert rows[("user1", "m2")][6] is True  # no requirement known: any exam passed
    assert summary.rows({"m1": frozenset({"exam", "other"})})[0][6] is False
