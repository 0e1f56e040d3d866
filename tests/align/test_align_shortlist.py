"""Shortlists: the pairs worth scoring when a family has too many to score them all."""

from decimal import Decimal

import pytest
from align_helpers import phrase_versions

from figcheck.align import shortlist as shortlisting
from figcheck.align.matching import by_family
from figcheck.align.profiles import Profile, profiles_of
from figcheck.align.shortlist import NEAR, shortlist
from figcheck.figures import Figure, FigureRef


def profiles(doc, count, special=()):
    """``count`` count profiles with nothing in common, but for the (index, sentence, wide,
    value) given in ``special``."""
    out = []
    for i in range(count):
        sentence, wide, value = f"w{doc}x{i} filler", f"w{doc}x{i} filler", 1000 * doc + i
        for at, *changes in special:
            if at == i:
                sentence, wide, value = changes
        fig = Figure("count", 0, 1, str(value), Decimal(value))
        out.append(Profile(FigureRef(doc, i), "count", 0, sentence, wide, "", "", fig))
    return out


def pairs(ps, qs):
    rows, cols = shortlist(ps, qs)
    return set(zip(rows.tolist(), cols.tolist(), strict=True))


@pytest.mark.parametrize("count_p, count_q", [(20, 20), (20, 40), (40, 20), (3, 50)])
def test_figures_at_the_same_place(count_p, count_q):
    found = pairs(profiles(0, count_p), profiles(1, count_q))
    for i in range(count_p):
        place = i * count_q // count_p
        expected = {(i, j) for j in range(place - NEAR, place + NEAR + 1) if 0 <= j < count_q}
        assert {pair for pair in found if pair[0] == i} == expected


@pytest.mark.parametrize(
    "special_p, special_q, pair",
    [
        ([(0, "a", "a", 7)], [(39, "b", "b", 7)], (0, 39)),  # the same value
        # rare words of the sentence around the other figure
        ([(0, "harbour levy", "harbour levy", 1)], [(39, "x", "a harbour levy", 2)], (0, 39)),
        ([(0, "x", "a harbour levy", 1)], [(39, "harbour levy", "harbour levy", 2)], (0, 39)),
    ],
)  # fmt: skip
def test_figures_far_apart_with_the_same_value_or_rare_words(special_p, special_q, pair):
    assert pair in pairs(profiles(0, 40, special_p), profiles(1, 40, special_q))
    assert pair not in pairs(profiles(0, 40), profiles(1, 40))


def test_words_and_values_many_figures_share_pull_no_pair(monkeypatch):
    monkeypatch.setattr(shortlisting, "RARE", 3)
    common = [(j, "levy", "levy", 5) for j in range(30, 34)]  # four share word and value
    found = pairs(profiles(0, 40, [(0, "levy", "levy", 5)]), profiles(1, 40, common))
    assert not {(0, j) for j in range(30, 34)} & found
    found = pairs(profiles(0, 40, [(0, "levy", "levy", 5)]), profiles(1, 40, common[:3]))
    assert {(0, j) for j in range(30, 33)} <= found


def alike(count):
    """Two versions of one sentence told ``count`` times, the counts a little apart."""
    texts = [" ".join(f"The team sold {100 + i + k} units last week." for i in range(count))
             for k in (0, 1)]  # fmt: skip
    ps, qs = (
        by_family(profiles_of(v, d, {}))["count"] for d, v in enumerate(phrase_versions(*texts))
    )
    return ps, qs


def test_pairs_to_score_grow_with_the_length_not_its_square():
    sizes = {count: len(pairs(*alike(count))) for count in (200, 400, 800)}
    assert sizes[200] < 200 * 200 / 4
    assert sizes[400] <= 2.1 * sizes[200]
    assert sizes[800] <= 2.1 * sizes[400]
