"""Bare numbers and the number parsing every kind shares: text -> values."""

from decimal import Decimal

import pytest

from figcheck import extract
from figcheck.extractors.numbers import NUMBER_RE, number_value

NUMBERS = [
    ("to recruit 200 in five years", ["200"]),
    ("under the age of 40", ["40"]),
    ("a score of 7.5", ["7.5"]),
    ("a population of 3 million", ["3000000"]),
    ("a budget of 2.5bn", ["2500000000"]),
    ("about 200 000 in total", ["200000"]),
    ("the temperature fell to -5", ["-5"]),
    ("three quarters.", ["0.75"]),  # ("three quarters of" is a share: a ratio)
    # Not numbers: years, dates, ordinals, times, a lone "one".
    ("in 2019", []),
    ("between 2013 and 2015", []),
    ("On August 24th", []),
    ("in June 2022", []),
    ("on 24 August", []),
    ("the 2nd round", []),
    ("at 21:21", []),
    ("posted 2023-08-26", []),
    ("one said", []),
    ("the first time", []),
    ("L2 and MP3", []),
    ("5G networks and 3D printers", []),
    ("a factor of 2.48×10−5", ["0.0000248"]),
]


@pytest.mark.parametrize("text, expected", NUMBERS)
def test_bare_numbers(text, expected):
    found = [f for f in extract(text) if f.kind == "number"]
    assert [f.value for f in found] == [Decimal(v) for v in expected]


PARSING = [
    ("420,000", "420000"),
    ("1.234,56", "1234.56"),
    (".25", "0.25"),
    ("12,34,567", "1234567"),
    ("2 1/4", "2.25"),
    ("2½", "2.5"),
    ("eight", "8"),
    ("twenty-five", "25"),
    ("two hundred and five", "205"),
    ("a dozen", "12"),
    ("half a dozen", "6"),
    ("two thousand", "2000"),
    ("one and a half", "1.5"),
    ("three million", "3000000"),
    ("two hundred point five", "200.5"),
    ("twenty-one thousand three hundred", "21300"),
    ("3 million", "3000000"),
    ("5bn", "5000000000"),
    ("minus 4", "-4"),
    ("1.3e6", "1300000"),
    ("1.144.000", "1144000"),
    ("45,00", "45"),
]


@pytest.mark.parametrize("text, value", PARSING)
def test_number_values(text, value):
    match = NUMBER_RE.fullmatch(text)
    assert match is not None
    assert number_value(match) == Decimal(value)


@pytest.mark.parametrize(
    "text, values",
    [
        ("between two and three", ["2", "3"]),  # "and" joins only after hundred/thousand
        ("3-5", ["3", "5"]),
        ("5/17/2018", ["5", "17", "2018"]),  # no fraction inside a date
        ("COVID-19", ["19"]),  # a dash after a word is no minus sign
        # number words join as English writes them, and no further
        ("five ten-year bonds", ["5", "10"]),
        ("two one-hour sessions", ["2", "1"]),
        ("twenty one-bedroom flats", ["20", "1"]),
        ("three twenty-somethings", ["3", "20"]),
        ("nine thirty", ["9", "30"]),
        ("twenty one", ["21"]),
        ("a twenty-one-year-old", ["21"]),
        ("one million two hundred thousand and five", ["1200005"]),
        ("two thousand and five", ["2005"]),
        ("nineteen ninety", ["19", "90"]),
    ],
)
def test_number_boundaries(text, values):
    assert [number_value(m) for m in NUMBER_RE.finditer(text)] == [Decimal(v) for v in values]


#: Texts where a number starts with each kind of first character NUMBER_RE's lead lets through.
LEAD_TEXTS = [
    "Minus 4 degrees, negative 12 and -3 or −7.",
    "A dozen, half a million, a quarter billion and a third of a billion.",
    "Quarter of a million and Half a dozen.",
    "Twenty-one trillion three hundred; Eleven, zero, nine and seventy.",
    "a hundred thousand dollars, ONE HUNDRED AND FIVE, Six.",
    "½ cup, 2¾ miles, .5 points, ...9 runs and 1.2.3 versions.",
    "3,5 million, 1.234,56 euros, 12,34,567.89 rupees and 2.48×10−5.",
    "Forty percent of the fourteen sixteenths; eighty five.5",
]


def _fixture_texts() -> list[str]:
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "fixtures"
    return [p.read_text(encoding="utf-8") for p in sorted(root.glob("*/*.txt"))]


def _found(pattern, text):
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def test_number_lead_finds_what_the_plain_start_finds():
    """The first-character test before NUMBER only skips places where no number starts."""
    import re

    from figcheck.extractors.numbers import NUMBER, VULGAR

    plain = re.compile(rf"(?=[-−.{''.join(VULGAR)}]|\b\w)" + NUMBER, re.I)
    for text in LEAD_TEXTS + _fixture_texts():
        assert _found(NUMBER_RE, text) == _found(plain, text)
    assert all(_found(NUMBER_RE, text) for text in LEAD_TEXTS)
