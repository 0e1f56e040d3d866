"""Percentages and percentage points: "12%", "12.5 per cent", "3 percentage points".

A change in points ("up 3 points") and a level in percent ("3%") are different
figures, so points keep their own unit "pp"; "10-12%" gives two linked figures.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from figcheck.extractors.numbers import GAP, number_matches, number_value
from figcheck.figures import Figure

KIND = "percent"

_SIGN = (
    # ("pct." and "per cent." keep their dot inside a sentence, not at its end)
    rf"{GAP}(?P<sign>%|(?:per\s?cents?|percents?|pct)\b(?:\.(?=[^\S\n]*(?-i:[a-z0-9,;(])))?"
    r"|percentage(?:[\s-]points?)?\b"
    r"|pps?\b|(?<=\s)(?:basis\s)?points?\b|bps\b)"
)
SIGN_RE = re.compile(_SIGN, re.I)
#: What may stand between the two ends of a range: "10-12%", "10% to 12%".
_RANGE_GAP = re.compile(r"\s?(?:%|per\s?cent|percent)?\s*(?:-|–|—|to)\s*", re.I)
#: "percent of 10": the word before the number, as some speech transcripts put it.
_REVERSED_RE = re.compile(r"\b(?:per\s?cents?|percents?)\s+of\s+", re.I)
#: "points" alone is a percentage-point change only when percentages are being discussed.
_PERCENT_CONTEXT = re.compile(r"%|\bper\s?cent|\bpercent|\brate\b|\bshare\b|\byield", re.I)


def _unit(sign: str, text: str, start: int) -> str | None:
    word = re.sub(r"\s+", " ", sign.strip().lower())
    if word.startswith("percentage ") or word in ("pp", "pps"):
        return "pp"
    if word.startswith(("%", "per", "pct")):
        return "%"
    if word in ("bps", "basis points", "basis point"):
        return "bp"
    # Bare "points": scores and index levels too, unless percentages are in the air.
    window = text[max(0, start - 200) : start]
    return "pp" if _PERCENT_CONTEXT.search(window) else None


def find(text: str, published=None) -> Iterator[Figure]:
    """Every percent or percentage-point figure; ranges give a low and a high figure."""
    numbers = number_matches(text)
    for i, number in enumerate(numbers):
        sign = SIGN_RE.match(text, number.end())
        if not sign:
            continue
        unit = _unit(sign.group("sign"), text, number.start())
        value = number_value(number)
        if unit is None or value is None:
            continue
        if number.group("scale") and not sign.group("sign").strip().startswith(("%", "p")):
            continue
        start, end = number.start(), sign.end()
        high = Figure(KIND, start, end, text[start:end], value, unit)
        before = numbers[i - 1] if i else None
        if (
            before
            and _RANGE_GAP.fullmatch(text, before.end(), start)
            and not SIGN_RE.match(text, before.end())  # "3% to 5%": two figures, linked later
        ):
            low_value = number_value(before)
            if low_value is not None and low_value < value:
                yield Figure(
                    KIND, before.start(), before.end(), before.group(0), low_value, unit,
                    range_part="low",
                )  # fmt: skip
                yield high.with_changes(range_part="high")
                continue
        yield high
    starting = {m.start(): m for m in numbers}
    ending = {m.end() for m in numbers}
    for match in _REVERSED_RE.finditer(text):
        number = starting.get(match.end())
        if number is None or len(text[: match.start()].rstrip()) in ending:
            continue  # "5 percent of 200" is 5%, found above
        value = number_value(number)
        if value is not None:
            start, end = match.start(), number.end()
            yield Figure(KIND, start, end, text[start:end], value, "%")
