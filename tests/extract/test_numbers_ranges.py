"""English ranges whose scale word is written once, after the high end: the low end takes it."""

from decimal import Decimal

import pytest

from figcheck import extract

M, B = 10**6, 10**9

#: text, the kind of both ends, low and high value, and whether the low end borrowed a scale.
RANGES = [
    ("The repairs will cost $3 to $5 million.", "money", 3 * M, 5 * M, True),
    ("It may cost between $2 and $4 billion.", "money", 2 * B, 4 * B, True),
    ("The fund asked for £1-£2m last year.", "money", 1 * M, 2 * M, True),
    ("The refit will cost $3-5 million.", "money", 3 * M, 5 * M, True),
    ("It may cost between £2 and 4 billion.", "money", 2 * B, 4 * B, True),
    ("Some 3 to 5 million people left.", "count", 3 * M, 5 * M, True),
    ("Between three and five million voters stayed home.", "count", 3 * M, 5 * M, True),
    ("The plan needs between 3 and 5 billion yuan.", "money", 3 * B, 5 * B, True),
    ("The cost is 3-5 million dollars.", "money", 3 * M, 5 * M, True),
    ("A 3-to-5 million dollar plan was shelved.", "money", 3 * M, 5 * M, True),
    ("Some three-to-five million people left.", "count", 3 * M, 5 * M, True),
    ("The port handles 2 – 4 million tonnes.", "quantity", 2 * M, 4 * M, True),
    # A change is read the same way: both ends take the scale.
    ("Members rose from 3 to 5 million users.", "count", 3 * M, 5 * M, True),
    ("Profit rose from £3 to £5 million.", "money", 3 * M, 5 * M, True),
    # Not a shared scale: the low end is bigger, a comma stands between, "and" lists two,
    # or the currencies differ.
    ("Tickets cost $300 to $2 million.", "money", 300, 2 * M, False),
    ("It had $3 and $5 million in its accounts.", "money", 3, 5 * M, False),
    ("It paid €3 to buy $5 million of bonds.", "money", 3, 5 * M, False),
    ("Children aged 3 to 5, million-dollar homes.", "number", 3, 5, False),
    ("Some 3 and 5 million people.", "number", 3, 5 * M, False),
    ("It costs $3 to 5 people.", "money", 3, 5, False),
]


@pytest.mark.parametrize("text, kind, low, high, borrowed", RANGES)
def test_low_end_takes_the_scale_of_the_high_end(text, kind, low, high, borrowed):
    figures = [f for f in extract(text) if f.kind in ("money", "count", "quantity", "number")]
    assert [f.value for f in figures[:2]] == [Decimal(low), Decimal(high)]
    if borrowed:  # one range of one kind: the low end reads what follows the high end
        assert [(f.kind, f.range_part) for f in figures[:2]] == [(kind, "low"), (kind, "high")]
        assert figures[0].range_with is not None
    else:
        assert figures[0].kind == kind


def test_a_borrowed_scale_keeps_the_low_end_span():
    text = "Some 3 to 5 million people left."
    low = extract(text)[0]
    assert (text[low.start : low.end], low.scale, low.noun) == ("3", "million", "people")


#: "X to Y" after a verb of change: a range (True) or the change and the level it reached.
CHANGES = [
    ("Unemployment rose 0.4% to 7.6% in March.", False),
    ("Shares fell by 2% to 98%.", False),
    ("Prices are expected to rise 2% to 3% this year.", True),
    ("Tariffs of 10% to 25% apply.", True),
    ("The dose rose from 44 mg to 50 mg.", True),
    # "by" right before the low end, its verb further back in the clause
    ("The population fell for a second year, by 2.08 million to 1.409 billion.", False),
    ("Output could grow, the miner said, by 2 million to 3 million tonnes.", True),
    # a verb in the past tense reports one change and the level it reached
    ("The operating margin shrank 2.1% to 5.9%.", False),
    ("Its margin is expected to shrink 2.1% to 5.9%.", True),
]


@pytest.mark.parametrize("text, ranged", CHANGES)
def test_a_change_and_its_level_are_no_range(text, ranged):
    first, second = extract(text)[:2]
    assert (first.range_part, second.range_part) == (("low", "high") if ranged else (None, None))


@pytest.mark.parametrize(
    "text, low",
    [
        # "by a third to 2.4 billion": the change and the level, no range of billions
        ("Profit dropped by more than a third to 2.4 billion euros.", ("a third", None)),
        ("Output fell by a third to 2 million tonnes.", ("a third", None)),
        ("Some 3 to 5 million people left.", ("3", "million")),
        # ... nor without "by": a part in words is a change, never a range's low end
        ("Sales rose more than a quarter to 2.31 trillion yen.", ("a quarter", None)),
        ("Sales rose a third to 1.2 billion dollars.", ("a third", None)),
    ],
)
def test_a_change_lends_no_scale_to_its_level(text, low):
    first = extract(text)[0]
    assert (first.text, first.scale) == low


@pytest.mark.parametrize(
    "text, expected",
    [
        # a part in words before "to" and a figure with a unit: the change, and the level
        ("Sales rose more than a quarter to 2.31 trillion yen.",
         [("number", "a quarter", None), ("money", "2.31 trillion yen", "JPY")]),
        ("Sales rose a third to 1.2 billion dollars.",
         [("number", "a third", None), ("money", "1.2 billion dollars", "USD")]),
        ("Its share rose by a quarter to 12%.",
         [("number", "a quarter", None), ("percent", "12%", "%")]),
        ("The river grew by a third to 12 km.",
         [("number", "a third", None), ("quantity", "12 km", "kilometer")]),
        # two amounts with their unit stay a range
        ("Prices of 3 to 5 million yen.",
         [("money", "3", "JPY"), ("money", "5 million yen", "JPY")]),
    ],
)
def test_a_part_in_words_takes_no_unit_from_the_level_after_it(text, expected):
    assert [(f.kind, f.text, f.unit) for f in extract(text)] == expected
