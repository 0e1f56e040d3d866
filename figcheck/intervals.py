"""Qualified and rounded figures as the intervals they state, and when two of them disagree.

"nearly $2 billion" and "$1.94 billion" are the same fact told two ways; so are "more than
95%" and "96%". Comparing qualifier words reports them; comparing what they state does not.
A figure covers the interval its last written digit allows ("$1.2bn": 1.15 to 1.25 billion),
and its qualifier moves or opens that interval ("more than 6 billion": above 6 billion).
Two versions disagree when their intervals do not overlap (`agree`), or when the qualifier
changes what is claimed although the figures overlap (`claim_change`: "as high as" made
"more than", "only eight" made "eight").

Pure functions of values, written text and meanings: no extraction, no documents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Context, Decimal, InvalidOperation

from figcheck.lang import QUALIFIER_MEANINGS
from figcheck.lang.bounds import DIRECTION, REFINES
from figcheck.lang.en import BOUNDS, LEXICON

#: A rounded figure with a single significant digit ("6 billion", "100 million") may be
#: rounded from anywhere within half a unit, which is too generous: it covers at most this
#: share of its value either side.
ROUND_CAP = Decimal("0.05")

#: How far an approximation ("about", "nearly") reaches, as a share of the value, when the
#: unit of its last written digit would reach further ("nearly $100 million": 90 to 100).
APPROX_REACH = Decimal("0.10")

_NUMBER = re.compile(r"\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:[.,]\d+)?|\d(?:[\d.,']*\d)?")
_TIMES = re.compile(r"\b(?:times|fold)\b|\d-?fold\b|\b\w+fold\b", re.I)
#: The lexicon's words for a multiple of two or more ("double", "tripled"; not "halved").
_MULTIPLE_WORDS = tuple(
    word
    for words in (LEXICON.multiplier_words, LEXICON.multiplier_verbs)
    for word, factor in words.items()
    if float(factor) >= 2
)


@dataclass(frozen=True)
class Interval:
    """The values a written figure allows: ``low`` to ``high`` (None: unbounded)."""

    low: Decimal | None
    high: Decimal | None
    low_closed: bool = True
    high_closed: bool = False
    #: The figure as written, for messages ("nearly $2 billion").
    written: str = ""
    #: Why the interval is what it is, in words ("an approximation from below").
    how: str = ""

    def describe(self) -> str:
        """The interval in words: "1.8 billion to under 2 billion", "above 6 billion"."""
        low, high = self.low, self.high
        if low is not None and high is not None and low == high:
            return _say(low)
        if low is None:
            return f"{'up to' if self.high_closed else 'under'} {_say(high)}"
        if high is None:
            return f"{'at least' if self.low_closed else 'above'} {_say(low)}"
        start = _say(low) if self.low_closed else f"above {_say(low)}"
        end = _say(high) if self.high_closed else f"under {_say(high)}"
        return f"{start} to {end}"


@dataclass(frozen=True)
class Precision:
    """How finely a figure is written: the unit of its last digit, and whether it is round."""

    unit: Decimal
    #: A single significant digit before any zeros ("100", "6 billion"): rounding is ambiguous.
    round: bool


def meaning_of(qualifier: str | None) -> str:
    """The fine meaning of a qualifier word or meaning name ("none" for no qualifier).

    Another language's word takes its lexicon's coarse meaning ("bis zu": "upper"). Unknown
    words read as "approx": when figcheck cannot tell what a word states, it reads the
    figure loosely, so that it stays quiet rather than raising a false alarm.
    """
    if not qualifier:
        return "none"
    key = re.sub(r"\s+", " ", qualifier.strip().lower())
    if key in REFINES or key in QUALIFIER_MEANINGS:
        return key
    return BOUNDS.get(key) or _lexicon_meaning(key) or "approx"


def _lexicon_meaning(word: str) -> str | None:
    """The meaning another language's lexicon gives a qualifier: its fine one where the
    lexicon has it, else its coarse one ("bis zu": "upper")."""
    from figcheck.lang import SUPPORTED, lexicon

    for code in SUPPORTED:
        if code != "en":
            lex = lexicon(code)
            if meaning := lex.bounds.get(word) or lex.qualifiers.get(word):
                return meaning
    return None


def precision(value: Decimal, written: str = "", decimal: str | None = None) -> Precision:
    """The unit of the last digit the figure is written with.

    Read from the digits of ``written`` when they reproduce ``value`` ("7.200 millones",
    "3.60 percent"), otherwise from the value itself ("three", "95-point-75").
    """
    value = Decimal(value)
    if value == 0:
        return Precision(Decimal(1), False)
    return _precision_of(*_digits_written(value, written, decimal))


def last_digit(value: Decimal, written: str = "", decimal: str | None = None) -> Decimal:
    """The unit of the last digit written, its zeros counted: what a figure cut off
    rather than rounded drops ("20%" for 20.4%, never for 28%, which "20%" does not start)."""
    _, fraction_digits, scale = _digits_written(Decimal(value), written, decimal)
    return scale * Decimal(1).scaleb(-fraction_digits)


def _digits_written(
    value: Decimal, written: str, decimal: str | None
) -> tuple[Decimal, int, Decimal]:
    """(mantissa, digits after the decimal mark, power of ten) as ``written`` gives the
    value, when its digits reproduce it; else the value's own digits."""
    for mantissa, fraction_digits in _readings(written, decimal):
        scale = _power_of_ten(value / mantissa) if mantissa else None
        if scale is not None:
            return mantissa, fraction_digits, scale
    return value, max(0, -value.normalize().as_tuple().exponent), Decimal(1)


def interval(
    value: Decimal | int | str,
    written: str | Decimal | int = "",
    meaning: str | None = None,
    *,
    count: bool = False,
    decimal: str | None = None,
    small_bound: bool = False,
) -> Interval:
    """The interval a figure states, from its value, how it is written and its qualifier.

    ``written`` is the figure as written ("$1.2bn", "nearly 96 percent") or the unit of
    its last digit as a number. ``count`` marks a whole number of things: "147 people" is
    exactly 147, while "200 people" may be rounded. A multiple ("more than double") also
    says it is short of the next one ("triple"), which a speaker would have said.
    ``small_bound``: a bound below BOUND_FROM is read in its order of magnitude too
    (``same_bound``).
    """
    value = Decimal(value)
    text = written if isinstance(written, str) else ""
    if isinstance(written, str):
        prec = precision(value, written, decimal)
    else:
        prec = Precision(Decimal(written), False)
    fine = meaning_of(meaning)
    if fine == "none" and text:
        fine = _meaning_in(text)
    half = _half_width(value, prec)
    # A count ending in a non-zero digit ("147", "eight") is exact; "200" may be rounded.
    exact = count and value == value.to_integral_value() and prec.unit <= 1
    result = _BUILDERS.get(fine, _approx)(value, prec, half, exact)
    if DIRECTION.get(fine) == "lower" and _is_multiple(text) and result.high is None:
        result = _short_of_next_multiple(value, result)
    elif fine in _OPEN_BOUNDS and (abs(value) >= BOUND_FROM or small_bound):
        result = _within_magnitude(value, result)
    return Interval(
        result.low, result.high, result.low_closed, result.high_closed, text, result.how
    )


def agree(a: Interval, b: Interval) -> bool:
    """Whether two intervals share a value: two versions of a figure that can both be true."""
    low, low_closed = _later_start(a, b)
    high, high_closed = _earlier_end(a, b)
    if low is None or high is None:
        return True
    return low < high or (low == high and low_closed and high_closed)


def explain(a: Interval, b: Interval) -> str:
    """A sentence for a finding: what each figure covers and whether they overlap."""
    verdict = "overlap" if agree(a, b) else "do not overlap"
    return f"{_name(a)} covers {a.describe()} and {_name(b)} {b.describe()}: they {verdict}"


def claim_change(q_a: str | None, q_b: str | None) -> str | None:
    """Why two qualifiers of the same figure claim different things, or None if they do not.

    A reversed bound ("as high as" made "more than") and a dropped or added "only" change
    the claim even where the intervals overlap; a bound added to a plain figure, or two
    wordings of the same bound ("over", "more than"), do not: the intervals judge those.
    Call it on two wordings of the same number only: "nearly 96%" and "more than 95%" are
    different numbers, and whether they agree is for `agree` to say.
    """
    fa, fb = meaning_of(q_a), meaning_of(q_b)
    wa, wb = _word(q_a, fa), _word(q_b, fb)
    da, db = _direction(fa, fb), _direction(fb, fa)
    if da and db and da != db:
        return (
            f"the bound is reversed: {wa} puts the figure {_SIDE[fa]} the number, "
            f"{wb} {_SIDE[fb]} it"
        )
    if (fa == "exact") != (fb == "exact") and {fa, fb} <= {"exact", "none", "approx"}:
        kept, other = (wa, wb) if fa == "exact" else (wb, wa)
        change = "dropped" if fa == "exact" else "added"
        return (
            f"the exclusivity is {change}: {kept} says that is all there is, or that it is "
            f"few; {other} does not"
        )
    return None


# --- precision -----------------------------------------------------------------------------


def _readings(written: str, decimal: str | None) -> list[tuple[Decimal, int]]:
    """The numeric readings of the first number in ``written``: (mantissa, fraction digits).

    With no decimal mark given, an ambiguous "7.200" is read both ways, the coarser
    (thousands) reading first: precision first, a loose reading raises no false alarm.
    """
    match = _NUMBER.search(written or "")
    if not match:
        return []
    token = re.sub(r"[\s'\u00a0\u202f]", "", match.group())
    marks = [c for c in token if c in ".,"]
    if decimal is not None:
        candidates = [decimal]
    elif not marks:
        candidates = ["."]
    elif len(set(marks)) == 2:
        candidates = [marks[-1]]
    elif len(marks) > 1:
        candidates = ["," if marks[0] == "." else "."]
    elif len(token) - token.rfind(marks[0]) - 1 == 3:
        candidates = ["," if marks[0] == "." else ".", marks[0]]
    else:
        candidates = [marks[0]]
    return [reading for mark in candidates if (reading := _read(token, mark))]


def _read(token: str, decimal_mark: str) -> tuple[Decimal, int] | None:
    whole, _, fraction = token.partition(decimal_mark)
    whole = re.sub(r"[.,]", "", whole)
    if not whole.isdigit() or (fraction and not fraction.isdigit()):
        return None
    try:
        return Decimal(f"{whole}.{fraction}" if fraction else whole), len(fraction)
    except InvalidOperation:
        return None


def _power_of_ten(ratio: Decimal) -> Decimal | None:
    ratio = ratio.normalize()
    digits = ratio.as_tuple().digits
    return ratio if digits == (1,) else None


def _precision_of(mantissa: Decimal, fraction_digits: int, scale: Decimal) -> Precision:
    if fraction_digits:
        return Precision(scale * Decimal(1).scaleb(-fraction_digits), False)
    digits = str(int(mantissa)).rstrip("0") or "0"
    zeros = len(str(int(mantissa))) - len(digits)
    significant = len(digits.lstrip("0"))
    return Precision(scale * Decimal(1).scaleb(zeros), significant <= 1)


def _half_width(value: Decimal, prec: Precision) -> Decimal:
    half = prec.unit / 2
    if prec.round:
        half = min(half, abs(value) * ROUND_CAP)
    return half


def _meaning_in(text: str) -> str:
    """The qualifier a written phrase opens with ("nearly $2 billion"), if the caller gave none."""
    lowered = re.sub(r"\s+", " ", text.strip().lower())
    for word in sorted(BOUNDS, key=len, reverse=True):
        if lowered.startswith(word + " "):
            return BOUNDS[word]
    return "none"


# --- intervals of each meaning ------------------------------------------------------------


def _rounded(value: Decimal, prec: Precision, half: Decimal, exact: bool) -> Interval:
    if exact:
        return Interval(value, value, True, True, how="a whole count, exactly")
    return Interval(value - half, value + half, True, False, how="rounded to its last digit")


def _approx(value: Decimal, prec: Precision, half: Decimal, exact: bool) -> Interval:
    reach = max(half, _reach(value, prec))
    return Interval(value - reach, value + reach, True, True, how="an approximation")


def _approx_below(value: Decimal, prec: Precision, half: Decimal, exact: bool) -> Interval:
    reach = max(half, _reach(value, prec))
    return Interval(value - reach, value, True, False, how="an approximation from below")


def _approx_above(value: Decimal, prec: Precision, half: Decimal, exact: bool) -> Interval:
    reach = max(half, _reach(value, prec))
    return Interval(value, value + reach, False, True, how="an approximation from above")


def _lower_strict(value: Decimal, prec: Precision, half: Decimal, exact: bool) -> Interval:
    return Interval(value, None, False, False, how="a lower bound, the figure excluded")


def _lower_inclusive(value: Decimal, prec: Precision, half: Decimal, exact: bool) -> Interval:
    return Interval(value, None, True, False, how="a lower bound")


def _upper_strict(value: Decimal, prec: Precision, half: Decimal, exact: bool) -> Interval:
    return Interval(None, value, False, False, how="an upper bound, the figure excluded")


def _upper_inclusive(value: Decimal, prec: Precision, half: Decimal, exact: bool) -> Interval:
    return Interval(None, value, False, True, how="an upper bound")


def _reach(value: Decimal, prec: Precision) -> Decimal:
    """How far "about" or "nearly" reaches: a unit of the last digit, at most 10% of the value."""
    return min(prec.unit, abs(value) * APPROX_REACH)


#: The interval of each fine meaning; a coarse bound reads inclusive (the looser reading).
_BUILDERS = {
    "none": _rounded,
    "exact": _rounded,
    "approx": _approx,
    "approx-below": _approx_below,
    "approx-above": _approx_above,
    "lower-strict": _lower_strict,
    "lower-inclusive": _lower_inclusive,
    "lower": _lower_inclusive,
    "upper-strict": _upper_strict,
    "upper-inclusive": _upper_inclusive,
    "upper": _upper_inclusive,
}


def _is_multiple(text: str) -> bool:
    lowered = text.lower()
    return bool(_TIMES.search(lowered)) or any(
        re.search(rf"\b{word}\b", lowered) for word in _MULTIPLE_WORDS
    )


#: A bound is said in its figure's order of magnitude: to a speaker who knew the figure was
#: ten times the bound, "more than 50" would have been "more than 500" (or "hundreds"),
#: and "up to 4,000" would have been "up to 400" for a figure below a tenth of it.
BOUND_REACH = Decimal(10)
#: ... for bounds of this much or more: "at least one", "more than two" only say "some".
#: Against a bound of the same kind (``same_bound``) a small one is said in its order of
#: magnitude too: "at least 1" where another version says "at least 12" is no "some".
BOUND_FROM = Decimal(10)
#: The bounds read so: a floor, or a ceiling the figure may reach ("up to", "as many as").
#: "less than" and "under" say small rather than near, and are left open.
_OPEN_BOUNDS = frozenset({"lower", "lower-strict", "lower-inclusive", "upper", "upper-inclusive"})


def same_bound(q_a: str | None, q_b: str | None) -> bool:
    """Whether two qualifiers are bounds of one kind read in their order of magnitude
    (``_OPEN_BOUNDS``) pointing one way: two floors ("more than", "at least") or two
    ceilings ("up to", "as many as")."""
    fa, fb = meaning_of(q_a), meaning_of(q_b)
    return fa in _OPEN_BOUNDS and fb in _OPEN_BOUNDS and DIRECTION.get(fa) == DIRECTION.get(fb)


def _within_magnitude(value: Decimal, bound: Interval) -> Interval:
    """A floor below ten times its figure, a ceiling above a tenth of it (BOUND_REACH)."""
    if value < 0:
        return bound
    if bound.high is None:
        return Interval(bound.low, value * BOUND_REACH, bound.low_closed, False,
                        how=f"{bound.how}, short of ten times it")  # fmt: skip
    if bound.low is None:
        return Interval(value / BOUND_REACH, bound.high, False, bound.high_closed,
                        how=f"{bound.how}, above a tenth of it")  # fmt: skip
    return bound


def _short_of_next_multiple(value: Decimal, bound: Interval) -> Interval:
    """ "more than double" is short of triple: a speaker would have said "triple"."""
    following = value.to_integral_value() + 1
    stop = following - _half_width(following, precision(following))
    return Interval(
        bound.low,
        stop,
        bound.low_closed,
        False,
        how=f"{bound.how}, short of {_say(following)} times",
    )


# --- comparing and wording -----------------------------------------------------------------


def _later_start(a: Interval, b: Interval) -> tuple[Decimal | None, bool]:
    if a.low is None:
        return b.low, b.low_closed
    if b.low is None or a.low > b.low:
        return a.low, a.low_closed
    if b.low > a.low:
        return b.low, b.low_closed
    return a.low, a.low_closed and b.low_closed


def _earlier_end(a: Interval, b: Interval) -> tuple[Decimal | None, bool]:
    if a.high is None:
        return b.high, b.high_closed
    if b.high is None or a.high < b.high:
        return a.high, a.high_closed
    if b.high < a.high:
        return b.high, b.high_closed
    return a.high, a.high_closed and b.high_closed


#: Where each bounding meaning puts the figure, for messages.
_SIDE = {
    "exact": "no higher than",
    "lower": "at or above",
    "lower-strict": "above",
    "lower-inclusive": "at or above",
    "approx-above": "just above",
    "upper": "at or below",
    "upper-strict": "below",
    "upper-inclusive": "at or below",
    "approx-below": "just below",
}


def _direction(fine: str, other: str) -> str | None:
    """Which way a meaning points; "only eight" points down against a lower bound."""
    if fine == "exact":
        return "upper" if DIRECTION.get(other) == "lower" else None
    return DIRECTION.get(fine)


def _word(qualifier: str | None, fine: str) -> str:
    if not qualifier:
        return "the plain figure"
    if qualifier == fine:
        return f"a qualifier meaning {fine}"
    return f'"{qualifier}"'


def _name(iv: Interval) -> str:
    return f'"{iv.written}"' if iv.written else "one figure"


_SCALES = (
    (Decimal(10) ** 12, "trillion"),
    (Decimal(10) ** 9, "billion"),
    (Decimal(10) ** 6, "million"),
)


def _say(number: Decimal | None) -> str:
    """A number for a message: "1.8 billion", "95.5", "2.85"."""
    if number is None:
        return "any"
    for size, word in _SCALES:
        if abs(number) >= size:
            return f"{_plain(number / size)} {word}"
    return _plain(number)


#: Room for any figure's digits to four places (figures stay within 10^30: numbers.in_reach).
_WIDE = Context(prec=80)


def _plain(number: Decimal) -> str:
    return format(number.quantize(Decimal("0.0001"), context=_WIDE).normalize(_WIDE), "f")
