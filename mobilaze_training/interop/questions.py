"""Import questions written for other systems (GIFT, Moodle XML, Aiken, QTI 2.1) as a bank.

The bank is a dict in the standard format ({"bank": name, "questions": [...]}) that
`Bank.model_validate` accepts; its texts are plain strings (HTML is turned into plain text, see
htmltext.py). What the bank cannot hold exactly is kept as close as it can be and reported as
an ImportWarning naming the question and line; a malformed file raises ValidationFailed with
every problem found, each with its line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from mobilaze_training.courses.model import Bank
from mobilaze_training.errors import InvalidInput, Problem, ValidationFailed
from mobilaze_training.interop.aiken import read_aiken
from mobilaze_training.interop.common import ID_RE, BankBuilder, ImportWarning, sanitise_id
from mobilaze_training.interop.gift import read_gift
from mobilaze_training.interop.moodle_xml import read_moodle_xml
from mobilaze_training.interop.qti import read_qti
from mobilaze_training.interop.xmlsafe import parse_xml

try:  # the C dumper is faster; fall back when libyaml is absent
    from yaml import CSafeDumper as SafeDumper
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeDumper  # type: ignore[assignment]

__all__ = ["FORMATS", "ImportResult", "ImportWarning", "bank_to_yaml", "import_questions"]

FORMATS = ("gift", "moodle-xml", "aiken", "qti")
_LANG_RE = re.compile(r"^[a-z]{2,3}$")
MAX_BYTES = 50 * 1024 * 1024


@dataclass
class ImportResult:
    bank: dict[str, Any]
    warnings: list[ImportWarning]
    source: str


def _text(data: bytes, source: str) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ValidationFailed(
            source, [Problem(source, line, "", "the text is not UTF-8; save the file as UTF-8")]
        ) from None
    return text.removeprefix("\ufeff")


def _read_text(reader: Callable[[str, BankBuilder], None]) -> Callable[[bytes, BankBuilder], None]:
    def read(data: bytes, builder: BankBuilder) -> None:
        reader(_text(data, builder.file), builder)

    return read


def _read_xml(reader: Callable[[Any, BankBuilder], None]) -> Callable[[bytes, BankBuilder], None]:
    def read(data: bytes, builder: BankBuilder) -> None:
        reader(parse_xml(data, builder.file), builder)

    return read


_READERS: dict[str, Callable[[bytes, BankBuilder], None]] = {
    "gift": _read_text(read_gift),
    "aiken": _read_text(read_aiken),
    "moodle-xml": _read_xml(read_moodle_xml),
    "qti": _read_xml(read_qti),
}


def default_bank_name(path: Path) -> str:
    """The file's stem made into a bank id (^[A-Za-z0-9._-]{1,64}$)."""
    return sanitise_id(path.stem) or "imported"


def import_questions(
    path: Path, fmt: str, bank_name: str | None = None, language: str = "en"
) -> ImportResult:
    """Read `path` in format `fmt` (gift, moodle-xml, aiken, qti) into a validated bank dict."""
    if fmt not in _READERS:
        raise InvalidInput(f"unknown question format {fmt!r}; use one of: {', '.join(FORMATS)}")
    name = default_bank_name(path) if bank_name is None else bank_name
    if not ID_RE.match(name):
        raise InvalidInput(f"bank name {name!r} must be 1-64 letters, digits, '.', '_' or '-'")
    if not _LANG_RE.match(language):
        raise InvalidInput(f"language {language!r} must be a 2 or 3 letter code such as 'en'")
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InvalidInput(f"{source}: the file is larger than {MAX_BYTES // 2**20} MB")
        data = path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"{source}: cannot read the file ({exc.strerror or exc})") from None
    builder = BankBuilder(file=path.name, language=language)
    try:
        _READERS[fmt](data, builder)
    except ValidationFailed as exc:  # refused while reading: report it against the full path
        raise ValidationFailed(source, exc.problems) from None
    if builder.problems:
        raise ValidationFailed(source, builder.problems)
    if not builder.questions:
        builder.warn(None, None, "no question could be imported")
    bank: dict[str, Any] = {"bank": name, "questions": builder.questions}
    try:
        Bank.model_validate(bank)
    except ValidationError as exc:  # pragma: no cover - a bug in an importer, not in the file
        raise RuntimeError(
            f"internal error: the bank imported from {source} is invalid: {exc}"
        ) from exc
    return ImportResult(bank=bank, warnings=builder.warnings, source=source)


def bank_to_yaml(bank: dict[str, Any]) -> str:
    """The bank as UTF-8 YAML text (keys in their order) that loads back to the same dict."""
    return yaml.dump(
        bank,
        Dumper=SafeDumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=1_000_000,
    )
