"""The trainee's home, module page and lesson reader, on real services and SQLite."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton
from pytestqt.qtbot import QtBot

from mobilaze_training.gui.shell import Shell
from mobilaze_training.gui.trainee.home import TraineeHome
from mobilaze_training.gui.trainee.lesson import LessonReader
from mobilaze_training.gui.trainee.module_page import ModulePage
from mobilaze_training.services import cohorts, users
from tests.gui.support import MODULE_ID, PASSWORD, Classroom, Driver


def _progress(classroom: Classroom) -> cohorts.ModuleProgress:
    who = users.login(classroom.ctx, classroom.trainee, PASSWORD)
    return cohorts.my_progress(classroom.ctx, who)[0]


def _open_module(drive: Driver, shell: Shell) -> ModulePage:
    home = shell.current_screen()
    assert isinstance(home, TraineeHome)
    drive.click(home.cards[0].open_button)
    page = shell.current_screen()
    assert isinstance(page, ModulePage)
    return page


def test_home_lists_assigned_modules_with_progress(
    qtbot: QtBot, drive: Driver, classroom: Classroom, make_shell: Callable[..., Shell]
) -> None:
    shell = make_shell(classroom.ctx)
    home = drive.login(shell, classroom.trainee, PASSWORD)
    assert isinstance(home, TraineeHome)
    assert not home.find(QLabel, "emptyLabel").isVisible()
    [card] = home.cards
    assert card.module_id == MODULE_ID
    assert "Checking documents (test)" in card.findChild(QLabel, "titleLabel").text()
    bar = card.findChild(QProgressBar, "lessonsBar")
    assert (bar.value(), bar.maximum()) == (0, 2)
    assert "Not started" in card.status_label.text()
    assert card.open_button.hasFocus()
    qtbot.keyClick(card.open_button, Qt.Key.Key_Return)  # Enter opens the first module
    assert isinstance(shell.current_screen(), ModulePage)


def test_trainee_reads_lessons_and_they_are_marked_read(
    qtbot: QtBot, drive: Driver, classroom: Classroom, make_shell: Callable[..., Shell]
) -> None:
    shell = make_shell(classroom.ctx)
    drive.login(shell, classroom.trainee, PASSWORD)
    page = _open_module(drive, shell)
    assert page.lesson_list.count() == 2
    assert page.lesson_list.item(0).text().startswith("○")
    qtbot.keyClick(page.lesson_list, Qt.Key.Key_Return)  # keyboard: open the selected lesson

    reader = shell.current_screen()
    assert isinstance(reader, LessonReader)
    assert shell.title_label.text() == "Basics"
    document = reader.browser.document()
    assert "data page" in document.toPlainText()
    assert "ƏLİYEV" in document.toPlainText()  # the table is rendered
    image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl("media/page.svg"))
    assert isinstance(image, QImage) and not image.isNull()
    assert "Marked as read" in reader.read_label.text()
    assert _progress(classroom).lessons_opened == 1

    before = reader.state.zoom
    qtbot.keyClick(reader.browser, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert reader.state.zoom > before
    drive.click(reader.find(QPushButton, "zoomOutButton"))
    assert reader.state.zoom == before

    drive.click(reader.next_button)
    second = shell.current_screen()
    assert isinstance(second, LessonReader) and second.state.index == 1
    stamp = second.browser.document().resource(
        QTextDocument.ResourceType.ImageResource, QUrl("media/stamp.png")
    )
    assert isinstance(stamp, QImage) and stamp.width() == 60
    assert _progress(classroom).lessons_opened == 2

    drive.click(second.next_button)  # the last lesson's button returns to the module
    page = shell.current_screen()
    assert isinstance(page, ModulePage)
    assert all(page.lesson_list.item(i).text().startswith("✓") for i in range(2))
    assert page.find(QLabel, "readCountLabel").text() == "Read: 2 of 2"


def test_lesson_language_follows_the_interface_with_fallback(
    drive: Driver, classroom: Classroom, make_shell: Callable[..., Shell]
) -> None:
    shell = make_shell(classroom.ctx)
    drive.login(shell, classroom.trainee, PASSWORD)
    page = _open_module(drive, shell)
    drive.click(page.read_button)
    shell.set_language("az")
    reader = shell.current_screen()
    assert isinstance(reader, LessonReader)
    assert reader.shown_language == "az"
    assert "Əliyev Həsən, Иванов" in reader.browser.document().toPlainText()
    assert not reader.find(QLabel, "languageNote").isVisible()
    drive.click(reader.next_button)
    details = shell.current_screen()
    assert isinstance(details, LessonReader)
    assert details.shown_language == "en"  # no Azerbaijani text: the module's default
    assert details.find(QLabel, "languageNote").isVisible()


def test_module_page_shows_assessments_and_certificate_status(
    drive: Driver, classroom: Classroom, make_shell: Callable[..., Shell]
) -> None:
    shell = make_shell(classroom.ctx)
    drive.login(shell, classroom.trainee, PASSWORD)
    page = _open_module(drive, shell)
    exam = page.rows["exam"]
    assert "Attempts left: 2 of 2" in exam.standing_label.text()
    assert exam.start_button.text() == "Start"
    assert not exam.result_button.isVisible()
    certificate = page.find(QLabel, "certificateLabel")
    assert "Final examination" in certificate.text()
