"""The shapes of a change told with its size and its ends, as one clause writes them.

"rose 30% to $15 million from $10 million", "fell 20% from 500 to 400 units", "climbed
from 1.2 billion to 1.5 billion yuan, up 25%", "was $15 million, up 30% from $10
million", "tripled, a 300% increase", "tripled last year to 240,000 vehicles": which
figure is the size of the change (a percentage, points or a multiplier verb), which the
level it reached and which the one it left; "$2.47 billion is 9% higher than $2.31
billion" compares two levels the same way; "rose to £164m from £171m" tells a change by
its word alone (``turns``). Read with the lexicon's words (``level_to``,
``level_from``, ``rise_words``, ``fall_words``, ``above_words``, ``below_words``,
``multiplier_verbs``) and nothing else
between the figures, but for dates, spans of time and stated conversions, which are
stepped over. Rule change-arithmetic judges the arithmetic; figcheck.rules._facts asks
which level a version's size leads to, where versions tell one change two ways.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from typing import NamedTuple

from figcheck.figures import Figure
from figcheck.text import alternation

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


class Turn(NamedTuple):
    """A change told by its word alone, with both its ends ("rose to £164m from £171m",
    "fell from 4.1% to 4.3%"): the word, whether it tells a rise, and the level reached
    and the one left, as indexes into the document's figures."""

    word: str
    rises: bool
    to: int
    start: int


class Shapes(NamedTuple):
    """A language's words for the shapes of a change, as patterns over the text between
    two figures (lower-case, spaces squeezed, a stepped-over figure written "#")."""

    to: re.Pattern  # "to": between the size and the level reached
    since: re.Pattern  # "from": before the level left
    way: re.Pattern  # "up", "a rise of": before a size told after its ends
    way_word: re.Pattern  # any of those words of change
    after_way: re.Pattern  # "increase" after a size ("a 300% increase")
    then: re.Pattern  # "rose from": before the level left, the size told after
    level_is: re.Pattern  # "is", ",": between a level and a size that compares it
    than: re.Pattern  # "higher than", "below the": between such a size and the other level
    below: re.Pattern  # "lower than", "below": right after a size, a level under the other
    before_to: re.Pattern  # "to": before the level reached, the size told after both
    way_since: re.Pattern  # ", up from": between a level and the one it left
    way_to: re.Pattern  # "rose to": the word of a change told without its size, and "to"
    way_from: re.Pattern  # "fell from": the same before the level left
    rises: frozenset[str]  # the words of change that tell a rise
    multipliers: Mapping[str, str]
    language: str


@functools.cache
def shapes(language: str) -> Shapes | None:
    """The patterns of a language whose lexicon has the words of a change's ends."""
    from figcheck.lang import SUPPORTED, lexicon

    if language not in SUPPORTED:
        return None
    lex = lexicon(language)
    if not lex.level_to or not lex.level_from:
        return None

    ways = alternation((*lex.rise_words, *lex.fall_words))
    # "in #", "in the # to #", "for the # ended March,": dates stepped over, a few words
    # around each
    dated = r"(?:(?:[^\W\d]{1,10} ){0,5}#(?: [^\W\d]{1,10}){0,2} ?,? ?){0,3}"
    # "a rise in first-half profit": what changed, named after the word of change
    changed = rf"(?:(?:{ways})(?: [^\W\d]{{1,4}}(?: [\w'’-]{{1,20}}){{1,3}})? )?"
    # "a share", "per tonne": what the level is of
    each = r"(?:[^\W\d]{1,12} ){0,2}"
    level_to, level_from = alternation(lex.level_to), alternation(lex.level_from)
    compared = alternation((*lex.above_words, *lex.below_words))
    from_only = [w for w in lex.level_from if w not in lex.level_from_or_size]
    return Shapes(
        # (but "rose 10% from the previous quarter to": the size is against another base)
        to=re.compile(rf"^(?!.*\b(?:{level_from}) (?:[^\W\d]+ )?#){changed}{dated}(?:{level_to})$"),
        since=re.compile(rf"^,? ?{dated}{each}(?:(?:{ways}) )?(?:{level_from})$"),
        before_to=re.compile(rf"\b(?:{level_to}) ?$"),
        way_since=re.compile(rf"^,? ?(?:{ways}) (?:{level_from})$"),
        way_to=re.compile(rf"(?:^|[^\w'’])({ways}) (?:{level_to}) ?$"),
        way_from=re.compile(rf"(?:^|[^\w'’])({ways}) (?:{alternation(from_only) or '(?!)'}) ?$"),
        rises=frozenset(w.lower() for w in lex.rise_words),
        way=re.compile(rf"^[,(–—-]? ?{dated}(?:an?|(?:an? )?(?:{ways})(?: (?:of|by))?)?$"),
        way_word=re.compile(rf"\b(?:{ways})\b"),
        after_way=re.compile(rf"^ ?(?:{ways})\b"),
        then=re.compile(rf"\b(?:{ways}) (?:{level_from}) ?$"),
        # "is", "was", "in # was", "in # ,": no other clause between
        level_is=re.compile(r"^(?:(?:[^\W\d]{1,10}|#)(?: (?:[^\W\d]{1,10}|#)){0,2})? ?,?$"),
        # "higher than last year's" ("#"), "below the": a few words, a date last
        than=re.compile(rf"^(?:{compared})(?: [^\W\d][\w'’]{{0,14}}){{0,3}}(?: #)?$"),
        below=re.compile(rf"^ ?(?:{alternation(lex.below_words)})\b"),
        multipliers={w.lower(): f for w, f in lex.multiplier_verbs.items()},
        language=language,
    )


def changes(figures: tuple[Figure, ...], text: str, words: Shapes) -> Iterator[Change]:
    """Every change of one of the shapes the module reads, in text order."""
    kept = [n for n, fig in enumerate(figures) if stepped_in(fig)]
    gaps = [gap(figures, text, a, b) for a, b in zip(kept, kept[1:], strict=False)]
    for k in range(len(kept) - 2):
        one, two, three = kept[k : k + 3]
        first, second = gaps[k], gaps[k + 1]
        if is_size(figures[one], words):
            if words.to.match(first) and words.since.match(second):
                yield Change(one, two, three)  # rose 30% to A from B
                continue
            if words.since.match(first) and words.to.match(second):
                yield Change(one, three, two)  # fell 20% from B to A
                continue
        if is_size(figures[three], words) and words.to.match(first):
            before = text[max(0, figures[one].start - 40) : _phrase_start(figures[one])]
            if words.then.search(_squeezed(before)) and words.way.match(second):
                yield Change(three, two, one)  # climbed from B to A, up 25%
                continue
        if is_size(figures[three], words) and words.since.match(first):
            before = text[max(0, figures[one].start - 20) : _phrase_start(figures[one])]
            level = words.before_to.search(_squeezed(before)) or words.way_since.match(first)
            if level and _told_way(second, figures[three], text, words):
                yield Change(three, one, two)  # to A from B (or A, up from B), up 17%
                continue
        if figures[two].kind == "percent" and is_size(figures[two], words):
            if _told_way(first, figures[three], text, words, after=False):
                if words.since.match(second) and not multiplier(figures[one], words):
                    yield Change(two, one, three)  # was A, up 30% from B
                    continue
            if _compared(first, second, figures[one], words):
                yield Change(two, one, three)  # A is 9% higher than B
    for k in range(len(kept) - 1):
        one, two = kept[k], kept[k + 1]
        if multiplier(figures[one], words) is None:
            continue
        if figures[two].kind == "percent" and _told_way(gaps[k], figures[two], text, words):
            yield Change(two, one, one)  # tripled, a 300% increase
        elif k + 2 < len(kept) and words.to.match(gaps[k]):
            three = kept[k + 2]
            if figures[three].kind == "percent" and _told_way(
                gaps[k + 1], figures[three], text, words
            ):
                yield Change(three, one, one)  # tripled to 50,000 tonnes, a 300% increase


def turns(figures: tuple[Figure, ...], text: str, words: Shapes) -> Iterator[Turn]:
    """Every change told by its word alone with both its ends, "rose to A from B" or "fell
    from B to A", in text order; a level with a qualifier ("up to 500") is no level reached."""
    kept = [n for n, fig in enumerate(figures) if stepped_in(fig) and _level(fig, words)]
    for one, two in zip(kept, kept[1:], strict=False):
        start = _phrase_start(figures[one])
        before = _squeezed(text[max(0, start - 30) : start])
        between = gap(figures, text, one, two)
        if words.way_word.search(between):
            continue
        told = words.way_to.search(before)
        if told and words.since.match(between) and figures[one].range_part is None:
            yield Turn(told.group(1), told.group(1) in words.rises, one, two)
            continue
        # ("from 4.1% to 4.3%" reads as a range too)
        told = words.way_from.search(before)
        if told and words.to.match(between):
            yield Turn(told.group(1), told.group(1) in words.rises, two, one)


def _level(fig: Figure, words: Shapes) -> bool:
    """Whether a figure may be a level a change left or reached: a plain figure, neither a
    qualified bound nor a multiplier verb."""
    plain = fig.value is not None and not fig.qualifier
    return plain and multiplier(fig, words) is None


def _told_way(gap: str, size: Figure, text: str, words: Shapes, after: bool = True) -> bool:
    """Whether the words between a figure and a size after it make the size a change of
    it: a word of change in the gap ("up", "a rise of"), or (with ``after``) right after
    the size ("a 300% increase")."""
    if not words.way.match(gap):
        return False
    if words.way_word.search(gap):
        return True
    return after and bool(words.after_way.match(_squeezed(text[size.end : size.end + 12])))


def _compared(first: str, second: str, level: Figure, words: Shapes) -> bool:
    """Whether a level, a size after it and the gaps around the size read "A is 9% higher
    than B", "A, 15% below B": the size compares A with B."""
    plain_level = multiplier(level, words) is None and level.kind != "percent"
    return plain_level and bool(words.level_is.match(first) and words.than.match(second))


def stepped_in(fig: Figure) -> bool:
    """Whether a figure takes part in the shapes: dates, spans of time ("in the three
    months to June") and stated conversions are stepped over."""
    if fig.kind == "quantity" and dict(fig.extra).get("dimensionality") == "[time]":
        return False
    return fig.kind not in _STEPPED_OVER and fig.conversion_of is None


def gap(figures: tuple[Figure, ...], text: str, a: int, b: int) -> str:
    """The text between figures ``a`` and ``b``, squeezed, with the figures stepped over
    between them written "#"; a figure's own qualifier is part of the figure."""
    start, end = _phrase_end(figures[a]), _phrase_start(figures[b])
    if start > figures[a + 1].start:
        start = figures[a].end  # "de 500 a 300 unidades": the low end's noun is the high end's
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


def is_size(fig: Figure, words: Shapes) -> bool:
    """A percentage, points, or a multiplier verb: what may state a change's size."""
    plain = fig.range_part is None and fig.value is not None
    return plain and (fig.kind == "percent" or multiplier(fig, words) is not None)


def multiplier(fig: Figure, words: Shapes) -> str | None:
    """The factor of a multiplier verb ("tripled": "3"), else None."""
    if fig.kind != "ratio":
        return None
    return words.multipliers.get(" ".join(fig.text.lower().split()))


def levels(figures: tuple[Figure, ...], text: str, words: Shapes) -> dict[int, int]:
    """Each size told with the level it reached ("rose 300% last year to 240,000",
    "tripled to $9 million"), by index: size -> level."""
    kept = [n for n, fig in enumerate(figures) if stepped_in(fig)]
    found = {}
    for one, two in zip(kept, kept[1:], strict=False):
        if is_size(figures[one], words) and words.to.match(gap(figures, text, one, two)):
            found[one] = two
    return found
