"""GIFT (Moodle's plain-text question format) to bank questions.

Questions are separated by blank lines; whole-line // comments are ignored (their [tag:..] and
[id:..] are read). Supported: ::title::, $CATEGORY: (a tag), [html]/[moodle]/[markdown]/[plain],
the escapes \\~ \\= \\# \\{ \\} \\: \\\\ \\n, multiple choice (one or several answers,
%weights%), true/false, short answer, matching, numeric (value:tolerance, min..max, several
answers), missing word, essay, per-answer #feedback and ####general feedback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from mobilaze_training.interop.common import (
    BLANK,
    BankBuilder,
    Choice,
    category_tag,
    numeric_fields,
    one_line,
    short,
    short_answer_fields,
)
from mobilaze_training.interop.htmltext import convert

# Escaped characters are swapped for private-use stand-ins while parsing, then put back.
_ESCAPES = {"\\": "\ue000", "~": "\ue001", "=": "\ue002", "#": "\ue003", "{": "\ue004",
            "}": "\ue005", ":": "\ue006", "n": "\ue007"}  # fmt: skip
_RESTORE = str.maketrans({v: ("\n" if k == "n" else k) for k, v in _ESCAPES.items()})
_FORMAT_RE = re.compile(r"^\s*\[(html|moodle|markdown|plain)\]", re.IGNORECASE)
_WEIGHT_RE = re.compile(r"^\s*%(-?\d+(?:\.\d+)?)%")
_TF = {"T": True, "TRUE": True, "F": False, "FALSE": False}
_COMMENT_MARK_RE = re.compile(r"\[(tag|id):((?:[^\]\\]|\\.)*)\]")


def _protect(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(0)), text, flags=re.DOTALL)


def _restore(text: str) -> str:
    return text.translate(_RESTORE)


@dataclass
class _Block:
    text: str  # escapes protected; one line per source line
    lines: list[int]  # the source line of each line of text
    comments: list[str]

    def line_at(self, offset: int) -> int:
        return self.lines[min(self.text.count("\n", 0, offset), len(self.lines) - 1)]


def _blocks(source: str) -> list[_Block]:
    blocks: list[_Block] = []
    rows: list[str] = []
    nums: list[int] = []
    comments: list[str] = []
    for number, line in enumerate([*source.split("\n"), ""], start=1):
        stripped = line.strip()
        if stripped.startswith("//"):
            if not rows:
                comments.append(stripped)
            continue
        if stripped:
            rows.append(line)
            nums.append(number)
            continue
        if rows:
            blocks.append(_Block(_protect("\n".join(rows)), nums, comments))
        rows, nums, comments = [], [], []
    return blocks


def _text(raw: str, fmt: str, *, single_line: bool = False) -> tuple[str, str, list[str]]:
    """(plain text, format used, images) of a GIFT text that may start with [format]."""
    match = _FORMAT_RE.match(raw)
    if match:
        fmt = match.group(1).lower()
        raw = raw[match.end() :]
    text, images = convert(_restore(raw).strip(), fmt)
    return (one_line(text) if single_line else text), fmt, images


@dataclass
class _Answer:
    marker: str  # "=", "~" or "" (text before any marker)
    weight: float | None
    text: str  # protected
    feedback: str  # protected
    line: int


def _split_answers(body: str, block: _Block, offset: int) -> list[_Answer]:
    answers: list[_Answer] = []
    for match in re.finditer(r"([=~]?)([^=~]*)", body):
        marker, chunk = match.group(1), match.group(2)
        if not marker and not chunk.strip():
            continue
        weight = None
        found = _WEIGHT_RE.match(chunk)
        if found:
            weight = float(found.group(1)) / 100
            chunk = chunk[found.end() :]
        text, _, feedback = chunk.partition("#")
        line = block.line_at(offset + match.start())
        answers.append(_Answer(marker, weight, text, feedback, line))
    return answers


class GiftReader:
    def __init__(self, builder: BankBuilder) -> None:
        self.b = builder
        self.category: str | None = None

    def read(self, source: str) -> None:
        for block in _blocks(source):
            self._question(block)

    def _question(self, block: _Block) -> None:
        text = block.text.strip()
        first = block.lines[0]
        if text.startswith("$CATEGORY:"):
            head, _, rest = text.partition("\n")
            self.category = category_tag(_restore(head[len("$CATEGORY:") :]))
            if rest.strip():
                skip = len(block.lines) - rest.count("\n") - 1
                self._question(_Block(rest, block.lines[skip:], []))
            return
        tags, ident = _comment_marks(block.comments)
        title = None
        start = len(block.text) - len(block.text.lstrip())
        if text.startswith("::"):
            end = text.find("::", 2)
            if end < 0:
                self.b.error(first, None, "the title starts with :: but is not closed with ::")
                return
            title = one_line(_restore(text[2:end])) or None
            start += end + 2
        label = title or short(_restore(block.text[start:])) or None
        opening = block.text.find("{", start)
        stray = block.text.find("}", start, None if opening < 0 else opening)
        if stray >= 0:
            where = block.line_at(stray)
            self.b.error(where, label, "a } with no { before it (write \\} for a literal brace)")
            return
        if opening < 0:
            self.b.warn(first, label, "no answer in { }: a description item, skipped")
            return
        closing = block.text.find("}", opening)
        if closing < 0:
            where = block.line_at(opening)
            self.b.error(where, label, "the answer opened with { is not closed with }")
            return
        inner = block.text[opening + 1 : closing]
        after = block.text[closing + 1 :]
        if "{" in inner or "{" in after or "}" in after:
            where = block.line_at(closing)
            self.b.error(
                where, label, "more than one { } answer (escape literal braces as \\{ \\})"
            )
            return
        before = block.text[start:opening]
        raw_prompt = before + BLANK + after if after.strip() else before
        prompt, fmt, images = _text(raw_prompt, "moodle")
        label = title or short(prompt) or label
        answer_line = block.line_at(opening)
        ctx = _Ctx(label, answer_line, fmt)
        body, explanation = inner, ""
        cut = inner.rfind("####")
        if cut >= 0:
            body = inner[:cut]
            explanation, _, more = _text(inner[cut + 4 :], fmt)
            images += more
        for src in images:
            self.b.warn(first, label, f"image {src or '(no src)'} not imported; its alt text kept")
        fields = self._answer(body, block, opening + 1, ctx)
        if fields is None:
            return
        qtype = fields.pop("type")
        all_tags = [self.category] if self.category else []
        self.b.add(
            name=ident or title,
            qtype=qtype,
            prompt=prompt,
            fields=fields,
            line=first,
            tags=all_tags + tags,
            explanation=explanation,
        )

    def _answer(self, body: str, block: _Block, offset: int, ctx: _Ctx) -> dict[str, Any] | None:
        stripped = body.strip()
        if not stripped:
            return {"type": "essay"}
        if stripped.startswith("#"):
            lead = len(body) - len(body.lstrip()) + 1
            return self._numeric(_split_answers(body[lead:], block, offset + lead), ctx)
        if "~" in stripped:
            answers = _split_answers(body, block, offset)
            return self._choice(answers, ctx)
        if "=" in stripped and "->" in stripped:
            return self._matching(_split_answers(body, block, offset), ctx)
        head, _, feedback = stripped.partition("#")
        if head.strip() in _TF:
            if feedback.replace("#", "").strip():
                self.b.warn(ctx.line, ctx.label, "feedback for each answer of a true/false "
                            "question is not kept")  # fmt: skip
            return {"type": "true_false", "answer": _TF[head.strip()]}
        answers = _split_answers(body, block, offset)
        if answers and answers[0].marker == "":
            self.b.error(ctx.line, ctx.label, f"cannot tell the question type from "
                         f"{{{short(_restore(stripped))}}}")  # fmt: skip
            return None
        return self._short(answers, ctx)

    def _choice(self, answers: list[_Answer], ctx: _Ctx) -> dict[str, Any] | None:
        if any(a.marker == "" for a in answers):
            self.b.error(ctx.line, ctx.label, "text before the first ~ or = answer")
            return None
        choices: list[Choice] = []
        for a in answers:
            weight = a.weight if a.weight is not None else (1.0 if a.marker == "=" else 0.0)
            text, _, imgs = _text(a.text, ctx.fmt, single_line=True)
            feedback, _, more = _text(a.feedback, ctx.fmt, single_line=True)
            self._images(imgs + more, ctx)
            choices.append(Choice(text, weight, feedback))
        single = any(a.marker == "=" for a in answers)
        return self.b.choice_fields(choices, single=single, label=ctx.label, line=ctx.line)

    def _matching(self, answers: list[_Answer], ctx: _Ctx) -> dict[str, Any] | None:
        items: list[tuple[str, str]] = []
        for a in answers:
            whole = a.text + ("#" + a.feedback if a.feedback else "")
            if a.marker != "=" or "->" not in whole or a.weight is not None:
                self.b.error(a.line, ctx.label, "each matching line must be =left -> right")
                return None
            left_raw, _, right_raw = whole.partition("->")
            left, _, imgs = _text(left_raw, ctx.fmt, single_line=True)
            right = one_line(_restore(right_raw))
            self._images(imgs, ctx)
            if not right:
                self.b.error(a.line, ctx.label, "a matching line has nothing after ->")
                return None
            items.append((left, right))
        return self.b.matching_fields(items, label=ctx.label, line=ctx.line)

    def _short(self, answers: list[_Answer], ctx: _Ctx) -> dict[str, Any] | None:
        graded: list[tuple[str, float]] = []
        dropped: list[str] = []
        for a in answers:
            text, _, _ = _text(a.text, ctx.fmt, single_line=True)
            weight = 1.0 if a.weight is None else a.weight
            if a.feedback.strip():
                dropped.append(text or "*")
            graded.append((text, weight))
        if dropped:
            self.b.warn(ctx.line, ctx.label, "answer feedback is not kept for short answers "
                        f"({', '.join(dropped)})")  # fmt: skip
        return short_answer_fields(self.b, graded, ctx.label, ctx.line)

    def _numeric(self, answers: list[_Answer], ctx: _Ctx) -> dict[str, Any] | None:
        if not answers:
            self.b.error(ctx.line, ctx.label, "a numeric answer {#...} without a number")
            return None
        values: list[tuple[float, float, float]] = []
        feedback = False
        for a in answers:
            feedback = feedback or bool(a.feedback.strip())
            raw = one_line(_restore(a.text))
            if a.marker == "~" or raw == "*":
                continue  # a catch-all answer that only carries feedback
            weight = 1.0 if a.weight is None else a.weight
            parsed = _number_range(raw)
            if parsed is None:
                self.b.error(a.line, ctx.label, f"{raw!r} is not a number, number:tolerance "
                             "or min..max")  # fmt: skip
                return None
            values.append((*parsed, weight))
        if feedback:
            self.b.warn(ctx.line, ctx.label, "answer feedback is not kept for numeric questions")
        return numeric_fields(self.b, values, ctx.label, ctx.line)

    def _images(self, images: list[str], ctx: _Ctx) -> None:
        for src in images:
            self.b.warn(ctx.line, ctx.label, f"image {src or '(no src)'} not imported")


@dataclass
class _Ctx:
    label: str | None
    line: int
    fmt: str


def _tidy(value: float) -> float:
    """Drop the binary noise of a computed midpoint (3.1414999999999997 -> 3.1415)."""
    return float(f"{value:.12g}")


def _number_range(raw: str) -> tuple[float, float] | None:
    try:
        if ".." in raw[1:]:
            low, high = (float(x) for x in raw.split("..", 1))
            return _tidy((low + high) / 2), _tidy(abs(high - low) / 2)
        if ":" in raw[1:]:
            value, tolerance = raw.split(":", 1)
            return float(value), abs(float(tolerance))
        return float(raw), 0.0
    except ValueError:
        return None


def _comment_marks(comments: list[str]) -> tuple[list[str], str | None]:
    tags: list[str] = []
    ident = None
    for comment in comments:
        for kind, value in _COMMENT_MARK_RE.findall(comment):
            value = re.sub(r"\\(.)", r"\1", value).strip()
            if kind == "tag" and value:
                tags.append(value)
            elif kind == "id" and value:
                ident = value
    return tags, ident


def read_gift(text: str, builder: BankBuilder) -> None:
    GiftReader(builder).read(text.replace("\r\n", "\n").replace("\r", "\n"))
