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
"""

from __future__ import annotations

from pathlib import Path

from figcheck import figure_cache
from figcheck.code_stamp import blake2b
from figcheck.document import Version

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
