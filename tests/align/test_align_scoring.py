"""The score of a pair of figures: context, then the noun and the value as tie-breakers."""

import numpy as np
import pytest
from align_helpers import phrase_versions

from figcheck.align.contexts import ContextScores
from figcheck.align.profiles import profiles_of
from figcheck.align.scoring import (
    MOST_TIE_BREAKERS,
    THRESHOLD,
    context_score,
    pair_similarity,
    similarity,
    tie_breakers,
    total,
)


def first_profiles(*texts):
    return [profiles_of(v, d, {})[0] for d, v in enumerate(phrase_versions(*texts))]


def pair_total(a: str, b: str) -> float:
    """The total score of the first figure of ``a`` against the first of ``b``."""
    p, q = first_profiles(a, b)
    return total(float(ContextScores([p], [[q]]).context(0)[0, 0]), p, q)


COUNCIL = "The council approved 40 new homes in the northern district on Tuesday."
RAISED = "The company raised $2.1 billion from investors last spring."


@pytest.mark.parametrize(
    "a, b, same_fact",
    [
        # Another value in the same words: the reason to align at all.
        ("The 48 turbines will stand 12 km off the coast of Jutland.",
         "The 50 turbines will stand 12 km off the coast of Jutland.", True),
        (COUNCIL, "On Tuesday the northern district council approved 40 new homes.", True),
        (COUNCIL, "In the northern district, councillors on Tuesday backed plans for 40 new homes.",
         True),
        (RAISED, "The company raised $2.1 million from investors last spring.", True),
        (RAISED, "Investors in the firm put up $2.1 billion last spring.", True),
        # The same value in other words is another fact.
        (COUNCIL, "Danish regulators met 40 fishermen in Copenhagen on Thursday.", False),
        (RAISED, "A ticket to the final costs $2.1 billion less than the stadium did.", False),
        ("The museum reopened after 18 months of repairs.",
         "Police arrested 18 people after the match in the capital.", False),
    ],
)  # fmt: skip
def test_pairs_of_phrases_against_the_threshold(a, b, same_fact):
    assert (pair_total(a, b) >= THRESHOLD) is same_fact


@pytest.mark.parametrize(
    "sentence, wide, window, expected",
    [
        (100, 100, 100, 85.0),
        (0, 0, 0, 0.0),
        (100, 0, 0, 35.0),
        (0, 100, 0, 25.0),
        (0, 0, 100, 25.0),
    ],
)
def test_context_score_weights_the_three_similarities(sentence, wide, window, expected):
    assert context_score(sentence, wide, window) == pytest.approx(expected)
    arrays = [np.full((2, 3), x, dtype=np.float32) for x in (sentence, wide, window)]
    assert context_score(*arrays) == pytest.approx(np.full((2, 3), expected))


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("It hired 200 dock workers.", "It hired 200 dock workers.", 18.0),  # noun and value
        ("It hired 200 dock workers.", "It hired 250 dock workers.", 8.0 + 10 * 0.6 * 200 / 250),
        ("It hired 200 dock workers.", "It hired 200 bus drivers.", -4.0 + 10.0),
        ("It paid $200 for it.", "It paid $200 for it.", 10.0),  # no noun: the value alone
        ("It paid $200 for it.", "It paid EUR 200 for it.", 3.0),
    ],
)
def test_tie_breakers(a, b, expected):
    p, q = first_profiles(a, b)
    assert tie_breakers(p, q) == pytest.approx(expected)
    assert tie_breakers(p, q) <= MOST_TIE_BREAKERS


WORDS = ["team sold units last week", "sold units", "team sold", "council approved homes",
         "approved new homes district", "", "units"]  # fmt: skip


def test_pair_similarity_is_similarity_pair_by_pair():
    pairs = [(a, b) for a in WORDS for b in WORDS]
    matrix = similarity(WORDS, WORDS)
    pairwise = pair_similarity([a for a, _ in pairs], [b for _, b in pairs])
    assert pairwise.tolist() == matrix.reshape(-1).tolist()


def _fixture_stories() -> list[list]:
    from align_helpers import FIXTURES, story_versions

    return [story_versions(*sorted(folder.glob("*.txt"))) for folder in sorted(FIXTURES.iterdir())]


def test_the_tie_ceiling_bounds_every_pair_of_the_fixture_stories():
    """``tie_ceiling`` lets matching skip pairs that cannot reach the floor: it must never
    be below what ``tie_breakers`` gives, or a pair would be lost."""
    from figcheck.align.scoring import tie_ceiling

    checked = 0
    for versions in _fixture_stories():
        profiles = [profiles_of(v, d, {}) for d, v in enumerate(versions)]
        for d, ps in enumerate(profiles):
            for qs in profiles[d + 1 :]:
                for p in ps:
                    for q in qs:
                        if p.family == q.family:
                            assert tie_breakers(p, q) <= tie_ceiling(p, q), (p.figure, q.figure)
                            checked += 1
    assert checked > 1000


@pytest.mark.parametrize(
    "a, b, ceiling",
    [
        # a shared year (8), a shared role (5), two nouns (8) and the value (10)
        ("The monthly rent of 40 homes rose in 2021.", "The monthly rent of 41 homes rose in 2021.",
         31.0),
        # no year, no role, one side without a noun: the value alone
        ("It cost $5 million.", "The bill came to $7 million for 12 homes.", 10.0),
    ],
)  # fmt: skip
def test_the_tie_ceiling_counts_what_the_pair_could_share(a, b, ceiling):
    from figcheck.align.scoring import tie_ceiling

    p, q = first_profiles(a, b)
    assert tie_ceiling(p, q) == ceiling
    assert tie_breakers(p, q) <= ceiling
