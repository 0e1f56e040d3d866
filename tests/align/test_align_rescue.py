"""The rescue pass: unclaimed figures offered to the facts their version is missing from."""

import pytest
from align_helpers import aligned_texts, fixture_text, phrase_versions

from figcheck.align.profiles import profiles_of
from figcheck.align.rescue import rescue

PIVOT = "The operator will spend 1.2 billion euros on the wind farm, its owner said."
SIBLING = "A total of 1.2 million euros goes into the offshore wind farm project off Jutland."
ALIKE = "A total of 1.2 million euros went into the offshore wind farm project off Jutland."
OTHER = "Police arrested 12 people after the match in the capital on Sunday."
PEOPLE = "Police arrested 14 people after the match in the capital on Sunday night."


def profiles(text, doc):
    (version,) = phrase_versions(text)
    return profiles_of(version, doc, {})


# A fact made of the first figure of each of ``members`` (versions 0, 1, ...); the free
# figures are those of ``free`` (the next version); which free figures join which fact.
@pytest.mark.parametrize(
    "facts, free, present, expected",
    [
        ([[PIVOT, SIBLING]], ALIKE, [False], [(0, "1.2 million euros")]),
        ([[PIVOT, SIBLING]], ALIKE, [True], []),  # the version is in the fact already
        ([[PIVOT, SIBLING]], OTHER, [False], []),  # no member words it alike
        ([[PIVOT, SIBLING], [OTHER, OTHER]], ALIKE + " " + PEOPLE, [False, False],
         [(0, "1.2 million euros"), (1, "14")]),
        ([[OTHER, OTHER]], ALIKE, [False], []),  # another family
    ],
)  # fmt: skip
def test_rescue(facts, free, present, expected):
    count = max(len(members) for members in facts)
    built = [[profiles(text, d)[0] for d, text in enumerate(members)] for members in facts]
    placed = rescue(built, profiles(free, count), present)
    assert sorted((g, q.figure.text) for g, q in placed) == expected


def test_one_free_figure_joins_one_fact_and_the_best_one():
    facts = [[profiles(OTHER, 0)[0], profiles(OTHER, 1)[0]]]
    free = profiles(PEOPLE + " " + OTHER, 2)
    assert [(g, q.ref.fig) for g, q in rescue(facts, free, [False])] == [(0, 1)]


def test_scale_slip_aligns_through_a_sibling_version():
    texts = [fixture_text("wind-farm", f"{n}.txt") for n in ("01-original", "02-rewrite",
                                                                 "03-translation")]  # fmt: skip
    facts = aligned_texts(phrase_versions(*texts))
    assert ("1.2 billion euro", "1.2 billion euro", "1.2 million euros") in facts


def _count(doc, fig, value, words):
    from decimal import Decimal

    from figcheck.align.profiles import Profile
    from figcheck.figures import Figure, FigureRef

    figure = Figure("count", 0, 2, str(value), Decimal(value))
    return Profile(FigureRef(doc, fig), "count", 0, words, words, words, "", figure)


GOALS = "striker scored goals last season including league"


@pytest.mark.parametrize(
    "g, present, words, expected",
    [
        (0, [False, False], GOALS, True),  # "17 league goals" offered the "24 goals" fact
        (1, [False, False], GOALS, False),  # ... its own value's fact
        (0, [False, True], GOALS, False),  # the version already tells the 17s' fact
        (0, [False, False], "complaints about noise quays", False),  # no words in common
    ],
)
def test_a_figure_is_not_rescued_into_another_value_than_a_missing_fact_states(
    g, present, words, expected
):
    from figcheck.align import _value_of_another

    facts = [
        [_count(0, 0, 24, GOALS), _count(2, 0, 24, GOALS)],
        [_count(0, 1, 17, GOALS), _count(2, 1, 17, GOALS)],
    ]
    assert _value_of_another(facts, g, _count(1, 5, 17, words), present) is expected
