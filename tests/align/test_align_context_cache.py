"""The words around figures kept between runs (``align.context_cache``) change nothing but time.

A context read back is the very string worked out before; one of another text or another
cut is worked out; a damaged entry, or a value that is not a string, is worked out
afresh; profiles are alike with no cache, a cold one and a warm one.
"""

from __future__ import annotations

import pickle

import pytest
from align_helpers import FIXTURES, story_versions

from figcheck import figure_cache
from figcheck.align import context_cache, profiles


@pytest.fixture
def new_run(tmp_path, monkeypatch):
    """A figure cache installed in ``tmp_path``; each call saves the run before and starts
    a new one, whose contexts are read from the entry afresh."""
    monkeypatch.setattr(figure_cache, "_installed", figure_cache.FigureCache(tmp_path))
    monkeypatch.setattr(context_cache, "_store", None)

    def start() -> context_cache.ContextStore:
        context_cache.save()
        context_cache._store = None
        return context_cache.current()

    return start


class Work:
    """A context worked out: its text with the cut taken out, upper-cased; each call noted."""

    def __init__(self):
        self.calls: list[tuple[str, int, int]] = []

    def __call__(self, text: str, cut_start: int, cut_end: int):
        def work() -> str:
            self.calls.append((text, cut_start, cut_end))
            return (text[:cut_start] + text[cut_end:]).upper()

        return work


def words(store, work, text, cut_start, cut_end) -> str:
    return store.words(text, cut_start, cut_end, work(text, cut_start, cut_end))


@pytest.mark.parametrize(
    ("first", "then", "worked"),
    [
        (("rose 8% in May", 5, 7), ("rose 8% in May", 5, 7), False),  # the same: read back
        (("rose 8% in May", 5, 7), ("rose 9% in May", 5, 7), True),  # another text
        (("rose 8% in May", 5, 7), ("rose 8% in May", 5, 6), True),  # another cut
        (("rose 8% in May", 5, 7), ("rose 8% in May", 4, 7), True),
        (("", 0, 0), ("", 0, 0), False),  # an empty context is kept too
    ],
)
def test_only_a_context_of_the_same_text_and_cut_is_read_back(new_run, first, then, worked):
    work = Work()
    assert words(new_run(), work, *first) == (first[0][: first[1]] + first[0][first[2] :]).upper()
    work.calls.clear()
    text, cut_start, cut_end = then
    assert words(new_run(), work, *then) == (text[:cut_start] + text[cut_end:]).upper()
    assert bool(work.calls) == worked


def entry_path():
    cache = figure_cache.installed()
    return cache.named(context_cache.NAME)


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[:-3],
        lambda data: data[:5],
        lambda data: b"",
        lambda data: data[:16] + bytes([data[16] ^ 1]) + data[17:],
        lambda data: figure_cache.checked(pickle.dumps(["not", "a", "dict"])),
        lambda data: figure_cache.checked(
            pickle.dumps({key: 7 for key in pickle.loads(data[16:])})  # not a string
        ),
    ],
)
def test_a_damaged_entry_is_worked_out_afresh(new_run, damage):
    work = Work()
    words(new_run(), work, "rose 8% in May", 5, 7)
    context_cache.save()
    path = entry_path()
    path.write_bytes(damage(path.read_bytes()))
    work.calls.clear()
    context_cache._store = None
    assert words(context_cache.current(), work, "rose 8% in May", 5, 7) == "ROSE  IN MAY"
    assert work.calls == [("rose 8% in May", 5, 7)]


def test_the_entry_keeps_the_contexts_used_last(new_run, monkeypatch):
    monkeypatch.setattr(context_cache, "MOST_CONTEXTS", 2)
    work = Work()
    store = new_run()
    for text in ("a1", "b1", "c1"):
        words(store, work, text, 1, 2)
    store = new_run()
    words(store, work, "a1", 1, 2)  # fell out: this run's two come first
    words(store, work, "d1", 1, 2)
    store = new_run()
    work.calls.clear()
    for text in ("a1", "d1"):
        words(store, work, text, 1, 2)
    assert work.calls == []


def test_no_installed_cache_keeps_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(figure_cache, "_installed", None)
    monkeypatch.setattr(context_cache, "_store", None)
    assert context_cache.current() is None
    context_cache.save()
    assert not list(tmp_path.iterdir())


def profiles_of(versions) -> list:
    """Every version's profiles worked out (none read back from the profile cache)."""
    cache: dict = {}
    return [profiles._worked_out(v, d, cache) for d, v in enumerate(versions)]


STORIES = sorted(p for p in FIXTURES.iterdir() if p.is_dir())


@pytest.mark.parametrize("folder", STORIES, ids=[s.name for s in STORIES])
def test_a_story_has_alike_profiles_without_cold_and_warm(folder, new_run, monkeypatch):
    versions = story_versions(*sorted(folder.glob("*.txt")))
    cache = figure_cache.installed()
    monkeypatch.setattr(figure_cache, "_installed", None)
    without = profiles_of(versions)
    monkeypatch.setattr(figure_cache, "_installed", cache)
    new_run()
    assert profiles_of(versions) == without  # cold
    new_run()
    calls = []
    monkeypatch.setattr(profiles.TextWords, "around", lambda *args: calls.append(args) or "")
    assert profiles_of(versions) == without  # warm: every context read back
    assert calls == []
