"""Quantity extraction: text -> (value, pint unit, dimensionality, value in base units)."""

import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from figcheck import extract
from figcheck.extractors import quantity
from figcheck.extractors.unit_facts import UNIT_FACTS
from figcheck.extractors.units import UNIT_NAMES, UNIT_SYMBOLS

ROOT = Path(__file__).resolve().parents[2]

CASES = [
    ("it lasted A DECADE.", "10", "year", "[time]", "315576000"),  # capitals: a plain test first
    ("a 12 km stretch", "12", "kilometer", "[length]", "12000"),
    ("a 12-kilometre road", "12", "kilometer", "[length]", "12000"),
    ("12,000 metres of cable", "12000", "meter", "[length]", "12000"),
    ("a 400 MW wind farm", "400", "megawatt", "[mass] * [length] ** 2 / [time] ** 3", "400000000"),
    ("1.5 tonnes of steel", "1.5", "metric_ton", "[mass]", "1500"),
    ("it reached 30 degrees Celsius", "30", "degree_Celsius", "[temperature]", "303.15"),
    ("5 square metres", "5", "meter ** 2", "[length] ** 2", "5"),
    ("driving at 60 mph", "60", "mile / hour", "[length] / [time]", "26.8224"),
    ("10 kilograms of rice", "10", "kilogram", "[mass]", "10"),
    ("a delay of 3 hours", "3", "hour", "[time]", "10800"),
    ("two meters of cotton", "2", "meter", "[length]", "2"),
    ("a 3-inch screen", "3", "inch", "[length]", "0.0762"),
    ("a 5 ft wall", "5", "foot", "[length]", "1.524"),
    ("she lost 25 pounds", "25", "pound", "[mass]", "11.33980925"),
    # "pounds of" a thing weighs it, whatever the scale; "of" a sum's word keeps it money
    ("it recalled 5 million pounds of beef", "5000000", "pound", "[mass]", "2267961.85"),
    # a race or a pool after a glued "m" makes it metres, not millions
    ("he won the 400m hurdles", "400", "meter", "[length]", "400"),
    ("the town has a 50m pool", "50", "meter", "[length]", "50"),
    ("the 10,000m final", "10000", "meter", "[length]", "10000"),
    ("police seized 500 pounds of cocaine in the UK", "500", "pound", "[mass]", "226.796185"),
    ("2 1/2 in thick", "2.5", "inch", "[length]", "0.0635"),
    ("a 7nm chip", "7", "nanometer", "[length]", "7E-9"),
    ("20 kWh per day", "20", "kilowatt_hour", "[mass] * [length] ** 2 / [time] ** 2", "72000000"),
    # rates: the units below a slash divide ("9.8 m/s2" is an acceleration)
    (
        "a drift of -2e-3 W/min",
        "-0.002",
        "watt / minute",
        "[length] ** 2 * [mass] / [time] ** 4",
        "-0.0000333333333333333",
    ),
    ("it slowed at 4.2 km/s2", "4.2", "kilometer / second ** 2", "[length] / [time] ** 2", "4200"),
    ("a flux of 7 J/m^2 per year", "7", "joule / meter ** 2", "[mass] / [time] ** 2", "7"),
    ("a dose of 5 mg/kg", "5", "milligram / kilogram", "dimensionless", "0.000005"),
    ("a mean of 3.1 ± 0.2 m/s2", "3.1", "meter / second ** 2", "[length] / [time] ** 2", "3.1"),
    ("about 300 hectares", "300", "hectare", "[length] ** 2", "3000000"),
    ("it took a decade to build", "10", "year", "[time]", "315576000"),
    ("after two decades of work", "20", "year", "[time]", "631152000"),
    ("reserves of 5 tcf", "5E+12", "foot ** 3", "[length] ** 3", "141584232960"),
    ("a field giving 3 bcm", "3E+9", "meter ** 3", "[length] ** 3", "3000000000"),
    (
        "the run delivered 140 fb−1 of collisions",
        "140",
        "1 / femtobarn",
        "1 / [length] ** 2",
        "1.4e45",
    ),
    # how often: a count of times per unit of time
    ("the ferry sails four times a day", "4", "1 / day", "1 / [time]", "0.0000462962962962963"),
    ("inspections happen twice a month", "2", "1 / month", "1 / [time]", "7.60514107536695e-7"),
    ("doses given 3 times per week", "3", "1 / week", "1 / [time]", "0.00000496031746031746"),
    # wire style: a bare C or F where the sentence is about temperature
    ("Temperatures hit 40C in Seville", "40", "degree_Celsius", "[temperature]", "313.15"),
    ("a heatwave of 104F across Texas", "104", "degree_Fahrenheit", "[temperature]", "313.15"),
    ("It will be -5C tonight and freezing", "-5", "degree_Celsius", "[temperature]", "268.15"),
    # below zero in words, as "-5": "minus 8 degrees" and "8 degrees below zero" agree
    (
        "the lake froze at minus 8 degrees Celsius",
        "-8",
        "degree_Celsius",
        "[temperature]",
        "265.15",
    ),
    ("a night of 8 degrees Celsius below zero", "-8", "degree_Celsius", "[temperature]", "265.15"),
    ("pipes burst at 3°C below zero", "-3", "degree_Celsius", "[temperature]", "270.15"),
    (
        "a wind chill of 20 degrees Fahrenheit below 0",
        "-20",
        "degree_Fahrenheit",
        "[temperature]",
        "244.261111111111",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what an amount is per, after "per" or "a": the amount keeps its unit, so that a
        # version that leaves "a day" out (or says it in other words) states the same figure
        ("pumping 2.5 million barrels a day", ("2.5 million barrels a day", "oil_barrel", "day")),
        ("output of 9.5 million bpd", ("9.5 million bpd", "oil_barrel", "day")),
        ("a mill rated at 4,500 tpd", ("4,500 tpd", "metric_ton", "day")),
        ("a mill handling 4,500 tonnes a day", ("4,500 tonnes a day", "metric_ton", "day")),
        ("exports of 40 bcm per year", ("40 bcm per year", "meter ** 3", "year")),
        ("a pump moving 12 litres per minute", ("12 litres per minute", "liter", "minute")),
        ("cars doing 40 miles per gallon", ("40 miles per gallon", "mile", "gallon")),
        ("20 kWh per day", ("20 kWh per day", "kilowatt_hour", "day")),
        ("a flux of 7 J/m^2 per year", ("7 J/m^2 per year", "joule / meter ** 2", "year")),
        ("it runs at 80 km/h", ("80 km/h", "kilometer / hour", None)),
        ("a 12 km stretch", ("12 km", "kilometer", None)),
        ("the mill takes 300 tonnes of ore a day", ("300 tonnes", "metric_ton", None)),
    ],
)
def test_per_unit(text, expected):
    (fig,) = [f for f in extract(text) if f.kind == "quantity"]
    assert (fig.text, fig.unit, dict(fig.extra).get("per")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Temperatures hit 40C (104F) in 12 states.", ["40C", "104F"]),
        ("It reached 38.5C (101.3F) on Monday.", ["38.5C", "101.3F"]),
        ("Flight 40C to Lisbon was delayed.", []),  # a seat, a flight: no temperature words
        ("She lives in flat 3F on Main Street.", []),
        ("The cold snap hit 5Ghz routers.", []),  # not a bare C or F
        # a forecast's highs and lows are temperature words too
        ("Lows of -4C are forecast in the glens.", ["-4C"]),
        ("Expect a high of 29C on the coast.", ["29C"]),
        ("Seat 12C was high on the list.", []),  # "high" without "of" says nothing
    ],
)
def test_bare_temperatures(text, expected):
    assert [f.text for f in extract(text) if f.kind == "quantity"] == expected


@pytest.mark.parametrize("text, value, unit, dimensionality, base", CASES)
def test_quantities(text, value, unit, dimensionality, base):
    (fig,) = [f for f in extract(text) if f.kind == "quantity"]
    extra = dict(fig.extra)
    assert (fig.value, fig.unit, extra["dimensionality"]) == (Decimal(value), unit, dimensionality)
    assert extra["base_value"] == pytest.approx(Decimal(base), rel=Decimal("1e-9"))


@pytest.mark.parametrize(
    "text",
    [
        "they spent 20 million pounds",  # money
        "a £25 pounds fee",
        "one foot in China, one foot out",
        "5 in 10 people agreed",
        "the 1990s",
        "5 m people",
        "Around 1.5m factory workers",  # million
        "A car will pay 4.50 pounds to use the tunnel",  # a price
        "ministers wasted 5 million pounds of taxpayers' money",
        "it spent 3 million pounds of its own money",
        "he was fined 50,000 pounds",
        "the fine was 50,000 pounds",
        "the firm raised 50m in funding",
        "the club paid 100m for the striker",
    ],
)
def test_not_quantities(text):
    assert [f for f in extract(text) if f.kind == "quantity"] == []


@pytest.mark.parametrize(
    ("text", "language", "kept"),
    [
        # a time of day as the language writes it holds no duration and no number
        ("Hacia las 18.30 horas se había estabilizado.", "es", []),
        ("A las 10:00 horas se reunió el comité.", "es", []),
        ("O incêndio começou às 18:30 horas.", "pt", []),
        ("O incêndio começou às 18.30.", "pt", []),
        ("Um 18.30 Uhr war die Hälfte stabilisiert.", "de", []),
        ("Gegen 9.15 Uhr begann die Sitzung.", "de", []),
        # durations stay, with a decimal mark or without minutes
        ("El vuelo duró 18,5 horas.", "es", ["18,5 horas"]),
        ("Trabajaron 12 horas seguidas.", "es", ["12 horas"]),
        ("durante las 24 horas del día", "es", ["24 horas"]),
        ("Der Streik dauerte 2,5 Stunden.", "de", ["2,5 Stunden"]),
    ],
)
def test_a_time_of_day_is_no_quantity(text, language, kept):
    assert [f.text for f in extract(text, None, language)] == kept


@pytest.mark.parametrize(
    ("text", "language", "written"),
    [
        ("son plus haut niveau depuis trois décennies", "fr", "trois décennies"),
        ("el nivel más alto en tres décadas", "es", "tres décadas"),
        ("a maior participação em três décadas", "pt", "três décadas"),
        ("der höchste Stand seit drei Jahrzehnten", "de", "drei Jahrzehnten"),
        ("the highest in three decades", "en", "three decades"),
    ],
)
def test_decades_are_ten_years_each_in_every_language(text, language, written):
    (found,) = extract(text, None, language)
    assert (found.text, found.value, found.unit) == (written, Decimal(30), "year")


def test_twelve_km_equals_twelve_thousand_metres():
    a, b = (dict(f.extra)["base_value"] for f in extract("12 km, or 12,000 metres."))
    assert a == b


@pytest.mark.parametrize(
    "text",
    ["3 to 4 litres of wine", "between 3 and 4 litres", "3 litres to 4 litres", "3-4 litres"],
)
def test_range_gives_two_linked_figures(text):
    low, high = extract(text)
    assert (low.value, high.value, low.range_with, high.range_with) == (3, 4, 1, 0)


@pytest.mark.parametrize("expression", sorted({*UNIT_NAMES.values(), *UNIT_SYMBOLS.values()}))
def test_stored_unit_facts_match_pint(expression):
    assert UNIT_FACTS[expression] == quantity.pint_facts(expression)


@pytest.mark.parametrize(
    "expression",
    [
        "kilowatt_hour / day",
        "watt / minute",
        "kilometer / second ** 2",
        "joule / meter ** 2 / year",
        "mile / gallon",
        "centimeter / millisecond",
    ],
)
def test_rate_facts_agree_with_pint(expression):
    """A rate's facts are worked out from its parts' stored facts; pint gives the same."""
    name, dimensionality, factor, offset = quantity.facts(expression)
    pint_name, pint_dimensionality, pint_factor, _ = quantity.pint_facts(expression)
    powers = quantity._dimension_powers
    assert powers(dimensionality) == powers(pint_dimensionality)
    assert factor == pytest.approx(Decimal(pint_factor), rel=Decimal("1e-12"))
    assert (name.replace("_", " "), offset) == (pint_name.replace("_", " "), 0)


@pytest.mark.parametrize(
    "text",
    [
        "a 5 km/2 hours walk",  # no unit stands right after the slash
        "the speed limit is 5 miles per the new rule",
        "warming of 2C per decade",  # a temperature is no rate's numerator
        "she was there 3 times a year ago",  # a date, not how often
        "the glacier lost 40 metres a year ago",  # a date again
        "they ate 10 kg of rice a week ago",
        "three times the cost",  # a ratio
    ],
)
def test_not_rates(text):
    assert all("/" not in (f.unit or "") for f in extract(text))


@pytest.mark.parametrize(
    "code",
    [
        "import figcheck, figcheck.cli",
        "from figcheck import extract; extract('a 12 km road and 3 hours')",
        "from figcheck import extract; extract('20 kWh per day, 3 m/s2, 2 J/m^2 per yr')",
    ],
)
def test_pint_is_not_imported(code):
    """pint costs half a second to load: known units must not need it."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    check = f"import sys; {code}; print('pint' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", check], capture_output=True, text=True, env=env)
    assert result.stdout.strip() == "False", result.stderr


#: An "m" set apart from its number: metres where it measures, millions elsewhere.
SPACED_M = [
    ("The trench is 5 m deep.", "quantity", "5"),
    ("Workers put up a 10 m fence.", "quantity", "10"),
    ("The dam stands 20 m high.", "quantity", "20"),
    ("The new mast reaches 120 m, the council said.", "quantity", "120"),
    ("The plot is 30 m by 20 m.", "quantity", "30"),
    ("Each tile is 1 m x 1 m.", "quantity", "1"),
    ("Ask for form tx-12 m.", None, None),
    ("The bridge cost $5 m to build.", "money", "5000000"),
    ("The club paid £7 m for him.", "money", "7000000"),
    ("About 4 m voters stayed home.", "count", "4000000"),
    ("The firm sold 1.5m units.", "count", "1500000"),
]


@pytest.mark.parametrize("text, kind, value", SPACED_M)
def test_spaced_m_is_metres_where_it_measures(text, kind, value):
    figures = extract(text)
    if kind is None:  # a number that ends a name measures nothing
        assert not [f for f in figures if f.kind == "quantity"]
    else:
        assert (figures[0].kind, figures[0].value) == (kind, Decimal(value))


#: Units of every kind of first character, in both cases, after spaces, hyphens and slashes.
UNIT_LEAD_TEXTS = [
    "12 km, 5 KM, 3 Kilometres, 4 square-metre plots and 9.8 m/s2 down.",
    "20 kWh per day, 1.5 MW, 30 °C, 2 µg, 4 mph, 7 GB and 3 Mbps.",
    "a 10-tonne truck, 6 Feet 2 inches, 5 LITRES, 8 oz and 40 sq ft.",
]


def test_unit_lead_finds_what_the_plain_words_find():
    """The first-character test before the unit words only skips places no unit starts."""
    import re

    from figcheck.text import alternation

    texts = UNIT_LEAD_TEXTS + [p.read_text(encoding="utf-8") for p in _fixture_files()]
    for words, flags in ((UNIT_SYMBOLS, 0), (UNIT_NAMES, re.I)):
        led = re.compile(quantity._alternation(words), flags)
        plain = re.compile(alternation(words, space=r"[\s-]"), flags)
        assert led.pattern != plain.pattern
        for text in texts:
            at = [(led.match(text, i) or [None])[0] for i in range(len(text))]
            assert at == [(plain.match(text, i) or [None])[0] for i in range(len(text))]
            assert any(at)


def _fixture_files() -> list[Path]:
    return sorted((Path(__file__).resolve().parents[2] / "fixtures").glob("*/01-*.txt"))
