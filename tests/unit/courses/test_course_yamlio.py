"""YAML reading: the same values as PyYAML's safe loader, stricter on repeats, lines on demand."""

from __future__ import annotations

import datetime

import pytest
import yaml

from mobilaze_training.courses.yamlio import (
    LineFinder,
    YamlError,
    decode,
    format_path,
    load,
)


@pytest.mark.parametrize(
    "text",
    [
        "a: 1\nb: [1, 2.5, true, null, ~, 'x', no, 2024-01-02, 0x1F]\n",
        "title: {en: Hello, az: Salam}\nlist:\n  - {id: a, correct: true}\n  - id: b\n",
        "x: &anchor {k: v}\ny: *anchor\n",
        "base: &b {a: 1}\nd:\n  <<: *b\n  c: 2\n",
        "text: |\n  line one\n  line two\n",
        "!!set {a, b}\n",
        "- !!binary aGVsbG8=\n",
        "",
        "# only a comment\n",
        "1: one\n2.5: two\n",
    ],
)
def test_values_equal_the_safe_loader(text: str) -> None:
    assert load(text) == yaml.safe_load(text)


def test_an_alias_gives_the_same_object() -> None:
    data = load("x: &a [1, 2]\ny: *a\n")
    assert data["x"] is data["y"]


def test_dates_and_numbers_keep_their_types() -> None:
    data = load("when: 2024-01-02\nn: 3\nf: 2.5\nb: yes\n")
    assert data == {"when": datetime.date(2024, 1, 2), "n": 3, "f": 2.5, "b": True}


def test_a_key_given_twice_is_refused_at_its_second_line() -> None:
    with pytest.raises(YamlError) as caught:
        load("questions:\n  - id: q1\n    prompt: A\n    prompt: B\n")
    assert (caught.value.line, caught.value.message) == (
        4,
        "key 'prompt' appears twice in the same mapping",
    )


def test_a_list_as_key_is_refused() -> None:
    with pytest.raises(YamlError) as caught:
        load("? [1, 2]\n: x\n")
    assert (caught.value.line, caught.value.message) == (1, "a key must be a plain value")


def test_billion_laughs_is_refused() -> None:
    text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for prev, name in zip("abcdefgh", "bcdefghi", strict=True):
        text += f"{name}: &{name} [{', '.join(f'*{prev}' for _ in range(10))}]\n"
    with pytest.raises(YamlError) as caught:
        load(text)
    assert "aliases (*name) repeat too much data" in caught.value.message
    assert caught.value.line is not None and caught.value.line > 1


def test_a_few_aliases_are_fine() -> None:
    text = "a: &a [" + ", ".join(["x"] * 100) + "]\n" + "".join(f"k{i}: *a\n" for i in range(100))
    assert len(load(text)) == 101


def test_a_recursive_alias_is_refused() -> None:
    with pytest.raises(YamlError):
        load("a: &x [*x]\n")


@pytest.mark.parametrize(
    "text",
    [
        "a: b: c\n",
        "--- 1\n--- 2\n",
        "!!python/object/apply:os.system ['echo hi']\n",
        "a: !custom x\n",
    ],
)
def test_syntax_errors_and_unsafe_tags_are_yaml_errors(text: str) -> None:
    with pytest.raises(YamlError) as caught:
        load(text)
    assert caught.value.message.startswith("YAML syntax: ")
    assert caught.value.line is not None


def test_decode_refuses_other_encodings_with_the_line() -> None:
    with pytest.raises(YamlError) as caught:
        decode("one\ntwo\nthr\xe9e\n".encode("cp1252"))
    assert (caught.value.line, caught.value.message) == (
        3,
        "text is not UTF-8; save the file as UTF-8",
    )
    assert decode("\ufeffSalam, dünya".encode()) == "Salam, dünya"


def test_line_finder_follows_a_field_path() -> None:
    text = "bank: core\nquestions:\n  - id: q1\n    options:\n      - id: a\n      - id: b\n"
    finder = LineFinder(text)
    assert finder.line([]) == 1
    assert finder.line(["questions"]) == 2
    assert finder.line(["questions", 0, "options", 1]) == 6
    assert finder.line(["questions", 0, "options", 1, "id"]) == 6
    assert finder.line(["questions", 0, "missing"]) == 3  # the closest parent
    assert finder.line(["questions", 7]) == 2
    assert LineFinder("a: [").line(["a"]) is None


def test_format_path() -> None:
    assert format_path(["questions", 3, "options", 0, "id"]) == "questions[3].options[0].id"
    assert format_path([]) == ""
