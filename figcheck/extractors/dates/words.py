"""English date words as pattern pieces, and the readers that turn them into numbers.

The forms share these pieces ("a day written as a number or an ordinal word", "a year
in words"), so that every form spells a day or a year the same way.
"""

from __future__ import annotations

import functools
import re

from figcheck.extractors.dates import tables as T
from figcheck.text import alternation, led

MON = rf"(?:{alternation(T.MONTH_NUMBERS, lead=True)})"
WD = rf"(?:{alternation(T.WEEKDAYS, lead=True)})"
ONES = "one|two|three|four|five|six|seven|eight|nine"
TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_ORD_SIMPLE = alternation(w for w in T.ORDINAL_WORDS if w not in ("twentieth", "thirtieth"))
_ORD_UNITS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
#: (each behind a test of the letters it starts with: see figcheck.text.led)
ORDW = led("efnst", rf"(?:twenty|thirty)[\s-]?(?:{_ORD_UNITS})|twentieth|thirtieth|{_ORD_SIMPLE}")
CARDDAY = led("efnost", rf"(?:twenty|thirty)(?:[\s-](?:{ONES}))?|{TEENS}|{ONES}")
DAYNUM = r"(?:[0-3]?\d(?:st|nd|rd|th)?)"
YEARW = led(
    "enst",
    rf"(?:seventeen|eighteen|nineteen|twenty)[\s-](?:hundred|(?:oh|zero)[\s-](?:{ONES})"
    rf"|(?:{TENS})(?:[\s-](?:{ONES}))?|{TEENS})"
    rf"|two\s+thousand(?:(?:\s+and)?\s+(?:(?:{TENS})(?:[\s-](?:{ONES}))?|{TEENS}|{ONES}))?",
)
YEAR = r"(?:1[89]\d\d|20\d\d|2100)"
#: (a compound before its tens word: "twenty-one years from now" is not "one year")
NUMW = led(
    r"\dacefnost",
    rf"\d+|a|an|(?:{TENS})[\s-](?:{ONES})\b|{ONES}|{TEENS}|{TENS}|a\s+few|few|several"
    rf"|(?:a\s+)?couple\s+of",
)
UNIT = rf"(?:{alternation(T.UNITS, lead=True)})"
NOT_AFTER_NUM = r"(?![\d%]|[.,:]\d|\s?%|\s?percent)"


def least(words) -> tuple[str, ...]:
    """Those of ``words`` that hold no other: a text holding any of ``words`` holds one of these."""
    words = set(words)
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


#: Groups of needed words (see ``Form.needs``) that several forms share.
MONTH_NEEDS = least(T.MONTH_NUMBERS)
UNIT_NEEDS = least(T.UNITS)
YEAR_WORD_NEEDS = ("seventeen", "eighteen", "nineteen", "twenty", "two")
RELATIVE_NEEDS = ("this", "next", "last", "past", "previous", "coming", "following", "current",
                  "prior", "preceding", "upcoming")  # fmt: skip
#: Any month word, at a word start (no boundary after: "22april", "May2019").
MONTH_WORD = rf"\b{MON}"


def number(word: str) -> int | None:
    """A day or small number as written: "24", "24th", "twenty-fourth", "nine"."""
    word = word.lower().strip()
    if word.isdigit():
        return int(word)
    word = re.sub(r"(st|nd|rd|th)$", "", word) if word[:1].isdigit() else word
    if word.isdigit():
        return int(word)
    parts = [p for p in re.split(r"[\s-]+", word) if p and p != "and"]
    total = 0
    for part in parts:
        if part in T.ORDINAL_WORDS:
            total += T.ORDINAL_WORDS[part]
        elif part in T.CARDINAL_WORDS:
            total += T.CARDINAL_WORDS[part]
        else:
            return None
    return total or None


def count(word: str) -> int | None:
    """A duration's count: "10", "a", "two"; None for "few" or "several"."""
    word = re.sub(r"\s+", " ", word.lower().strip())
    if word in T.COUNT_WORDS:
        return T.COUNT_WORDS[word]
    return number(word)


def year_value(text: str | None) -> int | None:
    """A year as written: "2016", "'99", "nineteen seventy eight", "two thousand and ten"."""
    if not text:
        return None
    text = text.lower().strip()
    if text.startswith("'") and text[1:].isdigit():
        two = int(text[1:])
        return 2000 + two if two < 50 else 1900 + two
    if text.isdigit():
        return int(text)
    parts = [p for p in re.split(r"[\s-]+", text) if p and p != "and"]
    if parts[:2] == ["two", "thousand"]:
        rest = number(" ".join(parts[2:])) if parts[2:] else 0
        return None if rest is None else 2000 + rest
    century = T.CARDINAL_WORDS.get(parts[0])
    if century is None:
        return None
    rest = parts[1:]
    if rest == ["hundred"]:
        return century * 100
    if rest and rest[0] in ("oh", "zero"):
        rest = rest[1:]
    tail = number(" ".join(rest)) if rest else None
    return None if tail is None else century * 100 + tail


def month_of(word: str) -> int:
    return T.MONTH_NUMBERS[word.lower().rstrip(".")]


def prev_word(text: str, index: int) -> str:
    """The word before ``index``, lower-cased, without a final dot ("" at the start)."""
    match = re.search(r"([A-Za-z.]+)\W*$", text[max(0, index - 30) : index])
    return match.group(1).lower().rstrip(".") if match else ""


_COUNT_OF = re.compile(r"([A-Za-z.]+)\s+of\W*$")
_SHARE_OUT = re.compile(rf"(?:\d|\b(?:{ONES}|{TEENS}|{TENS}))\s+out\s+of\W*$", re.I)


def counted_after_of(text: str, index: int) -> bool:
    """ "a total of 2000", "nine out of 2030": the number at ``index`` is counted. Not after
    "pulls out of 2030 Games": without a number before it, "out of" leaves, it shares nothing."""
    before = text[max(0, index - 40) : index]
    match = _COUNT_OF.search(before)
    if not match:
        return False
    word = match.group(1).lower().rstrip(".")
    if word == "out":
        return bool(_SHARE_OUT.search(before))
    return word in T.COUNT_BEFORE_OF


#: A lower-case "by" inside a sentence, right before the number ("won by 1999 votes").
_INNER_BY = re.compile(r"\bby\s+$")


def margin_by(text: str, index: int, noun: str) -> bool:
    """ "won by 1999 votes": a margin counted in ``noun`` after "by", not a deadline year
    ("By 1999 votes were cast" opens with the year)."""
    return noun.lower() in T.MARGIN_NOUNS and bool(
        _INNER_BY.search(text, max(0, index - 12), index)
    )


def next_word(text: str, index: int) -> str:
    """The word (or the one sign) after ``index``, as written."""
    match = re.match(r"\s*([A-Za-z'’]+|\S)", text[index : index + 30])
    return match.group(1) if match else ""


@functools.cache
def _duration() -> re.Pattern:
    return re.compile(rf"(?P<n>{NUMW})\s*(?P<u>{UNIT})\b", re.I)


def durations(text: str) -> list[tuple[int | None, str]]:
    """The (count, unit) parts of "two years and three months"; count None for "a few"."""
    return [(count(p["n"]), T.UNITS[p["u"].lower()]) for p in _duration().finditer(text)]
