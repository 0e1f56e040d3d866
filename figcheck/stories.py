"""Plan ``figcheck check``: which versions make a story, and what each is compared with.

A directory is one story (its .txt, .md and .html files, sorted), and so is every
folder below it that holds two or more; the files named directly form another.
With a reference, every story is compared with it only.
Every version of the run lends an undated one its date (the date most of them
state), so relative dates ("last year") still resolve.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from figcheck.document import STORY_SUFFIXES
from figcheck.errors import InputError
from figcheck.run import Comparison, Plan


def stories(paths: Sequence[str]) -> list[list[str]]:
    """Directories each give a story; plain files together give one more (first).

    Files are taken in sorted order, so the report does not depend on the order they
    were named in (the first version leads each finding's message).
    """
    # One file named twice ("a.txt ./a.txt", a glob and a name) is one version, not two.
    # os.path.isdir: an over-long or unreachable name is no folder (loading it says why).
    unique = {_same_file(p): p for p in reversed(paths) if p == "-" or not os.path.isdir(p)}
    loose = sorted(unique.values())
    groups = [loose] if loose else []
    for path in paths:
        if path != "-" and os.path.isdir(path):
            groups.extend(_stories_in(Path(path)))
    return groups


def _story_files(folder: str | Path) -> list[str]:
    """A folder's story files, sorted; one line of error for a folder that cannot be listed."""
    try:
        return sorted(
            str(f)
            for f in Path(folder).iterdir()
            if f.is_file() and f.suffix.lower() in STORY_SUFFIXES
        )
    except PermissionError:
        raise InputError(f"{folder}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{folder}: cannot list ({exc.strerror or exc})") from None


def _stories_in(top: Path) -> list[list[str]]:
    """The directory's own versions, then every folder below it holding two or more.

    ``figcheck check fixtures`` checks each story folder under ``fixtures/``; a lone file
    below the top (a README beside the story folders) is no story and is passed over.
    Hidden folders (``.git``) are not searched.
    """
    own = _story_files(top)
    found = []
    for directory in sorted(d for d in top.rglob("*") if d.is_dir()):
        relative = directory.relative_to(top).parts
        if any(part.startswith(".") for part in relative):
            continue
        files = _story_files(directory)
        if len(files) >= 2:
            found.append(files)
    if len(own) >= 2 or (own and not found):
        found.insert(0, own)
    if not found:
        raise InputError(f"{top}: no .txt, .md or .html files in or below this directory")
    return found


def _same_file(path: str) -> str:
    """One key for all spellings of a file; a missing file keeps its name (load reports it)."""
    if path == "-":
        return path
    try:
        return str(Path(path).resolve(strict=True))
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop (Python 3.10-3.12)
        return path


def plan(paths: Sequence[str], reference: str | None = None) -> Plan:
    """One comparison per story; with a reference, it leads each one and is compared with all.

    A story left with one version is not rejected here: the pipeline says so once it has
    read every file, so that an unreadable file is reported first.
    """
    groups = stories(paths)
    # Every file of the run lends its date (the reference, also named in a story, twice).
    peers = tuple(p for group in groups for p in group) + ((reference,) if reference else ())
    comparisons = []
    for group in groups:
        versions = tuple(p for p in group if p != reference)
        if reference:
            versions = (reference, *versions)
        comparisons.append(Comparison(versions, 0 if reference else None, peers))
    return Plan(tuple(comparisons))
