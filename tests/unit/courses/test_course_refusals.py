"""Each refusal rule of the module format, one small change to a valid module at a time."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.unit.courses.builder import ModuleBuilder

UNKNOWN_FIELD = "unknown field (check its spelling against the module format)"


def test_the_base_module_is_valid(module: ModuleBuilder) -> None:
    loaded = module.load()
    assert loaded.manifest.id == "test-module"
    assert sorted(loaded.questions) == ["q-001", "q-002", "q-003"]
    assert loaded.lessons == {
        "intro": {"en": "# Introduction\n\nBorder checks start with the document.\n"}
    }
    assert loaded.warnings == []


# ---- format, fields and ids --------------------------------------------------------------


def test_unknown_format(module: ModuleBuilder) -> None:
    module.manifest["format"] = "mobilaze-module/2"
    assert module.messages() == ["format: input should be 'mobilaze-module/1'"]


def test_missing_format(module: ModuleBuilder) -> None:
    del module.manifest["format"]
    assert module.messages() == ["format: required field is missing"]


@pytest.mark.parametrize(
    ("where", "typo"),
    [
        ("manifest", "titel"),
        ("assessment", "pass_mark_percnt"),
        ("question", "explanaton"),
        ("option", "corect"),
    ],
)
def test_unknown_fields_are_refused(module: ModuleBuilder, where: str, typo: str) -> None:
    target, path = {
        "manifest": (module.manifest, typo),
        "assessment": (module.exam, f"assessments[0].{typo}"),
        "question": (module.questions[1], f"questions[1].{typo}"),
        "option": (module.questions[0]["options"][1], f"questions[0].options[1].{typo}"),
    }[where]
    target[typo] = True
    assert module.messages() == [f"{path}: {UNKNOWN_FIELD}"]


def test_a_misspelt_required_field_is_missing_and_unknown(module: ModuleBuilder) -> None:
    module.exam["pass_mark_percnt"] = module.exam.pop("pass_mark_percent")
    assert module.messages() == [
        "assessments[0].pass_mark_percent: required field is missing",
        f"assessments[0].pass_mark_percnt: {UNKNOWN_FIELD}",
    ]


def test_a_typo_in_a_draw_section_names_only_that_field(module: ModuleBuilder) -> None:
    module.exam["sections"][1]["form"] = module.exam["sections"][1].pop("from")
    assert module.messages() == [
        "assessments[0].sections[1].from: required field is missing",
        f"assessments[0].sections[1].form: {UNKNOWN_FIELD}",
    ]


def test_question_without_a_type_or_with_an_unknown_type(module: ModuleBuilder) -> None:
    del module.questions[1]["type"]
    module.questions[2]["type"] = "multi_choice"
    assert module.messages() == [
        "questions[1].type: required field is missing",
        "questions[2].type: unknown type 'multi_choice'; use one of: single_choice, "
        "multiple_choice, true_false, short_answer, numeric, matching, ordering, essay",
    ]


def test_invalid_module_id_and_version(module: ModuleBuilder) -> None:
    module.manifest["id"] = "Document Checks"
    module.manifest["version"] = "1.0"
    messages = module.messages()
    assert [m.split(":")[0] for m in messages] == ["id", "version"]
    assert all("should match pattern" in m for m in messages)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda m: m.manifest["lessons"].append(dict(m.manifest["lessons"][0])),
            "lessons: duplicate lesson id 'intro'",
        ),
        (
            lambda m: m.manifest["assessments"].append(dict(m.exam)),
            "assessments: duplicate assessment id 'final-exam'",
        ),
        (
            lambda m: m.questions[0]["options"].append({"id": "b", "text": "Visa"}),
            "questions[0].options: duplicate id 'b'",
        ),
    ],
    ids=["lessons", "assessments", "options"],
)
def test_duplicate_ids(
    module: ModuleBuilder, change: Callable[[ModuleBuilder], None], expected: str
) -> None:
    change(module)
    assert module.messages() == [expected]


def test_duplicate_question_ids_across_banks(module: ModuleBuilder) -> None:
    module.banks["extra"] = {"bank": "extra", "questions": [dict(module.questions[1])]}
    assert module.problems() == [
        "questions/extra.yaml:3: questions[0].id: duplicate question id 'q-002' (also in bank core)"
    ]


def test_duplicate_ids_in_matching_and_ordering(module: ModuleBuilder) -> None:
    module.questions.append(
        {
            "id": "q-match",
            "type": "matching",
            "prompt": "Match.",
            "pairs": [
                {"id": "p1", "left": "Passport", "right": "TD3"},
                {"id": "p2", "left": "Card", "right": "TD1"},
            ],
            "distractors": [{"id": "p1", "text": "TD9"}],
        }
    )
    module.questions.append(
        {
            "id": "q-order",
            "type": "ordering",
            "prompt": "Order.",
            "items": [{"id": "i1", "text": "First"}, {"id": "i1", "text": "Second"}],
        }
    )
    assert module.messages() == [
        "questions[3].pairs: duplicate id 'p1'",
        "questions[4].items: duplicate id 'i1'",
    ]


# ---- references ----------------------------------------------------------------------------


def test_a_question_in_two_sections(module: ModuleBuilder) -> None:
    module.exam["sections"].insert(1, {"questions": ["q-001"]})
    assert module.messages() == [
        "assessments[0].sections[1].questions: question 'q-001' is already in section 1"
    ]


def test_reference_to_an_unknown_question(module: ModuleBuilder) -> None:
    module.exam["sections"][0]["questions"] = ["q-001", "q-999"]
    assert module.messages() == [
        "assessments[0].sections[0].questions[1]: unknown question 'q-999'"
    ]


def test_reference_to_an_unknown_bank(module: ModuleBuilder) -> None:
    module.exam["sections"][1]["from"] = {"bank": "kore"}
    assert module.messages() == ["assessments[0].sections[1].from.bank: unknown bank 'kore'"]


def test_reference_to_an_unknown_assessment(module: ModuleBuilder) -> None:
    module.manifest["certificate"]["requires"] = ["final-exam", "final-exma"]
    assert module.messages() == ["certificate.requires[1]: unknown assessment 'final-exma'"]


def test_reference_to_a_missing_lesson_file(module: ModuleBuilder) -> None:
    module.manifest["lessons"][0]["file"] = "lessons/intro-typo"
    assert module.messages() == [
        "lessons[0].file: lesson file 'lessons/intro-typo.en.md' is missing"
    ]


def test_reference_to_a_missing_image(module: ModuleBuilder) -> None:
    module.questions[0]["image"] = "media/passport.png"
    assert module.messages() == [
        "questions[0].image: file 'media/passport.png' is not in the module"
    ]
    module.files["media/passport.png"] = b"\x89PNG\r\n\x1a\n"
    assert module.load().media == {"media/passport.png": b"\x89PNG\r\n\x1a\n"}


def test_image_path_leaving_the_module(module: ModuleBuilder) -> None:
    module.questions[0]["image"] = "../secret.png"
    assert module.messages() == [
        "questions[0].image: value error, must be a relative path inside the module, "
        "with / separators and no '..'"
    ]


def test_a_draw_needs_a_bank_or_tags(module: ModuleBuilder) -> None:
    module.exam["sections"][1]["from"] = {}
    assert module.messages() == ["assessments[0].sections[1].from: name a bank, tags, or both"]


def test_a_draw_asking_for_more_questions_than_match(module: ModuleBuilder) -> None:
    # q-001 and q-002 carry the tag; q-001 is already a fixed question, so one is left.
    module.exam["sections"][1]["draw"] = 2
    assert module.messages() == [
        "assessments[0].sections[1].draw: asks for 2 questions but only 1 match"
    ]


def test_sections_needing_more_distinct_questions_than_exist(module: ModuleBuilder) -> None:
    module.exam["sections"] = [
        {"draw": 2, "from": {"bank": "core"}},
        {"draw": 2, "from": {"bank": "core"}},
    ]
    assert module.messages() == [
        "assessments[0].sections: sections need 4 distinct questions but only 3 are available"
    ]


def test_an_assessment_needs_sections(module: ModuleBuilder) -> None:
    module.exam["sections"] = []
    assert module.messages() == [
        "assessments[0].sections: an assessment needs at least one section"
    ]


# ---- question rules ------------------------------------------------------------------------


@pytest.mark.parametrize("correct", [0, 2])
def test_single_choice_needs_exactly_one_correct_option(
    module: ModuleBuilder, correct: int
) -> None:
    for option, flag in zip(
        module.questions[0]["options"], [correct >= 1, correct >= 2], strict=True
    ):
        option["correct"] = flag
    assert module.messages() == [
        f"questions[0].options: single_choice needs exactly one correct option, found {correct}"
    ]


def test_multiple_choice_needs_a_correct_option(module: ModuleBuilder) -> None:
    for option in module.questions[2]["options"]:
        option["correct"] = False
    assert module.messages() == ["questions[2].options: multiple_choice needs a correct option"]


def test_choice_questions_need_two_options(module: ModuleBuilder) -> None:
    del module.questions[0]["options"][1]
    assert module.messages() == [
        "questions[0].options: list should have at least 2 items after validation, not 1"
    ]


@pytest.mark.parametrize("points", [0, -1])
def test_points_must_be_positive(module: ModuleBuilder, points: int) -> None:
    module.questions[1]["points"] = points
    assert module.messages() == ["questions[1].points: input should be greater than 0"]


def test_bank_name_must_equal_the_file_stem(module: ModuleBuilder) -> None:
    module.banks["core"]["bank"] = "kore"
    assert module.problems() == [
        "questions/core.yaml:1: bank: 'kore' must equal the file name 'core'"
    ]


# ---- text encoding and languages -----------------------------------------------------------


def test_non_utf8_yaml_is_refused_with_its_line(module: ModuleBuilder) -> None:
    module.files["questions/core.yaml"] = "bank: core\nquestions:\n  - id: caf\xe9\n".encode(
        "latin-1"
    )
    assert module.problems() == ["questions/core.yaml:3: text is not UTF-8; save the file as UTF-8"]


def test_non_utf8_lesson_is_refused_with_its_line(module: ModuleBuilder) -> None:
    module.files["lessons/intro.en.md"] = "# Intro\n\nStra\xdfe\n".encode("latin-1")
    assert module.problems() == ["lessons/intro.en.md:3: text is not UTF-8; save the file as UTF-8"]


def test_a_utf8_byte_order_mark_is_accepted(module: ModuleBuilder) -> None:
    module.files["lessons/intro.en.md"] = "\ufeff# Intro\n".encode()
    assert module.load().lessons["intro"]["en"] == "# Intro\n"


def test_text_missing_in_the_default_language(module: ModuleBuilder) -> None:
    module.manifest["languages"] = ["az", "en"]
    module.files["lessons/intro.az.md"] = "# Giriş\n"
    module.manifest["title"] = {"az": "Sınaq modulu", "en": "Test module"}
    module.questions[1]["prompt"] = {"en": "A data page may be laminated by hand."}
    module.manifest["lessons"][0]["title"] = {"az": "Giriş"}
    problems = module.messages()
    assert "questions[1].prompt: no text in the default language 'az'" in problems
    # a plain string is text in the default language: the other prompts are complete
    assert [p for p in problems if "default language" in p] == [
        "questions[1].prompt: no text in the default language 'az'"
    ]


def test_a_language_listed_twice(module: ModuleBuilder) -> None:
    module.manifest["languages"] = ["en", "en"]
    assert module.messages() == ["languages: a language is listed twice"]


# ---- lessons -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("markdown", "message"),
    [
        (
            "![Passport](https://example.org/p.png)",
            "remote image 'https://example.org/p.png' is not allowed; put it in media/",
        ),
        (
            "![Passport](//example.org/p.png)",
            "remote image '//example.org/p.png' is not allowed; put it in media/",
        ),
        (
            '<img alt="p" src="http://example.org/p.png">',
            "remote image 'http://example.org/p.png' is not allowed; put it in media/",
        ),
        (
            "<img src=http://example.org/p.png>",
            "remote image 'http://example.org/p.png' is not allowed; put it in media/",
        ),
        (
            "![Passport][p]\n\n[p]: https://example.org/p.png",
            "remote image 'https://example.org/p.png' is not allowed; put it in media/",
        ),
        (
            "![Passport]\n\n[passport]: data:image/png;base64,AAAA",
            "remote image 'data:image/png;base64,AAAA' is not allowed; put it in media/",
        ),
        ("<script>alert(1)</script>", "scripts and embedded objects are not allowed in lessons"),
        (
            "<iframe src='x.html'></iframe>",
            "scripts and embedded objects are not allowed in lessons",
        ),
        ("![Passport](media/missing.png)", "image 'media/missing.png' is not in the module"),
    ],
    ids=[
        "markdown",
        "protocol-relative",
        "html",
        "html-unquoted",
        "reference",
        "shortcut-reference",
        "script",
        "iframe",
        "missing-local",
    ],
)
def test_lessons_fetch_and_run_nothing(module: ModuleBuilder, markdown: str, message: str) -> None:
    module.files["lessons/intro.en.md"] = f"# Introduction\n\n{markdown}\n"
    assert module.problems() == [f"lessons/intro.en.md:3: {message}"]


def test_lesson_images_in_the_module_are_accepted(module: ModuleBuilder) -> None:
    module.files["media/page.svg"] = "<svg xmlns='http://www.w3.org/2000/svg'/>"
    module.files["lessons/intro.en.md"] = (
        '# Intro\n\n![Page](../media/page.svg)\n![Page](media/page.svg "Title")\n'
        "![Page][p]\n\n[p]: media/page.svg\n[site]: https://example.org/\n"
    )
    assert module.load().media.keys() == {"media/page.svg"}


# ---- outcomes and practical tests --------------------------------------------------------


def _practical(module: ModuleBuilder, *items: dict[str, object]) -> None:
    module.manifest["outcomes"] = [
        {"id": "lo-uv-check", "text": "Checks a data page under UV light", "level": 4},
        {
            "id": "lo-respect",
            "text": "Treats travellers with respect",
            "level": 4,
            "fundamental_rights": True,
        },
    ]
    module.manifest["assessments"].append(
        {
            "id": "booth-simulation",
            "kind": "practical",
            "title": "Simulated first-line check",
            "pass_mark_percent": 80,
            "checklist": list(items),
        }
    )


def test_a_complete_practical_test_is_valid(module: ModuleBuilder) -> None:
    _practical(
        module,
        {
            "id": "c1",
            "text": "Explains the check politely",
            "critical": True,
            "outcomes": ["lo-respect"],
        },
        {"id": "c2", "text": "Uses the UV lamp", "points": 2, "outcomes": ["lo-uv-check"]},
    )
    module.questions[0]["outcomes"] = ["lo-uv-check"]
    loaded = module.load()
    assert [item.id for item in loaded.manifest.assessments[1].checklist] == ["c1", "c2"]


def test_practical_test_must_assess_fundamental_rights(module: ModuleBuilder) -> None:
    _practical(module, {"id": "c1", "text": "Uses the UV lamp", "outcomes": ["lo-uv-check"]})
    assert module.messages() == [
        "assessments[1].checklist: fundamental-rights outcome 'lo-respect' must be assessed "
        "in every practical test"
    ]


def test_unknown_outcome_ids(module: ModuleBuilder) -> None:
    _practical(module, {"id": "c1", "text": "Is polite", "outcomes": ["lo-respect", "lo-polite"]})
    module.questions[0]["outcomes"] = ["lo-uv"]
    assert module.problems() == [
        "module.yaml:31: assessments[1].checklist[0].outcomes: unknown outcome 'lo-polite'",
        "questions/core.yaml:14: questions[0].outcomes: unknown outcome 'lo-uv'",
    ]


def test_practical_test_needs_checklist_items(module: ModuleBuilder) -> None:
    _practical(module)
    assert module.messages() == ["assessments[1].checklist: a practical test needs checklist items"]


def test_practical_test_has_no_sections_and_exams_no_checklist(module: ModuleBuilder) -> None:
    _practical(module, {"id": "c1", "text": "Is polite", "outcomes": ["lo-respect"]})
    module.manifest["assessments"][1]["sections"] = [{"questions": ["q-001"]}]
    module.exam["checklist"] = [{"id": "c1", "text": "Is polite"}]
    assert module.messages() == [
        "assessments[0].checklist: only a practical test has a checklist",
        "assessments[1].sections: a practical test is a checklist, not sections",
    ]


def test_duplicate_outcome_and_checklist_ids(module: ModuleBuilder) -> None:
    _practical(
        module,
        {"id": "c1", "text": "Is polite", "outcomes": ["lo-respect"]},
        {"id": "c1", "text": "Is kind"},
    )
    module.manifest["outcomes"].append(dict(module.manifest["outcomes"][0]))
    assert module.messages() == [
        "assessments[1].checklist: duplicate checklist item id 'c1'",
        "outcomes: duplicate outcome id 'lo-uv-check'",
    ]


def test_outcome_level_is_one_to_eight(module: ModuleBuilder) -> None:
    _practical(module, {"id": "c1", "text": "Is polite", "outcomes": ["lo-respect"]})
    module.manifest["outcomes"][0]["level"] = 9
    assert module.messages() == ["outcomes[0].level: input should be less than or equal to 8"]
