"""The records of a run: what it compares, with which settings, and what it found.

A planner (stories, hook) decides which versions are checked together and against
what; the pipeline does the rest (loading each file once, dating, reading figures,
merging the findings) the same way for every command, and returns one Report.
They live apart from the pipeline so that `figcheck extract`, which needs none of
them, starts without building them.

The records that only pass between planners and pipeline are named tuples: as
immutable as a frozen dataclass, and a sixth of its start-up cost (a frozen
dataclass costs about half a millisecond to define, and a hook run pays for every one).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple

from figcheck.document import Version
from figcheck.figures import Finding

if TYPE_CHECKING:
    from figcheck.rules.api import Unchecked


class Comparison(NamedTuple):
    """Versions checked together: one story, or one draft against one source."""

    #: The versions' paths, the reference first when there is one.
    paths: tuple[str, ...]
    #: Index in ``paths`` of the version every other is compared with; None: every pair.
    reference: int | None = None
    #: Paths whose stated dates lend an undated version theirs (the most common wins).
    peers: tuple[str, ...] = ()
    #: The path whose words lead each finding (a draft), or None for document order.
    lead: str | None = None


class Plan(NamedTuple):
    """Every comparison of a run, in the order their versions are reported."""

    comparisons: tuple[Comparison, ...]
    #: Files read but not checked, each with why ("a source of d.md, checked with it").
    skipped: tuple[tuple[str, str], ...] = ()


class Settings(NamedTuple):
    """What a run takes besides its files: the command line already merged over the config."""

    #: Lent to documents that state no date.
    date: dt.date | None = None
    #: Where ``date`` came from: "option" (--date) or "config".
    date_source: str = "option"
    #: Rule id -> the options the user set (each rule's OPTIONS give the rest).
    options: Mapping[str, Mapping[str, Any]] = MappingProxyType({})
    disabled: frozenset[str] = frozenset()
    #: The exchange-rate directory; None: figcheck.rates.resolve_dir's choice without options.
    rates_dir: str | None = None


@dataclass(frozen=True)
class Report:
    """The outcome of a run: each version read, findings in a stable order, what went unchecked."""

    versions: tuple[Version, ...] = ()
    findings: tuple[Finding, ...] = ()
    unchecked: tuple[Unchecked, ...] = ()
    #: Findings silenced by an inline ``figcheck: ignore`` comment (see figcheck.suppress).
    suppressed: tuple[Finding, ...] = ()
    #: Warnings about the run itself that every format shows (exchange rates older than a
    #: version: figcheck.freshness), as (subject, reason) records.
    notices: tuple[Unchecked, ...] = ()
    #: Findings left out because a baseline file accepted them (figcheck.report.baseline).
    baselined: tuple[Finding, ...] = ()
    #: A hook run's account of each file: the sources it was checked against, or why it
    #: was skipped (figcheck.hook.coverage).
    coverage: tuple[Unchecked, ...] = ()
    #: (copy, original): a version whose text is identical to another's, checked once as
    #: that one (figcheck.pipeline.one_per_text); its note is among ``unchecked`` too.
    identical: tuple[tuple[str, str], ...] = ()

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)
