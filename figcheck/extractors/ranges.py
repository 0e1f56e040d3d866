"""Link the two ends of a range ("10-12%", "44 mg to 50 mg", "between 3 and 4 km").

Finders mark a bare low end ("10-12%") themselves; two full figures of the same
kind and unit joined by "to" or a dash are paired here. Money links its own.
"""

from __future__ import annotations

import re

from figcheck.figures import Figure
from figcheck.lang.en import CHANGE_VERBS
from figcheck.text import alternation

_JOIN = re.compile(r"\s*(?:-|–|—|to|through)\s*", re.I)
_BETWEEN_AND = re.compile(r"\s+and\s+", re.I)
_BETWEEN = re.compile(r"\b(?:between|from)\s+$", re.I)
#: A word of rounding or a bound before a figure ("by about 2%", "by more than a third").
_ROUNDING = (
    r"(?:(?:about|around|nearly|almost|some|roughly|just|only|more[^\S\n]+than|less"
    r"[^\S\n]+than|over|under)[^\S\n]+)?"
)
#: A verb of change right before the low end ("rose 0.4% to 7.6%", "fell by 2% to 98%"),
#: maybe with "by" and a word of rounding.
_CHANGED = re.compile(
    rf"\b(?P<verb>{alternation(CHANGE_VERBS)})[^\S\n]+(?P<by>by[^\S\n]+)?{_ROUNDING}$",
    re.I,
)
#: A verb of change further back in the clause, "by" right before the low end ("fell for
#: a second year, by 2.08 million to 1.409 billion").
_CHANGED_BY = re.compile(
    rf"\b(?:{alternation(CHANGE_VERBS)})\b[^.;:!?\n]{{1,40}}?\bby[^\S\n]+{_ROUNDING}$",
    re.I,
)
#: How many times the low end the high end of "rise 2% to 3%" may be and still be a
#: range (a forecast's); "rise 0.4% to 7.6%" is a change and its level.
RANGE_SPREAD = 3
#: A verb of change in the past tense: what it reports happened, one change to one level
#: ("the margin shrank 2.1% to 5.9%"), where a forecast's "grow 2% to 3%" is a range.
_PAST = re.compile(r"(?:ed|rose|fell|grew|shrank|sank|slid|lost|hit|won)$", re.I)


def link(figures: list[Figure], text: str) -> list[Figure]:
    """Give a low end and the high end right after it each other's index."""
    figures = list(figures)
    for a in range(len(figures) - 1):
        low, high = figures[a], figures[a + 1]
        if low.kind == "money" or low.kind != high.kind or low.unit != high.unit:
            continue
        if low.range_with is not None or high.range_with is not None:
            continue
        marked = low.range_part == "low" and high.range_part == "high"
        gap = text[low.end : high.start]
        joined = low.range_part is None and high.range_part is None and low.kind != "count"
        joined = joined and bool(
            _JOIN.fullmatch(gap)
            and not _change_and_level(low, high, text)
            or _BETWEEN_AND.fullmatch(gap)
            and _BETWEEN.search(text, max(0, low.start - 10), low.start)
        )
        if marked or joined:
            figures[a] = low.with_changes(range_part="low", range_with=a + 1)
            figures[a + 1] = high.with_changes(range_part="high", range_with=a)
    return figures


def changed_by(text: str, start: int) -> bool:
    """Whether a verb of change and "by" stand right before ``start`` ("dropped by more
    than a third to 2.4 billion euros"): the figure there is the change, and what "to"
    joins to it the level reached, no range."""
    verb = _CHANGED.search(text, max(0, start - 40), start)
    return bool(verb and verb.group("by"))


def _change_and_level(low: Figure, high: Figure, text: str) -> bool:
    """Whether "X to Y" after a verb of change is the change and the level it reached:
    always after "by" ("rose by 2% to 5%"), else where Y is far above X (RANGE_SPREAD), as
    after "by" the verb stands further back ("fell for a second year, by 2.08 million to
    1.409 billion"; "is expected to grow next year by 2 to 3 percent" is a range)."""
    verb = _CHANGED.search(text, max(0, low.start - 40), low.start)
    if verb is None and not _CHANGED_BY.search(text, max(0, low.start - 60), low.start):
        return False
    if verb is not None and (verb.group("by") or _PAST.search(verb["verb"])):
        return True
    try:
        # a range runs up: "raised its rate by 25% to 3.75%" is the change and the level
        return abs(high.value) > RANGE_SPREAD * abs(low.value) or low.value > high.value
    except TypeError:
        return False
