"""Pydantic models of the standard course module format, version 1.

These models are the single source of the format: validation, the JSON Schema in
docs/course-module.schema.json and the store's validated JSON all come from them.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    StringConstraints,
    Tag,
)

FORMAT_ID = "mobilaze-module/1"

LangCode = Annotated[str, StringConstraints(pattern=r"^[a-z]{2,3}$")]
NonEmpty = Annotated[str, StringConstraints(min_length=1)]
#: A human-readable text: a plain string (module's default language) or {lang: text}.
LocalisedText = NonEmpty | dict[LangCode, NonEmpty]
ModuleId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]{1,63}$")]
QuestionId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9._-]{1,64}$")]
LocalId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9._-]{1,64}$")]
SemVer = Annotated[
    str,
    StringConstraints(
        pattern=r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
        r"(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$"
    ),
]


def _relative_path(value: str) -> str:
    parts = value.split("/")
    if not value or value.startswith("/") or "\\" in value or "\x00" in value or ".." in parts:
        raise ValueError("must be a relative path inside the module, with / separators and no '..'")
    return value


RelPath = Annotated[str, AfterValidator(_relative_path)]
Scoring = Literal["partial", "all_or_nothing"]
Points = Annotated[float, Field(gt=0)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


class Option(_Strict):
    id: LocalId
    text: LocalisedText
    correct: bool = False
    feedback: LocalisedText | None = None


class _QuestionBase(_Strict):
    id: QuestionId
    points: Points = 1.0
    tags: list[NonEmpty] = Field(default_factory=list)
    prompt: LocalisedText
    image: RelPath | None = None
    explanation: LocalisedText | None = None
    outcomes: list[ModuleId] = Field(default_factory=list)


class SingleChoice(_QuestionBase):
    type: Literal["single_choice"]
    options: list[Option] = Field(min_length=2)


class MultipleChoice(_QuestionBase):
    type: Literal["multiple_choice"]
    options: list[Option] = Field(min_length=2)
    scoring: Scoring = "partial"


class TrueFalse(_QuestionBase):
    type: Literal["true_false"]
    answer: bool


class ShortAnswer(_QuestionBase):
    type: Literal["short_answer"]
    accept: list[NonEmpty] | dict[LangCode, list[NonEmpty]] = Field(min_length=1)
    case_sensitive: bool = False


class Numeric(_QuestionBase):
    type: Literal["numeric"]
    answer: float
    tolerance: Annotated[float, Field(ge=0)] = 0.0


class Pair(_Strict):
    id: LocalId
    left: LocalisedText
    right: LocalisedText


class Distractor(_Strict):
    id: LocalId
    text: LocalisedText


class Matching(_QuestionBase):
    type: Literal["matching"]
    pairs: list[Pair] = Field(min_length=2)
    distractors: list[Distractor] = Field(default_factory=list)
    scoring: Scoring = "partial"


class Item(_Strict):
    id: LocalId
    text: LocalisedText


class Ordering(_QuestionBase):
    type: Literal["ordering"]
    items: list[Item] = Field(min_length=2)
    scoring: Scoring = "partial"


class Essay(_QuestionBase):
    type: Literal["essay"]
    rubric: LocalisedText | None = None
    max_words: Annotated[int, Field(ge=1)] | None = None


Question = Annotated[
    SingleChoice | MultipleChoice | TrueFalse | ShortAnswer | Numeric | Matching | Ordering | Essay,
    Field(discriminator="type"),
]
QUESTION_TYPES = (
    "single_choice",
    "multiple_choice",
    "true_false",
    "short_answer",
    "numeric",
    "matching",
    "ordering",
    "essay",
)


class Bank(_Strict):
    bank: LocalId
    questions: list[Question] = Field(default_factory=list)


class DrawFrom(_Strict):
    bank: LocalId | None = None
    tags: list[NonEmpty] = Field(default_factory=list)


class FixedSection(_Strict):
    questions: list[QuestionId] = Field(min_length=1)


class DrawSection(_Strict):
    draw: Annotated[int, Field(ge=1)]
    from_: DrawFrom = Field(alias="from")


def _section_kind(value: Any) -> str:
    """A section with `draw` is a draw, any other a fixed list: a typo in one is then
    reported against that kind only, not against both."""
    has_draw = "draw" in value if isinstance(value, dict) else isinstance(value, DrawSection)
    return "random draw" if has_draw else "fixed questions"


Section = Annotated[
    Annotated[FixedSection, Tag("fixed questions")] | Annotated[DrawSection, Tag("random draw")],
    Discriminator(_section_kind),
]


class ChecklistItem(_Strict):
    id: LocalId
    text: LocalisedText
    points: Points = 1.0
    critical: bool = False
    outcomes: list[ModuleId] = Field(default_factory=list)


class Assessment(_Strict):
    id: ModuleId
    title: LocalisedText
    kind: Literal["exam", "practice", "practical"]
    pass_mark_percent: Annotated[float, Field(ge=0, le=100)]
    time_limit_minutes: Annotated[float, Field(gt=0)] | None = None
    max_attempts: Annotated[int, Field(ge=1)] | None = None
    shuffle_questions: bool = False
    shuffle_options: bool = False
    feedback: Literal["immediate", "after_submit", "never"] | None = None
    sections: list[Section] = Field(default_factory=list)
    checklist: list[ChecklistItem] = Field(default_factory=list)

    @property
    def feedback_policy(self) -> str:
        if self.feedback is not None:
            return self.feedback
        return "immediate" if self.kind == "practice" else "after_submit"


class LessonRef(_Strict):
    id: ModuleId
    title: LocalisedText
    file: RelPath


class CertificateRule(_Strict):
    requires: list[ModuleId] = Field(min_length=1)
    validity_months: Annotated[int, Field(ge=1)] | None = None
    title: LocalisedText | None = None


class Outcome(_Strict):
    id: ModuleId
    text: LocalisedText
    level: Annotated[int, Field(ge=1, le=8)]
    fundamental_rights: bool = False


class Manifest(_Strict):
    format: Literal["mobilaze-module/1"]
    id: ModuleId
    version: SemVer
    languages: list[LangCode] = Field(min_length=1)
    title: LocalisedText
    summary: LocalisedText | None = None
    competences: list[NonEmpty] = Field(default_factory=list)
    estimated_minutes: Annotated[int, Field(ge=1)] | None = None
    authors: list[NonEmpty] = Field(default_factory=list)
    licence: NonEmpty | None = None
    lessons: list[LessonRef] = Field(default_factory=list)
    assessments: list[Assessment] = Field(default_factory=list)
    certificate: CertificateRule | None = None
    outcomes: list[Outcome] = Field(default_factory=list)

    @property
    def default_language(self) -> str:
        return self.languages[0]


def version_key(version: str) -> tuple[int, int, int, int, str]:
    """Sort key for a semantic version: a release sorts after its pre-releases."""
    core, _, _build = version.partition("+")
    core, _, pre = core.partition("-")
    major, minor, patch = (int(p) for p in core.split("."))
    return (major, minor, patch, 0 if pre else 1, pre)
