"""change-arithmetic: a change whose size its own two ends do not give.

Copy states a change with both its ends in one clause: "Revenue rose 30% to $15 million
from $10 million", "fell 20% from 500 to 400 units", "climbed from 1.2 billion to 1.5
billion yuan, up 25%", "was $15 million, up 30% from $10 million". From $10 million to
$15 million is a rise of 50%, not 30%: a writer who edits one figure and not the others,
or who divides by the wrong end, leaves such a clause. A multiplier verb is checked the
same way ("tripled to $9 million from $4 million" is not a tripling), and against a
percentage told beside it: tripling is a rise of 200%, so "tripled, a 300% increase" is
the classic slip. A change told as a fall whose ends rise (or the other way) is reported.

Each end covers what its rounding and qualifier allow ("$15 million" is 14.5 to 15.5
million), so the change they give is a range; the stated percentage covers its own
rounding and a further ``TOLERANCE`` (at least ``TOLERANCE_POINTS`` for a percentage),
as a writer may work from unrounded figures; a multiplier verb is loose by ``MULTIPLIER_TOLERANCE``
("doubled" for 1.9 times), twice that after "nearly" or "about". A change of a
percentage told in "%" may be relative or in points ("rose 3% to 45% from 42%"), and
is reported only where neither reading fits. Only the shapes above are read, with
nothing but the lexicon's words between the figures (``level_to``, ``level_from``,
``rise_words`` and ``fall_words``; dates and stated conversions may stand between), so a
clause that says more ("rose 5% in constant currency to ...") is left alone.

Passes::

    a.txt: Revenue rose 30% to $13 million from $10 million. Exports doubled to 50,000
           tonnes, a 100% increase.

Fails::

    a.txt: Revenue rose 30% to $15 million from $10 million. Exports tripled to 50,000
           tonnes, a 300% increase.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any, NamedTuple

from figcheck.extractors.qualifiers import qualifier_meaning
from figcheck.figures import Figure, FigureRef, Finding
from figcheck.rules import _facts
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
#: Units of a change in points, and how many of each make a percentage point.
_POINTS = {"pp": Decimal(1), "bp": _HUNDRED}
#: Kinds of figure that may stand between two figures of a change without breaking it: a
#: date ("to $15 million in 2023 from ..."), a period (and spans of time and stated
#: conversions, ``_kept``).
_STEPPED_OVER = ("date", "period")


class Change(NamedTuple):
    """A change read from a clause: its size (a percentage, points or a multiplier verb),
    the level it reached and the one it left, as indexes into the document's figures."""

    size: int
    to: int
    start: int


def check(context: Context, options: Mapping[str, Any]) -> Iterator[Finding]:
    for index, version in enumerate(context.versions):
        document = version.document
        words = _words(document.language or "en")
        if words is None:
            continue
        figures = version.figures
        for change in changes(figures, document.text, words):
            why = wrong(change, figures, document.text, words)
            if why is not None:
                refs = [FigureRef(index, n) for n in change]
                yield _facts.finding(RULE, why, context, refs)


class _Words(NamedTuple):
    """A language's words for the shapes of a change, as patterns over the text between
    two figures (lower-case, spaces squeezed, a stepped-over figure written "#")."""

    to: re.Pattern  # "to": between the size and the level reached
    since: re.Pattern  # "from": before the level left
    way: re.Pattern  # "up", "a rise of": before a size told after its ends
    way_word: re.Pattern  # any of those words of change
    after_way: re.Pattern  # "increase" after a size ("a 300% increase")
    then: re.Pattern  # "rose from": before the level left, the size told after
    multipliers: Mapping[str, str]
    language: str


@functools.cache
def _words(language: str) -> _Words | None:
    """The patterns of a language whose lexicon has the words of a change's ends."""
    from figcheck.lang import SUPPORTED, lexicon

    if language not in SUPPORTED:
        return None
    lex = lexicon(language)
    if not lex.level_to or not lex.level_from:
        return None

    def one_of(words) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    ways = one_of((*lex.rise_words, *lex.fall_words))
    # "in #", "in the # to #", "for the # ended March,": dates stepped over, a few words
    # around each
    dated = r"(?:(?:[^\W\d]{1,10} ){0,5}#(?: [^\W\d]{1,10}){0,2} ?,? ?){0,3}"
    return _Words(
        to=re.compile(rf"^{dated}(?:{one_of(lex.level_to)})$"),
        since=re.compile(rf"^,? ?{dated}(?:{one_of(lex.level_from)})$"),
        way=re.compile(rf"^[,(–—-]? ?{dated}(?:an?|(?:an? )?(?:{ways})(?: (?:of|by))?)?$"),
        way_word=re.compile(rf"\b(?:{ways})\b"),
        after_way=re.compile(rf"^ ?(?:{ways})\b"),
        then=re.compile(rf"\b(?:{ways}) (?:{one_of(lex.level_from)}) ?$"),
        multipliers={w.lower(): f for w, f in lex.multiplier_verbs.items()},
        language=language,
    )


def changes(figures: tuple[Figure, ...], text: str, words: _Words) -> Iterator[Change]:
    """Every change of one of the shapes the module reads, in text order."""
    kept = [n for n, fig in enumerate(figures) if _kept(fig)]
    gaps = [_gap(figures, text, a, b) for a, b in zip(kept, kept[1:], strict=False)]
    for k in range(len(kept) - 2):
        one, two, three = kept[k : k + 3]
        first, second = gaps[k], gaps[k + 1]
        if _is_size(figures[one], words):
            if words.to.match(first) and words.since.match(second):
                yield Change(one, two, three)  # rose 30% to A from B
                continue
            if words.since.match(first) and words.to.match(second):
                yield Change(one, three, two)  # fell 20% from B to A
                continue
        if _is_size(figures[three], words) and words.to.match(first):
            before = text[max(0, figures[one].start - 40) : _phrase_start(figures[one])]
            if words.then.search(_squeezed(before)) and words.way.match(second):
                yield Change(three, two, one)  # climbed from B to A, up 25%
                continue
        if figures[two].kind == "percent" and _is_size(figures[two], words):
            if _told_way(first, figures[three], text, words, after=False):
                if words.since.match(second) and not _multiplier(figures[one], words):
                    yield Change(two, one, three)  # was A, up 30% from B
    for k in range(len(kept) - 1):
        one, two = kept[k], kept[k + 1]
        if _multiplier(figures[one], words) is None:
            continue
        if figures[two].kind == "percent" and _told_way(gaps[k], figures[two], text, words):
            yield Change(two, one, one)  # tripled, a 300% increase
        elif k + 2 < len(kept) and words.to.match(gaps[k]):
            three = kept[k + 2]
            if figures[three].kind == "percent" and _told_way(
                gaps[k + 1], figures[three], text, words
            ):
                yield Change(three, one, one)  # tripled to 50,000 tonnes, a 300% increase


def _told_way(gap: str, size: Figure, text: str, words: _Words, after: bool = True) -> bool:
    """Whether the words between a figure and a size after it make the size a change of
    it: a word of change in the gap ("up", "a rise of"), or (with ``after``) right after
    the size ("a 300% increase")."""
    if not words.way.match(gap):
        return False
    if words.way_word.search(gap):
        return True
    return after and bool(words.after_way.match(_squeezed(text[size.end : size.end + 12])))


def wrong(change: Change, figures: tuple[Figure, ...], text: str, words: _Words) -> str | None:
    """Why the change's size does not fit its ends, or None where it does (or cannot be
    judged: ends of two units, an open bound, a level at or below zero)."""
    size, to, start = (figures[n] for n in change)
    if change.to == change.start:
        return _wrong_percent_of_multiplier(figures[change.to], size, text, words)
    if not _same_measure(to, start):
        return None
    ends = _allowed(to, text), _allowed(start, text)
    if None in ends or ends[1][0] <= 0 or ends[0][0] < 0:
        return None
    (to_low, to_high), (start_low, start_high) = ends
    factors = sorted(a / b for a in (to_low, to_high) for b in (start_low, start_high))
    told = f'from "{_shown(start, text)}" to "{_shown(to, text)}"'
    verb = _multiplier(size, words)
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


def _wrong_percent_of_multiplier(
    multiplier: Figure, size: Figure, text: str, words: _Words
) -> str | None:
    """ "tripled, a 300% increase": a multiplier of f is a change of (f - 1) x 100%."""
    verb = _multiplier(multiplier, words)
    if verb is None or size.unit != "%":
        return None
    stated = _size_allowed(size, text, falls=Decimal(verb) < 1)
    if stated is None:
        return None
    low, high = _multiplier_allowed(multiplier, Decimal(verb))
    change = (low * _HUNDRED - _HUNDRED, None if high is None else high * _HUNDRED - _HUNDRED)
    if _overlap(change, stated):
        return None
    real = (Decimal(verb) - 1) * _HUNDRED
    way = "a rise" if real > 0 else "a fall"
    return (
        f'"{_shown(multiplier, text)}" is {way} of {_facts.rounded(abs(real))}%,'
        f' not "{_shown(size, text)}"'
    )


def _kept(fig: Figure) -> bool:
    """Whether a figure takes part in the shapes: dates, spans of time ("in the three
    months to June") and stated conversions are stepped over."""
    if fig.kind == "quantity" and dict(fig.extra).get("dimensionality") == "[time]":
        return False
    return fig.kind not in _STEPPED_OVER and fig.conversion_of is None


def _gap(figures: tuple[Figure, ...], text: str, a: int, b: int) -> str:
    """The text between figures ``a`` and ``b``, squeezed, with the figures stepped over
    between them written "#"; a figure's own qualifier is part of the figure."""
    start, end = _phrase_end(figures[a]), _phrase_start(figures[b])
    pieces, at = [], start
    for fig in figures[a + 1 : b]:
        pieces += [text[at : _phrase_start(fig)], " # "]
        at = max(at, fig.end)
    pieces.append(text[at:end])
    return _BRACKETED.sub("#", _squeezed("".join(pieces)))


#: A stepped-over figure in brackets, "($455 million)": the brackets go with it.
_BRACKETED = re.compile(r"\( ?# ?\)")


def _phrase_end(fig: Figure) -> int:
    """Where a figure's phrase ends: after the noun it counts ("500 units")."""
    return max(fig.end, fig.phrase_end or 0)


def _phrase_start(fig: Figure) -> int:
    return fig.phrase_start if fig.phrase_start is not None else fig.start


def _squeezed(text: str) -> str:
    return " ".join(text.lower().split())


def _is_size(fig: Figure, words: _Words) -> bool:
    """A percentage, points, or a multiplier verb: what may state a change's size."""
    plain = fig.range_part is None and fig.value is not None
    return plain and (fig.kind == "percent" or _multiplier(fig, words) is not None)


def _multiplier(fig: Figure, words: _Words) -> str | None:
    """The factor of a multiplier verb ("tripled": "3"), else None."""
    if fig.kind != "ratio":
        return None
    return words.multipliers.get(" ".join(fig.text.lower().split()))


def _same_measure(a: Figure, b: Figure) -> bool:
    """Whether two ends are levels of one measure: one kind and unit, counting one thing."""
    kinds = {a.kind, b.kind}
    if a.unit != b.unit or kinds & {"ratio", "date", "period"}:
        return False
    if len(kinds) > 1 and not (kinds == {"number", "count"} and not (a.noun and b.noun)):
        return False  # (but "from 20,000 to 23,000 fans": the number counts the fans too)
    return not (a.noun and b.noun and a.noun != b.noun)


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


def _falls(size: Figure, text: str, words: _Words) -> bool:
    """Whether the words beside a size tell a fall ("fell 20%", "down 20%", "a 20% drop")."""
    from figcheck.rules.direction_drift import DOWN, direction

    return size.kind == "percent" and direction(size, text, words.language) == DOWN


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


def _overlap(a: tuple, b: tuple) -> bool:
    """Whether two ranges (None: unbounded on that side) share a value."""
    (a_low, a_high), (b_low, b_high) = a, b
    below = a_high is not None and b_low is not None and a_high < b_low
    above = b_high is not None and a_low is not None and b_high < a_low
    return not (below or above)


def _shown(fig: Figure, text: str) -> str:
    return " ".join(text[slice(*fig.span)].split())
