"""Scoring of every question type, the attempt percent, and response checks."""

from __future__ import annotations

import math
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter

from mobilaze_training.courses.model import Question
from mobilaze_training.quiz.scoring import (
    attempt_percent,
    check_response,
    correct_response,
    is_correct,
    normalise_short_answer,
    parse_numeric,
    score_question,
)

_QUESTION = TypeAdapter(Question)


def stored(**fields: Any) -> dict[str, Any]:
    """A question as the store keeps it: validated by the format's model, then dumped."""
    fields.setdefault("id", "q1")
    fields.setdefault("prompt", {"en": "Question?"})
    question = _QUESTION.validate_python(fields)
    dumped: dict[str, Any] = question.model_dump(mode="json", exclude_none=True)
    return dumped


def options(ids: str, correct: str) -> list[dict[str, Any]]:
    return [{"id": i, "text": f"Option {i}", "correct": i in correct} for i in ids]


SINGLE = stored(type="single_choice", points=2, options=options("abc", "a"))
MULTI = stored(type="multiple_choice", points=2, options=options("abcd", "ac"))
MULTI_THIRDS = stored(type="multiple_choice", points=1, options=options("abcd", "abc"))
MULTI_ALL = stored(
    type="multiple_choice", points=2, options=options("abcd", "ac"), scoring="all_or_nothing"
)
TRUE_FALSE = stored(type="true_false", answer=False)
SHORT_LIST = stored(type="short_answer", accept=["İstanbul", "Constantinople"])
SHORT_IGDIR = stored(type="short_answer", accept=["Iğdır"])
SHORT_BY_LANG = stored(
    type="short_answer", accept={"az": ["İstanbul"], "en": ["Istanbul"], "ru": ["Стамбул"]}
)
SHORT_RU = stored(type="short_answer", accept={"ru": ["Ёлка"]})
SHORT_CASE = stored(type="short_answer", accept=["NaCl"], case_sensitive=True)
SHORT_SPACES = stored(type="short_answer", accept=["New  York"])
NUMERIC = stored(type="numeric", answer=3.5, tolerance=0.1)
NUMERIC_EXACT = stored(type="numeric", answer=1000)
NUMERIC_NOISE = stored(type="numeric", answer=0.3)
NUMERIC_NEGATIVE = stored(type="numeric", answer=-2.5, tolerance=0.5)
NUMERIC_HUGE = stored(type="numeric", answer=1e308)
PAIRS = [{"id": f"p{i}", "left": f"L{i}", "right": f"R{i}"} for i in range(1, 5)]
DISTRACTORS = [{"id": "d1", "text": "D1"}, {"id": "d2", "text": "D2"}]
MATCHING = stored(type="matching", points=4, pairs=PAIRS, distractors=DISTRACTORS)
MATCHING_ALL = stored(type="matching", points=2, pairs=PAIRS, scoring="all_or_nothing")
MATCHING_THREE = stored(type="matching", pairs=PAIRS[:3])
MATCHING_TEN = stored(
    type="matching",
    points=3,
    pairs=[{"id": f"m{i}", "left": "l", "right": "r"} for i in range(10)],
)
ITEMS = [{"id": f"i{i}", "text": f"Step {i}"} for i in range(1, 5)]
ORDERING = stored(type="ordering", points=4, items=ITEMS)
ORDERING_ALL = stored(type="ordering", items=ITEMS, scoring="all_or_nothing")
ESSAY = stored(type="essay", points=5, rubric={"en": "Explain."})

ALL_PAIRS = {"p1": "p1", "p2": "p2", "p3": "p3", "p4": "p4"}
IN_ORDER = ["i1", "i2", "i3", "i4"]
# Wrong-typed and garbage responses no question type accepts.
GARBAGE: list[Any] = [[["a"]], [None], [{}], {"x": [1, {"y": None}]}, 1.5, object()]


# --- normalise_short_answer ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "case_sensitive", "expected"),
    [
        pytest.param("  Hello   World  ", None, False, "hello world", id="trim-collapse-fold"),
        pytest.param("a\t\n\u00a0\u3000\u2003b", "en", False, "a b", id="unicode-whitespace"),
        pytest.param("", None, False, "", id="empty"),
        pytest.param(" \u00a0 ", None, False, "", id="only-whitespace"),
        pytest.param("İSTANBUL", "az", False, "istanbul", id="az-dotted-capital-I"),
        pytest.param("ISTANBUL", "az", False, "ıstanbul", id="az-dotless-capital-I"),
        pytest.param("IĞDIR", "az", False, "ığdır", id="az-igdir-upper"),
        pytest.param("ığdır", "az", False, "ığdır", id="az-igdir-lower"),
        pytest.param("İZMİR", "tr", False, "izmir", id="tr-dotted"),
        pytest.param("İZMİR", "az-Latn", False, "izmir", id="az-with-script-subtag"),
        pytest.param("İZMİR", "AZ", False, "izmir", id="az-upper-case-tag"),
        pytest.param("I\u0307STANBUL", "az", False, "istanbul", id="az-nfd-dotted-capital"),
        pytest.param("İSTANBUL", "en", False, "i\u0307stanbul", id="en-casefold-keeps-dot"),
        pytest.param("ISTANBUL", "en", False, "istanbul", id="en-capital-I"),
        pytest.param("ISTANBUL", None, False, "istanbul", id="no-lang-capital-I"),
        pytest.param("Ёлка", "ru", False, "ёлка", id="ru-yo"),
        pytest.param("Е\u0308лка", "ru", False, "ёлка", id="ru-nfd-to-nfc"),
        pytest.param("Straße", "de", False, "strasse", id="de-casefold-sharp-s"),
        pytest.param("  Ёлка   Bakı ", "ru", True, "Ёлка Bakı", id="case-sensitive-keeps-case"),
        pytest.param("Е\u0308", None, True, "Ё", id="case-sensitive-still-nfc"),
    ],
)
def test_normalise_short_answer(
    text: str, lang: str | None, case_sensitive: bool, expected: str
) -> None:
    assert normalise_short_answer(text, lang, case_sensitive) == expected


@pytest.mark.parametrize("text", ["İ", "İSTANBUL", "I\u0307", "ıİiI"])
def test_turkic_folding_leaves_no_combining_dot(text: str) -> None:
    for lang in ("az", "tr"):
        assert "\u0307" not in normalise_short_answer(text, lang)


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(max_size=20),
    lang=st.sampled_from([None, "az", "tr", "en", "ru", "de"]),
    case_sensitive=st.booleans(),
)
def test_normalise_is_idempotent(text: str, lang: str | None, case_sensitive: bool) -> None:
    once = normalise_short_answer(text, lang, case_sensitive)
    assert normalise_short_answer(once, lang, case_sensitive) == once
    assert once == once.strip()
    assert "  " not in once


# --- parse_numeric ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param(3, 3.0, id="int"),
        pytest.param(-2, -2.0, id="negative-int"),
        pytest.param(3.5, 3.5, id="float"),
        pytest.param("3.5", 3.5, id="point"),
        pytest.param("3,5", 3.5, id="decimal-comma"),
        pytest.param("  3,5 \n", 3.5, id="surrounding-space"),
        pytest.param("-3,5", -3.5, id="negative-comma"),
        pytest.param("+7", 7.0, id="plus-sign"),
        pytest.param("\u22122", -2.0, id="unicode-minus"),
        pytest.param("1 000,5", 1000.5, id="space-thousands"),
        pytest.param("1\u00a0000\u00a0000", 1_000_000.0, id="nbsp-thousands"),
        pytest.param("12\u202f345.25", 12345.25, id="narrow-nbsp-thousands"),
        pytest.param(",5", 0.5, id="leading-comma"),
        pytest.param(".5", 0.5, id="leading-point"),
        pytest.param("5.", 5.0, id="trailing-point"),
        pytest.param("007", 7.0, id="leading-zeros"),
        pytest.param("0", 0.0, id="zero"),
        pytest.param("1000", 1000.0, id="ungrouped"),
    ],
)
def test_parse_numeric_accepts(value: object, expected: float) -> None:
    assert parse_numeric(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        pytest.param(True, id="bool-true"),
        pytest.param(False, id="bool-false"),
        pytest.param(None, id="none"),
        pytest.param("", id="empty"),
        pytest.param("   ", id="blank"),
        pytest.param("abc", id="letters"),
        pytest.param("3,5 m", id="unit"),
        pytest.param("1e3", id="exponent"),
        pytest.param("nan", id="nan-text"),
        pytest.param("inf", id="inf-text"),
        pytest.param("-Infinity", id="infinity-text"),
        pytest.param("1_000", id="underscore"),
        pytest.param("0x10", id="hex"),
        pytest.param("1,000.5", id="comma-and-point"),
        pytest.param("1.000,5", id="point-thousands"),
        pytest.param("3,5,6", id="two-commas"),
        pytest.param("12 34", id="bad-grouping"),
        pytest.param("1 0000", id="group-of-four"),
        pytest.param("1  000", id="double-space"),
        pytest.param("- 5", id="space-after-sign"),
        pytest.param("--5", id="double-sign"),
        pytest.param(",", id="comma-only"),
        pytest.param("٣", id="arabic-indic-digit"),
        pytest.param("9" * 400, id="overflows-to-inf"),
        pytest.param(float("nan"), id="float-nan"),
        pytest.param(float("inf"), id="float-inf"),
        pytest.param(-float("inf"), id="float-minus-inf"),
        pytest.param(10**400, id="int-too-big"),
        pytest.param([1], id="list"),
        pytest.param({"value": 1}, id="dict"),
        pytest.param(Decimal("1.5"), id="decimal-object"),
    ],
)
def test_parse_numeric_rejects(value: object) -> None:
    assert parse_numeric(value) is None


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=-(10**12), max_value=10**12), st.integers(0, 999))
def test_parse_numeric_grouped_with_decimal_comma(whole: int, cents: int) -> None:
    sign = "-" if whole < 0 else ""
    grouped = f"{abs(whole):,}".replace(",", "\u00a0")
    text = f"{sign}{grouped},{cents:03d}"
    expected = float(f"{whole}.{cents:03d}") if whole else float(f"{sign}0.{cents:03d}")
    assert parse_numeric(text) == expected


# --- score_question: tables per type ---------------------------------------------------------

CASES = [
    # single_choice (points 2, a is correct)
    ("sc-correct", SINGLE, "a", 2.0),
    ("sc-wrong", SINGLE, "b", 0.0),
    ("sc-unknown-id", SINGLE, "x", 0.0),
    ("sc-empty-string", SINGLE, "", 0.0),
    ("sc-none", SINGLE, None, 0.0),
    ("sc-list", SINGLE, ["a"], 0.0),
    ("sc-dict", SINGLE, {"a": True}, 0.0),
    ("sc-int", SINGLE, 1, 0.0),
    ("sc-bool", SINGLE, True, 0.0),
    ("sc-nested", SINGLE, [["a"]], 0.0),
    # multiple_choice partial (points 2, a and c are correct)
    ("mc-exact", MULTI, ["a", "c"], 2.0),
    ("mc-any-order", MULTI, ["c", "a"], 2.0),
    ("mc-tuple", MULTI, ("a", "c"), 2.0),
    ("mc-half", MULTI, ["a"], 1.0),
    ("mc-right-and-wrong-cancel", MULTI, ["a", "b"], 0.0),
    ("mc-two-right-one-wrong", MULTI, ["a", "c", "b"], 1.0),
    ("mc-only-wrong-clamped", MULTI, ["b", "d"], 0.0),
    ("mc-everything", MULTI, ["a", "b", "c", "d"], 0.0),
    ("mc-duplicate-counted-once", MULTI, ["a", "a"], 1.0),
    ("mc-duplicates-of-all", MULTI, ["a", "c", "c", "a"], 2.0),
    ("mc-unknown-id-is-wrong", MULTI, ["a", "c", "x"], 1.0),
    ("mc-unknown-cancels", MULTI, ["a", "x"], 0.0),
    ("mc-empty", MULTI, [], 0.0),
    ("mc-none", MULTI, None, 0.0),
    ("mc-string", MULTI, "a", 0.0),
    ("mc-string-of-ids", MULTI, "ac", 0.0),
    ("mc-int-elements", MULTI, [1, 2], 0.0),
    ("mc-mixed-elements", MULTI, ["a", "c", 3], 0.0),
    ("mc-nested-list", MULTI, [["a", "c"]], 0.0),
    ("mc-dict", MULTI, {"a": True, "c": True}, 0.0),
    ("mc-thirds", MULTI_THIRDS, ["a"], 0.333333),
    ("mc-two-thirds", MULTI_THIRDS, ["a", "b"], 0.666667),
    ("mc-aon-exact", MULTI_ALL, ["c", "a"], 2.0),
    ("mc-aon-duplicates", MULTI_ALL, ["a", "c", "a"], 2.0),
    ("mc-aon-subset", MULTI_ALL, ["a"], 0.0),
    ("mc-aon-superset", MULTI_ALL, ["a", "b", "c"], 0.0),
    ("mc-aon-unknown", MULTI_ALL, ["a", "c", "x"], 0.0),
    ("mc-aon-empty", MULTI_ALL, [], 0.0),
    # true_false (answer false)
    ("tf-correct", TRUE_FALSE, False, 1.0),
    ("tf-wrong", TRUE_FALSE, True, 0.0),
    ("tf-string", TRUE_FALSE, "false", 0.0),
    ("tf-zero", TRUE_FALSE, 0, 0.0),
    ("tf-none", TRUE_FALSE, None, 0.0),
    ("tf-list", TRUE_FALSE, [False], 0.0),
    # numeric (3.5 ± 0.1)
    ("num-exact", NUMERIC, 3.5, 1.0),
    ("num-int", NUMERIC_EXACT, 1000, 1.0),
    ("num-decimal-comma", NUMERIC, "3,5", 1.0),
    ("num-upper-edge", NUMERIC, "3.6", 1.0),
    ("num-lower-edge", NUMERIC, "3,4", 1.0),
    ("num-just-above", NUMERIC, "3.6000001", 0.0),
    ("num-just-below", NUMERIC, 3.3999999, 0.0),
    ("num-outside", NUMERIC, 3, 0.0),
    ("num-text", NUMERIC, "three and a half", 0.0),
    ("num-empty", NUMERIC, "", 0.0),
    ("num-bool", NUMERIC, True, 0.0),
    ("num-nan", NUMERIC, float("nan"), 0.0),
    ("num-nan-text", NUMERIC, "nan", 0.0),
    ("num-inf", NUMERIC, float("inf"), 0.0),
    ("num-list", NUMERIC, [3.5], 0.0),
    ("num-dict", NUMERIC, {"value": 3.5}, 0.0),
    ("num-none", NUMERIC, None, 0.0),
    ("num-grouped", NUMERIC_EXACT, "1 000", 1.0),
    ("num-grouped-comma-zero", NUMERIC_EXACT, "1\u00a0000,0", 1.0),
    ("num-zero-tolerance-miss", NUMERIC_EXACT, "1000,00001", 0.0),
    ("num-float-noise", NUMERIC_NOISE, 0.1 + 0.2, 1.0),
    ("num-negative", NUMERIC_NEGATIVE, "-2", 1.0),
    ("num-unicode-minus", NUMERIC_NEGATIVE, "\u22123", 1.0),
    ("num-sign-matters", NUMERIC_NEGATIVE, "2,5", 0.0),
    ("num-huge-difference-no-overflow", NUMERIC_HUGE, -1e308, 0.0),
    # matching (points 4, four pairs, two distractors)
    ("match-all", MATCHING, ALL_PAIRS, 4.0),
    ("match-distractor-chosen", MATCHING, {**ALL_PAIRS, "p4": "d1"}, 3.0),
    ("match-two-swapped", MATCHING, {**ALL_PAIRS, "p1": "p2", "p2": "p1"}, 2.0),
    ("match-one", MATCHING, {"p1": "p1"}, 1.0),
    ("match-same-right-twice", MATCHING, {"p1": "p1", "p2": "p1"}, 1.0),
    ("match-unanswered-pair", MATCHING, {"p1": "p1", "p2": None}, 1.0),
    ("match-unknown-key-ignored", MATCHING, {"p1": "p1", "p9": "p9"}, 1.0),
    ("match-unknown-choice", MATCHING, {"p1": "zz"}, 0.0),
    ("match-empty", MATCHING, {}, 0.0),
    ("match-none", MATCHING, None, 0.0),
    ("match-list-value", MATCHING, {"p1": ["p1"]}, 0.0),
    ("match-int-value", MATCHING, {"p1": 1}, 0.0),
    ("match-string", MATCHING, "p1", 0.0),
    ("match-list-of-pairs", MATCHING, [["p1", "p1"]], 0.0),
    ("match-thirds", MATCHING_THREE, {"p1": "p1"}, 0.333333),
    ("match-two-thirds", MATCHING_THREE, {"p1": "p1", "p3": "p3"}, 0.666667),
    ("match-no-float-noise", MATCHING_TEN, {"m0": "m0"}, 0.3),
    ("match-aon-all", MATCHING_ALL, ALL_PAIRS, 2.0),
    ("match-aon-one-wrong", MATCHING_ALL, {**ALL_PAIRS, "p4": "p3"}, 0.0),
    ("match-aon-one-missing", MATCHING_ALL, {"p1": "p1", "p2": "p2", "p3": "p3"}, 0.0),
    # ordering (points 4, items i1..i4)
    ("order-correct", ORDERING, IN_ORDER, 4.0),
    ("order-tuple", ORDERING, tuple(IN_ORDER), 4.0),
    ("order-first-two-swapped", ORDERING, ["i2", "i1", "i3", "i4"], 2.0),
    ("order-reversed", ORDERING, ["i4", "i3", "i2", "i1"], 0.0),
    ("order-rotated", ORDERING, ["i2", "i3", "i4", "i1"], 0.0),
    ("order-partial-list", ORDERING, ["i1"], 1.0),
    ("order-extra-trailing-id", ORDERING, [*IN_ORDER, "i5"], 4.0),
    ("order-duplicates", ORDERING, ["i1", "i1", "i1", "i1"], 1.0),
    ("order-unknown-ids", ORDERING, ["x", "i2", "y", "z"], 1.0),
    ("order-empty", ORDERING, [], 0.0),
    ("order-none", ORDERING, None, 0.0),
    ("order-string", ORDERING, "i1i2i3i4", 0.0),
    ("order-ints", ORDERING, [1, 2, 3, 4], 0.0),
    ("order-one-non-string", ORDERING, ["i1", 2, "i3", "i4"], 0.0),
    ("order-nested", ORDERING, [IN_ORDER], 0.0),
    ("order-dict", ORDERING, {"i1": 0, "i2": 1}, 0.0),
    ("order-aon-correct", ORDERING_ALL, IN_ORDER, 1.0),
    ("order-aon-one-swap", ORDERING_ALL, ["i1", "i2", "i4", "i3"], 0.0),
    ("order-aon-partial-list", ORDERING_ALL, ["i1", "i2", "i3"], 0.0),
]


@pytest.mark.parametrize(
    ("question", "response", "expected"),
    [pytest.param(q, r, e, id=name) for name, q, r, e in CASES],
)
def test_score_question(question: dict[str, Any], response: object, expected: float) -> None:
    assert score_question(question, response) == expected
    assert is_correct(question, response) is (expected == question["points"])


SHORT_CASES = [
    # accept is a list: compared under `lang`, and also under az rules when lang is None
    ("list-no-lang-az-fallback", SHORT_LIST, "istanbul", None, True),
    ("list-no-lang-upper-dotted", SHORT_LIST, "İSTANBUL", None, True),
    ("list-az-lower", SHORT_LIST, "istanbul", "az", True),
    ("list-az-upper-dotted", SHORT_LIST, "İSTANBUL", "az", True),
    ("list-az-dotless-is-other-letter", SHORT_LIST, "ISTANBUL", "az", False),
    ("list-en-keeps-dot-of-İ", SHORT_LIST, "istanbul", "en", False),
    ("list-nfd-input", SHORT_LIST, "I\u0307stanbul", "az", True),
    ("list-second-answer-spaces", SHORT_LIST, "  constantinople \t", "en", True),
    ("list-any-lang", SHORT_LIST, "CONSTANTINOPLE", "ru", True),
    ("list-wrong", SHORT_LIST, "Ankara", None, False),
    ("list-empty", SHORT_LIST, "", None, False),
    ("igdir-upper-az", SHORT_IGDIR, "IĞDIR", "az", True),
    ("igdir-lower-az", SHORT_IGDIR, "ığdır", "az", True),
    ("igdir-upper-no-lang", SHORT_IGDIR, "IĞDIR", None, True),
    ("igdir-dotted-i-is-wrong", SHORT_IGDIR, "iğdir", "az", False),
    # accept by language: each list under its own language's rules, whatever `lang` is
    ("by-lang-az-list", SHORT_BY_LANG, "İSTANBUL", "en", True),
    ("by-lang-en-list", SHORT_BY_LANG, "ISTANBUL", "az", True),
    ("by-lang-ru-list", SHORT_BY_LANG, "стамбул", None, True),
    ("by-lang-wrong", SHORT_BY_LANG, "Constantinople", None, False),
    ("ru-lower", SHORT_RU, "ёлка", None, True),
    ("ru-upper", SHORT_RU, "ЁЛКА", "ru", True),
    ("ru-nfd", SHORT_RU, "Е\u0308лка", "ru", True),
    ("ru-ye-is-not-yo", SHORT_RU, "елка", "ru", False),
    ("case-sensitive-exact", SHORT_CASE, " NaCl ", None, True),
    ("case-sensitive-wrong-case", SHORT_CASE, "nacl", None, False),
    ("inner-space-collapsed", SHORT_SPACES, "new\t\u00a0york", "en", True),
    ("inner-space-not-removed", SHORT_SPACES, "newyork", "en", False),
    ("short-none", SHORT_LIST, None, None, False),
    ("short-int", SHORT_LIST, 5, None, False),
    ("short-list", SHORT_LIST, ["istanbul"], None, False),
    ("short-dict", SHORT_LIST, {"az": "istanbul"}, None, False),
    ("short-bool", SHORT_LIST, True, "az", False),
]


@pytest.mark.parametrize(
    ("question", "response", "lang", "right"),
    [pytest.param(q, r, lang, ok, id=name) for name, q, r, lang, ok in SHORT_CASES],
)
def test_short_answer(
    question: dict[str, Any], response: object, lang: str | None, right: bool
) -> None:
    assert score_question(question, response, lang) == (1.0 if right else 0.0)
    assert is_correct(question, response, lang) is right


@pytest.mark.parametrize(
    "response", [None, "", "A long answer.", 5, ["x"]], ids=["none", "empty", "text", "int", "list"]
)
def test_essay_needs_an_instructor(response: object) -> None:
    assert score_question(ESSAY, response) is None
    assert is_correct(ESSAY, response) is None
    assert correct_response(ESSAY) is None


@pytest.mark.parametrize(
    "question",
    [SINGLE, MULTI, TRUE_FALSE, SHORT_LIST, NUMERIC, MATCHING, ORDERING],
    ids=lambda q: q["type"],
)
@pytest.mark.parametrize("response", GARBAGE, ids=lambda r: type(r).__name__)
def test_garbage_scores_zero(question: dict[str, Any], response: object) -> None:
    assert score_question(question, response, "az") == 0.0
    assert is_correct(question, response) is False


def test_full_points_are_exact_even_with_many_decimals() -> None:
    question = stored(type="ordering", points=0.1234567, items=ITEMS)
    assert score_question(question, IN_ORDER) == 0.1234567
    assert score_question(question, ["i1"]) == round(0.1234567 / 4, 6)


def test_unknown_question_type_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown question type"):
        score_question({"id": "q", "type": "drawing", "points": 1}, "x")


def test_missing_points_default_to_one() -> None:
    question = {"id": "q", "type": "true_false", "answer": True}
    assert score_question(question, True) == 1.0


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        pytest.param(SINGLE, "a", id="single_choice"),
        pytest.param(MULTI, ["a", "c"], id="multiple_choice"),
        pytest.param(TRUE_FALSE, False, id="true_false"),
        pytest.param(SHORT_LIST, "İstanbul", id="short_answer-list"),
        pytest.param(SHORT_BY_LANG, "İstanbul", id="short_answer-by-lang"),
        pytest.param(NUMERIC, 3.5, id="numeric"),
        pytest.param(MATCHING, ALL_PAIRS, id="matching"),
        pytest.param(ORDERING, IN_ORDER, id="ordering"),
        pytest.param(ESSAY, None, id="essay"),
    ],
)
def test_correct_response(question: dict[str, Any], expected: object) -> None:
    assert correct_response(question) == expected
    assert check_response(question, expected) is None


# --- attempt_percent -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("score", "max_score", "expected"),
    [
        pytest.param(2, 3, "66.67", id="two-thirds"),
        pytest.param(1, 3, "33.33", id="one-third"),
        pytest.param(1, 8, "12.50", id="one-eighth-two-decimals"),
        pytest.param(1, 800, "0.13", id="half-up-not-bankers"),
        pytest.param(0.125, 100, "0.13", id="half-up-from-float"),
        pytest.param(3, 800, "0.38", id="half-up-odd"),
        pytest.param(1.005, 100, "1.01", id="no-binary-noise-1.005"),
        pytest.param(0.01 + 0.011, 4, "0.53", id="no-summation-noise"),
        pytest.param(0.1 + 0.2, 0.6, "50.00", id="point-three-noise"),
        pytest.param(0, 10, "0.00", id="zero-score"),
        pytest.param(10, 10, "100.00", id="full"),
        pytest.param(29.5, 30, "98.33", id="thirty-questions"),
        pytest.param(5, 0, "0.00", id="zero-max"),
        pytest.param(0, 0, "0.00", id="zero-both"),
    ],
)
def test_attempt_percent(score: float, max_score: float, expected: str) -> None:
    result = attempt_percent(score, max_score)
    assert isinstance(result, Decimal)
    assert str(result) == expected


@pytest.mark.parametrize("bad", [float("nan"), float("inf")], ids=["nan", "inf"])
def test_attempt_percent_refuses_non_finite(bad: float) -> None:
    with pytest.raises(ValueError, match="finite"):
        attempt_percent(bad, 10)
    with pytest.raises(ValueError, match="finite"):
        attempt_percent(1, bad)


# --- check_response --------------------------------------------------------------------------

CHECKS = [
    ("sc-ok", SINGLE, "b", None),
    ("sc-none", SINGLE, None, None),
    ("sc-unknown", SINGLE, "x", "option 'x' is not one of a, b, c"),
    ("sc-int", SINGLE, 5, "expected one option id (one of a, b, c), got 5"),
    ("sc-list", SINGLE, ["a"], "expected one option id (one of a, b, c), got a list"),
    ("mc-ok", MULTI, ["b", "a"], None),
    ("mc-empty-ok", MULTI, [], None),
    ("mc-string", MULTI, "a", "expected a list of option ids, got 'a'"),
    ("mc-dict", MULTI, {"a": 1}, "expected a list of option ids, got an object"),
    ("mc-int-inside", MULTI, ["a", 1], "expected a list of option ids, but it contains 1"),
    ("mc-null-inside", MULTI, [None], "expected a list of option ids, but it contains null"),
    ("mc-unknown", MULTI, ["a", "x"], "option 'x' is not one of a, b, c, d"),
    ("mc-duplicate", MULTI, ["a", "c", "a"], "option 'a' is given more than once"),
    ("tf-ok", TRUE_FALSE, True, None),
    ("tf-string", TRUE_FALSE, "true", "expected true or false, got 'true'"),
    ("tf-int", TRUE_FALSE, 1, "expected true or false, got 1"),
    ("short-ok", SHORT_LIST, "anything", None),
    ("short-empty-ok", SHORT_LIST, "", None),
    ("short-int", SHORT_LIST, 5, "expected a text answer, got 5"),
    ("short-dict", SHORT_LIST, {"az": "x"}, "expected a text answer, got an object"),
    ("essay-ok", ESSAY, "Because.", None),
    ("essay-list", ESSAY, ["x"], "expected a text answer, got a list"),
    ("num-ok-comma", NUMERIC, "3,5", None),
    ("num-ok-float", NUMERIC, 2.25, None),
    ("num-ok-blank", NUMERIC, "  ", None),
    ("num-text", NUMERIC, "abc", "expected a number, got 'abc'"),
    ("num-bool", NUMERIC, True, "expected a number, got true"),
    ("num-list", NUMERIC, [1], "expected a number, got a list"),
    ("num-nan", NUMERIC, float("nan"), "expected a number, got nan"),
    ("num-long-text", NUMERIC, "x" * 60, f"expected a number, got '{'x' * 40}…'"),
    ("match-ok", MATCHING, {"p1": "d2", "p2": "p2"}, None),
    ("match-ok-unanswered", MATCHING, {"p1": None}, None),
    ("match-ok-empty", MATCHING, {}, None),
    ("match-unknown-pair", MATCHING, {"p9": "p1"}, "pair 'p9' is not in this question"),
    ("match-int-key", MATCHING, {1: "p1"}, "pair 1 is not in this question"),
    (
        "match-unknown-choice",
        MATCHING,
        {"p1": "zz"},
        "pair 'p1': 'zz' is not one of p1, p2, p3, p4, d1, d2",
    ),
    (
        "match-int-choice",
        MATCHING,
        {"p1": 3},
        "pair 'p1': expected a pair or distractor id, got 3",
    ),
    (
        "match-list",
        MATCHING,
        ["p1"],
        "expected an object mapping pair ids to chosen ids, got a list",
    ),
    ("order-ok", ORDERING, ["i2", "i1", "i3", "i4"], None),
    ("order-ok-partial", ORDERING, ["i3"], None),
    ("order-dict", ORDERING, {"i1": 1}, "expected a list of item ids, got an object"),
    ("order-unknown", ORDERING, ["i1", "z"], "item 'z' is not in this question"),
    ("order-duplicate", ORDERING, ["i1", "i1"], "item 'i1' is given more than once"),
    ("order-float-inside", ORDERING, [1.5], "expected a list of item ids, but it contains 1.5"),
]


@pytest.mark.parametrize(
    ("question", "response", "message"),
    [pytest.param(q, r, msg, id=name) for name, q, r, msg in CHECKS],
)
def test_check_response(question: dict[str, Any], response: object, message: str | None) -> None:
    assert check_response(question, response) == message


# --- properties over generated questions -----------------------------------------------------

_ids = st.from_regex(r"[A-Za-z0-9._-]{1,6}", fullmatch=True)
_points = st.sampled_from([1.0, 2.0, 0.5]) | st.floats(min_value=0.01, max_value=1000)
_langs = st.sampled_from([None, "az", "tr", "en", "ru"])
_scoring = st.sampled_from(["partial", "all_or_nothing"])
_answers = st.lists(st.text(min_size=1, max_size=12), min_size=1, max_size=3)


@st.composite
def questions(draw: st.DrawFn, qtype: str | None = None) -> dict[str, Any]:
    """A valid stored question of `qtype` (any type when None)."""
    qtype = qtype or draw(
        st.sampled_from(
            [
                "single_choice",
                "multiple_choice",
                "true_false",
                "short_answer",
                "numeric",
                "matching",
                "ordering",
                "essay",
            ]
        )
    )
    fields: dict[str, Any] = {"type": qtype, "points": draw(_points)}
    if qtype in ("single_choice", "multiple_choice"):
        ids = draw(st.lists(_ids, min_size=2, max_size=6, unique=True))
        if qtype == "single_choice":
            right = {draw(st.sampled_from(ids))}
        else:
            right = set(draw(st.lists(st.sampled_from(ids), min_size=1, unique=True)))
            fields["scoring"] = draw(_scoring)
        fields["options"] = [{"id": i, "text": "t", "correct": i in right} for i in ids]
    elif qtype == "true_false":
        fields["answer"] = draw(st.booleans())
    elif qtype == "short_answer":
        fields["accept"] = draw(
            _answers
            | st.dictionaries(st.sampled_from(["az", "tr", "en", "ru", "de"]), _answers, min_size=1)
        )
        fields["case_sensitive"] = draw(st.booleans())
    elif qtype == "numeric":
        fields["answer"] = draw(st.floats(min_value=-1e12, max_value=1e12))
        fields["tolerance"] = draw(st.sampled_from([0.0, 0.5]) | st.floats(0, 100))
    elif qtype == "matching":
        ids = draw(st.lists(_ids, min_size=2, max_size=8, unique=True))
        split = draw(st.integers(2, len(ids)))
        fields["pairs"] = [{"id": i, "left": "l", "right": "r"} for i in ids[:split]]
        fields["distractors"] = [{"id": i, "text": "d"} for i in ids[split:]]
        fields["scoring"] = draw(_scoring)
    elif qtype == "ordering":
        ids = draw(st.lists(_ids, min_size=2, max_size=6, unique=True))
        fields["items"] = [{"id": i, "text": "t"} for i in ids]
        fields["scoring"] = draw(_scoring)
    return stored(**fields)


def _known_ids(question: dict[str, Any]) -> list[str]:
    ids = [o["id"] for o in question.get("options", [])]
    ids += [p["id"] for p in question.get("pairs", [])]
    ids += [d["id"] for d in question.get("distractors", [])]
    ids += [i["id"] for i in question.get("items", [])]
    return ids or ["a"]


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=4), inner, max_size=4)
    ),
    max_leaves=12,
)


def responses(question: dict[str, Any]) -> st.SearchStrategy[object]:
    """Arbitrary JSON-ish values, plus plausible ones built from the question's own ids."""
    ids = st.sampled_from([*_known_ids(question), "zz"])
    return st.one_of(
        _json,
        ids,
        st.lists(ids, max_size=8),
        st.dictionaries(ids, ids | st.none() | _json, max_size=8),
        st.from_regex(r"[-+]?[0-9 ]{0,9}([.,][0-9]{0,4})?", fullmatch=True),
        st.just(correct_response(question)),
    )


@settings(max_examples=200, deadline=None)
@given(data=st.data(), question=questions(), lang=_langs)
def test_any_response_scores_within_bounds(
    data: st.DataObject, question: dict[str, Any], lang: str | None
) -> None:
    response = data.draw(responses(question))
    score = score_question(question, response, lang)
    right = is_correct(question, response, lang)
    problem = check_response(question, response)
    assert problem is None or isinstance(problem, str)
    if question["type"] == "essay":
        assert score is None
        assert right is None
        return
    assert score is not None
    assert 0.0 <= score <= question["points"]
    assert not math.isnan(score)
    assert right is (score == question["points"])
    assert round(score, 6) == score or score == question["points"]


@settings(max_examples=200, deadline=None)
@given(question=questions(), lang=_langs)
def test_correct_response_scores_full_points(question: dict[str, Any], lang: str | None) -> None:
    key = correct_response(question)
    assert check_response(question, key) is None
    if question["type"] == "essay":
        assert key is None
        assert score_question(question, key, lang) is None
        return
    assert score_question(question, key, lang) == question["points"]
    assert is_correct(question, key, lang) is True
    assert score_question(question, None, lang) == 0.0


@settings(max_examples=200, deadline=None)
@given(data=st.data(), question=questions("multiple_choice"))
def test_multiple_choice_matches_the_spec_formula(
    data: st.DataObject, question: dict[str, Any]
) -> None:
    ids = [o["id"] for o in question["options"]]
    chosen = data.draw(st.lists(st.sampled_from(ids), unique=True))
    assert check_response(question, chosen) is None
    correct = {o["id"] for o in question["options"] if o["correct"]}
    points = question["points"]
    if question["scoring"] == "all_or_nothing":
        expected = points if set(chosen) == correct else 0.0
    else:
        right = len(set(chosen) & correct)
        wrong = len(chosen) - right
        expected = points * max(0, right - wrong) / len(correct)
    assert score_question(question, chosen) == pytest.approx(expected, abs=1e-6)


@settings(max_examples=200, deadline=None)
@given(data=st.data(), question=questions("ordering"))
def test_ordering_counts_items_in_place(data: st.DataObject, question: dict[str, Any]) -> None:
    ids = [i["id"] for i in question["items"]]
    order = data.draw(st.permutations(ids))
    assert check_response(question, order) is None
    in_place = sum(a == b for a, b in zip(order, ids, strict=True))
    points = question["points"]
    if question["scoring"] == "all_or_nothing":
        expected = points if in_place == len(ids) else 0.0
    else:
        expected = points * in_place / len(ids)
    assert score_question(question, order) == pytest.approx(expected, abs=1e-6)
