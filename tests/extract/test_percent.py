"""Percent extraction: text -> (value, unit, qualifier) in text order."""

from decimal import Decimal

import pytest

from figcheck import extract

CASES = [
    ("profits rose 12% last year", [("12", "%", None)]),
    ("unemployment fell to 4.5 percent", [("4.5", "%", None)]),
    ("a 12 per cent stake", [("12", "%", None)]),
    ("margins of 12.5 pct", [("12.5", "%", None)]),
    ("twelve percent of voters", [("12", "%", None)]),
    ("nearly 50% of firms", [("50", "%", "nearly")]),
    ("more than 30 per cent", [("30", "%", "more than")]),
    ("about 7% of the budget", [("7", "%", "about")]),
    ("its budget increased 49% from a year earlier", [("49", "%", None)]),
    ("support fell 3 percentage points", [("3", "pp", None)]),
    ("a 2 pp rise", [("2", "pp", None)]),
    ("the jobless rate of 5% rose 1.5 points", [("5", "%", None), ("1.5", "pp", None)]),
    ("the team won by 3 points", []),
    # a level of a hundred points or more is an index, never a change in percentage points
    ("the index shed 1.2% to close at 4,512.3 points", [("1.2", "%", None)]),
    ("rates rose 25 bps", [("25", "bp", None)]),
    # a fraction of a point in words: points where it says so or a percentage is near
    ("the bank lifted its rate by a quarter of a percentage point", [("0.25", "pp", None)]),
    ("rates are 4% after a quarter-point hike", [("4", "%", None), ("0.25", "pp", None)]),
    ("it raised rates by half a percentage point", [("0.5", "pp", None)]),
    ("rates are 4%; it raised them by half a point", [("4", "%", None), ("0.5", "pp", None)]),
    ("a cut of three-quarters of a percentage point", [("0.75", "pp", None)]),
    ("yields are 3% after a half-point rise", [("3", "%", None), ("0.5", "pp", None)]),
    ("he won by half a point in the chess final", []),
    ("it took a quarter of the points", []),
    ("growth of 10-12% is expected", [("10", "%", None), ("12", "%", None)]),
    ("between 10% and 12%", [("10", "%", None), ("12", "%", None)]),
    ("a 100% rise", [("100", "%", None)]),
    ("a drop of -3%", [("-3", "%", None)]),
    # a fall from one level to another: both are percentages
    ("the rate fell from 6 to 4 percent", [("6", "%", None), ("4", "%", None)]),
    ("COVID-19 cases", []),
    # before "the", a comparison with the thing the figure belongs to: no bound on it
    ("inflation far above the 2% target", [("2", "%", None)]),
    ("prices rose well over the 2 per cent goal", [("2", "%", None)]),
    ("above the 1-3% band", [("1", "%", None), ("3", "%", None)]),
    ("more than the 40% it forecast", [("40", "%", None)]),
    ("inflation above 2% for a year", [("2", "%", "above")]),
    ("only the 5% stake", [("5", "%", "only")]),
    ("up to the 5% cap", [("5", "%", "up to")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_percent_figures(text, expected):
    found = [f for f in extract(text) if f.kind == "percent"]
    assert [(f.value, f.unit, f.qualifier) for f in found] == [
        (Decimal(v), u, q) for v, u, q in expected
    ]


@pytest.mark.parametrize(
    "text",
    ["growth of 10-12% is expected", "from 3% to 5%", "between 10% and 12%", "10 to 12 percent"],
)
def test_range_ends_are_linked(text):
    low, high = extract(text)
    assert (low.range_part, low.range_with, high.range_part, high.range_with) == (
        "low", 1, "high", 0,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("Prices rose 10 per cent.", ["10 per cent"]),  # the full stop ends the sentence
        ("a 10 per cent. rise", ["10 per cent."]),  # the abbreviation's dot
        ("up 5 pct. from May", ["5 pct."]),
        ("up 5 pct.\nNext line", ["5 pct"]),
        ("It fell 3 percent. The rest", ["3 percent"]),
    ],
)
def test_sentence_full_stop_is_not_part_of_the_figure(text, spans):
    assert [f.text for f in extract(text) if f.kind == "percent"] == spans
