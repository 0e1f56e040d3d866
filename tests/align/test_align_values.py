"""How close two figures' values are: a tie-breaker, from 0 to 1."""

from decimal import Decimal

import pytest

from figcheck.align.values import (
    digit_slip,
    far_apart,
    same_value,
    share_reach,
    thousands_apart,
    unit_swapped,
    value_closeness,
)
from figcheck.figures import Figure


def amount(value, unit="CNY", kind="money"):
    return Figure(kind, 0, 1, str(value), Decimal(value), unit)


def years(start, end, kind="period"):
    value = (start and f"{start}-01-01", end and f"{end}-12-31")
    return Figure(kind, 0, 1, "x", value)


def vague(text):
    return Figure("count", 0, 1, text, None, vague=True)


@pytest.mark.parametrize(
    "a, b, expected",
    [
        (amount("2.1e9"), amount("2.1e9"), 1.0),
        (amount("2.1e9"), amount("2.1e6"), 0.6),  # a scale slip
        (amount("2.1e9"), amount("2.1e3"), 0.6),  # two powers of a thousand apart
        (amount("2.1e9"), amount("40e6"), 0.6 * 40 / 2100),
        (amount("48", None, "count"), amount("50", None, "count"), 0.6 * 48 / 50),
        (amount("48", None, "count"), amount("4", None, "count"), 0.4),  # a digit lost
        (amount("16.3e6", "USD"), amount("1.6e6", "USD"), 0.4),  # a tenfold slip
        (amount("3e6", "USD"), amount("3e6", "EUR"), 0.3),  # another unit
        (amount("0"), amount("0"), 1.0),
        (amount("0", "USD"), amount("0", "EUR"), 1.0),
        (amount("-5"), amount("5"), 0.6),  # sizes compared, not signs
        (years(2031, 2031, "date"), years(2031, 2031, "date"), 1.0),
        (years(2031, 2031, "date"), years(2033, 2033, "date"), 0.2),  # two years apart
        (years(2031, 2031, "date"), years(2032, 2032, "date"), 0.3),
        (years(2031, 2031, "date"), years(2025, 2025, "date"), 0.0),  # far apart
        (years(None, 2019), years(2016, 2019), 0.9),  # "until 2019" / "from 2016 to 2019"
        (years(2016, None), years(2016, 2019), 0.9),  # "since 2016" / "from 2016 to 2019"
        (years(2016, 2019), years(2018, 2020), 0.7),  # overlapping
        (years(2016, 2019), amount("2019", None, "count"), 0.0),  # a period and a number
        (vague("thousands"), vague("Thousands"), 1.0),
        (vague("thousands"), vague("many"), 0.3),
        (vague("thousands"), amount("3000", None, "count"), 0.3),
        # a share of a whole as the percentage it states: "one in five" is 20%
        (amount("0.2", "share", "ratio"), amount("20", "%", "percent"), 1.0),
        (amount("0.2", "share", "ratio"), amount("35", "%", "percent"), 0.6 * 20 / 35),
        (amount("0.2", "share", "ratio"), amount("20", "pp", "percent"), 0.3 * 0.2 / 20),
        (amount("2", "times", "ratio"), amount("2", "%", "percent"), 0.3),  # not a share
    ],
)
def test_value_closeness(a, b, expected):
    assert value_closeness(a, b) == pytest.approx(expected)
    assert value_closeness(b, a) == pytest.approx(expected)


@pytest.mark.parametrize(
    "low, high, expected",
    [
        ("2.1", "2100", True),
        ("2.1", "2.1e6", True),
        ("2.1", "2.13e12", True),  # within 2%
        ("2.1", "2.2e6", False),
        ("2.1", "21", False),
        ("2.1", "2.1e15", False),  # beyond a trillion times: not a slip of scale words
        ("0", "1000", False),
    ],
)
def test_thousands_apart(low, high, expected):
    assert thousands_apart(Decimal(low), Decimal(high)) is expected


@pytest.mark.parametrize(
    "low, high, expected",
    [
        ("4", "48", True),  # the last digit lost
        ("1.94", "194", True),  # the decimal mark lost
        ("1450", "14500", True),
        ("6.24", "6.42", True),  # neighbouring digits swapped
        ("41.2", "42.1", True),  # ... across the decimal mark
        ("4.12", "42.1", False),  # ... not where the mark moved too
        ("1.6", "16.3", True),  # tenfold within rounding
        ("3.5", "83.5", False),  # a first digit is another number
        ("123", "213", False),  # ... swapped or not
        ("12", "21", True),  # but a number of two digits swapped whole is a slip (72/27 km)
        ("3.85", "85", False),
        ("162.47", "163.38", False),
    ],
)
def test_digit_slip(low, high, expected):
    assert digit_slip(Decimal(low), Decimal(high)) is expected


@pytest.mark.parametrize(
    "percent, reach",
    [
        ("20", "2"),  # "one in five": 18 to 22%
        ("10", "1"),
        ("33.33", "3"),  # "a third": at most three points either side
        ("50", "3"),  # "half"
        ("90", "3"),
        ("0.1", "0.01"),  # "one in a thousand"
    ],
)
def test_a_share_reaches_as_far_as_its_rounding(percent, reach):
    assert share_reach(Decimal(percent)) == Decimal(reach)


def test_a_share_is_far_from_a_percentage_as_its_percentage_is():
    one_in_five = amount("0.2", "share", "ratio")
    assert not far_apart(one_in_five, amount("35", "%", "percent"))
    assert far_apart(one_in_five, amount("45", "%", "percent"))
    assert far_apart(one_in_five, amount("20", "pp", "percent"))  # points are no share


@pytest.mark.parametrize(
    "share, other, expected",
    [
        ("0.2", amount("20", "%", "percent"), True),  # "one in five", "20%"
        ("0.2", amount("35", "%", "percent"), False),
        (str(Decimal(1) / 3), amount("33", "%", "percent"), True),  # "a third", "33%"
        ("0.2", amount("20", "pp", "percent"), False),  # points are no share
        ("0.2", amount("0.2", "times", "ratio"), False),  # nor a multiplier
    ],
)
def test_a_share_states_the_value_of_its_percentage(share, other, expected):
    fig = amount(share, "share", "ratio")
    assert same_value(fig, other) is expected
    assert same_value(other, fig) is expected


def test_the_value_index_finds_a_share_by_its_percentage():
    from types import SimpleNamespace

    from figcheck.align.values import ValueIndex

    one_in_five = SimpleNamespace(family="percent", figure=amount("0.2", "share", "ratio"))
    twenty = SimpleNamespace(family="percent", figure=amount("20", "%", "percent"))
    points = SimpleNamespace(family="percent", figure=amount("20", "pp", "percent"))
    index = ValueIndex([one_in_five, twenty, points])
    assert index.near("percent", amount("20", "%", "percent")) == [one_in_five, twenty]
    assert index.near("percent", amount("0.2", "share", "ratio")) == [one_in_five, twenty]
    assert index.near("percent", amount("20", "pp", "percent")) == [points]


def written(text, value, unit=None, kind="count"):
    return Figure(kind, 0, len(text), text, Decimal(value), unit)


@pytest.mark.parametrize(
    "a, b, far",
    [
        # a digit slips only where digits are written: "a thousand" is far from "12,000"
        (written("12,000", "12000"), written("1,200", "1200"), False),
        (written("12,000", "12000"), written("a thousand", "1000"), True),
        (written("12,000", "12000"), written("1,000", "1000"), False),
        # two digits swapped, the first with them, in a number of two ("72 km", "27 km")
        (written("72", "72", "km", "quantity"), written("27", "27", "km", "quantity"), False),
        (written("720", "720"), written("270", "270"), True),
    ],
)
def test_far_apart_unless_a_slip_of_the_pen(a, b, far):
    assert far_apart(a, b) is far


def test_two_digits_swapped_whole_are_no_evidence_on_their_own():
    from figcheck.align.values import pen_slip, slipped

    caps, times = written("24", "24"), written("42", "42")
    assert not pen_slip(caps, times) and not slipped(caps, times)
    assert not slipped(written("12,000", "12000"), written("a thousand", "1000"))
    assert slipped(written("12,000", "12000"), written("1,000", "1000"))


@pytest.mark.parametrize(
    "a, b, expected",
    [
        # an open period is its one written bound, however far its days run
        (("1960-01-01", None), ("2023-09-09", "2023-09-09"), 0.0),
        (("1960-01-01", None), ("1961-01-01", None), 0.4 * (1 - 1 / 4)),
        # a year with two digits after the first swapped is a slip of the pen
        (("1960-01-01", None), ("1906-01-01", None), 0.4),
        (("1960-01-01", "1960-12-31"), ("1906-01-01", "1906-12-31"), 0.0),
        (("1960-01-01", None), ("1960-01-01", None), 1.0),
    ],
)
def test_how_close_two_times_are(a, b, expected):
    fa, fb = Figure("period", 0, 1, "x", a), Figure("period", 0, 1, "y", b)
    assert value_closeness(fa, fb) == pytest.approx(expected)


def test_a_period_whose_year_has_two_digits_swapped_slipped():
    from figcheck.align.values import slipped

    since = [Figure("period", 0, 1, "since", (f"{y}-01-01", None)) for y in (1960, 1906, 1950)]
    assert slipped(since[0], since[1])
    assert not slipped(since[0], since[2])  # a digit changed is another year


SPEED = "[length] / [time]"


def measure(value, unit, dimensionality="[length] ** 2"):
    extra = (("dimensionality", dimensionality),)
    return Figure("quantity", 0, 1, f"{value} {unit}", Decimal(value), unit, extra=extra)


@pytest.mark.parametrize(
    "a, b, expected",
    [
        (measure("120000", "acre"), measure("120000", "hectare"), True),
        (measure("50", "mile / hour", SPEED), measure("50", "kilometer / hour", SPEED), True),
        (measure("120000", "acre"), measure("48500", "hectare"), False),  # a conversion
        (measure("120000", "hectare"), measure("120000", "hectare"), False),  # one unit
        (measure("12", "kilometer", "[length]"), measure("12", "hectare"), False),  # two measures
        (amount("12", "USD"), amount("12", "EUR"), False),  # money is unit-scale's by value
    ],
)
def test_the_same_number_in_another_unit_of_one_measure_is_a_unit_swap(a, b, expected):
    assert unit_swapped(a, b) is expected
    assert unit_swapped(b, a) is expected
