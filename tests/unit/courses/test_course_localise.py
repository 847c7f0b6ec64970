"""The localisation fallback: requested language, then the module's default, English, any."""

from __future__ import annotations

import pytest

from mobilaze_training.courses.localise import pick, pick_lang

TEXT = {"az": "Salam", "en": "Hello", "ru": "Привет"}


@pytest.mark.parametrize(
    ("text", "lang", "default", "expected"),
    [
        (TEXT, "ru", "az", "Привет"),  # the requested language
        ({"az": "Salam", "en": "Hello"}, "ru", "az", "Salam"),  # then the module's default
        ({"en": "Hello", "ru": "Привет"}, "tr", "az", "Hello"),  # then English
        ({"ru": "Привет", "az": "Salam"}, "tr", "de", "Привет"),  # then the first present
        ({"az": "", "en": "Hello"}, "az", "az", "Hello"),  # an empty text counts as missing
        ("Plain text", "ru", "az", "Plain text"),  # a plain string is every language's text
        ({}, "ru", "az", ""),
        (None, "ru", "az", ""),
    ],
)
def test_pick(text: dict[str, str] | str | None, lang: str, default: str, expected: str) -> None:
    assert pick(text, lang, default) == expected


def test_pick_defaults_to_english_as_the_module_default() -> None:
    assert pick({"ru": "Привет", "en": "Hello"}, "az") == "Hello"


@pytest.mark.parametrize(
    ("available", "lang", "default", "expected"),
    [
        (["az", "en", "ru"], "ru", "az", "ru"),
        (["az", "en"], "ru", "az", "az"),
        (["en", "ru"], "tr", "az", "en"),
        (["ru", "az"], "tr", "de", "ru"),
        ([], "ru", "az", None),
    ],
)
def test_pick_lang(available: list[str], lang: str, default: str, expected: str | None) -> None:
    assert pick_lang(available, lang, default) == expected
