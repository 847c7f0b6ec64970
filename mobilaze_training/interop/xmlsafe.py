"""XML read through defusedxml, keeping each element's line; unsafe or broken XML is refused."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Any

from defusedxml import DTDForbidden, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.ElementTree import DefusedXMLParser

from mobilaze_training.errors import Problem, ValidationFailed


class _LineTarget:
    """A tree builder that notes the line on which each element starts."""

    def __init__(self) -> None:
        self._builder = ET.TreeBuilder()
        self.parser: Any = None
        self.lines: dict[ET.Element, int] = {}

    def start(self, tag: str, attrib: dict[str, str]) -> ET.Element:
        element = self._builder.start(tag, attrib)
        self.lines[element] = int(self.parser.CurrentLineNumber) if self.parser else 0
        return element

    def end(self, tag: str) -> ET.Element:
        return self._builder.end(tag)

    def data(self, text: str) -> None:
        self._builder.data(text)

    def close(self) -> ET.Element:
        return self._builder.close()


@dataclass
class XmlDoc:
    root: ET.Element
    lines: dict[ET.Element, int]

    def line(self, element: ET.Element | None) -> int | None:
        return None if element is None else self.lines.get(element)


def local(tag: str) -> str:
    """An element's name without its namespace."""
    return tag.rsplit("}", 1)[-1]


def parse_xml(data: bytes, source: str) -> XmlDoc:
    """Parse XML safely. Entity declarations (billion laughs, XXE) and external references
    are refused before anything is expanded; malformed XML gives its line."""
    target = _LineTarget()
    parser = DefusedXMLParser(target=target)
    target.parser = parser.parser
    try:
        parser.feed(data)
        root = parser.close()
    except EntitiesForbidden as exc:
        line = _line(parser)
        raise ValidationFailed(
            source,
            [
                Problem(
                    source,
                    line,
                    "",
                    f"the XML declares an entity ({exc.name}); entity declarations are refused "
                    "because they can read local files (XXE) or expand without limit "
                    "(billion laughs)",
                )
            ],
        ) from None
    except (ExternalReferenceForbidden, DTDForbidden):
        raise ValidationFailed(
            source,
            [Problem(source, _line(parser), "", "the XML refers to an external resource; refused")],
        ) from None
    except ET.ParseError as exc:
        line, column = getattr(exc, "position", (None, 0))
        message = str(exc).split(":", 1)[0]
        raise ValidationFailed(
            source,
            [Problem(source, line, "", f"malformed XML: {message} (column {column + 1})")],
        ) from None
    return XmlDoc(root, target.lines)


def _line(parser: Any) -> int | None:
    try:
        return int(parser.parser.CurrentLineNumber)
    except (AttributeError, TypeError, ValueError):
        return None
