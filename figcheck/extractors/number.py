"""Bare numbers: a figure with neither unit nor counted noun ("recruit 200 in five years").

Years, dates, ordinals and a lone "one" ("one said") are not reported: the date
finder claims the first three and the last is a pronoun far more often than a figure.
"""

from __future__ import annotations

from collections.abc import Iterator

from figcheck.extractors.numbers import (
    in_date_or_ordinal,
    is_name_word,
    is_year,
    number_matches,
    number_value,
    scale_word,
)
from figcheck.figures import Figure

KIND = "number"


def _glued(text: str, end: int) -> bool:
    """ "5G", "3D", "A380s": a letter stuck to the digits makes a name, not a figure."""
    return text[end : end + 1].isalpha()


def find(text: str, published=None) -> Iterator[Figure]:
    """Every number that is not a year, a date part or an ordinal; counts outrank these."""
    for match in number_matches(text):
        start, end = match.span()
        digits = match.group("digits")
        if is_year(digits) or in_date_or_ordinal(text, start, end) or _glued(text, end):
            continue
        if is_name_word(text, start, match.group("words")):
            continue
        value = number_value(match)
        if value is None or (not digits and value == 1):
            continue
        yield Figure(
            KIND, start, end, text[start:end], value, scale=scale_word(match.group("scale"))
        )
