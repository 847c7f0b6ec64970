"""IMS QTI 2.1 assessmentItem (one item per file) to a bank question.

Supported interactions: choiceInteraction (one or several answers; a mapping gives partial
credit), textEntryInteraction (text, or a number when the response is a float or integer),
orderInteraction, matchInteraction, associateInteraction (as matching) and
extendedTextInteraction (essay). The response processing templates match_correct (all or
nothing) and map_response (partial credit from the mapping) are understood; custom response
processing is not run (the correct response is used, with a warning). Items with several
interactions, other interactions, feedback and media are reported.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import Any

from mobilaze_training.interop.common import (
    BLANK,
    BankBuilder,
    Choice,
    numeric_fields,
    one_line,
    percent,
    short_answer_fields,
)
from mobilaze_training.interop.htmltext import TextBuilder
from mobilaze_training.interop.xmlsafe import XmlDoc, local

_SUPPORTED = ("choiceInteraction", "textEntryInteraction", "orderInteraction",
              "matchInteraction", "associateInteraction", "extendedTextInteraction")  # fmt: skip
_INLINE = frozenset({"textEntryInteraction", "inlineChoiceInteraction", "endAttemptInteraction"})
_HIDDEN = frozenset({"feedbackBlock", "feedbackInline", "templateBlock", "templateInline"})


@dataclass
class _Decl:
    cardinality: str = "single"
    base_type: str = "identifier"
    correct: list[str] = field(default_factory=list)
    mapping: dict[str, float] = field(default_factory=dict)
    case_insensitive: set[str] = field(default_factory=set)
    default: float = 0.0
    upper: float | None = None


def _descendants(el: ET.Element, name: str) -> list[ET.Element]:
    return [e for e in el.iter() if local(e.tag) == name]


def _child(el: ET.Element, name: str) -> ET.Element | None:
    return next((c for c in el if local(c.tag) == name), None)


def _float(text: str | None, default: float | None) -> float | None:
    try:
        return float(text) if text is not None else default
    except ValueError:
        return default


class QtiReader:
    def __init__(self, doc: XmlDoc, builder: BankBuilder) -> None:
        self.doc = doc
        self.b = builder
        self.label: str | None = None
        self.line: int | None = None
        self.decls: dict[str, _Decl] = {}
        self.processing = "none"
        self.points = 1.0

    def warn(self, message: str) -> None:
        self.b.warn(self.line, self.label, message)

    def read(self) -> None:
        root = self.doc.root
        kind = local(root.tag)
        if kind != "assessmentItem":
            hint = {
                "questestinterop": "this is QTI 1.2; only QTI 2.1 items can be imported",
                "assessmentTest": "this is a QTI test; import each of its item files instead",
            }.get(kind, "it is not a QTI 2.1 assessmentItem")
            self.b.error(self.doc.line(root), None, f"root element <{kind}>: {hint}")
            return
        ident = root.get("identifier", "")
        self.label = root.get("title") or ident or None
        self.line = self.doc.line(root)
        for decl in _descendants(root, "responseDeclaration"):
            self.decls[decl.get("identifier", "")] = self._declaration(decl)
        self.processing = self._processing(_child(root, "responseProcessing"))
        body = _child(root, "itemBody")
        interactions = [] if body is None else [e for e in body.iter() if _is_interaction(e)]
        if not interactions or body is None:
            self.warn("the item has no interaction; skipped")
            return
        if len(interactions) > 1:
            self.warn(f"{len(interactions)} interactions in one item are not supported; skipped")
            return
        interaction = interactions[0]
        name = local(interaction.tag)
        if name not in _SUPPORTED:
            self.warn(f"{name} is not supported; skipped")
            return
        if _descendants(root, "modalFeedback"):
            self.warn("feedback (modalFeedback) is not kept")
        prompt = self._body_text(body)
        handler = getattr(self, "_" + name)
        fields: dict[str, Any] | None = handler(interaction, self._decl_for(interaction))
        if fields is None:
            return
        self.b.add(
            name=ident or None,
            qtype=fields.pop("type"),
            prompt=prompt,
            fields=fields,
            line=self.line,
            points=self.points,
        )

    def _declaration(self, el: ET.Element) -> _Decl:
        decl = _Decl(el.get("cardinality", "single"), el.get("baseType", "identifier"))
        correct = _child(el, "correctResponse")
        if correct is not None:
            decl.correct = [" ".join("".join(v.itertext()).split()) for v in correct]
        mapping = _child(el, "mapping")
        if mapping is not None:
            decl.default = _float(mapping.get("defaultValue"), 0.0) or 0.0
            decl.upper = _float(mapping.get("upperBound"), None)
            for entry in mapping:
                key = " ".join(entry.get("mapKey", "").split())
                value = _float(entry.get("mappedValue"), None)
                if value is None:
                    self.b.error(self.doc.line(entry), self.label, "mappedValue is not a number")
                    continue
                decl.mapping[key] = value
                if entry.get("caseSensitive", "true").lower() == "false":
                    decl.case_insensitive.add(key)
        return decl

    def _processing(self, el: ET.Element | None) -> str:
        if el is None:
            return "none"
        template = el.get("template", "")
        for kind in ("match_correct", "map_response_point", "map_response"):
            if template.endswith(kind) or template.endswith(kind + ".xml"):
                return kind
        return "custom"

    def _decl_for(self, interaction: ET.Element) -> _Decl:
        return self.decls.get(interaction.get("responseIdentifier", ""), _Decl())

    # -- text --------------------------------------------------------------------------------
    def _body_text(self, body: ET.Element) -> str:
        builder = TextBuilder()
        self._walk(body, builder, top=True)
        for src in builder.images:
            self.warn(f"image {src or '(no src)'} not imported; its alt text kept")
        return builder.text()

    def _content(self, el: ET.Element) -> str:
        builder = TextBuilder()
        self._walk(el, builder, top=True)
        for src in builder.images:
            self.warn(f"image {src or '(no src)'} not imported; its alt text kept")
        return one_line(builder.text())

    def _walk(self, el: ET.Element, out: TextBuilder, top: bool = False) -> None:
        name = local(el.tag)
        if not top:
            if name in _HIDDEN:
                self.warn(f"{name} is not kept")
                return
            if _is_interaction(el):
                if name in _INLINE:
                    out.data(BLANK)
                else:
                    prompt = _child(el, "prompt")
                    out.start("div", {})
                    if prompt is not None:
                        self._walk(prompt, out, top=True)
                    out.end("div")
                return
            if name == "object":
                self.warn(f"media {el.get('data', '?')} not imported; its text alternative kept")
            elif name == "math":
                self.warn("MathML is shown as plain text")
            elif name == "printedVariable":
                self.warn("a printed template variable is not supported; left out")
            out.start(name, dict(el.attrib))
        out.data(el.text or "")
        for child in el:
            self._walk(child, out)
            out.data(child.tail or "")
        if not top:
            out.end(name)

    # -- interactions ------------------------------------------------------------------------
    def _choices(self, el: ET.Element, name: str) -> list[tuple[str, str]]:
        return [(c.get("identifier", ""), self._content(c)) for c in _descendants(el, name)]

    def _scale(self, decl: _Decl, single: bool) -> float | None:
        """The largest score the mapping can give, used as points; None without a mapping."""
        if self.processing != "map_response" or not decl.mapping:
            return None
        positive = [v for v in decl.mapping.values() if v > 0]
        top = (max(positive) if single else sum(positive)) if positive else 0.0
        if decl.upper is not None and decl.upper > 0:
            top = min(top, decl.upper) if top else decl.upper
        return top if top > 0 else None

    def _note_custom(self) -> None:
        if self.processing == "custom":
            self.warn("custom response processing is not run; the correct response is used")

    def _choiceInteraction(self, el: ET.Element, decl: _Decl) -> dict[str, Any] | None:
        choices = self._choices(el, "simpleChoice")
        single = el.get("maxChoices", "1") == "1" and decl.cardinality == "single"
        scale = self._scale(decl, single)
        self._note_custom()
        if scale is not None:
            self.points = scale
            weighted = [
                Choice(text, decl.mapping.get(key, decl.default) / scale) for key, text in choices
            ]
            return self.b.choice_fields(weighted, single=single, label=self.label, line=self.line)
        share = 1.0 / max(1, len(decl.correct))
        weighted = [Choice(t, share if k in decl.correct else 0.0) for k, t in choices]
        return self.b.choice_fields(
            weighted, single=single, label=self.label, line=self.line, all_or_nothing=True
        )

    def _textEntryInteraction(self, el: ET.Element, decl: _Decl) -> dict[str, Any] | None:
        self._note_custom()
        scale = self._scale(decl, True)
        graded = {value: 1.0 for value in decl.correct}
        if scale is not None:
            self.points = scale
            graded = {key: value / scale for key, value in decl.mapping.items()} | graded
        if decl.base_type in ("float", "integer"):
            values: list[tuple[float, float, float]] = []
            for key, weight in graded.items():
                number = _float(key, None)
                if number is None:
                    self.b.error(self.line, self.label, f"{key!r} is not a number")
                    return None
                values.append((number, 0.0, weight))
            return numeric_fields(self.b, values, self.label, self.line)
        fields = short_answer_fields(self.b, list(graded.items()), self.label, self.line)
        if fields is not None:
            accepted = fields["accept"][self.b.language]
            if not all(a in decl.case_insensitive for a in accepted):
                fields["case_sensitive"] = True
        return fields

    def _extendedTextInteraction(self, el: ET.Element, decl: _Decl) -> dict[str, Any]:
        return {"type": "essay"}

    def _orderInteraction(self, el: ET.Element, decl: _Decl) -> dict[str, Any] | None:
        texts = dict(self._choices(el, "simpleChoice"))
        self._note_custom()
        if self.processing == "map_response":
            self.warn("a mapping cannot score an order; scored all or nothing")
        order = [key for key in dict.fromkeys(decl.correct) if texts.get(key)]
        missing = [texts[k] or k for k in texts if k not in order]
        if missing:
            self.warn(f"items outside the correct order dropped: {', '.join(missing)}")
        if len(order) < 2:
            self.warn("an ordering question needs a correct order of 2 or more items; skipped")
            return None
        items = [{"id": f"i{n + 1}", "text": texts[key]} for n, key in enumerate(order)]
        return {"type": "ordering", "items": items, "scoring": "all_or_nothing"}

    def _matchInteraction(self, el: ET.Element, decl: _Decl) -> dict[str, Any] | None:
        sets = [s for s in el if local(s.tag) == "simpleMatchSet"]
        if len(sets) != 2:
            self.warn("a match interaction needs 2 sets of choices; skipped")
            return None
        left = self._choices(sets[0], "simpleAssociableChoice")
        right = dict(self._choices(sets[1], "simpleAssociableChoice"))
        return self._pairs(left, right, decl)

    def _associateInteraction(self, el: ET.Element, decl: _Decl) -> dict[str, Any] | None:
        choices = dict(self._choices(el, "simpleAssociableChoice"))
        self.warn("associate interaction imported as matching: the first choice of each "
                  "correct pair is on the left")  # fmt: skip
        firsts = list(dict.fromkeys(p.split()[0] for p in decl.correct if len(p.split()) == 2))
        seconds = {k: v for k, v in choices.items() if k not in firsts}
        return self._pairs([(k, choices[k]) for k in firsts if k in choices], seconds, decl)

    def _pairs(
        self, left: list[tuple[str, str]], right: dict[str, str], decl: _Decl
    ) -> dict[str, Any] | None:
        links = [tuple(p.split()) for p in decl.correct]
        pairs: list[dict[str, Any]] = []
        used: set[str] = set()
        for key, text in left:
            targets = [b for (a, b) in (x for x in links if len(x) == 2) if a == key and b in right]
            targets = [t for t in targets if right[t]]
            if not text or not targets:
                self.warn(f"{text!r} has no correct match with a text; dropped")
                continue
            if len(targets) > 1:
                self.warn(f"{text!r} has {len(targets)} correct matches; only the first is kept")
            used.add(targets[0])
            pairs.append({"id": f"p{len(pairs) + 1}", "left": text, "right": right[targets[0]]})
        rights = [p["right"] for p in pairs]
        for text in sorted({r for r in rights if rights.count(r) > 1}):
            self.warn(f"{text!r} is the match of several items: it is listed once for each, "
                      "and each copy scores only for its own item")  # fmt: skip
        if len(pairs) < 2:
            self.warn("a matching question needs 2 or more pairs; skipped")
            return None
        fields: dict[str, Any] = {"type": "matching", "pairs": pairs}
        spare = [text for key, text in right.items() if key not in used and text]
        if spare:
            fields["distractors"] = [{"id": f"d{n + 1}", "text": t} for n, t in enumerate(spare)]
        self._note_custom()
        scale = self._scale(decl, False)
        if scale is not None:
            self.points = scale
            weights = {decl.mapping.get(" ".join(x), decl.default) for x in links}
            if len(weights) > 1:
                listed = ", ".join(
                    f"{k} {percent(v / scale)}" for k, v in decl.mapping.items() if v
                )
                self.warn(f"weights approximated: each pair is worth the same; source: {listed}")
        else:
            fields["scoring"] = "all_or_nothing"
        return fields


def _is_interaction(el: ET.Element) -> bool:
    return local(el.tag).endswith("Interaction")


def read_qti(doc: XmlDoc, builder: BankBuilder) -> None:
    QtiReader(doc, builder).read()
