"""Recording a practical test: choose trainee, module and test, mark the checklist, submit.

The marks live in a small state object that the screen's factory closes over, so a language
switch (which rebuilds the screen) keeps an observation under way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mobilaze_training.gui.instructor.base import FormScreen
from mobilaze_training.gui.models.formatting import localised, percent
from mobilaze_training.gui.screen import set_role, show_text
from mobilaze_training.gui.trainee.prompts import ask
from mobilaze_training.services import courses, practical
from mobilaze_training.services.practical import MAX_NOTE, ChecklistEntry, PracticalResult
from mobilaze_training.services.practical_views import ObservableTrainee, observable_trainees

if TYPE_CHECKING:
    from mobilaze_training.gui.shell import Shell


@dataclass
class PracticalState:
    """What the instructor chose and marked so far (kept across a language switch)."""

    username: str | None = None
    module_id: str | None = None
    assessment_id: str | None = None
    marks: dict[str, bool] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)
    # the last recorded result, for whom, and the critical items it missed (as shown)
    result: PracticalResult | None = None
    result_for: str = ""
    result_missed: str = ""

    def clear_marks(self) -> None:
        self.marks.clear()
        self.notes.clear()


@dataclass(frozen=True)
class _Module:
    module_id: str
    title: str
    default: str


class ChecklistItemRow(QFrame):
    """One checklist item: its text, points and critical mark; Met / Not met and a note."""

    def __init__(
        self, parent: QWidget, number: int, item: ChecklistEntry, text: str, state: PracticalState
    ) -> None:
        super().__init__(parent)
        self.item = item
        self.state = state
        self.setObjectName(f"item-{item.id}")
        set_role(self, "card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 8, 14, 8)
        layout.setSpacing(6)
        top = QHBoxLayout()
        self.text_label = QLabel(f"{number}. {text}")
        self.text_label.setWordWrap(True)
        top.addWidget(self.text_label, 1)
        points = QLabel(self.tr("%n point(s)", "", int(item.points)))
        if item.points != int(item.points):
            points.setText(self.tr("%1 points").replace("%1", f"{item.points:g}"))
        set_role(points, "muted")
        top.addWidget(points)
        critical_word = self.tr("Critical")
        self.critical_label = QLabel(f"⚠ {critical_word}")
        self.critical_label.setToolTip(
            self.tr("Not met, this item fails the test whatever the percent.")
        )
        set_role(self.critical_label, "failure")
        self.critical_label.setVisible(item.critical)
        top.addWidget(self.critical_label)
        layout.addLayout(top)
        bottom = QHBoxLayout()
        bottom.setSpacing(12)
        self.met = QRadioButton(self.tr("Met"))
        self.not_met = QRadioButton(self.tr("Not met"))
        critical = self.tr("critical")
        named = f"{number}. {text}" + (f" ({critical})" if item.critical else "")
        self.met.setAccessibleName(f"{self.met.text()}: {named}")
        self.not_met.setAccessibleName(f"{self.not_met.text()}: {named}")
        self.group = QButtonGroup(self)
        self.group.addButton(self.met)
        self.group.addButton(self.not_met)
        bottom.addWidget(self.met)
        bottom.addWidget(self.not_met)
        note_label = QLabel(self.tr("Note:"))
        bottom.addSpacing(12)
        bottom.addWidget(note_label)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("optional: what you observed"))
        self.note.setMaxLength(MAX_NOTE)
        note_word = self.tr("Note")
        self.note.setAccessibleName(f"{note_word}: {number}. {text}")
        note_label.setBuddy(self.note)
        bottom.addWidget(self.note, 1)
        layout.addLayout(bottom)
        mark = state.marks.get(item.id)
        if mark is not None:
            (self.met if mark else self.not_met).setChecked(True)
        self.note.setText(state.notes.get(item.id, ""))
        self.note.textChanged.connect(self._note_changed)

    def mark(self) -> bool | None:
        if self.met.isChecked():
            return True
        if self.not_met.isChecked():
            return False
        return None

    def reset(self) -> None:
        """Neither met nor not met, and no note."""
        self.group.setExclusive(False)
        self.met.setChecked(False)
        self.not_met.setChecked(False)
        self.group.setExclusive(True)
        self.note.clear()

    def _note_changed(self, text: str) -> None:
        self.state.notes[self.item.id] = text

    def focus_widgets(self) -> list[QWidget]:
        return [self.met, self.not_met, self.note]


class PracticalTestScreen(FormScreen):
    form_name = "practical_test"

    def __init__(self, shell: Shell, state: PracticalState | None = None) -> None:
        super().__init__(shell)
        self.state = state or PracticalState()
        self.trainees: list[ObservableTrainee] = []
        self.modules: dict[str, _Module] = {}
        self.tests: list[practical.PracticalTest] = []
        self.rows: list[ChecklistItemRow] = []
        self.working: Any = None
        self.trainee_combo = self.find(QComboBox, "traineeCombo")
        self.module_combo = self.find(QComboBox, "moduleCombo")
        self.test_combo = self.find(QComboBox, "testCombo")
        self.profile_button = self.find(QPushButton, "profileButton")
        self.submit_button = self.find(QPushButton, "submitButton")
        self.clear_button = self.find(QPushButton, "clearButton")
        self.marked_label = self.find(QLabel, "markedLabel")
        self.result_label = self.find(QLabel, "resultLabel")
        self.empty_label = self.find(QLabel, "emptyLabel")
        self.info_label = self.find(QLabel, "testInfoLabel")
        self.busy = self.find(QProgressBar, "busyBar")
        self.busy.hide()
        self.checklist_host = self.find(QWidget, "checklistHost")
        set_role(self.submit_button, "primary")
        self.submit_button.clicked.connect(self.ask_submit)
        self.clear_button.clicked.connect(self.clear_marks)
        self.profile_button.clicked.connect(self.open_profile)
        self._load()
        self.trainee_combo.currentIndexChanged.connect(self._trainee_chosen)
        self.module_combo.currentIndexChanged.connect(self._module_chosen)
        self.test_combo.currentIndexChanged.connect(self._test_chosen)
        self._show_result()
        self.focus_first(self.trainee_combo)

    def screen_title(self) -> str:
        return self.tr("Practical test")

    # ---- choices ------------------------------------------------------------------------
    def _load(self) -> None:
        self.trainees = self.call(observable_trainees, self.ctx, self.principal) or []
        for mod in self.call(courses.list_modules, self.ctx, self.principal) or []:
            if not any(a.get("kind") == "practical" for a in mod.assessments):
                continue
            default = mod.languages[0] if mod.languages else "en"
            title = localised(mod.title, self.lang, default) or mod.module_id
            self.modules[mod.module_id] = _Module(mod.module_id, title, default)
        for trainee in self.trainees:
            self.trainee_combo.addItem(
                f"{trainee.full_name} ({trainee.username})", trainee.username
            )
        index = self.trainee_combo.findData(self.state.username)
        if index < 0 and self.trainees:
            index = 0
        self.trainee_combo.setCurrentIndex(index)
        self.state.username = self.trainee_combo.currentData()
        self._fill_modules()

    def current_trainee(self) -> ObservableTrainee | None:
        return next((t for t in self.trainees if t.username == self.state.username), None)

    def _fill_modules(self) -> None:
        """The trainee's assigned modules that have a practical test (else every such module)."""
        trainee = self.current_trainee()
        assigned = [m for m in (trainee.modules if trainee else ()) if m in self.modules]
        chosen = sorted(assigned or self.modules, key=lambda m: self.modules[m].title.casefold())
        self.module_combo.blockSignals(True)
        self.module_combo.clear()
        for module_id in chosen:
            self.module_combo.addItem(self.modules[module_id].title, module_id)
        index = self.module_combo.findData(self.state.module_id)
        self.module_combo.setCurrentIndex(index if index >= 0 else (0 if chosen else -1))
        self.module_combo.blockSignals(False)
        module_id = self.module_combo.currentData()
        if module_id != self.state.module_id:
            self.state.module_id = module_id
            self.state.clear_marks()
        self._fill_tests()

    def _fill_tests(self) -> None:
        module_id = self.state.module_id
        self.tests = []
        if module_id is not None:
            self.tests = (
                self.call(practical.practical_tests, self.ctx, self.principal, module_id) or []
            )
        default = self.modules[module_id].default if module_id in self.modules else "en"
        self.test_combo.blockSignals(True)
        self.test_combo.clear()
        for test in self.tests:
            title = localised(test.title, self.lang, default) or test.assessment_id
            self.test_combo.addItem(title, test.assessment_id)
        index = self.test_combo.findData(self.state.assessment_id)
        self.test_combo.setCurrentIndex(index if index >= 0 else (0 if self.tests else -1))
        self.test_combo.blockSignals(False)
        assessment_id = self.test_combo.currentData()
        if assessment_id != self.state.assessment_id:
            self.state.assessment_id = assessment_id
            self.state.clear_marks()
        self._fill_checklist()

    def current_test(self) -> practical.PracticalTest | None:
        return next((t for t in self.tests if t.assessment_id == self.state.assessment_id), None)

    def _trainee_chosen(self, _index: int) -> None:
        username = self.trainee_combo.currentData()
        if username != self.state.username:
            # the marks stay while the module and test stay (a wrong trainee corrected)
            self.state.username = username
            self._fill_modules()

    def _module_chosen(self, _index: int) -> None:
        module_id = self.module_combo.currentData()
        if module_id != self.state.module_id:
            self.state.module_id = module_id
            self.state.clear_marks()
            self._fill_tests()

    def _test_chosen(self, _index: int) -> None:
        assessment_id = self.test_combo.currentData()
        if assessment_id != self.state.assessment_id:
            self.state.assessment_id = assessment_id
            self.state.clear_marks()
            self._fill_checklist()

    # ---- checklist ----------------------------------------------------------------------
    def _fill_checklist(self) -> None:
        layout = self.checklist_host.layout()
        assert isinstance(layout, QVBoxLayout)
        for row in self.rows:
            layout.removeWidget(row)
            row.deleteLater()
        self.rows = []
        while layout.count():  # the stretch of the previous checklist
            layout.takeAt(0)
        test = self.current_test()
        default = (
            self.modules[test.module_id].default
            if test and test.module_id in self.modules
            else "en"
        )
        if test is not None:
            for n, item in enumerate(test.items, 1):
                text = localised(item.text, self.lang, default) or item.id
                row = ChecklistItemRow(self.checklist_host, n, item, text, self.state)
                row.group.buttonToggled.connect(
                    lambda button, checked, r=row: self._marked(r, button, checked)
                )
                layout.addWidget(row)
                self.rows.append(row)
        layout.addStretch(1)
        self._chain_focus()
        self._show_info(test)
        self._update()

    def _chain_focus(self) -> None:
        chain: list[QWidget] = [self.trainee_combo, self.module_combo, self.test_combo]
        chain.append(self.profile_button)
        for row in self.rows:
            chain.extend(row.focus_widgets())
        chain.extend([self.clear_button, self.submit_button])
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _show_info(self, test: practical.PracticalTest | None) -> None:
        if not self.trainees:
            show_text(
                self.empty_label,
                self.tr(
                    "There is no trainee to observe: practical tests are recorded for the "
                    "trainees of your cohorts."
                ),
            )
        elif not self.modules:
            show_text(self.empty_label, self.tr("No installed module has a practical test."))
        else:
            show_text(self.empty_label, "")
        if test is None:
            show_text(self.info_label, "")
            return
        critical = sum(1 for i in test.items if i.critical)
        total = sum(i.points for i in test.items)
        parts = [
            self.tr("Pass mark %1").replace("%1", percent(test.pass_mark_percent)),
            self.tr("%n item(s)", "", len(test.items)),
            self.tr("%n critical", "", critical),
            self.tr("%1 points in all").replace("%1", f"{round(total, 2):g}"),
        ]
        show_text(self.info_label, " · ".join(parts))

    def _marked(self, row: ChecklistItemRow, _button: QAbstractButton, checked: bool) -> None:
        if not checked:
            return
        mark = row.mark()
        if mark is not None:
            self.state.marks[row.item.id] = mark
        self._update()

    def _update(self) -> None:
        total = len(self.rows)
        marked = sum(1 for r in self.rows if r.mark() is not None)
        met = sum(1 for r in self.rows if r.mark())
        if total:
            text = self.tr("Marked: %1 of %2 · met: %3")
            text = text.replace("%1", str(marked)).replace("%2", str(total))
            self.marked_label.setText(text.replace("%3", str(met)))
        else:
            self.marked_label.setText("")
        idle = self.working is None
        self.submit_button.setEnabled(idle and total > 0 and marked == total)
        self.clear_button.setEnabled(idle and marked > 0)
        self.profile_button.setEnabled(
            self.state.username is not None and self.state.module_id is not None
        )

    def clear_marks(self) -> None:
        for row in self.rows:
            row.reset()
        self.state.clear_marks()
        self._update()

    def observations(self) -> dict[str, dict[str, Any]]:
        """The marks as the service takes them: {item id: {"met": bool, "note": str|None}}."""
        out: dict[str, dict[str, Any]] = {}
        for row in self.rows:
            mark = row.mark()
            if mark is None:
                continue
            out[row.item.id] = {"met": mark, "note": row.note.text().strip() or None}
        return out

    # ---- submitting ---------------------------------------------------------------------
    def ask_submit(self) -> None:
        test = self.current_test()
        trainee = self.current_trainee()
        if test is None or trainee is None or not self.submit_button.isEnabled():
            return
        observed = self.observations()
        met = sum(1 for o in observed.values() if o["met"])
        missed = self._item_names(
            [r.item.id for r in self.rows if r.item.critical and not r.mark()]
        )
        text = self.tr("Record “%1” for %2 (%3)?")
        text = text.replace("%1", self.test_combo.currentText())
        text = text.replace("%2", trainee.full_name).replace("%3", trainee.username)
        details = [
            self.tr("Items met: %1 of %2.")
            .replace("%1", str(met))
            .replace("%2", str(len(observed)))
        ]
        if missed:
            details.append(self.tr("Critical items not met: %1.").replace("%1", missed))
        details.append(
            self.tr(
                "The result is saved as a submitted attempt of the trainee; it cannot be changed "
                "afterwards."
            )
        )
        ask(
            self,
            "submitPracticalPrompt",
            self.tr("Record the practical test?"),
            text,
            self.tr("&Record"),
            self.tr("&Not yet"),
            lambda: self.submit(observed),
            details="\n\n".join(details),
        )

    def submit(self, observed: dict[str, dict[str, Any]]) -> None:
        username, module_id = self.state.username, self.state.module_id
        assessment_id = self.state.assessment_id
        if username is None or module_id is None or assessment_id is None:
            return
        ctx, actor = self.ctx, self.principal
        self.busy.show()
        self.working = self.run_slow(
            lambda _progress: practical.record_practical(
                ctx, actor, username, module_id, assessment_id, observed
            ),
            self._recorded,
            self._refused,
        )
        self._update()

    def _done(self) -> None:
        self.working = None
        self.busy.hide()

    def _refused(self, exc: BaseException) -> None:
        self._done()
        self._update()
        self.show_failure(exc)

    def _recorded(self, result: PracticalResult) -> None:
        self._done()
        trainee = self.current_trainee()
        self.state.result = result
        self.state.result_for = trainee.full_name if trainee else (self.state.username or "")
        self.state.result_missed = self._item_names(result.critical_missed)
        self.clear_marks()
        self._show_result()
        self.submit_button.setDefault(False)
        self.profile_button.setFocus()

    def _item_names(self, ids: list[str]) -> str:
        texts = {r.item.id: r.text_label.text() for r in self.rows}
        return "; ".join(f"“{texts.get(i, i)}”" for i in ids)

    def _show_result(self) -> None:
        result = self.state.result
        if result is None:
            show_text(self.result_label, "")
            return
        if result.passed:
            text = self.tr("Recorded for %1: %2, passed.")
        else:
            text = self.tr("Recorded for %1: %2, not passed.")
        text = text.replace("%1", self.state.result_for).replace("%2", percent(result.percent))
        if self.state.result_missed:
            missed = self.tr("Critical items not met: %1.")
            text += " " + missed.replace("%1", self.state.result_missed)
        set_role(self.result_label, "success" if result.passed else "failure")
        show_text(self.result_label, text)

    # ---- the outcome profile ------------------------------------------------------------
    def open_profile(self) -> None:
        from mobilaze_training.gui.trainee.outcomes import OutcomeProfileScreen

        trainee = self.current_trainee()
        module_id = self.state.module_id
        if trainee is None or module_id is None:
            return
        shell = self.shell
        username, full_name = trainee.username, trainee.full_name
        shell.show_screen(lambda: OutcomeProfileScreen(shell, module_id, username, full_name))


def open_practical(shell: Shell, username: str | None = None, module_id: str | None = None) -> None:
    """Show the practical-test screen, with a trainee and module chosen when given."""
    state = PracticalState(username=username, module_id=module_id)
    shell.show_screen(lambda: PracticalTestScreen(shell, state))
