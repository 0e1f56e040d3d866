"""Physical quantities: a number and a unit, normalized with pint ("12 km" = "12,000 m").

pint takes about half a second to load, longer than figcheck takes to read an
article, so the pint facts of the units in ``units.py`` are stored in
``unit_facts.py`` (regenerate with ``python -m figcheck.extractors.quantity``;
a test checks them against pint). Only a unit missing there loads pint.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from decimal import Decimal

from figcheck.extractors.money import per_after, pounds_are_money
from figcheck.extractors.numbers import (
    GAP,
    is_year,
    number_value,
    scale_value,
    scale_word,
    spelled_fraction,
)
from figcheck.extractors.numerals import grammar, number_matches
from figcheck.extractors.units import (
    MULTIPLES,
    NAMED_QUANTITIES,
    ONE_BY_ARTICLE,
    PER_SYMBOLS,
    TIGHT_SYMBOLS,
    UNIT_NAMES,
    UNIT_SYMBOLS,
)
from figcheck.figures import Figure
from figcheck.lang.en import (
    CLOCK_HALVES,
    CURRENCY_NAMES,
    HOW_MANY_TIMES,
    LENGTH_JOINERS,
    LENGTH_NOUN_QUALIFIERS,
    LENGTH_NOUNS,
    LENGTH_QUALIFIERS,
    LEVEL_VERBS,
    MEASURED_SUBJECTS,
    MONEY_NOUNS,
    MOTION_VERBS,
    RACE_WORDS,
    RANGE_BETWEEN,
    RANGE_WORDS,
    SIZE_WORDS,
    SUBJECT_HELPERS,
)
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

    found = UNIT_FACTS.get(expression)
    if found is None and " / " in expression:
        return _rate_facts(expression.split(" / "))
    found = found or pint_facts(expression)
    return found[0], found[1], Decimal(found[2]), Decimal(found[3])


def _rate_facts(parts: list[str]) -> tuple[str, str, Decimal, Decimal]:
    """The facts of "joule / meter ** 2 / year" from those of its parts, without pint: the
    factors divide and the dimensions' powers subtract (a unit with an offset, a
    temperature, is never a part: see ``_per``)."""
    name, dimensionality, factor, _ = (
        ("1", "", Decimal(1), 0) if parts[0] == "1" else facts(parts[0])
    )
    powers = _dimension_powers(dimensionality)
    for part in parts[1:]:
        base, _, times = part.partition(" ** ")
        exponent = 1 if part in _unit_facts() or not times else int(times)
        part_name, part_dimensionality, part_factor, _ = facts(part if exponent == 1 else base)
        part_name = part_name if exponent == 1 else f"{part_name} ** {exponent}"
        name, factor = f"{name} / {part_name}", factor / part_factor**exponent
        for dimension, power in _dimension_powers(part_dimensionality).items():
            powers[dimension] = powers.get(dimension, 0) - power * exponent
    return name, _dimension_text(powers), factor, Decimal(0)


def _unit_facts() -> dict:
    from figcheck.extractors.unit_facts import UNIT_FACTS

    return UNIT_FACTS


_DIMENSION_TERM = re.compile(r"(?P<op>^|[*/]) ?(?P<name>\[\w+\]|1)(?: \*\* (?P<power>\d+))?")


def _dimension_powers(dimensionality: str) -> dict[str, int]:
    """ "[mass] * [length] ** 2 / [time] ** 3" as {"[mass]": 1, "[length]": 2, "[time]": -3}:
    pint writes every factor after the first "/" as divided."""
    powers: dict[str, int] = {}
    sign = 1
    for term in _DIMENSION_TERM.finditer(dimensionality):
        sign = -1 if term.group("op") == "/" else sign
        if term.group("name") != "1":
            powers[term.group("name")] = sign * int(term.group("power") or 1)
    return powers


def _dimension_text(powers: dict[str, int]) -> str:
    """Powers back in pint's way of writing them, factors in name order."""

    def term(name: str, power: int) -> str:
        return name if abs(power) == 1 else f"{name} ** {abs(power)}"

    key = frozenset(powers.items())
    if key in _known_dimensions():
        return _known_dimensions()[key]  # "kWh per day" is a power, written as pint writes kW
    above = [term(n, p) for n, p in sorted(powers.items()) if p > 0]
    below = [term(n, p) for n, p in sorted(powers.items()) if p < 0]
    return " / ".join([" * ".join(above) or "1", *below]) if above or below else "dimensionless"


@functools.cache
def _known_dimensions() -> dict[frozenset, str]:
    """Each dimension of a stored unit, written as pint writes it most often (pint writes
    some in two orders: "[mass] * [length] ** 2 …" for watts, "[length] ** 2 * [mass] …"
    for horsepower)."""
    from collections import Counter

    written = Counter(dimensionality for _, dimensionality, _, _ in _unit_facts().values())
    known: dict[frozenset, str] = {}
    for dimensionality, _ in sorted(written.items(), key=lambda item: (-item[1], item[0])):
        known.setdefault(frozenset(_dimension_powers(dimensionality).items()), dimensionality)
    return known


def _alternation(words) -> str:
    """Unit words, longest first; a space in one may be written as a hyphen ("square-metre").
    Behind a test of their first letters: read after every number, the words would
    otherwise all be tried there one by one."""
    return alternation(words, space=r"[\s-]", lead=True)


UNIT_RE = re.compile(
    rf"(?:(?P<sep>{GAP}|-)(?-i:(?P<sym>{_alternation(UNIT_SYMBOLS)}))(?![\w/²³])"
    rf"|(?:{GAP}|-)(?P<name>{_alternation(UNIT_NAMES)})(?:e?s)?\b)",
    re.I,
)
#: What may stand between the two ends of a range: "3 to 4 L", "8- to 16-meter", "10-15".
_RANGE_GAP = re.compile(rf"(?:-?\s*(?:{alternation(RANGE_WORDS)})|\s*[-–—])\s*", re.I)
_BETWEEN_GAP = re.compile(rf"\s+{RANGE_BETWEEN[1]}\s+", re.I)
_BETWEEN = re.compile(rf"\b{RANGE_BETWEEN[0]}\s+$", re.I)
_SIZE_WORDS = alternation(SIZE_WORDS, space=r"\s+")
_SIZE_AFTER = re.compile(rf"[^\S\n]+(?:{_SIZE_WORDS})\b", re.I)
#: "2 1/2 in thick": "in" is a unit only where it cannot be the preposition.
_INCHES_AFTER = re.compile(rf"(?:{_SIZE_AFTER.pattern}|[^\S\n]*(?:[.,;:)]|$))", re.I)
_A_DECADE = re.compile(r"\b(?:a|one)\s+decade\b", re.I)
#: "40C (104F)": wire copy writes temperatures with a bare C or F stuck to the number; read
#: so only where the sentence is about temperature ("Flight 40C" and "flat 3F" are not).
_BARE_TEMPERATURE = re.compile(r"[CF](?![\w/²³°'’])")
_TEMPERATURE_CUE = re.compile(
    r"temperat|degree|heat|\bhot|\bcold|\bwarm|\bcool|freez|weather|celsius|fahrenheit|°"
    r"|\b(?:low|high)s?[^\S\n]+of\b"  # a forecast's "highs of 35C", "a low of -5C"
    r"|\(\s*-?\d+(?:\.\d+)?[CF]\)|\d[CF]\s*\(",
    re.I,
)
_BARE_UNITS = {"C": "degree_Celsius", "F": "degree_Fahrenheit"}


def find(text: str, published=None, language: str = "en") -> Iterator[Figure]:
    """Every number followed by a unit, with pint's unit name and the value in base units."""
    yield from _decades(text)
    numbers = number_matches(text, language)
    if language == "en":
        yield from _one_by_article(text)
        yield from _named(text)
        yield from _frequencies(text, numbers)
    for i, number in enumerate(numbers):
        match, scale = _unit_match(text, number.end(), language), number.group("scale")
        if match and not scale and "link" in match.re.groupindex and match.group("link"):
            match = None  # "3 de tonnes" is no French: "de" links a scale to its unit
        if not match and not scale:
            match = _after_uncertainty(text, number.end())
        if scale and (not match or _preposition_in(text, match)):
            match, scale = _scale_as_unit(text, number), None
            if match is False:
                continue
        if not match:
            bare = _bare_temperature(text, number)
            if bare is not None:
                yield bare
            continue
        if (named := _named_unit(text, number, match)) is None:
            continue
        if _another_word_here(text, number.end(), named[0], language):
            continue
        surface, expression = named
        if (value := number_value(number)) is None:
            continue
        if number.group("scale") and not scale:
            value = value / scale_value(number.group("scale"), language)
        value *= MULTIPLES.get(surface, 1)
        start, end = number.start(), match.end()
        surface, expression, value, end, per = _tail(text, surface, expression, value, end)
        if expression.startswith("degree") and value > 0:
            value, end = _below_zero(text, value, end, language)
        if per is None and language != "en" and (local := per_after(text, end, language)):
            per, end = local  # "2 millions de barils par jour", as "2 million barrels a day"
        if _no_unit_here(text, number, (surface, expression), value, end, scale):
            continue
        unit = _Unit(text, surface, *facts(expression), per=per)
        before = numbers[i - 1] if i else None
        low = _range_low(text, before, start, surface, language, number)
        if before is not None and low is not None and low != value:
            yield unit.figure(low, before.start(), before.end(), before.group("scale"), "low")
            yield unit.figure(value, start, end, scale, "high")
        else:
            yield unit.figure(value, start, end, scale)
            yield from _shared_unit(text, unit, before, start, surface, value)


def _another_word_here(text: str, at: int, surface: str, language: str) -> bool:
    """Whether the unit word after a number of another language is a word of that language."""
    if language != "en" and _set_phrase_at(text, at, language):
        return True  # "un quart de finale": a round of a cup, no US quart
    # "un ton calme": a tone, no ton
    return language != "en" and surface.lower() in _false_friends(language)


def _no_unit_here(text, number, named, value, end, scale) -> bool:
    """Whether the unit word after the number is another word after all."""
    surface, expression = named
    if expression == "pound" and pounds_are_money(text, number.start(), end, scale):
        return True
    if surface == "in" and not _INCHES_AFTER.match(text, end):
        return True  # "5 in 10 people"
    # "one foot in China, one foot out"
    return expression == "foot" and not number.group("digits") and value == 1


def _preposition_in(text: str, match: re.Match) -> bool:
    """Whether the "in" read as inches is the preposition ("5 m in the pool")."""
    return match.group("sym") == "in" and not _INCHES_AFTER.match(text, match.end())


#: A number that may be an hour of the half day, with its minutes: "4", "10.30", "9:15".
_CLOCK_NUMBER = re.compile(r"(?:1[0-2]|0?\d)(?:[.:][0-5]\d)?")


def _named_unit(text: str, number, match: re.Match) -> tuple[str, str] | None:
    """The unit after the number as written and its pint expression, or None: a symbol
    that must touch its number ("5 m" is read by _spaced_metres and _spaced_tonnes), or
    "pm"/"am" after a number that may be an hour ("4 pm" is a time of day)."""
    named = (
        _unit_named(match)
        or _spaced_metres(text, number, match)
        or _spaced_tonnes(text, number, match)
    )
    if named and named[0] in CLOCK_HALVES and _CLOCK_NUMBER.fullmatch(number.group(0)):
        return None
    return named


def _unit_match(text: str, at: int, language: str) -> re.Match | None:
    """The unit after the number at ``at``; a rate's first unit may be one that must
    otherwise touch the number or end a word ("-1e-3 W/min", "20 J/m^2")."""
    match = unit_re(language).match(text, at)
    if match is None and "/" in text[at : at + 24]:
        match = _numerator_re().match(text, at)
    return match


#: "a" or "an" makes a rate before a unit of time only ("9.5 million barrels a day", as
#: "per day"), and not before a date ("5 km a year ago").
_A_TIME = (
    r"[^\S\n]+an?[^\S\n]+(?=(?:second|minute|hour|day|week|month|year)\b"
    r"(?![^\S\n]+(?:ago|earlier|later|before|after)\b))"
)
#: Where a rate's lower unit may follow: a slash, "per", or "a" before a unit of time (the
#: pattern of every unit is compiled only once one of these follows a unit).
_PER_HINT = re.compile(rf"/|[^\S\n]+per[^\S\n]|{_A_TIME}", re.I)
#: Units written only below a slash or after "per": "km/s2", "20 J/m^2 per yr".
_DENOMINATOR_SYMBOLS = {"s": "second", "yr": "year"}


@functools.cache
def _numerator_re() -> re.Pattern:
    """A symbol followed by "/" (UNIT_RE reads names, and symbols that need no slash);
    compiled on first use (start-up counts)."""
    return re.compile(
        rf"(?:{GAP}|-)(?-i:(?P<sym>{_alternation(UNIT_SYMBOLS)}))(?=/)(?P<sep>(?!))?(?P<name>(?!))?"
    )


@functools.cache
def _denominator_re() -> re.Pattern:
    symbols = {**UNIT_SYMBOLS, **_DENOMINATOR_SYMBOLS}
    return re.compile(
        rf"(?:(?P<slash>/)|[^\S\n]+per[^\S\n]+|{_A_TIME})(?:(?-i:(?P<sym>{_alternation(symbols)}))"
        rf"|(?P<name>{_alternation(UNIT_NAMES)})(?:e?s)?)(?P<power>\^?[23]|[²³])?(?![\w²³^])",
        re.I,
    )


def _per(text: str, surface: str, expression: str, end: int):
    """(surface, expression, end, per): the units below a slash divide the unit ("9.8 m/s2"
    is an acceleration, "-1e-3 W/min"); a unit after "per" or "a" is what the amount is per
    ("20 kWh per day", "2 million barrels a day": extra "per"), the amount's unit kept, as
    other languages' versions of the figure, read without the words, keep it too. A
    temperature (a unit with an offset), a multiple ("per decade") or a rate below the
    line stops the reading."""
    from figcheck.extractors.unit_facts import UNIT_FACTS

    if UNIT_FACTS.get(expression, ("", "", "", "0"))[3] != "0":
        return surface, expression, end, None
    while (below := _denominator_re().match(text, end)) is not None:
        word = below.group("sym") or re.sub(r"[\s-]+", " ", below.group("name").lower())
        unit = _DENOMINATOR_SYMBOLS.get(word) or UNIT_SYMBOLS.get(word) or UNIT_NAMES.get(word)
        if unit is None or word in MULTIPLES or "/" in unit or unit not in UNIT_FACTS:
            break
        if UNIT_FACTS[unit][3] != "0":
            break
        power = (below.group("power") or "1").strip("^").translate(_SUPERSCRIPTS)
        if power != "1" and "**" not in unit:
            unit = f"{unit} ** {power}"
        surface, end = surface + text[end : below.end()], below.end()
        if not below.group("slash"):
            return surface, expression, end, unit
        expression = f"{expression} / {unit}"
    return surface, expression, end, None


_SUPERSCRIPTS = str.maketrans("²³", "23")


def _false_friends(language: str) -> frozenset[str]:
    from figcheck.lang import lexicon

    return lexicon(language).unit_false_friends


def _set_phrase_at(text: str, at: int, language: str) -> bool:
    """A set phrase of the language (its lexicon's idioms) starts at the first word after
    ``at``: its words are no unit."""
    start = at + len(text[at : at + 8]) - len(text[at : at + 8].lstrip())
    return bool(grammar(language).mask_re.match(text, start))


@functools.cache
def _below_zero_re(language: str) -> re.Pattern:
    from figcheck.lang import lexicon

    words = alternation(lexicon(language).below_zero_words, space=r"[^\S\n]+") or "(?!)"
    return re.compile(rf"[^\S\n]+(?:{words})\b", re.I)


def _below_zero(text: str, value: Decimal, end: int, language: str) -> tuple[Decimal, int]:
    """(value, end) of a temperature, negative where words after it put it below zero
    ("5 grados bajo cero", "2 graus negativos"), as "-5 grados" is."""
    below = _below_zero_re(language).match(text, end)
    return (-value, below.end()) if below else (value, end)


def _tail(text: str, surface: str, expression: str, value: Decimal, end: int):
    """(surface, expression, value, end, per) with what follows a unit read into the figure:
    a smaller unit ("6 feet 2 inches") or a rate's lower units ("20 kWh per day"). Pounds
    stay as they are: whether they weigh or pay is decided on the amount alone."""
    value, end = _compound(text, expression, value, end)
    per = PER_SYMBOLS.get(surface)
    if expression != "pound" and per is None and _PER_HINT.match(text, end):
        surface, expression, end, per = _per(text, surface, expression, end)
    return surface, expression, value, end, per


def _decades(text: str) -> Iterator[Figure]:
    """ "for a decade up to 2018" and "for 10 years until 2018" report the same figure."""
    # (a pattern that ignores case gives re no letter to skip ahead by: a plain test first)
    for match in _A_DECADE.finditer(text) if "decade" in text.lower() else ():
        unit = _Unit(text, "decade", *facts("year"))
        yield unit.figure(Decimal(10), match.start(), match.end(), None)


_BLANKS = r"[^\S\n]+"


#: "a gallon", "an exabyte"; not before a hyphen ("a kilometre-long queue") nor a fraction
#: ("a metre and a half").
_ONE_BY_ARTICLE = re.compile(
    rf"\ban?{_BLANKS}(?P<unit>{alternation(ONE_BY_ARTICLE, space=_BLANKS)})\b(?![-\w])"
    rf"(?!{_BLANKS}and{_BLANKS}an?{_BLANKS}(?:half|quarter)\b)",
    re.I,
)
_WORD_BEFORE = re.compile(r"(\S+)[^\S\n]+$")


@functools.cache
def _amount_words() -> frozenset[str]:
    """Unit and currency words, lower-cased: after one, "a gallon" is a rate's "per"."""
    return frozenset(w.lower().split()[-1] for w in (*UNIT_NAMES, *UNIT_SYMBOLS, *CURRENCY_NAMES))


def _after_amount(text: str, start: int) -> bool:
    """Whether the word before ``start`` ends an amount or says "per": "$4 a gallon", "30
    miles a gallon", "20 euros for a litre"."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    word = before.group(1).lower()
    if word in ("per", "for") or any(c.isdigit() or c in "%$€£¥" for c in word):
        return True
    return any(w in _amount_words() for w in (word, word[:-1], word[:-2]))


def _one_by_article(text: str) -> Iterator[Figure]:
    """ "a gallon of milk" is one gallon, as "a decade" is ten years."""
    for match in _ONE_BY_ARTICLE.finditer(text):
        if _after_amount(text, match.start()):
            continue
        name = re.sub(r"\s+", " ", match.group("unit").lower())
        name, expression, value, end, per = _tail(
            text, name, UNIT_NAMES[name], Decimal(1), match.end()
        )
        unit = _Unit(text, name, *facts(expression), per=per)
        yield unit.figure(value, match.start(), end, None)


_NAMED_RE = re.compile(rf"\b(?:{alternation(NAMED_QUANTITIES, space=_BLANKS)})\b", re.I)


def _named(text: str) -> Iterator[Figure]:
    """ "absolute zero" is 0 kelvin: a quantity named, not written with digits."""
    for match in _NAMED_RE.finditer(text):
        value, expression = NAMED_QUANTITIES[re.sub(r"\s+", " ", match.group(0).lower())]
        unit = _Unit(text, match.group(0), *facts(expression))
        yield unit.figure(Decimal(value), match.start(), match.end(), None)


#: How often: "four times per week", "3 times a year", "twice a month" (not "a year ago").
_PER_TIME = (
    r"[^\S\n]+(?:per|an?|each|every)[^\S\n]+"
    r"(?P<unit>second|minute|hour|day|week|fortnight|month|year)\b"
    r"(?![^\S\n]+(?:ago|earlier|later|before|after)\b)"
)
_TIMES_PER = re.compile(rf"[^\S\n]+times{_PER_TIME}", re.I)
_ONCE_TWICE = re.compile(rf"\b(?P<word>{'|'.join(HOW_MANY_TIMES)}){_PER_TIME}", re.I)


def _times_per(text: str, number: re.Match) -> re.Match | None:
    """ "times a week" after the number, looked for only where "times" follows it."""
    at = number.end()
    return _TIMES_PER.match(text, at) if text.startswith(" times", at) else None


def _frequencies(text: str, numbers: list[re.Match]) -> Iterator[Figure]:
    """A count of times per unit of time, unit "1 / week": "three times a week" and
    "four times a week" disagree; "three times the cost" is a ratio's business."""
    found = [(m.start(), how, number_value(m)) for m in numbers if (how := _times_per(text, m))]
    if "ce " in text:  # "once", "twice", "thrice" end so
        for match in _ONCE_TWICE.finditer(text):
            found.append((match.start(), match, Decimal(HOW_MANY_TIMES[match["word"].lower()])))
    for start, how_often, value in found:
        if value is not None:
            unit = how_often.group("unit").lower()
            rate = _Unit(text, f"times per {unit}", *facts(f"1 / {unit}"))
            yield rate.figure(value, start, how_often.end(), None)


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
    return _unit_match(text, uncertainty.end(), "en") if uncertainty else None


#: "given 45 and 50 mg": two amounts, one unit written once (no "between": not a range).
_AND_OR_GAP = re.compile(r"[^\S\n]+(?:and|or)[^\S\n]+", re.I)


#: How many times the amount that carries a unit a bare number joined to it may be: "3 and
#: 5 km", "1.5 million and 900,000 tonnes" share it; "$4 million and two years later"
#: joins two figures of their own.
_SHARED_RATIO = 1000


def _shared_unit(
    text: str, unit, before: re.Match | None, start: int, surface: str, carried: Decimal
):
    """A bare number joined by "and"/"or" to the amount that carries the unit, in that unit."""
    if before is None or not _AND_OR_GAP.fullmatch(text, before.end(), start):
        return
    if is_year(before.group("digits")) or UNIT_RE.match(text, before.end()):
        return
    value = number_value(before)
    if value is None or carried and abs(value) > _SHARED_RATIO * abs(carried):
        return
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
        # "2,5 millions de tonnes": "de" after a scale, as money reads "millions d'euros"
        links = "|".join(
            re.escape(w) + (r"\s*" if w[-1] in "'’" else r"\s+") for w in lex.currency_links
        )
        link = rf"(?P<link>{links})?" if links else ""
        local = rf"{after}(?:{GAP}|-){link}(?P<local>{_alternation(words)})\b|" if words else ""
        _LOCAL_UNITS[language] = (re.compile(local + UNIT_RE.pattern, re.I), words)
    return _LOCAL_UNITS[language][0]


def _unit_named(match: re.Match) -> tuple[str, str] | None:
    """The unit as written and its pint expression; None for "5 m" where "m" must touch."""
    if "local" in match.re.groupindex and match.group("local"):
        words = next(w for pattern, w in _LOCAL_UNITS.values() if pattern is match.re)
        surface = re.sub(r"[\s-]+", " ", match.group("local").lower())
        if words[surface] in MULTIPLES:  # "trois décennies": ten years each, as "decades"
            return words[surface], UNIT_NAMES[words[surface]]
        return surface, words[surface]
    if match.group("sym"):
        surface = match.group("sym")
        if surface in TIGHT_SYMBOLS and match.group("sep"):
            return None
        return surface, UNIT_SYMBOLS[surface]
    surface = re.sub(r"[\s-]+", " ", match.group("name").lower())
    return surface, UNIT_NAMES.get(surface) or UNIT_NAMES[surface.replace(" ", "-")]


def _scale_as_unit(text: str, number) -> re.Match | None | bool:
    """The unit whose letter was read as a scale ("75ml", "5 m tall": "m" = million), None
    for none, False where the letter is the scale after all: "1.5m" alone is a million far
    more often than metres; "1.8m tall", "5 m deep" and "a 10 m wall" are metres."""
    match = UNIT_RE.match(text, number.start("scale"))
    if match is None or match.end() > number.end():
        return match
    sized = (
        _SIZE_AFTER.match(text, match.end())
        or _spaced_metres(text, number, match)
        or match.group("sym") == "m"
        and not _CURRENCY_BEFORE.search(text, max(0, number.start() - 4), number.start())
        and (
            _risen(text, number, match)
            or _length_before(text, number, match)
            or _RACE_AFTER.match(text, match.end())
        )
    )
    return match if sized else False


#: A race or a pool after the distance: "the 400m hurdles", "a 50m pool", "the 10,000m final".
_RACE_AFTER = re.compile(rf"[^\S\n]+(?:{alternation(RACE_WORDS)})\b", re.I)
#: After "5 m" written with a space: the metre of a size ("5 m deep") or of a figure that
#: ends its clause ("the pit is 5 m."); "5 m people" stays five million.
_METRES_AFTER = re.compile(
    rf"{_SIZE_AFTER.pattern}|[^\S\n]*(?:[.,;:)]|$)|[^\S\n]*(?:[x×]|by)[^\S\n]*\d", re.I
)
#: "a 10 m wall": an article before the number and one singular noun after it, unless
#: the noun names a sum ("a 5 m budget" is five million: MONEY_NOUNS).
_ARTICLE_BEFORE = re.compile(r"\ban?[^\S\n]+$", re.I)
_SINGULAR_AFTER = re.compile(r"[^\S\n]+(?P<noun>[a-z]+)(?<!s)\b")
#: A verb of motion just before the number, maybe with a qualifier: "fell about 5 m".
_ROUGHLY = f"(?:{alternation(LENGTH_QUALIFIERS, space=_BLANKS)})"
_MOTION_BEFORE = re.compile(rf"\b(?P<verb>[a-z]+)[^\S\n]+(?:{_ROUGHLY}[^\S\n]+)?$", re.I)
_PLURAL_AFTER = re.compile(r"[^\S\n]+[a-z]+s\b")
#: A currency before the number ("$5 m"), or a name the number ends ("SCP-173 m").
_CURRENCY_BEFORE = re.compile(r"(?:[$£€¥₹]|\b[A-Z]{3})[^\S\n]?$|[^\W\d_]-$")


def _spaced_metres(text: str, number, match: re.Match) -> tuple[str, str] | None:
    """("m", metre) for an "m" set apart from its number where it measures a length;
    "$5 m" and "£5 m" are millions (money reads them), as is "m" before a plural; "5 m by
    3 m" and "1 m x 1 m" measure an area."""
    if match.group("sym") != "m" or match.group("sep") not in (" ", "\u00a0"):
        return None
    if _CURRENCY_BEFORE.search(text, max(0, number.start() - 4), number.start()):
        return None
    measured = _METRES_AFTER.match(text, match.end()) or (
        _ARTICLE_BEFORE.search(text, max(0, number.start() - 4), number.start())
        and (noun := _SINGULAR_AFTER.match(text, match.end()))
        and noun.group("noun") not in MONEY_NOUNS
    ) or _risen(text, number, match, motion_alone=True)
    return ("m", UNIT_SYMBOLS["m"]) if measured else None


#: The word before a verb, past its helpers: "sea levels could" gives "levels".
_SUBJECT_BEFORE = re.compile(
    rf"\b(?P<subject>[a-z]+)[^\S\n]+(?:(?:{'|'.join(sorted(SUBJECT_HELPERS))})[^\S\n]+)*$", re.I
)


#: A noun and the words that join it to its number: "a height of up to", "its span is",
#: "visibility fell to", "its width".
_LENGTH_BEFORE = re.compile(
    rf"\b(?P<noun>[a-z]+)(?:['’]s)?[^\S\n]+(?:(?:{alternation(LENGTH_JOINERS)})[^\S\n]+)*"
    rf"(?:(?:{alternation(LENGTH_NOUN_QUALIFIERS, space=_BLANKS)})[^\S\n]+)?$",
    re.I,
)


def _length_before(text: str, number, match: re.Match) -> bool:
    """Whether a noun of a length stands just before the number ("a height of 48m"), no
    plural after it ("a reach of 5m viewers" counts them)."""
    noun = _LENGTH_BEFORE.search(text, max(0, number.start() - 40), number.start())
    return bool(
        noun
        and noun.group("noun").lower() in LENGTH_NOUNS
        and not _PLURAL_AFTER.match(text, match.end())
    )


def _risen(text: str, number, match: re.Match, motion_alone: bool = False) -> bool:
    """Whether a length moved or risen measures the "m", no plural after it ("ran 5 m
    viewers" would count them): a verb of motion or level after a subject that moves by
    lengths ("the river rose 1.5m", "he fell 5m"); with ``motion_alone`` (an "m" set apart
    from its digits) a verb of motion whatever its subject ("fell 5 m from the roof")."""
    verb = _MOTION_BEFORE.search(text, max(0, number.start() - 30), number.start())
    if not verb or _PLURAL_AFTER.match(text, match.end()):
        return False
    word = verb.group("verb").lower()
    if motion_alone and word in MOTION_VERBS:
        return True
    if word not in LEVEL_VERBS and word not in MOTION_VERBS:
        return False
    subject = _SUBJECT_BEFORE.search(text, max(0, verb.start() - 40), verb.start())
    return bool(subject and subject.group("subject").lower() in MEASURED_SUBJECTS)


#: After "278,000 t" written with a space: a word in lower case or the end of a clause.
_TONNES_AFTER = re.compile(r"[^\S\n]+(?:of\b|[a-z])|[^\S\n]*(?:[.,;:)]|$)")


def _spaced_tonnes(text: str, number, match: re.Match) -> tuple[str, str] | None:
    """("t", tonne) for a "t" set apart from digits ("278,000 t of grain"), which metric
    copy writes as it writes "kg"; never after words ("three t") nor before a capital."""
    if match.group("sym") != "t" or match.group("sep") not in (" ", "\u00a0"):
        return None
    if not number.group("digits") or not _TONNES_AFTER.match(text, match.end()):
        return None
    return ("t", UNIT_SYMBOLS["t"])


def _range_low(
    text: str, before, start: int, surface: str, language: str = "en", high=None
) -> Decimal | None:
    """The low end of "5 to 10 km" or "between 5 and 10 km": the number just before, if joined
    (in another language by its range words: "de 3 à 5 millions de tonnes"). A range may run
    down ("de moins 2 à moins 8 degrés"): its first end is still the one called low."""
    if before and high is not None and language not in ("en", "zh", "ja"):
        if not grammar(language).joins(text, before, high):
            return None
        low = number_value(before)
        return None if low is None else low * MULTIPLES.get(surface, 1)
    if before is not None and spelled_fraction(before):
        return None  # "grew by a third to 12 km": a change
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

    def __init__(self, text, surface, name, dimensionality, factor, offset, per=None):
        self.text, self.surface, self.name, self.per = text, surface, name, per
        self.dimensionality, self.factor, self.offset = dimensionality, factor, offset

    def figure(self, value, start, end, scale, part=None) -> Figure:
        extra = (
            ("dimensionality", self.dimensionality),
            ("base_value", value * self.factor + self.offset),
            ("unit_text", self.surface),
        ) + ((("per", self.per),) if self.per else ())
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
