"""time-reference-drift: the time a figure refers to changed between versions.

The relative date words in the same clause as aligned figures are compared by what they
mean: "the previous year", "last year" and "a year ago" agree; "the year's" or "this
year" do not agree with them. A date beside the figure is compared too, as the interval
it covers (resolved against its own version's date, as date-mismatch compares dates): the
same "185%" told for September in one version and for October in another is one figure
moved to another month; "12% in July 2020" and "12% in the summer of 2020" agree (a month
inside its season), and "4% in 2023" against "4% by 2023" moves a point to a deadline.
Only figures that agree are compared so: a figure that changed is number-mismatch's.

Passes::

    a.txt: only 14 objections from the previous year's consultation
    b.txt: 14 objections from the consultation of last year

Fails::

    a.txt: Electricity prices in the region rose 12% last year.
    b.txt: Regional electricity prices climbed 12% this year.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterator, Mapping
from typing import Any

from figcheck.figures import Evidence, Figure, FigureRef, Finding
from figcheck.rules import _facts
from figcheck.rules.api import Context
from figcheck.rules.date_mismatch import (
    as_told,
    difference,
    latest_date,
    own_date,
    told_alike,
)

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
            odd = {r for r in attached if _disagree(context, attached[r], attached[base])}
            involved = odd | {base} if odd else set()
    elif any(
        _disagree(context, attached[a], attached[b]) for a, b in itertools.combinations(attached, 2)
    ):
        involved = set(attached)
    return sorted(involved, key=lambda r: (r.doc, r.fig))


def _disagree(context: Context, a: tuple[FigureRef, int], b: tuple[FigureRef, int]) -> bool:
    """Whether two figures' time words mean different times: their offsets differ, unless
    both resolve to the same days ("the fourth quarter" and "the final quarter of last
    year" told in March are one quarter)."""
    (words_a, offset_a), (words_b, offset_b) = a, b
    if offset_a == offset_b:
        return False
    value = context.figure(words_a).value
    return value is None or value != context.figure(words_b).value


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
    borrowed = [doc for doc in borrowed if doc.date_borrowed]
    if borrowed:
        names = ", ".join(sorted({doc.path for doc in borrowed}))
        days = ", ".join(sorted({doc.published.isoformat() for doc in borrowed if doc.published}))
        message += f" (no date in {names}: read as of {days}, the other versions' date)"
    return message


def check(context: Context, options: Mapping[str, Any]) -> Iterator[Finding]:
    relatives: dict[int, list] = {}  # each version's relative dates, found once per check
    times: dict[int, list] = {}  # and all its dates and periods
    # Which fact each figure is in: dates aligned with each other are date-mismatch's.
    facts = {ref: n for n, fact in enumerate(context.facts) for ref in fact}
    published = latest_date(context)  # what a deadline is told against (date-mismatch)
    for fact in context.facts:
        if any(context.figure(r).relative for r in fact):
            continue
        attached = _attached(context, fact, relatives)
        refs = _drifted(context, attached)
        if refs:
            evidence = tuple(_evidence(context, r, attached[r][0]) for r in refs)
            yield Finding(ID, SEVERITY, _message(context, refs, attached), evidence)
            continue
        if not any(context.figure(r).kind in ("date", "period") for r in fact):
            yield from _moved(context, fact, times, facts, published)


def _moved(
    context: Context,
    fact,
    times: dict[int, list],
    facts: dict[FigureRef, int],
    published: dt.date | None,
) -> Iterator[Finding]:
    """The fact's figures told for disjoint times in different versions, as one finding."""
    dates: dict[FigureRef, FigureRef] = {}
    for ref in fact:
        if ref.doc not in times:
            times[ref.doc] = _facts.time_spans(context, ref.doc)
        words = _facts.attached_relative(context, ref, times[ref.doc])
        if words is not None:
            dates[ref] = words
    involved: set[FigureRef] = set()
    reasons: set[str] = set()
    for a, b in _pairs(context, [r for r in fact if r in dates], dates, facts):
        reason = _another_time(context, (a, dates[a]), (b, dates[b]), published)
        if reason:
            involved.update((a, b))
            reasons.add(reason)
    if involved:
        if context.reference is None:  # every version that reads like an involved one
            keys = {_key(context, r, dates) for r in involved}
            involved |= {r for r in dates if _key(context, r, dates) in keys}
        refs = _odd_first(context, sorted(involved, key=lambda r: (r.doc, r.fig)), dates)
        told = "; ".join(
            f'"{_phrase(context, r, dates[r])}" in {_facts.name(context, r)}' for r in refs
        )
        message = f"the same figure is told for another time ({'; '.join(sorted(reasons))}): {told}"
        evidence = tuple(_evidence(context, r, dates[r]) for r in refs)
        yield Finding(ID, SEVERITY, message, evidence)


def _odd_first(
    context: Context, refs: list[FigureRef], dates: dict[FigureRef, FigureRef]
) -> list[FigureRef]:
    """The figures, the one told for the time fewest versions give first (where every format
    reports the finding; with --reference, the compared version's); a tie keeps document
    order."""
    if context.reference is not None:
        compared = [r for r in refs if r.doc != context.reference]
        return compared[:1] + [r for r in refs if r not in compared[:1]]
    versions: dict[object, set[int]] = {}
    for ref in refs:
        versions.setdefault(context.figure(dates[ref]).value, set()).add(ref.doc)
    counts = sorted(len(docs) for docs in versions.values())
    if len(counts) < 2 or counts[0] == counts[-1]:
        return refs
    odd = next(r for r in refs if len(versions[context.figure(dates[r]).value]) == counts[0])
    return [odd, *(r for r in refs if r != odd)]


def _pairs(
    context: Context,
    refs: list[FigureRef],
    dates: dict[FigureRef, FigureRef],
    facts: dict[FigureRef, int],
) -> list[tuple[FigureRef, FigureRef]]:
    """Every pair to compare (with --reference, each against it), one per two distinct
    readings: the figure and its date read alike in many versions are compared once, through
    the one whose text comes first (never through the order the files were given in).
    Readings whose dates are aligned with each other in some versions are left to
    date-mismatch, which compares those dates."""
    if context.reference is not None:
        base = [r for r in refs if r.doc == context.reference]
        return [
            (base[0], r)
            for r in refs
            if r.doc != context.reference and facts.get(dates[base[0]], -1) != facts.get(dates[r])
        ] if base else []  # fmt: skip
    alike: dict[tuple, list[FigureRef]] = {}
    for ref in refs:
        alike.setdefault(_key(context, ref, dates), []).append(ref)
    readings = [
        (min(group, key=lambda r: (context.document(r.doc).text, r.fig)),
         {facts[dates[r]] for r in group if dates[r] in facts})
        for group in alike.values()
    ]  # fmt: skip
    return [
        (a, b)
        for (a, dated_a), (b, dated_b) in itertools.combinations(readings, 2)
        if not dated_a & dated_b
    ]


def _key(context: Context, ref: FigureRef, dates: dict[FigureRef, FigureRef]) -> tuple:
    """How a figure and its date read: versions that read alike are compared once."""
    return _facts.reading(context.figure(ref)), _facts.reading(context.figure(dates[ref]))


def _another_time(
    context: Context, a: tuple, b: tuple, published: dt.date | None = None
) -> str | None:
    """Why two agreeing figures are told for different times, or None (``published``: the
    versions' latest date, against which a deadline ahead is a target)."""
    (fig_a, date_a), (fig_b, date_b) = ((context.figure(f), context.figure(d)) for f, d in (a, b))
    if date_a.relative and date_b.relative and _facts.relative_offset(date_a.text) is not None:
        return None  # "last month" against "this month": their words are compared above
    if not _agree(context, a[0], b[0], fig_a, fig_b):
        return None
    told = (as_told(context.document(r.doc), context.figure(r)) for r in (a[1], b[1]))
    date_a, date_b = told_alike(date_a, date_b, *told)
    dated = (own_date(context.document(r.doc)) for r in (a[1], b[1]))
    return difference(date_a, date_b, *dated, published)


def _agree(context: Context, ref_a: FigureRef, ref_b: FigureRef, a: Figure, b: Figure) -> bool:
    if not (_facts.is_number(a) and _facts.is_number(b)) or a.unit != b.unit:
        return False
    texts = context.document(ref_a.doc).text, context.document(ref_b.doc).text
    return _facts.disagreement(a, b, *texts) is None


def _phrase(context: Context, ref: FigureRef, words: FigureRef) -> str:
    return " ".join(_evidence(context, ref, words).text.split())
