"""Moodle XML (<quiz><question type=...>) to bank questions.

Supported: multichoice (one or several answers, fraction weights), truefalse, shortanswer,
numerical (tolerance), matching, ordering (the qtype_ordering plugin), essay, and category
entries (each question gets its category path as a tag). Cloze (multianswer), description,
calculated and other types are reported as warnings and skipped. Embedded files and images are
not imported (reported); their alt text stays in the text.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Any

from mobilaze_training.interop.common import (
    BankBuilder,
    Choice,
    category_tag,
    numeric_fields,
    one_line,
    short,
    short_answer_fields,
)
from mobilaze_training.interop.htmltext import convert
from mobilaze_training.interop.xmlsafe import XmlDoc, local

_FORMATS = {"html": "html", "moodle_auto_format": "moodle", "plain_text": "plain",
            "markdown": "markdown"}  # fmt: skip
_SKIPPED = {
    "cloze": "embedded answers (Cloze) are not supported",
    "multianswer": "embedded answers (Cloze) are not supported",
    "description": "a description item holds no question",
    "random": "a random-question placeholder holds no question",
}


class _Bad(Exception):
    """A malformed value; reported as an error on its line."""

    def __init__(self, line: int | None, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


@dataclass
class _Ctx:
    label: str | None
    line: int | None


def _child(el: ET.Element, name: str) -> ET.Element | None:
    return next((c for c in el if local(c.tag) == name), None)


def _children(el: ET.Element, name: str) -> list[ET.Element]:
    return [c for c in el if local(c.tag) == name]


def _raw(el: ET.Element | None, name: str = "text") -> str:
    """The text of el/<name> (or "")."""
    if el is None:
        return ""
    found = _child(el, name)
    return "".join(found.itertext()) if found is not None else ""


def _value(el: ET.Element, name: str) -> str:
    found = _child(el, name)
    return "".join(found.itertext()).strip() if found is not None else ""


def _flag(el: ET.Element, name: str, default: bool) -> bool:
    value = _value(el, name).lower()
    if not value:
        return default
    return value in ("1", "true", "yes")


def _name(q: ET.Element) -> str | None:
    """The question's name as plain text (some exports put HTML in it)."""
    return one_line(convert(_raw(_child(q, "name")), "moodle")[0]) or None


class MoodleXmlReader:
    def __init__(self, doc: XmlDoc, builder: BankBuilder) -> None:
        self.doc = doc
        self.b = builder
        self.category: str | None = None

    def read(self) -> None:
        root = self.doc.root
        if local(root.tag) != "quiz":
            self.b.error(
                self.doc.line(root),
                None,
                f"not a Moodle XML question file: the root element is <{local(root.tag)}>, "
                "not <quiz>",
            )
            return
        for element in root:
            if local(element.tag) != "question":
                continue
            try:
                self._question(element)
            except _Bad as bad:
                name = _name(element)
                self.b.error(bad.line, name, bad.message)

    def _number(self, el: ET.Element, text: str, what: str) -> float:
        try:
            return float(text.strip())
        except ValueError:
            raise _Bad(self.doc.line(el), f"{what} {text.strip()!r} is not a number") from None

    def _rich(self, el: ET.Element | None, ctx: _Ctx, default: str = "html") -> str:
        """Plain text of a Moodle text element (<questiontext format=..><text>..)."""
        if el is None:
            return ""
        fmt = _FORMATS.get(el.get("format", ""), default)
        text, images = convert(_raw(el), fmt)
        for src in images:
            self.b.warn(ctx.line, ctx.label, f"image {src or '(no src)'} not imported")
        for file in _children(el, "file"):
            self.b.warn(ctx.line, ctx.label, f"embedded file {file.get('name', '?')} not imported")
        return text

    def _question(self, q: ET.Element) -> None:
        qtype = q.get("type", "")
        line = self.doc.line(q)
        if qtype == "category":
            self.category = category_tag(_raw(_child(q, "category")))
            return
        name = _name(q)
        ctx = _Ctx(name, line)
        if not qtype:
            raise _Bad(line, "a <question> without a type attribute")
        readers = {
            "multichoice": self._multichoice,
            "truefalse": self._truefalse,
            "shortanswer": self._shortanswer,
            "numerical": self._numerical,
            "matching": self._matching,
            "match": self._matching,
            "ordering": self._ordering,
            "essay": self._essay,
        }
        reader = readers.get(qtype)
        if reader is None:
            reason = _SKIPPED.get(qtype, f"question type {qtype!r} is not supported")
            self.b.warn(line, name, f"{reason}; skipped")
            return
        prompt = self._rich(_child(q, "questiontext"), ctx)
        for image in _children(q, "image"):
            self.b.warn(line, name, f"image {''.join(image.itertext()).strip()} not imported")
        explanation = self._rich(_child(q, "generalfeedback"), ctx)
        grade = _child(q, "defaultgrade")
        raw_grade = _value(q, "defaultgrade")
        points = self._number(grade, raw_grade, "grade") if grade is not None and raw_grade else 1.0
        fields = reader(q, ctx)
        if fields is None:
            return
        tags = [self.category] if self.category else []
        tag_list = _child(q, "tags")
        if tag_list is not None:
            tags += [one_line(_raw(tag)) for tag in _children(tag_list, "tag")]
        self.b.add(
            name=one_line(_value(q, "idnumber")) or name,
            qtype=fields.pop("type"),
            prompt=prompt,
            fields=fields,
            line=line,
            points=points,
            tags=tags,
            explanation=explanation,
        )

    def _answers(self, q: ET.Element, ctx: _Ctx) -> list[tuple[ET.Element, str, float, str]]:
        """(element, text, fraction 0..1, feedback) of each <answer>."""
        result = []
        for answer in _children(q, "answer"):
            raw = answer.get("fraction", "0")
            fraction = self._number(answer, raw, "fraction") / 100
            text = one_line(self._rich(answer, ctx, "moodle"))
            feedback = one_line(self._rich(_child(answer, "feedback"), ctx))
            result.append((answer, text, fraction, feedback))
        return result

    def _multichoice(self, q: ET.Element, ctx: _Ctx) -> dict[str, Any] | None:
        choices = [Choice(t, f, fb) for _, t, f, fb in self._answers(q, ctx)]
        single = _flag(q, "single", True)
        return self.b.choice_fields(choices, single=single, label=ctx.label, line=ctx.line)

    def _truefalse(self, q: ET.Element, ctx: _Ctx) -> dict[str, Any] | None:
        answer: bool | None = None
        feedback = False
        for el, text, fraction, fb in self._answers(q, ctx):
            feedback = feedback or bool(fb)
            if text.lower() not in ("true", "false"):
                raise _Bad(
                    self.doc.line(el), f"a true/false answer must be true or false: {text!r}"
                )
            if fraction > 0.9999:
                answer = text.lower() == "true"
        if answer is None:
            self.b.warn(ctx.line, ctx.label, "neither true nor false is worth 100%; skipped")
            return None
        if feedback:
            self.b.warn(ctx.line, ctx.label, "feedback for true and false is not kept")
        return {"type": "true_false", "answer": answer}

    def _shortanswer(self, q: ET.Element, ctx: _Ctx) -> dict[str, Any] | None:
        answers = self._answers(q, ctx)
        if any(fb for *_, fb in answers):
            self.b.warn(ctx.line, ctx.label, "answer feedback is not kept for short answers")
        fields = short_answer_fields(
            self.b, [(t, f) for _, t, f, _ in answers], ctx.label, ctx.line
        )
        if fields is not None and _flag(q, "usecase", False):
            fields["case_sensitive"] = True
        return fields

    def _numerical(self, q: ET.Element, ctx: _Ctx) -> dict[str, Any] | None:
        values: list[tuple[float, float, float]] = []
        feedback = False
        for el, text, fraction, fb in self._answers(q, ctx):
            feedback = feedback or bool(fb)
            if text == "*":
                continue
            value = self._number(el, text, "numeric answer")
            raw_tolerance = _value(el, "tolerance") or "0"
            tolerance = abs(self._number(el, raw_tolerance, "tolerance"))
            values.append((value, tolerance, fraction))
        if feedback:
            self.b.warn(ctx.line, ctx.label, "answer feedback is not kept for numeric questions")
        units = _child(q, "units")
        if units is not None and len(units):
            self.b.warn(ctx.line, ctx.label, "units are not kept; the answer is a bare number")
        return numeric_fields(self.b, values, ctx.label, ctx.line)

    def _matching(self, q: ET.Element, ctx: _Ctx) -> dict[str, Any] | None:
        items: list[tuple[str, str]] = []
        for sub in _children(q, "subquestion"):
            left = one_line(self._rich(sub, ctx))
            right = one_line(_raw(_child(sub, "answer")))
            if not right:
                if left:
                    self.b.warn(ctx.line, ctx.label, f"item {short(left)!r} has no answer; dropped")
                continue
            items.append((left, right))
        return self.b.matching_fields(items, label=ctx.label, line=ctx.line)

    def _ordering(self, q: ET.Element, ctx: _Ctx) -> dict[str, Any] | None:
        answers = self._answers(q, ctx)
        ordered = sorted(enumerate(answers), key=lambda ia: (ia[1][2], ia[0]))
        items = [{"id": f"i{n + 1}", "text": a[1]} for n, (_, a) in enumerate(ordered) if a[1]]
        if len(items) < 2:
            self.b.warn(ctx.line, ctx.label, "an ordering question needs 2 or more items; skipped")
            return None
        grading = _value(q, "gradingtype").upper()
        fields: dict[str, Any] = {"type": "ordering", "items": items}
        if grading in ("ALL_OR_NOTHING", "-1"):
            fields["scoring"] = "all_or_nothing"
        elif grading not in ("", "ABSOLUTE_POSITION", "0"):
            self.b.warn(ctx.line, ctx.label, f"grading {grading} approximated as points for each "
                        "item in its correct position")  # fmt: skip
        count = _value(q, "selectcount")
        if _value(q, "selecttype") not in ("", "0", "ALL") and count not in ("", "0"):
            self.b.warn(ctx.line, ctx.label, "showing a subset of the items is not supported; "
                        "all items are shown")  # fmt: skip
        return fields

    def _essay(self, q: ET.Element, ctx: _Ctx) -> dict[str, Any] | None:
        fields: dict[str, Any] = {"type": "essay"}
        rubric = self._rich(_child(q, "graderinfo"), ctx)
        if rubric:
            fields["rubric"] = rubric
        if _value(q, "attachments") not in ("", "0"):
            self.b.warn(ctx.line, ctx.label, "file attachments are not supported")
        return fields


def read_moodle_xml(doc: XmlDoc, builder: BankBuilder) -> None:
    MoodleXmlReader(doc, builder).read()
