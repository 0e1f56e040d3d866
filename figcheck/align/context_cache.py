"""The words around figures, kept between command-line runs.

A pre-commit hook checks a draft that changed by a sentence or two since the last commit.
Its profiles (``profiles``) are worked out afresh, since its figures changed, and the
contexts of its figures (each figure's sentence, the sentence with its neighbours and a
narrow window, all with the figure taken out) are the larger part of that. A context
depends on nothing but the text it is read from and where the figure sits in it, so
each is kept in one entry of the figure cache (figcheck.figure_cache, whose file name
holds the code stamp) under a digest of those: the unchanged sentences' contexts are read
back, the edited ones' worked out.

The cache changes nothing but time: a context read back is the very string worked out
before. The entry carries a digest of its bytes; a damaged entry, or a value that is not
a string, is worked out afresh. The entry keeps this run's contexts first, then older
ones, MOST_CONTEXTS in all. Without an installed figure cache (``FIGCHECK_NO_CACHE``, a
library call) every context is worked out, none kept.
"""

from __future__ import annotations

from collections.abc import Callable

from figcheck import figure_cache
from figcheck.align.score_cache import newest_first, string_digest

#: Contexts kept: a hook of a 10 KB draft reads some 600 a run, so a few runs' worth.
MOST_CONTEXTS = 3000
#: The entry's name in the figure cache's folder.
NAME = "contexts"


class ContextStore:
    """The contexts read from the entry, and those this run used or added."""

    def __init__(self, kept: dict[bytes, str]):
        self.kept = kept
        self.used: dict[bytes, str] = {}
        self.added = False

    def words(self, text: str, cut_start: int, cut_end: int, work: Callable[[], str]) -> str:
        """The context of ``text`` with ``text[cut_start:cut_end]`` taken out: kept, or
        ``work()`` (and kept from now on)."""
        name = string_digest(f"{cut_start},{cut_end}\0{text}")
        found = self.used.get(name)
        if found is None:
            found = self.kept.get(name)
        if type(found) is not str:
            found = work()
            self.added = True
        self.used[name] = found
        return found

    def entry(self) -> dict[bytes, str]:
        """What is written back: this run's contexts, then older ones, MOST_CONTEXTS in all."""
        return newest_first(self.used, self.kept, MOST_CONTEXTS)


_store: tuple[figure_cache.FigureCache, ContextStore] | None = None


def current() -> ContextStore | None:
    """The contexts of the installed figure cache, read once per run; None without one."""
    global _store
    cache = figure_cache.installed()
    if cache is None:
        return None
    if _store is None or _store[0] is not cache:
        kept = cache.kept_value(cache.named(NAME))
        _store = (cache, ContextStore(kept if type(kept) is dict else {}))
    return _store[1]


def save() -> None:
    """Write the contexts back, if this run added any; never fails."""
    if _store is None:
        return
    cache, store = _store
    if cache is not figure_cache.installed() or not store.added:
        return
    entry = store.entry()
    if cache.keep_value(cache.named(NAME), entry):
        store.kept, store.used, store.added = entry, {}, False
