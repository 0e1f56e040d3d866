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
from figcheck.extractors.numbers import (
    GAP,
    is_year,
    number_value,
    scale_value,
    scale_word,
)
from figcheck.extractors.numerals import number_matches
from figcheck.extractors.units import MULTIPLES, TIGHT_SYMBOLS, UNIT_NAMES, UNIT_SYMBOLS
from figcheck.figures import Figure
from figcheck.text import alternation

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
    """Unit words, longest first; a space in one may be written as a hyphen ("square-metre")."""
    return alternation(words, space=r"[\s-]")


UNIT_RE = re.compile(
    rf"(?:(?P<sep>{GAP}|-)(?-i:(?P<sym>{_alternation(UNIT_SYMBOLS)}))(?![\w/²³])"
    rf"|(?:{GAP}|-)(?P<name>{_alternation(UNIT_NAMES)})(?:e?s)?\b)",
    re.I,
)
#: What may stand between the two ends of a range: "3 to 4 L", "8- to 16-meter", "10-15".
_RANGE_GAP = re.compile(r"(?:-?\s*(?:to|through)|\s*[-–—])\s*", re.I)
_BETWEEN_GAP = re.compile(r"\s+and\s+", re.I)
_BETWEEN = re.compile(r"\bbetween\s+$", re.I)
_SIZE_AFTER = re.compile(
    r"[^\S\n]+(?:thick|long|wide|tall|high|deep|across|in\s+diameter|away|above|below)\b", re.I
)
#: "2 1/2 in thick": "in" is a unit only where it cannot be the preposition.
_INCHES_AFTER = re.compile(rf"(?:{_SIZE_AFTER.pattern}|[^\S\n]*(?:[.,;:)]|$))", re.I)
_A_DECADE = re.compile(r"\b(?:a|one)\s+decade\b", re.I)
#: "40C (104F)": wire copy writes temperatures with a bare C or F stuck to the number; read
#: so only where the sentence is about temperature ("Flight 40C" and "flat 3F" are not).
_BARE_TEMPERATURE = re.compile(r"[CF](?![\w/²³°'’])")
_TEMPERATURE_CUE = re.compile(
    r"temperat|degree|heat|\bhot|\bcold|\bwarm|\bcool|freez|weather|celsius|fahrenheit|°"
    r"|\(\s*-?\d+(?:\.\d+)?[CF]\)|\d[CF]\s*\(",
    re.I,
)
_BARE_UNITS = {"C": "degree_Celsius", "F": "degree_Fahrenheit"}


def find(text: str, published=None, language: str = "en") -> Iterator[Figure]:
    """Every number followed by a unit, with pint's unit name and the value in base units."""
    for match in _A_DECADE.finditer(text):
        # "for a decade up to 2018" and "for 10 years until 2018" report the same figure.
        unit = _Unit(text, "decade", *facts("year"))
        yield unit.figure(Decimal(10), match.start(), match.end(), None)
    numbers = number_matches(text, language)
    for i, number in enumerate(numbers):
        match, scale = unit_re(language).match(text, number.end()), number.group("scale")
        if not match and not scale:
            match = _after_uncertainty(text, number.end())
        if not match and scale:
            # "75ml", "5 m tall": the letter read as a scale ("m" = million) starts the unit.
            match, scale = UNIT_RE.match(text, number.start("scale")), None
            if match and match.end() <= number.end() and not _SIZE_AFTER.match(text, match.end()):
                continue  # "1.5m" alone: million, far more often than metres; "1.8m tall" is not
        if not match:
            bare = _bare_temperature(text, number)
            if bare is not None:
                yield bare
            continue
        if (named := _unit_named(match)) is None:
            continue
        surface, expression = named
        value = number_value(number)
        if value is None:
            continue
        if number.group("scale") and not scale:
            value = value / scale_value(number.group("scale"), language)
        value *= MULTIPLES.get(surface, 1)
        start, end = number.start(), match.end()
        value, end = _compound(text, expression, value, end)
        if expression == "pound" and pounds_are_money(text, start, end, scale):
            continue
        if surface == "in" and not _INCHES_AFTER.match(text, end):
            continue  # "5 in 10 people"
        if expression == "foot" and not number.group("digits") and value == 1:
            continue  # "one foot in China, one foot out"
        unit = _Unit(text, surface, *facts(expression))
        before = numbers[i - 1] if i else None
        low = _range_low(text, before, start, surface)
        if before is not None and low is not None and low < value:
            yield unit.figure(low, before.start(), before.end(), before.group("scale"), "low")
            yield unit.figure(value, start, end, scale, "high")
        else:
            yield unit.figure(value, start, end, scale)
            yield from _shared_unit(text, unit, before, start, surface)


#: "6 feet 2 inches", "7 lb 4 oz": the smaller unit after the larger is part of one figure,
#: in the larger unit (its count of the smaller one per larger).
_COMPOUNDS = {"foot": ("inch", 12), "pound": ("ounce", 16)}
_COMPOUND_GAP = re.compile(r"(?:,?[^\S\n]+and)?[^\S\n]+(?P<n>\d+(?:\.\d+)?)", re.I)


def _compound(text: str, expression: str, value: Decimal, end: int) -> tuple[Decimal, int]:
    """(value, end), "2 inches" after "5 feet" added in feet."""
    small = _COMPOUNDS.get(expression)
    gap = _COMPOUND_GAP.match(text, end) if small else None
    unit = UNIT_RE.match(text, gap.end()) if gap else None
    named = _unit_named(unit) if unit else None
    if small is None or gap is None or unit is None or not named or named[1] != small[0]:
        return value, end
    return value + Decimal(gap.group("n")) / small[1], unit.end()


#: "12.5 ± 0.3 kg": the unit after an uncertainty is the unit of the value before it.
_UNCERTAINTY = re.compile(r"[^\S\n]*(?:±|\+/-)[^\S\n]*\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")


def _after_uncertainty(text: str, at: int) -> re.Match | None:
    uncertainty = _UNCERTAINTY.match(text, at)
    return UNIT_RE.match(text, uncertainty.end()) if uncertainty else None


#: "given 45 and 50 mg": two amounts, one unit written once (no "between": not a range).
_AND_OR_GAP = re.compile(r"[^\S\n]+(?:and|or)[^\S\n]+", re.I)


def _shared_unit(text: str, unit, before: re.Match | None, start: int, surface: str):
    """A bare number joined by "and"/"or" to the amount that carries the unit, in that unit."""
    if before is None or not _AND_OR_GAP.fullmatch(text, before.end(), start):
        return
    if is_year(before.group("digits")) or UNIT_RE.match(text, before.end()):
        return
    value = number_value(before)
    if value is not None:
        value *= MULTIPLES.get(surface, 1)
        yield unit.figure(value, before.start(), before.end(), before.group("scale"))


_LOCAL_UNITS: dict[str, tuple[re.Pattern, dict[str, str]]] = {}


def unit_re(language: str) -> re.Pattern:
    """``UNIT_RE`` and, first, the unit words of ``language`` ("kilómetros") in group "local";
    not after an article that is also the number one ("un año" is "a year", no figure).
    Chinese and Japanese units are the cjk finder's."""
    if language in ("en", "zh", "ja"):
        return UNIT_RE
    if language not in _LOCAL_UNITS:
        from figcheck.lang import lexicon

        lex = lexicon(language)
        words = {re.sub(r"[\s-]+", " ", w.lower()): e for w, e in lex.units.items()}
        articles = [a for a in lex.articles if lex.numbers.get(a) == 1]
        after = "".join(rf"(?<!\b{re.escape(a)})" for a in articles)
        local = rf"{after}(?:{GAP}|-)(?P<local>{_alternation(words)})\b|" if words else ""
        _LOCAL_UNITS[language] = (re.compile(local + UNIT_RE.pattern, re.I), words)
    return _LOCAL_UNITS[language][0]


def _unit_named(match: re.Match) -> tuple[str, str] | None:
    """The unit as written and its pint expression; None for "5 m" where "m" must touch."""
    if "local" in match.re.groupindex and match.group("local"):
        words = next(w for pattern, w in _LOCAL_UNITS.values() if pattern is match.re)
        surface = re.sub(r"[\s-]+", " ", match.group("local").lower())
        return surface, words[surface]
    if match.group("sym"):
        surface = match.group("sym")
        if surface in TIGHT_SYMBOLS and match.group("sep"):
            return None
        return surface, UNIT_SYMBOLS[surface]
    surface = re.sub(r"[\s-]+", " ", match.group("name").lower())
    return surface, UNIT_NAMES.get(surface) or UNIT_NAMES[surface.replace(" ", "-")]


def _range_low(text: str, before: re.Match | None, start: int, surface: str) -> Decimal | None:
    """The low end of "5 to 10 km" or "between 5 and 10 km": the number just before, if joined."""
    if before and (
        _RANGE_GAP.fullmatch(text, before.end(), start)
        or _BETWEEN_GAP.fullmatch(text, before.end(), start)
        and _BETWEEN.search(text, max(0, before.start() - 10), before.start())
    ):
        low = number_value(before)
        return None if low is None else low * MULTIPLES.get(surface, 1)
    return None


def _bare_temperature(text: str, number: re.Match) -> Figure | None:
    """ "40C", "104F" where the words around are about temperature, else None."""
    bare = _BARE_TEMPERATURE.match(text, number.end())
    if not bare or number.group("scale") or not number.group("digits"):
        return None
    start, end = number.start(), bare.end()
    if not _TEMPERATURE_CUE.search(text, max(0, start - 80), min(len(text), end + 80)):
        return None
    value = number_value(number)
    if value is None:
        return None
    surface = bare.group(0)
    return _Unit(text, surface, *facts(_BARE_UNITS[surface])).figure(value, start, end, None)


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
