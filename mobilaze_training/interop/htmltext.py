"""HTML (and Moodle's text formats) to the plain text the bank holds.

The bank keeps plain text: tags are removed, entities decoded, paragraphs and block elements
become blank lines, <br> a line break, list items "- " lines, table cells are separated by
" | ", an image becomes its alt text in brackets (as Moodle's own plain-text view shows it) and
is reported so the importer can warn. Scripts and styles are dropped. <pre> keeps its spacing.
Markdown text is kept as it is (it already is the plain form).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

_BLOCK = frozenset(
    {
        *("address", "article", "aside", "blockquote", "center", "dd", "details", "dialog"),
        *("div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "header"),
        *("h1", "h2", "h3", "h4", "h5", "h6", "hr", "legend", "main", "nav", "ol", "p", "pre"),
        *("section", "summary", "table", "tbody", "thead", "tfoot", "ul"),
    }
)
_SKIP = frozenset({"script", "style", "head", "title", "template", "noscript"})
_HTML_HINT = re.compile(r"<[A-Za-z!/]|&(#\d+|#x[0-9A-Fa-f]+|[A-Za-z]+\d*);")
_SPACE = re.compile(r"[^\S\n]+")


@dataclass
class TextBuilder:
    """Receives start/end/data events (from HTMLParser or an XML tree) and writes plain text."""

    images: list[str] = field(default_factory=list)
    _parts: list[str] = field(default_factory=list)
    _pending: int = 0
    _pre: int = 0
    _skip: int = 0
    _lists: list[list[int]] = field(default_factory=list)
    _cells: int = 0

    def _emit(self, text: str) -> None:
        if self._pending and self._parts:
            self._parts.append("\n" * self._pending)
        self._pending = 0
        self._parts.append(text)

    def _at_line_start(self) -> bool:
        return not self._parts or self._pending > 0 or self._parts[-1].endswith("\n")

    def line_break(self, count: int = 1, *, add: bool = False) -> None:
        if self._parts:
            self._parts[-1] = self._parts[-1].rstrip(" ")
        self._pending = min(2, self._pending + count) if add else max(self._pending, count)

    def data(self, text: str) -> None:
        if self._skip or not text:
            return
        if self._pre:
            self._emit(text)
            return
        text = re.sub(r"\s+", " ", text)
        if self._at_line_start() or (self._parts and self._parts[-1].endswith(" ")):
            text = text.lstrip(" ")
        if text:
            self._emit(text)

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        tag = tag.lower()
        if tag in _SKIP:
            self._skip += 1
        elif tag == "br":
            self.line_break(1, add=True)
        elif tag == "img":
            self.images.append(attrs.get("src", ""))
            alt = " ".join(attrs.get("alt", "").split())
            if alt:
                self.data(f"[{alt}]")
        elif tag == "li":
            self.line_break(1)
            marker = "- "
            if self._lists and self._lists[-1][0] >= 0:
                self._lists[-1][0] += 1
                marker = f"{self._lists[-1][0]}. "
            self._emit(marker)
        elif tag in ("ul", "ol"):
            self._lists.append([0 if tag == "ol" else -1])
            self.line_break(2 if len(self._lists) == 1 else 1)
        elif tag == "tr":
            self.line_break(1)
            self._cells = 0
        elif tag in ("td", "th"):
            if self._cells:
                self.data(" | ")
            self._cells += 1
        elif tag in _BLOCK:
            self.line_break(2)
            if tag == "pre":
                self._pre += 1

    def end(self, tag: str) -> None:
        tag = tag.lower()
        if tag in _SKIP:
            self._skip = max(0, self._skip - 1)
        elif tag in ("ul", "ol"):
            if self._lists:
                self._lists.pop()
            self.line_break(2 if not self._lists else 1)
        elif tag == "li":
            self.line_break(1)
        elif tag in _BLOCK:
            if tag == "pre":
                self._pre = max(0, self._pre - 1)
            self.line_break(2)

    def text(self) -> str:
        joined = "".join(self._parts)
        lines = [line.rstrip() for line in joined.split("\n")]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


class _Parser(HTMLParser):
    def __init__(self, builder: TextBuilder) -> None:
        super().__init__(convert_charrefs=True)
        self.builder = builder

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.builder.start(tag, {k: v or "" for k, v in attrs})

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag.lower() not in ("br", "img"):
            self.builder.end(tag)

    def handle_endtag(self, tag: str) -> None:
        self.builder.end(tag)

    def handle_data(self, data: str) -> None:
        self.builder.data(data)


def html_to_text(html: str) -> tuple[str, list[str]]:
    """Plain text of an HTML fragment, and the src of every image it had."""
    builder = TextBuilder()
    parser = _Parser(builder)
    parser.feed(html)
    parser.close()
    return builder.text(), builder.images


def plain(text: str) -> str:
    """Plain text tidied: spaces collapsed inside each line, lines trimmed, 2+ blank lines cut."""
    lines = [_SPACE.sub(" ", line).strip() for line in text.replace("\r", "").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def convert(text: str, fmt: str) -> tuple[str, list[str]]:
    """Text in one of Moodle's formats (html, moodle, plain, markdown) as plain text.

    'moodle' (auto-format) is plain text whose line breaks count, in which HTML is allowed:
    it is read as HTML only when it holds a tag or an entity.
    """
    if fmt == "html":
        return html_to_text(text)
    if fmt == "moodle" and _HTML_HINT.search(text):
        return html_to_text(plain(text).replace("\n", "<br>\n"))
    return plain(text), []
