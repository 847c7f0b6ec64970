"""Domain errors: each carries a message a user can act on."""

from __future__ import annotations

from dataclasses import dataclass


class MobilazeError(Exception):
    """Base of every error shown to a user (GUI dialog, CLI message with exit code 1)."""


class NotFoundError(MobilazeError):
    pass


class PermissionDenied(MobilazeError):
    pass


class ConflictError(MobilazeError):
    pass


class InvalidInput(MobilazeError):
    pass


@dataclass(frozen=True, slots=True)
class Problem:
    """One validation problem, located in a file at a line and a field path."""

    file: str
    line: int | None
    field: str
    message: str
    warning: bool = False

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        field = f" {self.field}:" if self.field else ""
        kind = " warning:" if self.warning else ""
        return f"{where}:{kind}{field} {self.message}"


class ValidationFailed(MobilazeError):
    """Input was refused; `problems` lists every problem found, not only the first."""

    def __init__(self, source: str, problems: list[Problem]) -> None:
        self.source = source
        self.problems = problems
        errors = [p for p in problems if not p.warning]
        super().__init__(f"{source}: {len(errors)} problem(s) found; nothing was stored.")
