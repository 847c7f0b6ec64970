"""How validation reports: every problem at once, each as `file:line: field.path: message`."""

from __future__ import annotations

import textwrap

from mobilaze_training.errors import Problem
from tests.unit.courses.builder import ModuleBuilder

MANIFEST = """\
format: mobilaze-module/1
id: report-demo
version: 1.0.0
languages: [en, az]
title: {en: Report demo, az: Hesabat nümunəsi}
lessons:
  - id: intro
    title: {en: Introduction, az: Giriş}
    file: lessons/intro
assessments:
  - id: final-exam
    title: {en: Final examination, az: Yekun imtahan}
    kind: exam
    pass_mark_percent: 70
    shuffle_questoins: true
    sections:
      - questions: [q-001, q-404]
      - draw: 1
        from: {bank: core}
certificate:
  requires: [final-exam]
"""

CORE = """\
bank: core
questions:
  - id: q-001
    type: single_choice
    prompt: {en: Which document has a TD3 zone?, az: Hansı sənəddə TD3 zonası var?}
    options:
      - {id: a, text: {en: Passport, az: Pasport}, correct: true}
      - {id: b, text: {en: Identity card, az: Şəxsiyyət vəsiqəsi}, correct: true}
  - id: q-002
    type: true_false
    prompt: {en: A data page may be laminated by hand., az: Səhifə əllə laminasiya oluna bilər.}
    answer: false
"""

EXTRA = """\
bank: extras
questions:
  - id: q-003
    type: numeric
    prompt: {en: How many lines has a TD3 zone?, az: TD3 zonasında neçə sətir var?}
    answer: 2
"""

LESSON = "# Introduction\n\nLook at the page:\n\n![Page](https://example.org/page.png)\n"


def _broken(module: ModuleBuilder) -> ModuleBuilder:
    """Five independent mistakes in four files."""
    module.files |= {
        "module.yaml": MANIFEST,
        "questions/core.yaml": CORE,
        "questions/extra.yaml": EXTRA,
        "lessons/intro.en.md": LESSON,
        "lessons/intro.az.md": "# Giriş\n",
    }
    return module


def test_every_problem_is_reported_at_once_with_file_line_and_field(
    module: ModuleBuilder,
) -> None:
    assert _broken(module).problems() == [
        "lessons/intro.en.md:5: remote image 'https://example.org/page.png' is not allowed; "
        "put it in media/",
        "module.yaml:15: assessments[0].shuffle_questoins: unknown field "
        "(check its spelling against the module format)",
        "module.yaml:17: assessments[0].sections[0].questions[1]: unknown question 'q-404'",
        "questions/core.yaml:6: questions[0].options: single_choice needs exactly one correct "
        "option, found 2",
        "questions/extra.yaml:1: bank: 'extras' must equal the file name 'extra'",
    ]


def test_the_summary_counts_errors_and_says_nothing_was_stored(module: ModuleBuilder) -> None:
    refusal = _broken(module).refusal()
    assert str(refusal) == f"{module.root}: 5 problem(s) found; nothing was stored."
    assert refusal.source == str(module.root)
    assert all(isinstance(p, Problem) for p in refusal.problems)


def test_problems_of_a_file_that_does_not_parse_do_not_hide_the_others(
    module: ModuleBuilder,
) -> None:
    """The parts that parse are checked; what did not parse raises no false alarm."""
    module.manifest["estimated_minutes"] = -5  # the manifest as a whole does not parse
    module.questions[2]["options"] = "Hologram, UV fibres"  # q-003 does not parse
    module.questions[0]["options"][1]["correct"] = True  # q-001: two correct options
    module.exam["sections"][0]["questions"] = ["q-001", "q-003", "q-404"]
    assert module.messages() == [
        "assessments[0].sections[0].questions[2]: unknown question 'q-404'",
        "estimated_minutes: input should be greater than or equal to 1",
        "questions[0].options: single_choice needs exactly one correct option, found 2",
        "questions[2].options: input should be a valid list",
    ]


def test_an_assessment_with_problems_does_not_hide_the_next_one(module: ModuleBuilder) -> None:
    broken = dict(module.exam, id="mock-exam")
    del broken["pass_mark_percent"]
    module.manifest["assessments"].insert(0, broken)
    module.exam["sections"][1]["draw"] = 5
    module.manifest["certificate"]["requires"] = ["mock-exam", "final-exam"]
    assert module.messages() == [
        "assessments[0].pass_mark_percent: required field is missing",
        "assessments[1].sections[1].draw: asks for 5 questions but only 1 match",
    ]


def test_a_yaml_syntax_error_is_reported_with_its_line(module: ModuleBuilder) -> None:
    module.files["questions/core.yaml"] = "bank: core\nquestions:\n  - id: q-001\n    prompt: [\n"
    module.exam["sections"] = [{"questions": ["q-001"]}]
    problems = module.problems()
    assert len(problems) == 1
    assert problems[0].startswith("questions/core.yaml:5: YAML syntax: ")


def test_a_key_given_twice_is_refused(module: ModuleBuilder) -> None:
    module.files["module.yaml"] = "format: mobilaze-module/1\nid: a-module\nid: b-module\n"
    assert module.problems() == ["module.yaml:3: key 'id' appears twice in the same mapping"]


def test_a_manifest_that_is_not_a_mapping(module: ModuleBuilder) -> None:
    module.files["module.yaml"] = "- format: mobilaze-module/1\n"
    assert module.problems() == ["module.yaml:1: must be a YAML mapping (key: value lines)"]


def test_a_missing_manifest(module: ModuleBuilder) -> None:
    module.with_manifest = False
    assert module.problems() == [
        "module.yaml: module.yaml is missing: every module needs a manifest"
    ]


def test_lines_point_at_the_field_or_its_closest_parent(module: ModuleBuilder) -> None:
    module.files["module.yaml"] = textwrap.dedent(
        """\
        format: mobilaze-module/1
        id: line-demo
        version: 1.0.0
        languages: [en]
        title: Line demo
        lessons:
          - id: intro
            title: Introduction
            file: lessons/intro
        assessments:
          - id: final-exam
            title: Final examination
            kind: exam
            pass_mark_percent: 70
            sections:
              - questions:
                  - q-001
                  - q-002
                  - q-999
          - id: mock-exam
            title: Mock examination
            kind: practice
            sections:
              - draw: 2
                from: {bank: core}
        """
    )
    assert module.problems() == [
        "module.yaml:19: assessments[0].sections[0].questions[2]: unknown question 'q-999'",
        # a missing field: the line of the mapping it belongs in
        "module.yaml:20: assessments[1].pass_mark_percent: required field is missing",
    ]


# ---- warnings ------------------------------------------------------------------------------


def test_missing_translations_are_warnings_and_do_not_fail(module: ModuleBuilder) -> None:
    module.manifest["languages"] = ["en", "az"]
    module.manifest["title"] = {"en": "Test module", "az": "Sınaq modulu"}
    assert module.warnings() == [
        "module.yaml:1: warning: 2 text(s) have no 'az' translation",
        "module.yaml:13: warning: lessons[0].file: no 'az' translation (lessons/intro.az.md)",
        "questions/core.yaml:1: warning: 8 text(s) have no 'az' translation",
    ]


def test_a_language_outside_the_module_languages_is_a_warning(module: ModuleBuilder) -> None:
    module.manifest["title"] = {"en": "Test module", "de": "Testmodul"}
    assert module.warnings() == [
        "module.yaml:8: warning: title.de: language 'de' is not in the module's languages"
    ]


def test_unexpected_files_are_warnings(module: ModuleBuilder) -> None:
    module.files |= {"notes.txt": "draft", "media/movie.mp4": b"\x00", ".git/HEAD": "ref"}
    assert module.warnings() == [
        "media/movie.mp4: warning: media files must be png, jpg or svg",
        "notes.txt: warning: unexpected file outside lessons/, questions/ and media/",
    ]


def test_warnings_travel_with_the_errors(module: ModuleBuilder) -> None:
    module.manifest["languages"] = ["en", "az"]
    module.manifest["title"] = {"en": "Test module", "az": "Sınaq modulu"}
    module.questions[0]["options"][1]["correct"] = True
    problems = module.refusal().problems
    errors = [p for p in problems if not p.warning]
    warnings = [p for p in problems if p.warning]
    assert len(errors) == 1
    assert len(warnings) == 3
    assert problems == errors + warnings  # errors first
    assert str(warnings[0]).endswith("module.yaml:1: warning: 2 text(s) have no 'az' translation")
