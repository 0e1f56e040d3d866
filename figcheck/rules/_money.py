"""Money across versions, looked up by value: which versions state an amount, in which currency.

The alignment pairs figures by the words around them, and across languages by
landmarks of one value *and currency*; an amount relabelled in another currency
("26亿美元" where the other versions say "2.6 billion Australian dollars") shares
neither, so it is never paired. The money rules therefore also look amounts up by
value. Only amounts written with two significant digits or more count ("2.6
billion", "£25m", "14.12 trillion"): a round "7 billion" or "$1 million" recurs
too often in one story to say that two versions mean the same thing by it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import NamedTuple

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
    """Amounts that most versions (two at least) state in one currency and fewer in another.

    Stated conversions count too ("($420,000)" against "(€420,000)"). A version that
    states the amount in both currencies is left out (its own conversion, or two facts);
    a bare "$" against a dollar is no other currency at all.
    """
    for value, stated in sorted(amounts(context, conversions=True).items()):
        docs: dict[str, set[int]] = {}
        for s in stated:
            docs.setdefault(s.currency, set()).add(s.ref.doc)
        twice = {d for c in docs for e in docs if c < e for d in docs[c] & docs[e]}
        groups = {c: found - twice for c, found in docs.items() if found - twice}
        if len(groups) < 2:
            continue
        usual = max(sorted(groups), key=lambda c: len(groups[c]))
        if len(groups[usual]) < 2:
            continue
        for odd in sorted(groups):
            if odd == usual or len(groups[odd]) >= len(groups[usual]):
                continue
            if ANY_DOLLAR in (odd, usual) and {odd, usual} & dollars.DOLLARS:
                continue
            yield Swap(
                value,
                usual,
                tuple(s for s in stated if s.currency == usual and s.ref.doc in groups[usual]),
                odd,
                tuple(s for s in stated if s.currency == odd and s.ref.doc in groups[odd]),
            )


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
    """The stated conversions of one figure in its own version ("A$2.6 billion ($1.8 billion)")."""
    figures = context.versions[ref.doc].figures
    return [FigureRef(ref.doc, i) for i, f in enumerate(figures) if f.conversion_of == ref.fig]


_SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"))


def spoken(amount: float | Decimal) -> str:
    """An amount as copy writes it: an exact one as written ("14.12 trillion"), a computed
    one to three figures ("1.77 billion", "455,000")."""
    for size, word in _SCALES:
        if amount >= size:
            if isinstance(amount, Decimal):
                return f"{(amount / size).normalize():f} {word}"
            return f"{amount / size:.3g} {word}"
    return f"{amount:,.0f}" if not isinstance(amount, Decimal) else f"{amount.normalize():,f}"


#: Fewest other versions that must name one other dollar for a bare one's amount.
NAMED_BY = 2


def dollar_elsewhere(context: Context, ref: FigureRef) -> tuple[str, list[Stated]] | None:
    """The one other dollar (AUD, CAD ...) in which the other versions state a bare-dollar
    amount, and their statements: at least NAMED_BY versions, more than state it in
    US dollars. None when they do not say, or say several.
    """
    fig = context.figure(ref)
    named: dict[str, list[Stated]] = {}
    for s in amounts(context, round_too=True).get(fig.value.normalize(), []):
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
