"""time-reference-drift: the time a figure refers to changed between versions.

The relative date words in the same clause as aligned figures are compared by what they
mean: "the previous year", "last year" and "a year ago" agree; "the year's" or "this
year" do not agree with them.

Passes::

    a.txt: only 14 objections from the previous year's consultation
    b.txt: 14 objections from the consultation of last year

Fails::

    a.txt: Electricity prices in the region rose 12% last year.
    b.txt: Regional electricity prices climbed 12% this year.
"""

from __future__ import annotations

from collections.abc import Iterator

from figcheck.engine import Context, FigureRef
from figcheck.figures import Evidence, Finding
from figcheck.rules import _facts

ID = "time-reference-drift"
SEVERITY = "warning"


def _evidence(context: Context, ref: FigureRef, words: FigureRef) -> Evidence:
    """The figure and its time words as one phrase."""
    doc = context.documents[ref.doc]
    spans = (context.figure(ref).span, context.figure(words).span)
    start, end = min(s for s, _ in spans), max(e for _, e in spans)
    line, column = doc.line_column(start)
    return Evidence(doc.path, line, column, start, end, doc.text[start:end])


def check(context: Context, options: dict) -> Iterator[Finding]:
    for fact in context.facts:
        if any(context.figure(r).relative for r in fact):
            continue
        attached = {}
        for ref in fact:
            words = _facts.attached_relative(context, ref)
            if words is not None:
                offset = _facts.relative_offset(context.figure(words).text)
                if offset is not None:
                    attached[ref] = (words, offset)
        involved = set()
        if context.reference is not None:
            base = next((r for r in attached if r.doc == context.reference), None)
            if base is not None:
                odd = {r for r in attached if attached[r][1] != attached[base][1]}
                involved = odd | {base} if odd else set()
        elif len({offset for _, offset in attached.values()}) > 1:
            involved = set(attached)
        if not involved:
            continue
        refs = sorted(involved, key=lambda r: (r.doc, r.fig))
        readings: dict[int, list[str]] = {}
        for ref in refs:
            words, offset = attached[ref]
            shown = " ".join(context.figure(words).text.split())
            readings.setdefault(offset, []).append(f'"{shown}" in {_facts.name(context, ref)}')
        message = "time reference changed for the same figure: " + "; ".join(
            ", ".join(parts) for parts in readings.values()
        )
        borrowed = sorted(
            {
                _facts.name(context, r)
                for r in refs
                if context.documents[r.doc].published_source in ("fallback", None)
            }
        )
        if borrowed and context.fallback_date:
            message += (
                f" (no date in {', '.join(borrowed)}: read as of "
                f"{context.fallback_date.isoformat()}, the other versions' date)"
            )
        evidence = tuple(_evidence(context, r, attached[r][0]) for r in refs)
        yield Finding(ID, SEVERITY, message, evidence)
