"""Aiken import: Moodle's fixtures (valid and with errors) and our own cases."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from mobilaze_training.errors import ValidationFailed
from mobilaze_training.interop.questions import ImportResult, import_questions

Load = Callable[..., ImportResult]


def _summary(question: dict[str, Any]) -> tuple[str, list[str], list[str]]:
    texts = [o["text"] for o in question["options"]]
    correct = [o["text"] for o in question["options"] if o.get("correct")]
    return question["prompt"], texts, correct


def test_moodle_fixture_questions(conformance: Path, load: Load) -> None:
    result = load(conformance / "aiken" / "moodle_tests_fixtures_questions.aiken.txt", "aiken")
    questions = result.bank["questions"]
    assert len(questions) == 2  # "Importing 2 questions from file"
    assert all(q["type"] == "single_choice" for q in questions)
    assert [q["id"] for q in questions] == ["q-0001", "q-0002"]  # Aiken has no titles
    assert _summary(questions[0]) == (
        "The Moodle project was started by:",
        ["Petr Skoda", "Martin Dougiamas", "Eloy Lafuente", "Tim Hunt"],
        ["Martin Dougiamas"],  # ANSWER: B, fractions [0, 1, 0, 0]
    )
    # plain text: < > & " survive as they are, nothing is read as HTML
    assert _summary(questions[1]) == (
        "Moodle's abilities include handling user input that includes "
        '<html class="cool"> & images:',
        ["True", "False"],
        ["True"],
    )
    assert result.warnings == []


def test_moodle_fixture_with_errors_is_refused_with_each_line(conformance: Path) -> None:
    path = conformance / "aiken" / "moodle_tests_fixtures_aiken_errors.txt"
    with pytest.raises(ValidationFailed) as caught:
        import_questions(path, "aiken")
    problems = {p.line: p for p in caught.value.problems}
    # the lines Moodle's test reports: too few answers (3), option with no question (5),
    # ANSWER with no question (7), question not completed before the next one (18)
    assert sorted(problems) == [3, 5, 7, 18]
    assert problems[3].field == "question A question with too few answers"
    assert "2 or more options, has 1" in problems[3].message
    assert "option line with no question" in problems[5].message
    assert "ANSWER: line with no question" in problems[7].message
    assert problems[18].field == "question A question started but not finished"
    assert "line 14" in problems[18].message
    assert caught.value.source == str(path)


def test_good_questions_of_the_error_fixture_are_read(conformance: Path, tmp_path: Path) -> None:
    """The two good questions of the error fixture, cut out of it, import as Moodle says,
    including the last line with no newline and options written without a space."""
    lines = (conformance / "aiken" / "moodle_tests_fixtures_aiken_errors.txt").read_text()
    good = lines.split("\n")
    path = tmp_path / "good.txt"
    path.write_text("\n".join([*good[8:12], "", *good[17:]]), encoding="utf-8")
    result = import_questions(path, "aiken")
    assert [_summary(q) for q in result.bank["questions"]] == [
        ("A good question", ["Correct", "Incorrect"], ["Correct"]),
        (
            "A second good question",
            ["Incorrect (No space)", "Correct (No space)"],
            ["Correct (No space)"],
        ),
    ]


def test_derived_three_question_version(fixtures: Path, load: Load) -> None:
    """Derived from the newer Moodle test's assertions (that fixture is not stored)."""
    result = load(fixtures / "derived_three_questions.aiken.txt", "aiken")
    questions = result.bank["questions"]
    assert len(questions) == 3
    assert _summary(questions[2]) == (
        "A third good question with HTML chars such as > < &",
        ["Correct (< > &)", "Incorrect (< > &)"],
        ["Correct (< > &)"],
    )


def test_our_problems_fixture(fixtures: Path) -> None:
    with pytest.raises(ValidationFailed) as caught:
        import_questions(fixtures / "aiken_problems.txt", "aiken")
    got = [(p.line, p.field) for p in caught.value.problems]
    assert got == [(11, "question Second"), (16, "question Third"), (18, "question Fourth")]
    messages = [p.message for p in caught.value.problems]
    assert "Z is not one of the options A, B" in messages[0]
    assert "same letter" in messages[1]
    assert "file ends" in messages[2]


def test_multi_line_question_crlf_and_lowercase_answer(tmp_path: Path, load: Load) -> None:
    path = tmp_path / "multi.txt"
    path.write_bytes(
        b"First question\r\nwith two lines\r\nA. one\r\nB. two\r\nC. three\r\nANSWER: c"
    )
    (question,) = load(path, "aiken").bank["questions"]
    assert _summary(question) == (
        "First question\nwith two lines",
        ["one", "two", "three"],
        ["three"],
    )
