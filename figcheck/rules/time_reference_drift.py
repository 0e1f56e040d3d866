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

from collections.abc import Iterator, Mapping
from typing import Any

from figcheck.figures import Evidence, FigureRef, Finding
from figcheck.rules import _facts
from figcheck.rules.api import Context

ID = "time-reference-drift"
SEVERITY = "warning"
OPTIONS: dict[str, object] = {}

#: A figure and the relative date words beside it, with the offset they mean (-1: last year).
Attached = dict[FigureRef, tuple[FigureRef, int]]


def _evidence(context: Context, ref: FigureRef, words: FigureRef) -> Evidence:
    """The figure and its time words as one phrase."""
    spans = (context.figure(ref).span, context.figure(words).span)
    return context.words(ref.doc, min(s for s, _ in spans), max(e for _, e in spans))


def _attached(context: Context, fact, relatives: dict[int, list]) -> Attached:
    """The fact's figures that have time words in their clause, and what those words mean."""
    attached = {}
    for ref in fact:
        if ref.doc not in relatives:
            relatives[ref.doc] = _facts.relative_spans(context, ref.doc)
        words = _facts.attached_relative(context, ref, relatives[ref.doc])
        if words is not None:
            offset = _facts.relative_offset(context.figure(words).text)
            if offset is not None:
                attached[ref] = (words, offset)
    return attached


def _drifted(context: Context, attached: Attached) -> list[FigureRef]:
    """The figures whose time words disagree: with the reference's, else with each other."""
    involved: set[FigureRef] = set()
    if context.reference is not None:
        base = next((r for r in attached if r.doc == context.reference), None)
        if base is not None:
            odd = {r for r in attached if attached[r][1] != attached[base][1]}
            involved = odd | {base} if odd else set()
    elif len({offset for _, offset in attached.values()}) > 1:
        involved = set(attached)
    return sorted(involved, key=lambda r: (r.doc, r.fig))


def _message(context: Context, refs: list[FigureRef], attached: Attached) -> str:
    readings: dict[int, list[str]] = {}
    for ref in refs:
        words, offset = attached[ref]
        shown = " ".join(context.figure(words).text.split())
        readings.setdefault(offset, []).append(f'"{shown}" in {_facts.name(context, ref)}')
    message = "time reference changed for the same figure: " + "; ".join(
        ", ".join(parts) for parts in readings.values()
    )
    # An undated version's relative words were read as of a date borrowed from the others.
    borrowed = [context.document(r.doc) for r in refs]
    borrowed = [doc for doc in borrowed if doc.published_source == "fallback"]
    if borrowed:
        names = ", ".join(sorted({doc.path for doc in borrowed}))
        days = ", ".join(sorted({doc.published.isoformat() for doc in borrowed if doc.published}))
        message += f" (no date in {names}: read as of {days}, the other versions' date)"
    return message


def check(context: Context, options: Mapping[str, Any]) -> Iterator[Finding]:
    relatives: dict[int, list] = {}  # each version's relative dates, found once per check
    for fact in context.facts:
        if any(context.figure(r).relative for r in fact):
            continue
        attached = _attached(context, fact, relatives)
        refs = _drifted(context, attached)
        if refs:
            evidence = tuple(_evidence(context, r, attached[r][0]) for r in refs)
            yield Finding(ID, SEVERITY, _message(context, refs, attached), evidence)
