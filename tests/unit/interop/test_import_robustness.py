"""Whatever the input, an import gives a bank that validates or a ValidationFailed with lines:
never another exception (import_questions raises RuntimeError when its bank is invalid)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mobilaze_training.errors import ValidationFailed
from mobilaze_training.interop import import_questions

_PIECES = [*"ab =~#{}:\\->%\n\t0123456789.[]/$*()", "::", "####", "[html]", "<b>", "&amp;"]
_PIECES += ["$CATEGORY:", "//", "ANSWER: ", "A) ", "B) ", "\n\n", "%50%", "%-100%", "TRUE", "\\n"]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=60).map("".join)

_WORDS = st.sampled_from(["", " ", "a", "<p>x</p>", "*", "true", "false", "1", "-2.5", "T & F"])
_FRACTION = st.sampled_from(["0", "100", "50", "-50", "33.3", "", "x"])
_ANSWER = st.builds(
    lambda f, t, fb: (
        f'<answer fraction="{f}"><text>{escape(t)}</text>'
        f"<feedback><text>{escape(fb)}</text></feedback></answer>"
    ),
    _FRACTION,
    _WORDS,
    _WORDS,
)
_SUB = st.builds(
    lambda a, b: (
        f"<subquestion><text>{escape(a)}</text><answer><text>{escape(b)}</text>"
        "</answer></subquestion>"
    ),
    _WORDS,
    _WORDS,
)
_TYPES = ["multichoice", "truefalse", "shortanswer", "numerical", "matching", "ordering", "essay"]
_QUESTION = st.builds(
    lambda kind, name, text, answers, subs, single: (
        f'<question type="{kind}"><name><text>'
        f"{escape(name)}</text></name><questiontext><text>{escape(text)}</text></questiontext>"
        f"<single>{single}</single>{''.join(answers)}{''.join(subs)}</question>"
    ),
    st.sampled_from([*_TYPES, "category", "cloze", ""]),
    _WORDS,
    _WORDS,
    st.lists(_ANSWER, max_size=4),
    st.lists(_SUB, max_size=3),
    st.sampled_from(["true", "false"]),
)
_QUIZ = st.lists(_QUESTION, max_size=3).map(lambda qs: f"<quiz>{''.join(qs)}</quiz>")
_SETTINGS = settings(
    max_examples=150, deadline=None, database=None, suppress_health_check=list(HealthCheck)
)


def _import(text: str, fmt: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "input.txt"
        path.write_text(text, encoding="utf-8")
        try:
            import_questions(path, fmt)
        except ValidationFailed as refused:
            assert refused.problems
            assert all(p.line is not None for p in refused.problems if p.message)


@_SETTINGS
@given(_TEXT)
def test_any_gift_text(text: str) -> None:
    _import(text, "gift")


@_SETTINGS
@given(_TEXT)
def test_any_aiken_text(text: str) -> None:
    _import(text, "aiken")


@_SETTINGS
@given(_QUIZ)
def test_any_moodle_xml_questions(text: str) -> None:
    _import(text, "moodle-xml")
