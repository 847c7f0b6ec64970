"""Classical item analysis of an assessment's questions: facility and discrimination.

Pure: the input is one :class:`AttemptScores` per submitted attempt, the output one
:class:`ItemStats` per question. The definitions, so that instructors read the numbers right:

facility
    The mean *fraction* of the question's points earned (score / points), 0..1. For questions
    scored right-or-wrong this is the share of attempts that answered correctly; for questions
    with partial credit (multiple choice, matching, ordering, essays) partial answers count in
    part. ``full_marks`` gives the share of attempts that earned every point.
discrimination
    The classic upper-lower index: the facility in the upper group minus the facility in the
    lower group, where the groups are the 27 % of attempts with the highest and the lowest
    totals among the attempts that included the question (so a question drawn at random is
    compared among the attempts that saw it). The total includes the question itself. Ties
    at a group's edge are broken by the order of the input (the services give attempts in
    order of submission). -1..1; below 0.2 the question separates strong from weak trainees
    poorly, below 0 the weak do better than the strong (often a wrong key).

Discrimination needs at least :data:`MIN_ATTEMPTS` attempts of a question and is None below
that; facility flags are also only raised from that many attempts on, so a handful of early
attempts does not mark a question as broken.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

__all__ = [
    "DISCRIMINATION_LOW",
    "FACILITY_HIGH",
    "FACILITY_LOW",
    "FEW_ATTEMPTS",
    "GROUP_SHARE",
    "LOW_DISCRIMINATION",
    "MIN_ATTEMPTS",
    "NEGATIVE_DISCRIMINATION",
    "TOO_EASY",
    "TOO_HARD",
    "AttemptScores",
    "ItemStats",
    "analyse",
]

GROUP_SHARE = 0.27
MIN_ATTEMPTS = 10
FACILITY_LOW = 0.2
FACILITY_HIGH = 0.95
DISCRIMINATION_LOW = 0.2

#: flags, in the order they are listed
TOO_HARD = "too_hard"
TOO_EASY = "too_easy"
LOW_DISCRIMINATION = "low_discrimination"
NEGATIVE_DISCRIMINATION = "negative_discrimination"
FEW_ATTEMPTS = "few_attempts"

_EPS = 1e-9


@dataclass(frozen=True, slots=True)
class AttemptScores:
    """One attempt: its total (any comparable measure; the services use the percent, so
    that attempts with different drawn questions compare fairly) and, per question it
    contained, the fraction of the points earned (0..1)."""

    total: float
    items: Mapping[str, float]


@dataclass(frozen=True, slots=True)
class ItemStats:
    question_id: str
    n: int
    facility: float
    full_marks: float
    discrimination: float | None
    n_upper: int
    n_lower: int
    flags: tuple[str, ...] = ()
    #: filled in by the services from the attempt snapshots
    qtype: str | None = None
    points: float | None = None
    prompt: str | None = None

    @property
    def weak(self) -> bool:
        """True when the question deserves a look (any flag but too few attempts)."""
        return any(f != FEW_ATTEMPTS for f in self.flags)


def _clamp(value: float) -> float:
    return min(1.0, max(0.0, float(value)))


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values)


def _group_size(n: int, share: float) -> int:
    return max(1, int(n * share + 0.5))


def analyse(
    attempts: Iterable[AttemptScores],
    order: Sequence[str] | None = None,
    *,
    group_share: float = GROUP_SHARE,
    min_attempts: int = MIN_ATTEMPTS,
) -> list[ItemStats]:
    """Statistics for every question that occurs in `attempts`.

    The result follows `order` (for example the assessment's fixed question order); questions
    not in it follow, sorted by id.
    """
    if not 0 < group_share <= 0.5:
        raise ValueError("group_share must be in (0, 0.5]")
    # per question: (total, fraction) in input order
    seen: dict[str, list[tuple[float, float]]] = {}
    for attempt in attempts:
        for qid, fraction in attempt.items.items():
            seen.setdefault(qid, []).append((float(attempt.total), _clamp(fraction)))
    ranked = list(order or [])
    known = set(ranked)
    ranked = [q for q in ranked if q in seen] + sorted(q for q in seen if q not in known)
    return [_item(qid, seen[qid], group_share, min_attempts) for qid in ranked]


def _item(
    qid: str, rows: list[tuple[float, float]], group_share: float, min_attempts: int
) -> ItemStats:
    n = len(rows)
    fractions = [f for _, f in rows]
    facility = _mean(fractions)
    full = sum(1 for f in fractions if f >= 1.0 - _EPS) / n
    discrimination: float | None = None
    n_upper = n_lower = 0
    if n >= min_attempts:
        by_total = sorted(rows, key=lambda r: r[0])  # stable: ties keep the input order
        k = _group_size(n, group_share)
        lower, upper = by_total[:k], by_total[-k:]
        n_upper, n_lower = len(upper), len(lower)
        discrimination = _mean([f for _, f in upper]) - _mean([f for _, f in lower])
    flags: list[str] = []
    if n < min_attempts:
        flags.append(FEW_ATTEMPTS)
    else:
        if facility < FACILITY_LOW - _EPS:
            flags.append(TOO_HARD)
        if facility > FACILITY_HIGH + _EPS:
            flags.append(TOO_EASY)
        if discrimination is not None and discrimination < DISCRIMINATION_LOW - _EPS:
            flags.append(LOW_DISCRIMINATION)
            if discrimination < -_EPS:
                flags.append(NEGATIVE_DISCRIMINATION)
    return ItemStats(
        question_id=qid,
        n=n,
        facility=round(facility, 6),
        full_marks=round(full, 6),
        discrimination=None if discrimination is None else round(discrimination, 6),
        n_upper=n_upper,
        n_lower=n_lower,
        flags=tuple(flags),
    )
