"""GIFT import: Moodle's own fixtures and examples, a third-party escape test, our edge cases."""

from __future__ import annotations

import json
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


def _texts(question: dict[str, Any]) -> list[str]:
    return [o["text"] for o in question["options"]]


def _warnings(result: ImportResult, question: str) -> list[str]:
    return [w.message for w in result.warnings if w.question == question]


# -- Moodle's fixture questions.gift.txt (see gift/EXPECTED.md) ------------------------------


def test_moodle_fixture_questions(conformance: Path, load: Load) -> None:
    result = load(conformance / "gift" / "moodle_tests_fixtures_questions.gift.txt", "gift")
    questions = result.bank["questions"]
    assert len(questions) == 9  # "Importing 9 questions from file"
    assert [(q["id"], q["type"]) for q in questions] == [
        ("Q8", "essay"),
        ("Moodle-activities", "matching"),
        ("Q2", "single_choice"),
        ("colours", "multiple_choice"),
        ("Q5", "numeric"),
        ("Shortanswer", "short_answer"),
        ("Q1", "true_false"),
        ("2-08-TSL", "true_false"),
        ("2-08-TSL-2", "true_false"),  # two questions with the same name: both imported
    ]
    q = _by_id(result)
    assert q["Q8"]["prompt"] == "How are you?"  # name and text trimmed

    match = q["Moodle-activities"]
    assert match["prompt"] == "Match the activity to the description."  # [html], tags removed
    assert [(p["left"], p["right"]) for p in match["pairs"]] == [
        ("An activity supporting asynchronous discussions.", "Forum"),
        ("A teacher asks a question and specifies a choice of multiple responses.", "Choice"),
        ("A bank of record entries which participants can add to.", "Database"),
        ("A collection of web pages that anyone can add to or edit.", "Wiki"),
    ]  # each [format] prefix stripped, spaces round -> trimmed
    assert match["distractors"] == [{"id": "d1", "text": "Chat"}]  # "= -> Chat"

    q2 = q["Q2"]
    assert q2["prompt"] == "What's between orange and green in the spectrum?"
    assert _texts(q2) == ["yellow", "red", "blue"]
    assert _correct(q2) == ["yellow"]
    assert [o.get("feedback") for o in q2["options"]] == [
        "right; good!",
        "wrong, it's yellow",
        "wrong, it's yellow",
    ]
    assert _warnings(result, "Q2") == []  # exactly representable

    colours = q["colours"]
    assert _texts(colours) == ["yellow", "red", "off-beige", "blue"]
    assert _correct(colours) == ["yellow", "off-beige"]  # fractions [0.5, -1, 0.5, -1]
    assert colours["scoring"] == "partial"
    (note,) = _warnings(result, "colours")
    assert "weights approximated" in note and "b -100%" in note and "a 50%" in note

    q5 = q["Q5"]
    assert (q5["answer"], q5["tolerance"]) == (3.0, 2.0)  # {#3:2~#Completely wrong}
    # text after } (the stray '";') triggers the missing-word rule, as in Moodle
    assert q5["prompt"] == 'What is a number from 1 to 5? _____";'

    short = q["Shortanswer"]
    assert short["accept"] == {"en": ["Frog"]}  # Cat (50%) cannot be partial credit here
    assert any("Cat (50%)" in w for w in _warnings(result, "Shortanswer"))

    q1 = q["Q1"]
    assert q1["answer"] is False
    assert q1["explanation"] == "This is, of course, a Hitchiker's Guide to the Galaxy reference."
    assert any("true/false" in w for w in _warnings(result, "Q1"))  # its # feedback is dropped

    for ident in ("2-08-TSL", "2-08-TSL-2"):
        assert q[ident]["answer"] is True  # {T} and {TRUE}
        assert q[ident]["prompt"] == "TSL is blablabla."


def test_moodle_fixture_questions_in_category(conformance: Path, load: Load) -> None:
    path = conformance / "gift" / "moodle_tests_fixtures_questions_in_category.gift.txt"
    result = load(path, "gift")
    q = _by_id(result)
    assert list(q) == ["Moodle-activities", "Greeting", "Moodle-user", "Moodle-acronym"]
    assert all(x["tags"] == ["Default for New Features"] for x in q.values())  # $CATEGORY
    assert len(q["Moodle-activities"]["pairs"]) == 4
    assert q["Moodle-activities"]["distractors"][0]["text"] == "Chat"

    greeting = q["Greeting"]
    assert greeting["type"] == "single_choice"
    # \= and \: inside the HTML are unescaped; the HTML itself becomes plain text
    assert greeting["prompt"] == "Listen to this greeting:\n\nWhat language is being spoken?"
    assert _texts(greeting) == ["English", "French", "German", "Spanish"]
    assert _correct(greeting) == ["French"]
    feedback = [o["feedback"] for o in greeting["options"]]
    assert feedback == ["Sorry, listen again.", "Yes, well done!"] + ["Sorry, listen again."] * 2

    assert q["Moodle-user"]["accept"] == {"en": ["Moodler"]}  # =%100%Moodler# (empty feedback)
    assert q["Moodle-acronym"]["answer"] is True
    assert q["Moodle-acronym"]["prompt"] == (
        "Moodle is an acronym for Modular Object-Oriented Dynamic Learning Environment."
    )
    assert result.warnings == []


def test_moodle_examples(conformance: Path, load: Load) -> None:
    result = load(conformance / "gift" / "moodle_examples.txt", "gift")
    questions = result.bank["questions"]
    assert len(questions) == 43
    types = [q["type"] for q in questions]
    # counted by hand from the file: 16 one-answer and 2 multiple-answer choice questions,
    # 5 true/false, 9 short answer, 8 numeric, 3 matching
    assert {t: types.count(t) for t in set(types)} == {
        "single_choice": 16,
        "multiple_choice": 2,
        "true_false": 5,
        "short_answer": 9,
        "numeric": 8,
        "matching": 3,
    }

    first = questions[0]
    assert first["prompt"] == "Who's buried in Grant's tomb?"
    assert _correct(first) == ["no one"]
    missing = questions[1]  # Grant is {~buried =entombed ~living} in Grant's tomb.
    assert missing["prompt"] == "Grant is _____ in Grant's tomb."
    assert _correct(missing) == ["entombed"]
    assert questions[3]["accept"] == {"en": ["no one", "nobody"]}
    assert (questions[4]["answer"], questions[4]["tolerance"]) == (1822, 1)  # {#1822:1}

    pis = [q for q in questions if q["prompt"].startswith("What is the value of pi")]
    # {#3.1415:0.0005} and {#3.141..3.142} (the middle and half the range, without binary noise)
    assert [(x["answer"], x["tolerance"]) for x in pis] == [(3.1415, 0.0005)] * 2

    capitals = next(q for q in questions if q["prompt"].startswith("Match the following c"))
    assert [(p["left"], p["right"]) for p in capitals["pairs"]] == [
        ("Canada", "Ottawa"),
        ("Italy", "Rome"),
        ("Japan", "Tokyo"),
        ("India", "New Delhi"),
    ]

    q = _by_id(result)
    assert q["Kanji-Origins"]["prompt"] == "Japanese characters originally\ncame from what country?"
    assert q["Kanji-Origins"]["accept"] == {"en": ["China"]}
    hometown = q["Jesus-hometown"]  # ~%25% ~%50% and one =: one best answer
    assert hometown["type"] == "single_choice" and _correct(hometown) == ["Nazareth"]
    assert any("25%" in w and "50%" in w for w in _warnings(result, "Jesus' hometown"))

    markdown = next(q for q in questions if "**Grant's tomb**" in q["prompt"])
    assert markdown["prompt"] == "Who's buried in **Grant's tomb**?"  # [markdown] kept as is

    equals = next(q for q in questions if q["prompt"] == "Which answer equals 5?")
    assert _texts(equals) == ["= 2 + 2", "= 2 + 3", "= 2 + 4"]
    assert _correct(equals) == ["= 2 + 3"]

    control = q["GIFT-Control-Characters"]
    assert _texts(control) == ["~", "=", "#", "{", "}", "\\"]
    assert _correct(control) == ["\\"]
    assert control["options"][5]["feedback"].startswith("Correct! \\ (backslash) is not")
    assert control["options"][5]["feedback"].endswith("(as shown in this example).")

    two_people = [q for q in questions if q["prompt"].startswith("What two people")]
    assert [_correct(x) for x in two_people] == [["Grant", "Grant's wife"]] * 2
    lines = {
        w.line for w in result.warnings if w.question == "What two people are entombed in Grant's…"
    }
    assert lines == {130}  # 0/50/50/0 approximated; -50/50/50/-50 (line 136) is exact

    numerical = q["Numerical-example"]
    assert numerical["answer"] == 1822 and "tolerance" not in numerical
    assert any("1822±2 (50%)" in w for w in _warnings(result, "Numerical example"))


def test_peg_escape_all_matches_its_expected_parse(conformance: Path, load: Load) -> None:
    folder = conformance / "gift"
    result = load(folder / "GIFT-grammar-PEG_escapeAll.gift", "gift")
    (expected,) = json.loads((folder / "GIFT-grammar-PEG_escapeAll.expected.json").read_text())
    (question,) = result.bank["questions"]
    assert question["type"] == "single_choice"  # "MC" with one correct choice
    assert question["id"] == "GIFT-Control-Characters"  # from the title
    assert question["prompt"] == expected["stem"]
    got = [(o["text"], bool(o.get("correct")), o["feedback"]) for o in question["options"]]
    want = [(c["text"], c["isCorrect"], c["feedback"]) for c in expected["choices"]]
    assert got == want  # a lone "\ " followed by spaces is a literal backslash


# -- our own edge cases --------------------------------------------------------------------


def test_edge_cases(fixtures: Path, load: Load) -> None:
    result = load(fixtures / "edge_cases.gift", "gift")
    q = _by_id(result)
    assert result.bank["bank"] == "edge_cases"

    escapes = q["esc-1"]  # [id:esc\]1] in the comment names it; [tag: escapes ] is trimmed
    assert escapes["tags"] == ["escapes"]
    assert escapes["prompt"] == (
        "A \\ B \\\\ C, a ~ tilde, = equals, # hash, {braces}, line\nbreak"
    )
    assert _texts(escapes) == ["right = answer", "wrong ~ answer"]
    assert escapes["options"][0]["feedback"] == "feedback with # hash"

    pre = q["Pre-block"]  # escaped braces inside <pre>, essay, newlines of <pre> kept
    assert pre["type"] == "essay"
    assert pre["prompt"] == "What does this print?\n\nif (a) {\n    b();\n}"
    assert pre["tags"] == ["Border checks/Documents"]  # $CATEGORY: $course$/top/... applies

    tricky = q["Tricky-multi"]  # a ~%100% answer does not make it single-answer
    assert tricky["type"] == "multiple_choice" and _correct(tricky) == ["yellow"]
    exact = q["Exact-multi"]
    assert _correct(exact) == ["one", "two"] and _warnings(result, "Exact multi") == []

    assert (q["Range"]["answer"], q["Range"]["tolerance"]) == (3, 2)
    assert q["Range"]["prompt"] == "A number from 1 to 5 _____ please."
    multi = q["Multi-numeric"]
    assert multi["answer"] == 1822 and "tolerance" not in multi
    assert any("only one numeric answer" in w for w in _warnings(result, "Multi numeric"))

    general = q["General"]  # [markdown] text, ####[html] general feedback after a newline
    assert general["prompt"] == "Is **this** true?"
    assert general["explanation"] == "General feedback & more"
    assert general["answer"] is True

    assert q["Short-with-star"]["accept"] == {"en": ["Frog"]}
    assert q["Missing-word"]["prompt"] == "The capital of Azerbaijan is _____ city."
    assert q["Missing-word"]["accept"] == {"en": ["Baku", "Bakı"]}

    pairs = q["Pairs"]
    assert pairs["prompt"] == "Match these."
    assert [(p["left"], p["right"]) for p in pairs["pairs"]] == [
        ("1 + 1", "two"),
        ("**2 + 2**", "four"),
    ]
    assert pairs["distractors"] == [{"id": "d1", "text": "five"}]

    assert _correct(q["Single-two-best"]) == ["a"]
    assert any("only a is kept" in w for w in _warnings(result, "Single two best"))
    negative = _warnings(result, "Negative single")
    assert negative and "-50%" in negative[0] and "25%" in negative[0]

    assert "Only-text" not in q  # a description: skipped, with a warning naming it and its line
    (description,) = [w for w in result.warnings if w.question == "Only text"]
    assert description.line == 32 and "description" in description.message


def test_malformed_gift_lists_every_problem_with_its_line(fixtures: Path) -> None:
    with pytest.raises(ValidationFailed) as caught:
        import_questions(fixtures / "unclosed_brace.gift", "gift")
    problems = caught.value.problems
    assert [(p.line, p.field) for p in problems] == [
        (4, "question Broken"),
        (8, "question Also broken"),
        (10, "question Bad number"),
        (12, "question Unknown type"),
    ]
    assert "not closed" in problems[0].message
    assert "'ten' is not a number" in problems[2].message
    assert str(problems[0]).startswith("unclosed_brace.gift:4: question Broken: ")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("::Title without end:: x {T}\n\n::Open title {T}\n", "not closed with ::"),
        ("Two answers {=a} and {=b}\n", "more than one { } answer"),
        ("Pairs {\n=a -> b\n=c\n}\n", "=left -> right"),
        ("Choice {~a x=b y}\n", ""),
        ("Empty number {#}\n", "without a number"),
    ],
)
def test_other_malformed_gift(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "bad.gift"
    path.write_text(text, encoding="utf-8")
    if not message:  # "x=b" splits at the unescaped =: still a valid question, not an error
        result = import_questions(path, "gift")
        assert result.bank["questions"][0]["type"] == "single_choice"
        return
    with pytest.raises(ValidationFailed) as caught:
        import_questions(path, "gift")
    assert any(message in p.message for p in caught.value.problems)
    assert all(p.line is not None for p in caught.value.problems)


def test_gift_without_titles_gets_numbered_ids(tmp_path: Path, load: Load) -> None:
    path = tmp_path / "plain.gift"
    path.write_text("One? {T}\n\n::Named::Two? {F}\n\nThree? {T}\n", encoding="utf-8")
    result = load(path, "gift")
    assert [q["id"] for q in result.bank["questions"]] == ["q-0001", "Named", "q-0003"]


def test_gift_windows_line_endings_and_bom(tmp_path: Path, load: Load) -> None:
    path = tmp_path / "crlf.gift"
    path.write_bytes("\ufeff::A::Yes?{T}\r\n\r\n::B::Two plus two? {#4}\r\n".encode())
    result = load(path, "gift")
    assert [(q["id"], q["type"]) for q in result.bank["questions"]] == [
        ("A", "true_false"),
        ("B", "numeric"),
    ]
