"""Aiken (one-answer multiple choice as plain text) to bank questions.

A question is one or more text lines, then two or more option lines "A) text" or "A. text"
(the space after the letter is optional), then "ANSWER: X". Blank lines are ignored. The text is
plain: characters such as < & " are kept as they are. Aiken has no titles, so ids are q-0001...
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mobilaze_training.interop.common import BankBuilder, Choice, one_line, short

_OPTION_RE = re.compile(r"^([A-Za-z])[.)]\s*(.*)$")
_ANSWER_RE = re.compile(r"^ANSWER\s*:\s*(.*)$", re.IGNORECASE)


@dataclass
class _Open:
    line: int
    text: list[str]
    options: list[tuple[str, str]] = field(default_factory=list)

    @property
    def label(self) -> str:
        return short(" ".join(self.text))


def read_aiken(source: str, b: BankBuilder) -> None:
    current: _Open | None = None
    for number, raw in enumerate(source.splitlines(), start=1):
        line = one_line(raw)
        if not line:
            continue
        answer = _ANSWER_RE.match(line)
        option = _OPTION_RE.match(line)
        if answer:
            if current is None:
                b.error(number, None, "an ANSWER: line with no question before it")
                continue
            _finish(b, current, answer.group(1).strip(), number)
            current = None
        elif option:
            if current is None:
                b.error(number, None, "an option line with no question before it")
                continue
            current.options.append((option.group(1).upper(), option.group(2).strip()))
        elif current is not None and current.options:
            b.error(
                number,
                current.label,
                f"the question started on line {current.line} has no ANSWER: line "
                "before the next question starts here",
            )
            current = _Open(number, [line])
        elif current is not None:
            current.text.append(line)
        else:
            current = _Open(number, [line])
    if current is not None:
        b.error(current.line, current.label, "the file ends before this question's ANSWER: line")


def _finish(b: BankBuilder, q: _Open, letter: str, line: int) -> None:
    if len(q.options) < 2:
        b.error(line, q.label, f"a question needs 2 or more options, has {len(q.options)}")
        return
    letters = [key for key, _ in q.options]
    if len(set(letters)) != len(letters):
        b.error(line, q.label, "two options have the same letter")
        return
    letter = letter.upper()
    if letter not in letters:
        b.error(line, q.label, f"ANSWER: {letter} is not one of the options {', '.join(letters)}")
        return
    choices = [Choice(text, 1.0 if key == letter else 0.0) for key, text in q.options]
    fields = b.choice_fields(choices, single=True, label=q.label, line=q.line)
    if fields is None:
        return
    qtype = fields.pop("type")
    b.add(name=None, qtype=qtype, prompt="\n".join(q.text), fields=fields, line=q.line)
