"""Percentages and percentage points: "12%", "12.5 per cent", "3 percentage points".

A change in points ("up 3 points") and a level in percent ("3%") are different
figures, so points keep their own unit "pp"; "10-12%" gives two linked figures.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from figcheck.extractors.numbers import NUMBER, number_value
from figcheck.figures import Figure

KIND = "percent"

_SIGN = (
    r"(?P<sign>\s?%|\s?(?:per\s?cents?|percents?|pct)\b\.?|\s?percentage(?:[\s-]points?)?\b"
    r"|\s?pps?\b|\s(?:basis\s)?points?\b|\s?bps\b)"
)
_LOW = NUMBER.replace("?P<", "?P<lo_")
PERCENT_RE = re.compile(
    rf"(?:(?P<low>{_LOW})\s?(?:%|per\s?cent|percent)?\s*(?:-|–|—|to)\s*)?{NUMBER}{_SIGN}",
    re.I,
)
#: "percent of 10": the word before the number, as some speech transcripts put it.
_REVERSED_RE = re.compile(rf"(?<![\d%]\s)\b(?:per\s?cents?|percents?)\s+of\s+{NUMBER}", re.I)
_NUMBER_BEFORE = re.compile(rf"{NUMBER}\s*$", re.I)
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
    for match in PERCENT_RE.finditer(text):
        unit = _unit(match.group("sign"), text, match.start())
        value = number_value(match)
        if unit is None or value is None:
            continue
        if match.group("scale") and not match.group("sign").strip().startswith(("%", "p")):
            continue
        start, end = (
            match.start("digits") if match.group("digits") else match.start("words"),
            match.end(),
        )
        high = Figure(KIND, start, end, text[start:end], value, unit)
        if match.group("low"):
            low_value = number_value(match, "lo_")
            if low_value is not None and low_value < value:
                lo_start, lo_end = match.start("low"), match.end("low")
                yield Figure(
                    KIND, lo_start, lo_end, text[lo_start:lo_end], low_value, unit,
                    range_part="low",
                )  # fmt: skip
                yield high.with_changes(range_part="high")
                continue
        yield high
    for match in _REVERSED_RE.finditer(text):
        value = number_value(match)
        before = text[max(0, match.start() - 40) : match.start()]
        if value is not None and not _NUMBER_BEFORE.search(before):
            yield Figure(KIND, match.start(), match.end(), match.group(0), value, "%")
