"""Money extraction: text -> (amount, currency) in text order."""

from decimal import Decimal

import pytest

from figcheck import extract

CASES = [
    ("signing bonuses of 3 million yuan", [("3000000", "CNY")]),
    ("3 million yuan to 5 million yuan", [("3000000", "CNY"), ("5000000", "CNY")]),
    ("bonuses of 3 to 5 million yuan", [("3000000", "CNY"), ("5000000", "CNY")]),
    ("$420,000 to $700,000", [("420000", "USD"), ("700000", "USD")]),
    (
        "as much as 15 million yuan, or about $2.1 million",
        [("15000000", "CNY"), ("2100000", "USD")],
    ),
    ("€ 5bn was raised", [("5000000000", "EUR")]),
    ("a £3m grant", [("3000000", "GBP")]),
    ("USD 10 per share", [("10", "USD")]),
    ("it cost 5 €", [("5", "EUR")]),
    ("HK$1.2 billion in loans", [("1200000000", "HKD")]),
    ("US$ 75 million of bonds", [("75000000", "USD")]),
    ("RMB 300 million", [("300000000", "CNY")]),
    ("Rs 500 fee", [("500", "INR")]),
    ("2 crore rupees", [("20000000", "INR")]),
    ("five lakh rupees", [("500000", "INR")]),
    ("85 million yuan to Kunpeng", [("85000000", "CNY")]),
    ("60 million to 100 million yen", [("60000000", "JPY"), ("100000000", "JPY")]),
    ("¥500 million deal in Tokyo with a Japanese firm", [("500000000", "JPY")]),
    ("¥500 million paid by Beijing, China", [("500000000", "CNY")]),
    ("50 cents each", [("0.50", "USD")]),
    ("€1.234,56 total", [("1234.56", "EUR")]),
    ("they won 3 games", []),
    ("Rs. 1,200 only", [("1200", "INR")]),
    ("no money here, just 12 people", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_money_amounts(text, expected):
    money = [f for f in extract(text) if f.kind == "money"]
    assert [(f.value, f.unit) for f in money] == [(Decimal(a), c) for a, c in expected]


def test_offsets_slice_back_to_text():
    text = "Bonuses of 3 million yuan, or $420,000, were paid."
    for fig in extract(text):
        assert text[fig.start : fig.end] == fig.text


@pytest.mark.parametrize(
    "text, conversions",
    [
        # (index of stated conversion, index of the amount it converts)
        ("3 million yuan ($411,000)", {1: 0}),
        ("15 million yuan, or $2.06 million", {1: 0}),
        ("about 60 million yen (about 3 million yuan)", {1: 0}),
        ("3 million to 5 million yuan ($411,000-$686,000)", {2: 0, 3: 1}),
        ("3 to 5 million yuan, or $420,000 to $700,000", {2: 0, 3: 1}),
        ("3 million yuan and later $420,000", {}),
        ("$5 million and $6 million", {}),
        # A noun or two before the bracket: still the amount's conversion.
        ("a 45 billion yen project (about $290 million)", {1: 0}),
        ("a 45 billion yen recycling plant (about $290 million)", {1: 0}),
        ("45 billion yen for the new recycling plant (about $290 million)", {}),
        ("45 billion yen and 2 billion yuan", {}),
    ],
)
def test_stated_conversions(text, conversions):
    money = [f for f in extract(text) if f.kind == "money"]
    found = {i: f.conversion_of for i, f in enumerate(money) if f.conversion_of is not None}
    assert found == conversions


@pytest.mark.parametrize(
    "text, qualifier",
    [
        ("up to 1.5 million yuan", "up to"),
        ("as much as 15 million yuan", "as much as"),
        ("almost $2.1 million", "almost"),
        ("about $2.1 million", "about"),
        ("$2.1 million", None),
    ],
)
def test_money_qualifiers(text, qualifier):
    (fig,) = extract(text)
    assert fig.qualifier == qualifier


def test_ambiguous_yen_sign_without_context():
    (fig,) = extract("The fee was ¥5,000.")
    assert set(fig.ambiguous) == {"CNY", "JPY"}


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        # a price per unit carries the unit it is per, in the quantity finder's names
        ("Cleaners earn $17.25/hour now.", [("$17.25/hour", "17.25", "hour")]),
        ("Copper fetched $9,100 per tonne.", [("$9,100 per tonne", "9100", "metric_ton")]),
        ("Crude settled at $71 a barrel.", [("$71 a barrel", "71", "oil_barrel")]),
        ("The offer values it at $42 per share.", [("$42 per share", "42", "share")]),
        ("Rents reach £60 per sq ft.", [("£60 per sq ft", "60", "foot ** 2")]),
        ("He is paid 4 dollars 20 cents an hour.", [("4 dollars 20 cents an hour", "4.2", "hour")]),
        # cents and pence on the digits, before what they pay for
        ("Milk went up 8c a litre.", [("8c a litre", "0.08", "liter")]),
        ("Bus fares rose 15c per trip in the county.", [("15c per trip", "0.15", "trip")]),
        ("The lender paid 12p a share.", [("12p a share", "0.12", "share")]),
        (
            "Saffron went from $800 per kg to $1,100 per kg.",
            [("$800 per kg", "800", "kilogram"), ("$1,100 per kg", "1100", "kilogram")],
        ),
        (
            "Tolls rose from 3 to 5 dollars a day.",
            [("3", "3", "day"), ("5 dollars a day", "5", "day")],
        ),
        # no price per unit: an amount dated "a year ago", "per" meaning "according to"
        ("The fund raised $3 million a year ago.", [("$3 million", "3000000", None)]),
        ("Fees rose to $40, per the filing.", [("$40", "40", None)]),
        ("It cost $12 per the old tariff.", [("$12", "12", None)]),
        (
            "Sold for US$2 billion/A$3 billion.",
            [("US$2 billion", "2000000000", None), ("A$3 billion", "3000000000", None)],
        ),
    ],
)
def test_price_per_unit(text, amounts):
    found = [f for f in extract(text) if f.kind == "money"]
    assert [(f.text, str(f.value), dict(f.extra).get("per")) for f in found] == amounts


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        # "M" onto a code in capitals: millions of that currency
        ("Write-downs passed 12 MUSD last year.", [("12 MUSD", "12000000", "USD")]),
        ("The deal is worth MEUR 3.5 in cash.", [("MEUR 3.5", "3500000.0", "EUR")]),
        ("Sales reached eighty MSEK.", [("eighty MSEK", "80000000", "SEK")]),
        # a code that starts with M is itself, and an "M" with no code is nothing
        ("Tickets cost MXN 450 each.", [("MXN 450", "450", "MXN")]),
        ("The MUSD team won 5 games.", []),
    ],
)
def test_millions_written_onto_the_code(text, amounts):
    found = [f for f in extract(text) if f.kind == "money"]
    assert [(f.text, str(f.value), f.unit) for f in found] == amounts


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        # South Africa's "R" glued to an amount with a scale, thousands or cents: rand
        ("The utility wants R4.2 billion more.", [("R4.2 billion", "4200000000.0", "ZAR")]),
        ("The phone sells for R12,999 online.", [("R12,999", "12999", "ZAR")]),
        ("A loaf now costs R18.50.", [("R18.50", "18.50", "ZAR")]),
        # a bare "R" and a number is a road, a coefficient or a grade
        ("Take the R61 north.", []),
        ("The fit had an R2 of 0.9.", []),
    ],
)
def test_rand_glued_to_its_amount(text, amounts):
    found = [f for f in extract(text) if f.kind == "money"]
    assert [(f.text, str(f.value), f.unit) for f in found] == amounts


#: Codes before and after amounts, in both cases, glued, spaced, with a sign or a letter after.
CODE_LEAD_TEXTS = [
    "USD 5, 5 USD, usd5, 30 MUSD, MEUR 120, EUR$ 9, 7 GBPs, 4 Eur.",
    "12 CHF million, ſek 3, 8 JPYé, 2 $ US, 3 € EUR, 15 euros, BRL15 and AUD-9",
]


def test_code_lead_finds_what_the_plain_codes_find():
    """The three-letter test before the currency codes only skips places no code starts."""
    import re

    from figcheck.extractors import money
    from figcheck.text import alternation

    plain_code = alternation(money.CURRENCY_CODES)
    led = [money.PRE_RE, money.POST_RE, money._words("fr").post, money._words("es").post]
    for pattern in led:
        plain = re.compile(pattern.pattern.replace(money._CODE, plain_code), pattern.flags)
        assert plain.pattern != pattern.pattern
        for text in CODE_LEAD_TEXTS:
            assert _probed(pattern, text) == _probed(plain, text)
            assert any(_probed(pattern, text))


def _probed(pattern, text: str) -> list:
    """What ``pattern`` matches from each place of ``text`` and finds up to each place (as
    PRE_RE is searched up to a number)."""
    places = range(len(text) + 1)
    matched = [pattern.match(text, i) for i in places]
    searched = [pattern.search(text, 0, i) for i in places]
    return [m and m.span() for m in matched + searched]
