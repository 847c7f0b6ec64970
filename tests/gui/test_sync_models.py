"""The table models of the data exchange and keys screens, without a view."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from mobilaze_training.gui.sync.models import (
    ExportCountsModel,
    MergeCountsModel,
    TrustedKeysModel,
    table_name,
)
from mobilaze_training.services.keys import KeyInfo


def test_export_counts(qtmodeltester: ModelTester) -> None:
    model = ExportCountsModel()
    model.set_counts({"users": 2, "attempts": 5, "audit_log": 40})
    qtmodeltester.check(model)
    assert [model.text(r, 0) for r in range(3)] == ["Accounts", "Attempts", "Audit entries"]
    assert model.text(1, ExportCountsModel.COL_RECORDS) == "5"
    alignment = model.data(model.index(1, 1), Qt.ItemDataRole.TextAlignmentRole)
    assert alignment & int(Qt.AlignmentFlag.AlignRight.value)


def test_merge_counts(qtmodeltester: ModelTester) -> None:
    model = MergeCountsModel()
    model.set_tables(
        {
            "attempts": {"received": 3, "inserted": 1, "updated": 1, "unchanged": 1},
            "answers": {"received": 9, "kept_local": 2, "conflicts": 1},
        }
    )
    qtmodeltester.check(model)
    assert [model.text(0, c) for c in range(7)] == ["Attempts", "3", "1", "1", "1", "0", "0"]
    assert model.text(1, MergeCountsModel.COL_CONFLICTS) == "1"
    assert "audit log" in (model.tooltip(model.record(1), MergeCountsModel.COL_CONFLICTS) or "")
    assert table_name("something_new") == "something_new"


def test_trusted_keys(qtmodeltester: ModelTester) -> None:
    model = TrustedKeysModel()
    added = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)
    model.set_rows(
        [
            KeyInfo("publisher", "ab12cd34ef56ab78", "Kurs qrupu", None, "x", added),
            KeyInfo("machine", "0011223344556677", "machine:abc Şəki", "abc", "y", added),
        ]
    )
    qtmodeltester.check(model)
    assert model.text(0, TrustedKeysModel.COL_KIND) == "Publisher"
    assert model.text(1, TrustedKeysModel.COL_MACHINE) == "abc"
    assert model.text(1, TrustedKeysModel.COL_LABEL) == "Şəki"  # the id is in its own column
    assert model.tooltip(model.record(1), TrustedKeysModel.COL_LABEL) == "machine:abc Şəki"
    assert model.text(1, TrustedKeysModel.COL_ADDED).startswith("2026-03-0")
    model.sort(TrustedKeysModel.COL_KEY_ID, Qt.SortOrder.AscendingOrder)
    assert model.record(0).key_id == "0011223344556677"
