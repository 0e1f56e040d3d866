"""Numeric-looking tokens no finder read: so that nothing is dropped silently.

A figure figcheck never reads is a contradiction it can never report, so every run of
digits (with its separators and exponent), every number written with 万/億 and every
lakh or crore word is accounted for: either a figure covers it, or figcheck ignores it
on purpose, or it is *unparsed* and listed.

Ignored on purpose (the same choices the finders make, not failures):

- masked spans: names ("Thousand Talents Plan", "Fortune 500"), links, e-mail
  addresses, phone numbers, spam sentences (``exclusions``);
- years (1900-2100), dates, times and ordinals ("24th", "June 2022", "21:21",
  "2023-08-26", "5/17/2018");
- digits glued to letters, which make names and models ("A380", "5G", "MP3", "1990s").

What is left is typically a number figcheck cannot mean (more than 10^30, "7e83"), a
form no finder knows yet, or a scale word without a number.
"""

from __future__ import annotations

import bisect
import re

from figcheck.extractors import exclusions
from figcheck.extractors.numbers import in_date_or_ordinal, is_year
from figcheck.figures import Figure

#: Digits with their group and decimal marks and an exponent ("1,234.5", "7e83",
#: "1x10^29"); a number written with 万/億 ("300万", "1.5億", "三千万"); lakh and crore.
TOKEN_RE = re.compile(
    r"\d+(?:[.,'\u00a0\u202f]\d+)*(?:[eE][-+]?\d+|\s?[x×]\s?10\^?[-−+]?\d+|\^[-−+]?\d+)?"
    r"(?:[万萬亿億兆]+(?:\d+)?)*"
    r"|[〇零一二两兩三四五六七八九十百千]+[万萬亿億兆]+"
    r"|\b(?:lakhs?|lacs?|crores?)\b",
    re.I,
)


def unparsed(text: str, figures: list[Figure], language: str = "en") -> list[tuple[int, int, str]]:
    """(start, end, text) of every numeric-looking token that no figure covers and no
    exclusion explains, in text order; dates are told in English and in ``language``
    ("18 septembre 2024" is a date in a French document)."""
    from figcheck.lang import SUPPORTED

    languages = ("en",) if language == "en" or language not in SUPPORTED else ("en", language)
    covered = sorted((f.start, f.end) for f in figures if f.end > f.start)
    starts = [s for s, _ in covered]
    # the furthest end among figures starting at or before each one: overlaps are rare,
    # but a long figure may hold shorter ones
    reach: list[int] = []
    for _, end in covered:
        reach.append(max(end, reach[-1]) if reach else end)
    masked = exclusions.masked_spans(text)
    out = []
    for match in TOKEN_RE.finditer(text):
        start, end = match.span()
        i = bisect.bisect_left(starts, end) - 1
        if i >= 0 and reach[i] > start:
            continue  # a figure covers it
        if exclusions.is_masked(masked, start, end) or ignored(text, start, end, languages):
            continue
        out.append((start, end, match.group(0)))
    return out


def ignored(text: str, start: int, end: int, languages: tuple[str, ...] = ("en",)) -> bool:
    """Years, dates, times, ordinals and digits glued to letters: not figures, on purpose."""
    token = text[start:end]
    if not token[:1].isdigit():
        return False
    if is_year(token) or any(in_date_or_ordinal(text, start, end, lang) for lang in languages):
        return True
    if not text.isascii():
        from figcheck.extractors.cjk import left_on_purpose  # times and labels in CJK lines

        if left_on_purpose(text, start, end):
            return True
    return bool(_LETTER.match(text, start - 1) if start else False) or bool(
        _LETTER.match(text, end)
    )


#: Latin letters glue to digits into names; a Chinese or Japanese character after a number
#: is its unit or counter ("300万元", "8月"), not part of a name.
_LETTER = re.compile(r"[A-Za-z]")
