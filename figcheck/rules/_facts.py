"""What several rules need: which figures of a fact to compare, value tolerances, messages."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from decimal import Decimal
from typing import NamedTuple

from figcheck.extractors.qualifiers import qualifier_meaning
from figcheck.figures import Figure, FigureRef, Finding
from figcheck.rules.api import Context

#: Relative time words and the year (or other unit) offset they mean; first match wins.
RELATIVE_OFFSETS: tuple[tuple[str, int], ...] = (
    (r"\b(?:previous|last|prior|preceding|ago|earlier|before)\b", -1),
    (r"\b(?:next|coming|following)\b", 1),
    (r"\b(?:this|current|same)\b|\bthe \w+'s\b|\bthe \w+\b", 0),
)
#: Conversions at different rates legitimately differ by a few percent.
CONVERSION_TOLERANCE = Decimal("0.05")
APPROX_TOLERANCE = Decimal("0.10")


class Rule(NamedTuple):
    """A rule's id and severity, as findings carry them."""

    ID: str
    SEVERITY: str


def reading(fig: Figure) -> tuple:
    """Figures with the same reading compare alike, so one of each is enough."""
    return (fig.kind, fig.value, fig.unit, fig.qualifier, fig.vague, fig.text.lower(),
            fig.conversion_of is None, fig.precision)  # fmt: skip


def pairs(context: Context, fact: Sequence[FigureRef]) -> Iterable[tuple[FigureRef, FigureRef]]:
    """With --reference, each version against the reference only; else every pair once.

    Versions that read alike are compared through one representative, so 200 copies of
    a story cost no more than their distinct readings; ``finding`` adds the others back.
    """
    if context.reference is not None:
        refs = [r for r in fact if r.doc == context.reference]
        if not refs:
            return []
        return [(refs[0], r) for r in fact if r.doc != context.reference]
    firsts: dict[tuple, FigureRef] = {}
    for ref in fact:
        firsts.setdefault(reading(context.figure(ref)), ref)
    return list(itertools.combinations(firsts.values(), 2))


#: Why two figures of one fact disagree (None: they agree), given each version's text.
Judge = Callable[[Figure, Figure, str, str], "str | None"]
#: The head of a finding's message, from the sorted reasons and the figures involved.
Headline = Callable[[list[str], list[Figure]], str]


def pairwise(
    context: Context, rule: Rule, judge: Judge, key: Callable[[Figure], object], headline: Headline
) -> Iterator[Finding]:
    """One finding per fact in which ``judge`` faults a pair of versions: the loop most rules share.

    The finding names every version that reads like a faulted one, grouped by ``key``
    ('"48 turbines" in a.txt, c.txt; "50 turbines" in b.txt'), after ``headline``.
    """
    for fact in context.facts:
        involved: set[FigureRef] = set()
        reasons: set[str] = set()
        for a, b in pairs(context, fact):
            texts = context.document(a.doc).text, context.document(b.doc).text
            reason = judge(context.figure(a), context.figure(b), *texts)
            if reason is not None:
                involved.update((a, b))
                reasons.add(reason)
        if involved:
            involved = with_alike(context, fact, involved)
            groups = grouped(context, involved, key)
            head = headline(sorted(reasons), [context.figure(r) for r in involved])
            yield finding(rule, f"{head}: {versions(context, groups)}", context, involved)


def finding(rule, message: str, context: Context, refs: Iterable[FigureRef]) -> Finding:
    """A finding with one piece of evidence per figure involved, in document order."""
    unique = sorted(set(refs), key=lambda r: (r.doc, r.fig))
    return Finding(rule.ID, rule.SEVERITY, message, tuple(context.evidence(r) for r in unique))


def phrase(context: Context, ref: FigureRef) -> str:
    start, end = context.figure(ref).span
    return " ".join(context.document(ref.doc).text[start:end].split())


def name(context: Context, ref: FigureRef) -> str:
    return str(context.document(ref.doc).path)


def versions(context: Context, groups: dict[object, list[FigureRef]]) -> str:
    """'"48 turbines" in a.txt, c.txt; "50 turbines" in b.txt' — one part per reading."""
    parts = []
    for refs in groups.values():
        shown = phrase(context, refs[0])
        where = ", ".join(name(context, r) for r in refs)
        parts.append(f'"{shown}" in {where}')
    return "; ".join(parts)


def grouped(context: Context, refs: Iterable[FigureRef], key) -> dict[object, list[FigureRef]]:
    groups: dict[object, list[FigureRef]] = {}
    for ref in sorted(set(refs), key=lambda r: (r.doc, r.fig)):
        groups.setdefault(key(context.figure(ref)), []).append(ref)
    return groups


def is_number(fig: Figure) -> bool:
    return isinstance(fig.value, Decimal) and not fig.vague


def rounding(fig: Figure) -> Decimal:
    """Half a unit of the last digit written, where writers round (scale words, %, money)."""
    if not isinstance(fig.value, Decimal):
        return Decimal(0)
    if fig.kind not in ("percent", "money") and not fig.scale:
        return Decimal(0)
    exponent = fig.value.normalize().as_tuple().exponent
    if not isinstance(exponent, int):
        return Decimal(0)
    return Decimal(5) * Decimal(10) ** (exponent - 1)


def interval(fig: Figure) -> tuple[Decimal | None, Decimal | None]:
    """The values a figure allows, given rounding and its qualifier; None is unbounded."""
    return _interval(fig, fig.qualifier)


def _interval(fig: Figure, qualifier: str | None) -> tuple[Decimal | None, Decimal | None]:
    value = fig.value
    tolerance = rounding(fig)
    if fig.conversion_of is not None:
        tolerance = max(tolerance, abs(value) * CONVERSION_TOLERANCE)
    meaning = qualifier_meaning(qualifier)
    if meaning == "approx":
        tolerance = max(tolerance, abs(value) * APPROX_TOLERANCE)
    low, high = value - tolerance, value + tolerance
    if meaning == "lower":
        return low, None
    if meaning == "upper":
        return None, high
    return low, high


def overlap(a: tuple, b: tuple) -> bool:
    a_low, a_high = a
    b_low, b_high = b
    if a_high is not None and b_low is not None and a_high < b_low:
        return False
    if b_high is not None and a_low is not None and b_high < a_low:
        return False
    return True


def values_agree(a: Figure, b: Figure, with_qualifiers: bool = True) -> bool:
    if with_qualifiers:
        return overlap(interval(a), interval(b))
    # As if neither had a qualifier (without building new figures: this runs per pair).
    return overlap(_interval(a, None), _interval(b, None))


def scale_factor(a: Figure, b: Figure) -> int | None:
    """1000, 1000000 … when one value is the other times a power of a thousand (±2%)."""
    if not (is_number(a) and is_number(b)) or a.value == 0 or b.value == 0:
        return None
    low, high = sorted((abs(a.value), abs(b.value)))
    ratio = high / low
    for power in (3, 6, 9, 12):
        factor = Decimal(10) ** power
        if abs(ratio / factor - 1) <= Decimal("0.02"):
            return int(factor)
    return None


def relative_offset(words: str) -> int | None:
    text = words.lower().replace("\u2019", "'")
    for pattern, offset in _RELATIVE_OFFSETS:
        if pattern.search(text):
            return offset
    return None


_RELATIVE_OFFSETS = tuple((re.compile(pattern), offset) for pattern, offset in RELATIVE_OFFSETS)


_CLAUSE_BREAK = re.compile(r"[;:,()\u2014\u2013]|\.\s|\b(?:but|while|whereas|although)\b")
#: How far relative words may stand from a figure and still be about it.
NEAR = 60


def relative_spans(context: Context, index: int) -> list[tuple[int, int, int]]:
    """(figure index, start, end) of each relative date ("last year") in one version."""
    figures = context.versions[index].figures
    return [(i, *f.span) for i, f in enumerate(figures) if f.relative]


def attached_relative(
    context: Context, ref: FigureRef, relatives: list[tuple[int, int, int]]
) -> FigureRef | None:
    """The relative date words in the same clause as a figure ("12% last year").

    ``relatives`` are the version's ``relative_spans``, worked out once by the caller.
    """
    text = context.document(ref.doc).text
    start, end = context.figure(ref).span
    best = None
    for index, o_start, o_end in relatives:
        if index == ref.fig or o_start - end > NEAR or start - o_end > NEAR:
            continue
        if o_start >= end:
            gap = text[end:o_start]
        elif o_end <= start:
            gap = text[o_end:start]
        else:
            gap = ""
        if len(gap) > NEAR or _CLAUSE_BREAK.search(gap):
            continue
        if best is None or len(gap) < best[0]:
            best = (len(gap), FigureRef(ref.doc, index))
    return best[1] if best else None


def with_alike(context: Context, fact: Sequence[FigureRef], involved: set) -> set:
    """The involved figures and every other version of the fact that reads like one."""
    if context.reference is not None:
        return set(involved)
    readings = {reading(context.figure(r)) for r in involved}
    return set(involved) | {r for r in fact if reading(context.figure(r)) in readings}
