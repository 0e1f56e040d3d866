"""Streaks in Chinese and Japanese: "连续第五个月" and "5カ月連続" are five months in a row.

Counted as a streak is in English (figcheck.extractors.count): the number of them in a
row, with the English noun of what they count ("consecutive months"), so a translation
that made the fifth month the sixth differs from its source in value alone. Chinese puts
the words first, the ordinal's 第 before the number or not: "连续第12个月" is the twelfth
month in a row, "连续12个月" twelve months in a row, as English counts "22 straight
months" and "three consecutive days" alike. Japanese puts the words last ("3会合連続":
three meetings in a row).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from decimal import Decimal

from figcheck.figures import Figure
from figcheck.lang import lexicon
from figcheck.text import alternation


@functools.cache
def _pattern(code: str) -> re.Pattern | None:
    lex = lexicon(code)
    if not (lex.streak_units and lex.streak_words):
        return None
    number = r"(?P<number>[0-9０-９]{1,2}|[一二三四五六七八九十两兩]{1,3})"
    unit = f"(?P<unit>{alternation(lex.streak_units, lead=True)})"
    words = "|".join(map(re.escape, lex.streak_words))
    if lex.streak_words_first:
        return re.compile(rf"(?:{words})第?{number}{unit}")
    return re.compile(rf"{number}{unit}(?:{words})")


def find(code: str, text: str, start: int, end: int) -> Iterator[Figure]:
    """The streaks of one line (``start`` to ``end``) read in language ``code``."""
    pattern = _pattern(code)
    if pattern is None:
        return
    units = lexicon(code).streak_units
    for match in pattern.finditer(text, start, end):
        value = _value(code, match.group("number"))
        if value is not None:
            yield Figure(
                "count",
                match.start(),
                match.end(),
                match.group(0),
                Decimal(value),
                noun=f"consecutive {units[match.group('unit')]}s",
                phrase_end=match.end(),
            )


def _value(code: str, written: str) -> int | None:
    """The number of a streak, in digits (full-width too) or Han numerals."""
    from figcheck.extractors.cjk.numerals import numerals

    folded = unicodedata.normalize("NFKC", written)
    found = numerals(code, folded, 0, len(folded))
    if len(found) != 1 or found[0].end - found[0].start != len(folded):
        return None
    return int(found[0].value)
