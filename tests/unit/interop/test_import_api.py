"""The import API: bank names, ids, warnings, YAML output, refusals; every file's bank validates."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from mobilaze_training.courses.model import Bank
from mobilaze_training.errors import InvalidInput, ValidationFailed
from mobilaze_training.interop import FORMATS, ImportWarning, bank_to_yaml, import_questions
from mobilaze_training.interop.htmltext import convert, html_to_text
from mobilaze_training.interop.questions import ImportResult

Load = Callable[..., ImportResult]
_FOLDER_FORMAT = {"gift": "gift", "moodle-xml": "moodle-xml", "aiken": "aiken", "qti21": "qti"}
# files that are malformed on purpose: refused, with line-numbered problems
_REFUSED = {"moodle_tests_fixtures_aiken_errors.txt"}


def _gift(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_every_conformance_file(conformance: Path, load: Load) -> None:
    """Each question file in the shared folder imports to a valid bank, or is refused with
    line-numbered problems when it is malformed on purpose."""
    seen = 0
    for folder, fmt in _FOLDER_FORMAT.items():
        for path in sorted((conformance / folder).iterdir()):
            if path.suffix in (".md", ".json"):
                continue
            seen += 1
            if path.name in _REFUSED:
                with pytest.raises(ValidationFailed) as caught:
                    import_questions(path, fmt)
                assert all(p.line for p in caught.value.problems)
                continue
            result = load(path, fmt)
            assert all(isinstance(w, ImportWarning) for w in result.warnings)
            assert result.source == str(path)
    assert seen >= 16  # 4 GIFT, 6 Moodle XML, 2 Aiken, 4 QTI when this was written


def test_formats() -> None:
    assert FORMATS == ("gift", "moodle-xml", "aiken", "qti")


def test_bank_name_from_the_file_stem(tmp_path: Path) -> None:
    cases = {
        "core.gift": "core",
        "My bank (v2)!.gift": "My-bank-v2",
        "Qüvvə sualları.gift": "Quvv-suallar",
        "¡¡¡.gift": "imported",
        ("x" * 80) + ".gift": "x" * 64,
    }
    for file_name, bank in cases.items():
        path = _gift(tmp_path, file_name, "Yes? {T}\n")
        assert import_questions(path, "gift").bank["bank"] == bank


def test_bank_name_given(tmp_path: Path) -> None:
    path = _gift(tmp_path, "x.gift", "Yes? {T}\n")
    assert import_questions(path, "gift", bank_name="core").bank["bank"] == "core"
    with pytest.raises(InvalidInput, match="bank name"):
        import_questions(path, "gift", bank_name="no spaces")


def test_refused_arguments(tmp_path: Path) -> None:
    path = _gift(tmp_path, "x.gift", "Yes? {T}\n")
    with pytest.raises(InvalidInput, match="unknown question format"):
        import_questions(path, "csv")
    with pytest.raises(InvalidInput, match="language"):
        import_questions(path, "gift", language="English")
    with pytest.raises(InvalidInput, match="cannot read"):
        import_questions(tmp_path / "missing.gift", "gift")


def test_language_keys_short_answers(tmp_path: Path, load: Load) -> None:
    path = _gift(tmp_path, "az.gift", "::Paytaxt::Azərbaycanın paytaxtı? {=Bakı}\n")
    (question,) = load(path, "gift", language="az").bank["questions"]
    assert question["accept"] == {"az": ["Bakı"]}
    assert question["prompt"] == "Azərbaycanın paytaxtı?"


def test_ids_are_sanitised_and_unique(tmp_path: Path, load: Load) -> None:
    text = "".join(
        f"::{title}::Q{n}? {{T}}\n\n"
        for n, title in enumerate(["Same", "Same", "Same", "Çek/Check #1", "Вопрос", "a" * 90])
    )
    result = load(_gift(tmp_path, "ids.gift", text), "gift")
    assert [q["id"] for q in result.bank["questions"]] == [
        "Same",
        "Same-2",
        "Same-3",
        "Cek-Check-1",
        "q-0005",  # nothing usable left of the title
        "a" * 64,
    ]


def test_not_utf8_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "latin1.gift"
    path.write_bytes("One? {T}\n\nCafé? {T}\n".encode("latin-1"))
    with pytest.raises(ValidationFailed) as caught:
        import_questions(path, "gift")
    (problem,) = caught.value.problems
    assert problem.line == 3 and "UTF-8" in problem.message
    assert caught.value.source == str(path)


def test_warning_text() -> None:
    assert str(ImportWarning(7, "Q1", "feedback dropped", "bank.gift")) == (
        "bank.gift:7: question Q1: feedback dropped"
    )
    assert str(ImportWarning(None, None, "nothing imported", "bank.gift")) == (
        "bank.gift: nothing imported"
    )
    assert str(ImportWarning(3, None, "odd")) == "line 3: odd"


def test_warnings_name_their_file(fixtures: Path) -> None:
    result = import_questions(fixtures / "edge_cases.gift", "gift")
    assert str(result.warnings[0]).startswith("edge_cases.gift:15: question Tricky multi: ")


def test_an_empty_file_gives_an_empty_bank_and_a_warning(tmp_path: Path, load: Load) -> None:
    result = load(_gift(tmp_path, "empty.gift", "// only a comment\n"), "gift")
    assert result.bank == {"bank": "empty", "questions": []}
    assert [w.message for w in result.warnings] == ["no question could be imported"]


def test_yaml_round_trip_keeps_order_and_unicode(fixtures: Path) -> None:
    result = import_questions(fixtures / "all_types.moodle.xml", "moodle-xml")
    text = bank_to_yaml(result.bank)
    assert text.startswith("bank: all_types.moodle\nquestions:\n- id: mc-1\n  type: single_choice")
    assert "Türkiye" in text and "Bakı" in text  # written as UTF-8, not escaped
    assert yaml.safe_load(text) == result.bank
    Bank.model_validate(yaml.safe_load(text))


def test_yaml_quotes_what_yaml_would_misread() -> None:
    bank = {
        "bank": "b",
        "questions": [
            {
                "id": "q",
                "type": "short_answer",
                "prompt": "yes",
                "accept": ["no", "1e3", "on", "~", "- x", "#", "a: b", "\ttab", "line\nbreak"],
            }
        ],
    }
    assert yaml.safe_load(bank_to_yaml(bank)) == bank


def test_html_to_text() -> None:
    text, images = html_to_text(
        "<p>One <b>bold</b>&nbsp;&amp; <i>it</i></p><ul><li>a</li><li>b</li></ul>"
        '<ol><li>x</li><li>y</li></ol><p>img <img src="a.png" alt="Alt"> end<br>next</p>'
        "<script>alert(1)</script><table><tr><td>1</td><td>2</td></tr></table>"
    )
    assert text == "One bold & it\n\n- a\n- b\n\n1. x\n2. y\n\nimg [Alt] end\nnext\n\n1 | 2"
    assert images == ["a.png"]


def test_text_formats() -> None:
    assert convert("a  <b>b</b>", "html") == ("a b", [])
    assert convert("line one\nline two", "moodle") == ("line one\nline two", [])
    assert convert("x <br> y", "moodle") == ("x\ny", [])  # auto-format may hold HTML
    assert convert("5 < 6 & 7 > 2", "moodle") == ("5 < 6 & 7 > 2", [])  # no tag: plain
    assert convert("<b>kept</b>", "plain") == ("<b>kept</b>", [])
    assert convert("**kept**\n\n- list", "markdown") == ("**kept**\n\n- list", [])
