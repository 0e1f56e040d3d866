"""A fact a version states twice, once as the other versions do and once mistyped.

A draft that gets a figure right in its prose and wrong in its table ("Transit subsidies
rise to $205 million from $190 million" in the source, "$190 million" in the draft's
bullet, "| Transit subsidies | $109 million |" in its table) hides the slip from the
alignment, which pairs one figure per version with each fact: the right one. Here the
figures no fact holds are looked at again: one that is a slip of the pen of the value a
fact's versions agree on (two neighbouring digits swapped: ``align.values.digits_swapped``), in a
version that states that fact already, with a word in common with the fact's sentences
near it, and whose own value no other version states (it would be another fact's), is
that fact told wrong.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from figcheck.align.values import digits_swapped
from figcheck.align.words import sentence_of
from figcheck.figures import Figure, FigureRef
from figcheck.rules import _facts
from figcheck.rules.api import Context

#: How far from a figure, within its sentence (a table row, a bullet, a line of a box is
#: one), its words are read, in characters: a restating sentence may name the fact at its
#: other end ("78.1% of the 48,312 people who came ... were seen within four hours").
REACH = 150
_WORD = re.compile(r"[^\W\d_]{4,}")


def slips(context: Context, agree) -> Iterator[tuple[FigureRef, FigureRef, list[FigureRef]]]:
    """(slip, the version's own member, the fact) for every fact whose members ``agree``
    (a judge: None where two figures agree) that a version restates mistyped."""
    if context.profiles is None:
        return
    claimed = {ref for fact in context.facts for ref in fact}
    loose = _unclaimed_by_digits(context, claimed)
    if not loose:
        return
    stated = _values_by_version(context)
    aligned = [
        (fact, False)
        for fact in context.facts
        if len({ref.doc for ref in fact}) > 1 and _agreed(context, fact, agree)
    ]
    for fact, unaligned in [*aligned, *((twins, True) for twins in _twins(context, claimed))]:
        for member in fact:
            fig = context.figure(member)
            for other in loose.get((member.doc, fig.unit, _digit_key(fig.value)), ()):
                if _restates(context, fact, member, other, stated, unaligned):
                    yield other, member, list(fact)


def _twins(context: Context, claimed: set[FigureRef]) -> list[list[FigureRef]]:
    """Figures no fact holds that state one value in several versions, one from each:
    the alignment leaves a pair out where a version states its value twice, words better
    matching the slip ("| Transit subsidies | $109 million |" beside "up from $190
    million", against "Transit subsidies rise ... from $190 million")."""
    by_value: dict[tuple, dict[int, FigureRef]] = {}
    for ref, fig in _unclaimed(context, claimed):
        family = context.profiles(ref.doc)[ref.fig].family
        by_value.setdefault((family, fig.unit, fig.value), {}).setdefault(ref.doc, ref)
    return [[refs[d] for d in sorted(refs)] for refs in by_value.values() if len(refs) > 1]


def _agreed(context: Context, fact, agree) -> bool:
    texts = [context.document(ref.doc).text for ref in fact]
    figures = [context.figure(ref) for ref in fact]
    return all(
        agree(figures[i], figures[j], texts[i], texts[j]) is None
        for i in range(len(fact))
        for j in range(i + 1, len(fact))
    )


def _restates(
    context: Context, fact, member: FigureRef, other: FigureRef, stated, unaligned: bool
) -> bool:
    """Whether ``other`` is ``member``'s fact told again with a slip; a fact of figures
    only their value joins (``unaligned``) needs words in common with another version's."""
    profiles = context.profiles(member.doc)
    mine, theirs = profiles[member.fig], profiles[other.fig]
    if mine.family != theirs.family or not digits_swapped(mine.figure, theirs.figure):
        return False
    value = (theirs.figure.unit, theirs.figure.value)
    if any(value in values for doc, values in stated.items() if doc != other.doc):
        return False  # another version states it: another fact's figure
    near = _words_near(context, other)
    told = [ref for ref in fact if not (unaligned and ref.doc == other.doc)]
    return any(near & _words_near(context, ref) for ref in told)


def _unclaimed_by_digits(context: Context, claimed: set[FigureRef]) -> dict[tuple, list]:
    """The figures no fact holds, written with three digits or more, by version, unit and
    the digits they are written with (a swap keeps them): where a slip can be found."""
    found: dict[tuple, list[FigureRef]] = {}
    for ref, fig in _unclaimed(context, claimed):
        if sum(ch.isdigit() for ch in fig.text) >= 3:
            found.setdefault((ref.doc, fig.unit, _digit_key(fig.value)), []).append(ref)
    return found


def _unclaimed(context: Context, claimed: set[FigureRef]) -> Iterator[tuple[FigureRef, Figure]]:
    """The numbers no fact holds, dates aside, with their references."""
    for d, version in enumerate(context.versions):
        for i, fig in enumerate(version.figures):
            ref = FigureRef(d, i)
            if ref not in claimed and _facts.is_number(fig) and fig.kind not in ("date", "period"):
                yield ref, fig


def _digit_key(value) -> str:
    """The digits of a value, sorted: two neighbouring digits swapped keep them ("$190
    million", "$109 million")."""
    if not isinstance(value, Decimal):
        return ""
    digits = format(abs(value).normalize(), "f").replace(".", "").lstrip("0")
    return "".join(sorted(digits))


def _values_by_version(context: Context) -> dict[int, set[tuple]]:
    return {
        d: {(fig.unit, fig.value) for fig in version.figures if _facts.is_number(fig)}
        for d, version in enumerate(context.versions)
    }


def _words_near(context: Context, ref: FigureRef) -> set[str]:
    """The longer words of a figure's sentence within REACH of it, its own noun's too
    ("transit", "staff"); another sentence's words tell another fact."""
    from figcheck.extractors.words import STOPWORDS

    text = context.document(ref.doc).text
    start, end = context.figure(ref).span
    first, last = sentence_of(text, start)
    left, right = max(first, start - REACH), min(max(last, end), end + REACH)
    return {w.lower() for w in _WORD.findall(text, left, right)} - STOPWORDS
