"""Numbers as written in news copy: digits, number words and scale words.

Every figure kind builds on these patterns, so "3 million", "3m", "three million"
and "3,000,000" all read as the same exact Decimal.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from figcheck.extractors.tables import SCALES, TENS, TIGHT_SCALES, UNITS

#: Digits with optional group separators and decimals: 3 / 3.5 / 420,000 / 1.234,56
DIGITS = r"(?<![\w.,])(?:\d{1,3}(?:[,\u00a0\u202f']\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+,\d+|\d+(?:\.\d+)?)(?![\d])"

_word_alternation = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
#: Number words: eight / twenty-five / two hundred and five / a dozen.
WORDS = (
    rf"(?:(?:{_word_alternation})(?:[\s-]+(?:and\s+)?(?:{_word_alternation}|hundred|thousand))*"
    r"|a\s+dozen|a\s+hundred|a\s+thousand|a\s+million|a\s+billion|dozen)"
)
_loose_scales = sorted((s for s in SCALES if s not in TIGHT_SCALES), key=len, reverse=True)
_tight_scales = sorted(TIGHT_SCALES, key=len, reverse=True)
#: A scale after a number: " million", "m", " bn", "-billion".
SCALE = rf"(?:[\s-]*(?:{'|'.join(_loose_scales)})\b|\s?(?:{'|'.join(_tight_scales)})\b)"
#: A full number: digits or words, with an optional scale captured as ``scale``.
NUMBER = rf"(?:(?P<digits>{DIGITS})|\b(?P<words>{WORDS})\b)(?P<scale>{SCALE})?"

NUMBER_RE = re.compile(NUMBER, re.I)


def parse_digits(text: str) -> Decimal | None:
    """Exact value of a digit string, letting price-parser decide the decimal mark."""
    from price_parser.parser import parse_number

    cleaned = text.replace("\u00a0", "").replace("\u202f", "").replace("'", "")
    if re.fullmatch(r"\d+(?:\.\d+)?", cleaned):
        return Decimal(cleaned)
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", cleaned):
        return Decimal(cleaned.replace(",", ""))
    try:
        value = parse_number(cleaned)
    except (InvalidOperation, ValueError):
        return None
    return Decimal(value) if value is not None else None


def parse_words(text: str) -> Decimal | None:
    """Value of number words: "two hundred and five" -> 205, "a dozen" -> 12."""
    words = re.split(r"[\s-]+", text.lower().strip())
    if words[0] == "a":
        words = ["one", *words[1:]]
    if words == ["one", "dozen"] or words == ["dozen"]:
        return Decimal(12)
    total = 0
    current = 0
    seen = False
    for word in words:
        if word == "and":
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in SCALES:
            total += (current or 1) * int(SCALES[word])
            current = 0
        else:
            return None
        seen = True
    return Decimal(total + current) if seen else None


def scale_value(scale: str | None) -> Decimal:
    if not scale:
        return Decimal(1)
    word = scale.strip(" -\u00a0").lower()
    return SCALES.get(word, Decimal(1))


def scale_word(scale: str | None) -> str | None:
    return scale.strip(" -\u00a0").lower() if scale else None


def number_value(match: re.Match, prefix: str = "") -> Decimal | None:
    """The value of a NUMBER match (its groups renamed with ``prefix``), scale applied."""
    if match.group(prefix + "digits"):
        base = parse_digits(match.group(prefix + "digits"))
    elif match.group(prefix + "words"):
        base = parse_words(match.group(prefix + "words"))
    else:
        return None
    if base is None:
        return None
    return base * scale_value(match.group(prefix + "scale"))
