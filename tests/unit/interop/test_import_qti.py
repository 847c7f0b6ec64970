"""IMS QTI 2.1 import: the IMS example items and our own items for every interaction."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from mobilaze_training.errors import ValidationFailed
from mobilaze_training.interop.questions import ImportResult, import_questions

Load = Callable[..., ImportResult]


def _one(result: ImportResult) -> dict[str, Any]:
    (question,) = result.bank["questions"]
    return question


def _correct(question: dict[str, Any]) -> list[str]:
    return [o["text"] for o in question["options"] if o.get("correct")]


# -- IMS examples (conformance/qti21) --------------------------------------------------------


def test_choice_multiple_with_mapping(conformance: Path, load: Load) -> None:
    result = load(conformance / "qti21" / "choice_multiple.xml", "qti")
    question = _one(result)
    assert question["id"] == "choiceMultiple"
    assert question["type"] == "multiple_choice" and question["scoring"] == "partial"
    assert question["prompt"] == "Which of the following elements are used to form water?"
    assert [o["text"] for o in question["options"]] == [
        "Hydrogen",
        "Helium",
        "Carbon",
        "Oxygen",
        "Nitrogen",
        "Chlorine",
    ]
    assert _correct(question) == ["Hydrogen", "Oxygen"]  # correctResponse H, O
    assert question["points"] == 2  # the mapping's upperBound
    (warning,) = result.warnings
    assert warning.question == "Composition of Water" and warning.line == 2
    # H, O +1 of 2; Cl -1 of 2; unmapped choices take the defaultValue -2 of 2
    assert "a 50%, b -100%, c -100%, d 50%, e -100%, f -50%" in warning.message


def test_match_with_weighted_pairs(conformance: Path, load: Load) -> None:
    result = load(conformance / "qti21" / "match.xml", "qti")
    question = _one(result)
    assert question["type"] == "matching" and question["id"] == "match"
    assert question["prompt"] == (
        "Match the following characters to the Shakespeare play they appeared in:"
    )
    assert [(p["left"], p["right"]) for p in question["pairs"]] == [
        ("Capulet", "Romeo and Juliet"),
        ("Demetrius", "A Midsummer-Night's Dream"),
        ("Lysander", "A Midsummer-Night's Dream"),
        ("Prospero", "The Tempest"),  # the line break inside the choice is a space
    ]
    assert "distractors" not in question  # every play is someone's match
    assert question.get("scoring", "partial") == "partial"  # map_response: partial credit
    assert question["points"] == 3  # 1 + 0.5 + 0.5 + 1
    messages = [w.message for w in result.warnings]
    assert any("weights approximated" in m and "D M 16.67%" in m for m in messages)
    assert any("A Midsummer-Night's Dream" in m and "several" in m for m in messages)


def test_text_entry_with_mapping(conformance: Path, load: Load) -> None:
    result = load(conformance / "qti21" / "text_entry.xml", "qti")
    question = _one(result)
    assert question["type"] == "short_answer" and question["id"] == "textEntry"
    assert question["accept"] == {"en": ["York"]}
    assert question["case_sensitive"] is True  # "york" is worth only half in the source
    assert "Made glorious summer by this sun of _____;" in question["prompt"]
    assert question["prompt"].startswith("Identify the missing word in this famous quote")
    assert question["prompt"].endswith("In the deep bosom of the ocean buried.")
    (warning,) = result.warnings
    assert warning.message == "partial-credit answers dropped: york (50%)"


def test_extended_text_is_an_essay(conformance: Path, load: Load) -> None:
    result = load(conformance / "qti21" / "extended_text.xml", "qti")
    question = _one(result)
    assert question["type"] == "essay" and question["id"] == "extendedText"
    prompt = question["prompt"]
    assert prompt.startswith("Read this postcard from your English pen-friend, Sam.")
    # the object's text alternative (the postcard) is kept, the PNG is not
    assert "Where do you go in the evenings?" in prompt
    assert prompt.endswith("Write Sam a postcard. Answer the questions. Write 25-35 words.")
    (warning,) = result.warnings
    assert warning.question == "Writing a Postcard"
    assert "images/postcard.png" in warning.message


# -- our own items ---------------------------------------------------------------------------


def test_single_choice_match_correct(fixtures: Path, load: Load) -> None:
    result = load(fixtures / "qti_single_choice.xml", "qti")
    question = _one(result)
    assert question["id"] == "visa-1" and question["type"] == "single_choice"
    assert question["prompt"] == "Look at the sticker. [A visa sticker]\n\nWhich visa is it?"
    assert _correct(question) == ["Short stay"]
    messages = {w.message for w in result.warnings}
    assert messages == {
        "feedbackBlock is not kept",
        "image images/visa.png not imported; its alt text kept",
    }


def test_multiple_choice_match_correct_is_all_or_nothing(fixtures: Path, load: Load) -> None:
    result = load(fixtures / "qti_multiple_all_or_nothing.xml", "qti")
    question = _one(result)
    assert question["type"] == "multiple_choice"
    assert question["scoring"] == "all_or_nothing"
    assert _correct(question) == ["Hologram", "Watermark"]
    assert result.warnings == []


def test_order(fixtures: Path, load: Load) -> None:
    result = load(fixtures / "qti_order.xml", "qti")
    question = _one(result)
    assert question["type"] == "ordering" and question["scoring"] == "all_or_nothing"
    assert [i["text"] for i in question["items"]] == [
        "Greet",
        "Ask for the document",
        "Check the document",
    ]
    (warning,) = result.warnings
    assert warning.message == "items outside the correct order dropped: Shout"


def test_associate_becomes_matching(fixtures: Path, load: Load) -> None:
    result = load(fixtures / "qti_associate.xml", "qti")
    question = _one(result)
    assert [(p["left"], p["right"]) for p in question["pairs"]] == [
        ("Baku", "Azerbaijan"),
        ("Tbilisi", "Georgia"),
    ]
    assert question["distractors"] == [{"id": "d1", "text": "Armenia"}]
    assert question["scoring"] == "all_or_nothing"
    assert "associate" in result.warnings[0].message


def test_integer_text_entry_is_numeric(fixtures: Path, load: Load) -> None:
    question = _one(load(fixtures / "qti_numeric_entry.xml", "qti"))
    assert question["type"] == "numeric" and question["answer"] == 90
    assert question["prompt"] == "A short stay lasts at most _____ days in any 180."


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("qti_two_interactions.xml", "2 interactions in one item are not supported; skipped"),
        ("qti_hotspot.xml", "hotspotInteraction is not supported; skipped"),
    ],
)
def test_unsupported_items_are_warnings(
    fixtures: Path, load: Load, name: str, message: str
) -> None:
    result = load(fixtures / name, "qti")
    assert result.bank["questions"] == []
    assert result.warnings[0].message == message and result.warnings[0].line == 2


def test_qti_1_2_is_refused(fixtures: Path) -> None:
    with pytest.raises(ValidationFailed) as caught:
        import_questions(fixtures / "qti12.xml", "qti")
    (problem,) = caught.value.problems
    assert problem.line == 2 and "QTI 1.2" in problem.message


def test_external_entity_is_refused(fixtures: Path) -> None:
    with pytest.raises(ValidationFailed) as caught:
        import_questions(fixtures / "qti_xxe.xml", "qti")
    (problem,) = caught.value.problems
    assert problem.line == 2 and "entity" in problem.message


def test_billion_laughs_is_refused_as_qti(fixtures: Path) -> None:
    with pytest.raises(ValidationFailed) as caught:
        import_questions(fixtures / "billion_laughs.xml", "qti")
    assert "billion laughs" in caught.value.problems[0].message
