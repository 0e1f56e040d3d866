"""How close two figures' values are, on a 0-1 scale.

Values only break ties between contexts: versions that disagree on a figure are the
reason to align at all, so "48 turbines" must still pair with "50 turbines".
"""

from __future__ import annotations

import bisect
from decimal import Decimal

from figcheck.figures import Figure

#: Closeness of two amounts in the same unit, times the ratio of the smaller to the larger.
SAME_UNIT = 0.6
#: ... in different units (a conversion compared with its source, "3 million" with "$3m").
OTHER_UNIT = 0.3
#: "2.1 billion" against "2.1 million": a scale slip, as close as the words allow.
SCALE_SLIP = 0.6
#: "48" against "4", "1.94" against "194": a digit slip (``digit_slip``), nearly as close.
DIGIT_SLIP = 0.4
#: Two amounts, one the other with two neighbouring digits swapped, are as close as values
#: this share of each other: a slip of the pen, closer than a value merely near.
SWAPPED_RATIO = 0.97
#: A vague figure ("thousands") against anything but the same vague words.
VAGUE = 0.3
#: Periods sharing their one written bound ("until 2019", "from 2016 to 2019").
SHARED_BOUND = 0.9
OVERLAPPING = 0.7
#: Disjoint periods: this much when adjacent, nothing from GAP_YEARS years apart.
DISJOINT = 0.4
GAP_YEARS = 4
#: How near a power of a thousand two amounts must be to count as a scale slip.
SCALE_TOLERANCE = Decimal("0.02")


#: A share of a whole ("one in five", "a third of": ``extractors.ratio``) and a percentage.
SHARE, PERCENT = "share", "%"
#: How far a share written as a fraction reaches either side of the percentage it states
#: (``share_reach``): this much of it, and never more than SHARE_CAP points.
SHARE_SPREAD = Decimal("0.10")
SHARE_CAP = Decimal(3)


def is_share(fig: Figure) -> bool:
    """A share of a whole ("one in five", "half of"), not a multiplier ("tripled")."""
    return fig.kind == "ratio" and fig.unit == SHARE and isinstance(fig.value, Decimal)


def as_percentages(a: Figure, b: Figure) -> tuple[Figure, Figure]:
    """A share of a whole against a percentage, each as a percentage ("one in five": 20%),
    so that the two compare; any other pair as it is. Percentage points are a change, not
    a share, and a multiplier ("tripled" against "up 200%") is another question: neither
    is read so."""
    if is_share(a) and b.kind == "percent" and b.unit == PERCENT:
        return percent_of(a), b
    if is_share(b) and a.kind == "percent" and a.unit == PERCENT:
        return a, percent_of(b)
    return a, b


#: Basis points in a percentage point.
BASIS_POINTS = Decimal(100)


def in_points(fig: Figure) -> Figure:
    """Basis points as the percentage points they are ("25 basis points": 0.25 points), so
    that "25 bps" and "a quarter of a percentage point" compare; any other figure as it is."""
    if fig.unit != "bp" or not isinstance(fig.value, Decimal):
        return fig
    return fig.with_changes(value=fig.value / BASIS_POINTS, unit="pp")


def in_base(fig: Figure) -> Figure:
    """A quantity in its dimension's base unit, as the quantity finder stores it, so that
    one measure in two units compares ("8,600 hectares" and "21,250 acres"); a temperature
    (its scales are offset) or any other figure as it is. Rules compare so the figures
    alignment paired; alignment itself weighs another unit as another unit."""
    extra = dict(fig.extra)
    base, dimension = extra.get("base_value"), extra.get("dimensionality")
    if fig.kind != "quantity" or base is None or dimension in (None, "[temperature]"):
        return fig
    return fig.with_changes(value=Decimal(base), unit=f"base {dimension}")


def percent_of(fig: Figure) -> Figure:
    """A share of a whole as the percentage it states; any other figure as it is."""
    if not is_share(fig):
        return fig
    return fig.with_changes(kind="percent", value=fig.value * 100, unit=PERCENT)


def share_reach(percent: Decimal) -> Decimal:
    """How far a share written as a fraction reaches either side of its ``percent``.

    Writers round a percentage to the plain fraction nearest it ("a third" for 31% or 35%,
    "one in five" for 19%, "half" for 52%): a fraction is a rounded figure, as coarse as
    its words. It covers a tenth of its value either side ("one in five": 18 to 22%, "one
    in ten": 9 to 11%), at most three points ("a third": 30.3 to 36.3%, "half": 47 to
    53%, "nine in ten": 87 to 93%), beyond which a writer says "nearly" or "more than".
    """
    return min(abs(percent) * SHARE_SPREAD, SHARE_CAP)


def closeness_key(fig: Figure) -> tuple:
    """Everything value_closeness looks at."""
    return (fig.kind, fig.value, fig.unit, fig.vague, fig.text.lower())


def value_closeness(a: Figure, b: Figure) -> float:
    """1 for the same value, less as values part; never enough on its own to align."""
    if a.kind in ("date", "period") or b.kind in ("date", "period"):
        return _interval_closeness(a.value, b.value)
    if isinstance(a.value, Decimal) and isinstance(b.value, Decimal):
        if a.kind == "ratio" or b.kind == "ratio":
            a, b = as_percentages(a, b)
        return _amount_closeness(in_points(a), in_points(b))
    if a.vague and b.vague and a.text.lower() == b.text.lower():
        return 1.0
    if a.vague or b.vague:
        return VAGUE
    return 0.0


def _amount_closeness(a: Figure, b: Figure) -> float:
    if a.value == b.value and a.unit == b.unit:
        return 1.0
    low, high = sorted((abs(a.value), abs(b.value)))
    if high == 0:
        return 1.0
    ratio = float(low / high)
    if a.unit == b.unit and thousands_apart(low, high):
        return SCALE_SLIP
    if a.unit == b.unit and ratio < DIGIT_SLIP and in_digits(a, b) and digit_slip(low, high):
        return DIGIT_SLIP
    if a.unit == b.unit and SWAPPED_RATIO > ratio > DIGIT_SLIP and digits_swapped(a, b):
        ratio = SWAPPED_RATIO  # "£213m" is "£231 million" mistyped, not the nearer "£198 million"
    return SAME_UNIT * ratio if a.unit == b.unit else OTHER_UNIT * ratio


def _interval_closeness(a, b) -> float:
    if not (isinstance(a, tuple) and isinstance(b, tuple)):
        return 0.0
    if a == b:
        return 1.0
    slip = _year_transposed(a, b)
    if None in a or None in b:
        if (a[1] and a[1] == b[1]) or (a[0] and a[0] == b[0]):
            return SHARED_BOUND
        # An open period is its one written bound: "since 1906" is far from "Saturday" and
        # from "since 1960", though its days run on to them.
        a, b = _written(a), _written(b)
    a_start, a_end = a[0] or "0000", a[1] or "9999"
    b_start, b_end = b[0] or "0000", b[1] or "9999"
    if a_start <= b_end and b_start <= a_end:
        return OVERLAPPING
    if slip:
        return DIGIT_SLIP  # "since 1906" for "since 1960": a slip of the pen
    # Years a little apart ("2031" against "2033") are closer than years far apart.
    gap = max(int(b_start[:4]) - int(a_end[:4]), int(a_start[:4]) - int(b_end[:4]))
    return max(0.0, DISJOINT * (1 - gap / GAP_YEARS))


def _written(value: tuple) -> tuple:
    """A period's value as its written bounds: an open end takes the other's."""
    first, last = value
    return (first or last, last or first)


def power_apart(low: Decimal, high: Decimal, powers: tuple[int, ...]) -> int | None:
    """10 ** power when ``high`` is ``low`` times ten to one of ``powers`` (within
    SCALE_TOLERANCE), else None."""
    if low == 0:
        return None
    ratio = high / low
    return next(
        (10**power for power in powers if abs(ratio / Decimal(10) ** power - 1) <= SCALE_TOLERANCE),
        None,
    )


def thousands_apart(low: Decimal, high: Decimal) -> bool:
    """True when ``high`` is ``low`` times 1,000, 1,000,000 … (within SCALE_TOLERANCE)."""
    return power_apart(low, high, (3, 6, 9, 12)) is not None


#: Two amounts this close (relative to the larger) are one value written with other rounding.
SAME_VALUE = Decimal("0.01")


def same_value(a: Figure, b: Figure) -> bool:
    """One amount in one unit, perhaps rounded otherwise ("61.4%" and "61.37%", "a third"
    and "33%")."""
    if a.kind == "ratio" or b.kind == "ratio":
        a, b = as_percentages(a, b)
    a, b = in_points(a), in_points(b)
    if a.unit != b.unit or not isinstance(a.value, Decimal) or not isinstance(b.value, Decimal):
        return a.kind == b.kind and a.value is not None and a.value == b.value and a.unit == b.unit
    high = max(abs(a.value), abs(b.value))
    return high == 0 or abs(a.value - b.value) <= SAME_VALUE * high


def unit_swapped(a: Figure, b: Figure) -> bool:
    """The same number of one measure in another unit ("120,000 acres" against "120,000
    hectares", "50 mph" against "50 km/h"): only a slip of the unit sets them apart, so
    a pair of them is as much one fact as a pair of one value."""
    return (
        a.kind == b.kind == "quantity"
        and a.unit != b.unit
        and isinstance(a.value, Decimal)
        and a.value == b.value
        and dict(a.extra).get("dimensionality") == dict(b.extra).get("dimensionality")
    )


#: Amounts this many times apart (and no slip of the pen apart) are far apart.
FAR_RATIO = 2


def far_apart(a: Figure, b: Figure) -> bool:
    """Two amounts too far apart for a slip of the pen: "4.53%" and "71.26%".

    A scale slip ("2.1 million" for "2.1 billion") or a digit slip ("48" for "4", "1.94"
    for "194", "16.3" for "1.6") is a slip, so it is never far apart.
    """
    if not (isinstance(a.value, Decimal) and isinstance(b.value, Decimal)):
        return False
    if a.kind == "ratio" or b.kind == "ratio":
        a, b = as_percentages(a, b)
        if a.unit != b.unit:
            return True  # a share against points: "0.2" and "20" are no slip of the pen
    a, b = in_points(a), in_points(b)
    low, high = sorted((abs(a.value), abs(b.value)))
    if low == 0:
        return high != 0
    slip = thousands_apart(low, high) or (in_digits(a, b) and digit_slip(low, high))
    return high > FAR_RATIO * low and not slip


def in_digits(*figures: Figure) -> bool:
    """Whether every figure is written with digits: a digit slips only where it is written
    ("a thousand" is no "12,000" with a digit lost)."""
    return all(any(ch.isdigit() for ch in fig.text) for fig in figures)


def digit_slip(low: Decimal, high: Decimal) -> bool:
    """Whether two amounts are one slip of the pen apart: a digit after the first, or the
    decimal mark, lost ("48" and "4", "1.94" and "194", "14,500" and "1,450"), two
    neighbouring digits after the first swapped ("6.42" and "6.24"), or a tenfold shift
    within rounding ("16.3" and "1.6")."""
    if low == 0:
        return False
    if power_apart(low, high, (1, 2)):
        return True
    return written_slip(low, high, both_digits=True)


def written_slip(low: Decimal, high: Decimal, both_digits: bool = False) -> bool:
    """Whether one amount is the other as written with one digit (after the first) or the
    decimal mark lost, or two neighbouring digits swapped (``_transposed``). Two-digit
    numbers swapped whole are a slip only to words that already pair them: as evidence
    on its own (a translation's figures, a figure no words placed) "24" and "42" are too
    often two facts."""
    short, long = (_digits(v) for v in sorted((low, high), key=lambda v: len(_digits(v))))
    if len(long) == len(short):
        return _transposed(short, long, both_digits)
    if len(long) != len(short) + 1:
        return False
    # A first digit lost reads as another number ("3.5%" and "83.5%"), not a slip.
    return any(long[:i] + long[i + 1 :] == short for i in range(1, len(long)))


def _transposed(a: str, b: str, both_digits: bool = False) -> bool:
    """Two neighbouring digits swapped ("6.42" and "6.24", across the decimal mark "41.2"
    and "42.1"), the first digit kept; with ``both_digits``, the two digits of a two-digit
    number too ("72 km" and "27 km")."""
    if "." in a and a.index(".") == b.find("."):
        a, b = a.replace(".", ""), b.replace(".", "")
    diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return (
        len(diff) == 2
        and (diff[0] > 0 or (both_digits and len(a) == 2))
        and diff[1] == diff[0] + 1
        and a[diff[0]] == b[diff[1]]
        and a[diff[1]] == b[diff[0]]
        and "." not in (a[diff[0]], a[diff[1]])
    )


def slipped(a: Figure, b: Figure, whole_swaps: bool = False) -> bool:
    """Two amounts in one unit, one ``written_slip`` from the other ("120 hectares" and
    "12 hectares", "30 years" and "3 years"), or exactly ten or a hundred times the other:
    a decimal mark lost before a scale word ("1.94 billion" and "194 billion"); or two
    periods of one shape a year apart (``_year_slip``). With ``whole_swaps`` (where the
    place in the story already pairs them), a two-digit number's digits swapped too
    ("4.2%" and "2.4%")."""
    if isinstance(a.value, tuple) and isinstance(b.value, tuple):
        # A bare year slips into the next too often by chance ("in 2018", "its 2019
        # launch"): only a period's written bound ("since 2011") is read as slipped.
        periods = a.kind == b.kind == "period" and not (a.relative or b.relative)
        return periods and (_year_slip(a.value, b.value) or _year_transposed(a.value, b.value))
    if a.unit != b.unit or not (isinstance(a.value, Decimal) and isinstance(b.value, Decimal)):
        return False
    low, high = sorted((abs(a.value), abs(b.value)))
    slip = written_slip(low, high, both_digits=whole_swaps) or high in (low * 10, low * 100)
    return low != high and slip and in_digits(a, b)


def year_apart(a: Figure, b: Figure) -> bool:
    """Two dates or periods of one shape a year apart (``_year_slip``), bare years too."""
    values = a.value, b.value
    return all(isinstance(v, tuple) for v in values) and _year_slip(*values)


def _year_slip(a: tuple, b: tuple) -> bool:
    """Two dates or periods of one shape whose written bounds are the same days of years
    one apart, all moved alike ("since 2011" and "since 2012", "2030" and "2031")."""
    if len(a) != len(b):
        return False
    moves = set()
    for x, y in zip(a, b, strict=True):
        if (x is None) != (y is None) or (x is not None and x[4:] != y[4:]):
            return False
        if x is not None:
            moves.add(int(y[:4]) - int(x[:4]))
    return moves in ({1}, {-1})


def _year_transposed(a: tuple, b: tuple) -> bool:
    """Two periods of one shape whose written bounds are the same days, one bound's year
    with two neighbouring digits swapped ("since 1960" and "since 1906")."""
    if len(a) != len(b):
        return False
    moved = 0
    for x, y in zip(a, b, strict=True):
        if (x is None) != (y is None) or (x is not None and x[4:] != y[4:]):
            return False
        if x is not None and x[:4] != y[:4]:
            if not _transposed(x[:4], y[:4]):
                return False
            moved += 1
    return moved == 1


def pen_slip(a: Figure, b: Figure) -> bool:
    """Two amounts in one unit, each written with two digits or more, one ``written_slip``
    from the other (a tenfold shift within rounding is not enough): the evidence a figure
    keeps through a translation ("6.42%" as "6,24 %", "13,000" as "1300"). One-digit
    figures slip into too many others to tell."""
    if a.unit != b.unit or not (isinstance(a.value, Decimal) and isinstance(b.value, Decimal)):
        return False
    low, high = sorted((abs(a.value), abs(b.value)))
    short = _digits(low).replace(".", "").strip("0")
    return low != high and len(short) >= 2 and written_slip(low, high) and in_digits(a, b)


def digits_swapped(a: Figure, b: Figure) -> bool:
    """Two amounts in one unit, written in digits, one the other with two neighbouring digits
    swapped after the first ("18.6" and "16.8", "1,450" and "1,405"): the slip of the pen
    that no rounding or scale explains (``pen_slip`` also takes a digit lost, which a
    dropped zero or a scale can mimic: "120" and "12")."""
    if a.unit != b.unit or not (isinstance(a.value, Decimal) and isinstance(b.value, Decimal)):
        return False
    low, high = sorted((abs(a.value), abs(b.value)))
    short, long = _digits(low), _digits(high)
    return (
        low != high and len(short) == len(long) and _transposed(short, long) and in_digits(a, b)
    )


def _digits(value: Decimal) -> str:
    """A value as plainly written: "1450", "1.94" (no exponent, no trailing zeros)."""
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


class ValueIndex:
    """One version's figures by family and value, to find those ``same_value`` as a figure
    without comparing it with every figure (a long version has thousands)."""

    def __init__(self, profiles):
        self._amounts: dict[tuple, list] = {}
        self._others: dict[tuple, list] = {}
        for p in profiles:
            fig = percent_of(p.figure) if p.figure.kind == "ratio" else p.figure
            if isinstance(fig.value, Decimal):
                self._amounts.setdefault((p.family, fig.unit), []).append((fig.value, p))
            elif fig.value is not None:
                self._others.setdefault((p.family, fig.kind, fig.value, fig.unit), []).append(p)
        for values in self._amounts.values():
            values.sort(key=lambda item: item[0])
        self._keys = {k: [v for v, _ in values] for k, values in self._amounts.items()}

    def near(self, family: str, fig: Figure) -> list:
        """The profiles of ``family`` whose value is ``same_value`` as ``fig``'s (a share
        of a whole found as the percentage it states)."""
        if fig.kind == "ratio":
            fig = percent_of(fig)
        if not isinstance(fig.value, Decimal):
            return self._others.get((family, fig.kind, fig.value, fig.unit), [])
        keys = self._keys.get((family, fig.unit))
        if not keys:
            return []
        reach = SAME_VALUE * abs(fig.value) / (1 - SAME_VALUE)
        low = bisect.bisect_left(keys, fig.value - reach)
        high = bisect.bisect_right(keys, fig.value + reach)
        items = self._amounts[(family, fig.unit)][low:high]
        return [p for _, p in items if same_value(p.figure, fig)]
