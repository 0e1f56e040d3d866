"""fx-mismatch: a stated currency conversion that the exchange rate of the day does not support.

Copy often converts an amount for the reader: "15 million yuan, or about $2.1
million". The rule checks that pair against the ECB reference rate on the
document's date (or the run's date for an undated document), allowing for how
the writer rounded both figures, for a margin (``tolerance``, default 5%) and for
a rate from a few days earlier (``lookback-days``, default 7), since copy is
often written a day or two before it runs.

Passing, dated 2023-08-24 (7.28 yuan per dollar)::

    bonuses of 3 million to 5 million yuan, or $420,000 to $700,000

Failing, same date::

    bonuses of 3 million yuan ($420 million)     # a thousand/million slip
    a grant of 15 million yuan, or $2.4 million   # fits the 2015 rate, not 2023's

An amount whose currency symbol is ambiguous ("¥" is the yuan and the yen
sign) passes if any reading fits. A currency the ECB does not publish, or a
date outside the rates, is reported as unchecked, not as a finding.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from figcheck.engine import Context, FigureRef
from figcheck.errors import InputError
from figcheck.figures import Figure, Finding

ID = "fx-mismatch"
SEVERITY = "error"

DEFAULTS = {"tolerance": 0.05, "lookback-days": 7, "rates-dir": None}
#: Qualifiers that say the writer rounded loosely: one unit of the last digit either way.
APPROX = {"about", "around", "roughly", "approximately", "some", "an estimated"}
#: Qualifiers that put the true amount a little above or below the figure.
ABOVE = {"more than", "over", "in excess of", "north of", "upwards of", "just over"}
BELOW = {"nearly", "almost", "close to", "under", "less than", "just under"}
#: How far rounding may stretch a figure, as a fraction of it (plain, then loose wording).
PLAIN_CAP = 0.05
LOOSE_CAP = 0.10


def check(context: Context, options: dict[str, Any]) -> Iterator[Finding]:
    settings = {**DEFAULTS, **options}
    tolerance = _number(settings["tolerance"], "tolerance")
    lookback = int(_number(settings["lookback-days"], "lookback-days"))
    pairs = [
        (d, fig.conversion_of, i)
        for d, doc in enumerate(context.documents)
        for i, fig in enumerate(doc.figures)
        if fig.kind == "money" and fig.conversion_of is not None
    ]
    if not pairs:
        return
    from figcheck.rates import RateTable

    try:
        table = RateTable.load(settings["rates-dir"])
    except InputError as exc:
        context.unchecked.append(f"fx: {exc}")
        return
    undated: set[int] = set()
    for d, src_index, conv_index in pairs:
        doc = context.documents[d]
        date, borrowed = doc.published, False
        if date is None:
            date, borrowed = context.fallback_date, True
        if date is None:
            if d not in undated:
                context.unchecked.append(f"fx: {doc.path}: no date")
                undated.add(d)
            continue
        source, stated = doc.figures[src_index], doc.figures[conv_index]
        where = f"fx: {doc.path}:{stated.line}"
        verdict = _verdict(table, source, stated, date, tolerance, lookback)
        if isinstance(verdict, str):
            context.unchecked.append(f"{where}: {verdict}")
            continue
        if verdict is None:
            continue
        message = _message(table, source, stated, date, tolerance, verdict)
        if borrowed:
            message += f"; {doc.path} states no date, so the run's date {date} was used"
        evidence = (
            context.evidence(FigureRef(d, src_index)),
            context.evidence(FigureRef(d, conv_index)),
        )
        yield Finding(ID, SEVERITY, message, evidence)


def _number(value: Any, name: str) -> float:
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise InputError(f"fx-mismatch: option {name} must be a number, not {value!r}") from None
    if number < 0:
        raise InputError(f"fx-mismatch: option {name} must not be negative")
    return number


def bounds(fig: Figure) -> tuple[float, float]:
    """The amounts a figure may stand for, given how it is rounded and worded.

    "$2.1 million" is 2.05–2.15 million; "about $2.1 million" 2.0–2.2 million;
    rounding never stretches a figure by more than 5% (10% for loose wording),
    since "3 million yuan" is usually the exact amount, not a rounding of 3.4 million.
    """
    value = fig.value if isinstance(fig.value, Decimal) else Decimal(str(fig.value))
    amount = float(value)
    unit = 10.0 ** value.normalize().as_tuple().exponent if value else 1.0
    word = (fig.qualifier or "").lower()
    if word in ABOVE:
        return amount, amount * (1 + LOOSE_CAP)
    if word in BELOW:
        return amount * (1 - LOOSE_CAP), amount
    loose = word in APPROX
    half = min(unit if loose else unit / 2, amount * (LOOSE_CAP if loose else PLAIN_CAP))
    return amount - half, amount + half


class _Miss:
    """A reading that does not fit: the rates it was compared with."""

    def __init__(self, base: str, quote: str, implied: float, reference, low: float, high: float):
        self.base, self.quote, self.implied, self.reference = base, quote, implied, reference
        self.low, self.high = low, high


def _verdict(table, source: Figure, stated: Figure, date, tolerance, lookback):
    """None if some reading fits, a _Miss if none does, a reason string if none could be checked."""
    src_lo, src_hi = bounds(source)
    conv_lo, conv_hi = bounds(stated)
    if src_lo <= 0 or src_hi <= 0:
        return None
    implied_lo, implied_hi = conv_lo / src_hi, conv_hi / src_lo
    misses, reasons = [], []
    for base in source.ambiguous or (source.unit,):
        for quote in stated.ambiguous or (stated.unit,):
            if not base or not quote or base == quote:
                continue
            missing = [code for code in (base, quote) if not table.covers(code)]
            if missing:
                reasons.append(f"no ECB rate for {', '.join(missing)}")
                continue
            quotes = table.series(base, quote, date - dt.timedelta(days=lookback), date)
            reference = table.rate(base, quote, date)
            if reference is not None:
                quotes.append(reference)
            if not quotes:
                cover = table.coverage()
                reasons.append(
                    f"no {base}/{quote} rate for {date} (rates cover {cover.first} to {cover.last})"
                )
                continue
            low = min(q.rate for q in quotes) * (1 - tolerance)
            high = max(q.rate for q in quotes) * (1 + tolerance)
            if implied_hi >= low and implied_lo <= high:
                return None
            implied = float(stated.value) / float(source.value)
            misses.append(_Miss(base, quote, implied, reference or quotes[-1], low, high))
    if misses:
        primary = [m for m in misses if (m.base, m.quote) == (source.unit, stated.unit)]
        return (primary or misses)[0]
    return "; ".join(dict.fromkeys(reasons)) if reasons else None


def _message(table, source: Figure, stated: Figure, date, tolerance, miss: _Miss) -> str:
    ref = miss.reference
    ratio = miss.implied / ref.rate
    if ratio >= 2:
        off = f"{ratio:,.0f} times what that rate gives"
    elif ratio <= 0.5:
        off = f"1/{1 / ratio:,.0f} of what that rate gives"
    else:
        off = f"{abs(ratio - 1) * 100:.1f}% too {'high' if ratio > 1 else 'low'}"
    text = (
        f"{source.text} is given as {stated.text}, a rate of {_rate(miss, miss.implied)};"
        f" the ECB rate on {ref.date_used} was {_rate(miss, ref.rate)}, so the stated amount"
        f" is {off}"
        f" (beyond rounding and the {tolerance * 100:g}% margin)"
    )
    slip = _factor_slip(ratio)
    if slip:
        return text + f"; off by a factor of {slip}: a thousand/million slip?"
    year = _fitting_year(table, miss, date, source, stated, tolerance)
    if year:
        return (
            text + f"; it fits the {year.date_used.year} rate"
            f" ({_rate(miss, year.rate)} on {year.date_used})"
        )
    return text


def _rate(miss: _Miss, value: float) -> str:
    """A rate the way people quote it: "7.282 CNY per USD" rather than "0.1373 USD per CNY"."""
    if miss.reference.rate < 1:
        value, base, quote = 1 / value, miss.quote, miss.base
    else:
        base, quote = miss.base, miss.quote
    number = f"{value:.4g}" if value < 1e5 else f"{value:,.0f}"
    return f"{number} {quote} per {base}"


def _factor_slip(ratio: float) -> str | None:
    """ "1,000" when a conversion is off by a power of a thousand, give or take 25%."""
    power = math.log10(ratio)
    nearest = round(power / 3) * 3
    if nearest and abs(power - nearest) < math.log10(1.25):
        return f"{10.0 ** abs(nearest):,.0f}" if nearest > 0 else f"1/{10.0**-nearest:,.0f}"
    return None


def _fitting_year(table, miss: _Miss, date, source, stated, tolerance):
    """The rate of the same day in another year that the stated conversion fits best."""
    src_lo, src_hi = bounds(source)
    conv_lo, conv_hi = bounds(stated)
    implied_lo, implied_hi = conv_lo / src_hi, conv_hi / src_lo
    cover = table.coverage()
    best = None
    for year in range(cover.first.year, cover.last.year + 1):
        if year == date.year:
            continue
        try:
            day = date.replace(year=year)
        except ValueError:  # 29 February
            day = date.replace(year=year, day=28)
        sample = table.rate(miss.base, miss.quote, day)
        if sample is None:
            continue
        if implied_hi < sample.rate * (1 - tolerance) or implied_lo > sample.rate * (1 + tolerance):
            continue
        distance = abs(math.log(miss.implied / sample.rate))
        if best is None or distance < best[0]:
            best = (distance, sample)
    return best[1] if best else None
