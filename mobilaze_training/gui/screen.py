"""Base of the screens shown in the shell: one Designer form each, plus small helpers."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from mobilaze_training.gui.forms import child, load_form

if TYPE_CHECKING:
    from mobilaze_training.gui.shell import Shell

W = TypeVar("W", bound=QWidget)


class Screen(QWidget):
    """A screen owning the form ui/<form_name>.ui, filling the whole screen."""

    form_name = ""

    def __init__(self, shell: Shell) -> None:
        super().__init__()
        self.shell = shell
        self.form = load_form(self.form_name, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        enter_activates(self.form)

    def find(self, kind: type[W], name: str) -> W:
        return child(self.form, kind, name)


def enter_activates(widget: QWidget) -> None:
    """Enter (not only Space) presses the focused push button, as users expect.

    Outside dialogs Qt's buttons ignore Enter unless they are auto-default.
    """
    for button in widget.findChildren(QPushButton):
        button.setAutoDefault(True)


def set_role(widget: QWidget, role: str, **flags: bool) -> None:
    """Set the style role (and boolean style flags) of a widget and re-apply the style."""
    widget.setProperty("role", role)
    for name, value in flags.items():
        widget.setProperty(name, "true" if value else "false")
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    if isinstance(widget, QFrame):
        # Qt forgets a restyled frame's border width (labels lost their padding and were cut)
        widget.setFrameStyle(widget.frameStyle())


def set_flag(widget: QWidget, name: str, value: bool) -> None:
    if widget.property(name) == ("true" if value else "false"):
        return
    widget.setProperty(name, "true" if value else "false")
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def show_text(label: QLabel, text: str) -> None:
    """Show `text` in a message label, or hide the label when there is nothing to say."""
    label.setText(text)
    label.setVisible(bool(text))
