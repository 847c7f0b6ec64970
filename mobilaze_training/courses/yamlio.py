"""YAML reading: fast loading, and line numbers found only when a problem needs one."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import yaml

try:  # the C loader is several times faster; fall back when libyaml is absent
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeLoader  # type: ignore[assignment]

PathElem = str | int


class YamlError(Exception):
    def __init__(self, line: int | None, message: str) -> None:
        super().__init__(message)
        self.line = line
        self.message = message


def decode(data: bytes) -> str:
    """UTF-8 text; a byte sequence that is not UTF-8 is refused with its line."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise YamlError(line, "text is not UTF-8; save the file as UTF-8") from exc
    return text.removeprefix("\ufeff")


def load(text: str) -> Any:
    try:
        return yaml.load(text, Loader=SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        raise YamlError(line, f"YAML syntax: {exc.problem or exc}") from exc
    except yaml.YAMLError as exc:
        raise YamlError(None, f"YAML: {exc}") from exc


class LineFinder:
    """Line of a field path in a YAML text, from the composed node tree."""

    def __init__(self, text: str) -> None:
        try:
            self._root = yaml.compose(text, Loader=SafeLoader)
        except yaml.YAMLError:
            self._root = None

    def line(self, path: Sequence[PathElem]) -> int | None:
        node = self._root
        if node is None:
            return None
        line = node.start_mark.line + 1
        for elem in path:
            child = None
            if isinstance(node, yaml.MappingNode):
                for key, value in node.value:
                    if key.value == elem:
                        line = key.start_mark.line + 1
                        child = value
                        break
            elif (
                isinstance(node, yaml.SequenceNode)
                and isinstance(elem, int)
                and 0 <= elem < len(node.value)
            ):
                child = node.value[elem]
                line = child.start_mark.line + 1
            if child is None:
                break
            node = child
        return line


def format_path(path: Sequence[PathElem]) -> str:
    out = ""
    for elem in path:
        if isinstance(elem, int):
            out += f"[{elem}]"
        else:
            out += f".{elem}" if out else str(elem)
    return out
