"""Each version's figure profiles, kept between command-line runs.

A pre-commit hook checks a draft against a source that did not change since the last
commit, and once the similarity rows are kept (``score_cache``), working out the words,
roles and years around each figure (``profiles``) is the larger part of aligning them. A
version's profiles depend on nothing but its text, its figures and its publication date
(and its place in the run, which names its figures), so they are kept in an entry of
the figure cache (figcheck.figure_cache, whose file names hold the code stamp) named by
a digest of those: the unchanged source's are read back, the edited draft's worked out.

The cache changes nothing but time: an entry holds the very profiles worked out, with a
digest of its bytes; a damaged entry is worked out afresh, and so is one whose profiles
do not fit the version's figures (``profiles.profiles_of`` checks). Without an installed
figure cache (``FIGCHECK_NO_CACHE``, a library call) nothing is kept.

A draft edited since the last commit misses its version's entry, though most of its
figures sit among the very words they sat in. So each figure's profile is kept too, in
one entry of the last runs' (``FigureStore``), named by everything it is worked out from
(``profiles._ContextReader.name``): the words it is read from, where the figure and the
sentences lie among them, the figure itself, its year and the publication date. An
edited draft reads its unchanged figures' profiles back and works out the rest.
"""

from __future__ import annotations

from pathlib import Path

from figcheck import figure_cache
from figcheck.align.score_cache import newest_first
from figcheck.code_stamp import blake2b
from figcheck.document import Version

#: Figures' profiles kept in the entry of the last runs: a hook of a 10 KB draft uses some
#: 200 a run, so five such drafts' worth. Every run reads the whole entry (some 0.5 KB and
#: 3 us a profile), so it is kept no larger.
MOST_FIGURES = 1000
#: That entry's name in the figure cache's folder.
FIGURES_NAME = "figure-profiles"

#: Where a version's profiles are kept: the installed figure cache and the entry's file.
Entry = tuple[figure_cache.FigureCache, Path]


def entry(version: Version, doc_index: int) -> Entry | None:
    """The entry of a version's profiles; None when no figure cache is installed, or the
    text is too long to keep."""
    cache = figure_cache.installed()
    text = version.document.text
    if cache is None or len(text) > figure_cache.LONGEST:
        return None
    try:
        figures = figure_cache.pickle_module().dumps(tuple(version.figures), protocol=5)
    except Exception:  # noqa: BLE001 - figures pickle cannot write: nothing kept
        return None
    digest = blake2b(digest_size=20)
    digest.update(repr((doc_index, version.document.published, len(text))).encode())
    digest.update(text.encode("utf-8", "surrogatepass"))
    digest.update(figures)
    return cache, cache.named(f"profiles-{digest.hexdigest()}")


def kept(where: Entry | None) -> object:
    """What an entry holds (``profiles`` checks that it fits its version), or None."""
    if where is None:
        return None
    cache, path = where
    return cache.kept_value(path)


def keep(where: Entry | None, profiles: list) -> None:
    """Keep what a version's profiles are read back from (``profiles``) for the next run;
    never fails."""
    if where is not None:
        cache, path = where
        cache.keep_value(path, list(profiles))


class FigureStore:
    """Figures' profiles (as ``profiles`` keeps them) read from the entry of the last runs,
    and those this run used or added."""

    def __init__(self, kept: dict[bytes, tuple]):
        self.kept = kept
        self.used: dict[bytes, tuple] = {}
        self.added = False

    def get(self, name: bytes) -> tuple | None:
        """The profile kept under ``name``, or None."""
        found = self.used.get(name)
        if found is None:
            found = self.kept.get(name)
        if type(found) is not tuple:
            return None
        self.used[name] = found
        return found

    def put(self, name: bytes, form: tuple) -> None:
        self.used[name] = form
        self.added = True

    def entry(self) -> dict[bytes, tuple]:
        """What is written back: this run's profiles, then older ones, MOST_FIGURES in all."""
        return newest_first(self.used, self.kept, MOST_FIGURES)

    def written(self, entry: dict[bytes, tuple]) -> None:
        """The entry is written: it is what is kept now, and nothing is newly used."""
        self.kept, self.used, self.added = entry, {}, False


#: The entry of the figures' profiles, read once a run (``figures``).
_figures = figure_cache.RunEntry(
    FIGURES_NAME, lambda kept: FigureStore(kept if type(kept) is dict else {})
)


def figures(text: str) -> FigureStore | None:
    """The figures' profiles of the installed figure cache, read once per run, for the
    figures of ``text``; None without one, or for a text too long to keep."""
    if len(text) > figure_cache.LONGEST:
        return None
    return _figures.current()


def save_figures() -> None:
    """Write the figures' profiles back, if this run added any; never fails."""
    _figures.save()
