"""Table models of the instructor and administrator screens (users, cohorts, modules...)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt

from mobilaze_training.courses.localise import pick
from mobilaze_training.errors import Problem
from mobilaze_training.gui.models.base import DISPLAY, Index, RowTableModel
from mobilaze_training.gui.models.formatting import local_datetime, localised, percent
from mobilaze_training.services.attempts import AttemptView
from mobilaze_training.services.cohorts import CohortInfo
from mobilaze_training.services.courses import ModuleSummary
from mobilaze_training.services.grading import PendingEssay
from mobilaze_training.services.users import UserInfo

CHECK = int(Qt.ItemDataRole.CheckStateRole)
EDIT = int(Qt.ItemDataRole.EditRole)


class TextTableModel(RowTableModel[tuple[str, ...]]):
    """Rows that are already text, under the given headers."""

    def __init__(
        self, headers: list[str], parent: QObject | None = None, collated: tuple[int, ...] = ()
    ) -> None:
        self._given = headers
        self.collated = collated
        super().__init__(parent)

    def headers(self) -> list[str]:
        return list(self._given)

    def cells(self, record: tuple[str, ...]) -> list[str]:
        return list(record)


class CohortsTableModel(RowTableModel[CohortInfo]):
    COL_NAME, COL_INSTRUCTOR, COL_TRAINEES, COL_MODULES = range(4)
    collated = (COL_NAME,)

    def headers(self) -> list[str]:
        return [self.tr("Cohort"), self.tr("Instructor"), self.tr("Trainees"), self.tr("Modules")]

    def cells(self, record: CohortInfo) -> list[str]:
        return [
            record.name,
            record.instructor or "",
            str(record.trainees),
            str(len(record.modules)),
        ]

    def sort_keys(self, record: CohortInfo, cells: list[str]) -> list[Any]:
        return [0, record.instructor or "", record.trainees, len(record.modules)]


class UsersTableModel(RowTableModel[UserInfo]):
    COL_USERNAME, COL_NAME, COL_ROLE, COL_ACTIVE, COL_LOCKED, COL_LAST_LOGIN = range(6)
    collated = (COL_NAME,)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._roles = role_names()

    def headers(self) -> list[str]:
        return [
            self.tr("Username"),
            self.tr("Full name"),
            self.tr("Role"),
            self.tr("Active"),
            self.tr("Locked"),
            self.tr("Last login"),
        ]

    def cells(self, record: UserInfo) -> list[str]:
        return [
            record.username,
            record.full_name,
            self._roles.get(record.role, record.role),
            self.tr("Yes") if record.active else self.tr("No — deactivated"),
            self.tr("Locked") if record.locked else "",
            local_datetime(record.last_login_at),
        ]


def role_names() -> dict[str, str]:
    """The roles in words (context "Roles" in the translations)."""
    return {
        "trainee": QCoreApplication.translate("Roles", "Trainee"),
        "instructor": QCoreApplication.translate("Roles", "Instructor"),
        "admin": QCoreApplication.translate("Roles", "Administrator"),
    }


class TraineeChoiceModel(RowTableModel[UserInfo]):
    """Trainees to pick from (enrolment), each with a tick box in the name column."""

    COL_NAME, COL_USERNAME = range(2)
    collated = (COL_NAME,)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._checked: set[str] = set()

    def headers(self) -> list[str]:
        return [self.tr("Full name"), self.tr("Username")]

    def cells(self, record: UserInfo) -> list[str]:
        return [record.full_name, record.username]

    def set_rows(self, records: Sequence[UserInfo]) -> None:
        self._checked.clear()
        super().set_rows(records)

    def checked(self) -> list[str]:
        """Usernames ticked, in row order."""
        return [r.username for r in self._records if r.username in self._checked]

    def set_checked(self, rows: Iterable[int], checked: bool) -> None:
        for row in rows:
            name = self._records[row].username
            if checked:
                self._checked.add(name)
            else:
                self._checked.discard(name)
        if self._records:
            self.dataChanged.emit(
                self.index(0, self.COL_NAME),
                self.index(len(self._records) - 1, self.COL_NAME),
                [CHECK],
            )

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if role == CHECK and index.isValid() and index.column() == self.COL_NAME:
            ticked = self._records[index.row()].username in self._checked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = EDIT) -> bool:
        if role != CHECK or not index.isValid() or index.column() != self.COL_NAME:
            return False
        ticked = Qt.CheckState(value) == Qt.CheckState.Checked
        name = self._records[index.row()].username
        if ticked:
            self._checked.add(name)
        else:
            self._checked.discard(name)
        self.dataChanged.emit(index, index, [CHECK])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == self.COL_NAME:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base


class ModulesTableModel(RowTableModel[ModuleSummary]):
    COL_TITLE, COL_ID, COL_VERSION, COL_LANGUAGES, COL_LESSONS, COL_QUESTIONS, COL_INSTALLED = (
        range(7)
    )

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        self._lang = lang
        super().__init__(parent)

    def headers(self) -> list[str]:
        return [
            self.tr("Module"),
            self.tr("Identifier"),
            self.tr("Version"),
            self.tr("Languages"),
            self.tr("Lessons"),
            self.tr("Questions"),
            self.tr("Installed"),
        ]

    def cells(self, record: ModuleSummary) -> list[str]:
        return [
            pick(record.title, self._lang, record.languages[0] if record.languages else "en"),
            record.module_id,
            record.version,
            ", ".join(record.languages),
            str(record.lessons),
            str(record.questions),
            local_datetime(record.installed_at),
        ]


class ProblemsTableModel(RowTableModel[Problem]):
    """Validation problems of a module: every one, with file, line, field and message."""

    COL_KIND, COL_FILE, COL_LINE, COL_FIELD, COL_MESSAGE = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._root = ""

    def set_problems(self, problems: Sequence[Problem], root: str | None = None) -> None:
        """Show `problems`; file names under the folder or zip `root` are shown relative."""
        self._root = (root or "").rstrip("/\\")
        self.set_rows(problems)

    def file_name(self, record: Problem) -> str:
        root = self._root
        if root and record.file.startswith(root + "/"):
            return record.file[len(root) + 1 :]
        if root and record.file == root:
            return root.replace("\\", "/").rsplit("/", 1)[-1]
        return record.file

    def location(self, row: int) -> str:
        """ "file:line" of a row (file only when there is no line)."""
        record = self._records[row]
        name = self.file_name(record)
        return name if record.line is None else f"{name}:{record.line}"

    def headers(self) -> list[str]:
        return [
            self.tr("Kind"),
            self.tr("File"),
            self.tr("Line"),
            self.tr("Field"),
            self.tr("Problem"),
        ]

    def cells(self, record: Problem) -> list[str]:
        return [
            self.tr("Warning") if record.warning else self.tr("Error"),
            self.file_name(record),
            "" if record.line is None else str(record.line),
            record.field,
            record.message,
        ]

    def sort_keys(self, record: Problem, cells: list[str]) -> list[Any]:
        return [int(record.warning), cells[1], record.line or 0, record.field, record.message]

    def tooltip(self, record: Problem, column: int) -> str | None:
        return str(record)


class AttemptsTableModel(RowTableModel[AttemptView]):
    COL_ASSESSMENT, COL_STARTED, COL_SUBMITTED, COL_STATUS, COL_RESULT = range(5)

    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        self._lang = lang
        super().__init__(parent)
        self._status = attempt_status_names()

    def headers(self) -> list[str]:
        return [
            self.tr("Assessment"),
            self.tr("Started"),
            self.tr("Submitted"),
            self.tr("Status"),
            self.tr("Result"),
        ]

    def cells(self, record: AttemptView) -> list[str]:
        if record.passed is None:
            result = percent(record.percent)
        else:
            verdict = self.tr("passed") if record.passed else self.tr("not passed")
            result = f"{percent(record.percent)} — {verdict}"
        return [
            localised(record.assessment_title, self._lang),
            local_datetime(record.started_at),
            local_datetime(record.submitted_at),
            self._status.get(record.status, record.status),
            result,
        ]


def attempt_status_names() -> dict[str, str]:
    """An attempt's status in words (context "AttemptStatus" in the translations)."""
    return {
        "in_progress": QCoreApplication.translate("AttemptStatus", "In progress"),
        "submitted": QCoreApplication.translate("AttemptStatus", "Submitted"),
        "pending_review": QCoreApplication.translate("AttemptStatus", "Waiting for grading"),
    }


class EssayQueueModel(RowTableModel[PendingEssay]):
    COL_SUBMITTED, COL_TRAINEE, COL_MODULE, COL_ASSESSMENT, COL_QUESTION = range(5)
    collated = (COL_TRAINEE,)

    def __init__(
        self,
        parent: QObject | None = None,
        titles: dict[str, str] | None = None,
        assessments: dict[tuple[str, str], str] | None = None,
    ) -> None:
        self._titles = titles or {}
        self._assessments = assessments or {}
        super().__init__(parent)

    def headers(self) -> list[str]:
        return [
            self.tr("Submitted"),
            self.tr("Trainee"),
            self.tr("Module"),
            self.tr("Assessment"),
            self.tr("Question"),
        ]

    def cells(self, record: PendingEssay) -> list[str]:
        return [
            local_datetime(record.submitted_at),
            f"{record.full_name} ({record.username})",
            self._titles.get(record.module_id, record.module_id),
            self._assessments.get((record.module_id, record.assessment_id), record.assessment_id),
            record.question_id,
        ]
