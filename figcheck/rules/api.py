"""What a rule is given and what it gives back: the public, pure rule API.

A rule module has ``ID``, ``SEVERITY``, ``OPTIONS`` (each option it takes, with its
default: the configuration checks a user's values against them) and
``check(context, options)``, a generator of ``Finding`` and ``Unchecked`` records.
The pipeline builds the ``Context``: the versions, their aligned facts, and the
services a rule may need (the alignment's word profiles, the run's exchange
rates), all read-only. A rule never opens a file, prints, or keeps state between
calls, so the same context always gives the same findings.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, NamedTuple

from figcheck.document import Document, Version
from figcheck.figures import Evidence, Figure, FigureRef
from figcheck.text import line_column, line_starts

if TYPE_CHECKING:
    from figcheck.rates import RateTable


class Unchecked(NamedTuple):
    """Something a rule could not check (an unknown currency, an undated version).

    A named tuple (see figcheck.run): rules make these, and every check defines the type.
    """

    #: What could not be checked: "fx", "fx: a.txt:3", a document's path.
    subject: str
    reason: str

    def __str__(self) -> str:
        return f"{self.subject}: {self.reason}" if self.subject else self.reason


class Rates:
    """The run's exchange-rate tables: opened on first use, once, since few runs need them."""

    def __init__(self, directory: str | None = None):
        #: The resolved rates directory (figcheck.rates.resolve_dir); None: the shipped tables.
        self.directory = directory
        self._table: RateTable | None = None

    def table(self) -> RateTable:
        """The rate table; an InputError says why it cannot be read."""
        if self._table is None:
            from figcheck.rates import RateTable

            self._table = RateTable.load(self.directory)
        return self._table


@dataclass(frozen=True)
class Context:
    """What a rule may look at: the versions compared, their aligned facts, the services."""

    versions: Sequence[Version]
    #: Groups of figures that report the same fact, one group per fact (from the alignment).
    facts: Sequence[Sequence[FigureRef]] = ()
    #: Index of the reference version, or None when every pair of versions is compared.
    reference: int | None = None
    #: The alignment's word profiles of one version's figures (figcheck.align.Profile).
    profiles: Callable[[int], Sequence[Any]] | None = None
    #: The exchange rates of the run.
    rates: Rates = field(default_factory=Rates)
    #: Each version's line starts (figcheck.text.line_starts), when the pipeline has them.
    lines: Sequence[Sequence[int]] = ()

    def document(self, index: int) -> Document:
        return self.versions[index].document

    def figure(self, ref: FigureRef) -> Figure:
        return self.versions[ref.doc].figures[ref.fig]

    def evidence(self, ref: FigureRef) -> Evidence:
        """The words of a figure (with its qualifier and noun) as a finding shows them."""
        start, end = self.figure(ref).span
        return self.words(ref.doc, start, end)

    def words(self, index: int, start: int, end: int) -> Evidence:
        """Any stretch of one version's text as evidence, with its line and column."""
        doc = self.document(index)
        starts = self.lines[index] if self.lines else line_starts(doc.text)
        line, column = line_column(starts, start)
        return Evidence(doc.path, line, column, start, end, doc.text[start:end])
