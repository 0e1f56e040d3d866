"""Physical quantities: a number and a unit, normalized with pint ("12 km" = "12,000 m").

pint takes about half a second to load, longer than figcheck takes to read an
article, so the pint facts of the units in ``units.py`` are stored in
``unit_facts.py`` (regenerate with ``python -m figcheck.extractors.quantity``;
a test checks them against pint). Only a unit missing there loads pint.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from figcheck.extractors.money import pounds_are_money
from figcheck.extractors.numbers import NUMBER, number_value, scale_word
from figcheck.extractors.units import TIGHT_SYMBOLS, UNIT_NAMES, UNIT_SYMBOLS
from figcheck.figures import Figure

KIND = "quantity"

#: The pint UnitRegistry, created on first use.
_UREG = None


def registry():
    """pint's registry, loaded once and only when a unit is not in ``unit_facts``."""
    global _UREG
    if _UREG is None:
        import pint

        _UREG = pint.UnitRegistry()
    return _UREG


def pint_facts(expression: str) -> tuple[str, str, str, str]:
    """(canonical name, dimensionality, factor, offset) of a unit, as pint gives them."""
    ureg = registry()
    unit = ureg.Unit(expression)
    zero = ureg.Quantity(0, unit).to_base_units().magnitude
    one = ureg.Quantity(1, unit).to_base_units().magnitude
    return str(unit), str(unit.dimensionality), _digits(one - zero), _digits(zero)


def _digits(number) -> str:
    """Fifteen significant digits: enough for any comparison, and no float noise."""
    return format(Decimal(format(float(number), ".15g")).normalize(), "f")


def facts(expression: str) -> tuple[str, str, Decimal, Decimal]:
    from figcheck.extractors.unit_facts import UNIT_FACTS

    found = UNIT_FACTS.get(expression) or pint_facts(expression)
    return found[0], found[1], Decimal(found[2]), Decimal(found[3])


def _alternation(words) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"[\s-]") for w in sorted(words, key=len, reverse=True)
    )


_LOW = NUMBER.replace("?P<", "?P<lo_")
QUANTITY_RE = re.compile(
    rf"(?:(?P<low>{_LOW})(?:-?\s*(?:to|through)|\s*[-–—])\s*)?"
    rf"{NUMBER}(?:(?P<sep>[ \u00a0-]?)(?-i:(?P<sym>{_alternation(UNIT_SYMBOLS)}))(?![\w/²³])"
    rf"|[ \u00a0-]?(?P<name>{_alternation(UNIT_NAMES)})(?:e?s)?\b)",
    re.I,
)
#: "2 1/2 in thick": "in" is a unit only where it cannot be the preposition.
_INCHES_AFTER = re.compile(
    r"(?:[^\S\n]+(?:thick|long|wide|tall|high|deep|across|in\s+diameter)\b"
    r"|[^\S\n]*(?:[.,;:)]|$))"
)


def find(text: str, published=None) -> Iterator[Figure]:
    """Every number followed by a unit, with pint's unit name and the value in base units."""
    for match in QUANTITY_RE.finditer(text):
        if match.group("sym"):
            surface = match.group("sym")
            if surface in TIGHT_SYMBOLS and match.group("sep"):
                continue
            expression = UNIT_SYMBOLS[surface]
        else:
            surface = re.sub(r"[\s-]+", " ", match.group("name").lower())
            expression = UNIT_NAMES.get(surface) or UNIT_NAMES[surface.replace(" ", "-")]
        value = number_value(match)
        if value is None:
            continue
        start = match.start("digits") if match.group("digits") else match.start("words")
        start -= len(match.group("neg") or "")
        end = match.end()
        if expression == "pound" and pounds_are_money(text, start, end, match.group("scale")):
            continue
        if surface == "in" and not _INCHES_AFTER.match(text, end):
            continue  # "5 in 10 people"
        if expression == "foot" and not match.group("digits") and value == 1:
            continue  # "one foot in China, one foot out"
        unit = _Unit(text, surface, *facts(expression))
        low = number_value(match, "lo_") if match.group("low") else None
        if low is not None and low < value:
            lo_start, lo_end = match.start("low"), match.end("low")
            yield unit.figure(low, lo_start, lo_end, match.group("lo_scale"), "low")
            yield unit.figure(value, start, end, match.group("scale"), "high")
        else:
            yield unit.figure(value, start, end, match.group("scale"))


class _Unit:
    """One unit found in a text, making figures for the amounts written with it."""

    def __init__(self, text, surface, name, dimensionality, factor, offset):
        self.text, self.surface, self.name = text, surface, name
        self.dimensionality, self.factor, self.offset = dimensionality, factor, offset

    def figure(self, value, start, end, scale, part=None) -> Figure:
        extra = (
            ("dimensionality", self.dimensionality),
            ("base_value", value * self.factor + self.offset),
            ("unit_text", self.surface),
        )
        return Figure(
            KIND, start, end, self.text[start:end], value, self.name,
            scale=scale_word(scale), range_part=part, extra=extra,
        )  # fmt: skip


def _write_facts() -> str:
    """The source of ``unit_facts.py`` for every unit expression in ``units.py``."""
    expressions = sorted(set(UNIT_NAMES.values()) | set(UNIT_SYMBOLS.values()))
    lines = [
        '"""pint\'s facts for the units figcheck reads.',
        "",
        "Generated by ``python -m figcheck.extractors.quantity``; do not edit.",
        '"""',
        "",
        "# (canonical name, dimensionality, factor to base units, offset)",
        "UNIT_FACTS: dict[str, tuple[str, str, str, str]] = {",
    ]
    lines += [f"    {e!r}: {pint_facts(e)!r}," for e in expressions]
    lines.append("}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    from pathlib import Path

    Path(__file__).with_name("unit_facts.py").write_text(_write_facts(), encoding="utf-8")
