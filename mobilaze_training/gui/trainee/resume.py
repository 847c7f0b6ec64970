"""At login: offer to resume an attempt that was interrupted (program closed, power cut)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from mobilaze_training.auth.permissions import Role
from mobilaze_training.errors import MobilazeError
from mobilaze_training.gui.dialogs import show_error
from mobilaze_training.gui.trainee.prompts import ask
from mobilaze_training.gui.trainee.texts import clock, loc
from mobilaze_training.services import attempts

if TYPE_CHECKING:
    from mobilaze_training.gui.shell import Shell


def tr(text: str, n: int = -1) -> str:
    # lupdate files the literal strings of module-level tr() calls under the empty context
    return QCoreApplication.translate("", text, "", n)


def offer_resume(shell: Shell) -> None:
    """Ask a trainee with an attempt in progress whether to continue it now or later."""
    principal = shell.principal
    if principal is None or principal.role != Role.TRAINEE:
        return
    try:
        open_ones = attempts.open_attempts(shell.ctx, principal)
    except MobilazeError as exc:
        show_error(shell, exc)
        return
    if not open_ones:
        return
    view = open_ones[-1]
    lang = shell.languages.current
    title = loc(view.assessment_title, lang, view.language)
    module = loc(view.module_title, lang, view.language)
    answered = sum(1 for q in view.questions if q.answered)
    lines = [
        tr("%1 — %2").replace("%1", module).replace("%2", title),
        tr("Answered: %1 of %2")
        .replace("%1", str(answered))
        .replace("%2", str(len(view.questions))),
    ]
    remaining = view.remaining_seconds()
    if remaining is not None:
        lines.append(
            tr("Time left: %1. The clock keeps running until you submit.").replace(
                "%1", clock(remaining)
            )
        )
    if len(open_ones) > 1:
        lines.append(
            tr(
                "You have %n unfinished attempt(s); the others are on their module pages.",
                len(open_ones),
            )
        )

    def resume() -> None:
        from mobilaze_training.gui.trainee.module_page import open_quiz

        if shell.principal == principal:
            open_quiz(shell, view.id)

    ask(
        shell,
        "resumePrompt",
        tr("Unfinished attempt"),
        tr("You have an unfinished attempt. Continue it now?"),
        tr("&Resume now"),
        tr("&Later"),
        resume,
        details="\n".join(lines),
    )
