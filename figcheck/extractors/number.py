"""Bare numbers: a figure with neither unit nor counted noun ("recruit 200 in five years").

Years, dates, ordinals and a lone "one" ("one said") are not reported: the date
finder claims the first three and the last is a pronoun far more often than a figure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from figcheck.extractors.numbers import (
    in_date_or_ordinal,
    in_reach,
    is_name_word,
    is_year,
    number_value,
    scale_word,
)
from figcheck.extractors.numerals import number_matches
from figcheck.figures import Figure

KIND = "number"


def _glued(text: str, end: int) -> bool:
    """ "5G", "3D", "A380s": a letter stuck to the digits makes a name, not a figure."""
    return text[end : end + 1].isalpha()


#: "one over three", "2000 over 3": a fraction, where nothing is counted after it.
_OVER = re.compile(r"[^\S\n]+over[^\S\n]+", re.I)
_OVER_END = re.compile(r"[^\S\n]*(?:[.,;:?!)]|$)|[^\S\n]+(?:is|equals|plus|minus|times)\b", re.I)
#: "all for nought", "came to naught": an idiom, not zero.
_NOUGHT_IDIOM = re.compile(r"\b(?:for|to)[^\S\n]+$", re.I)


def _over(text: str, numbers: list[re.Match]) -> Iterator[Figure]:
    starting = {m.start(): m for m in numbers}
    for top in numbers:
        gap = _OVER.match(text, top.end())
        bottom = starting.get(gap.end()) if gap else None
        if bottom is None or not _OVER_END.match(text, bottom.end()):
            continue
        if is_year(bottom.group("digits")):
            continue
        high, low = number_value(bottom), number_value(top)
        if high and low is not None:
            value = in_reach(low / high)
            if value is not None:
                yield Figure(
                    KIND, top.start(), bottom.end(), text[top.start() : bottom.end()], value
                )


def find(text: str, published=None, language: str = "en") -> Iterator[Figure]:
    """Every number that is not a year, a date part or an ordinal; counts outrank these."""
    numbers = number_matches(text, language)
    if language == "en":
        yield from _over(text, numbers)
    for match in numbers:
        start, end = match.span()
        digits = match.group("digits")
        if is_year(digits) or in_date_or_ordinal(text, start, end, language) or _glued(text, end):
            continue
        if is_name_word(text, start, match.group("words")):
            continue
        if (match.group("words") or "").lower() in ("nought", "naught") and _NOUGHT_IDIOM.search(
            text, max(0, start - 8), start
        ):
            continue
        value = number_value(match)
        if value is None or (not digits and value == 1):
            continue
        yield Figure(
            KIND, start, end, text[start:end], value, scale=scale_word(match.group("scale"))
        )
