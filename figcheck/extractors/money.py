"""Money: an exact amount and an ISO 4217 currency, with ranges and stated conversions.

"3 million to 5 million yuan ($411,000-$686,000)" gives four figures: two CNY
amounts and two USD amounts, the USD ones marked as the conversion of the CNY ones.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from figcheck.extractors.numbers import NUMBER, number_value, scale_value, scale_word
from figcheck.extractors.tables import (
    CURRENCY_CODES,
    CURRENCY_NAMES,
    CURRENCY_SYMBOLS,
    YEN_CONTEXT,
    YUAN_CONTEXT,
)
from figcheck.figures import Figure

KIND = "money"


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_SYMBOL = _alternation(CURRENCY_SYMBOLS)
_CODE = _alternation(CURRENCY_CODES)
_NAME = _alternation(CURRENCY_NAMES)
# Names that are ordinary words too ("won", "real") count only after digits.
_WORDY_NAMES = {"won", "real", "rand", "dong", "lira", "pound", "pounds", "sterling", "krone"}

MONEY_RE = re.compile(
    rf"(?:(?P<pre>{_SYMBOL})|\b(?P<precode>{_CODE})\b)[ \u00a0]?{NUMBER.replace('?P<', '?P<a_')}"
    rf"|{NUMBER}[ \u00a0]?(?:(?P<postsym>€|£|元|zł|kr\b|¥)|\b(?P<postcode>{_CODE})\b"
    rf"|(?P<postname>\b(?:{_NAME})\b))",
    re.I,
)
# Lower-case letters are no symbol: "rs 5" or "kr" inside words must not read as money.
_CASE_SENSITIVE = {"Rs", "Rs.", "Rp", "RM", "Fr.", "kr"}

_RANGE_JOIN = re.compile(r"\s*(?:to|-|–|—|and|through)\s*$", re.I)
_RANGE_LOW = re.compile(rf"(?:between\s+|from\s+)?(?P<low>{NUMBER})$", re.I)
_CONVERSION_GAP = re.compile(
    r"\s*(?:,\s*(?:or|i\.e\.|equivalent to|worth)|\(|—|–|,)?\s*"
    r"(?:about|around|roughly|some|approximately|nearly|almost|close to|over|more than|"
    r"less than|under|up to|just under|just over)?\s*$",
    re.I,
)


def currency_of(match: re.Match) -> str | None:
    """The ISO code the words of a money match name, or "CNY|JPY" style alternatives."""
    if match.group("pre"):
        symbol = match.group("pre")
        for known, code in CURRENCY_SYMBOLS.items():
            if known.lower() == symbol.lower():
                if known in _CASE_SENSITIVE and known != symbol:
                    return None
                return code
    if match.group("precode"):
        return CURRENCY_CODES.get(match.group("precode").upper())
    if match.group("postsym"):
        return CURRENCY_SYMBOLS.get(match.group("postsym"))
    if match.group("postcode"):
        return CURRENCY_CODES.get(match.group("postcode").upper())
    if match.group("postname"):
        name = re.sub(r"\s+", " ", match.group("postname").lower())
        if name in _WORDY_NAMES and not match.group("digits"):
            return None
        return CURRENCY_NAMES.get(name)
    return None


def resolve_yen_sign(text: str, start: int, end: int) -> tuple[str, tuple[str, ...]]:
    """ "¥" is both the yuan and the yen sign: let nearby words decide, else flag it."""
    window = text[max(0, start - 250) : end + 250].lower()
    yuan = sum(window.count(word) for word in YUAN_CONTEXT)
    yen = sum(window.count(word) for word in YEN_CONTEXT)
    if yuan > yen:
        return "CNY", ()
    if yen > yuan:
        return "JPY", ()
    return "JPY", ("CNY", "JPY")


def find(text: str, published=None) -> Iterator[Figure]:
    """Every money figure, with the low end of "3 to 5 million yuan" filled in."""
    for match in MONEY_RE.finditer(text):
        prefixed = bool(match.group("pre") or match.group("precode"))
        prefix = "a_" if prefixed else ""
        amount, scale = number_value(match, prefix), scale_word(match.group(prefix + "scale"))
        code = currency_of(match)
        if amount is None or code is None:
            continue
        ambiguous: tuple[str, ...] = ()
        if code == "CNY|JPY":
            code, ambiguous = resolve_yen_sign(text, match.start(), match.end())
        elif "|" in code:
            ambiguous = tuple(code.split("|"))
            code = ambiguous[0]
        if code.endswith("/100"):
            code = code[:-4]
            amount = amount / 100
        start, end = match.start(), match.end()
        high = Figure(
            KIND, start, end, text[start:end], amount, code, scale=scale, ambiguous=ambiguous
        )
        low = _range_low(text, high, prefixed)
        if low is not None:
            yield low
            yield high.with_changes(range_part="high")
        else:
            yield high


def _range_low(text: str, high: Figure, prefixed: bool) -> Figure | None:
    """The bare low end of a range whose currency (and maybe scale) stand after the high end."""
    before = text[max(0, high.start - 80) : high.start]
    join = _RANGE_JOIN.search(before)
    if not join:
        return None
    head = before[: join.start()]
    low_match = _RANGE_LOW.search(head)
    if not low_match or prefixed:
        # "$420,000 to $700,000" has two full amounts: link() pairs them.
        return None
    low_value = number_value(low_match)
    if low_value is None:
        return None
    offset = high.start - len(before)
    low_start = offset + low_match.start("low")
    low_end = offset + low_match.end("low")
    low_scale = scale_word(low_match.group("scale"))
    if not low_scale and high.scale:
        high_base = high.value / scale_value(high.scale)
        if low_value < high_base:
            low_value = low_value * scale_value(high.scale)
            low_scale = high.scale
    return Figure(
        KIND,
        low_start,
        low_end,
        text[low_start:low_end],
        low_value,
        high.unit,
        scale=low_scale,
        ambiguous=high.ambiguous,
        range_part="low",
    )


def link(figures: list[Figure], text: str) -> list[Figure]:
    """Mark ranges ("$420,000 to $700,000") and stated conversions ("… yuan ($411,000)")."""
    figures = list(figures)
    money = [i for i, f in enumerate(figures) if f.kind == KIND]
    # Ranges: two amounts joined by "to" or a dash.
    for a, b in zip(money, money[1:]):
        low, high = figures[a], figures[b]
        if low.unit != high.unit or low.range_with is not None:
            continue
        if (
            low.range_part == "low"
            and high.range_part == "high"
            or _RANGE_JOIN.fullmatch(text[low.end : high.start])
        ):
            figures[a] = low.with_changes(range_part="low", range_with=b)
            figures[b] = high.with_changes(range_part="high", range_with=a)
    # Units: a single amount or a range, as (first index, last index).
    units: list[tuple[int, int]] = []
    for i in money:
        fig = figures[i]
        if fig.range_part == "high" and fig.range_with is not None and units:
            continue
        last = fig.range_with if fig.range_part == "low" and fig.range_with is not None else i
        units.append((i, last))
    for (a_first, a_last), (c_first, c_last) in zip(units, units[1:]):
        source, stated = figures[a_first], figures[c_first]
        if source.unit == stated.unit and not (source.ambiguous or stated.ambiguous):
            continue
        if not _CONVERSION_GAP.fullmatch(text[figures[a_last].end : stated.start]):
            continue
        if text[figures[a_last].end : stated.start].strip() == "":
            continue
        pairs = [(a_first, c_first)]
        if a_first != a_last and c_first != c_last:
            pairs.append((a_last, c_last))
        for src, conv in pairs:
            figures[conv] = figures[conv].with_changes(conversion_of=src)
    return figures
