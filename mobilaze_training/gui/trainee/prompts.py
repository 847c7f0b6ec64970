"""Questions to the user that do not block the event loop (timers keep running)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


def ask(
    parent: QWidget,
    name: str,
    title: str,
    text: str,
    yes: str,
    no: str,
    on_yes: Callable[[], None],
    on_no: Callable[[], None] | None = None,
    details: str = "",
) -> QMessageBox:
    """A window-modal question with two buttons; `yes` is the default, Escape means `no`.

    The box is found by its object name `name` (tests click its buttons). It is closed (as
    `no`) when the session ends.
    """
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setProperty("closeOnLogout", True)  # the shell closes it when the session ends
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    if details:
        box.setInformativeText(details)
    yes_button: QPushButton = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button: QPushButton = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    yes_button.setObjectName("yesButton")
    no_button.setObjectName("noButton")
    box.setDefaultButton(yes_button)
    box.setEscapeButton(no_button)

    def done(_result: int) -> None:
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is yes_button:
            on_yes()
        elif on_no is not None:
            on_no()

    box.finished.connect(done)
    box.open()
    return box
