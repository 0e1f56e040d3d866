"""Numbers beyond what a figure can mean are kept as text, never computed with (issue 17).

Anything above 10^30, or written with a power of ten beyond 30 either way, gives no
figure; numbers up to that bound keep every digit.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from figcheck import extract
from figcheck.extractors import extract as read
from figcheck.extractors import unparsed
from figcheck.figures import format_decimal

ZEROS_28 = "1" + "0" * 28  # 10^28, 29 digits

HUGE = [
    "1" + "0" * 31,
    "7e83",
    "9E10000000",
    "1x10^1000000",
    "5e999999 trillion",
    "9.99×10^99…",
    "2.5e-31 m",
    "9" * 5000,
    "1" * 100_000 + " people",
    "$1e400",
    "a 1x10^31 budget",
    "4" * 29 + " trillion dollars",
    # read by the Chinese and Japanese finder (a line with Han or full-width digits)
    "一千万亿亿亿亿元",
    "它花了" + "１" + "０" * 36 + "元",
    "$1" + "0" * 36 + " 和 三",
    "９×１０^３１",
    "3e31 个",
]

IN_REACH = [
    (ZEROS_28, "10000000000000000000000000000"),
    ("123456789012345678901234567890", "123456789012345678901234567890"),
    ("1x10^29", "100000000000000000000000000000"),
    ("1e30", "1" + "0" * 30),
    ("3.5e-7", "0.00000035"),
    ("1234567890123456.789 trillion", "1234567890123456789000000000"),
]


@pytest.mark.parametrize("text", HUGE)
def test_huge_numbers_give_no_figure_and_are_counted_unparsed(text):
    figures = extract(text)
    assert not [f for f in figures if f.kind not in ("date", "period") and f.text != "三"]
    assert unparsed(text, figures)


@pytest.mark.parametrize("text, value", IN_REACH)
def test_numbers_in_reach_keep_every_digit(text, value):
    values = [format_decimal(f.value) for f in extract(text)]
    assert values == [value]


@pytest.mark.parametrize(
    "value, shown",
    [
        ("1E+29", "100000000000000000000000000000"),
        ("1234567890123456789012345678901.50", "1234567890123456789012345678901.5"),
        ("-0", "-0"),
        ("0.50", "0.5"),
        ("1.0", "1"),
        ("2.48E-5", "0.0000248"),
        ("-1E+2", "-100"),
    ],
)
def test_format_decimal_is_exact_at_any_length(value, shown):
    assert format_decimal(Decimal(value)) == shown


digits = st.text("0123456789", min_size=1, max_size=60)
exponent = st.integers(-(10**7), 10**7).map(str)
powers = st.tuples(digits, st.sampled_from(["e", "E", "x10^", "×10^", " x 10^"]), exponent).map(
    "".join
)


@pytest.mark.parametrize("language", ["es", "fr", "pt", "de"])
@pytest.mark.parametrize(
    "text, values", [("10^40", []), ("0×10^1000000", ["0"]), ("1,5^3", ["3.375"])]
)
def test_powers_in_every_language_stay_in_reach(text, values, language):
    """Read as Spanish, French, Portuguese or German writes numbers, as in English."""
    assert [format_decimal(f.value) for f in read(text, None, language)] == values


@settings(max_examples=200, deadline=None, derandomize=True)
@given(
    st.one_of(digits, powers),
    st.sampled_from(["", " trillion", " million dollars", "%"]),
    st.sampled_from(["en", "es", "de"]),
)
def test_any_number_or_power_reads_without_error(number, tail, language):
    for fig in read(f"It was {number}{tail} in all.", None, language):
        json.dumps(fig.to_dict())
        if isinstance(fig.value, Decimal):
            assert abs(fig.value) <= Decimal(10) ** 30


@pytest.mark.parametrize("text", ["０の０乗", "$٠٠٠x١٠^٠", "0^0"])
def test_zero_to_the_power_zero_is_no_error(text):
    for fig in extract(text):
        assert fig.value is None or fig.value == 0
