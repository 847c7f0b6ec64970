"""Item analysis on constructed data sets with known facility and discrimination."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mobilaze_training.interop.item_analysis import (
    FEW_ATTEMPTS,
    LOW_DISCRIMINATION,
    NEGATIVE_DISCRIMINATION,
    TOO_EASY,
    TOO_HARD,
    AttemptScores,
    analyse,
)


def attempts(rows: list[tuple[float, dict[str, float]]]) -> list[AttemptScores]:
    return [AttemptScores(total, items) for total, items in rows]


def test_facility_and_discrimination_of_ten_attempts() -> None:
    # totals 1..10; 27 % of 10 rounds to groups of 3: lower = totals 1-3, upper = 8-10
    data = []
    for total in range(1, 11):
        data.append(
            (
                float(total),
                {
                    "good": 1.0 if total > 5 else 0.0,  # facility .5, D 1.0
                    "easy": 1.0,  # facility 1, D 0
                    "reversed": 1.0 if total <= 3 else 0.0,  # facility .3, D -1
                    "partial": total / 10,  # facility .55, D (.9) - (.2) = .7
                    "hard": 1.0 if total == 10 else 0.0,  # facility .1, D 1/3
                },
            )
        )
    stats = {s.question_id: s for s in analyse(attempts(data))}
    good = stats["good"]
    assert (good.n, good.facility, good.full_marks, good.discrimination) == (10, 0.5, 0.5, 1.0)
    assert (good.n_upper, good.n_lower, good.flags) == (3, 3, ())
    assert stats["easy"].facility == 1.0 and stats["easy"].discrimination == 0.0
    assert stats["easy"].flags == (TOO_EASY, LOW_DISCRIMINATION)
    assert stats["reversed"].discrimination == -1.0
    assert stats["reversed"].flags == (LOW_DISCRIMINATION, NEGATIVE_DISCRIMINATION)
    partial = stats["partial"]
    assert partial.facility == pytest.approx(0.55)
    assert partial.full_marks == pytest.approx(0.1)
    assert partial.discrimination == pytest.approx(0.7)
    hard = stats["hard"]
    assert hard.facility == pytest.approx(0.1)
    assert hard.discrimination == pytest.approx(1 / 3)
    assert hard.flags == (TOO_HARD,)
    assert all(s.weak for s in (stats["easy"], stats["reversed"], hard))
    assert not good.weak


def test_boundaries_are_not_flagged() -> None:
    # facility exactly 0.2 and discrimination exactly 0.2 are acceptable
    data = [(float(t), {"q": 0.4 if t <= 3 else 0.6 if t >= 8 else 0.0}) for t in range(1, 11)]
    (q,) = analyse(attempts(data))
    assert q.facility == pytest.approx(0.3)
    assert q.discrimination == pytest.approx(0.2)
    assert q.flags == ()
    data = [(float(t), {"q": 1.0 if t in (2, 3, 4, 5, 10) else 0.0}) for t in range(1, 26)]
    (q,) = analyse(attempts(data))  # 25 attempts: groups of 7; upper 0/7, lower 4/7
    assert (q.n_upper, q.n_lower) == (7, 7)
    assert q.facility == pytest.approx(0.2)
    assert q.discrimination == pytest.approx(-4 / 7)
    assert q.flags == (LOW_DISCRIMINATION, NEGATIVE_DISCRIMINATION)
    data = [(float(t), {"q": 0.0 if t == 1 else 1.0}) for t in range(1, 21)]
    (q,) = analyse(attempts(data))  # 20 attempts: groups of 5; upper 5/5, lower 4/5
    assert (q.facility, q.discrimination, q.flags) == (0.95, 0.2, ())
    data.append((21.0, {"q": 1.0}))
    assert TOO_EASY in analyse(attempts(data))[0].flags


def test_fewer_than_ten_attempts_give_no_discrimination() -> None:
    data = [(float(t), {"q1": 1.0, "q2": 0.0}) for t in range(9)]
    stats = analyse(attempts(data))
    assert [s.discrimination for s in stats] == [None, None]
    assert [s.flags for s in stats] == [(FEW_ATTEMPTS,), (FEW_ATTEMPTS,)]
    assert [s.facility for s in stats] == [1.0, 0.0]
    assert not any(s.weak for s in stats)
    assert analyse(attempts(data), min_attempts=5)[0].discrimination == 0.0


def test_drawn_questions_are_ranked_among_the_attempts_that_saw_them() -> None:
    data = [(float(t), {"common": 1.0, **({"drawn": 1.0} if t % 2 else {})}) for t in range(20)]
    stats = {s.question_id: s for s in analyse(attempts(data))}
    assert stats["common"].n == 20 and stats["drawn"].n == 10
    assert (stats["drawn"].n_upper, stats["common"].n_upper) == (3, 5)


def test_order_and_ties() -> None:
    data = [(5.0, {"b": 1.0, "a": 0.0, "c": 1.0}) for _ in range(10)]
    assert [s.question_id for s in analyse(attempts(data), ["c", "x"])] == ["c", "a", "b"]
    # all totals equal: the lower group is the first three given, the upper the last three
    tied = [(5.0, {"q": 1.0 if i < 3 else 0.0}) for i in range(10)]
    assert analyse(attempts(tied))[0].discrimination == -1.0


def test_fractions_are_clamped_and_bad_group_shares_refused() -> None:
    (q,) = analyse([AttemptScores(1.0, {"q": 1.5}), AttemptScores(0.0, {"q": -1.0})])
    assert q.facility == 0.5
    with pytest.raises(ValueError, match="group_share"):
        analyse([], group_share=0.6)
    assert analyse([]) == []


@given(
    st.lists(
        st.tuples(
            st.floats(0, 100),
            st.dictionaries(st.sampled_from("abcdef"), st.floats(0, 1), min_size=1),
        ),
        max_size=60,
    )
)
def test_statistics_stay_in_range(rows: list[tuple[float, dict[str, float]]]) -> None:
    for s in analyse(attempts(rows)):
        assert 0.0 <= s.facility <= 1.0 and 0.0 <= s.full_marks <= 1.0
        assert s.n >= 1
        if s.discrimination is not None:
            assert -1.0 <= s.discrimination <= 1.0
            assert s.n_upper == s.n_lower >= 1 and s.n >= 10
