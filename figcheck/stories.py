"""Turn ``figcheck check`` arguments into stories: sets of versions checked together.

A directory is one story (its *.txt and *.md files, sorted); the files named directly
form another. Documents without a date borrow --date, else the most common date of the
other documents of the run, so relative dates ("last year") still resolve.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from figcheck.document import STORY_SUFFIXES, Document, load
from figcheck.engine import Report, check, sort_key
from figcheck.errors import InputError
from figcheck.parallel import extracted


def stories(paths: Sequence[str]) -> list[list[str]]:
    """Directories each give a story; plain files together give one more (first).

    Files are taken in sorted order, so the report does not depend on the order they
    were named in (the first version leads each finding's message).
    """
    # One file named twice ("a.txt ./a.txt", a glob and a name) is one version, not two.
    unique = {_same_file(p): p for p in reversed(paths) if p == "-" or not Path(p).is_dir()}
    loose = sorted(unique.values())
    groups = [loose] if loose else []
    for path in paths:
        if path != "-" and Path(path).is_dir():
            files = sorted(
                str(f)
                for f in Path(path).iterdir()
                if f.is_file() and f.suffix.lower() in STORY_SUFFIXES
            )
            if not files:
                raise InputError(f"{path}: no .txt, .md or .html files in this directory")
            groups.append(files)
    return groups


def _same_file(path: str) -> str:
    """One key for all spellings of a file; a missing file keeps its name (load reports it)."""
    if path == "-":
        return path
    try:
        return str(Path(path).resolve(strict=True))
    except OSError:
        return path


def fallback_date(documents: Sequence[Document], option: dt.date | None) -> dt.date | None:
    """--date, else the date most documents state (the earliest of a tie)."""
    if option is not None:
        return option
    counts = Counter(doc.published for doc in documents if doc.published)
    if not counts:
        return None
    return min(counts, key=lambda day: (-counts[day], day))


def check_paths(
    paths: Sequence[str],
    reference: str | None = None,
    date: dt.date | None = None,
    encoding: str | None = None,
    disabled: frozenset[str] = frozenset(),
    options: Mapping[str, Mapping[str, Any]] | None = None,
    progress: Callable[..., AbstractContextManager[Iterable[Document]]] | None = None,
) -> Report:
    """Check every story; with a reference, each story is compared with it only.

    ``options`` maps a rule id to its settings; ``progress(documents, label)`` may wrap
    the figure extraction (the slow part) in a progress bar.
    """
    cache: dict[str, Document] = {}

    def get(path: str) -> Document:
        if path not in cache:
            cache[path] = load(path, None, encoding)
        return cache[path]

    groups = stories(paths)
    ref_doc = get(reference) if reference else None
    all_docs = [get(p) for group in groups for p in group]
    if ref_doc is not None:
        all_docs.append(ref_doc)
    fallback = fallback_date(all_docs, date)
    notes: list[str] = []
    for doc in all_docs:
        if doc.published is None and "figures" not in doc.__dict__:
            if fallback is not None:
                doc.published = fallback
                doc.published_source = "option" if date is not None else "fallback"
            else:
                notes.append(f"{doc.path}: no publication date; relative dates are not resolved")
    if progress is not None:
        unique = list({id(doc): doc for doc in all_docs}.values())
        with progress(unique, "Reading figures") as bar:
            ready = extracted(unique)  # on every core for a large run
            for _doc in bar:
                next(ready)  # the bar moves as each document's figures come in
    findings = []
    shown: list[Document] = []
    for group in groups:
        docs = [get(p) for p in group if p != reference]
        if ref_doc is not None:
            docs = [ref_doc, *docs]
        if len(docs) < 2:
            where = group[0] if len(group) == 1 else "the files given"
            raise InputError(f"{where}: need at least two versions to compare (or --reference)")
        rule_options = {rule: dict(values) for rule, values in (options or {}).items()}
        report = check(docs, 0 if ref_doc is not None else None, fallback, rule_options, disabled)
        findings.extend(report.findings)
        notes.extend(report.unchecked)
        shown.extend(d for d in docs if all(d is not s for s in shown))
    findings.sort(key=sort_key)
    return Report(shown, findings, sorted(set(notes)))
