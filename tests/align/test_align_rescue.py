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
