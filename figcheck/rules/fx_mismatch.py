"""fx-mismatch: a stated currency conversion that the exchange rate of the day does not support.

Copy often converts an amount for the reader: "15 million yuan, or about $2.1
million". The rule checks that pair against the ECB reference rate on the
document's date (or the run's date for an undated document), allowing for how
the writer rounded both figures, for a margin (``tolerance``, default 5%) and for
a rate from a few days earlier (``lookback-days``, default 7), since copy is
often written a day or two before it runs.

Passes (dated 2023-08-24, when a dollar bought 7.28 yuan)::

    a.txt: bonuses of 3 million to 5 million yuan, or $420,000 to $700,000

Fails (dated 2023-08-24)::

    a.txt: bonuses of 3 million yuan ($420 million)
    b.txt: a grant of 15 million yuan, or $2.2 million

The first conversion slipped by a thousand; the second fits the 2022 rate, not 2023's.

Across versions, the same amount converted into one currency at rates more than the
margin apart ("200 million pounds ($251 million)" in one, "($318 million)" in
another) is reported with both implied rates and the day each fits; and a bare
"3 billion dollars" that the other versions call "A$3 billion", converted at the
US-dollar rate, is reported at the Australian dollar's.

An amount whose currency symbol is ambiguous ("¥" is the yuan and the yen
sign) passes if any reading fits. A currency the ECB does not publish, or a
date outside the rates, is reported as unchecked, not as a finding.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any

from figcheck.align.values import power_apart
from figcheck.align.words import sentence_of
from figcheck.errors import InputError
from figcheck.extractors import dollars
from figcheck.figures import Figure, FigureRef, Finding
from figcheck.rules import _facts, _money
from figcheck.rules.api import Context, Unchecked

ID = "fx-mismatch"
#: Judges one document on its own, so it runs on a draft checked alone too.
IN_DOCUMENT = True
SEVERITY = "error"
#: The margin a stated conversion may be off the day's rate by, and how many days before
#: the date a rate may come from (the exchange rates themselves: figcheck.rates.resolve_dir).
OPTIONS = {"tolerance": 0.05, "lookback-days": 7}
#: Qualifiers that say the writer rounded loosely: one unit of the last digit either way.
APPROX = {"about", "around", "roughly", "approximately", "some", "an estimated"}
#: Qualifiers that put the true amount a little above or below the figure.
ABOVE = {"more than", "over", "in excess of", "north of", "upwards of", "just over"}
BELOW = {"nearly", "almost", "close to", "under", "less than", "just under"}
#: How far rounding may stretch a figure, as a fraction of it (plain, then loose wording).
PLAIN_CAP = 0.05
LOOSE_CAP = 0.10
#: How many years back a conversion may have been copied from: one that fits the rate of
#: the same day in one of them says so ("it fits the 2021 rate").
STALE_YEARS = 5


def check(context: Context, options: Mapping[str, Any]) -> Iterator[Finding | Unchecked]:
    settings = {**OPTIONS, **options}
    tolerance = _number(settings["tolerance"], "tolerance")
    lookback = int(_number(settings["lookback-days"], "lookback-days"))
    pairs = [
        (FigureRef(d, fig.conversion_of), FigureRef(d, i))
        for d, version in enumerate(context.versions)
        for i, fig in enumerate(version.figures)
        if fig.kind == "money" and fig.conversion_of is not None
    ]
    if not pairs:
        return
    try:
        table = context.rates.table()
    except InputError as exc:
        yield Unchecked("fx", str(exc))
        return
    undated = {d for d, version in enumerate(context.versions) if not version.document.published}
    for d in sorted(undated & {source.doc for source, _ in pairs}):
        yield Unchecked(f"fx: {context.document(d).path}", "no date")
    # every amount by value, once: what bare dollars are looked up in (_elsewhere)
    by_value = _money.amounts(context, round_too=True)
    for pair in pairs:
        if pair[0].doc not in undated:
            yield from _judged(context, table, pair, tolerance, lookback, by_value)
            yield from _read_as_us(context, table, pair, tolerance, lookback, by_value)
    dated = [pair for pair in pairs if pair[0].doc not in undated]
    yield from _converted_apart(context, table, dated, tolerance, lookback)


def _converted_apart(context: Context, table, pairs, tolerance: float, lookback: int):
    """A finding when versions convert the same amount into the same currency at rates
    more than the margin apart ("200 million pounds ($254 million)" in one, "($310
    million)" in another), one of them off the rate of its own date. The finding names
    both implied rates and the day each fits; versions of other days that each fit their
    own are left alone.
    """
    groups: dict[tuple, list[tuple[FigureRef, FigureRef]]] = {}
    fact_of = {ref: n for n, fact in enumerate(context.facts) for ref in fact}
    for pair in pairs:
        source, stated = context.figure(pair[0]), context.figure(pair[1])
        text = context.document(pair[0].doc).text
        if source.ambiguous or stated.ambiguous or dollars.any_dollar(source, text):
            continue
        key = (source.value.normalize(), source.unit, stated.unit)
        groups.setdefault(key, []).append(pair)
    for key in sorted(groups, key=str):
        implied = []
        for pair in groups[key]:
            # one source amount: only the conversions' own rounding sets them apart
            amount = float(context.figure(pair[0]).value)
            conv_lo, conv_hi = bounds(context.figure(pair[1]))
            if amount > 0 and conv_lo > 0:
                implied.append((conv_lo / amount, conv_hi / amount, pair))
        if len({pair[0].doc for _, _, pair in implied}) < 2:
            continue
        low = min(implied, key=lambda item: (item[1], _place(context, item[2])))
        high = max(implied, key=lambda item: (item[0], _place(context, item[2])))
        if _scale_slip(context, fact_of, low[2][1], high[2][1]):
            continue  # "$485 million" against "$48.5 million": unit-scale's slip, told once
        if low[1] * (1 + tolerance) < high[0] and not (
            _fits_own_day(context, table, low[2], tolerance, lookback)
            and _fits_own_day(context, table, high[2], tolerance, lookback)
        ):
            parts = [
                _conversion_fit(context, table, item[2], tolerance, lookback)
                for item in (low, high)
            ]
            refs = [*high[2], *low[2]]  # the two conversions apart, the odd (higher) first
            message = (
                f"the same {context.figure(low[2][0]).text} is converted at rates apart:"
                f" {parts[1]}; {parts[0]}"
            )
            yield Finding(ID, SEVERITY, message, tuple(context.evidence(r) for r in refs))


def _scale_slip(context: Context, fact_of: dict, a: FigureRef, b: FigureRef) -> bool:
    """Whether two conversions of one amount are one fact told a power of ten apart (a
    decimal mark or a scale word slipped), which unit-scale reports."""
    if a.doc == b.doc or fact_of.get(a) is None or fact_of.get(a) != fact_of.get(b):
        return False
    low, high = sorted(abs(context.figure(ref).value) for ref in (a, b))
    return power_apart(low, high, (1, 2, 3, 6, 9)) is not None


def _fits_own_day(context: Context, table, pair, tolerance: float, lookback: int) -> bool:
    """Whether a conversion fits the rate of its version's date (versions of other days
    convert at their own rates, rightly)."""
    source, stated = context.figure(pair[0]), context.figure(pair[1])
    date = context.document(pair[0].doc).published
    return _verdict(table, source, stated, date, tolerance, lookback) is None


def _place(context: Context, pair) -> tuple[str, int, str]:
    """Ties are broken by what the versions say, never by the order of the files; between
    copies of one text, which say the same, by their names."""
    document = context.document(pair[0].doc)
    return document.text, context.figure(pair[0]).start, document.path


def _conversion_fit(context: Context, table, pair, tolerance: float, lookback: int) -> str:
    """'"$310 million" in b.txt (1.55 USD per GBP, the rate of 2014-07-18)'."""
    source, stated = context.figure(pair[0]), context.figure(pair[1])
    doc = context.document(pair[0].doc)
    rate = float(stated.value) / float(source.value)
    shown = (
        f"{rate:.4g} {stated.unit} per {source.unit}"
        if rate >= 1
        else f"{1 / rate:.4g} {source.unit} per {stated.unit}"
    )
    verdict = _verdict(table, source, stated, doc.published, tolerance, lookback)
    swapped = _swapped_digits(verdict, stated) if isinstance(verdict, _Miss) else None
    day = (
        None if swapped else _fitting_day(table, source, stated, doc.published, tolerance, lookback)
    )
    if swapped:
        fits = f"{swapped} would fit the rate of {doc.published}, its date: two digits swapped?"
    elif day == doc.published:
        fits = f"the rate of {day}, its date"
    elif day is not None:
        fits = f"the rate of {day}; not of {doc.published}, its date"
    else:
        fits = f"no rate near {doc.published}, its date"
    return f'"{_facts.phrase(context, pair[1])}" in {doc.path} ({shown}: {fits})'


def _fitting_day(table, source: Figure, stated: Figure, date, tolerance: float, lookback: int):
    """The day whose rate a conversion fits: its own date, else the same day of a year
    shortly before whose rate fits (as a single conversion's finding names it); None when
    none does."""
    if _verdict(table, source, stated, date, tolerance, lookback) is None:
        return date
    if not (table.covers(source.unit) and table.covers(stated.unit)):
        return None
    implied = float(stated.value) / float(source.value)
    miss = _Miss(source.unit, stated.unit, implied, None, 0.0, 0.0)
    year = _fitting_year(table, miss, date, source, stated)
    return year.date_used if year else None


def _read_as_us(context: Context, table, pair, tolerance: float, lookback: int, by_value):
    """A finding when a bare-dollar amount was converted at the US-dollar rate while the
    other versions state it in another dollar ("7 billion dollars – 6.2 billion euros"
    where they say "A$3 billion"), and that dollar's rate does not fit.

    Only an article that names no dollar of its own is read so: one that settled its "$"
    (figcheck.extractors.dollars) is judged as it says.
    """
    source, stated = context.figure(pair[0]), context.figure(pair[1])
    date = context.document(pair[0].doc).published
    if _verdict(table, source, stated, date, tolerance, lookback) is not None:
        return  # missed as US dollars already: _judged reports it
    elsewhere = _elsewhere(context, table, pair, tolerance, lookback, by_value)
    if elsewhere is None or not isinstance(elsewhere[2], _Miss):
        return
    code, refs, miss = elsewhere
    other = source.with_changes(unit=code, ambiguous=())
    message = (
        _message(table, other, stated, date, tolerance, miss, other_years=False)
        + f"; the other versions give this amount in {code} ({_listed(context, refs)}),"
        f" and {stated.text} fits the USD rate: were the {code} converted as US dollars?"
    )
    evidence = [*pair, *refs]
    yield Finding(ID, SEVERITY, message, tuple(context.evidence(ref) for ref in evidence))


def _elsewhere(context: Context, table, pair, tolerance: float, lookback: int, by_value):
    """(the dollar, the other versions' statements, the verdict at its rate) when the
    source is a bare dollar that the other versions name as one other dollar; else None."""
    source, stated = context.figure(pair[0]), context.figure(pair[1])
    text = context.document(pair[0].doc).text
    if dict(source.extra).get("currency_from") or not dollars.any_dollar(source, text):
        return None
    found = _money.dollar_elsewhere(context, pair[0], by_value)
    if found is None or not table.covers(found[0]):
        return None
    code, statements = found
    other = source.with_changes(unit=code, ambiguous=())
    date = context.document(pair[0].doc).published
    refs = sorted((s.ref for s in statements), key=lambda r: (r.doc, r.fig))
    return code, refs, _verdict(table, other, stated, date, tolerance, lookback)


#: How many other versions' words a finding quotes (its evidence holds them all).
_QUOTED = 3


def _listed(context: Context, refs) -> str:
    """'"A$3 billion" in b.txt; ...' for the first few versions, and how many more."""
    firsts: dict[int, FigureRef] = {}
    for ref in refs:
        firsts.setdefault(ref.doc, ref)
    firsts = list(firsts.values())
    shown = _facts.versions(
        context, _facts.grouped(context, firsts[:_QUOTED], lambda f: f.text.lower())
    )
    more = len(firsts) - _QUOTED
    return shown + (f"; and {more} more version{'s' * (more > 1)}" if more > 0 else "")


def _named_elsewhere(context: Context, ref: FigureRef) -> str | None:
    """The one reading of an amount of several ("2.3 billion pesos" with no country near)
    that the other versions' statements of the same fact settle on ("PHP"), or None."""
    source = context.figure(ref)
    if not source.ambiguous:
        return None
    fact = _facts.fact_of(context, ref)
    named = {
        context.figure(other).unit
        for other in fact
        if other.doc != ref.doc and not context.figure(other).ambiguous
    }
    named &= set(source.ambiguous)
    return named.pop() if len(named) == 1 else None


def _judged(context: Context, table, pair, tolerance: float, lookback: int, by_value):
    """A finding if a stated conversion misses every rate it may use; a note if none is known.

    A miss at the article's date is checked once more at the date of the event the
    amount's sentence names ("the 2019 penalty of 1.2 billion euros ($1.37 billion)"):
    when that rate fits, the conversion belongs to that day, and a note says so.
    """
    doc = context.document(pair[0].doc)
    date = doc.published
    source, stated = context.figure(pair[0]), context.figure(pair[1])
    read_as = _named_elsewhere(context, pair[0])
    verdict = _verdict(table, source, stated, date, tolerance, lookback, read_as)
    if isinstance(verdict, str):
        yield Unchecked(f"fx: {doc.path}:{stated.line}", verdict)
    elif verdict is not None:
        event = _event_fit(context, table, pair, tolerance, lookback)
        if event is not None:
            yield Unchecked(
                f"fx: {doc.path}:{stated.line}",
                f"{source.text} as {stated.text} fits the rate of {event[1]} ({event[0]}, "
                f"the date its sentence names), not of {date} ({_dated_by(doc)})",
            )
            return
        elsewhere = _elsewhere(context, table, pair, tolerance, lookback, by_value)
        if elsewhere is not None and elsewhere[2] is None:
            yield Unchecked(
                f"fx: {doc.path}:{stated.line}",
                f"{source.text} as {stated.text} misses the USD rate but fits the {elsewhere[0]}"
                f" rate, the dollar the other versions name ({_listed(context, elsewhere[1])})",
            )
            return
        guessed = _guessed_year_fit(table, doc, source, stated, tolerance, verdict)
        if guessed is not None:
            yield Unchecked(f"fx: {doc.path}:{stated.line}", guessed)
            return
        message = _message(table, source, stated, date, tolerance, verdict)
        if doc.year_guessed and doc.date_borrowed:
            message += (
                f"; {doc.path} states no date, so another version's date {date} was used"
                " (its year read near a dateline)"
            )
        elif doc.date_borrowed:
            message += f"; {doc.path} states no date, so the run's date {date} was used"
        else:
            message += f"; {doc.path} is dated {date} ({_dated_by(doc)})"
        yield Finding(ID, SEVERITY, message, tuple(context.evidence(ref) for ref in pair))


def _guessed_year_fit(table, doc, source: Figure, stated: Figure, tolerance, miss) -> str | None:
    """A note, where the version's year is a guess (read near a dateline that gives none:
    "SAO PAULO, Nov 10 - ... the lowest since 2020") and the conversion fits the rate of
    that day in another year: the guess is more likely wrong than the conversion."""
    if not doc.year_guessed:
        return None
    year = _best_year(table, miss, doc.published, source, stated, tolerance)
    if year is None:
        return None
    return (
        f"{source.text} as {stated.text} fits the rate of {year.date_used}, not of"
        f" {doc.published} ({_dated_by(doc)}): the year is a guess; give --date to check it"
    )


#: Where a document's date came from, as a finding says it.
_DATED_BY = {
    "fallback": "it states none: the run's date",
    "fallback-year-guessed": "it states none: another version's, its year read near a dateline",
    "option": "the date given with --date",
    "config": "the date in the configuration",
    "front-matter": "its front matter",
    "archive": "the archive's date for it",
    "published-line": "its Published line",
    "updated-line": "its Updated line",
    "dateline": "its dateline",
    "dateline-year-guessed": "its dateline, the year read near it",
    "date-line": "a date line at its head",
    "late-date-line": "a date line below its head",
    "head": "a date at its head",
    "head-year-guessed": "a date at its head, the year read near it",
}


def _dated_by(doc) -> str:
    return _DATED_BY.get(doc.published_source, f"from its {doc.published_source}")


def _event_fit(context: Context, table, pair, tolerance: float, lookback: int):
    """(the event's words, the day) whose rate the conversion fits, when the source
    amount's sentence names a date other than the article's; else None."""
    version = context.versions[pair[0].doc]
    source, stated = context.figure(pair[0]), context.figure(pair[1])
    text = version.document.text
    start, end = sentence_of(text, source.start)
    for fig in version.figures:
        if fig.kind != "date" or fig.relative or not start <= fig.start < end:
            continue
        for day in _days_of(fig):
            if day.year == version.document.published.year:
                continue
            if _verdict(table, source, stated, day, tolerance, lookback) is None:
                return fig.text, day
    return None


def _days_of(fig: Figure) -> list[dt.date]:
    """The days a date figure may stand for: the day itself, or each month's first of a
    year or the month stated."""
    first, last = (dt.date.fromisoformat(v) for v in fig.value)
    if first == last:
        return [first]
    days, day = [], first
    while day <= last:
        days.append(day)
        day = (day.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    return days


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
        #: The rates of the days looked at, widened by the margin.
        self.low, self.high = low, high
        #: ... and as they were.
        self.lowest, self.highest = low, high


def _verdict(table, source: Figure, stated: Figure, date, tolerance, lookback, read_as=None):
    """None if some reading fits, a _Miss if none does, a reason string if none could be
    checked. The miss told is that of the amount's own currency, or of ``read_as`` where
    that is one of its readings (the one the other versions name)."""
    src_lo, src_hi = bounds(source)
    conv_lo, conv_hi = bounds(stated)
    if src_lo <= 0 or src_hi <= 0:
        return None
    if conv_lo <= 0 or not math.isfinite(conv_hi * src_hi):
        # "$0", "$-6 million" or "$1e400": no rate turns a positive amount into that.
        return f"{stated.text!r} is no amount a rate can be checked against"
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
            quotes = table.series_back(base, quote, date, lookback)
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
            miss = _Miss(base, quote, implied, reference or quotes[-1], low, high)
            miss.lowest, miss.highest = min(q.rate for q in quotes), max(q.rate for q in quotes)
            misses.append(miss)
    if misses:
        primary = [m for m in misses if (m.base, m.quote) == (read_as or source.unit, stated.unit)]
        return (primary or misses)[0]
    return "; ".join(dict.fromkeys(reasons)) if reasons else None


def _message(
    table, source: Figure, stated: Figure, date, tolerance, miss: _Miss, other_years: bool = True
) -> str:
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
    swapped = _swapped_digits(miss, stated)
    if swapped:
        return text + f"; {swapped} would fit it: two digits swapped?"
    year = _fitting_year(table, miss, date, source, stated) if other_years else None
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


def _swapped_digits(miss: _Miss, stated: Figure) -> str | None:
    """The stated amount with two neighbouring digits swapped, when that fits the rates it
    missed within the rounding of its last digit, no margin ("$43.6 billion" where "$34.6
    billion" fits): a slip of the pen, which a rate of some far year the amount happens to
    fit would hide. (With the margin too, one swap in ten or so would fit by chance.)"""
    places = [i for i, char in enumerate(stated.text) if char in "0123456789"]
    digits = "".join(stated.text[i] for i in places)
    if len(digits) < 2 or not int(digits):
        return None
    for first, second in zip(places, places[1:], strict=False):
        chars = list(stated.text)
        if chars[first] == chars[second] or (first == places[0] and chars[second] == "0"):
            continue
        chars[first], chars[second] = chars[second], chars[first]
        swapped = int("".join(chars[i] for i in places))
        implied = miss.implied * swapped / int(digits)
        rounding = 0.5 / swapped  # half the last digit, as a share of the amount
        if implied * (1 - rounding) <= miss.highest and implied * (1 + rounding) >= miss.lowest:
            return "".join(chars)
    return None


def _factor_slip(ratio: float) -> str | None:
    """ "1,000" when a conversion is off by a power of a thousand, give or take 25%."""
    power = math.log10(ratio)
    nearest = round(power / 3) * 3
    if nearest and abs(power - nearest) < math.log10(1.25):
        return f"{10.0 ** abs(nearest):,.0f}" if nearest > 0 else f"1/{10.0**-nearest:,.0f}"
    return None


def _best_year(table, miss: _Miss, date, source, stated, tolerance):
    """The rate of the same day in another year that the stated conversion fits best (with
    the margin): where the version's year is a guess, any year may be the right one."""
    implied_lo, implied_hi = _implied(source, stated)
    cover = table.coverage()
    best = None
    for year in range(cover.first.year, cover.last.year + 1):
        if year == date.year:
            continue
        sample = _rate_that_day(table, miss, date, year)
        if sample is None:
            continue
        if implied_hi < sample.rate * (1 - tolerance) or implied_lo > sample.rate * (1 + tolerance):
            continue
        distance = abs(math.log(miss.implied / sample.rate))
        if best is None or distance < best[0]:
            best = (distance, sample)
    return best[1] if best else None


def _fitting_year(table, miss: _Miss, date, source, stated):
    """The rate of the same day in the latest of the STALE_YEARS years before whose rate
    the stated conversion fits within the rounding of its amounts, no margin: a conversion
    copied from earlier copy. A far year, or a fit only with the margin, would explain
    nothing: over the decades, and with the margin, almost any wrong amount fits some
    year's rate."""
    implied_lo, implied_hi = _implied(source, stated)
    for year in range(date.year - 1, max(date.year - STALE_YEARS, 1) - 1, -1):
        sample = _rate_that_day(table, miss, date, year)
        if sample is not None and implied_lo <= sample.rate <= implied_hi:
            return sample
    return None


def _implied(source: Figure, stated: Figure) -> tuple[float, float]:
    """The lowest and highest rate a stated conversion may imply, each amount rounded."""
    src_lo, src_hi = bounds(source)
    conv_lo, conv_hi = bounds(stated)
    return conv_lo / src_hi, conv_hi / src_lo


def _rate_that_day(table, miss: _Miss, date, year: int):
    """The rate of ``miss``'s currencies on ``date``'s day of ``year`` (28 February for
    the 29th), or None."""
    try:
        day = date.replace(year=year)
    except ValueError:  # 29 February
        day = date.replace(year=year, day=28)
    return table.rate(miss.base, miss.quote, day)
