"""Certificates in the GUI, for instructors and administrators: the register with issue,
batch issue and revocation, printed documents; and how every certificate screen is reached."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QSpinBox
from pytestqt.qtbot import QtBot

from mobilaze_training.auth.permissions import SYSTEM
from mobilaze_training.gui import dialogs
from mobilaze_training.gui.certificates.dialogs import (
    BatchIssueDialog,
    BatchSummaryDialog,
    IssueDialog,
    RevokeDialog,
)
from mobilaze_training.gui.certificates.documents import CohortReportDialog, PrintPapersDialog
from mobilaze_training.gui.certificates.mine import MyCertificatesScreen
from mobilaze_training.gui.certificates.models import STATE_ROLE, CertificatesTableModel
from mobilaze_training.gui.certificates.register import CertificatesScreen
from mobilaze_training.gui.certificates.verify import VerifyScreen
from mobilaze_training.gui.shell import Shell
from mobilaze_training.services import certificates, cohorts, users
from tests.gui.support import ADMIN_PASSWORD, MODULE_ID, PASSWORD, Classroom, Driver
from tests.gui.test_certificates import open_as, pass_exam, pdf_text, plain


@pytest.fixture
def shown_errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Error dialogs are recorded instead of blocking the test."""
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, error, *_a: shown.append(str(error)))
    return shown


@pytest.fixture
def room(classroom: Classroom) -> Iterator[Classroom]:
    """The classroom plus a second trainee (not passed) and an instructor."""
    ctx = classroom.ctx
    users.add_user(ctx, SYSTEM, "ivanov", "Иванов Иван", "trainee", PASSWORD, "ru")
    users.add_user(ctx, SYSTEM, "teacher", "Nigar Məmmədova", "instructor", PASSWORD)
    cohorts.enrol(ctx, SYSTEM, "Group 1", ["ivanov"])
    yield classroom


# ---- the register -------------------------------------------------------------------------------


def test_batch_issue_creates_pdfs_and_lists_the_skipped(
    qtbot: QtBot,
    drive: Driver,
    room: Classroom,
    make_shell: Callable[..., Shell],
    tmp_path: Path,
    shown_errors: list[str],
) -> None:
    pass_exam(room, room.trainee)
    shell = make_shell(room.ctx)
    screen = open_as(shell, drive, room.admin, ADMIN_PASSWORD, CertificatesScreen)
    assert isinstance(screen, CertificatesScreen)
    assert screen.model.rowCount() == 0
    assert screen.revoke_button.isVisible()  # an administrator may revoke

    drive.click(screen.batch_button)
    dialog = screen.dialog
    assert isinstance(dialog, BatchIssueDialog)
    qtbot.waitExposed(dialog)
    assert dialog.cohort_combo.currentData() == "Group 1"
    assert dialog.module_combo.currentData() == MODULE_ID
    folder = tmp_path / "batch out"
    dialog.folder_edit.clear()
    qtbot.keyClicks(dialog.folder_edit, str(folder))
    drive.click(dialog.ok_button())
    qtbot.waitUntil(lambda: isinstance(screen.dialog, BatchSummaryDialog), timeout=30_000)

    summary = screen.dialog
    assert isinstance(summary, BatchSummaryDialog)
    issued = certificates.register(room.ctx, SYSTEM)
    assert [c.username for c in issued] == [room.trainee]
    pdf = folder / f"{issued[0].serial}.pdf"
    assert pdf.is_file() and room.trainee_name in pdf_text(pdf)
    rows = {summary.model.text(r, 1): summary.model.text(r, 2) for r in range(2)}
    assert pdf.name in rows[f"{room.trainee_name} ({room.trainee})"]
    assert rows["Иванов Иван (ivanov)"] == "has not yet passed: Final examination"
    said = summary.find(QLabel, "summaryLabel").text()
    assert re.match(r"1 certificates? issued; 1 trainees? skipped\.", plain(said)), said
    summary.close()
    assert screen.model.rowCount() == 1  # the register shows the new certificate
    assert shown_errors == []


def test_issue_one_revoke_and_instructor_view(
    qtbot: QtBot,
    drive: Driver,
    room: Classroom,
    make_shell: Callable[..., Shell],
    shown_errors: list[str],
) -> None:
    pass_exam(room, room.trainee)
    shell = make_shell(room.ctx)
    screen = open_as(shell, drive, room.admin, ADMIN_PASSWORD, CertificatesScreen)
    dialog = screen.issue_one()
    assert isinstance(dialog, IssueDialog)
    qtbot.keyClicks(dialog.trainee_combo.lineEdit(), "ivanov")
    drive.click(dialog.ok_button())
    problem = dialog.find(QLabel, "problemLabel")
    assert dialog.isVisible() and "not yet passed" in problem.text()
    dialog.trainee_combo.setCurrentIndex(dialog.trainee_combo.findData(room.trainee))
    drive.click(dialog.ok_button())
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1)
    serial = screen.model.record(0).serial
    assert serial in screen.result.text()
    assert screen.selected() is not None and screen.selected().serial == serial

    revoke = screen.revoke_selected()
    assert isinstance(revoke, RevokeDialog)
    assert not revoke.ok_button().isEnabled()  # a reason is required
    qtbot.keyClicks(revoke.reason_edit, "issued by mistake")
    drive.click(revoke.ok_button())
    qtbot.waitUntil(lambda: screen.model.index(0, 0).data(STATE_ROLE) == "revoked")
    assert "issued by mistake" in screen.model.text(0, CertificatesTableModel.COL_STATUS)
    assert not screen.save_button.isEnabled()  # a revoked certificate is not printed

    # an instructor sees the certificates of their cohorts only, and cannot revoke
    cohorts.create_cohort(room.ctx, SYSTEM, "Teacher's group", "teacher")
    shell.logout()
    screen = open_as(shell, drive, "teacher", PASSWORD, CertificatesScreen)
    assert not screen.revoke_button.isVisible()
    assert screen.model.rowCount() == 0
    cohorts.enrol(room.ctx, SYSTEM, "Teacher's group", [room.trainee])
    screen.refresh()
    assert screen.model.rowCount() == 1
    assert shown_errors == []


def test_print_exam_papers_and_cohort_report(
    qtbot: QtBot,
    drive: Driver,
    room: Classroom,
    make_shell: Callable[..., Shell],
    tmp_path: Path,
    shown_errors: list[str],
) -> None:
    shell = make_shell(room.ctx)
    screen = open_as(shell, drive, room.admin, ADMIN_PASSWORD, CertificatesScreen)
    dialog = screen.print_papers()
    assert isinstance(dialog, PrintPapersDialog)
    assert dialog.assessment_combo.currentData() == "exam"  # exams first
    dialog.find(QSpinBox, "countSpin").setValue(2)
    dialog.folder_edit.setText(str(tmp_path / "papers"))
    drive.click(dialog.ok_button())
    qtbot.waitUntil(lambda: "2 exam papers saved" in plain(screen.result.text()), timeout=30_000)
    assert len(list((tmp_path / "papers").glob("*.pdf"))) == 2

    report = screen.cohort_report()
    assert isinstance(report, CohortReportDialog)
    assert report.find(QComboBox, "cohortCombo").currentText() == "Group 1"
    target = tmp_path / "reports" / "group-1"
    report.find(QLineEdit, "fileEdit").setText(str(target))
    drive.click(report.ok_button())
    qtbot.waitUntil(lambda: "cohort report is saved" in screen.result.text(), timeout=30_000)
    made = target.with_suffix(".pdf")
    assert made.is_file() and "Group 1" in pdf_text(made)
    assert shown_errors == []


# ---- how the screens are reached ---------------------------------------------------------------


def test_screens_are_reached_from_login_and_the_homes(
    qtbot: QtBot,
    drive: Driver,
    room: Classroom,
    make_shell: Callable[..., Shell],
    shown_errors: list[str],
) -> None:
    from PySide6.QtWidgets import QCommandLinkButton

    from mobilaze_training.gui.admin.home import AdminHome
    from mobilaze_training.gui.data.export_results import ExportResultsScreen
    from mobilaze_training.gui.data.import_questions import ImportQuestionsScreen
    from mobilaze_training.gui.data.item_analysis import ItemAnalysisScreen
    from mobilaze_training.gui.instructor.home import InstructorHome
    from mobilaze_training.gui.login import LoginScreen
    from mobilaze_training.gui.trainee.home import TraineeHome
    from mobilaze_training.gui.trainee.module_page import ModulePage

    pass_exam(room, room.trainee)
    issued = certificates.issue(room.ctx, SYSTEM, room.trainee, MODULE_ID)
    shell = make_shell(room.ctx)
    login = shell.current_screen()
    assert isinstance(login, LoginScreen)
    drive.click(login.find(QPushButton, "verifyButton"))
    assert isinstance(shell.current_screen(), VerifyScreen)
    shell.back()
    assert isinstance(shell.current_screen(), LoginScreen)

    home = drive.login(shell, room.trainee, PASSWORD)
    assert isinstance(home, TraineeHome)
    drive.click(home.find(QPushButton, "certificatesButton"))
    assert isinstance(shell.current_screen(), MyCertificatesScreen)
    shell.back()
    page = shell.show_screen(lambda: ModulePage(shell, MODULE_ID))
    line = page.findChild(QLabel, "certificateLabel")
    assert line is not None and issued.serial in line.text()
    drive.click(page.findChild(QPushButton, "certificatesButton"))
    assert isinstance(shell.current_screen(), MyCertificatesScreen)

    shell.logout()
    home = drive.login(shell, "teacher", PASSWORD)
    assert isinstance(home, InstructorHome)
    for name, kind in (
        ("certificatesButton", CertificatesScreen),
        ("importQuestionsButton", ImportQuestionsScreen),
        ("exportResultsButton", ExportResultsScreen),
        ("itemAnalysisButton", ItemAnalysisScreen),
    ):
        drive.click(shell.current_screen().findChild(QPushButton, name))
        assert isinstance(shell.current_screen(), kind), name
        shell.back()

    shell.logout()
    home = drive.login(shell, room.admin, ADMIN_PASSWORD)
    assert isinstance(home, AdminHome)
    drive.click(home.find(QCommandLinkButton, "certificatesButton"))
    screen = shell.current_screen()
    assert isinstance(screen, CertificatesScreen)
    drive.click(screen.find(QPushButton, "verifyButton"))
    assert isinstance(shell.current_screen(), VerifyScreen)
    assert shown_errors == []
