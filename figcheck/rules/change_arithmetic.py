"""change-arithmetic: a change whose size its own two ends do not give.

Copy states a change with both its ends in one clause: "Revenue rose 30% to $15 million
from $10 million", "fell 20% from 500 to 400 units", "climbed from 1.2 billion to 1.5
billion yuan, up 25%", "was $15 million, up 30% from $10 million". From $10 million to
$15 million is a rise of 50%, not 30%: a writer who edits one figure and not the others,
or who divides by the wrong end, leaves such a clause. A multiplier verb is checked the
same way ("tripled to $9 million from $4 million" is not a tripling), and against a
percentage told beside it: tripling is a rise of 200%, so "tripled, a 300% increase" is
the classic slip. A change told as a fall whose ends rise (or the other way) is reported,
its size told or not ("rose to £164m from £171m").

Each end covers what its rounding and qualifier allow ("$15 million" is 14.5 to 15.5
million), so the change they give is a range; the stated percentage covers its own
rounding and a further ``TOLERANCE`` (at least ``TOLERANCE_POINTS`` for a percentage),
as a writer may work from unrounded figures; a multiplier verb is loose by
``MULTIPLIER_TOLERANCE`` ("doubled" for 1.9 times), twice that after "nearly" or
"about". A change of a percentage told in "%" may be relative or in points ("rose 3% to
45% from 42%"), and is reported only where neither reading fits. Only the shapes of
figcheck.rules._changes are read, so a clause that says more ("rose 5% in constant
currency to ...") is left alone.

Across versions, a change told to the same level as a multiplier verb in one ("tripled
last year to 240,000 vehicles") and as a percentage in another ("rose 300% last year to
240,000 vehicles") is reported where the percentage is not the verb's rise.

Passes::

    a.txt: Revenue rose 30% to $13 million from $10 million. Exports doubled to 50,000
           tonnes, a 100% increase.

Fails::

    a.txt: Revenue rose 30% to $15 million from $10 million. Exports tripled to 50,000
           tonnes, a 300% increase.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any

from figcheck.align.values import same_value
from figcheck.extractors.qualifiers import qualifier_meaning
from figcheck.figures import Figure, FigureRef, Finding
from figcheck.rules import _facts
from figcheck.rules._changes import Change, Shapes, Turn, changes, multiplier, shapes, turns
from figcheck.rules.api import Context

ID = "change-arithmetic"
#: Judges one document on its own, so it runs on a draft checked alone too.
IN_DOCUMENT = True
SEVERITY = "error"
OPTIONS: dict[str, object] = {}
RULE = _facts.Rule(ID, SEVERITY)

#: What a stated percentage change may be off beyond its rounding: this share of it, and
#: at least TOLERANCE_POINTS percentage points.
TOLERANCE = Decimal("0.05")
TOLERANCE_POINTS = Decimal(1)
#: How loosely a multiplier verb is used ("doubled" for 1.9 or 2.1 times); twice this
#: after "nearly", "about" and the like.
MULTIPLIER_TOLERANCE = Decimal("0.10")

_HUNDRED = Decimal(100)
#: Ends this many times apart or more are not judged by a change's word alone: one end
#: lacks the scale the other lends it ("de 171 a 164 millones").
_APART = Decimal(100)
#: Units of a change in points, and how many of each make a percentage point.
_POINTS = {"pp": Decimal(1), "bp": _HUNDRED}


def check(context: Context, options: Mapping[str, Any]) -> Iterator[Finding]:
    for index, version in enumerate(context.versions):
        document = version.document
        words = shapes(document.language or "en")
        if words is None:
            continue
        figures = version.figures
        sized = set()
        for change in changes(figures, document.text, words):
            sized.add((change.to, change.start))
            why = wrong(change, figures, document.text, words)
            if why is not None:
                refs = [FigureRef(index, n) for n in change]
                yield _facts.finding(RULE, why, context, refs)
        for turn in turns(figures, document.text, words):
            if (turn.to, turn.start) in sized:
                continue
            why = wrong_way(turn, figures, document.text)
            if why is not None:
                refs = [FigureRef(index, turn.to), FigureRef(index, turn.start)]
                yield _facts.finding(RULE, why, context, refs)
    if len(context.versions) > 1:
        yield from _told_two_ways(context)


def _told_two_ways(context: Context) -> Iterator[Finding]:
    """A change told as a multiplier verb in one version and as a percentage in another,
    to the same level ("tripled last year to 240,000 vehicles" against "rose 300% last
    year to 240,000 vehicles"): the percentage must be the multiplier's rise."""
    verbs, percents = [], []
    for ref, level in sizes_and_levels(context):
        fig = context.figure(ref)
        if fig.kind == "percent" and fig.unit == "%":
            percents.append((ref, level))
        elif fig.kind == "ratio":
            verbs.append((ref, level))
    for ref, level in percents:
        against = [
            verb
            for verb, verb_level in verbs
            if verb.doc != ref.doc
            and verb_level in _facts.fact_of(context, level)
            and same_value(context.figure(verb_level), context.figure(level))
            and not _percent_fits(context, ref, verb)
        ]
        if against:
            text = context.document(ref.doc).text
            verb = context.figure(against[0])
            factor = Decimal(multiplier(verb, _facts.shapes_of(context, against[0].doc)))
            real = (factor - 1) * _HUNDRED
            verb_told = _facts.phrase(context, against[0])
            why = (
                f'"{_told(context.figure(ref), text, context.document(ref.doc).language)}"'
                f' where {_facts.name(context, against[0])} has "{verb_told}" to the same level:'
                f' "{verb_told}" is {"a rise" if real > 0 else "a fall"} of'
                f" {_facts.rounded(abs(real))}%"
            )
            yield _facts.finding(RULE, why, context, [ref, *against], ref)


def sizes_and_levels(context: Context) -> Iterator[tuple[FigureRef, FigureRef]]:
    """Every size of a change told with the level it reached, in every version (as the
    tie-breaks of figcheck.rules._facts read them, once per run)."""
    for index in range(len(context.versions)):
        for size, level in _facts.changes_told(context, index).items():
            yield FigureRef(index, size), FigureRef(index, level)


def _percent_fits(context: Context, percent: FigureRef, verb: FigureRef) -> bool:
    """Whether a percentage tells the rise (or fall) a multiplier verb tells."""
    factor = Decimal(multiplier(context.figure(verb), _facts.shapes_of(context, verb.doc)))
    text = context.document(percent.doc).text
    stated = _size_allowed(
        context.figure(percent),
        text,
        falls=_falls(context.figure(percent), text, _facts.shapes_of(context, percent.doc))
        or factor < 1,
    )
    return stated is None or _overlap(_rise_of(context.figure(verb), factor), stated)


def wrong(change: Change, figures: tuple[Figure, ...], text: str, words: Shapes) -> str | None:
    """Why the change's size does not fit its ends, or None where it does (or cannot be
    judged: ends of two units, an open bound, a level at or below zero)."""
    size, to, start = (figures[n] for n in change)
    if change.to == change.start:
        return _wrong_percent_of_multiplier(figures[change.to], size, text, words)
    if not _same_measure(to, start) or _expected(to, text) or _expected(start, text):
        return None  # (an end that analysts expected is no level the change left or reached)
    ends = _allowed(to, text), _allowed(start, text)
    if None in ends or ends[1][0] <= 0 or ends[0][0] < 0:
        return None
    (to_low, to_high), (start_low, start_high) = ends
    factors = sorted(a / b for a in (to_low, to_high) for b in (start_low, start_high))
    told = f'from "{_shown(start, text)}" to "{_shown(to, text)}"'
    verb = multiplier(size, words)
    if verb is not None:
        allowed = _multiplier_allowed(size, Decimal(verb))
        if _overlap((factors[0], factors[-1]), allowed):
            return None
        real = to.value / start.value
        return f'{told} is {_facts.rounded(real)} times, not "{_shown(size, text)}"'
    stated = _size_allowed(size, text, falls=_falls(size, text, words))
    if stated is None:
        return None
    relative = (factors[0] * _HUNDRED - _HUNDRED, factors[-1] * _HUNDRED - _HUNDRED)
    fits = _overlap(relative, stated) if size.unit == "%" else False
    if start.kind == "percent" and size.unit in ("%", *_POINTS):
        points = (to_low - start_high, to_high - start_low)
        fits = fits or _overlap(points, stated)
    if (
        fits
        or size.unit not in ("%", *_POINTS)
        or (size.unit in _POINTS and start.kind != "percent")
    ):
        return None
    real = (to.value - start.value) / start.value * _HUNDRED
    way = "a rise" if real > 0 else "a fall"
    points = _facts.rounded(abs(to.value - start.value))
    if size.unit in _POINTS:
        return f'{told} is a change of {points} points, not "{_shown(size, text)}"'
    also = f" ({points} points)" if start.kind == "percent" else ""
    return f'{told} is {way} of {_facts.rounded(abs(real))}%{also}, not "{_shown(size, text)}"'


def wrong_way(turn: Turn, figures: tuple[Figure, ...], text: str) -> str | None:
    """Why a change told by its word alone goes the other way from its ends ("rose to £164m
    from £171m"), or None where it does not, or where the ends' rounding allows both ways."""
    to, start = figures[turn.to], figures[turn.start]
    if not _same_measure(to, start) or _expected(to, text) or _expected(start, text):
        return None
    ends = _allowed(to, text), _allowed(start, text)
    if None in ends or ends[1][0] <= 0 or ends[0][0] < 0:
        return None
    (to_low, to_high), (start_low, start_high) = ends
    if max(to_high, start_high) >= _APART * min(to_low, start_low):
        return None  # one end lacks the scale the other lends it ("von 171 auf 164 Millionen")
    if turn.rises and to_high < start_low:
        way, said = "a fall", "a rise"
    elif not turn.rises and to_low > start_high:
        way, said = "a rise", "a fall"
    else:
        return None
    told = f'from "{_shown(start, text)}" to "{_shown(to, text)}"'
    return f'{told} is {way}, not {said} ("{turn.word}")'


def _wrong_percent_of_multiplier(
    verb_figure: Figure, size: Figure, text: str, words: Shapes
) -> str | None:
    """ "tripled, a 300% increase": a multiplier of f is a change of (f - 1) x 100%."""
    verb = multiplier(verb_figure, words)
    if verb is None or size.unit != "%":
        return None
    stated = _size_allowed(size, text, falls=Decimal(verb) < 1)
    if stated is None:
        return None
    if _overlap(_rise_of(verb_figure, Decimal(verb)), stated):
        return None
    real = (Decimal(verb) - 1) * _HUNDRED
    way = "a rise" if real > 0 else "a fall"
    return (
        f'"{_shown(verb_figure, text)}" is {way} of {_facts.rounded(abs(real))}%,'
        f' not "{_shown(size, text)}"'
    )


def _expected(fig: Figure, text: str) -> bool:
    """Whether a figure is told as an expectation ("contre 6,3 % attendus par les
    analystes", "against the $5.1 billion analysts expected")."""
    from figcheck.align.roles import estimate_of

    return estimate_of(text, fig.start, 0, fig.end)


def _same_measure(a: Figure, b: Figure) -> bool:
    """Whether two ends are levels of one measure: one kind and unit, counting one thing.
    A bare number takes the other end's unit or noun ("from 20,000 to 23,000 fans",
    "à 412 millions d'euros, contre 349 millions")."""
    kinds = {a.kind, b.kind}
    if kinds & {"ratio", "date", "period"}:
        return False
    if len(kinds) > 1:
        bare = a if a.kind == "number" else b if b.kind == "number" else None
        return bare is not None and bare.unit is None and not bare.noun
    return a.unit == b.unit and not (a.noun and b.noun and a.noun != b.noun)


def _allowed(fig: Figure, text: str) -> tuple[Decimal, Decimal] | None:
    """The values an end allows as written and qualified; None for an open bound."""
    iv = _facts.stated(fig, text)
    if iv.low is None or iv.high is None or fig.value is None:
        return None
    return iv.low, iv.high


def _size_allowed(size: Figure, text: str, falls: bool) -> tuple | None:
    """The changes (in % or points, signed) a stated size allows, widened by the
    tolerance; a bound ("more than 30%") leaves its other side open (None)."""
    iv = _facts.stated(size, text)
    if size.value is None:
        return None
    scale = _POINTS.get(size.unit, Decimal(1))
    margin = abs(size.value) * TOLERANCE
    if size.unit not in _POINTS:
        margin = max(margin, TOLERANCE_POINTS)  # (a change in points is told as exactly)
    low = None if iv.low is None else (abs(iv.low) - margin) / scale
    high = None if iv.high is None else (abs(iv.high) + margin) / scale
    if falls and size.value > 0:
        return (None if high is None else -high, None if low is None else -low)
    return low, high


def _falls(size: Figure, text: str, words: Shapes) -> bool:
    """Whether the words beside a size tell a fall ("fell 20%", "down 20%", "a 20% drop"),
    or put its level below another ("15% below $100")."""
    from figcheck.rules.direction_drift import DOWN, direction

    if size.kind != "percent":
        return False
    after = " ".join(text[size.end : size.end + 24].lower().split())
    return direction(size, text, words.language) == DOWN or bool(words.below.match(after))


def _multiplier_allowed(fig: Figure, factor: Decimal) -> tuple[Decimal, Decimal | None]:
    """The factors a multiplier verb allows: loosely, and as its qualifier bounds it."""
    meaning = qualifier_meaning(fig.qualifier) if fig.qualifier else "none"
    loose = MULTIPLIER_TOLERANCE * (2 if meaning.startswith("approx") else 1)
    low, high = factor * (1 - loose), factor * (1 + loose)
    if meaning == "lower":
        return low, None  # "more than doubled"
    if meaning == "upper":
        return Decimal(0), high
    return low, high


def _rise_of(fig: Figure, factor: Decimal) -> tuple[Decimal, Decimal | None]:
    """The changes in % a multiplier verb allows ("tripled": 200%, give or take 10% of 3)."""
    low, high = _multiplier_allowed(fig, factor)
    return low * _HUNDRED - _HUNDRED, None if high is None else high * _HUNDRED - _HUNDRED


def _overlap(a: tuple, b: tuple) -> bool:
    """Whether two ranges (None: unbounded on that side) share a value."""
    (a_low, a_high), (b_low, b_high) = a, b
    below = a_high is not None and b_low is not None and a_high < b_low
    above = b_high is not None and a_low is not None and b_high < a_low
    return not (below or above)


def _told(fig: Figure, text: str, language: str | None) -> str:
    """A percentage with its word of change, as written ("rose 300%")."""
    from figcheck.rules.direction_drift import telling

    told = telling(fig, text, language)
    start, end = told[1:] if told else fig.span
    return " ".join(text[start:end].split())


def _shown(fig: Figure, text: str) -> str:
    """A figure as written with its qualifier and noun, but not a range's other end that
    lends it the noun ("500", not "500 a 300 unidades")."""
    start, end = fig.span
    if any(c.isdigit() for c in text[fig.end : end]):
        end = fig.end
    return " ".join(text[start:end].split())
