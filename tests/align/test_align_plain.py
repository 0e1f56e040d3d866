"""Small families are scored without numpy (``align.plain``), to the same bit.

The plain path exists for start-up time only: every score, and so every fact, must be
the one the numpy path gives.
"""

import pytest
from align_helpers import FIXTURES, story_versions
from seedpaths import SEEDS

from figcheck.align import align, contexts
from figcheck.align.contexts import ContextScores, EveryPair
from figcheck.align.matching import by_family
from figcheck.align.plain import context_value, f32, plain_scores, reaches_floor

STORIES = sorted(p for p in FIXTURES.iterdir() if p.is_dir()) + [SEEDS]


def families_of(folder):
    if not folder.is_dir():
        pytest.skip(f"{folder} is not here")
    versions = story_versions(*sorted(folder.glob("*.txt")))
    alignment = align(versions)
    return versions, [by_family(alignment.profiles(d)) for d in range(len(versions))]


@pytest.mark.parametrize("folder", STORIES, ids=[s.name for s in STORIES])
def test_plain_scores_are_the_numpy_scores(folder):
    _, families = families_of(folder)
    compared = 0
    for a, pivot in enumerate(families):
        for b, other in enumerate(families):
            for fam, ps in pivot.items():
                if a == b or fam not in other:
                    continue
                numpy_matrix = ContextScores(ps, [other[fam]]).context(0)
                (plain,) = plain_scores(ps, [other[fam]])
                assert plain.matrix == numpy_matrix.tolist()
                for floor in (0.0, 32.0, 50.0):
                    expected = EveryPair(numpy_matrix).at_least(floor)
                    assert [x.tolist() for x in plain.at_least(floor)] == [
                        x.tolist() for x in expected
                    ]
                compared += len(ps) * len(other[fam])
    assert compared


@pytest.mark.parametrize("folder", STORIES, ids=[s.name for s in STORIES])
def test_plain_scores_of_many_versions_at_once_are_the_numpy_scores(folder):
    _, families = families_of(folder)
    pivot, others = families[0], families[1:]
    compared = 0
    for fam, ps in pivot.items():
        qss = [fams[fam] for fams in others if fam in fams]
        if not qss:
            continue
        bulk = ContextScores(ps, qss)
        for k, plain in enumerate(plain_scores(ps, qss)):
            assert plain.matrix == bulk.context(k).tolist()
            compared += 1
    assert compared


@pytest.mark.parametrize("folder", STORIES, ids=[s.name for s in STORIES])
def test_a_story_aligns_alike_with_and_without_the_plain_path(folder, monkeypatch):
    versions, _ = families_of(folder)
    plain = align(versions).facts
    monkeypatch.setattr(contexts, "SMALL_PAIRS", 0)
    assert align(versions).facts == plain


@pytest.mark.parametrize(
    "sentence, wide, window",
    [
        (66.66666412353516, 100.0, 33.33333206176758),
        (0.0, 0.0, 0.0),
        (100.0, 100.0, 100.0),
        (57.14285659790039, 61.53845977783203, 47.05882263183594),
        (f32(12.345678), f32(98.76543), f32(45.678901)),
    ],
)
def test_float32_arithmetic_is_numpys(sentence, wide, window):
    np = pytest.importorskip("numpy")
    from figcheck.align.scoring import context_score, could_reach_floor

    arrays = [np.array([x], dtype=np.float32) for x in (sentence, wide, window)]
    assert context_value(sentence, wide, window) == context_score(*arrays).tolist()[0]
    assert reaches_floor(sentence, window) == bool(could_reach_floor(arrays[0], arrays[2])[0])


@pytest.mark.parametrize(
    "query, choices",
    [
        # no word shared: scored from the Indel distance of the sorted words
        ("harbour board approved moorings", ["orchard growers picked apples", "zebra"]),
        # one word shared, all shared, one side inside the other
        ("ferry crossing delayed storm", ["storm closed the airport", "delayed ferry storm"]),
        ("ferry crossing", ["ferry crossing delayed by the storm"]),
        # words that repeat, blanks run together, a no-break space inside a "word"
        ("tons tons of grain  shipped", ["grain\u00a0silos emptied early", "ships  sailed"]),
        # no words at all on either side
        ("   ", ["wheat barley oats"]),
        ("wheat barley oats", ["", "  "]),
        ("Ärzte in Köln streikten", ["médicos de Lisboa", "Köln Bonn Düsseldorf"]),
    ],
)
def test_set_ratios_are_rapidfuzzs(query, choices):
    """The words-shared-or-not shortcut gives token_set_ratio's own score, to the bit."""
    from rapidfuzz import fuzz

    from figcheck.align.plain import _fill_set_ratios, _WordSets

    found = [None] * len(choices)
    _fill_set_ratios(found, range(len(choices)), query, _WordSets(choices))
    assert found == [fuzz.token_set_ratio(query, c) for c in choices]


def test_every_pair_is_hopeful_only_when_the_floor_test_passes_everywhere():
    """The shortcut that skips the floor test pair by pair gives the test's own answer."""
    from figcheck.align.plain import _every_pair_hopeful, floor_row

    grid = [f32(x / 4) for x in range(0, 401, 7)]
    everywhere = all(all(floor_row(grid, [w] * len(grid))) for w in grid)
    assert _every_pair_hopeful() == everywhere
