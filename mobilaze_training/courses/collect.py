"""The machinery that validation runs on: the problem collector and the file readers.

`Collector` gathers every problem of a module and places it at its file and line;
the readers around it load a YAML file, parse it with a model, turn pydantic's errors
into problems with real field paths, and keep what parses of a file with problems
(`lenient`, `keep_valid`) so that one run finds all of a module's problems.
"""

from __future__ import annotations

import copy
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from mobilaze_training.courses.source import ModuleFiles
from mobilaze_training.courses.yamlio import (
    LineFinder,
    PathElem,
    YamlError,
    decode,
    format_path,
    load,
)
from mobilaze_training.errors import Problem

_M = TypeVar("_M", bound=BaseModel)
_T = TypeVar("_T")
_TYPE_ERRORS = frozenset(
    {"string_type", "dict_type", "list_type", "model_type", "model_attributes_type", "bool_type"}
)


class Collector:
    """Every problem found in one module, placed at its file and line on demand."""

    def __init__(self, files: ModuleFiles) -> None:
        self.files = files
        self.texts: dict[str, str] = {}
        self.raw: list[tuple[str, tuple[PathElem, ...], str, bool, int | None]] = []
        # When a file does not parse as a whole, the checks still run on the parts that do:
        # `positions` maps (file, list field) to the places of the items kept; `unparsed`
        # holds, by list field, the ids of items that did not parse, and `unread` the banks
        # that could not be read, so references to them are not reported as unknown.
        self.positions: dict[tuple[str, str], list[int]] = {}
        self.unparsed: defaultdict[str, set[str]] = defaultdict(set)
        self.unread: set[str] = set()

    def indexed(self, rel: str, name: str, items: Sequence[_T]) -> Iterable[tuple[int, _T]]:
        """Items with their positions in the file (not all items were kept when salvaged)."""
        kept = self.positions.get((rel, name))
        return enumerate(items) if kept is None else zip(kept, items, strict=True)

    def add(
        self,
        rel: str,
        path: Sequence[PathElem],
        message: str,
        *,
        warning: bool = False,
        line: int | None = None,
    ) -> None:
        self.raw.append((rel, tuple(path), message, warning, line))

    def has_errors(self) -> bool:
        return any(not warning for _, _, _, warning, _ in self.raw)

    def problems(self) -> list[Problem]:
        finders: dict[str, LineFinder] = {}
        out: list[Problem] = []
        for rel, path, message, warning, line in self.raw:
            if line is None and rel in self.texts:
                finder = finders.get(rel)
                if finder is None:
                    finder = finders[rel] = LineFinder(self.texts[rel])
                line = finder.line(path)
            out.append(Problem(self.files.where(rel), line, format_path(path), message, warning))
        out.sort(key=lambda p: (p.warning, p.file, p.line or 0))
        return out


def lenient(parse: Callable[[Any], _T], data: Any) -> _T:
    """`parse(data)`; when its only problems are unknown fields, `parse` of data without them.

    The unknown fields are reported all the same: leaving them out only lets the rest be
    checked, so that a typo does not hide the module's other problems.
    """
    try:
        return parse(data)
    except ValidationError as exc:
        errors = exc.errors()
        if any(err["type"] != "extra_forbidden" for err in errors):
            raise
        cleaned = copy.deepcopy(data)
        for err in errors:
            path, _value = _clean_loc(cleaned, err["loc"], err["type"])
            parent = cleaned
            for elem in path[:-1]:
                parent = parent[elem]
            if path and isinstance(parent, dict):
                parent.pop(path[-1], None)
        return parse(cleaned)


def keep_valid(
    check: Collector, rel: str, name: str, items: Any, parse: Callable[[Any], _T]
) -> list[_T]:
    """The items of a list that parse on their own; the ids of the others go to `unparsed`."""
    kept: list[_T] = []
    places: list[int] = []
    for i, item in enumerate(items if isinstance(items, list) else []):
        try:
            kept.append(lenient(parse, item))
        except ValidationError:
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                check.unparsed[name].add(item["id"])
            continue
        places.append(i)
    check.positions[(rel, name)] = places
    return kept


def read_yaml(check: Collector, rel: str) -> Any:
    data = check.files.files.get(rel)
    if data is None:
        return None
    try:
        text = decode(data)
        check.texts[rel] = text
        result = load(text)
    except YamlError as exc:
        check.texts.pop(rel, None)
        check.add(rel, [], exc.message, line=exc.line)
        return None
    if not isinstance(result, dict):
        check.add(rel, [], "must be a YAML mapping (key: value lines)", line=1)
        return None
    return result


def parse_model(check: Collector, rel: str, model: type[_M], data: Any) -> _M | None:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        _report_pydantic(check, rel, data, exc)
        return None


def _clean_loc(data: Any, loc: Sequence[PathElem], kind: str) -> tuple[list[PathElem], Any]:
    """The real field path of a pydantic error (union member names dropped), and its value."""
    cur = data
    kept: list[PathElem] = []
    for i, elem in enumerate(loc):
        found, child = _child(cur, elem)
        if found:
            cur = child
            kept.append(elem)
        elif kind == "missing" and i == len(loc) - 1:
            kept.append(elem)
            cur = None
    return kept, cur


def _child(node: Any, elem: PathElem) -> tuple[bool, Any]:
    if isinstance(node, dict) and elem in node:
        return True, node[elem]
    if isinstance(node, list) and isinstance(elem, int) and 0 <= elem < len(node):
        return True, node[elem]
    return False, None


_MESSAGES = {
    "missing": "required field is missing",
    "union_tag_not_found": "required field is missing",
    "extra_forbidden": "unknown field (check its spelling against the module format)",
}


def _report_pydantic(check: Collector, rel: str, data: Any, exc: ValidationError) -> None:
    grouped: dict[tuple[PathElem, ...], list[tuple[str, str]]] = {}
    for err in exc.errors():
        kind = err["type"]
        path, _value = _clean_loc(data, err["loc"], kind)
        msg = _MESSAGES.get(kind) or err["msg"][0].lower() + err["msg"][1:]
        ctx = err.get("ctx") or {}
        if kind in ("union_tag_not_found", "union_tag_invalid"):  # a question's `type`
            path.append(str(ctx.get("discriminator", "type")).strip("'"))
            if kind == "union_tag_invalid":
                expected = str(ctx.get("expected_tags", "")).replace("'", "")
                msg = f"unknown type '{ctx.get('tag')}'; use one of: {expected}"
        grouped.setdefault(tuple(path), []).append((kind, msg))
    paths = list(grouped)
    for where, errs in grouped.items():
        deeper = any(p[: len(where)] == where and len(p) > len(where) for p in paths)
        specific = [(k, m) for k, m in errs if k not in _TYPE_ERRORS]
        if specific:
            errs = specific
        elif deeper:
            continue  # a union branch's type complaint; the deeper error says what is wrong
        seen: list[str] = []
        for _kind, msg in errs:
            if msg not in seen:
                seen.append(msg)
        check.add(rel, list(where), " or ".join(seen) if len(seen) > 1 else seen[0])


def duplicates(ids: Iterable[str]) -> list[str]:
    return [i for i, n in Counter(ids).items() if n > 1]
