"""Moodle XML import: Moodle's fixtures, every supported type, unsafe and malformed XML."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from mobilaze_training.errors import ValidationFailed
from mobilaze_training.interop.questions import ImportResult, import_questions

Load = Callable[..., ImportResult]


def _by_id(result: ImportResult) -> dict[str, dict[str, Any]]:
    return {q["id"]: q for q in result.bank["questions"]}


def _correct(question: dict[str, Any]) -> list[str]:
    return [o["text"] for o in question["options"] if o.get("correct")]


# -- Moodle's fixtures (see moodle-xml/EXPECTED.md) ------------------------------------------


def test_nested_categories_become_tags(conformance: Path, load: Load) -> None:
    result = load(conformance / "moodle-xml" / "nested_categories_with_questions.xml", "moodle-xml")
    got = [(q["id"], q["type"], q["tags"]) for q in result.bank["questions"]]
    assert got == [
        ("Iota-Question", "true_false", ["Iota"]),
        ("Kappa-Essay-Question", "essay", ["Iota/Kappa"]),
        ("Kappa-Question", "true_false", ["Iota/Kappa"]),
        ("Lambda-Question", "true_false", ["Iota/Kappa/Lambda"]),
        ("Mu-Question", "true_false", ["Iota/Mu"]),
    ]
    q = _by_id(result)
    for name in ("Iota", "Kappa", "Lambda", "Mu"):
        question = q[f"{name}-Question"]
        assert question["answer"] is True  # <answer fraction="100"><text>true</text>
        assert question["prompt"] == f"Testing {name} Question"  # <p> from CDATA, made plain
        assert question["points"] == 1  # defaultgrade 1.0000000
    assert q["Kappa-Essay-Question"]["prompt"] == "Testing Kappa Essay Question"
    assert result.warnings == []


def test_entities_in_idnumbers_are_decoded(conformance: Path, load: Load) -> None:
    result = load(conformance / "moodle-xml" / "html_chars_in_idnumbers.xml", "moodle-xml")
    (question,) = result.bank["questions"]
    assert question["id"] == "T-F"  # idnumber "T &amp; F" -> "T & F", made an id
    assert question["tags"] == ["Alpha"]
    assert question["type"] == "true_false" and question["answer"] is True
    assert question["prompt"] == "Testing Alpha Question"


def test_cloze_is_a_warning_not_a_question(conformance: Path, load: Load) -> None:
    result = load(conformance / "moodle-xml" / "multianswer.xml", "moodle-xml")
    assert result.bank["questions"] == []
    named = [w for w in result.warnings if w.question == "cloze with images"]
    assert len(named) == 1 and named[0].line == 12 and "Cloze" in named[0].message
    assert any(w.question is None and "no question" in w.message for w in result.warnings)


def test_broken_cloze_questions_are_each_reported(conformance: Path, load: Load) -> None:
    result = load(conformance / "moodle-xml" / "broken_cloze_questions.xml", "moodle-xml")
    assert result.bank["questions"] == []  # readquestions() returns 0 questions
    reported = [(w.line, w.question) for w in result.warnings if w.question]
    assert reported == [
        (4, "Multianswer question without subquestions"),
        (20, "Multichoice subquestion without choices"),
        (36, "Multichoice subquestion with only one choice"),
        (52, "Multichoice subquestion with no completely correct answer"),
        (68, "Numerical subquestion with buggy answer"),
    ]


def test_invalid_grades_are_approximated_with_a_warning(conformance: Path, load: Load) -> None:
    """Moodle refuses fraction 33 (not one of its grades); we keep the question as a
    partial multiple choice whose positive options are correct, and say so."""
    result = load(conformance / "moodle-xml" / "error_invalid_grades.xml", "moodle-xml")
    (question,) = result.bank["questions"]
    assert question["type"] == "multiple_choice" and question["scoring"] == "partial"
    assert question["prompt"] == "Select all prime numbers :"
    assert [o["text"] for o in question["options"]] == ["1", "2", "3", "4", "5"]
    assert _correct(question) == ["2", "3", "5"]  # fractions -50, 33, 33.33333, -50, 33.33333
    (warning,) = result.warnings
    # the name comes without its tags and with its entities decoded
    assert warning.question == "Question with invalid grades : x > 1 & x < 2"
    assert warning.line == 4
    assert "weights approximated" in warning.message and "b 33%" in warning.message
    assert question["id"] == "Question-with-invalid-grades-x-1-x-2"


def test_old_image_tag_file(conformance: Path, load: Load) -> None:
    path = conformance / "moodle-xml" / "sample_questions_with_old_image_tag.xml"
    result = load(path, "moodle-xml")
    (question,) = result.bank["questions"]  # the cloze one is skipped with a warning
    assert question["id"] == "mcq-with-image"
    assert question["type"] == "single_choice"
    assert question["prompt"] == (
        'This is a multichoice question with an image in the old "image" field '
        "that was used in Moodle 1.9"
    )
    # <text> values with newlines and spaces round them are trimmed
    assert [o["text"] for o in question["options"]] == [
        "wrong answer",
        "another wrong answer",
        "right answer",
    ]
    assert _correct(question) == ["right answer"]
    assert all("feedback" not in o for o in question["options"])  # blank feedback dropped
    assert question["tags"] == ["Default for Test images in backup"]
    reported = {(w.question, w.message) for w in result.warnings}
    assert ("mcq with image", "image moodle.png not imported") in reported
    assert any(q == "cloze question with image" and "Cloze" in m for q, m in reported)


# -- our own fixtures ------------------------------------------------------------------------


def test_every_supported_type(fixtures: Path, load: Load) -> None:
    result = load(fixtures / "all_types.moodle.xml", "moodle-xml")
    q = _by_id(result)
    assert list(q) == [
        "mc-1",
        "Multiple-exact",
        "TF-false",
        "Short",
        "Numeric",
        "Match",
        "Order",
        "Essay",
        "Single-exact",
    ]
    assert all(x["tags"][0] == "Border/Documents" for x in q.values())

    single = q["mc-1"]  # named by its idnumber
    assert single["type"] == "single_choice" and single["points"] == 2
    assert single["tags"] == ["Border/Documents", "passports", "validity"]
    assert single["prompt"] == "Which document is valid?"
    assert single["explanation"] == "Check the «expiry» date."
    assert _correct(single) == ["Valid passport"]
    assert [o.get("feedback") for o in single["options"]] == ["Expired.", "Yes.", None]

    multiple = q["Multiple-exact"]  # +50/-50 weights are exactly our partial scoring
    assert multiple["type"] == "multiple_choice" and multiple["scoring"] == "partial"
    assert multiple["prompt"] == "Which are\nsecurity features?"  # auto-format keeps breaks
    assert _correct(multiple) == ["Hologram", "Watermark"]
    assert not [w for w in result.warnings if w.question == "Multiple exact"]

    assert q["TF-false"]["answer"] is False
    assert q["Short"]["accept"] == {"en": ["Baku", "Bakı"]}
    assert q["Short"]["case_sensitive"] is True  # <usecase>1</usecase>
    assert (q["Numeric"]["answer"], q["Numeric"]["tolerance"]) == (42, 0.5)
    assert [(p["left"], p["right"]) for p in q["Match"]["pairs"]] == [
        ("AZE", "Azerbaijan"),
        ("GEO", "Georgia"),
        ("TUR", "Türkiye"),
    ]
    assert q["Match"]["distractors"] == [{"id": "d1", "text": "Armenia"}]
    assert [i["text"] for i in q["Order"]["items"]] == ["Greet", "Ask for the passport", "Check"]
    assert q["Order"]["scoring"] == "all_or_nothing"
    assert q["Essay"]["rubric"] == "- greets\n- explains"
    assert q["Essay"]["prompt"] == "Describe the check.\n\n[Booth]"  # image: its alt text
    assert q["Single-exact"]["prompt"] == "Same name again"  # a second "Single exact"

    reported = {(w.question, w.message) for w in result.warnings}
    assert ("TF false", "feedback for true and false is not kept") in reported
    assert ("Numeric", "units are not kept; the answer is a bare number") in reported
    assert ("Essay", "image @@PLUGINFILE@@/booth.png not imported") in reported
    assert ("Essay", "embedded file booth.png not imported") in reported
    assert ("Intro", "a description item holds no question; skipped") in reported
    assert ("Calc", "question type 'calculated' is not supported; skipped") in reported
    lines = {w.question: w.line for w in result.warnings}
    assert (lines["Intro"], lines["Calc"], lines["Cloze"]) == (81, 86, 91)


def test_bad_values_are_errors_with_lines(fixtures: Path) -> None:
    with pytest.raises(ValidationFailed) as caught:
        import_questions(fixtures / "bad_values.moodle.xml", "moodle-xml")
    got = [(p.line, p.field, p.message) for p in caught.value.problems]
    assert got == [
        (6, "question Bad fraction", "fraction 'lots' is not a number"),
        (12, "question Bad number", "numeric answer 'ten' is not a number"),
        (14, "question No type", "a <question> without a type attribute"),
    ]


def test_malformed_xml_gives_its_line(fixtures: Path) -> None:
    with pytest.raises(ValidationFailed) as caught:
        import_questions(fixtures / "malformed.moodle.xml", "moodle-xml")
    (problem,) = caught.value.problems
    assert problem.line == 5 and "malformed XML: mismatched tag" in problem.message
    assert str(problem).startswith("malformed.moodle.xml:5: malformed XML")


def test_wrong_root_element(tmp_path: Path) -> None:
    path = tmp_path / "notquiz.xml"
    path.write_text('<?xml version="1.0"?>\n<questions/>\n', encoding="utf-8")
    with pytest.raises(ValidationFailed) as caught:
        import_questions(path, "moodle-xml")
    (problem,) = caught.value.problems
    assert problem.line == 2 and "not <quiz>" in problem.message


@pytest.mark.parametrize("name", ["xxe.xml", "billion_laughs.xml"])
def test_entity_attacks_are_refused_without_expansion(fixtures: Path, name: str) -> None:
    started = time.perf_counter()
    with pytest.raises(ValidationFailed) as caught:
        import_questions(fixtures / name, "moodle-xml")
    assert time.perf_counter() - started < 2  # refused at the declaration, nothing expanded
    (problem,) = caught.value.problems
    assert problem.line == 3  # the first <!ENTITY ...> line
    assert "entity" in problem.message and "refused" in problem.message
    assert "root:" not in str(caught.value)  # /etc/passwd was not read into anything
