"""What the GUI tests share: a small test module, a classroom, and a user's steps."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QImage, QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from mobilaze_training.gui.login import LoginScreen
from mobilaze_training.gui.shell import Shell
from mobilaze_training.services.context import AppContext

MODULE_ID = "gui-test-module"
PASSWORD = "trainee-pass-1"
ADMIN_PASSWORD = "admin-pass-12"

MANIFEST = """\
format: mobilaze-module/1
id: gui-test-module
version: 1.0.0
languages: [en, az, ru]
title:
  en: "Checking documents (test)"
  az: "Sənədlərin yoxlanılması (test)"
  ru: "Проверка документов (тест)"
summary: {en: "A small module with one question of each type."}
lessons:
  - id: basics
    title: {en: "Basics", az: "Əsaslar"}
    file: lessons/basics
  - id: details
    title: {en: "Details"}
    file: lessons/details
assessments:
  - id: practice
    title: {en: "Practice quiz"}
    kind: practice
    pass_mark_percent: 50
    feedback: immediate
    sections:
      - questions: [q-single, q-tf]
  - id: exam
    title: {en: "Final examination", az: "Yekun imtahan"}
    kind: exam
    pass_mark_percent: 60
    time_limit_minutes: 30
    max_attempts: 2
    feedback: after_submit
    sections:
      - questions: [q-single, q-multi, q-tf, q-short, q-num, q-match, q-order, q-essay]
  - id: sealed
    title: {en: "Sealed check"}
    kind: exam
    pass_mark_percent: 50
    feedback: never
    sections:
      - questions: [q-tf]
certificate:
  requires: [exam]
"""

BANK = """\
bank: core
questions:
  - id: q-single
    type: single_choice
    prompt: {en: "Which colour is the sky on a clear day?", az: "Aydın gündə səma hansı rəngdədir?"}
    explanation: {en: "Rayleigh scattering makes it blue."}
    options:
      - {id: a, text: {en: "Blue", az: "Mavi"}, correct: true, feedback: {en: "Right."}}
      - {id: b, text: {en: "Green", az: "Yaşıl"}, feedback: {en: "Not green."}}
      - {id: c, text: {en: "Red", az: "Qırmızı"}}
  - id: q-multi
    type: multiple_choice
    prompt: {en: "Which of these are security features?"}
    options:
      - {id: a, text: {en: "Hologram"}, correct: true}
      - {id: b, text: {en: "UV fibres"}, correct: true}
      - {id: c, text: {en: "Coffee stain"}}
  - id: q-tf
    type: true_false
    prompt: {en: "The MRZ has check digits."}
    answer: true
  - id: q-short
    type: short_answer
    prompt: {en: "Name the capital of Azerbaijan."}
    accept: {en: ["Baku"], az: ["Bakı"]}
  - id: q-num
    type: numeric
    prompt: {en: "How many lines has a TD3 MRZ? Give 2.5 if unsure."}
    answer: 2.5
    tolerance: 0.01
  - id: q-match
    type: matching
    prompt: {en: "Match each document with its format."}
    pairs:
      - {id: p1, left: {en: "Passport"}, right: {en: "TD3"}}
      - {id: p2, left: {en: "Identity card"}, right: {en: "TD1"}}
    distractors:
      - {id: x, text: {en: "TD9"}}
  - id: q-order
    type: ordering
    prompt: {en: "Put the steps in order."}
    items:
      - {id: s1, text: {en: "Greet the traveller"}}
      - {id: s2, text: {en: "Check the document"}}
      - {id: s3, text: {en: "Return the document"}}
  - id: q-essay
    type: essay
    points: 2
    prompt: {en: "Describe how you refer a doubtful document."}
    max_words: 50
"""

LESSON_BASICS_EN = """\
# Basics

A travel document has a **data page**.

![A data page diagram](media/page.svg)

| Field | Example |
| --- | --- |
| Surname | ƏLİYEV |
| Given names | HƏSƏN |
"""

LESSON_BASICS_AZ = """\
# Əsaslar

Səyahət sənədinin **məlumat səhifəsi** var. Əliyev Həsən, Иванов.

![Diaqram](media/page.svg)
"""

LESSON_DETAILS_EN = """\
# Details

A photograph of a stamp:

![Stamp](media/stamp.png)
"""

SVG = """\
<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100">
  <rect x="5" y="5" width="190" height="90" fill="#dde8f5" stroke="#234"/>
  <text x="20" y="55" font-size="20">P&lt;AZE</text>
</svg>
"""


def write_test_module(root: Path) -> Path:
    """A valid module with one question of each of the eight types, two lessons and media."""
    folder = root / MODULE_ID
    (folder / "lessons").mkdir(parents=True)
    (folder / "questions").mkdir()
    (folder / "media").mkdir()
    (folder / "module.yaml").write_text(MANIFEST, encoding="utf-8")
    (folder / "questions" / "core.yaml").write_text(BANK, encoding="utf-8")
    (folder / "lessons" / "basics.en.md").write_text(LESSON_BASICS_EN, encoding="utf-8")
    (folder / "lessons" / "basics.az.md").write_text(LESSON_BASICS_AZ, encoding="utf-8")
    (folder / "lessons" / "details.en.md").write_text(LESSON_DETAILS_EN, encoding="utf-8")
    (folder / "media" / "page.svg").write_text(textwrap.dedent(SVG), encoding="utf-8")
    image = QImage(60, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#8a2be2"))
    image.save(str(folder / "media" / "stamp.png"))
    return folder


@dataclass
class Classroom:
    """A data folder with an administrator, a trainee in a cohort, and the test module."""

    data_dir: Path
    ctx: AppContext
    module_path: Path
    trainee: str = "aliyev.hasan"
    trainee_name: str = "Əliyev Həsən"
    admin: str = "admin"


class Driver:
    """Steps the GUI tests share, done the way a user does them."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot

    def login(self, shell: Shell, username: str, password: str) -> QWidget:
        """Log in through the login screen with the keyboard; returns the home screen."""
        screen = shell.current_screen()
        assert isinstance(screen, LoginScreen)
        self.qtbot.keyClicks(screen.username_edit, username)
        self.qtbot.keyClick(screen.username_edit, Qt.Key.Key_Return)
        self.qtbot.keyClicks(screen.password_edit, password)
        self.qtbot.keyClick(screen.password_edit, Qt.Key.Key_Return)
        self.qtbot.waitUntil(lambda: shell.principal is not None, timeout=10_000)
        home = shell.current_screen()
        assert home is not None
        return home

    def prompt(self, shell: Shell, name: str) -> QMessageBox:
        """The non-blocking question box `name`, once it is shown."""
        found: list[QMessageBox] = []

        def shown() -> bool:
            box = shell.findChild(QMessageBox, name)
            if box is not None and box.isVisible():
                found.append(box)
                return True
            return False

        self.qtbot.waitUntil(shown, timeout=5_000)
        return found[0]

    def answer(self, shell: Shell, name: str, yes: bool = True) -> None:
        """Click the yes (or no) button of the question box `name`."""
        box = self.prompt(shell, name)
        button = box.findChild(QPushButton, "yesButton" if yes else "noButton")
        assert button is not None
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        self.qtbot.waitUntil(lambda: shell.findChild(QMessageBox, name) is None)
        # A window manager gives the focus back to the main window; offscreen, do it here.
        shell.activateWindow()
        self.qtbot.waitUntil(shell.isActiveWindow)

    def type(self, widget: QWidget, text: str) -> None:
        """Type `text` key by key; letters such as ə, ı, Ü or Cyrillic come as key text."""
        for char in text:
            if char.isascii():
                self.qtbot.keyClicks(widget, char)
                continue
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                QApplication.sendEvent(widget, event)

    def click(self, button: QWidget) -> None:
        assert button.isVisible() and button.isEnabled(), button.objectName()
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def widget_text_blob(widget: object) -> str:
    """All visible label/button texts under a widget, for assertions on what is shown."""
    from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

    assert isinstance(widget, QWidget)
    parts = [w.text() for w in widget.findChildren(QLabel) if w.isVisibleTo(widget)]
    parts += [w.text() for w in widget.findChildren(QAbstractButton) if w.isVisibleTo(widget)]
    return "\n".join(parts)
