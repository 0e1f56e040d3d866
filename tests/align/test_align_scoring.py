"""The score of a pair of figures: context, then the noun and the value as tie-breakers."""

import numpy as np
import pytest
from align_helpers import FIXTURES, phrase_versions, story_versions

from figcheck.align import align
from figcheck.align.matching import by_family
from figcheck.align.profiles import profiles_of
from figcheck.align.scoring import (
    MOST_TIE_BREAKERS,
    THRESHOLD,
    ContextScores,
    context_score,
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


@pytest.mark.parametrize("story", ["wind-farm", "robotics-fund", "estuary-tunnel"])
def test_bulk_scores_equal_one_document_at_a_time(story):
    """Scoring many versions in one go must give each exactly its own scores."""
    versions = story_versions(*sorted((FIXTURES / story).glob("*.txt")))
    alignment = align(versions)
    pivot = by_family(alignment.profiles(0))
    others = [by_family(alignment.profiles(d)) for d in range(1, len(versions))]
    compared = 0
    for fam, ps in pivot.items():
        qss = [families[fam] for families in others if fam in families]
        if len(qss) < 2:
            continue
        bulk = ContextScores(ps, qss)
        for k, qs in enumerate(qss):
            assert (bulk.context(k) == ContextScores(ps, [qs]).context(0)).all()
            compared += 1
    assert compared
