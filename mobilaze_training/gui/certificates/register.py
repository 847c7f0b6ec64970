"""The certificate register for instructors (their cohorts) and administrators (everyone):
issue, issue to a cohort, save or open a PDF, revoke; printed exam papers and reports."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QLineEdit, QPushButton

from mobilaze_training.auth.permissions import allowed
from mobilaze_training.gui.certificates.dialogs import (
    BatchIssueDialog,
    BatchSummaryDialog,
    IssueDialog,
    RevokeDialog,
)
from mobilaze_training.gui.certificates.documents import CohortReportDialog, PrintPapersDialog
from mobilaze_training.gui.certificates.files import CertificateScreenBase
from mobilaze_training.gui.data.common import fill_modules, module_title
from mobilaze_training.gui.models.formatting import localised
from mobilaze_training.services import certificates, cohorts, users
from mobilaze_training.services.certificates import BatchReport

if TYPE_CHECKING:
    from mobilaze_training.gui.shell import Shell


class CertificatesScreen(CertificateScreenBase):
    form_name = "certificate_register"

    def __init__(self, shell: Shell, module_id: str | None = None) -> None:
        super().__init__(shell)
        self.dialog: QDialog | None = None
        self.module_combo = self.find(QComboBox, "moduleCombo")
        fill_modules(self.module_combo, list(self.modules.values()), self.lang, self.tr("All"))
        if module_id:
            self.module_combo.setCurrentIndex(max(0, self.module_combo.findData(module_id)))
        self.module_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.filter_edit = self.find(QLineEdit, "filterEdit")
        self.filter_edit.textChanged.connect(self._filter)
        self.find(QPushButton, "refreshButton").clicked.connect(lambda: self.refresh())
        self.save_button = self.find(QPushButton, "saveButton")
        self.open_button = self.find(QPushButton, "openButton")
        self.revoke_button = self.find(QPushButton, "revokeButton")
        self.issue_button = self.find(QPushButton, "issueButton")
        self.batch_button = self.find(QPushButton, "batchButton")
        self.save_button.clicked.connect(self.save_selected)
        self.open_button.clicked.connect(self.open_selected)
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.issue_button.clicked.connect(self.issue_one)
        self.batch_button.clicked.connect(self.issue_cohort)
        self.find(QPushButton, "verifyButton").clicked.connect(self.open_verification)
        self.find(QPushButton, "papersButton").clicked.connect(self.print_papers)
        self.find(QPushButton, "reportButton").clicked.connect(self.cohort_report)
        # Revoking is for administrators; the service refuses anyone else anyway.
        self.revoke_button.setVisible(allowed(self.principal.role, "certificate.revoke"))
        self.view.activated.connect(self._activated)
        self.busy_buttons(self.save_button, self.open_button)
        self.refresh()
        self.focus_first(self.view if self.model.rowCount() else self.issue_button)

    def screen_title(self) -> str:
        return self.tr("Certificates")

    def module_id(self) -> str | None:
        data = self.module_combo.currentData()
        return str(data) if data else None

    # ---- the register --------------------------------------------------------------------
    def refresh(self, select: str | None = None) -> None:
        found = self.call(certificates.register, self.ctx, self.principal, self.module_id()) or []
        self.show_certificates(found, select)
        self._count()
        self._update()

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text)
        self._count()

    def _count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if total == 0:
            text = self.tr("No certificates have been issued yet.")
        elif shown == total:
            text = self.tr("%n certificate(s).", "", total)
        else:
            text = self.tr("%1 of %2 certificates shown.").replace("%1", str(shown))
            text = text.replace("%2", str(total))
        self.find(QLabel, "countLabel").setText(text)

    def _update(self) -> None:
        info = self.selected()
        usable = info is not None and not info.revoked
        for button in (self.save_button, self.open_button, self.revoke_button):
            button.setEnabled(usable and self.working is None)

    def _activated(self, _index: QModelIndex) -> None:
        self.open_selected()

    # ---- actions -------------------------------------------------------------------------
    def _open_dialog(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.open()
        return dialog

    def issue_one(self) -> IssueDialog | None:
        trainees = self.call(users.list_users, self.ctx, self.principal, "trainee")
        if trainees is None:
            return None
        dialog = IssueDialog(
            self,
            self.ctx,
            self.principal,
            trainees,
            list(self.modules.values()),
            self.lang,
            self.module_id(),
        )

        def issued() -> None:
            info = dialog.issued
            if info is not None:
                self.refresh(select=info.serial)
                text = self.tr("Certificate %1 is issued to %2.").replace("%1", info.serial)
                self.say(text.replace("%2", info.full_name), "success")

        dialog.accepted.connect(issued)
        self._open_dialog(dialog)
        return dialog

    def issue_cohort(self) -> BatchIssueDialog | None:
        found = self.call(cohorts.list_cohorts, self.ctx, self.principal)
        if found is None:
            return None
        dialog = BatchIssueDialog(
            self,
            self.ctx,
            self.principal,
            found,
            list(self.modules.values()),
            self.lang,
            self.module_id(),
        )
        dialog.accepted.connect(
            lambda: self._batch_done(
                dialog.result_value, dialog.folder(), str(dialog.module_combo.currentData())
            )
        )
        self._open_dialog(dialog)
        return dialog

    def _batch_done(self, report: BatchReport, folder: Path, module_id: str) -> BatchSummaryDialog:
        self.refresh()
        text = (
            self.tr("%n certificate(s) issued", "", len(report.issued))
            + "; "
            + self.tr("%n trainee(s) skipped.", "", len(report.skipped))
        )
        self.say(text, "success" if report.issued else "notice")
        people = self.call(users.list_users, self.ctx, self.principal, "trainee") or []
        names = {p.username: p.full_name for p in people}
        summary = BatchSummaryDialog(self, report, folder, names, self.assessment_titles(module_id))
        self._open_dialog(summary)
        return summary

    def revoke_selected(self) -> RevokeDialog | None:
        info = self.selected()
        if info is None:
            return None
        module = self.modules.get(info.module_id)
        title = module_title(module, self.lang) if module else None
        dialog = RevokeDialog(self, self.ctx, self.principal, info, title)

        def revoked() -> None:
            if dialog.revoked is not None:
                self.refresh(select=dialog.revoked.serial)
                text = self.tr("Certificate %1 is revoked.").replace("%1", dialog.revoked.serial)
                self.say(text, "notice")

        dialog.accepted.connect(revoked)
        self._open_dialog(dialog)
        return dialog

    def print_papers(self) -> PrintPapersDialog:
        dialog = PrintPapersDialog(
            self, self.ctx, self.principal, list(self.modules.values()), self.lang, self.module_id()
        )
        dialog.accepted.connect(lambda: self._papers_done(dialog.result_value, dialog.folder()))
        self._open_dialog(dialog)
        return dialog

    def _papers_done(self, papers: list[Any], folder: Path) -> None:
        text = self.tr("%n exam paper(s) saved", "", len(papers))
        self.say(f"{text}: {folder}", "success")

    def cohort_report(self) -> CohortReportDialog | None:
        found = self.call(cohorts.list_cohorts, self.ctx, self.principal)
        if found is None:
            return None
        dialog = CohortReportDialog(self, self.ctx, self.principal, found, self.lang)
        dialog.accepted.connect(
            lambda: self.say(
                self.tr("The cohort report is saved: %1").replace("%1", str(dialog.result_value)),
                "success",
            )
        )
        self._open_dialog(dialog)
        return dialog

    def assessment_titles(self, module_id: str) -> dict[str, str]:
        module = self.modules.get(module_id)
        if module is None:
            return {}
        default = module.languages[0] if module.languages else "en"
        return {
            str(a["id"]): localised(a.get("title"), self.lang, default) or str(a["id"])
            for a in module.assessments
        }

    def open_verification(self) -> None:
        from mobilaze_training.gui.certificates.verify import VerifyScreen

        shell = self.shell
        shell.show_screen(lambda: VerifyScreen(shell))
