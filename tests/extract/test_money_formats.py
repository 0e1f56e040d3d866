"""More money formats: codes stuck to digits, compound amounts, prices written European-style."""

from decimal import Decimal

import pytest

from figcheck import extract

CASES = [
    ("they lost 75 USD million", [("75000000", "USD")]),
    ("it only cost 3 dollars 50 cents.", [("3.50", "USD")]),
    ("thirteen dollars and forty-five cents", [("13.45", "USD")]),
    ("it costs 15 dollars and 50.", [("15.50", "USD")]),
    ("$5 and 3 others", [("5", "USD")]),
    ("115USD", [("115", "USD")]),
    ("45,00 €", [("45.00", "EUR")]),
    ("12,000원", [("12000", "KRW")]),
    ("3,500円", [("3500", "JPY")]),
    ("9 800 Kč", [("9800", "CZK")]),
    ("MXN$ 15", [("15", "MXN")]),
    ("it costs $5", [("5", "USD")]),  # not "s $5" read as Singapore dollars
    ("for 420 million finnish markka", [("420000000", "FIM")]),
    ("10 $ is not much", [("10", "USD")]),
    ("A car will pay 4.50 pounds to use it", [("4.50", "GBP")]),
    ("20 million pounds", [("20000000", "GBP")]),
    ("she lost 25 pounds", []),
    ("it recalled 5 million pounds of beef", []),
    ("it recalled 12,000 pounds of ground turkey", []),
    ("ministers wasted 5 million pounds of taxpayers' money", [("5000000", "GBP")]),
    ("Britain will spend 2 billion pounds of new funding", [("2000000000", "GBP")]),
    ("it spent 3 million pounds of the budget", [("3000000", "GBP")]),
    ("he was fined 50,000 pounds", [("50000", "GBP")]),
    ("he lost his pen 7 times", []),
    ("half million usd", [("500000", "USD")]),
    # translated copy links a scale to its currency with "of"; a bare "of" links nothing
    ("the board froze the 4 billion of dollars it had pledged", [("4000000000", "USD")]),
    ("a grant of 2.5 million of euros", [("2500000", "EUR")]),
    ("she sold 9 of dollars' worth", []),
    # a letter glued before "€" or "£" is no sign of its own; before "$" it is ("A$")
    ("it will put A€900 million into venues", [("900000000", "EUR")]),
    ("it will put A$900 million into venues", [("900000000", "AUD")]),
    ("it costs $5", [("5", "USD")]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_money_formats(text, expected):
    money = [f for f in extract(text) if f.kind == "money"]
    assert [(f.value, f.unit) for f in money] == [(Decimal(a), c) for a, c in expected]
