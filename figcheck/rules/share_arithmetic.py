"""share-arithmetic: a part of a whole told with a percentage its own two counts do not give.

Copy often gives a share twice over: "Six of the nine members, or 67%, voted for the
cut" (or "or two in three", a share in words, as rounded as its fraction), "Of the 240
passengers, 180 (75%) were Thai", "It will cut 12,000 jobs, or 6% of its 200,000 staff".
Six of nine is 66.7%; a writer who changes one count and not the percentage ("Five of the
nine members, or 67%") leaves a clause that contradicts itself. Each count covers what its
rounding allows (a plain count is exact; "about 1,200 of 4,000" is rounded), the
percentage its own rounding and a further ``TOLERANCE_POINTS``, as writers truncate ("66.7%" told as "66%"). Only the three
shapes above are read, the part, the whole and the percentage with nothing but the
lexicon's words between them (``share_of``: "of the", "de los", "der", "of its";
``share_or``: "or", "soit", "o el" before the percentage, or brackets around it; a bare
comma before a percentage that names its whole), in English, Spanish, French, Portuguese
and German. A few words after the whole's noun may say which of it is counted ("441 of
the 832 patients on the drug (57%)", "Of the 240 passengers on board, 160 (75%)").

Passes::

    a.txt: Six of the nine members, or 67%, voted for the cut.

Fails::

    a.txt: Five of the nine members, or 67%, voted for the cut.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any, NamedTuple

from figcheck.align.values import is_share
from figcheck.figures import Figure, FigureRef, Finding
from figcheck.rules import _facts
from figcheck.rules.api import Context
from figcheck.text import alternation

ID = "share-arithmetic"
#: Judges one document on its own, so it runs on a draft checked alone too.
IN_DOCUMENT = True
SEVERITY = "error"
OPTIONS: dict[str, object] = {}
RULE = _facts.Rule(ID, SEVERITY)

#: What a percentage may be off beyond its rounding, in points ("66%" for six of nine).
TOLERANCE_POINTS = Decimal("1")
_HUNDRED = Decimal(100)
#: A few words after a whole's noun that say which of it is counted ("patients on the
#: drug", "passengers on board"), before the percentage or the part.
_WHICH = r"(?:[^\W\d][\w'’-]*(?: [^\W\d][\w'’-]*){0,3} ?)?"
#: What may count a part or a whole: a count, or a bare number that borrows the noun.
_COUNTING = ("count", "number")


class Share(NamedTuple):
    """A part, its whole and the percentage told for it, as indexes into the figures."""

    part: int
    whole: int
    percent: int


def check(context: Context, options: Mapping[str, Any]) -> Iterator[Finding]:
    for index, version in enumerate(context.versions):
        document = version.document
        words = _words(document.language or "en")
        if words is None:
            continue
        figures, text = version.figures, document.readable
        for share in shares(figures, text, words):
            why = wrong(share, figures, text)
            if why is not None:
                refs = [FigureRef(index, n) for n in share]
                yield _facts.finding(RULE, why, context, refs, refs[-1])


class _Words(NamedTuple):
    of: re.Pattern  # between the part and the whole: "of", "of the", "de los"
    told: re.Pattern  # between the whole (with its noun) and the percentage: ", or", "("
    led: re.Pattern  # between a leading whole and its part: ",", "on board,"
    apposed: re.Pattern  # between a part and its percentage: ", or", ",", "("
    of_the: re.Pattern  # before the whole when it leads: "Of the"
    other_whole: re.Pattern  # after the percentage, another whole: "60% of the assets"


@functools.cache
def _words(language: str) -> _Words | None:
    """The patterns of a language whose lexicon has the words of a share."""
    from figcheck.lang import SUPPORTED, lexicon

    if language not in SUPPORTED:
        return None
    lex = lexicon(language)
    if not lex.share_of or not lex.share_or:
        return None

    of = alternation(lex.share_of)
    return _Words(
        of=re.compile(rf"^(?:{of})$"),
        told=re.compile(rf"^{_WHICH}(?:, ?(?:{alternation(lex.share_or)})|\()$"),
        led=re.compile(rf"^{_WHICH},$"),
        apposed=re.compile(rf"^(?:,(?: ?(?:{alternation(lex.share_or)}))?|\()$"),
        of_the=re.compile(rf"(?:^|[.!?:;,] |\n)(?:{of})$", re.I),
        other_whole=re.compile(rf"\s+(?:{of})\b", re.I),
    )


def shares(figures: tuple[Figure, ...], text: str, words: _Words) -> Iterator[Share]:
    """ "N of M <noun>, or P%", "Of the M <noun>, N (P%)" and "N <noun>, or P% of its M
    <noun>", in text order."""
    for n in range(len(figures) - 2):
        one, two, three = figures[n : n + 3]
        if one.kind in _COUNTING and _percent(two) and three.kind in _COUNTING:
            if words.apposed.match(_gap(text, one, two)) and words.of.match(_gap(text, two, three)):
                yield Share(n, n + 2, n + 1)  # 12,000 jobs, or 6% of its 200,000 staff
            continue
        if not (one.kind in _COUNTING and two.kind in _COUNTING and _percent(three)):
            continue
        if words.other_whole.match(text, three.end):
            continue  # "or 60% of the sector's assets": a share of another whole
        first, second = _gap(text, one, two), _gap(text, two, three)
        if words.of.match(first) and words.told.match(second):
            yield Share(n, n + 1, n + 2)  # six of the nine members, or 67%
        elif words.led.match(first) and words.told.match(second) and _led_by_of(text, one, words):
            yield Share(n + 1, n, n + 2)  # of the 240 passengers, 180 (75%)


def wrong(share: Share, figures: tuple[Figure, ...], text: str) -> str | None:
    """Why the percentage is not the part's share of the whole, or None where it is (or
    cannot be judged: an open bound, a whole of none, a part larger than its whole)."""
    part, whole, percent = (figures[n] for n in share)
    counts = _allowed(part, text), _allowed(whole, text)
    stated = _facts.stated(percent, text)
    if None in counts or stated.low is None or stated.high is None:
        return None
    (part_low, part_high), (whole_low, whole_high) = counts
    if whole_low <= 0 or part_low > whole_high:
        return None
    low, high = part_low / whole_high * _HUNDRED, part_high / whole_low * _HUNDRED
    if stated.low - TOLERANCE_POINTS <= high and low <= stated.high + TOLERANCE_POINTS:
        return None
    real = part.value / whole.value * _HUNDRED
    return (
        f'"{_number(part, text)}" of "{_shown(whole, text)}" is {_facts.rounded(real)}%,'
        f' not "{_shown(percent, text)}"'
    )


def _percent(fig: Figure) -> bool:
    """A percentage, or a share told in words ("one in eight", "two in three")."""
    told = (fig.kind == "percent" and fig.unit == "%") or is_share(fig)
    return told and fig.range_part is None


def _allowed(fig: Figure, text: str) -> tuple[Decimal, Decimal] | None:
    iv = _facts.stated(fig, text)
    if fig.value is None or iv.low is None or iv.high is None or fig.range_part:
        return None
    return iv.low, iv.high


def _gap(text: str, a: Figure, b: Figure) -> str:
    """The words between two figures (after the first's noun, before the second's
    qualifier), lower-case and squeezed."""
    start = max(a.end, a.phrase_end or 0)
    if start > b.start:
        start = a.end  # "Six of the nine members": the part's noun phrase takes in the whole
    end = b.phrase_start if b.phrase_start is not None else b.start
    return " ".join(text[start:end].lower().split())


def _led_by_of(text: str, whole: Figure, words: _Words) -> bool:
    """Whether "Of the" opens the sentence right before the whole ("Of the 240 passengers")."""
    start = whole.phrase_start if whole.phrase_start is not None else whole.start
    before = " ".join(text[max(0, start - 16) : start].split())
    return bool(words.of_the.search(before))


def _number(fig: Figure, text: str) -> str:
    """A figure as written with its qualifier, without its noun ("Only 5")."""
    start = fig.phrase_start if fig.phrase_start is not None else fig.start
    return " ".join(text[start : fig.end].split())


def _shown(fig: Figure, text: str) -> str:
    return " ".join(text[slice(*fig.span)].split())
