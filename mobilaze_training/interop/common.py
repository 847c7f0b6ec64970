"""Shared pieces of the question importers: the bank being built, ids, warnings, weights."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from mobilaze_training.errors import Problem

ID_RE = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
_EPS = 1e-4
#: the blank put where a missing word (or a text entry) was in the question text
BLANK = "_____"


@dataclass
class ImportWarning:
    """Something in the source that the bank cannot hold exactly; the import went on."""

    line: int | None
    question: str | None
    message: str
    file: str | None = None

    def __str__(self) -> str:
        where = self.file or ""
        if self.line is not None:
            where = f"{where}:{self.line}" if where else f"line {self.line}"
        head = f"{where}: " if where else ""
        who = f"question {self.question}: " if self.question else ""
        return f"{head}{who}{self.message}"


@dataclass
class Choice:
    """One option of a choice question as the source gives it; weight is a fraction (-1..1)."""

    text: str
    weight: float
    feedback: str = ""


def sanitise_id(text: str, limit: int = 64) -> str:
    """An id made of [A-Za-z0-9._-] from free text (accents dropped); '' when nothing is left."""
    flat = unicodedata.normalize("NFKD", text)
    flat = "".join(ch for ch in flat if not unicodedata.combining(ch))
    flat = re.sub(r"[^A-Za-z0-9._-]+", "-", flat)
    flat = re.sub(r"-{2,}", "-", flat).strip("-.")
    return flat[:limit].rstrip("-.")


def option_id(index: int) -> str:
    """a, b, ... z, then o27, o28, ..."""
    return chr(ord("a") + index) if index < 26 else f"o{index + 1}"


def one_line(text: str) -> str:
    return " ".join(text.split())


def percent(weight: float) -> str:
    return f"{round(weight * 100, 2):g}%"


def short(text: str, limit: int = 40) -> str:
    text = one_line(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def points_value(value: float) -> float | int:
    """Points as an int when whole, so the YAML reads `points: 2`, not `2.0`."""
    return int(value) if float(value).is_integer() else value


@dataclass
class BankBuilder:
    """Collects the questions, warnings and problems of one import."""

    file: str
    language: str = "en"
    questions: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[ImportWarning] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    _ids: set[str] = field(default_factory=set)

    def warn(self, line: int | None, question: str | None, message: str) -> None:
        self.warnings.append(ImportWarning(line, question, message, self.file))

    def error(self, line: int | None, question: str | None, message: str) -> None:
        label = f"question {question}" if question else ""
        self.problems.append(Problem(self.file, line, label, message))

    def _unique(self, wanted: str) -> str:
        base = wanted or f"q-{len(self.questions) + 1:04d}"
        candidate, n = base, 1
        while candidate in self._ids:
            n += 1
            suffix = f"-{n}"
            candidate = base[: 64 - len(suffix)] + suffix
        self._ids.add(candidate)
        return candidate

    def add(
        self,
        *,
        name: str | None,
        qtype: str,
        prompt: str,
        fields: dict[str, Any],
        line: int | None,
        points: float = 1.0,
        tags: Sequence[str] = (),
        explanation: str = "",
    ) -> str | None:
        """Add one question; returns its id, or None (with a warning) when it has no text."""
        label = name or short(prompt) or None
        if not prompt.strip():
            self.warn(line, label, "the question has no text; skipped")
            return None
        if points <= 0:
            self.warn(line, label, f"points {points:g} is not positive; 1 used")
            points = 1.0
        question: dict[str, Any] = {
            "id": self._unique(sanitise_id(name or "")),
            "type": qtype,
            "points": points_value(points),
        }
        clean_tags = list(dict.fromkeys(t.strip() for t in tags if t.strip()))
        if clean_tags:
            question["tags"] = clean_tags
        question["prompt"] = prompt.strip()
        if explanation.strip():
            question["explanation"] = explanation.strip()
        question.update(fields)
        self.questions.append(question)
        return str(question["id"])

    def accept_list(self, answers: Sequence[str]) -> dict[str, list[str]]:
        """Short-answer accepted answers, keyed by the language they are written in."""
        return {self.language: list(dict.fromkeys(answers))}

    def matching_fields(
        self, items: list[tuple[str, str]], *, label: str | None, line: int | None
    ) -> dict[str, Any] | None:
        """A matching question from (left, right) items; a right without a left is a
        distractor. Fewer than two pairs is warned about and skipped (None)."""
        pairs: list[dict[str, Any]] = []
        distractors: list[dict[str, Any]] = []
        for left, right in items:
            if left:
                pairs.append({"id": f"p{len(pairs) + 1}", "left": left, "right": right})
            else:
                distractors.append({"id": f"d{len(distractors) + 1}", "text": right})
        if len(pairs) < 2:
            self.warn(line, label, "a matching question needs 2 or more pairs; skipped")
            return None
        fields: dict[str, Any] = {"type": "matching", "pairs": pairs}
        if distractors:
            fields["distractors"] = distractors
        return fields

    def choice_fields(
        self,
        choices: Sequence[Choice],
        *,
        single: bool,
        label: str | None,
        line: int | None,
        all_or_nothing: bool = False,
    ) -> dict[str, Any] | None:
        """The nearest faithful single_choice / multiple_choice for weighted options.

        single: the learner picks one option and gets its weight (Moodle 'one answer only').
        Otherwise the learner ticks several; the source adds up the weights of the ticked ones.
        Returns None (with a warning) when no option gives any credit or fewer than 2 remain.
        """
        kept: list[Choice] = []
        for choice in choices:
            if choice.text.strip():
                kept.append(choice)
            elif abs(choice.weight) > _EPS:
                self.warn(line, label, f"an option with no text ({percent(choice.weight)}) dropped")
        if len(kept) < 2:
            self.warn(line, label, f"a choice question needs 2 or more options, has {len(kept)}")
            return None
        best = max(c.weight for c in kept)
        if best <= _EPS:
            self.warn(line, label, "no option gives any credit; skipped")
            return None
        ids = [option_id(i) for i in range(len(kept))]
        if single:
            correct = {next(i for i, c in enumerate(kept) if abs(c.weight - best) < _EPS)}
        else:
            correct = {i for i, c in enumerate(kept) if c.weight > _EPS}
        options: list[dict[str, Any]] = []
        for i, choice in enumerate(kept):
            option: dict[str, Any] = {"id": ids[i], "text": choice.text.strip()}
            if i in correct:
                option["correct"] = True
            if choice.feedback.strip():
                option["feedback"] = choice.feedback.strip()
            options.append(option)
        if single:
            self._note_single(kept, ids, correct, label, line)
            return {"type": "single_choice", "options": options}
        scoring = "all_or_nothing" if all_or_nothing else "partial"
        if not all_or_nothing:
            self._note_multiple(kept, ids, correct, label, line)
        return {"type": "multiple_choice", "scoring": scoring, "options": options}

    def _note_single(
        self,
        kept: Sequence[Choice],
        ids: Sequence[str],
        correct: set[int],
        label: str | None,
        line: int | None,
    ) -> None:
        (right,) = correct
        notes: list[str] = []
        if kept[right].weight < 1 - _EPS:
            notes.append(
                f"the best option {ids[right]} gives {percent(kept[right].weight)}; "
                "it becomes the correct option worth full points"
            )
        for i, choice in enumerate(kept):
            if i == right:
                continue
            if abs(choice.weight - kept[right].weight) < _EPS:
                notes.append(
                    f"option {ids[i]} gives the same credit, "
                    f"but only {ids[right]} is kept as correct"
                )
            elif choice.weight > _EPS:
                notes.append(
                    f"partial credit of option {ids[i]} ({percent(choice.weight)}) dropped"
                )
            elif choice.weight < -_EPS:
                notes.append(f"penalty of option {ids[i]} ({percent(choice.weight)}) becomes 0")
        if notes:
            self.warn(line, label, "weights approximated: " + "; ".join(notes))

    def _note_multiple(
        self,
        kept: Sequence[Choice],
        ids: Sequence[str],
        correct: set[int],
        label: str | None,
        line: int | None,
    ) -> None:
        share = 1.0 / len(correct)
        exact = all(
            abs(c.weight - (share if i in correct else -share)) < 0.01 for i, c in enumerate(kept)
        )
        if exact:
            return
        weights = ", ".join(f"{ids[i]} {percent(c.weight)}" for i, c in enumerate(kept))
        right = ", ".join(ids[i] for i in sorted(correct))
        self.warn(
            line,
            label,
            f"weights approximated: options with a positive weight ({right}) are correct and "
            f"scored as partial (right - wrong) / {len(correct)}; source weights: {weights}",
        )


def short_answer_fields(
    b: BankBuilder, graded: list[tuple[str, float]], label: str | None, line: int | None
) -> dict[str, Any] | None:
    """accept = the answers with the best weight (normally 100%); the rest is reported."""
    usable = [(t, w) for t, w in graded if t and t != "*" and w > 0]
    if any(t == "*" and w > 0 for t, w in graded):
        b.warn(line, label, "an answer '*' that accepts anything cannot be kept; dropped")
    if not usable:
        b.warn(line, label, "no answer gives credit; skipped")
        return None
    best = max(w for _, w in usable)
    accept = [t for t, w in usable if abs(w - best) < 1e-4]
    notes = [f"{t} ({percent(w)})" for t, w in usable if abs(w - best) >= 1e-4]
    if best < 0.9999:
        b.warn(line, label, f"the best answers give {percent(best)}; they are accepted for "
               "full points")  # fmt: skip
    if notes:
        b.warn(line, label, "partial-credit answers dropped: " + ", ".join(notes))
    if any("*" in t for t in accept):
        b.warn(line, label, "the wildcard * is matched literally")
    return {"type": "short_answer", "accept": b.accept_list(accept)}


def numeric_fields(
    b: BankBuilder,
    values: list[tuple[float, float, float]],
    label: str | None,
    line: int | None,
) -> dict[str, Any] | None:
    """(value, tolerance, weight) answers to one numeric answer; the rest is reported."""
    usable = [v for v in values if v[2] > 0]
    if not usable:
        b.warn(line, label, "no numeric answer gives credit; skipped")
        return None
    best = max(v[2] for v in usable)
    value, tolerance, _ = next(v for v in usable if abs(v[2] - best) < 1e-4)
    others = [v for v in usable if (v[0], v[1]) != (value, tolerance)]
    if best < 0.9999:
        b.warn(line, label, f"the best answer gives {percent(best)}; it is kept for full points")
    if others:
        listed = ", ".join(f"{v:g}±{t:g} ({percent(w)})" for v, t, w in others)
        b.warn(line, label, f"only one numeric answer is kept; dropped: {listed}")
    fields: dict[str, Any] = {"type": "numeric", "answer": value}
    if tolerance:
        fields["tolerance"] = tolerance
    return fields


def category_tag(path: str) -> str | None:
    parts = [p.strip() for p in path.strip().split("/") if p.strip()]
    if parts and parts[0].startswith("$") and parts[0].endswith("$"):
        parts = parts[1:]
    if parts and parts[0] == "top":
        parts = parts[1:]
    return "/".join(parts) or None
