"""Dialogs of the certificate register: issue to one trainee, issue to a cohort (with its
summary), revoke."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from mobilaze_training.auth.permissions import Principal
from mobilaze_training.errors import MobilazeError
from mobilaze_training.gui.certificates.models import BatchLine, BatchSummaryModel
from mobilaze_training.gui.certificates.texts import skip_reason
from mobilaze_training.gui.data.common import (
    JobDialog,
    choose_folder_into,
    default_folder,
    fill_cohorts,
    fill_modules,
    open_in_system,
)
from mobilaze_training.gui.instructor.base import FormDialog, setup_table
from mobilaze_training.gui.screen import set_role
from mobilaze_training.services import certificates
from mobilaze_training.services.certificates import BatchReport, CertificateInfo
from mobilaze_training.services.cohorts import CohortInfo
from mobilaze_training.services.context import AppContext
from mobilaze_training.services.courses import ModuleSummary
from mobilaze_training.services.users import UserInfo


def certified_modules(modules: Sequence[ModuleSummary]) -> list[ModuleSummary]:
    """The modules that give a certificate."""
    return [m for m in modules if m.certificate]


class IssueDialog(FormDialog):
    """Issue (or find the existing) certificate of one trainee for one module."""

    form_name = "certificate_issue_dialog"

    def __init__(
        self,
        parent: QWidget,
        ctx: AppContext,
        actor: Principal,
        trainees: Sequence[UserInfo],
        modules: Sequence[ModuleSummary],
        lang: str,
        module_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.issued: CertificateInfo | None = None
        self.trainee_combo = self.find(QComboBox, "traineeCombo")
        for person in sorted(trainees, key=lambda p: p.full_name.casefold()):
            if person.active:
                self.trainee_combo.addItem(
                    f"{person.full_name} ({person.username})", person.username
                )
        completer = QCompleter(self.trainee_combo.model(), self.trainee_combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.trainee_combo.setCompleter(completer)
        self.trainee_combo.setCurrentIndex(-1)
        self.trainee_combo.setEditText("")
        editor = self.trainee_combo.lineEdit()
        if editor is not None:
            editor.setPlaceholderText(self.tr("Part of the name or username"))
        self.module_combo = self.find(QComboBox, "moduleCombo")
        fill_modules(self.module_combo, certified_modules(modules), lang)
        if module_id:
            self.module_combo.setCurrentIndex(max(0, self.module_combo.findData(module_id)))
        self.ok_button().setText(self.tr("&Issue"))
        self.problem("")
        self.trainee_combo.setFocus()

    def problem(self, text: str) -> None:
        label = self.find(QLabel, "problemLabel")
        label.setText(text)
        label.setVisible(bool(text))
        if text:
            set_role(label, "error")

    def username(self) -> str | None:
        """The chosen trainee: a listed entry, or a username typed in full."""
        text = self.trainee_combo.currentText().strip()
        if not text:
            return None
        index = self.trainee_combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.trainee_combo.itemData(index))
        for i in range(self.trainee_combo.count()):
            if str(self.trainee_combo.itemData(i)).casefold() == text.casefold():
                return str(self.trainee_combo.itemData(i))
        return text

    def accept(self) -> None:
        username = self.username()
        module_id = self.module_combo.currentData()
        if not username:
            self.problem(self.tr("Choose the trainee."))
            self.trainee_combo.setFocus()
            return
        if not module_id:
            self.problem(self.tr("No installed module gives a certificate."))
            return
        try:
            self.issued = certificates.issue(self.ctx, self.actor, username, str(module_id))
        except MobilazeError as exc:
            self.problem(str(exc))
            return
        super().accept()


class BatchIssueDialog(JobDialog):
    """Certify everyone eligible in a cohort and save their PDFs in a folder."""

    form_name = "certificate_batch_dialog"

    def __init__(
        self,
        parent: QWidget,
        ctx: AppContext,
        actor: Principal,
        cohorts: Sequence[CohortInfo],
        modules: Sequence[ModuleSummary],
        lang: str,
        module_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.actor = ctx, actor
        self.cohort_combo = self.find(QComboBox, "cohortCombo")
        fill_cohorts(self.cohort_combo, cohorts)
        self.module_combo = self.find(QComboBox, "moduleCombo")
        fill_modules(self.module_combo, certified_modules(modules), lang)
        if module_id:
            self.module_combo.setCurrentIndex(max(0, self.module_combo.findData(module_id)))
        self.folder_edit = self.find(QLineEdit, "folderEdit")
        self.folder_edit.setText(str(default_folder() / "certificates"))
        self.find(QPushButton, "browseButton").clicked.connect(self.browse)
        self.ok_button().setText(self.tr("&Issue and save"))
        self.cohort_combo.setFocus()

    def browse(self) -> None:
        choose_folder_into(self, self.folder_edit, self.tr("Folder for the certificates"))

    def folder(self) -> Path:
        return Path(self.folder_edit.text().strip())

    def accept(self) -> None:
        cohort = self.cohort_combo.currentData()
        module_id = self.module_combo.currentData()
        folder = self.folder_edit.text().strip()
        if not cohort:
            self.problem(self.tr("There is no cohort to choose."))
            return
        if not module_id:
            self.problem(self.tr("No installed module gives a certificate."))
            return
        if not folder:
            self.problem(self.tr("Choose the folder for the PDF files."))
            self.folder_edit.setFocus()
            return
        ctx, actor, out = self.ctx, self.actor, self.folder()
        self.start(
            lambda progress: certificates.issue_batch(
                ctx, actor, str(cohort), str(module_id), out, progress
            )
        )


class BatchSummaryDialog(FormDialog):
    """Who received a certificate (serial and file) and who was skipped (and why)."""

    form_name = "certificate_batch_summary"

    def __init__(
        self,
        parent: QWidget,
        report: BatchReport,
        folder: Path,
        names: Mapping[str, str] | None = None,
        titles: Mapping[str, str] | None = None,
    ) -> None:
        """`names`: full names by username; `titles`: assessment titles by id."""
        super().__init__(parent)
        self.folder = folder
        files = {path.stem: path for path in report.files}
        lines = [
            BatchLine(
                True,
                f"{info.full_name} ({info.username})",
                files[info.serial].name if info.serial in files else info.serial,
            )
            for info in report.issued
        ]
        lines += [
            BatchLine(
                False,
                f"{names[username]} ({username})" if names and username in names else username,
                skip_reason(why, titles),
            )
            for username, why in report.skipped
        ]
        self.model = BatchSummaryModel(self)
        self.model.set_rows(lines)
        self.view = self.find(QTableView, "summaryView")
        setup_table(self.view, self.model)
        self.view.setColumnWidth(BatchSummaryModel.COL_OUTCOME, 130)
        self.view.setColumnWidth(BatchSummaryModel.COL_WHO, 320)
        self.view.setWordWrap(True)
        self.resize(880, 480)
        text = (
            self.tr("%n certificate(s) issued", "", len(report.issued))
            + "; "
            + self.tr("%n trainee(s) skipped.", "", len(report.skipped))
        )
        if report.files:
            text += " " + self.tr("The PDF files are in %1.").replace("%1", str(folder))
        label = self.find(QLabel, "summaryLabel")
        label.setText(text)
        set_role(label, "success" if report.issued else "notice")
        button = self.find(QPushButton, "openFolderButton")
        button.setVisible(bool(report.files))
        button.clicked.connect(lambda: open_in_system(folder))
        self.view.setFocus()


class RevokeDialog(FormDialog):
    """Revoke one certificate, giving the reason."""

    form_name = "certificate_revoke_dialog"

    def __init__(
        self,
        parent: QWidget,
        ctx: AppContext,
        actor: Principal,
        info: CertificateInfo,
        module_title: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx, self.actor, self.info = ctx, actor, info
        self.revoked: CertificateInfo | None = None
        self.find(QLabel, "certificateLabel").setText(
            f"{info.serial}\n{info.full_name} ({info.username})\n{module_title or info.module_id}"
        )
        self.reason_edit = self.find(QLineEdit, "reasonEdit")
        self.reason_edit.textChanged.connect(self._update)
        self.ok_button().setText(self.tr("&Revoke"))
        label = self.find(QLabel, "problemLabel")
        label.hide()
        self._update()
        self.reason_edit.setFocus()

    def _update(self) -> None:
        self.ok_button().setEnabled(bool(self.reason_edit.text().strip()))

    def accept(self) -> None:
        reason = self.reason_edit.text().strip()
        try:
            self.revoked = certificates.revoke(self.ctx, self.actor, self.info.serial, reason)
        except MobilazeError as exc:
            label = self.find(QLabel, "problemLabel")
            label.setText(str(exc))
            label.show()
            set_role(label, "error")
            return
        super().accept()
