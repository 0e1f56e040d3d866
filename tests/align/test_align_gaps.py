"""The gap pass: a lone figure between two aligned neighbours pairs with the one opposite."""

from dataclasses import replace
from decimal import Decimal

import numpy as np
import pytest
from align_helpers import FIXTURES, aligned_texts, story_versions

from figcheck.align import gaps
from figcheck.align.contexts import EveryPair
from figcheck.align.gaps import between_anchors
from figcheck.align.profiles import Profile
from figcheck.figures import Figure, FigureRef


def profiles(doc, starts):
    """Count profiles at the given offsets, all of value 7 and without a noun."""
    return [
        Profile(FigureRef(doc, i), "count", 0, "", "", "", "", Figure("count", s, s + 1, "7",
                Decimal(7)))
        for i, s in enumerate(starts)
    ]  # fmt: skip


# Pivot and other figures at these offsets, these (pivot, other) figures already aligned,
# every context score at ``context`` (the value adds 10; the gap floor is 40).
@pytest.mark.parametrize(
    "pivot, other, anchors, context, expected",
    [
        ([0, 100, 200], [0, 150, 300], [(0, 0), (2, 2)], 35.0, [(1, 1)]),
        ([0, 100, 200], [0, 150, 300], [(0, 0), (2, 2)], 25.0, []),  # the words say otherwise
        ([0, 100, 150, 200], [0, 150, 300], [(0, 0), (3, 2)], 35.0, []),  # two in the gap
        ([0, 100, 200], [0, 100, 150, 300], [(0, 0), (2, 3)], 35.0, []),  # two opposite
        ([0, 100, 200], [0, 300], [(0, 0), (2, 1)], 35.0, []),  # nothing opposite
        ([0, 100, 200], [0, 150, 300], [(0, 2), (2, 0)], 35.0, []),  # the neighbours cross
        ([0, 100, 200], [0, 150, 700], [(0, 0), (2, 2)], 35.0, []),  # too far apart
        ([0, 100, 700], [0, 150, 300], [(0, 0), (2, 2)], 35.0, []),
        ([0, 100, 200], [0, 150, 300], [(1, 1), (2, 2)], 35.0, []),  # no gap before the first
        ([0, 100, 200, 300, 400], [0, 100, 200, 300, 400], [(0, 0), (2, 2), (4, 4)], 35.0,
         [(1, 1), (3, 3)]),
    ],
)  # fmt: skip
def test_between_anchors(pivot, other, anchors, context, expected):
    assert found_between(pivot, other, anchors, context) == expected


def found_between(pivot, other, anchors, context, ages=()):
    """(pivot, other) figure pairs the gap pass finds; the pivot figures ``ages`` are ages."""
    ps, qs = profiles(0, pivot), profiles(1, other)
    ps = [replace(p, role="age") if i in ages else p for i, p in enumerate(ps)]
    pairs = [(ps[i], qs[j]) for i, j in anchors]
    contexts = {"count": EveryPair(np.full((len(ps), len(qs)), context, dtype=np.float32))}
    found = between_anchors({"count": ps}, {"count": qs}, pairs, contexts)
    return [(p.ref.fig, q.ref.fig) for p, q in found]


def test_a_pair_that_crosses_the_others_bounds_no_gap():
    """A headline's figure paired with one told further down crosses the story's order: the
    pairs in order around it still bound the gap between them."""
    spaced = [0, 100, 200, 300, 400]
    anchors = [(0, 0), (1, 4), (4, 3)]  # pivot figure 1 paired across with the other's last
    assert found_between(spaced, spaced, anchors, 35.0) == [(2, 1), (3, 2)]


@pytest.mark.parametrize(
    "scores, expected",
    [
        # one figure against two in the gap: the one its words favour clearly pairs
        ([36.0, 25.0], [(1, 1)]),
        ([25.0, 36.0], [(2, 1)]),
        # neither clearly (MARGIN): none; the favourite below the floor: none
        ([36.0, 33.0], []),
        ([29.0, 15.0], []),
    ],
)
def test_a_lone_figure_pairs_with_its_clear_favourite_among_several(scores, expected):
    ps, qs = profiles(0, [0, 100, 150, 300]), profiles(1, [0, 120, 300])
    context = np.full((4, 3), 0.0, dtype=np.float32)
    context[1, 1], context[2, 1] = scores
    pairs = [(ps[0], qs[0]), (ps[3], qs[2])]
    found = between_anchors({"count": ps}, {"count": qs}, pairs, {"count": EveryPair(context)})
    assert [(p.ref.fig, q.ref.fig) for p, q in found] == expected


def test_a_figure_of_another_role_is_no_rival_in_the_gap():
    """ "The 21-year-old signed a six-year contract" / "Reyes, 21, agreed a five-year deal":
    the age beside the contract's years leaves the years alone in their gap."""
    pivot, other, anchors = [0, 100, 150, 200], [0, 150, 300], [(0, 0), (3, 2)]
    assert found_between(pivot, other, anchors, 35.0) == []  # two in the gap
    assert found_between(pivot, other, anchors, 35.0, ages={1}) == [(2, 1)]


SPUN = ("4.50 pounds", "5.40 pounds")


def estuary():
    return story_versions(*(FIXTURES / "estuary-tunnel" / n for n in ("01-original.txt",
                                                                       "04-spun.txt")))  # fmt: skip


def test_reworded_sentence_aligns_between_aligned_neighbours(monkeypatch):
    """A spun sentence shares few words, but stands where the original's does."""
    assert SPUN in aligned_texts(estuary())
    monkeypatch.setattr(gaps, "GAP_FLOOR", 1000.0)  # order alone no longer enough
    assert SPUN not in aligned_texts(estuary())


def test_order_is_no_evidence_across_a_long_gap(monkeypatch):
    monkeypatch.setattr(gaps, "GAP_CHARS", 100)  # the neighbours stand ~300 apart
    assert SPUN not in aligned_texts(estuary())


SURVEY = (
    "The bank held its main rate at 4.5% on Thursday, the first pause since March 2022.\n\n"
    "{count} of 31 analysts surveyed last week had expected the pause."
)
ENCUESTA = (
    "El banco mantuvo su tasa principal en el 4,5% el jueves, la primera pausa desde marzo "
    "de 2022.\n\n{count} de 31 analistas consultados la semana pasada esperaban la pausa."
)


@pytest.mark.parametrize(
    ("english", "spanish", "expected"),
    [
        ("Only 6", "Solo 16", ("6", "16")),  # alone between the same neighbours: one fact
        ("Only 6", "Solo 6", ("6", "6")),
    ],
)
def test_a_translated_count_alone_in_its_gap_joins_the_original(
    tmp_path, english, spanish, expected
):
    paths = [tmp_path / "a.txt", tmp_path / "b-es.txt"]
    paths[0].write_text(SURVEY.format(count=english), encoding="utf-8")
    paths[1].write_text(ENCUESTA.format(count=spanish), encoding="utf-8")
    assert expected in aligned_texts(story_versions(*paths))


@pytest.mark.parametrize(
    ("context", "translated", "expected"),
    [(25.0, False, []), (25.0, True, [(1, 1)]), (15.0, True, [])],
)
def test_versions_in_two_languages_need_less_of_their_words(context, translated, expected):
    ps, qs = profiles(0, [0, 100, 200]), profiles(1, [0, 150, 300])
    pairs = [(ps[0], qs[0]), (ps[2], qs[2])]
    contexts = {"count": EveryPair(np.full((3, 3), context, dtype=np.float32))}
    found = between_anchors({"count": ps}, {"count": qs}, pairs, contexts, translated)
    assert [(p.ref.fig, q.ref.fig) for p, q in found] == expected


def valued(doc, figures):
    """Count profiles of the given (offset, value)s, without a noun."""
    return [
        Profile(FigureRef(doc, i), "count", 0, "", "", "", "",
                Figure("count", s, s + 1, str(v), Decimal(v)))
        for i, (s, v) in enumerate(figures)
    ]  # fmt: skip


# Several figures between the same two anchors pair in their order when all of them but one
# at most state the same value ("six of the nine ... three" / "Seven of the nine ... three").
@pytest.mark.parametrize(
    "pivot, other, expected",
    [
        ([6, 9, 3], [7, 9, 3], [(1, 1), (2, 2), (3, 3)]),
        ([6, 9, 3], [6, 9, 3], [(1, 1), (2, 2), (3, 3)]),
        ([6, 9], [9, 6], []),  # another order
        ([6, 9, 3], [7, 8, 3], []),  # two differ: the order is no evidence
        ([6, 9, 3], [9, 3], []),  # not as many
    ],
)
def test_runs_between_anchors_pair_in_order(pivot, other, expected):
    ps = valued(0, [(0, 100)] + [(10 * (k + 1), v) for k, v in enumerate(pivot)] + [(90, 200)])
    qs = valued(1, [(0, 100)] + [(10 * (k + 1), v) for k, v in enumerate(other)] + [(90, 200)])
    pairs = [(ps[0], qs[0]), (ps[-1], qs[-1])]
    contexts = {"count": EveryPair(np.full((len(ps), len(qs)), 45.0, dtype=np.float32))}
    found = between_anchors({"count": ps}, {"count": qs}, pairs, contexts)
    assert [(p.ref.fig, q.ref.fig) for p, q in found] == expected
