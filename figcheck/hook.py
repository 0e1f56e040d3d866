"""Plan ``figcheck hook``: each draft against each source it names (pre-commit runs this).

A draft names its sources in its front matter (``sources: [wire.txt]``, paths
relative to the draft) or through ``[tool.figcheck.sources]`` globs in the
configuration (paths relative to the config file). Each source is the
reference for the draft: one comparison per (draft, source) pair, so sources
that disagree among themselves are not the writer's problem, and every
finding leads with the draft's words, where the writer's cursor should land.
An undated draft or source takes the other's date, pair by pair. A file that
names no source is checked alone (its in-document rules), unless another draft of
the run names it as a source: then it is skipped, and the report says why.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from figcheck.config import Config
from figcheck.document import Document
from figcheck.errors import InputError
from figcheck.markup import front_matter
from figcheck.run import Comparison, Plan

if TYPE_CHECKING:
    from figcheck.rules.api import Unchecked


def sources_of(draft: Document, config: Config) -> list[str]:
    """The draft's front-matter sources (relative to the draft), then the config's."""
    named = [str(p).strip() for p in front_matter(draft.text).get("sources", [])]  # type: ignore[union-attr]
    for name in named:
        if "://" in name:
            raise InputError(f"{draft.path}: source {name!r} is a web address; name a saved copy")
    base = Path(draft.path).parent
    found = [os.path.normpath(base / p) for p in named if p]
    # A glob such as "*.txt" matches the sources too: a file mapped to itself is a source.
    itself = os.path.abspath(draft.path)
    found += [
        p for p in config.sources_for(draft.path) if p not in found and os.path.abspath(p) != itself
    ]
    return found


def plan(paths: Iterable[str], config: Config, read: Callable[[str], Document]) -> Plan:
    """One comparison per (draft, source); ``read`` loads a file (the pipeline's, cached).

    Drafts and sources are read here, in order, so that a missing source is reported
    as the draft's ("d.md: source wire.txt: no such file") before anything else runs.
    """
    comparisons: list[Comparison] = []
    alone: list[str] = []
    named_by: dict[str, str] = {}
    seen: set[str] = set()
    for path in paths:
        if os.path.abspath(path) in seen:
            continue  # "d.md ./d.md" from a shell glob: one draft, reported once
        seen.add(os.path.abspath(path))
        sources = sources_of(read(path), config)
        if not sources:
            alone.append(path)
        for source in sources:
            named_by.setdefault(os.path.abspath(source), path)
            if os.path.abspath(source) == os.path.abspath(path):
                raise InputError(f"{path}: names itself as a source")
            try:
                read(source)
            except InputError as exc:
                raise InputError(f"{path}: source {exc}") from None
            pair = (path, source)
            comparisons.append(Comparison(pair, reference=1, peers=pair, lead=path))
    return _with_drafts_alone(comparisons, alone, named_by)


def _with_drafts_alone(
    comparisons: list[Comparison], alone: list[str], named_by: dict[str, str]
) -> Plan:
    """The plan, plus each file that names no source checked on its own (its in-document
    rules: conversions, the same fact twice, dates), unless another draft names it as its
    source: that one is skipped, and the plan says why."""
    skipped: list[tuple[str, str]] = []
    for path in alone:
        draft = named_by.get(os.path.abspath(path))
        if draft is not None:
            skipped.append((path, f"a source of {draft}, checked with it"))
        else:
            comparisons.append(Comparison((path,), reference=None, peers=(path,), lead=path))
    return Plan(tuple(comparisons), tuple(skipped))


def coverage(plan: Plan) -> tuple[Unchecked, ...]:
    """What the hook did with each file, for the writer: checked against what, or skipped why.

    A commit that stages only a source re-checks no draft (the source names no sources
    itself), so a skipped file says how to re-check the drafts that cite it.
    """
    from figcheck.rules.api import Unchecked

    against: dict[str, list[str]] = {}
    alone: list[str] = []
    for comparison in plan.comparisons:
        if len(comparison.paths) == 1:
            alone.append(comparison.paths[0])
            continue
        draft, source = comparison.paths
        against.setdefault(draft, []).append(source)
    told = [
        Unchecked(draft, f"checked against {', '.join(sources)} (each source alone)")
        for draft, sources in against.items()
    ]
    told += [
        Unchecked(path, "names no sources: checked alone (conversions, facts stated twice, dates)")
        for path in alone
    ]
    told += [
        Unchecked(
            path,
            f"skipped: {why}; if it changed, re-check the drafts that cite it with"
            " `figcheck hook DRAFT...`",
        )
        for path, why in plan.skipped
    ]
    return tuple(sorted(told))
