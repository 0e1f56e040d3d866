"""Run the rules over a set of documents and collect their findings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from figcheck.document import Document, Version
from figcheck.figures import Evidence, Figure, FigureRef, Finding


@dataclass
class Context:
    """What a rule may look at: the documents, their figures and the aligned facts."""

    documents: Sequence[Document]
    #: Groups of figures that report the same fact, one group per fact (filled by align).
    facts: Sequence[Sequence[FigureRef]] = ()
    #: Index of the --reference document, or None when all versions are compared.
    reference: int | None = None
    #: A date to use for documents that state none (from --date or the other documents).
    fallback_date: dt.date | None = None
    #: Things a rule could not check (an unknown currency, an undated document).
    unchecked: list[str] = field(default_factory=list)
    #: Work shared between alignment and rules (each document's figure profiles).
    cache: dict[Any, Any] = field(default_factory=dict, repr=False, compare=False)
    #: The alignment the facts came from: rules read its word profiles.
    alignment: Any = None

    def figure(self, ref: FigureRef) -> Figure:
        return self.documents[ref.doc].figures[ref.fig]

    def evidence(self, ref: FigureRef) -> Evidence:
        """The words of a figure (with its qualifier and noun) as a finding shows them."""
        doc = self.documents[ref.doc]
        fig = doc.figures[ref.fig]
        start, end = fig.span
        line, column = doc.line_column(start)
        return Evidence(doc.path, line, column, start, end, doc.text[start:end])


@dataclass
class Report:
    """The outcome of a run: findings in a stable order, and what could not be checked."""

    documents: Sequence[Document]
    findings: list[Finding]
    unchecked: list[str]
    #: Findings silenced by an inline ``figcheck: ignore`` comment (see figcheck.suppress).
    suppressed: list[Finding] = field(default_factory=list)

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)


def sort_key(finding: Finding) -> tuple[Any, ...]:
    first = finding.evidence[0] if finding.evidence else None
    where = (first.path, first.start) if first else ("", 0)
    return (*where, finding.rule, finding.message)


def check(
    documents: Sequence[Document],
    reference: int | None = None,
    fallback_date: dt.date | None = None,
    options: dict[str, dict[str, Any]] | None = None,
    disabled: frozenset[str] = frozenset(),
) -> Report:
    """Align the documents' figures, run every enabled rule, return the sorted findings.

    ``options`` maps a rule id to its own settings (tolerances …); each rule sees only its own.
    """
    from figcheck.align import align
    from figcheck.parallel import extract_documents
    from figcheck.rules import load_rules

    extract_documents(documents)
    options = options or {}
    context = Context(documents, reference=reference, fallback_date=fallback_date)
    versions = [Version(doc, tuple(doc.figures)) for doc in documents]
    context.alignment = align(versions, reference)
    context.facts = [list(fact) for fact in context.alignment.facts]
    findings: list[Finding] = []
    for rule_id, rule in load_rules().items():
        if rule_id in disabled:
            continue
        findings.extend(rule.check(context, options.get(rule_id, {})))
    findings.sort(key=sort_key)
    return Report(documents, findings, sorted(set(context.unchecked)))
