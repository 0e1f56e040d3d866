"""unit-conversion: a quantity's stated conversion into another unit does not match it.

News copy gives a measure in a second unit right after the first: "40 km (25 miles)",
"40C (104F)", "3 tonnes, or about 6,600 pounds". A conversion done by hand, or edited
after the first figure changed, can be wrong ("35 miles (40 km)"). The first figure is
converted (pint's factors, as the quantity finder stores them) and compared with the
second as both are written: each covers what its rounding allows ("25 miles" is 24.5 to
25.5), the second a further 5% (``CONVERSION_TOLERANCE``) as a writer rounds a
conversion freely, 10% where it says "about". A bound converts its number: "above 40C
(104F)". Only two figures of
one dimension in different units, the second in brackets or after "or", are compared.

Passes::

    a.txt: The quake struck about 40 km (25 miles) southwest of the port, at a depth
           of 10 kilometers (6 miles).

Fails::

    a.txt: The quake struck about 35 miles (40 km) southwest of the port.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any

from figcheck.extractors.qualifiers import qualifier_meaning
from figcheck.figures import Figure, FigureRef, Finding
from figcheck.rules import _facts
from figcheck.rules.api import Context

ID = "unit-conversion"
#: Judges one document on its own, so it runs on a draft checked alone too.
IN_DOCUMENT = True
SEVERITY = "error"
OPTIONS: dict[str, object] = {}
RULE = _facts.Rule(ID, SEVERITY)


def check(context: Context, options: Mapping[str, Any]) -> Iterator[Finding]:
    for index, version in enumerate(context.versions):
        text = version.document.text
        figures = version.figures
        for n, (first, second) in enumerate(zip(figures, figures[1:], strict=False)):
            if not _facts.stated_conversion(text, first, second):
                continue
            converted = missed(first, second, text)
            if converted is None:
                continue
            refs = (FigureRef(index, n), FigureRef(index, n + 1))
            why = (
                f'"{_facts.phrase(context, refs[0])}" is {_facts.rounded(converted)}'
                f' {_unit_written(second, text)}, not "{_facts.phrase(context, refs[1])}"'
                f" (beyond rounding and the {float(_facts.CONVERSION_TOLERANCE * 100):g}%"
                " margin of a conversion)"
            )
            yield _facts.finding(RULE, why, context, refs)


def missed(first: Figure, second: Figure, text: str) -> Decimal | None:
    """``first`` in ``second``'s unit where ``second`` is no conversion of it within
    rounding, else None."""
    scales = _scale(first), _scale(second)
    one = _allowed(first, text, Decimal(0))
    other = _allowed(second, text, _facts.CONVERSION_TOLERANCE)
    if None in scales or one is None or other is None:
        return None
    (factor, offset), (factor2, offset2) = scales
    low, high = sorted(v * factor + offset for v in one)
    other_low, other_high = sorted(v * factor2 + offset2 for v in other)
    if low <= other_high and other_low <= high:
        return None
    return (first.value * factor + offset - offset2) / factor2


def _allowed(fig: Figure, text: str, margin: Decimal) -> tuple[Decimal, Decimal] | None:
    """The values a figure's number allows in its own unit as rounded, widened by
    ``margin`` of its value, or by ``APPROX_TOLERANCE`` where a qualifier makes it
    approximate ("about 6,600 pounds"). A bound ("above 40C (104F)") converts its number:
    its qualifier widens nothing."""
    stated = _facts.stated(fig, text, with_qualifier=False)
    if stated.low is None or stated.high is None:
        return None
    if margin and qualifier_meaning(fig.qualifier) == "approx":
        margin = max(margin, _facts.APPROX_TOLERANCE)
    spread = abs(fig.value) * margin
    return stated.low - spread, stated.high + spread


def _scale(fig: Figure) -> tuple[Decimal, Decimal] | None:
    """(factor, offset) of ``fig``'s unit to base units: from the figure's own base value,
    but for a temperature, whose scales are offset (from the stored unit facts)."""
    extra = dict(fig.extra)
    base = extra.get("base_value")
    if base is None or fig.value is None:
        return None
    if extra.get("dimensionality") != "[temperature]":
        # a scale without an offset: its factor from the figure (none from a zero)
        return (Decimal(base) / fig.value, Decimal(0)) if fig.value else None
    from figcheck.extractors.quantity import facts

    try:
        _name, _dimensionality, factor, offset = facts(fig.unit)
    except Exception:  # noqa: BLE001 - a unit pint cannot read: no conversion checked
        return None
    return factor, offset


_NUMBER_FIRST = re.compile(r"[-−]?[\d.,\u00a0\u202f ]*\d[^\S\n]*-?[^\S\n]*")


def _unit_written(fig: Figure, text: str) -> str:
    """The unit as the figure writes it ("miles" of "25 miles"), else as it was read."""
    written = text[fig.start : fig.end]
    number = _NUMBER_FIRST.match(written)
    if number and number.end() < len(written):
        return written[number.end() :]
    return dict(fig.extra).get("unit_text") or fig.unit
