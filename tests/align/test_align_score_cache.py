"""Similarity rows kept between runs (``align.score_cache``) change nothing but time.

A row read back must hold the very scores the scorer gives; a changed string on either
side must be scored afresh (and only it); a damaged entry is worked out afresh, never a
crash; a story aligns alike with no cache, a cold one and a warm one.
"""

from __future__ import annotations

from array import array
from decimal import Decimal

import pytest
from align_helpers import FIXTURES, story_versions
from seedpaths import SEEDS

from figcheck import figure_cache
from figcheck.align import align, plain, score_cache, scoring
from figcheck.align.matching import by_family
from figcheck.align.plain import plain_scores

STORIES = sorted(p for p in FIXTURES.iterdir() if p.is_dir()) + [SEEDS]


@pytest.fixture
def installed(tmp_path, monkeypatch):
    """A figure cache installed in ``tmp_path`` (as a command-line run installs one), and
    a new run: the rows are read from its entry afresh."""
    cache = figure_cache.FigureCache(tmp_path)
    monkeypatch.setattr(figure_cache, "_installed", cache)
    score_cache._entry.forget()

    def new_run() -> score_cache.RowStore:
        score_cache.save()
        score_cache._entry.forget()
        return score_cache.current()

    return new_run


class Scorer:
    """A stand-in scorer: the length of the shorter string, each call noted."""

    def __init__(self):
        self.calls: list[tuple[list[str], list[str]]] = []

    def __call__(self, queries: list[str], choices: list[str]) -> list[list[float]]:
        self.calls.append((list(queries), list(choices)))
        return [[min(len(x), len(c)) + 0.1 for c in choices] for x in queries]


def expected(queries: list[str], choices: list[str]) -> dict[str, list[float]]:
    return {
        x: array("f", row).tolist()
        for x, row in zip(queries, Scorer()(queries, choices), strict=True)
    }


@pytest.mark.parametrize(
    ("first", "then", "scored"),
    [
        # (queries, choices) of a first run, of the next run, and what the next one scores
        ((["ab", "cde"], ["x", "yy"]), (["ab", "cde"], ["x", "yy"]), []),
        ((["ab", "cde"], ["x", "yy"]), (["cde"], ["x", "yy"]), []),
        ((["ab", "cde"], ["x", "yy"]), (["ab", "cde"], ["x", "zzz"]), [(["ab", "cde"], ["zzz"])]),
        ((["ab", "cde"], ["x", "yy"]), (["ab", "new"], ["x", "yy"]), [(["new"], ["x", "yy"])]),
        ((["ab"], ["x", "yy"]), (["ab"], ["yy", "x"]), []),
        ((["ab"], ["x", "yy"]), (["ab"], ["yy", "x", "w"]), [(["ab"], ["w"])]),
        ((["ab"], ["x"]), (["ab"], []), []),
    ],
)
def test_only_pairs_no_kept_row_holds_are_scored(installed, first, then, scored):
    scorer = Scorer()
    installed().rows("similarity", *first, scorer)
    scorer.calls.clear()
    rows = installed().rows("similarity", *then, scorer)
    assert rows == expected(*then)
    assert scorer.calls == scored


def test_a_scorer_keeps_its_own_rows(installed):
    scorer = Scorer()
    installed().rows("similarity", ["ab"], ["x", "yy"], scorer)
    scorer.calls.clear()
    installed().rows("sorted", ["ab"], ["x", "yy"], scorer)
    assert scorer.calls == [(["ab"], ["x", "yy"])]


def test_a_string_keeps_its_rows_against_several_sides(installed):
    scorer = Scorer()
    store = installed()
    store.rows("similarity", ["ab"], ["x", "yy"], scorer)  # one family's strings
    store.rows("similarity", ["ab"], ["zzz"], scorer)  # another's
    scorer.calls.clear()
    store = installed()
    assert store.rows("similarity", ["ab"], ["x", "yy"], scorer) == expected(["ab"], ["x", "yy"])
    assert store.rows("similarity", ["ab"], ["zzz"], scorer) == expected(["ab"], ["zzz"])
    assert scorer.calls == []


def entry_path():
    cache = figure_cache.installed()
    return cache.named(score_cache.NAME)


def with_digest(data: bytes) -> bytes:
    return figure_cache.checked(data)


def pickled(value) -> bytes:
    return figure_cache.pickle_module().dumps(value, protocol=5)


def unpacked(data: bytes) -> dict:
    """The rows of an entry's bytes."""
    return figure_cache.pickle_module().loads(data[figure_cache.CHECK :])[0]


def rewritten(data: bytes, change) -> bytes:
    """An entry whose rows are changed by ``change``, its digest made to fit."""
    return with_digest(pickled(({key: change(row) for key, row in unpacked(data).items()}, {})))


def swapped(data: bytes) -> bytes:
    kept = unpacked(data)
    return with_digest(pickled((dict(zip(kept, [*kept.values()][::-1], strict=True)), {})))


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: b"",
        lambda data: b"not an entry",
        lambda data: data[:-1] + bytes([data[-1] ^ 1]),  # a bit flipped
        lambda data: data[: len(data) // 2],  # cut short
        lambda data: with_digest(b"not a pickle"),
        lambda data: with_digest(pickled([1, 2, 3])),
        lambda data: with_digest(pickled({b"k": "not rows"})),
        lambda data: with_digest(pickled(({}, [], {}))),
        lambda data: with_digest(pickled(([], {}))),
        lambda data: rewritten(data, lambda row: (row[0], row[1], row[2][:-1])),
        lambda data: rewritten(data, lambda row: (row[0], row[1][:-1], row[2])),
        lambda data: rewritten(data, lambda row: ("string", row[1], row[2])),
        lambda data: rewritten(data, list),
        lambda data: rewritten(data, lambda row: None),
        lambda data: swapped(data),  # each row under another row's name
    ],
)
def test_a_damaged_entry_is_worked_out_afresh(installed, damage):
    scorer = Scorer()
    installed().rows("similarity", ["ab", "cde"], ["x", "yy"], scorer)
    score_cache.save()
    path = entry_path()
    path.write_bytes(damage(path.read_bytes()))
    scorer.calls.clear()
    score_cache._entry.forget()
    rows = score_cache.current().rows("similarity", ["ab", "cde"], ["x", "yy"], scorer)
    assert rows == expected(["ab", "cde"], ["x", "yy"])


def test_a_damaged_row_of_a_sound_entry_is_worked_out_afresh(installed):
    scorer = Scorer()
    store = installed()
    store.rows("similarity", ["ab", "cde"], ["x", "yy"], scorer)
    kept = {key: (string, side, scores[:-4]) for key, (string, side, scores) in store.used.items()}
    entry_path().write_bytes(with_digest(pickled((kept, {}))))
    score_cache._entry.forget()
    scorer.calls.clear()
    rows = score_cache.current().rows("similarity", ["ab", "cde"], ["x", "yy"], scorer)
    assert rows == expected(["ab", "cde"], ["x", "yy"])
    assert scorer.calls == [(["ab", "cde"], ["x", "yy"])]


def test_the_entry_keeps_the_rows_used_last(installed, monkeypatch):
    monkeypatch.setattr(score_cache, "MOST_ROWS", 3)
    scorer = Scorer()
    installed().rows("similarity", ["a", "b", "c"], ["x"], scorer)
    installed().rows("similarity", ["d", "e"], ["x"], scorer)
    store = installed()
    assert len(store.kept) == 3
    scorer.calls.clear()
    store.rows("similarity", ["a", "b", "c", "d", "e"], ["x"], scorer)
    assert scorer.calls == [(["b", "c"], ["x"])]  # "d", "e" used last, then "a"


def test_a_string_keeps_its_rows_of_the_last_run_and_a_few_older(installed, monkeypatch):
    monkeypatch.setattr(score_cache, "OLDER_SIDES", 2)
    scorer = Scorer()
    for edit in ["v1", "v22", "v333", "v4444"]:  # a draft edited four times
        installed().rows("similarity", ["ab"], ["x", edit], scorer)
    store = installed()
    store.rows("similarity", ["ab"], ["x", "v5"], scorer)  # the fifth edit
    store.rows("similarity", ["ab"], ["y", "v6"], scorer)  # and another side in one run
    store = installed()
    kept_sides = [row[1] for row in store.kept.values()]
    sides = [b"".join(store.digest(c) for c in choices) for choices in (
        ["x", "v5"], ["y", "v6"], ["x", "v4444"], ["x", "v333"])]  # fmt: skip
    assert kept_sides == sides  # this run's two, then the two newest older ones
    scorer.calls.clear()
    assert store.rows("similarity", ["ab"], ["x", "v333"], scorer) == expected(
        ["ab"], ["x", "v333"]
    )
    assert scorer.calls == []
    store.rows("similarity", ["ab"], ["x", "v22"], scorer)
    assert scorer.calls == [(["ab"], ["v22"])]  # its row is gone: only "x" is read back


def test_another_code_stamp_names_another_entry(tmp_path):
    package = tmp_path / "package"
    package.mkdir()
    (package / "plain.py").write_text("WEIGHT = 0.35\n")
    before = figure_cache.FigureCache(tmp_path / "cache", package).named(score_cache.NAME)
    (package / "plain.py").write_text("WEIGHT = 0.45\n")
    after = figure_cache.FigureCache(tmp_path / "cache", package).named(score_cache.NAME)
    assert before != after


def test_no_installed_cache_keeps_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(figure_cache, "_installed", None)
    score_cache._entry.forget()
    scorer = Scorer()
    assert score_cache.rows("similarity", ["ab", "ab"], ["x"], scorer) == expected(["ab"], ["x"])
    assert score_cache.current() is None
    score_cache.save()
    assert not list(tmp_path.iterdir())


def scores_of(versions) -> list:
    """Every family's plain scores of the first version against the others."""
    alignment = align(versions)
    families = [by_family(alignment.profiles(d)) for d in range(len(versions))]
    out = []
    for fam, ps in families[0].items():
        qss = [fams[fam] for fams in families[1:] if fam in fams]
        out.append([pairs.matrix for pairs in plain_scores(ps, qss)])
    return [alignment.facts, out]


@pytest.mark.parametrize("folder", STORIES, ids=[s.name for s in STORIES])
def test_a_story_aligns_alike_without_cold_and_warm(folder, installed, monkeypatch):
    if not folder.is_dir():
        pytest.skip(f"{folder} is not here")
    versions = story_versions(*sorted(folder.glob("*.txt")))
    cache = figure_cache.installed()
    monkeypatch.setattr(figure_cache, "_installed", None)
    without = scores_of(versions)
    monkeypatch.setattr(figure_cache, "_installed", cache)
    score_cache._entry.forget()
    assert scores_of(versions) == without  # cold
    calls = []
    monkeypatch.setattr(plain, "_scores", lambda *args: calls.append(args) or [])
    installed()
    assert scores_of(versions) == without  # warm: read back, nothing scored
    assert calls == []


@pytest.mark.parametrize(
    ("value", "named"),
    [
        (("crew", "", 2024, False, ("count", Decimal("48"), None, False, "48"), ""), True),
        (("date", ("2024-01-01", "2024-12-31"), None), True),
        ((1.5, None, True, -3), True),
        (["a list"], False),
        (("a tuple holding", frozenset({"a set"})), False),
        ((object(),), False),
    ],
)
def test_only_values_of_plain_types_are_named(value, named):
    assert (score_cache.name_of(value) is not None) == named


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (("48",), (48,)),
        ((Decimal("1.0"),), (Decimal("1.00"),)),  # equal, named apart: only a miss
        ((None, ""), ("", None)),
        ((("a", "b"),), ("a", "b")),
    ],
)
def test_values_of_other_reprs_have_other_names(a, b):
    assert score_cache.name_of(a) != score_cache.name_of(b)


def tie_pairs():
    versions = story_versions(*sorted((FIXTURES / "wind-farm").glob("*.txt")))
    alignment = align(versions)
    ps, qs = alignment.profiles(0), alignment.profiles(1)
    return [(p, q) for p in ps for q in qs if p.family == q.family]


def test_kept_tie_breakers_are_read_back(installed, monkeypatch):
    pairs = tie_pairs()
    installed()
    memo = scoring.TieMemo()
    first = [memo.one(p, q) for p, q in pairs]
    assert first == [scoring.tie_breakers(p, q) for p, q in pairs]
    installed()  # saved, and read afresh
    computed = []
    work = scoring.tie_breakers
    monkeypatch.setattr(scoring, "tie_breakers", lambda p, q: computed.append(1) or work(p, q))
    memo = scoring.TieMemo()
    assert [memo.one(p, q) for p, q in pairs] == first
    assert computed == []


def test_a_kept_tie_breaker_of_another_type_is_computed_afresh(installed):
    pairs = tie_pairs()
    store = installed()
    memo = scoring.TieMemo()
    first = [memo.one(p, q) for p, q in pairs]
    store.ties = {name: str(value) for name, value in store.ties_used.items()}
    store.ties_used = {}
    memo = scoring.TieMemo()
    assert [memo.one(p, q) for p, q in pairs] == first
