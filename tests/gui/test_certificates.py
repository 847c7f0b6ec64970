"""Certificates in the GUI: the trainee's own, the register with issue, batch issue and
revocation, printed documents, and the offline verification screen."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QLabel,
    QPushButton,
)
from pytestqt.qtbot import QtBot

from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.certificates import signing
from mobilaze_training.gui import dialogs
from mobilaze_training.gui.certificates.mine import MyCertificatesScreen
from mobilaze_training.gui.certificates.models import (
    STATE_ROLE,
    BatchSummaryModel,
    CertificatesTableModel,
)
from mobilaze_training.gui.certificates.verify import VerifyScreen
from mobilaze_training.gui.shell import Shell
from mobilaze_training.services import certificates, cohorts, grading, users
from mobilaze_training.services.certificates import CertificateInfo
from tests.gui.support import ADMIN_PASSWORD, MODULE_ID, PASSWORD, Classroom, Driver

RIGHT: dict[str, Any] = {
    "q-single": "a",
    "q-multi": ["a", "b"],
    "q-tf": True,
    "q-short": "Baku",
    "q-num": 2.5,
    "q-match": {"p1": "p1", "p2": "p2"},
    "q-order": ["s1", "s2", "s3"],
    "q-essay": "I keep the document, call the duty officer and write a report.",
}


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Error dialogs are recorded instead of blocking the test."""
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, error, *_a: shown.append(str(error)))
    return shown


@pytest.fixture
def room(classroom: Classroom) -> Iterator[Classroom]:
    """The classroom plus a second trainee (not passed) and an instructor with a cohort."""
    ctx = classroom.ctx
    users.add_user(ctx, SYSTEM, "ivanov", "Иванов Иван", "trainee", PASSWORD, "ru")
    users.add_user(ctx, SYSTEM, "teacher", "Nigar Məmmədova", "instructor", PASSWORD)
    cohorts.enrol(ctx, SYSTEM, "Group 1", ["ivanov"])
    yield classroom


def pass_exam(room: Classroom, username: str) -> None:
    """The trainee's paper exam is entered with every answer right and the essay graded."""
    grading.record_paper(room.ctx, SYSTEM, username, MODULE_ID, "exam", RIGHT)
    for essay in grading.pending_essays(room.ctx, SYSTEM):
        grading.grade_essay(room.ctx, SYSTEM, essay.attempt_id, essay.question_id, essay.points)


def forge(code: str, name: str) -> str:
    """The code with another name in its content and the original signature."""
    payload, signature = signing.parse_code(code)
    body = replace(payload, name=name).canonical()
    return f"{signing.CODE_PREFIX}{signing.b64encode(body)}.{signing.b64encode(signature)}"


def plain(text: str) -> str:
    """A text with "(s)" plurals read as plurals, whether or not a translation resolved them."""
    return re.sub(
        r"(\d+ \w+?)\(s\)",
        lambda m: m.group(1) + ("" if m.group(1).startswith("1 ") else "s"),
        text,
    )


def pdf_text(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages)


def open_as(
    shell: Shell, drive: Driver, username: str, password: str, factory: Callable[[Shell], Any]
) -> Any:
    drive.login(shell, username, password)
    return shell.show_screen(lambda: factory(shell))


# ---- models -------------------------------------------------------------------------------------


def info(serial: str, name: str, revoked: bool = False, expires: date | None = None) -> Any:
    return CertificateInfo(
        serial, "u", name, MODULE_ID, "1.0.0", date(2026, 1, 5), expires, revoked,
        "a mistake" if revoked else None, "MT1.x.y",
    )  # fmt: skip


def test_register_model_states_and_order(qtmodeltester: Any) -> None:
    model = CertificatesTableModel({MODULE_ID: "Checking documents"}, today=date(2026, 6, 1))
    model.set_rows(
        [
            info("MT-2026-000002", "Əliyev Həsən"),
            info("MT-2026-000001", "Иванов Иван", revoked=True),
            info("MT-2026-000003", "Anna Smith", expires=date(2026, 3, 1)),
        ]
    )
    qtmodeltester.check(model)
    states = [model.index(r, 0).data(STATE_ROLE) for r in range(3)]
    assert states == ["valid", "revoked", "expired"]
    assert model.text(0, model.COL_MODULE) == "Checking documents"
    assert model.text(0, model.COL_STATUS) == "✔ Valid"
    assert model.text(1, model.COL_STATUS) == "✖ Revoked: a mistake"
    assert model.text(2, model.COL_EXPIRES) == "2026-03-01"
    assert model.text(0, model.COL_EXPIRES) == "does not expire"
    model.sort(model.COL_SERIAL, Qt.SortOrder.AscendingOrder)
    assert [model.record(r).serial[-1] for r in range(3)] == ["1", "2", "3"]


def test_batch_summary_model(qtmodeltester: Any) -> None:
    from mobilaze_training.gui.certificates.models import BatchLine

    model = BatchSummaryModel()
    model.set_rows([BatchLine(True, "Əliyev Həsən (h)", "MT-1"), BatchLine(False, "x", "why")])
    qtmodeltester.check(model)
    assert model.text(0, 0).startswith("✔") and model.text(1, 0).startswith("–")


# ---- the trainee --------------------------------------------------------------------------------


def test_trainee_saves_own_certificate_as_pdf(
    qtbot: QtBot,
    drive: Driver,
    room: Classroom,
    make_shell: Callable[..., Shell],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    shown_errors: list[str],
) -> None:
    pass_exam(room, room.trainee)
    issued = certificates.issue(room.ctx, SYSTEM, room.trainee, MODULE_ID)
    target = tmp_path / "mine" / "my-certificate"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    shell = make_shell(room.ctx)
    screen = open_as(shell, drive, room.trainee, PASSWORD, MyCertificatesScreen)
    assert isinstance(screen, MyCertificatesScreen)
    assert screen.model.rowCount() == 1
    assert screen.model.text(0, CertificatesTableModel.COL_SERIAL) == issued.serial
    assert not screen.find(QPushButton, "printButton").isVisible()  # no QtPdf in Essentials
    english = screen.language_combo.findData("en")
    screen.language_combo.setCurrentIndex(english)

    drive.click(screen.save_button)
    qtbot.waitUntil(lambda: screen.working is None and screen.result.isVisible(), timeout=20_000)
    saved = target.with_suffix(".pdf")
    assert saved.is_file()
    assert room.trainee_name in pdf_text(saved)
    assert str(saved) in screen.result.text()
    assert shown_errors == []


def test_trainee_without_certificates_is_told_how_to_get_one(
    drive: Driver, room: Classroom, make_shell: Callable[..., Shell]
) -> None:
    shell = make_shell(room.ctx)
    screen = open_as(shell, drive, room.trainee, PASSWORD, MyCertificatesScreen)
    assert screen.model.rowCount() == 0
    empty = screen.find(QLabel, "emptyLabel")
    assert empty.isVisible() and "no certificates yet" in empty.text()
    assert not screen.save_button.isEnabled()


# ---- verification -------------------------------------------------------------------------------


def test_verification_of_a_genuine_pdf_and_a_tampered_code(
    qtbot: QtBot,
    drive: Driver,
    room: Classroom,
    make_shell: Callable[..., Shell],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    shown_errors: list[str],
) -> None:
    pass_exam(room, room.trainee)
    issued = certificates.issue(room.ctx, SYSTEM, room.trainee, MODULE_ID)
    pdf = certificates.render(room.ctx, SYSTEM, issued.serial, tmp_path / "genuine.pdf")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(pdf), ""))
    shell = make_shell(room.ctx)
    screen = open_as(shell, drive, room.trainee, PASSWORD, VerifyScreen)
    assert isinstance(screen, VerifyScreen)
    assert not screen.find(QGroupBox, "keysGroup").isVisible()  # keys are for administrators

    drive.click(screen.pdf_button)
    qtbot.waitUntil(lambda: screen.last_result is not None, timeout=10_000)
    assert screen.last_result is not None and screen.last_result.status == "valid"
    assert screen.verdict_text == "✔  Valid certificate"
    assert screen.headline.property("role") == "success"
    assert room.trainee_name in screen.details.text()
    assert issued.serial in screen.message.text()

    # the name in the signed content changed: the signature no longer matches
    tampered = forge(issued.code, "Hacıyev Forged")
    screen.last_result = None
    screen.code_edit.setFocus()
    qtbot.keyClicks(screen.code_edit, tampered)
    qtbot.keyClick(screen.code_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: screen.last_result is not None, timeout=10_000)
    assert screen.last_result is not None and screen.last_result.status == "tampered"
    assert screen.verdict_text.startswith("✖  Tampered")
    assert screen.headline.property("role") == "failure"
    assert "Forged" not in screen.details.text()  # nothing a forged code claims is shown
    assert "altered or forged" in screen.message.text()
    assert shown_errors == []


def test_verification_before_login_and_of_a_revoked_certificate(
    qtbot: QtBot,
    room: Classroom,
    make_shell: Callable[..., Shell],
    shown_errors: list[str],
) -> None:
    pass_exam(room, room.trainee)
    issued = certificates.issue(room.ctx, SYSTEM, room.trainee, MODULE_ID)
    shell = make_shell(room.ctx)
    assert shell.principal is None
    screen = shell.show_screen(lambda: VerifyScreen(shell))
    assert isinstance(screen, VerifyScreen)
    screen.code_edit.setPlainText(issued.code[:40] + "\n" + issued.code[40:])  # a line break
    screen.check_code()
    qtbot.waitUntil(lambda: screen.last_result is not None, timeout=10_000)
    assert screen.last_result is not None and screen.last_result.status == "valid"

    certificates.revoke(room.ctx, SYSTEM, issued.serial, "issued by mistake")
    screen.last_result = None
    screen.check_code()
    qtbot.waitUntil(lambda: screen.last_result is not None, timeout=10_000)
    assert screen.verdict_text.startswith("✖  Revoked")
    assert "issued by mistake" in screen.message.text()

    screen.code_edit.setPlainText("hello")
    screen.last_result = None
    screen.check_code()
    qtbot.waitUntil(lambda: screen.last_result is not None, timeout=10_000)
    assert screen.verdict_text.startswith("✖  Not a certificate code")
    assert shown_errors == []


def test_admin_exports_the_public_key_and_trusts_another(
    drive: Driver,
    room: Classroom,
    make_shell: Callable[..., Shell],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    shown_errors: list[str],
) -> None:
    out = tmp_path / "centre-key"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out), ""))
    shell = make_shell(room.ctx)
    screen = open_as(shell, drive, room.admin, ADMIN_PASSWORD, VerifyScreen)
    assert screen.find(QGroupBox, "keysGroup").isVisible()
    drive.click(screen.find(QPushButton, "exportKeyButton"))
    exported = out.with_suffix(".pub")
    assert exported.read_text(encoding="utf-8").startswith("mobilaze-ed25519 ")
    assert str(exported) in screen.keys_result.text()

    other = tmp_path / "other.pub"
    other.write_text(
        f"mobilaze-ed25519 {signing.public_key_b64(signing.generate_key())} Ganja\n",
        encoding="utf-8",
    )
    key_id = screen.trust_key_file(other)
    assert key_id is not None and key_id in screen.keys_result.text()
    assert screen.keys_result.property("role") == "success"
    bad = tmp_path / "bad.pub"
    bad.write_text("not a key", encoding="utf-8")
    assert screen.trust_key_file(bad) is None
    assert screen.keys_result.property("role") == "error"
    assert shown_errors == []


def test_expired_certificate_shows_as_expired(qtmodeltester: Any) -> None:
    model = CertificatesTableModel()
    yesterday = date.today() - timedelta(days=1)
    model.set_rows([info("MT-1", "A", expires=yesterday)])
    qtmodeltester.check(model)
    assert model.text(0, model.COL_STATUS) == "⌛ Expired"
