"""Matching: which candidate pairs are accepted, and the one-to-one pairs chosen from them."""

from decimal import Decimal
from types import SimpleNamespace

import pytest

from figcheck.align import matching
from figcheck.align.matching import (
    Candidate,
    accepted,
    best,
    best_assignment,
    competing,
    greedy,
)
from figcheck.figures import Figure


def side(value: str = "48"):
    """A candidate's side: what ``accepted`` reads of a profile (its figure's value)."""
    return SimpleNamespace(figure=Figure("count", 0, 1, value, Decimal(value)))


def candidates(*rows):
    """Candidates from (total, left, right) rows; each side's payload names its figure."""
    return [Candidate(total, left, right, f"p{left}", f"q{right}") for total, left, right in rows]


def valued(*rows, right_value: str = "48"):
    """Candidates from (total, left, right) rows; both sides state 48 unless told."""
    return [Candidate(total, left, right, side(), side(right_value)) for total, left, right in rows]


def pairs_of(chosen):
    return sorted((c.left_at, c.right_at) for c in chosen)


@pytest.mark.parametrize(
    "rows, expected",
    [
        ([(70, 1, 10), (60, 1, 11), (65, 2, 10)], [(1, 10)]),
        ([(70, 1, 10), (60, 2, 11)], [(1, 10), (2, 11)]),
        ([(60, 1, 10), (60, 2, 10)], [(1, 10)]),  # a tie: the lower numbers first
        ([(60, 2, 10), (60, 1, 11), (60, 1, 10), (55, 2, 11)], [(1, 10), (2, 11)]),
        ([], []),
    ],
)
def test_greedy_takes_the_best_total_first(rows, expected):
    assert pairs_of(greedy(candidates(*rows))) == expected
    assert pairs_of(greedy(candidates(*rows[::-1]))) == expected


# Every candidate offered has reached the floor (50); the threshold is 58, the margin 8.
@pytest.mark.parametrize(
    "rows, expected",
    [
        ([(58, 1, 10)], [(1, 10)]),  # at the threshold
        ([(57, 1, 10)], [(1, 10)]),  # below it, but both figures' only candidate
        ([(57, 1, 10), (50, 2, 11)], [(1, 10), (2, 11)]),
        ([(57, 1, 10), (50, 1, 11)], []),  # favourite of figure 1, but not by the margin
        ([(57, 1, 10), (50, 2, 10)], []),  # ... of figure 10
        ([(57, 1, 10), (58, 2, 10)], [(2, 10)]),  # 57 is not the favourite of figure 10
        ([(58, 1, 10), (58, 2, 10)], [(1, 10), (2, 10)]),  # above the threshold: both stay
    ],
)
def test_accepted(rows, expected):
    assert pairs_of(accepted(valued(*rows))) == expected


@pytest.mark.parametrize(
    "rows, expected",
    [
        ([(58, 1, 10)], [(1, 10)]),  # at the threshold, a contradiction is paired
        ([(57, 1, 10)], []),  # ... below it, only figures that agree are
        ([(57, 1, 10), (50, 2, 11)], []),
    ],
)
def test_below_the_threshold_only_agreeing_figures_pair(rows, expected):
    # A pair that would report a contradiction needs the threshold: being the best of
    # weak candidates is no evidence that two different values tell one fact.
    assert pairs_of(accepted(valued(*rows, right_value="50"))) == expected


def test_below_the_threshold_a_number_whose_unit_slipped_pairs_as_one_value():
    # "120,000 acres" against "120,000 hectares": a clear favourite, the unit its only
    # difference, is the slip unit-scale reports, not two facts.
    def measure(unit):
        extra = (("dimensionality", "[length] ** 2"),)
        fig = Figure("quantity", 0, 1, f"120,000 {unit}", Decimal(120000), unit, extra=extra)
        return SimpleNamespace(figure=fig)

    chosen = accepted([Candidate(57, 1, 10, measure("acre"), measure("hectare"))])
    assert pairs_of(chosen) == [(1, 10)]


@pytest.mark.parametrize(
    "left, right, paired",
    [
        ("18.6", "16.8", True),  # two digits swapped: one value mistyped
        ("1,450", "1,405", True),
        ("48", "84", False),  # two digits swapped whole: too often two facts
        ("95", "9", False),  # a digit lost from a two-digit number: too
        ("18.6", "14.2", False),
    ],
)
def test_below_the_threshold_a_slip_of_the_pen_pairs_as_one_value(left, right, paired):
    # "18.6 weeks" against "16.8 weeks", the clear favourite: the slip number-mismatch reports.
    def value(text):
        return SimpleNamespace(figure=Figure("count", 0, 1, text, Decimal(text.replace(",", ""))))

    chosen = accepted([Candidate(57, 1, 10, value(left), value(right))])
    assert pairs_of(chosen) == ([(1, 10)] if paired else [])


@pytest.mark.parametrize(
    "rows, groups",
    [
        ([(60, 1, 10), (60, 2, 11)], [[(1, 10)], [(2, 11)]]),
        ([(60, 1, 10), (60, 2, 11), (60, 2, 10)], [[(1, 10), (2, 10), (2, 11)]]),
        ([(60, 1, 10), (60, 3, 12), (60, 2, 12)], [[(1, 10)], [(2, 12), (3, 12)]]),
        ([], []),
    ],
)
def test_competing_groups_figures_that_share_partners(rows, groups):
    assert sorted(pairs_of(group) for group in competing(candidates(*rows))) == groups


@pytest.mark.parametrize(
    "rows, exact, expected",
    [
        # Greedy gives figure 1 its best partner and leaves figure 2 without one.
        ([(70, 1, 10), (60, 1, 11), (65, 2, 10)], True, [("p1", "q11"), ("p2", "q10")]),
        ([(70, 1, 10), (60, 1, 11), (65, 2, 10)], False, [("p1", "q10")]),
        ([(70, 1, 10), (60, 2, 11)], True, [("p1", "q10"), ("p2", "q11")]),
        ([(70, 1, 10), (60, 2, 11)], False, [("p1", "q10"), ("p2", "q11")]),
    ],
)
def test_best_searches_small_groups_and_matches_large_ones_greedily(
    rows, exact, expected, monkeypatch
):
    if not exact:
        monkeypatch.setattr(matching, "EXACT_LIMIT", 0)
    assert sorted(best(candidates(*rows))) == expected


@pytest.mark.parametrize(
    "options, expected",
    [
        ({1: [(70, 1, 10), (60, 1, 11)], 2: [(65, 2, 10)]}, [(1, 11), (2, 10)]),
        ({1: [(70, 1, 10)], 2: [(65, 2, 10)]}, [(1, 10)]),
        ({1: [(60, 1, 10), (59, 1, 11)], 2: [(60, 2, 11)]}, [(1, 10), (2, 11)]),
        ({1: [(60, 1, 10)], 2: [(60, 2, 10)]}, [(1, 10)]),  # a tie: the first found
        # 80 + 85 + 70 beats 90 + 80.
        ({1: [(90, 1, 10), (80, 1, 11)], 2: [(85, 2, 10)], 3: [(80, 3, 11), (70, 3, 12)]},
         [(1, 11), (2, 10), (3, 12)]),
    ],
)  # fmt: skip
def test_best_assignment_has_the_highest_total(options, expected):
    lefts = sorted(options)
    chosen = best_assignment(lefts, {left: candidates(*rows) for left, rows in options.items()})
    assert pairs_of(chosen) == expected


def test_a_figure_whose_rival_was_paired_pairs_with_its_own_value(tmp_path):
    """The 14% of a sentence that also holds the 1% scores higher with the other version's
    1% than with its own 14%; once the two 1% are paired, the 14% is clearly the 14%'s."""
    from align_helpers import aligned_texts, story_versions

    paths = [tmp_path / "a.txt", tmp_path / "b.txt"]
    for path, text in zip(paths, (EARNINGS, EARNINGS_REWRITE), strict=True):
        path.write_text(text, encoding="utf-8")
    facts = aligned_texts(story_versions(*paths))
    assert {("1%", "1%"), ("14%", "14%"), ("$24.2 billion", "$24.2 billion")} <= facts


EARNINGS = (
    "CUPERTINO, Aug 1, 2024 (Reuters) - Apple reported quarterly revenue of $85.78 "
    "billion on Thursday, up 5% from a year earlier and above analysts' average estimate "
    "of $84.53 billion, according to LSEG data.\n"
    "\n"
    "Earnings per share were $1.40, compared with expectations of $1.35. iPhone sales "
    "fell 1% to $39.3 billion, while services revenue rose 14% to a record $24.2 billion.\n"
    "\n"
    "Shares rose about 2% in extended trading. Apple returned over $32 billion to "
    "shareholders during the quarter.\n"
)
EARNINGS_REWRITE = (
    "Apple posted revenue of $85.8 billion for its fiscal third quarter, a 5% increase, "
    "beating Wall Street's forecast of $84.5 billion. Profit per share came in at $1.40 "
    "against the $1.53 analysts had expected.\n"
    "\n"
    "Sales of the iPhone slipped 1% to $39.3 billion. Services, which include the App "
    "Store, grew 14% to $24.2 billion, an all-time high. The stock gained around 2% after "
    "hours, and the company returned more than $32 billion to investors.\n"
)
