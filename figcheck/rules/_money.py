"""Money across versions, looked up by value: which versions state an amount, in which currency.

The alignment pairs figures by the words around them, and across languages by
landmarks of one value *and currency*; an amount relabelled in another currency
("34亿美元" where the other versions say "3.4 billion Australian dollars") shares
neither, so it is never paired. The money rules therefore also look amounts up by
value. Only amounts written with two significant digits or more count ("2.6
billion", "£35m", "17.36 trillion"): a round "7 billion" or "$1 million" recurs
too often in one story to say that two versions mean the same thing by it.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import NamedTuple

from figcheck.errors import InputError
from figcheck.extractors import dollars
from figcheck.figures import Figure, FigureRef
from figcheck.rules.api import Context

#: The "currency" of a bare "$" or "dollars" the article left open: any dollar.
ANY_DOLLAR = "$"
#: Fewest significant digits of an amount that is looked up by value.
DISTINCT_DIGITS = 2


class Stated(NamedTuple):
    """One version's statement of an amount: the figure and its currency as written."""

    ref: FigureRef
    figure: Figure
    #: The ISO code, or ANY_DOLLAR for a dollar that names no country.
    currency: str


class Swap(NamedTuple):
    """An amount that most versions state in one currency and a few in another."""

    value: Decimal
    #: The currency most versions use, and the versions' statements in it.
    usual: str
    usual_stated: tuple[Stated, ...]
    #: The other currency, and the statements in it.
    odd: str
    odd_stated: tuple[Stated, ...]


def distinct(value: Decimal) -> bool:
    """Whether an amount is written with enough digits to be recognized by value."""
    return len(value.normalize().as_tuple().digits) >= DISTINCT_DIGITS


def amounts(
    context: Context, round_too: bool = False, conversions: bool = False
) -> dict[Decimal, list[Stated]]:
    """Every amount stated in its own right, by value; ``round_too`` keeps the round ones
    ("7 billion") as well, ``conversions`` the stated conversions ("($420,000)")."""
    found: dict[Decimal, list[Stated]] = {}
    for d, version in enumerate(context.versions):
        text = version.document.text
        for i, fig in enumerate(version.figures):
            if not _amount(fig) or not (round_too or distinct(fig.value)):
                continue
            if fig.conversion_of is not None and not conversions:
                continue
            if dollars.any_dollar(fig, text):
                currency = ANY_DOLLAR
            elif fig.ambiguous:
                continue  # "¥": yuan or yen
            else:
                currency = fig.unit
            found.setdefault(fig.value.normalize(), []).append(
                Stated(FigureRef(d, i), fig, currency)
            )
    return found


def _amount(fig: Figure) -> bool:
    return (
        fig.kind == "money"
        and not fig.vague
        and bool(fig.unit)
        and isinstance(fig.value, Decimal)
        and fig.value > 0
    )


def swaps(context: Context) -> Iterator[Swap]:
    """Amounts that most versions state in one currency and fewer in another.

    Stated conversions count too ("($420,000)" against "(€420,000)"). A version that
    states the amount in both currencies is left out here (``within`` judges it); a bare
    "$" against a dollar is no other currency at all. Which statements are sure to be of
    one amount: ``same_amount``, or alignment, which paired them by their words (``_aligned``).
    """
    fact_of = {ref: n for n, fact in enumerate(context.facts) for ref in fact}
    for value, stated in sorted(amounts(context, round_too=True, conversions=True).items()):
        docs: dict[str, set[int]] = {}
        for s in stated:
            docs.setdefault(s.currency, set()).add(s.ref.doc)
        twice = {d for c in docs for e in docs if c < e for d in docs[c] & docs[e]}
        groups = {c: found - twice for c, found in docs.items() if found - twice}
        if len(groups) < 2:
            continue
        usual = max(sorted(groups), key=lambda c: len(groups[c]))
        for odd in sorted(groups):
            if odd == usual or not 0 < len(groups[odd]) <= len(groups[usual]):
                continue
            if len(groups[odd]) == len(groups[usual]) > 1 or _dollar_and_sign(odd, usual):
                continue
            swap = Swap(
                value,
                usual,
                tuple(s for s in stated if s.currency == usual and s.ref.doc in groups[usual]),
                odd,
                tuple(s for s in stated if s.currency == odd and s.ref.doc in groups[odd]),
            )
            if same_amount(context, swap) or _aligned(swap, fact_of):
                yield swap


def within(context: Context) -> Iterator[Swap]:
    """Amounts that one version states in two currencies, neither a conversion of the
    other: "3.2 billion pounds" in its body and "3.2 billion euros" in its headline.
    ``usual`` is the currency of its first statement.

    A round amount ("200 million") counts only where the article converts it into the
    other currency itself ("200 million pounds ($251 million)", later "$200 million"):
    the writer knew that amount in that currency is another figure.
    """
    for value, stated in sorted(amounts(context, round_too=True, conversions=True).items()):
        by_doc: dict[int, list[Stated]] = {}
        for s in stated:
            by_doc.setdefault(s.ref.doc, []).append(s)
        for doc in sorted(by_doc):
            mine = _unlinked(sorted(by_doc[doc], key=lambda s: s.ref.fig))
            if not mine:
                continue
            first = mine[0].currency
            for odd in sorted({s.currency for s in mine} - {first}):
                usual = tuple(s for s in mine if s.currency == first)
                odd_stated = tuple(s for s in mine if s.currency == odd)
                if _dollar_and_sign(odd, first):
                    continue
                if (
                    distinct(value)
                    or _converted_into(context, usual, odd)
                    or _converted_into(context, odd_stated, first)
                ):
                    yield Swap(value, first, usual, odd, odd_stated)


def _unlinked(mine: list[Stated]) -> list[Stated]:
    """The statements that are neither a stated conversion nor converted into one of the
    same number ("£35m, or 35 million euros" is fx-mismatch's to judge, and so is "€4.82
    billion (about $5.2 billion)" beside another fact's "€5.2 billion")."""
    figs = {s.ref.fig for s in mine}
    linked = {s.figure.conversion_of for s in mine if s.figure.conversion_of in figs}
    return [s for s in mine if s.ref.fig not in linked and s.figure.conversion_of is None]


def _converted_into(context: Context, stated: Sequence[Stated], currency: str) -> bool:
    """Whether the article converts one of ``stated`` into ``currency`` (any dollar for "$")."""
    wanted = set(readings(currency))
    return any(
        context.figure(c).unit in wanted for s in stated for c in conversions_of(context, s.ref)
    )


def either_dollar(fa: Figure, fb: Figure, text_a: str = "", text_b: str = "") -> bool:
    """A bare "$" or "dollars" against another dollar: the bare one may be that dollar."""
    return (fb.unit in dollars.DOLLARS and dollars.any_dollar(fa, text_a)) or (
        fa.unit in dollars.DOLLARS and dollars.any_dollar(fb, text_b)
    )


#: How near a bare dollar's amount must come to the other dollar's worth in US dollars on
#: the day to be that amount converted: the conversion's rounding, loose wording, a rate of
#: a few days before.
CONVERTED_NEAR = Decimal("0.15")


def dollars_converted(context: Context, a: FigureRef, b: FigureRef) -> bool:
    """Whether two amounts in two dollars, one bare (``either_dollar``), may be one amount
    told in the named dollar and, bare, in US dollars ("A$3.4 billion" and "$2.3 billion"):
    the bare one within CONVERTED_NEAR of the other's worth in US dollars on the day. So
    they may wherever the rates cannot say."""
    fa, fb = context.figure(a), context.figure(b)
    text_a, text_b = context.document(a.doc).text, context.document(b.doc).text
    if fa.unit == fb.unit or not either_dollar(fa, fb, text_a, text_b):
        return False
    named, bare = (fb, fa) if dollars.any_dollar(fa, text_a) else (fa, fb)
    # the bare dollar's other reading: US dollars, or its own where the named one is US
    other = "USD" if named.unit != "USD" else bare.unit
    day = day_of(context, [a, b])
    try:
        table = context.rates.table()
    except InputError:
        return True
    if day is None or not (table.covers(named.unit) and table.covers(other)):
        return True
    quote = table.rate(named.unit, other, day)
    if quote is None:
        return True
    worth = named.value * Decimal(str(quote.rate))
    return abs(bare.value - worth) <= CONVERTED_NEAR * max(abs(bare.value), abs(worth))


def _dollar_and_sign(a: str, b: str) -> bool:
    """A bare "$" and a dollar: the sign may be that dollar."""
    return ANY_DOLLAR in (a, b) and bool({a, b} & dollars.DOLLARS)


#: Significant digits that make an amount stated by one version against one other sure
#: to be the same amount ("1.94 billion"); two do where most versions agree ("3.4 billion").
ALONE_DIGITS = 3


def same_amount(context: Context, swap: Swap) -> bool:
    """Whether the statements of a swap are sure to be of one amount.

    Conversions of one source amount are ("200 million pounds ($251 million)" against
    "200 millones de libras (251 millones de euros)"), whatever their digits; else the
    amount needs DISTINCT_DIGITS where two versions or more agree on the currency, and
    ALONE_DIGITS where one stands against one.
    """
    statements = [*swap.usual_stated, *swap.odd_stated]
    sources = {_source(context, s) for s in statements}
    if len(sources) == 1 and None not in sources:
        return True
    digits = len(swap.value.normalize().as_tuple().digits)
    usual_docs = {s.ref.doc for s in swap.usual_stated}
    return digits >= (DISTINCT_DIGITS if len(usual_docs) > 1 else ALONE_DIGITS)


def _aligned(swap: Swap, fact_of: dict[FigureRef, int]) -> bool:
    """Whether alignment put a statement in the odd currency and one in the usual one into
    one fact: their words, not only a round value ("5 billion"), say they are one amount."""
    usual = {fact_of[s.ref] for s in swap.usual_stated if s.ref in fact_of}
    return any(fact_of.get(s.ref) in usual for s in swap.odd_stated)


def _source(context: Context, stated: Stated) -> tuple | None:
    """The value and currency of the amount a stated conversion converts, or None."""
    if stated.figure.conversion_of is None:
        return None
    source = context.versions[stated.ref.doc].figures[stated.figure.conversion_of]
    if not isinstance(source.value, Decimal):
        return None
    return source.value.normalize(), source.unit


def readings(currency: str) -> Sequence[str]:
    """The ISO codes a statement's currency may be: every dollar for a bare "$"."""
    if currency == ANY_DOLLAR:
        return ["USD", *sorted(dollars.DOLLARS - {"USD"})]  # the US dollar first: shown first
    return (currency,)


def day_of(context: Context, refs: Sequence[FigureRef]) -> dt.date | None:
    """The first publication date among the versions of ``refs``, in their order."""
    return next(
        (context.document(r.doc).published for r in refs if context.document(r.doc).published),
        None,
    )


def conversions_of(context: Context, ref: FigureRef) -> list[FigureRef]:
    """The stated conversions of one figure in its own version ("A$4.4 billion ($3.1 billion)")."""
    figures = context.versions[ref.doc].figures
    return [FigureRef(ref.doc, i) for i, f in enumerate(figures) if f.conversion_of == ref.fig]


_SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"))


def spoken(amount: float | Decimal) -> str:
    """An amount as copy writes it: an exact one as written ("17.36 trillion"), a computed
    one to three figures ("2.32 billion", "635,000")."""
    for size, word in _SCALES:
        if amount >= size:
            if isinstance(amount, Decimal):
                return f"{(amount / size).normalize():f} {word}"
            return f"{amount / size:.3g} {word}"
    return f"{amount:,.0f}" if not isinstance(amount, Decimal) else f"{amount.normalize():,f}"


#: Fewest other versions that must name one other dollar for a bare one's amount.
NAMED_BY = 2


def dollar_elsewhere(
    context: Context, ref: FigureRef, by_value: dict[Decimal, list[Stated]]
) -> tuple[str, list[Stated]] | None:
    """The one other dollar (AUD, CAD ...) in which the other versions state a bare-dollar
    amount, and their statements: at least NAMED_BY versions, more than state it in
    US dollars. None when they do not say, or say several. ``by_value`` is
    ``amounts(context, round_too=True)``.
    """
    fig = context.figure(ref)
    named: dict[str, list[Stated]] = {}
    for s in by_value.get(fig.value.normalize(), []):
        if s.ref.doc != ref.doc and s.currency in dollars.DOLLARS:
            named.setdefault(s.currency, []).append(s)
    others = sorted(c for c in named if c != "USD")
    if len(others) != 1:
        return None
    (code,) = others
    versions = {s.ref.doc for s in named[code]}
    us = {s.ref.doc for s in named.get("USD", [])}
    if len(versions) < NAMED_BY or len(versions) <= len(us):
        return None
    return code, named[code]


def mixed_ranges(context: Context) -> Iterator[tuple[FigureRef, FigureRef]]:
    """Ranges whose two ends name two currencies ("800 million yen to 1 billion yuan"),
    neither a conversion of the other and no bare "$" against a dollar."""
    from figcheck.extractors.languages import supported
    from figcheck.extractors.money import joins_range

    for d, version in enumerate(context.versions):
        text, language = version.document.text, version.document.language
        language = language if language and supported(language) else "en"
        money = [i for i, f in enumerate(version.figures) if _amount(f)]
        for a, b in zip(money, money[1:], strict=False):
            low, high = version.figures[a], version.figures[b]
            if low.unit == high.unit or low.end > high.start or b == low.conversion_of:
                continue
            if high.conversion_of is not None or low.ambiguous or high.ambiguous:
                continue
            sides = [ANY_DOLLAR if dollars.any_dollar(f, text) else f.unit for f in (low, high)]
            if not _dollar_and_sign(*sides) and joins_range(text, low, high, language):
                yield FigureRef(d, a), FigureRef(d, b)


class Slip(NamedTuple):
    """An amount most versions state at one scale and a few at a thousand times another."""

    currency: str
    #: "a thousand", "a million" ...: how far apart the two scales are.
    factor: int
    usual_stated: tuple[Stated, ...]
    odd_stated: tuple[Stated, ...]


#: The factors a scale word slips by (thousand/million/billion/trillion apart), and a
#: decimal point that moved ("1.6 million" for "16.3 million").
SCALE_FACTORS = (10, 10**3, 10**6, 10**9, 10**12)
#: Loose wording ("about 1.9 billion") may stray this far from the amount it rounds.
LOOSE = Decimal("0.1")


def scale_slips(context: Context) -> Iterator[Slip]:
    """Amounts that most versions state at one scale and fewer a thousand (a million ...)
    times smaller or larger, in the same currency: "1.94 billion euros" against "1.94
    million euros". The odd version may state the usual amount too (a headline that
    slipped while the body did not), never a usual one the odd amount. Counts written
    with a scale word count too ("1.2 million passengers" against "1.2 billion people"),
    as one "currency": their nouns change from version to version.
    """
    stated = [s for group in amounts(context, conversions=True).values() for s in group]
    stated += scaled_counts(context)
    by_currency: dict[str, list[Stated]] = {}
    for s in stated:
        by_currency.setdefault(s.currency, []).append(s)
    for code in sorted(dollars.DOLLARS & set(by_currency)):
        # a bare "$" may be any dollar: compared with each one's amounts too
        by_currency[code] = by_currency[code] + by_currency.get(ANY_DOLLAR, [])
    for currency in sorted(by_currency):
        values: dict[Decimal, list[Stated]] = {}
        for s in by_currency[currency]:
            values.setdefault(s.figure.value.normalize(), []).append(s)
        for small, large, factor in _apart(sorted(values)):
            for slip in _slip(currency, factor, values[small], values[large]):
                if not _told_days_later(context, slip):
                    yield slip


def _told_days_later(context: Context, slip: Slip) -> bool:
    """Whether every odd amount stands in a version published on a day none of the usual
    amounts' versions was: a follow-up's new amount ("about 24 million euros" for two days
    of a strike, beside an expansion's "250 million euros" days before), not the same amount
    at another scale. Versions of an unknown day may be of any."""
    days = {context.document(s.ref.doc).published for s in slip.usual_stated}
    if None in days:
        return False
    return all(
        (day := context.document(s.ref.doc).published) is not None and day not in days
        for s in slip.odd_stated
    )


#: The "currency" of counts in scale_slips.
COUNT = "count"


def scaled_counts(context: Context) -> list[Stated]:
    """Every count or number written with a scale word ("1.2 million people"), with two
    significant digits or more."""
    return [
        Stated(FigureRef(d, i), fig, COUNT)
        for d, version in enumerate(context.versions)
        for i, fig in enumerate(version.figures)
        if fig.kind in ("count", "number")
        and fig.scale
        and not fig.vague
        and isinstance(fig.value, Decimal)
        and fig.value > 0
        and distinct(fig.value)
    ]


def _apart(values: list[Decimal]) -> Iterator[tuple[Decimal, Decimal, int]]:
    """(smaller, larger, factor) for each pair of sorted ``values`` a factor apart, within
    LOOSE: found by bisection, since a long run holds thousands of amounts."""
    for small in values:
        for factor in SCALE_FACTORS:
            target = small * factor
            # |target - large| <= large * LOOSE / 2, for large near target
            low = bisect.bisect_left(values, target / (1 + LOOSE / 2))
            high = bisect.bisect_right(values, target / (1 - LOOSE / 2))
            for large in values[low:high]:
                if large > small and abs(target - large) <= large * LOOSE / 2:
                    yield small, large, factor


def _slip(currency: str, factor: int, small: list[Stated], large: list[Stated]):
    docs_small, docs_large = {s.ref.doc for s in small}, {s.ref.doc for s in large}
    for usual, odd in ((small, large), (large, small)):
        docs_usual = {s.ref.doc for s in usual} - {s.ref.doc for s in odd}
        docs_odd = {s.ref.doc for s in odd}
        if not docs_usual:
            continue
        digits = len(odd[0].figure.value.normalize().as_tuple().digits)
        alone = len(docs_usual) == len(docs_odd) == 1 and not docs_small & docs_large
        if (len(docs_usual) >= 2 and len(docs_odd) < len(docs_usual)) or (
            alone and digits >= ALONE_DIGITS and usual is large
        ):
            yield Slip(currency, factor, tuple(usual), tuple(odd))
