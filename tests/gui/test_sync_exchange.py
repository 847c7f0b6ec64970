"""Data exchange between a post and headquarters through the GUI, on two real data folders.

The post's key is registered at headquarters through the keys screens (saved to a file at
the post, imported at headquarters); the post exports a results bundle into a folder from
its data exchange screen; headquarters imports it from its own screen and sees the summary.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.gui.admin.home import AdminHome
from mobilaze_training.gui.shell import Shell
from mobilaze_training.gui.sync.exchange import DataExchangeScreen
from mobilaze_training.gui.sync.keys import KeysScreen
from mobilaze_training.gui.sync.models import MergeCountsModel
from mobilaze_training.services import grading, keys, sync, users
from tests.gui.support import ADMIN_PASSWORD, Driver
from tests.unit.sync.sites import Site, Sites, classroom, counts, take_exam, write_module

TRAINEE = "aliyev.hasan"


@pytest.fixture
def world(tmp_path: Path) -> Iterator[tuple[Site, Site]]:
    """A post where a trainee took an exam, and headquarters; each with an administrator."""
    made = Sites(tmp_path / "sites", write_module(tmp_path / "modules"))
    post, hq = made.new("post"), made.new("hq")
    for site in (post, hq):
        users.add_user(site.ctx, SYSTEM, "admin", "Məmmədov Rəşad", "admin", ADMIN_PASSWORD)
    take_exam(post, classroom(post, TRAINEE))
    yield post, hq
    made.close()


def admin_screen(
    drive: Driver, make_shell: Callable[..., Shell], site: Site
) -> tuple[Shell, DataExchangeScreen]:
    shell = make_shell(site.ctx)
    home = drive.login(shell, "admin", ADMIN_PASSWORD)
    assert isinstance(home, AdminHome)
    drive.click(home.find(QCommandLinkButton, "exchangeButton"))
    screen = shell.current_screen()
    assert isinstance(screen, DataExchangeScreen)
    assert shell.title_label.text() == "Data exchange"
    return shell, screen


def wait_done(qtbot: QtBot, screen: DataExchangeScreen) -> None:
    qtbot.waitUntil(lambda: screen.working is None, timeout=20_000)
    assert not screen.progress.isVisible()


def column(model: MergeCountsModel, table_title: str, col: int) -> str:
    for row in range(model.rowCount()):
        if model.text(row, MergeCountsModel.COL_TABLE) == table_title:
            return model.text(row, col)
    raise AssertionError(f"no row {table_title!r}")


def refused_box(qtbot: QtBot, screen: QWidget) -> QMessageBox:
    found: list[QMessageBox] = []

    def shown() -> bool:
        found[:] = [b for b in screen.findChildren(QMessageBox, "refusedMessage") if b.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown, timeout=10_000)
    return found[0]


def register_post_at_hq(
    qtbot: QtBot,
    drive: Driver,
    post_shell: Shell,
    hq_shell: Shell,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> str:
    """Save the post's key on its keys screen, import it on headquarters' keys screen."""
    key_file = tmp_path / "usb" / "post-key"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(key_file), ""))
    post_keys = post_shell.show_screen(lambda: KeysScreen(post_shell))
    assert isinstance(post_keys, KeysScreen)
    drive.click(post_keys.find(QPushButton, "saveButton"))
    saved = key_file.with_suffix(".pub")
    assert saved.read_text(encoding="utf-8").strip() == post_keys.public_edit.text()

    hq_keys = hq_shell.show_screen(lambda: KeysScreen(hq_shell))
    assert isinstance(hq_keys, KeysScreen)
    dialog = hq_keys.import_key()
    drive.type(dialog.file_edit, str(saved))
    qtbot.keyClick(dialog.file_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: hq_keys.model.rowCount() == 1, timeout=10_000)
    info = hq_keys.model.record(0)
    assert (info.kind, info.machine_id) == ("machine", post_keys.machine_id)
    assert post_keys.line is not None and info.key_id == post_keys.line.key_id
    assert info.key_id in hq_keys.status.text()
    hq_shell.back()
    post_shell.back()
    return info.key_id


def test_results_travel_from_a_post_to_headquarters(
    qtbot: QtBot,
    drive: Driver,
    world: tuple[Site, Site],
    make_shell: Callable[..., Shell],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    post, hq = world
    usb = tmp_path / "usb"
    usb.mkdir()
    post_shell, post_screen = admin_screen(drive, make_shell, post)
    hq_shell, hq_screen = admin_screen(drive, make_shell, hq)
    register_post_at_hq(qtbot, drive, post_shell, hq_shell, tmp_path, monkeypatch)
    post_screen = post_shell.current_screen()
    hq_screen = hq_shell.current_screen()
    assert isinstance(post_screen, DataExchangeScreen)
    assert isinstance(hq_screen, DataExchangeScreen)

    # the post writes its results into the folder (a USB stick)
    post_screen.folder_edit.clear()
    drive.type(post_screen.folder_edit, str(usb))
    drive.click(post_screen.results_button)
    wait_done(qtbot, post_screen)
    written = list(usb.glob("results-*.zip"))
    assert len(written) == 1
    assert written[0].name.startswith(f"results-{post.machine_id[:8]}-")
    assert str(written[0]) in post_screen.result.text()
    export_model = post_screen.panel.export_model
    rows = {
        export_model.text(r, 0): export_model.text(r, 1) for r in range(export_model.rowCount())
    }
    assert rows["Attempts"] == "1" and int(rows["Answers"]) == 3
    assert post_screen.panel.table.isVisible()

    # headquarters has no attempt of the trainee yet (not even the account)
    assert TRAINEE not in {u.username for u in users.list_users(hq.ctx, SYSTEM)}

    # headquarters imports it
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(written[0]), ""))
    drive.click(hq_screen.import_button)
    wait_done(qtbot, hq_screen)
    model = hq_screen.panel.merge_model
    assert hq_screen.panel.table.model() is model
    assert column(model, "Attempts", MergeCountsModel.COL_RECEIVED) == "1"
    assert column(model, "Attempts", MergeCountsModel.COL_INSERTED) == "1"
    assert column(model, "Answers", MergeCountsModel.COL_INSERTED) == "3"
    # the trainee, and the post's own administrator (kept apart as "admin~<id>")
    assert column(model, "Accounts", MergeCountsModel.COL_INSERTED) == "2"
    assert TRAINEE in {u.username for u in users.list_users(hq.ctx, SYSTEM)}
    assert "merged" in hq_screen.result.text() and post.machine_id in hq_screen.result.text()
    assert "audit entr" in hq_screen.panel.details.text()
    merged = grading.user_attempts(hq.ctx, SYSTEM, TRAINEE)
    assert len(merged) == 1 and merged[0].status in ("submitted", "pending_review", "graded")

    # importing the same bundle again changes nothing, and says so
    drive.click(hq_screen.import_button)
    wait_done(qtbot, hq_screen)
    assert "imported before" in hq_screen.result.text()
    assert column(model, "Attempts", MergeCountsModel.COL_INSERTED) == "0"
    assert column(model, "Attempts", MergeCountsModel.COL_UNCHANGED) == "1"
    assert len(grading.user_attempts(hq.ctx, SYSTEM, TRAINEE)) == 1

    # the summary survives a language switch (the screen is rebuilt from its state)
    hq_shell.set_language("ru")
    rebuilt = hq_shell.current_screen()
    assert isinstance(rebuilt, DataExchangeScreen) and rebuilt is not hq_screen
    assert rebuilt.panel.merge_model.rowCount() == model.rowCount()
    hq_shell.set_language("en")


def test_a_tampered_bundle_is_refused_and_nothing_changes(
    qtbot: QtBot,
    drive: Driver,
    world: tuple[Site, Site],
    make_shell: Callable[..., Shell],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    post, hq = world
    hq.trust(post)
    bundle = sync.export_bundle(post.ctx, SYSTEM, tmp_path / "bundle.zip").path
    data = bytearray(bundle.read_bytes())
    data[len(data) // 3] ^= 0xFF
    tampered = tmp_path / "tampered.zip"
    tampered.write_bytes(bytes(data))
    before = counts(hq.ctx)

    _shell, screen = admin_screen(drive, make_shell, hq)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(tampered), ""))
    drive.click(screen.import_button)
    box = refused_box(qtbot, screen)
    assert str(tampered) in box.text()
    assert "Nothing was changed" in box.informativeText()
    assert "refused" in screen.result.text()
    assert not screen.panel.table.isVisible()
    drive.click(box.button(QMessageBox.StandardButton.Ok))
    after = counts(hq.ctx)
    assert {k: v for k, v in after.items() if k != "audit_log"} == {
        k: v for k, v in before.items() if k != "audit_log"
    }
    assert TRAINEE not in {u.username for u in users.list_users(hq.ctx, SYSTEM)}


def test_an_unregistered_computer_is_refused_with_a_hint(
    qtbot: QtBot,
    drive: Driver,
    world: tuple[Site, Site],
    make_shell: Callable[..., Shell],
    tmp_path: Path,
) -> None:
    post, hq = world
    bundle = sync.export_bundle(post.ctx, SYSTEM, tmp_path / "bundle.zip").path
    _shell, screen = admin_screen(drive, make_shell, hq)
    screen.import_bundle(bundle)
    box = refused_box(qtbot, screen)
    assert "not registered" in box.text()
    box.close()
    assert keys.list_keys(hq.ctx, SYSTEM) == []


def test_exports_need_a_folder_and_a_cohort(
    qtbot: QtBot,
    drive: Driver,
    world: tuple[Site, Site],
    make_shell: Callable[..., Shell],
    tmp_path: Path,
) -> None:
    post, _hq = world
    _shell, screen = admin_screen(drive, make_shell, post)
    screen.folder_edit.setText(str(tmp_path / "no-such-stick"))
    drive.click(screen.results_button)
    assert "does not exist" in screen.result.text() and screen.working is None
    drive.click(screen.distribution_button)
    assert "at least one cohort" in screen.result.text()

    # a distribution for the post's cohort: checked with the keyboard (Space)
    screen.folder_edit.setText(str(tmp_path))
    screen.cohort_list.setFocus()
    screen.cohort_list.setCurrentRow(0)
    qtbot.keyClick(screen.cohort_list, Qt.Key.Key_Space)
    assert screen.chosen_cohorts() == ["Group 1"]
    drive.click(screen.distribution_button)
    wait_done(qtbot, screen)
    made = list(tmp_path.glob("distribution-Group-1-*.zip"))
    assert len(made) == 1 and "distribution bundle is saved" in screen.result.text()
    rows = screen.panel.export_model.records()
    assert dict(rows)["cohorts"] == 1 and dict(rows)["users"] >= 1

    # "everything" writes all results again, under a new name
    drive.click(screen.results_button)
    wait_done(qtbot, screen)
    assert "It holds all results" in screen.panel.details.text()  # the first export
    qtbot.keyClick(screen.full_check, Qt.Key.Key_Space)
    assert screen.full_check.isChecked()
    drive.click(screen.results_button)
    wait_done(qtbot, screen)
    assert len(list(tmp_path.glob("results-*.zip"))) == 2
    assert "It holds all results" in screen.panel.details.text()
    qtbot.keyClick(screen.full_check, Qt.Key.Key_Space)
    drive.click(screen.results_button)
    wait_done(qtbot, screen)
    assert "what is new since" in screen.panel.details.text()
    assert len(list(tmp_path.glob("results-*.zip"))) == 3
    assert dict(screen.panel.export_model.records())["attempts"] == 1
