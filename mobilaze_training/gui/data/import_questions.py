"""Importing a question bank written for another system (GIFT, Moodle XML, Aiken, QTI 2.1)
into a bank file of the standard module format, with every warning and error listed."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QTableView

from mobilaze_training.errors import ValidationFailed
from mobilaze_training.gui.data.common import (
    JobScreen,
    default_folder,
    fill_languages,
    open_file,
    save_file,
)
from mobilaze_training.gui.data.models import ImportNote, ImportNotesModel
from mobilaze_training.gui.instructor.base import setup_table
from mobilaze_training.gui.screen import set_role
from mobilaze_training.interop.questions import ImportResult
from mobilaze_training.services import questions

if TYPE_CHECKING:
    from mobilaze_training.gui.shell import Shell

#: file name patterns offered when choosing a source file, per format
PATTERNS = {
    "gift": "*.gift *.txt",
    "moodle-xml": "*.xml",
    "aiken": "*.txt",
    "qti": "*.xml",
}
SUFFIXES = {".gift": "gift"}


class ImportQuestionsScreen(JobScreen):
    form_name = "import_questions"

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell)
        self.format_combo = self.find(QComboBox, "formatCombo")
        for code, name in (
            ("gift", self.tr("GIFT (Moodle text format)")),
            ("moodle-xml", self.tr("Moodle XML")),
            ("aiken", self.tr("Aiken")),
            ("qti", self.tr("QTI 2.1 (IMS)")),
        ):
            self.format_combo.addItem(name, code)
        self.source_edit = self.find(QLineEdit, "sourceEdit")
        self.out_edit = self.find(QLineEdit, "outEdit")
        self.language_combo = self.find(QComboBox, "languageCombo")
        fill_languages(self.language_combo, self.lang)
        self.import_button = self.find(QPushButton, "importButton")
        self.model = ImportNotesModel(self)
        self.view = self.find(QTableView, "notesView")
        setup_table(self.view, self.model)
        self.view.setColumnWidth(ImportNotesModel.COL_KIND, 120)
        self.view.setColumnWidth(ImportNotesModel.COL_WHERE, 170)
        self.view.setColumnWidth(ImportNotesModel.COL_QUESTION, 170)
        self.view.hide()
        self.find(QPushButton, "sourceButton").clicked.connect(self.choose_source)
        self.find(QPushButton, "outButton").clicked.connect(self.choose_out)
        self.source_edit.editingFinished.connect(self._source_typed)
        self.import_button.clicked.connect(self.run_import)
        set_role(self.import_button, "primary")
        self.job_buttons(self.import_button)
        self.last_result: ImportResult | None = None
        self.focus_first(self.format_combo)

    def screen_title(self) -> str:
        return self.tr("Import questions")

    def fmt(self) -> str:
        return str(self.format_combo.currentData())

    # ---- files ---------------------------------------------------------------------------
    def choose_source(self) -> None:
        pattern = PATTERNS.get(self.fmt(), "*")
        filters = self.tr("Question files (%1);;All files (*)").replace("%1", pattern)
        start = Path(self.source_edit.text()).parent if self.source_edit.text() else None
        path = open_file(
            self, self.tr("Choose the file to import"), start or default_folder(), filters
        )
        if path is not None:
            self.set_source(path)

    def _source_typed(self) -> None:
        text = self.source_edit.text().strip()
        if text and not self.out_edit.text().strip():
            self.set_source(Path(text))

    def set_source(self, path: Path) -> None:
        self.source_edit.setText(str(path))
        guessed = SUFFIXES.get(path.suffix.lower())
        if guessed:
            self.format_combo.setCurrentIndex(self.format_combo.findData(guessed))
        if not self.out_edit.text().strip() or Path(self.out_edit.text()).parent == path.parent:
            self.out_edit.setText(str(path.with_suffix(".yaml")))

    def choose_out(self) -> None:
        text = self.out_edit.text().strip()
        start = Path(text) if text else default_folder() / "imported.yaml"
        target = save_file(
            self,
            self.tr("Write the question bank as"),
            start,
            self.tr("Question banks (*.yaml)"),
            ".yaml",
        )
        if target is not None:
            self.out_edit.setText(str(target))

    # ---- importing -----------------------------------------------------------------------
    def run_import(self) -> None:
        source_text, out_text = self.source_edit.text().strip(), self.out_edit.text().strip()
        if not source_text:
            self.say(self.tr("Choose the file to import."), "error")
            self.source_edit.setFocus()
            return
        source = Path(source_text)
        if not source.is_file():
            self.say(self.tr("There is no file %1.").replace("%1", str(source)), "error")
            self.source_edit.setFocus()
            return
        if not out_text:
            self.say(self.tr("Choose where to write the question bank."), "error")
            self.out_edit.setFocus()
            return
        out = Path(out_text)
        if out.suffix.lower() not in (".yaml", ".yml"):
            out = out.with_name(out.name + ".yaml")
        if not out.parent.is_dir():
            self.say(
                self.tr("The folder %1 does not exist.").replace("%1", str(out.parent)), "error"
            )
            self.out_edit.setFocus()
            return
        actor, fmt, language = self.principal, self.fmt(), str(self.language_combo.currentData())
        self.model.set_rows([])
        self.view.hide()
        self.last_result = None
        self.start_job(
            lambda _progress: questions.import_bank(actor, fmt, source, out, language=language),
            lambda result: self._imported(result, out),
            self.tr("Importing %1…").replace("%1", source.name),
        )

    def _imported(self, result: ImportResult, out: Path) -> None:
        self.last_result = result
        notes = [ImportNote.of_warning(w, result.source) for w in result.warnings]
        count = len(result.bank.get("questions", []))
        text = self.tr("%n question(s) imported", "", count)
        text += ": " + str(out) + ". "
        if notes:
            text += self.tr("%n warning(s): see the table.", "", len(notes))
        else:
            text += self.tr("No warnings.")
        text += " " + self.tr("Add the bank to a module's questions folder and check the module.")
        self.say(text, "success" if not notes else "notice")
        self.show_notes(notes)

    def job_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ValidationFailed):
            notes = [ImportNote.of_problem(p) for p in exc.problems]
            errors = sum(1 for n in notes if n.error)
            text = self.tr(
                "The file was not imported: %n problem(s) found; nothing was written.", "", errors
            )
            self.say(text, "error")
            self.show_notes(notes)
            return
        super().job_failed(exc)

    def show_notes(self, notes: list[ImportNote]) -> None:
        self.model.set_rows(notes)
        self.view.setVisible(bool(notes))
        if notes:
            self.view.selectRow(0)
