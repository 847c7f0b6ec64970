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


#: How many nodes aliases (``*name``) may add by repeating an anchored node: a few kilobytes
#: of nested aliases can otherwise stand for billions of values ("billion laughs").
MAX_ALIAS_EXPANSION = 100_000
_STR = "tag:yaml.org,2002:str"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"
_MERGE = "tag:yaml.org,2002:merge"


def load(text: str) -> Any:
    """The YAML document in `text`, as the safe loader constructs it.

    A key given twice in one mapping is refused (the second would silently win), and so is
    a document whose aliases expand past MAX_ALIAS_EXPANSION nodes.
    """
    loader = SafeLoader(text)
    try:
        node = loader.get_single_node()
        return None if node is None else _Builder(loader).build(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        raise YamlError(line, f"YAML syntax: {exc.problem or exc}") from exc
    except yaml.YAMLError as exc:
        raise YamlError(None, f"YAML: {exc}") from exc
    finally:
        loader.dispose()


class _Builder:
    """Python values from the composed nodes: what SafeConstructor makes, faster.

    Plain strings, mappings and sequences (nearly every node of a module) are built here;
    every other tag (numbers, booleans, null, dates, merge keys) goes to the safe constructor.
    An aliased node gives the same object each time, as with PyYAML.
    """

    def __init__(self, loader: Any) -> None:
        self._loader = loader
        self._built: dict[int, Any] = {}
        self._expanded = 0

    def build(self, node: yaml.Node) -> Any:
        if type(node) is yaml.ScalarNode and node.tag == _STR:
            return node.value
        key = id(node)
        if key in self._built:  # an alias: count what it repeats
            self._expanded += _size(node, set())
            if self._expanded > MAX_ALIAS_EXPANSION:
                raise YamlError(
                    node.start_mark.line + 1,
                    "aliases (*name) repeat too much data; write the values out instead",
                )
            return self._built[key]
        if type(node) is yaml.MappingNode and node.tag == _MAP:
            if any(k.tag == _MERGE for k, _ in node.value):
                return self._construct(node)
            mapping: dict[Any, Any] = {}
            self._built[key] = mapping
            for key_node, value_node in node.value:
                name = self.build(key_node)
                try:
                    repeated = name in mapping
                except TypeError:  # unhashable: a list or a mapping used as a key
                    line = key_node.start_mark.line + 1
                    raise YamlError(line, "a key must be a plain value") from None
                if repeated:
                    raise YamlError(
                        key_node.start_mark.line + 1,
                        f"key '{name}' appears twice in the same mapping",
                    )
                mapping[name] = self.build(value_node)
            return mapping
        if type(node) is yaml.SequenceNode and node.tag == _SEQ:
            sequence: list[Any] = []
            self._built[key] = sequence
            sequence.extend(self.build(item) for item in node.value)
            return sequence
        return self._construct(node)

    def _construct(self, node: yaml.Node) -> Any:
        value = self._loader.construct_object(node, deep=True)
        self._built[id(node)] = value
        return value


def _size(node: yaml.Node, open_nodes: set[int]) -> int:
    """Nodes under `node`, repeats included; a node that contains itself counts as endless."""
    if isinstance(node, yaml.ScalarNode):
        return 1
    if id(node) in open_nodes:
        return MAX_ALIAS_EXPANSION + 1
    open_nodes.add(id(node))
    children = (
        [n for pair in node.value for n in pair]
        if isinstance(node, yaml.MappingNode)
        else node.value
    )
    total = 1
    for child in children:
        total += _size(child, open_nodes)
        if total > MAX_ALIAS_EXPANSION:
            break
    open_nodes.discard(id(node))
    return total


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
