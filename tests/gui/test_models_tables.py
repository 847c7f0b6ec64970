"""The table models of the instructor and administrator screens, without a view."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, QSortFilterProxyModel, Qt
from pytestqt.modeltest import ModelTester

from mobilaze_training.errors import Problem
from mobilaze_training.gui.models.base import SORT_ROLE
from mobilaze_training.gui.models.tables import (
    AttemptsTableModel,
    CohortsTableModel,
    EssayQueueModel,
    ModulesTableModel,
    ProblemsTableModel,
    TextTableModel,
    TraineeChoiceModel,
    UsersTableModel,
)
from mobilaze_training.services.attempts import AttemptView
from mobilaze_training.services.cohorts import CohortInfo
from mobilaze_training.services.courses import ModuleSummary
from mobilaze_training.services.grading import PendingEssay
from mobilaze_training.services.users import UserInfo

NOW = datetime.now(UTC)


def user(username: str, name: str, role: str = "trainee", **kw: object) -> UserInfo:
    values: dict[str, object] = {
        "id": uuid.uuid4(),
        "username": username,
        "full_name": name,
        "role": role,
        "active": True,
        "locked_until": None,
        "failed_logins": 0,
        "last_login_at": None,
        "language": None,
    }
    values.update(kw)
    return UserInfo(**values)  # type: ignore[arg-type]


USERS = [
    user("zeynalov", "Fərid Zeynalov"),
    user("aliyev.hasan", "Əliyev Həsən", last_login_at=NOW),
    user("ivanov", "Иванов Иван", locked_until=NOW + timedelta(minutes=4)),
    user("teacher", "Eldar Quliyev", "instructor", active=False),
]


@pytest.fixture(autouse=True)
def azerbaijani_order(qapp: object) -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale("az"))
    yield
    QLocale.setDefault(previous)


def column(model: object, col: int) -> list[str]:
    assert isinstance(model, QSortFilterProxyModel | UsersTableModel | TraineeChoiceModel)
    return [model.index(r, col).data() for r in range(model.rowCount())]


def test_users_model(qtmodeltester: ModelTester) -> None:
    model = UsersTableModel()
    model.set_rows(USERS)
    qtmodeltester.check(model)
    assert model.rowCount() == 4 and model.columnCount() == 6
    assert model.text(2, UsersTableModel.COL_LOCKED) == "Locked"
    assert model.text(0, UsersTableModel.COL_LOCKED) == ""
    assert model.text(3, UsersTableModel.COL_ROLE) == "Instructor"
    assert model.text(3, UsersTableModel.COL_ACTIVE).startswith("No")
    assert model.text(1, UsersTableModel.COL_LAST_LOGIN)
    assert model.record(2).username == "ivanov"
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(UsersTableModel.COL_NAME)
    qtmodeltester.check(proxy)
    assert column(proxy, UsersTableModel.COL_NAME) == [
        "Eldar Quliyev",
        "Əliyev Həsən",
        "Fərid Zeynalov",
        "Иванов Иван",
    ]


def test_trainee_choice_ticks(qtmodeltester: ModelTester) -> None:
    model = TraineeChoiceModel()
    model.set_rows(USERS[:3])
    qtmodeltester.check(model)
    name = model.index(1, TraineeChoiceModel.COL_NAME)
    assert model.flags(name) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.flags(model.index(1, 1)) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.data(name, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.setData(name, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert model.checked() == ["aliyev.hasan"]
    model.set_checked([0, 2], True)
    assert model.checked() == ["zeynalov", "aliyev.hasan", "ivanov"]
    model.set_checked(range(3), False)
    assert model.checked() == []
    assert not model.setData(name, "x", Qt.ItemDataRole.EditRole)


def test_cohorts_modules_and_text_models(qtmodeltester: ModelTester) -> None:
    cohorts = CohortsTableModel()
    cohorts.set_rows([CohortInfo(uuid.uuid4(), "Qrup 1", "teacher", 12, ["a", "b"])])
    qtmodeltester.check(cohorts)
    assert [cohorts.text(0, c) for c in range(4)] == ["Qrup 1", "teacher", "12", "2"]
    summary = ModuleSummary(
        module_id="doc",
        version="1.2.0",
        title={"en": "Documents", "az": "Sənədlər"},
        summary={},
        languages=["en", "az"],
        lessons=5,
        questions=40,
        assessments=[],
        installed_at=NOW,
        module_version_id=uuid.uuid4(),
    )
    modules = ModulesTableModel("az")
    modules.set_rows([summary])
    qtmodeltester.check(modules)
    assert modules.text(0, ModulesTableModel.COL_TITLE) == "Sənədlər"
    assert modules.text(0, ModulesTableModel.COL_LANGUAGES) == "en, az"
    text = TextTableModel(["A", "B"], collated=(0,))
    text.set_rows([("İsmayıl", "1"), ("Ilqar", "2")])
    qtmodeltester.check(text)
    assert text.headerData(1, Qt.Orientation.Horizontal) == "B"


def test_problems_model_shows_file_and_line(qtmodeltester: ModelTester) -> None:
    root = "/media/usb/broken-module"
    problems = [
        Problem(f"{root}/module.yaml", 4, "assessments[0].kind", "must be exam or practice"),
        Problem(f"{root}/questions/core.yaml", 12, "questions[1].options", "no correct option"),
        Problem(root, None, "", "3 text(s) have no 'ru' translation", warning=True),
    ]
    model = ProblemsTableModel()
    model.set_problems(problems, root)
    qtmodeltester.check(model)
    assert [model.location(r) for r in range(3)] == [
        "module.yaml:4",
        "questions/core.yaml:12",
        "broken-module",
    ]
    assert model.text(0, ProblemsTableModel.COL_KIND) == "Error"
    assert model.text(2, ProblemsTableModel.COL_KIND) == "Warning"
    assert model.text(1, ProblemsTableModel.COL_FIELD) == "questions[1].options"
    assert model.text(1, ProblemsTableModel.COL_MESSAGE) == "no correct option"
    tip = model.data(model.index(0, 4), Qt.ItemDataRole.ToolTipRole)
    assert tip == str(problems[0])


def test_attempts_and_essay_models(qtmodeltester: ModelTester) -> None:
    view = AttemptView(
        id=uuid.uuid4(),
        user_id=uuid.uuid4(),
        module_id="doc",
        module_version="1.0.0",
        module_title={"en": "Documents"},
        assessment_id="exam",
        assessment_title={"en": "Final examination", "az": "Yekun imtahan"},
        kind="exam",
        status="submitted",
        feedback="after_submit",
        language="az",
        started_at=NOW - timedelta(minutes=30),
        deadline_at=None,
        submitted_at=NOW,
        questions=[],
        percent=Decimal("72.50"),
        passed=True,
        score=7.25,
        max_score=10,
    )
    attempts = AttemptsTableModel("az")
    attempts.set_rows([view])
    qtmodeltester.check(attempts)
    assert attempts.text(0, AttemptsTableModel.COL_ASSESSMENT) == "Yekun imtahan"
    assert attempts.text(0, AttemptsTableModel.COL_STATUS) == "Submitted"
    assert attempts.text(0, AttemptsTableModel.COL_RESULT) == "72.5% — passed"
    essay = PendingEssay(
        uuid.uuid4(), "ivanov", "Иванов Иван", "doc", "exam", "q-e1", "Why?", None, 2.0, "...", NOW
    )
    queue = EssayQueueModel(None, {"doc": "Documents"}, {("doc", "exam"): "Final examination"})
    queue.set_rows([essay])
    qtmodeltester.check(queue)
    assert queue.text(0, EssayQueueModel.COL_TRAINEE) == "Иванов Иван (ivanov)"
    assert queue.text(0, EssayQueueModel.COL_MODULE) == "Documents"
    assert queue.text(0, EssayQueueModel.COL_ASSESSMENT) == "Final examination"
