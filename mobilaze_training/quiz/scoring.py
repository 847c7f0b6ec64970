"""Scoring responses to the question types of the module format (course-module-format.md).

Questions are the stored plain dicts (``model_dump(mode="json", exclude_none=True)``), already
validated; responses are untrusted JSON-ish values. Scoring never raises on a response: a
missing, empty or wrong-typed response scores 0. No pydantic here: this is the hot path.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Mapping
from decimal import ROUND_HALF_UP, Context, Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

__all__ = [
    "attempt_percent",
    "check_response",
    "correct_response",
    "is_correct",
    "normalise_short_answer",
    "parse_numeric",
    "score_question",
]

# --- short answers ---------------------------------------------------------------------------

#: Languages whose dotted and dotless i fold the Turkic way (I -> ı, İ -> i).
_TURKIC = frozenset({"az", "tr"})


def _is_turkic(lang: str | None) -> bool:
    if lang is None:
        return False
    if lang in _TURKIC:
        return True
    return lang.replace("_", "-").partition("-")[0].lower() in _TURKIC


def normalise_short_answer(text: str, lang: str | None, case_sensitive: bool = False) -> str:
    """`text` normalised for comparison: NFC, trimmed, inner white space collapsed to one
    space and, unless `case_sensitive`, case folded the way `lang` does it (Azerbaijani and
    Turkish fold ``I`` to ``ı`` and ``İ`` to ``i``)."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    text = " ".join(text.split())
    if case_sensitive:
        return text
    if _is_turkic(lang):
        text = text.replace("I", "ı").replace("İ", "i")
    folded = text.casefold()
    if not folded.isascii():
        folded = unicodedata.normalize("NFC", folded)
    return folded


@lru_cache(maxsize=8192)
def _normalised(text: str, lang: str | None, case_sensitive: bool) -> str:
    return normalise_short_answer(text, lang, case_sensitive)


# --- numbers ---------------------------------------------------------------------------------

# A sign, digits (optionally grouped by 3 with a space, NBSP, narrow NBSP or thin space), and a
# decimal point or comma. No exponents, underscores, or other separators.
_NUMBER = re.compile(
    r"(?P<sign>[+\-\u2212])?"
    r"(?:(?P<int>[0-9]{1,3}(?:[\x20\u00a0\u202f\u2009][0-9]{3})+|[0-9]+)(?:[.,](?P<frac>[0-9]*))?"
    r"|[.,](?P<frac_only>[0-9]+))"
)
_GROUP_SEPARATORS = re.compile(r"[\x20\u00a0\u202f\u2009]")


def parse_numeric(value: object) -> float | None:
    """A numeric response as a float, or None when it is not a finite number.

    Accepts int and float (not bool) and strings such as ``"3.5"``, ``"3,5"``, ``"-2"`` and
    ``"1 000,5"`` (spaces or no-break spaces between groups of three digits)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, int):
        try:
            return float(value)
        except OverflowError:
            return None
    if not isinstance(value, str):
        return None
    match = _NUMBER.fullmatch(value.strip())
    if match is None:
        return None
    sign, whole, frac, frac_only = match.group("sign", "int", "frac", "frac_only")
    if whole is None:
        literal = "0." + frac_only
    else:
        literal = _GROUP_SEPARATORS.sub("", whole) + "." + (frac or "0")
    number = float(literal)
    if not math.isfinite(number):
        return None
    return -number if sign in ("-", "\u2212") else number


# --- scoring ---------------------------------------------------------------------------------
# Each scorer returns the fraction of the points earned, in [0, 1].


def _id_list(response: object) -> list[str] | None:
    """`response` as a list of ids, or None when it is not a list/tuple of strings only."""
    if not isinstance(response, list | tuple):
        return None
    for value in response:
        if not isinstance(value, str):
            return None
    return list(response)


def _single_choice(question: Mapping[str, Any], response: object, lang: str | None) -> float:
    if not isinstance(response, str):
        return 0.0
    for option in question["options"]:
        if option["id"] == response:
            return 1.0 if option.get("correct") else 0.0
    return 0.0


def _multiple_choice(question: Mapping[str, Any], response: object, lang: str | None) -> float:
    ids = _id_list(response)
    if ids is None:
        return 0.0
    chosen = set(ids)
    correct = {o["id"] for o in question["options"] if o.get("correct")}
    if question.get("scoring") == "all_or_nothing" or not correct:
        return 1.0 if chosen == correct else 0.0
    right = len(chosen & correct)
    wrong = len(chosen) - right
    return max(0.0, (right - wrong) / len(correct))


def _true_false(question: Mapping[str, Any], response: object, lang: str | None) -> float:
    if not isinstance(response, bool):
        return 0.0
    return 1.0 if response is bool(question["answer"]) else 0.0


def _short_answer(question: Mapping[str, Any], response: object, lang: str | None) -> float:
    if not isinstance(response, str):
        return 0.0
    case_sensitive = bool(question.get("case_sensitive", False))
    accept = question["accept"]
    if isinstance(accept, Mapping):
        groups: list[tuple[str | None, Any]] = list(accept.items())
    elif lang is None:
        groups = [(None, accept), ("az", accept)]
    else:
        groups = [(lang, accept)]
    for group_lang, answers in groups:
        given = normalise_short_answer(response, group_lang, case_sensitive)
        for answer in answers:
            if _normalised(answer, group_lang, case_sensitive) == given:
                return 1.0
    return 0.0


def _numeric(question: Mapping[str, Any], response: object, lang: str | None) -> float:
    value = parse_numeric(response)
    if value is None:
        return 0.0
    answer = float(question["answer"])
    tolerance = float(question.get("tolerance", 0.0))
    return 1.0 if abs(value - answer) <= tolerance + 1e-9 * max(1.0, abs(answer)) else 0.0


def _matching(question: Mapping[str, Any], response: object, lang: str | None) -> float:
    if not isinstance(response, Mapping):
        return 0.0
    pairs = question["pairs"]
    right = 0
    for pair in pairs:
        pair_id = pair["id"]
        chosen = response.get(pair_id)
        if isinstance(chosen, str) and chosen == pair_id:
            right += 1
    if question.get("scoring") == "all_or_nothing":
        return 1.0 if right == len(pairs) else 0.0
    return right / len(pairs)


def _ordering(question: Mapping[str, Any], response: object, lang: str | None) -> float:
    ids = _id_list(response)
    if ids is None:
        return 0.0
    items = question["items"]
    right = sum(1 for item, given in zip(items, ids, strict=False) if item["id"] == given)
    if question.get("scoring") == "all_or_nothing":
        return 1.0 if right == len(items) else 0.0
    return right / len(items)


_Scorer = Callable[[Mapping[str, Any], object, str | None], float]
_SCORERS: dict[str, _Scorer] = {
    "single_choice": _single_choice,
    "multiple_choice": _multiple_choice,
    "true_false": _true_false,
    "short_answer": _short_answer,
    "numeric": _numeric,
    "matching": _matching,
    "ordering": _ordering,
}


def _fraction(question: Mapping[str, Any], response: object, lang: str | None) -> float | None:
    qtype = question["type"]
    scorer = _SCORERS.get(qtype)
    if scorer is None:
        if qtype == "essay":
            return None
        raise ValueError(f"unknown question type {qtype!r}")
    if response is None:
        return 0.0
    return scorer(question, response, lang)


def score_question(
    question: Mapping[str, Any], response: object, lang: str | None = None
) -> float | None:
    """The points `response` earns on `question` (0..points), or None for an essay, which an
    instructor grades. `lang` is the language the attempt is taken in (short answers).

    Full marks return exactly ``points``; partial scores are rounded to 6 decimals."""
    fraction = _fraction(question, response, lang)
    if fraction is None:
        return None
    points = float(question.get("points", 1.0))
    if fraction >= 1.0:
        return points
    if fraction <= 0.0:
        return 0.0
    return min(points, max(0.0, round(points * fraction, 6)))


def is_correct(
    question: Mapping[str, Any], response: object, lang: str | None = None
) -> bool | None:
    """Whether `response` earns full points on `question`; None for an essay."""
    fraction = _fraction(question, response, lang)
    return None if fraction is None else fraction >= 1.0


# --- attempt result --------------------------------------------------------------------------

_DECIMAL = Context(prec=60, rounding=ROUND_HALF_UP)
_NANO = Decimal("1e-9")
_CENT = Decimal("0.01")
_HUNDRED = Decimal(100)


def _exact(value: float) -> Decimal:
    """`value` as a decimal, with the binary noise of summed floats (1e-12 or so) rounded off."""
    try:
        number = Decimal(str(value))
        if not number.is_finite():
            raise ValueError(f"not a finite number: {value!r}")
        return number.quantize(_NANO, rounding=ROUND_HALF_UP, context=_DECIMAL)
    except InvalidOperation as exc:
        raise ValueError(f"not a number: {value!r}") from exc


def attempt_percent(score: float, max_score: float) -> Decimal:
    """100 × score / max_score, rounded half up to 2 decimals (``Decimal("0.00")`` when
    max_score is 0). Both are first rounded to 9 decimals to drop float summation noise."""
    total = _exact(max_score)
    if total <= 0:
        return Decimal("0.00")
    percent = _DECIMAL.divide(_DECIMAL.multiply(_exact(score), _HUNDRED), total)
    return percent.quantize(_CENT, rounding=ROUND_HALF_UP, context=_DECIMAL)


# --- the right answer ------------------------------------------------------------------------


def correct_response(question: Mapping[str, Any]) -> object:
    """A response that earns full points on `question` (None for an essay)."""
    qtype = question["type"]
    if qtype == "single_choice":
        return next(o["id"] for o in question["options"] if o.get("correct"))
    if qtype == "multiple_choice":
        return [o["id"] for o in question["options"] if o.get("correct")]
    if qtype == "true_false":
        return bool(question["answer"])
    if qtype == "short_answer":
        accept = question["accept"]
        answers = next(iter(accept.values())) if isinstance(accept, Mapping) else accept
        return answers[0]
    if qtype == "numeric":
        return float(question["answer"])
    if qtype == "matching":
        return {p["id"]: p["id"] for p in question["pairs"]}
    if qtype == "ordering":
        return [i["id"] for i in question["items"]]
    if qtype == "essay":
        return None
    raise ValueError(f"unknown question type {qtype!r}")


# --- well-formedness (paper-exam entry, saving answers) --------------------------------------


def _show(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return repr(value if len(value) <= 40 else value[:40] + "…")
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, Mapping):
        return "an object"
    return f"a {type(value).__name__}"


def _check_ids(response: object, known: list[str], what: str) -> str | None:
    """A list of distinct known ids; `what` is "option" or "item"."""
    if not isinstance(response, list | tuple):
        return f"expected a list of {what} ids, got {_show(response)}"
    seen: set[str] = set()
    for value in response:
        if not isinstance(value, str):
            return f"expected a list of {what} ids, but it contains {_show(value)}"
        if value not in known:
            if what == "option":
                return f"option {_show(value)} is not one of {', '.join(known)}"
            return f"item {_show(value)} is not in this question"
        if value in seen:
            return f"{what} {_show(value)} is given more than once"
        seen.add(value)
    return None


def _check_matching(question: Mapping[str, Any], response: object) -> str | None:
    if not isinstance(response, Mapping):
        return f"expected an object mapping pair ids to chosen ids, got {_show(response)}"
    pairs = [p["id"] for p in question["pairs"]]
    choices = pairs + [d["id"] for d in question.get("distractors") or []]
    for key, chosen in response.items():
        if key not in pairs:
            return f"pair {_show(key)} is not in this question"
        if chosen is None:
            continue
        if not isinstance(chosen, str):
            return f"pair {_show(key)}: expected a pair or distractor id, got {_show(chosen)}"
        if chosen not in choices:
            return f"pair {_show(key)}: {_show(chosen)} is not one of {', '.join(choices)}"
    return None


def check_response(question: Mapping[str, Any], response: object) -> str | None:
    """None when `response` is well-formed for `question` (None, unanswered, always is);
    otherwise what is wrong with it, in plain English.

    Stricter than scoring: unknown or repeated ids are reported, although scoring tolerates
    them. An ordering may list fewer items than the question has (a partial answer), a matching
    may leave pairs out or map them to None, and a numeric answer may be an empty string."""
    if response is None:
        return None
    qtype = question["type"]
    if qtype == "single_choice":
        ids = [o["id"] for o in question["options"]]
        if not isinstance(response, str):
            return f"expected one option id (one of {', '.join(ids)}), got {_show(response)}"
        if response not in ids:
            return f"option {_show(response)} is not one of {', '.join(ids)}"
        return None
    if qtype == "multiple_choice":
        return _check_ids(response, [o["id"] for o in question["options"]], "option")
    if qtype == "ordering":
        return _check_ids(response, [i["id"] for i in question["items"]], "item")
    if qtype == "true_false":
        return (
            None if isinstance(response, bool) else f"expected true or false, got {_show(response)}"
        )
    if qtype in ("short_answer", "essay"):
        return (
            None if isinstance(response, str) else f"expected a text answer, got {_show(response)}"
        )
    if qtype == "numeric":
        if parse_numeric(response) is not None or (
            isinstance(response, str) and not response.strip()
        ):
            return None
        return f"expected a number, got {_show(response)}"
    if qtype == "matching":
        return _check_matching(question, response)
    raise ValueError(f"unknown question type {qtype!r}")
