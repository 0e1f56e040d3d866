"""Powers as Chinese and Japanese copy writes them, read as one number.

"1.1の23乗" (1.1 to the 23rd), "−127.32×10の13乗", "10的6次方", "2.5^-1" and "2.789e-1"
are numbers only whole: read in parts, each part would be a figure with a wrong value. The
words around the exponent come from the lexicon (``power_words``).
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal, localcontext

from figcheck.extractors.cjk.numerals import Numeral
from figcheck.extractors.numbers import in_reach
from figcheck.figures import Figure
from figcheck.lang import lexicon
from figcheck.text import alternation

#: Exponents beyond this are kept unread, as numbers above 10**30 are elsewhere.
_LARGEST = 30
_TIMES = re.compile(r" *[×xX*] *")
_CARET = re.compile(r" *\^ *\+?")
#: "2.789e-1": a mantissa and a power of ten, in digits.
E_NOTATION = re.compile(
    r"(?<![0-9.A-Za-z])-?[0-9]+(?:\.[0-9]+)?[eE][-+]?[0-9]{1,2}(?![0-9A-Za-z.])"
)


@functools.cache
def _words(code: str) -> tuple[re.Pattern, re.Pattern]:
    """(the word between base and exponent, the word after the exponent) of a language;
    "乗" is no power in 乗客 (passengers), 乗車 or 乗り."""
    pairs = lexicon(code).power_words
    between = alternation({a for a, _ in pairs})
    after = alternation({b for _, b in pairs})
    return (
        re.compile(rf" *(?:{between}) *"),
        re.compile(rf" *(?:{after})(?![客員员车車組组務务用船降換继継入っりるれらせ])"),
    )


def _raised(base: Decimal, exponent: Decimal) -> Decimal | None:
    if exponent != exponent.to_integral_value() or abs(exponent) > _LARGEST:
        return None
    if base == 0 and exponent <= 0:
        return None  # (0 to the power 0 is no number either)
    with localcontext() as context:
        context.prec = 28
        return base ** int(exponent)


def _exponent_end(code: str, folded: str, base_end: int, exponent: Numeral) -> int | None:
    """Where the power ends when ``exponent`` follows ``base_end`` as one: "の23乗", "^-1"."""
    between, after = _words(code)
    if _CARET.fullmatch(folded, base_end, exponent.start):
        return exponent.end
    if between.fullmatch(folded, base_end, exponent.start):
        word = after.match(folded, exponent.end)
        return word.end() if word else None
    return None


def power(code: str, text: str, folded: str, nums: list[Numeral], i: int):
    """The power starting at numeral ``i`` as (figure, numerals used), or None."""
    base, rest = nums[i], nums[i + 1 : i + 3]
    value = end = None
    used = 0
    if (
        len(rest) == 2
        and rest[0].value == 10
        and _TIMES.fullmatch(folded, base.end, rest[0].start)
        and (end := _exponent_end(code, folded, rest[0].end, rest[1]))
    ):
        tens = _raised(Decimal(10), rest[1].value)
        value, used = (None if tens is None else base.value * tens), 3
    elif rest and (end := _exponent_end(code, folded, base.end, rest[0])):
        value, used = _raised(base.value, rest[0].value), 2
    value = in_reach(value)  # (past 10^30: no figure, as in English)
    if value is None or end is None:
        return None
    return Figure("number", base.start, end, text[base.start : end], value), used


def e_notation(text: str, folded: str, start: int, end: int) -> list[Figure]:
    """ "2.789e-1", "２.７８９０e－１": digits times a power of ten."""
    found = []
    for match in E_NOTATION.finditer(folded, start, end):
        mantissa, _, exponent = match.group().lower().partition("e")
        value = _raised(Decimal(10), Decimal(exponent))
        value = None if value is None else in_reach(Decimal(mantissa) * value)
        if value is not None:
            a, b = match.span()
            found.append(Figure("number", a, b, text[a:b], value))
    return found
