"""Context scores of a family's pairs: every pair in a story, shortlisted pairs in a long
document of alike sentences."""

import numpy as np
import pytest
from align_helpers import FIXTURES, story_versions
from seedpaths import SEEDS

from figcheck.align import align, contexts
from figcheck.align.contexts import (
    ContextScores,
    EveryPair,
    SomePairs,
    family_scores,
    shortlisted_scores,
)
from figcheck.align.matching import by_family

STORIES = [FIXTURES / "wind-farm", FIXTURES / "robotics-fund", FIXTURES / "estuary-tunnel", SEEDS]


def story(folder):
    if not folder.is_dir():
        pytest.skip(f"{folder} is not here")
    versions = story_versions(*sorted(folder.glob("*.txt")))
    alignment = align(versions)
    return versions, [by_family(alignment.profiles(d)) for d in range(len(versions))]


@pytest.mark.parametrize("folder", STORIES[:3], ids=[s.name for s in STORIES[:3]])
def test_bulk_scores_equal_one_document_at_a_time(folder):
    """Scoring many versions in one go must give each exactly its own scores."""
    _, families = story(folder)
    pivot, others = families[0], families[1:]
    compared = 0
    for fam, ps in pivot.items():
        qss = [fams[fam] for fams in others if fam in fams]
        if len(qss) < 2:
            continue
        bulk = ContextScores(ps, qss)
        for k, qs in enumerate(qss):
            assert (bulk.context(k) == ContextScores(ps, [qs]).context(0)).all()
            compared += 1
    assert compared


@pytest.mark.parametrize("folder", STORIES, ids=[s.name for s in STORIES])
def test_shortlisted_pairs_score_as_when_every_pair_is_scored(folder):
    _, families = story(folder)
    compared = 0
    for a, pivot in enumerate(families):
        for b, other in enumerate(families):
            for fam, ps in pivot.items():
                if a == b or fam not in other:
                    continue
                every = ContextScores(ps, [other[fam]]).context(0)
                some = shortlisted_scores(ps, other[fam])
                assert some.values.tolist() == every[some.rows, some.cols].tolist()
                compared += len(some.values)
    assert compared


@pytest.mark.parametrize("folder", STORIES, ids=[s.name for s in STORIES])
def test_shortlists_find_the_facts_every_pair_finds(folder, monkeypatch):
    """On real stories the shortlist misses no pair that alignment keeps."""
    versions, _ = story(folder)
    every = set(align(versions).facts)
    monkeypatch.setattr(contexts, "PAIR_BUDGET", 0)
    assert set(align(versions).facts) == every


def test_families_over_the_budget_are_shortlisted(monkeypatch):
    versions, families = story(FIXTURES / "robotics-fund")
    ps = families[0]["count"]
    qss = [families[d]["count"] for d in (1, 2)]
    monkeypatch.setattr(contexts, "PAIR_BUDGET", len(ps) * len(qss[0]))
    monkeypatch.setattr(contexts, "SMALL_PAIRS", 0)  # the numpy paths, not the plain one
    assert len(ps) * len(qss[1]) > contexts.PAIR_BUDGET  # one version fits, one does not
    fitting, over = family_scores(ps, qss)
    assert isinstance(fitting, EveryPair)
    assert isinstance(over, SomePairs)


MATRIX = np.array([[10.0, 60.0, 0.0], [45.0, 0.0, 90.0]], dtype=np.float32)
SOME = SomePairs(
    3, np.array([0, 1, 1]), np.array([1, 0, 2]), np.array([60.0, 45.0, 90.0], dtype=np.float32)
)


@pytest.mark.parametrize("scores", [EveryPair(MATRIX), SOME], ids=["every", "some"])
@pytest.mark.parametrize(
    "floor, expected",
    [(50, [(0, 1, 60.0), (1, 2, 90.0)]), (40, [(0, 1, 60.0), (1, 0, 45.0), (1, 2, 90.0)]),
     (95, [])],
)  # fmt: skip
def test_pair_scores_at_least(scores, floor, expected):
    rows, cols, values = scores.at_least(floor)
    assert list(zip(rows.tolist(), cols.tolist(), values.tolist(), strict=True)) == expected


@pytest.mark.parametrize("scores", [EveryPair(MATRIX), SOME], ids=["every", "some"])
@pytest.mark.parametrize("i, j, expected", [(0, 1, 60.0), (1, 2, 90.0), (0, 2, 0.0), (1, 1, 0.0)])
def test_pair_scores_at(scores, i, j, expected):
    assert scores.at(i, j) == expected
