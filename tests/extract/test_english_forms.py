"""English as real copy writes it: text -> figures as (kind, value, unit).

One table per form (issue 13): hard-wrapped scale words, markup between a number
and its unit, Indian numbering, currency spellings, ratios, spun number words.
Every sentence here is invented for the test.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from figcheck import extract


def figures(text: str) -> list[tuple[str, Decimal | None, str | None]]:
    return [(f.kind, f.value, f.unit) for f in extract(text) if f.kind not in ("date", "period")]


def rows(table):
    return [
        (text, [(k, None if v is None else Decimal(v), u) for k, v, u in want])
        for text, want in table
    ]


LINE_BREAKS = [
    ("The council paid $38\nmillion for the bridge.", [("money", "38000000", "USD")]),
    ("a loss of 4.5\r\nbillion euros last year", [("money", "4500000000", "EUR")]),
    ("About 12\n  million people voted.", [("count", "12000000", None)]),
    # a blank line ends the paragraph: the scale word there starts a new one
    ("The fee was $38\n\nMillion Dollar Quartet opens tonight.", [("money", "38", "USD")]),
]


INDIAN = [
    ("The budget sets aside Rs 2.3 lakh crore for roads.", [("money", "2300000000000", "INR")]),
    ("a Rs 1.5 lakh crores outlay", [("money", "1500000000000", "INR")]),
    ("₹50 thousand crore in loans", [("money", "500000000000", "INR")]),
    ("a fine of Rs 5,00,000 was paid", [("money", "500000", "INR")]),
    ("₹1,00,00,000 in prize money", [("money", "10000000", "INR")]),
    ("the 12,50,000 voters of the district", [("count", "1250000", None)]),
    ("Rs 500 cr for schools", [("money", "5000000000", "INR")]),
    ("Rs 5 lacs each", [("money", "500000", "INR")]),
    ("two lakh crore rupees", [("money", "2000000000000", "INR")]),
    ("3 lakh people attended", [("count", "300000", None)]),
    ("a 40 crore project", [("number", "400000000", None)]),
]


@pytest.mark.parametrize("text, expected", rows(LINE_BREAKS + INDIAN))
def test_scale_words(text, expected):
    assert figures(text) == expected


MARKUP = [
    (".md", "Bonuses of **3 million** yuan were paid.", [("money", "3000000", "CNY")]),
    (".md", "Bonuses of **3** million yuan.", [("money", "3000000", "CNY")]),
    (".md", "Bonuses of 3 million  yuan.", [("money", "3000000", "CNY")]),
    (".md", "Inflation hit _12.5_ per cent.", [("percent", "12.5", "%")]),
    (".md", "a rise of 5&percnt; in May", [("percent", "5", "%")]),
    (".md", "a [12 km](https://x.invalid/12) road", [("quantity", "12", "kilometer")]),
    (".html", "Bonuses of <b>3 million</b> yuan.", [("money", "3000000", "CNY")]),
    (".html", "<p>up <em>7</em>&nbsp;%</p>", [("percent", "7", "%")]),
    (".html", "<span>&#36;</span>4.5 billion", [("money", "4500000000", "USD")]),
    (".html", '<img alt="growth > 5%" src="c.png">Sales fell.', []),
    (".html", "<a title='about 40 people' href=\"/x\">Read</a> on", []),
    (".html", '<td data-value="1200">1,200</td> tonnes', [("quantity", "1200", "metric_ton")]),
]


@pytest.mark.parametrize("suffix, text, expected", MARKUP)
def test_markup_between_number_and_unit(suffix, text, expected, tmp_path):
    from helpers import read

    from figcheck.document import load

    path = tmp_path / f"story{suffix}"
    path.write_text(text, encoding="utf-8")
    version = read(load(str(path)))
    found = [(f.kind, f.value, f.unit) for f in version.figures if f.kind not in ("date", "period")]
    assert found == [(k, Decimal(v), u) for k, v, u in expected]


CURRENCIES = [
    ("a fine of 100 Swedish crowns", [("money", "100", "SEK")]),
    ("5 billion Swedish kronor in aid", [("money", "5000000000", "SEK")]),
    ("40 million Norwegian crowns", [("money", "40000000", "NOK")]),
    ("2 billion Czech crowns", [("money", "2000000000", "CZK")]),
    ("an Aus$5 million grant", [("money", "5000000", "AUD")]),
    ("an AUS$5 million grant", [("money", "5000000", "AUD")]),
    ("5 million AU dollars", [("money", "5000000", "AUD")]),
    ("A$3.5 billion for the line", [("money", "3500000000", "AUD")]),
    ("C$3 billion in bonds", [("money", "3000000000", "CAD")]),
    (
        "Cdn$4 million and CDN$ 6 million",
        [("money", "4000000", "CAD"), ("money", "6000000", "CAD")],
    ),
    ("a $1.7 billion Cdn contract", [("money", "1700000000", "CAD")]),
    ("it raised $5 million AUD", [("money", "5000000", "AUD")]),
    ("Rs. 250 crore for ports", [("money", "2500000000", "INR")]),
    ("a 50 TL note", [("money", "50", "TRY")]),
    ("TL 1.5 billion in taxes", [("money", "1500000000", "TRY")]),
    ("the TLC 50 series", [("number", "50", None)]),
    ("tickets cost CHF12", [("money", "12", "CHF")]),
    ("a JPY85bn loan", [("money", "85000000000", "JPY")]),
    ("EUR3.5m raised", [("money", "3500000", "EUR")]),
    ("the A380 and the MH370", []),
    ("R$ 41.5 billion in sales", [("money", "41500000000", "BRL")]),
    (
        "NZ$2.1 billion, HK$1.2bn and S$500 million",
        [
            ("money", "2100000000", "NZD"),
            ("money", "1200000000", "HKD"),
            ("money", "500000000", "SGD"),
        ],
    ),
]


@pytest.mark.parametrize("text, expected", rows(CURRENCIES))
def test_currency_spellings(text, expected):
    assert figures(text) == expected


def money(text: str) -> list[tuple[str, str, tuple[str, ...], str | None]]:
    return [
        (f.text, f.unit, f.ambiguous, dict(f.extra).get("currency_from"))
        for f in extract(text)
        if f.kind == "money"
    ]


DOLLARS = [
    # nothing said: "$" is the US dollar, and nothing is recorded
    ("The $5 million deal closed.", [("$5 million", "USD", (), None)]),
    # one other dollar named, the US one never: the bare sign is that dollar
    (
        "The Aus$5 billion budget grew. Frankly, $3 billion is too much.",
        [("Aus$5 billion", "AUD", (), None), ("$3 billion", "AUD", (), "article")],
    ),
    (
        "All figures are in Canadian dollars. Sales hit $3 billion.",
        [("$3 billion", "CAD", (), "article")],
    ),
    # a suffix names the dollar
    ("a $1.7 billion Cdn contract", [("$1.7 billion Cdn", "CAD", (), "suffix")]),
    # a stated conversion of another dollar is in US dollars, and shows the article uses
    # "$" for them: another bare "$" may be either
    (
        "It could cost A$7 billion ($4.8 billion). The $2 billion plan was shelved.",
        [
            ("A$7 billion", "AUD", (), None),
            ("$4.8 billion", "USD", (), "conversion"),
            ("$2 billion", "USD", ("USD", "AUD"), "ambiguous"),
        ],
    ),
    # converted into US dollars, so not US dollars
    (
        "It cost $5 million (US$3.4 million), in Australian dollars.",
        [("$5 million", "AUD", (), "conversion"), ("US$3.4 million", "USD", (), None)],
    ),
    (
        "A C$5 million grant, US$2 million in loans and $3 million more.",
        [
            ("C$5 million", "CAD", (), None),
            ("US$2 million", "USD", (), None),
            ("$3 million", "USD", ("USD", "CAD"), "ambiguous"),
        ],
    ),
]


@pytest.mark.parametrize("text, expected", DOLLARS)
def test_which_dollar(text, expected):
    assert money(text) == expected


def test_dollar_decided_from_article_is_a_stated_conversion_source():
    figs = [f for f in extract("It cost $5 million (US$3.4 million), in Australian dollars.")]
    assert figs[1].conversion_of == 0


RATIOS = [
    ("One in five residents has left.", [("ratio", "0.2", "share")]),
    ("nine out of 10 growers agreed", [("ratio", "0.9", "share")]),
    ("one of every four homes", [("ratio", "0.25", "share")]),
    ("a one in a million chance", [("ratio", "0.000001", "share")]),
    ("a third of the budget", [("ratio", str(Decimal(1) / 3), "share")]),
    ("two-thirds of voters", [("ratio", str(Decimal(2) / 3), "share")]),
    ("three quarters of the staff", [("ratio", "0.75", "share")]),
    # quarters of a year are a period, not three fourths
    ("in the first three quarters of the year", []),
    ("sales rose in three quarters of 2022", []),
    # four and more quarters are counted, never fourths: "six quarters" is no 1.5
    ("growth was the fastest in six quarters.", [("count", "6", None)]),
    ("it was the best result in twenty-one quarters.", [("count", "21", None)]),
    ("it rose by three quarters.", [("number", "0.75", None)]),
    # "a third" ... "a tenth" before a word of a series is a rank, no share; before a
    # word of a streak, how many in a row (figcheck.extractors.count)
    ("output fell by a third last year.", [("number", str(Decimal(1) / 3), None)]),
    ("prices rose for a third straight session.", [("count", "3", None)]),
    ("she won a fourth consecutive title.", [("count", "4", None)]),
    ("he is seeking a third term.", []),
    ("a third wave of infections", []),
    ("sold to a third party", []),
    ("inflation slowed for a fifth month.", [("count", "5", None)]),  # a streak, no share
    ("exports rose a fifth-straight month.", [("count", "5", None)]),
    ("a quarter century later", [("quantity", "0.25", "century")]),
    ("one-fifth of homes", [("ratio", "0.2", "share")]),
    ("half of the staff", [("ratio", "0.5", "share")]),
    ("the deficit was cut by half.", [("ratio", "0.5", "share")]),
    ("More than half were evacuated.", [("ratio", "0.5", "share")]),
    ("nearly half voted", [("ratio", "0.5", "share")]),
    ("HALF OF THE VOTERS stayed home", [("ratio", "0.5", "share")]),  # capitals
    ("Half the fleet was grounded.", [("ratio", "0.5", "share")]),
    ("more than half an hour", []),
    ("He ate half.", []),
    ("3/4 of the vote", [("ratio", "0.75", "share")]),
    ("twice as many people", [("ratio", "2", "times"), ("count", None, None)]),
    ("twice the national rate", [("ratio", "2", "times")]),
    ("more than double the cost", [("ratio", "2", "times")]),
    ("costs will nearly double", [("ratio", "2", "times")]),
    ("profits doubled", [("ratio", "2", "times")]),
    ("sales tripled", [("ratio", "3", "times")]),
    ("output halved", [("ratio", "0.5", "times")]),
    ("three times higher", [("ratio", "3", "times")]),
    ("2.5 times the size of Wales", [("ratio", "2.5", "times")]),
    ("a threefold rise", [("ratio", "3", "times")]),
    ("a ten-fold increase", [("ratio", "10", "times")]),
    ("shares trade at 12x earnings", [("ratio", "12", "times")]),
    # not ratios
    ("He built 5 in 10 years.", [("number", "5", None), ("quantity", "10", "year")]),
    ("twice a year", [("quantity", "2", "1 / year")]),  # how often: no ratio
    ("a double room", []),
    ("double-digit growth", []),
    ("tennis doubles", []),
    ("a 3x3 grid", []),
    ("half an hour", []),
    ("the 2nd half of the game", []),
    ("half a million people", [("count", "500000", None)]),
]


@pytest.mark.parametrize("text, expected", rows(RATIOS))
def test_ratios(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text, qualifier, noun",
    [
        ("more than double the cost", "more than", None),
        ("nearly double", "nearly", None),
        ("One in five residents left.", None, "residents"),
        ("a third of the striking workers", None, "striking workers"),
    ],
)
def test_ratio_qualifier_and_noun(text, qualifier, noun):
    (fig,) = [f for f in extract(text) if f.kind == "ratio"]
    assert (fig.qualifier, fig.noun) == (qualifier, noun)


SPUN = [
    ("Inflation hit eighty five.5% in the year.", [("percent", "85.5", "%")]),
    ("a rate of 95-point-75 percent", [("percent", "95.75", "%")]),
    ("the monthly rate, four.Fifty three%, was", [("percent", "4.53", "%")]),
    ("ninety nine.9 per cent of the vote", [("percent", "99.9", "%")]),
    ("it grew 3 point 5 percent", [("percent", "3.5", "%")]),
    ("five.5 million people", [("count", "5500000", None)]),
    ("a Twenty-one.5 km race", [("quantity", "21.5", "kilometer")]),
    ("eighty five point five percent", [("percent", "85.5", "%")]),
    # a percent word hyphenated to its number, as an adjective
    ("a 61-point-four-percent fall", [("percent", "61.4", "%")]),
    ("a 12-percent rise in rents", [("percent", "12", "%")]),
    ("a 7.5-per-cent cut", [("percent", "7.5", "%")]),
    ("a two-percentage-point rise", [("percent", "2", "pp")]),
    ("a 2 percentage-point gap", [("percent", "2", "pp")]),
    # not spun: abbreviations, and "points" as a unit word
    ("the U.S. e.g. No.5 list", []),
    ("a 3 point lead", [("number", "3", None)]),
]


@pytest.mark.parametrize("text, expected", rows(SPUN))
def test_spun_number_words(text, expected):
    assert figures(text) == expected


PRICE_SIGNS = [
    ("a ticket at 40 ₪", [("money", "40", "ILS")]),
    ("30 Lek a night", [("money", "30", "ALL")]),
    ("it sells for 1 NT$", [("money", "1", "TWD")]),
    ("about 12 BZ$ each", [("money", "12", "BZD")]),
    ("a fee of 9 S/.", [("money", "9", "PEN")]),
    ("a 1 B/. coin", [("money", "1", "PAB")]),
    ("20 Fr. at the door", [("money", "20", "CHF")]),
    ("NIS 5 million in grants", [("money", "5000000", "ILS")]),
    ("5 GEL per ride", [("money", "5", "GEL")]),
    ("a 5 gel pack", [("number", "5", None)]),
    ("5 Brits came", [("count", "5", None)]),
    ("RM50 each", [("money", "50", "MYR")]),
    ("Rs1,599.00 only", [("money", "1599", "INR")]),
    ("the BMW320 model", []),
    # whole-unit currencies group thousands with a dot; ",-" marks a whole amount
    ("Rp 31.500 a kilo", [("money", "31500", "IDR")]),
    ("200.000 đ a bowl", [("money", "200000", "VND")]),
    ("1.727 Ft in all", [("money", "1727", "HUF")]),
    ("50,- Kč each", [("money", "50", "CZK")]),
    ("a sofa at 4.299,- in the sale", [("number", "4299", None)]),
    ("it cost 31.500 dollars", [("money", "31.5", "USD")]),
    ("2963yen at the shop", [("money", "2963", "JPY")]),
]


PRICE_SIGNS += [
    # cents said after the currency without their name, before a word that counts nothing
    ("tickets are 18 dollars 75 each", [("money", "18.75", "USD")]),
    ("it came to 9 EUR 40 more", [("money", "9.4", "EUR")]),
    ("he paid 6 dollars 30 workers", [("money", "6", "USD"), ("count", "30", None)]),
]


@pytest.mark.parametrize("text, expected", rows(PRICE_SIGNS))
def test_price_signs(text, expected):
    assert figures(text) == expected


def values(text: str) -> list[Decimal]:
    return [f.value for f in extract(text) if f.kind not in ("date", "period")]


NUMBER_WORDS = [
    ("the tank was twenty and three fifths.", ["20.6"]),
    ("exactly two and fifty-four hundredths", ["2.54"]),
    ("it came to three and one fourth", ["3.25"]),
    ("one twenty-fifth", ["0.04"]),
    ("a hundred and thirty fifths", ["26"]),
    ("one hundred and three quarters", ["100.75"]),
    ("five billion and three quarters", ["5750000000"]),
    ("two million and one half", ["2500000"]),
    ("The town has 3 million and a half", ["3500000"]),
    ("one billion and a half million", ["1000500000"]),
    ("two billion and three quarters million", ["2000750000"]),
    ("two thirds of a million", [str(Decimal(2000000) / 3)]),
    ("a quarter of a million", ["250000"]),
    ("he scored 3 dozens", ["36"]),
    ("nine point nought four", ["9.04"]),
    ("nought point eleven", ["0.11"]),
    ("it's 1.1^23 in all", [str(Decimal("1.1") ** 23)]),
    ("a rate of 2.5^-1", ["0.4"]),
    ("10^6 in all", ["1000000"]),
    # a power that is none ("^--") and a string of dotted parts are no numbers, nor parts
    ("the input read 4.2^--7", []),
    ("the code is 31.4159.27182.81", []),
    ("the count went 7, 8...9", ["7", "8", "9"]),
    ("I can give you 3 hundred and 21", ["321"]),
    ("4 thousand 3 hundred and 21 in all", ["4321"]),
    ("3 hundred and 2 hundred", ["300", "200"]),
    ("one over three", [str(Decimal(1) / 3)]),
    ("2000 over 3", [str(Decimal(2000) / 3)]),
    # a fraction of "a hundred thousand", and a big scale in digits with words after "and"
    ("a hundred thousand billionths", ["0.0001"]),
    ("it holds 4 crore and three hundred", ["40000300"]),
    ("the tally was 2 million and fifty.", ["2000050"]),
    ("it sold for $4 million and two years later", ["4000000"]),
    # a cheque's comma and ampersand
    ("pay five million, six hundred & ten only", ["5000610"]),
    ("seven hundred & nine", ["709"]),
    # ... but a list of big numbers stays a list
    ("four million, five million", ["4000000", "5000000"]),
    # a short scale after the spaces markup leaves
    ("a bonus of 30  k each", ["30000"]),
    ("The population is 1 414 021 100.", ["1414021100"]),
    # not numbers: ordinals, idioms
    ("the twenty-first century", []),
    ("a twenty-fifth anniversary", []),
    ("it was all for nought", []),
    ("the one hundred and fifth anniversary", []),
    ("a thousand and first night", []),
    ("one hundred and five in all", ["105"]),
    ("won by 3 over 2 days", ["3", "2"]),
]


@pytest.mark.parametrize("text, expected", NUMBER_WORDS)
def test_number_words(text, expected):
    assert values(text) == [Decimal(v) for v in expected]


QUANTITIES = [
    ("a dose of 14 mGy", [("quantity", "14", "milligray")]),
    ("up to 20 mSv a year", [("quantity", "20", "millisievert")]),
    ("a ⅓ cup of sauce", [("quantity", str(Decimal(1) / 3), "cup")]),
    ("the plant handles 4,500 tpd.", [("quantity", "4500", "metric_ton")]),  # per day
    ("about 66 Ma ago", [("quantity", "66", "megayear")]),
    (
        "They were given 45 and 50 mg of it.",
        [
            ("quantity", "45", "milligram"),
            ("quantity", "50", "milligram"),
        ],
    ),
    ("3 or 4 km away", [("quantity", "3", "kilometer"), ("quantity", "4", "kilometer")]),
    # a bare number far larger than the amount with the unit does not share it
    (
        "it fetched 6 million and three years later 8 million",
        [("number", "6000000", None), ("number", "8000000", None)],
    ),
    (
        "2.5 million and 700,000 tonnes",
        [("quantity", "2500000", "metric_ton"), ("quantity", "700000", "metric_ton")],
    ),
    ("He has 3 children and 5 km to walk", [("count", "3", None), ("quantity", "5", "kilometer")]),
    # "pm" and "am" after a number that cannot be an hour: picometres, attometres
    ("a bond length of 154 pm", [("quantity", "154", "picometer")]),
    ("a width of 0.85 am", [("quantity", "0.85", "attometer")]),
    ("open from 9 am to 6 pm", []),
    # "a" or "an" counts one of a measure, unless it is a rate's "per"
    ("she drank a litre of water", [("quantity", "1", "liter")]),
    ("an exabyte of logs", [("quantity", "1", "exabyte")]),
    ("the farm yields a tonne a day", [("quantity", "1", "metric_ton")]),
    ("milk costs $3 a gallon", [("money", "3", "USD")]),
    ("it runs 40 miles a gallon", [("quantity", "40", "mile")]),
    # a "t" set apart from digits weighs in tonnes before a word in lower case
    ("the mill ground 12,500 t of maize", [("quantity", "12500", "metric_ton")]),
    ("a load of 3.2 t arrived", [("quantity", "3.2", "metric_ton")]),
    ("3 t-shirts", [("count", "3", None)]),
    # a quantity named, not written with digits
    ("the gas was chilled to near absolute zero", [("quantity", "0", "kelvin")]),
    ("a kilometre-long queue", []),
]


@pytest.mark.parametrize("text, expected", rows(QUANTITIES))
def test_quantities(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    rows(
        [
            # a share is stated over a small or round whole; otherwise the counts are the figures
            ("killing 212 out of 238 people", [("number", "212", None), ("count", "238", None)]),
            ("two out of five hundred households", [("ratio", "0.004", "share")]),
            # a plural scale after digits or a number word still multiplies
            ("one out of two thousands homes", [("ratio", "0.0005", "share")]),
            ("a queue of 6 hundreds", [("number", "600", None)]),
            ("one in 1,000 people", [("ratio", "0.001", "share")]),
        ]
    ),
)
def test_shares_over_round_wholes(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("text", ["A $2 billion package was promised.", "It is a $2 billion fund."])
def test_an_article_before_a_dollar_sign_names_no_dollar(text):
    assert money(text) == [("$2 billion", "USD", (), None)]


NOTATION = [
    # finance shorthand in capitals after a currency sign; lower case is a unit
    ("a valuation of US$ 4MM", [("money", "4000000", "USD")]),
    ("output worth $3.2T in all", [("money", "3200000000000", "USD")]),
    ("a 12mm pipe", [("quantity", "12", "millimeter")]),
    ("a 5T truck", []),
    # a "$" glued to digits signs the next amount, not the number before it
    ("he paid with 2 $20 notes", [("number", "2", None), ("money", "20", "USD")]),
    ("it costs 5 $ here", [("money", "5", "USD")]),
    # British and Indian shorthand for per cent, in lower case; trillions as "trn", "trln"
    ("prices rose 5pc in May", [("percent", "5", "%")]),
    ("up 3.5 p.c. on the year", [("percent", "3.5", "%")]),
    ("5 PCs and 7 pcs of cake", [("number", "5", None), ("number", "7", None)]),
    ("a €1.1trn plan", [("money", "1100000000000", "EUR")]),
    ("a 1.2 trln yen budget", [("money", "1200000000000", "JPY")]),
    # basis points as "bp" (lower case: "BP" is a company)
    ("rates were cut by 75bp", [("percent", "75", "bp")]),
    ("a 25 bp rise and 5 BP stations", [("percent", "25", "bp"), ("count", "5", None)]),
    # a fraction hyphenated to its numerator is a fraction before any word
    ("a two-thirds majority", [("number", str(Decimal(2) / 3), None)]),
    ("a two thirds majority", [("number", str(Decimal(2) / 3), None)]),
    # a whole number hyphenated to its fraction
    ("a 2-1/2 percent rise", [("percent", "2.5", "%")]),
    # an exponent or an uncertainty is no figure of its own; a factor times a power is one
    ("exactly 4x3^5 cells", [("count", "972", None)]),
    ("a buffer of 16×2^8 bytes", [("quantity", "4096", "byte")]),
    ("2^16 in all", [("number", "65536", None)]),
    ("a mass of 12.5±0.3 kg", [("quantity", "12.5", "kilogram")]),
    ("it weighs 40 +/- 2 pounds", [("quantity", "40", "pound")]),
    # aircraft models are no figures; a range of numbers still is two
    ("a Boeing 787-9 and a 737 MAX 8 landed", []),
    ("Airbus A350-1000 jets", []),
    ("a 100-150 range", [("number", "100", None), ("number", "150", None)]),
    # a network address is no number; a date or a dotted large number still is
    ("the router at 10.0.0.12 rebooted", []),
    ("a fine of 1.250.000.000 rubles", [("money", "1250000000", "RUB")]),
    # a larger unit with a smaller after it is one figure, in the larger unit
    ("she is 5 feet 4 inches tall", [("quantity", str(5 + Decimal(4) / 12), "foot")]),
    ("a 6 ft 3 in fence", [("quantity", str(6 + Decimal(3) / 12), "foot")]),
    ("a calf of 90 lb and 8 oz", [("quantity", "90.5", "pound")]),
    ("a 6 ft wall and 3 inches of snow", [("quantity", "6", "foot"), ("quantity", "3", "inch")]),
    # a list without spaces is one number each; two items, or groups of three, are not a list
    ("see clauses 4,9,12 and 15", [("number", v, None) for v in ("4", "9", "12", "15")]),
    ("a fine of 1,234,567 dollars", [("money", "1234567", "USD")]),
    # "halves" ends a fraction anywhere; a singular rank word after a number is no fraction
    ("it came to five halves in all", [("number", "2.5", None)]),
    ("the one hundred fifth", []),
    ("three quarter pounders", []),
    # dozens after "and" are the last term only
    ("four hundred and three dozen eggs", [("count", "436", None)]),
    ("three dozen eggs", [("count", "36", None)]),
]


@pytest.mark.parametrize("text, expected", rows(NOTATION))
def test_notation(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text, first, last",
    [
        # a compound number word counts whole, and "in the future" counts forward
        ("It will close twenty-one years from now.", "2044-01-01", "2044-12-31"),
        ("The probe arrives two years in the future.", "2025-01-01", "2025-12-31"),
        ("The mine opened fifteen years ago.", "2008-01-01", "2008-12-31"),
        ("the past thirty-one days", "2023-07-27", "2023-08-26"),
    ],
)
def test_spans_counted_in_words(text, first, last):
    import datetime as dt

    (fig,) = [f for f in extract(text, dt.date(2023, 8, 26)) if f.kind in ("date", "period")]
    assert [str(d) for d in fig.value] == [first, last]


@pytest.mark.parametrize(
    "text, qualifier",
    [
        # qualifiers after a figure read as the one before it that says the same
        ("5,000 or more people came", "at least"),
        ("a crowd of 20,000 or so", "about"),
        ("7,000-plus troops", "at least"),
        ("5,000-odd homes", "about"),
        ("20,000+ fans", "at least"),
        ("$5 million or less", "at most"),
        ("patients aged 40 or older", "at least"),
        ("children aged 12 or younger", "at most"),
        ("1+1 is two", None),
        ("€5+VAT", None),
    ],
)
def test_qualifiers_after_the_figure(text, qualifier):
    fig = extract(text)[0]
    assert fig.qualifier == qualifier


def test_a_qualifier_after_a_count_stands_before_its_noun():
    (fig,) = extract("7,000-plus troops arrived")
    assert (fig.kind, fig.value, fig.qualifier, fig.noun) == ("count", 7000, "at least", "troops")


SPACED_M = [
    # a bare "m" after an article and before a noun of money is a million; before another
    # singular noun it measures
    ("the club agreed a 4 m contract", [("number", "4000000", None)]),
    ("a 7 m grant for the museum", [("number", "7000000", None)]),
    ("they dug a 4 m trench", [("quantity", "4", "meter")]),
    # after a verb of motion "m" measures too, before a preposition as well
    ("the climber fell about 9 m onto the ledge", [("quantity", "9", "meter")]),
    ("she swam 200 m in the lake", [("quantity", "200", "meter")]),
    ("they raised 6 m in pledges", [("number", "6000000", None)]),
    ("the show drew 3 m viewers", [("count", "3000000", None)]),
]


@pytest.mark.parametrize("text, expected", rows(SPACED_M))
def test_spaced_m(text, expected):
    assert figures(text) == expected


CLOCK = [
    # a time of day is no figure: before "am"/"pm" or a time zone, or after "at" and
    # before a day word; the day words themselves stay dates
    ("The ferry sails at 6 am and returns at 11.45 p.m.", []),
    ("Polls close at 8pm, and 412 stations report by 9:30 PM.", [("count", "412", None)]),
    ("The vote starts at 14.00 CET.", []),
    ("the launch at 7.15 on Thursday", []),
    ("a meeting at 9.45 tomorrow", []),
    # a price after "at" stays a figure, as do decimals that cannot be a clock
    ("The shares closed at 11.45.", [("number", "11.45", None)]),
    ("The yen was at 1.42 on Tuesday.", [("number", "1.42", None)]),
    ("at 9.45 the rate was 6.25 %", [("number", "9.45", None), ("percent", "6.25", "%")]),
]


@pytest.mark.parametrize("text, expected", rows(CLOCK))
def test_clock_times_are_no_figures(text, expected):
    assert figures(text) == expected


NEWS_CORNERS = [
    # "won" as a verb is no currency; after an amount it is the Korean won
    (
        "Of the 30 seats to be won, the Greens had won 4 of them.",
        [("count", "30", None), ("number", "4", None)],
    ),
    ("The regulator imposed a fine of 7 billion won.", [("money", "7000000000", "KRW")]),
    # ... and after a count too small for a sum, or before "by" and a name, it is the verb
    (
        "Of the 9 titles, 6 won by Norwegians were relays.",
        [("count", "9", None), ("number", "6", None)],
    ),
    ("The 318 won by the Liberals in 1993 still stand.", [("number", "318", None)]),
    ("A ticket costs 1,250 won by the day.", [("money", "1250", "KRW")]),
    # a number in words with its scale makes a sum of a wordy name too; without one, or
    # before "pounds" (a weight as well), it does not
    ("Profit stayed under one trillion won.", [("money", "1000000000000", "KRW")]),
    ("The plant cost two billion rand.", [("money", "2000000000", "ZAR")]),
    ("Of the races, three won prizes.", [("count", "3", None)]),
    ("The farm shipped five million pounds.", [("count", "5000000", None)]),
    # a code that is an English word ("ALL", "TOP") is that word in capitals, unless the
    # text names its currency; after an amount at the end of a price tag it is the code
    ("ALL 3 ENGINES FAILED ON TAKE-OFF", [("count", "3", None)]),
    ("TOP 20 SCHOOLS NAMED", [("count", "20", None)]),
    ("The lek slid and savers kept ALL 80,000 in cash.", [("money", "80000", "ALL")]),
    ("A night in the capital cost 9,000 lek.", [("money", "9000", "ALL")]),
    ("a souvenir for 4 GEL", [("money", "4", "GEL")]),
    # an "m" on the digits after a verb of motion or level, where what moves moves by
    # lengths, is metres; after figures that rise it stays a million
    ("The lake rose 0.8m in a week.", [("quantity", "0.8", "meter")]),
    ("Sea levels could rise 1.1m by the end of the century.", [("quantity", "1.1", "meter")]),
    ("He jumped 2.1m to win gold.", [("quantity", "2.1", "meter")]),
    ("Subscribers jumped 2.1m last quarter.", [("number", "2100000", None)]),
    ("Turnout rose 1.2m on the last vote.", [("number", "1200000", None)]),
    (
        "It was sold for $1.2m to 1.2m buyers.",
        [("money", "1200000", "USD"), ("count", "1200000", None)],
    ),
    # ... as it is after a noun of a length; after a sum's noun, or before a plural, millions
    ("The mast has a height of 64m.", [("quantity", "64", "meter")]),
    (
        "Its main span is 310m and its width 22m.",
        [("quantity", "310", "meter"), ("quantity", "22", "meter")],
    ),
    ("Swimmers faced waves of up to 4m.", [("quantity", "4", "meter")]),
    ("The shortfall is 64m.", [("number", "64000000", None)]),
    ("a distance of 3m viewers", [("count", "3000000", None)]),
    # a year before a plural noun in mid-sentence is a year, not a count
    ("In 2018 farmers were paid less.", []),
    ("By 2035 trucks will run on hydrogen.", []),
    ("Between 2011 and 2016 nurses left the service.", []),
    ("From 2004 to 2009 miners struck twice.", []),
    # a sign set apart from its amount
    (
        "a fee of US$ 7 and a loan of $ 3bn and a grant of £ 4.5m",
        [("money", "7", "USD"), ("money", "3000000000", "USD"), ("money", "4500000", "GBP")],
    ),
    # the sign first and its country after ("$US40m"), a code before a spaced "$", "U.S. $"
    (
        "a deal worth $US40 million, or $A61 million",
        [("money", "40000000", "USD"), ("money", "61000000", "AUD")],
    ),
    (
        "a CAD $45 fee and a grant of U.S. $3 million",
        [("money", "45", "CAD"), ("money", "3000000", "USD")],
    ),
    # pence on the digits where the sentence is about sterling, shares or a price
    (
        "Shares in the miner slid 14p to 312p in London.",
        [("money", "0.14", "GBP"), ("money", "3.12", "GBP")],
    ),
    ("A loaf now costs 95p.", [("money", "0.95", "GBP")]),
    # cents on the digits where the sentence names a dollar, a euro or cents, after a price
    # word or before a unit paid per; the euro's cents where only the euro is named
    ("Tram tickets went from 90c to $1.10.", [("money", "0.9", "USD"), ("money", "1.1", "USD")]),
    ("Diesel rose 11c, to €1.74 a litre.", [("money", "0.11", "EUR"), ("money", "1.74", "EUR")]),
    ("Gas climbed 14 cents to 2 euros.", [("money", "0.14", "EUR"), ("money", "2", "EUR")]),
    # a dollar's country in the sentence keeps the cents the dollar's
    (
        "A stamp costs 73 cents in the US and €1.30 in Spain.",
        [("money", "0.73", "USD"), ("money", "1.3", "EUR")],
    ),
    ("A stamp now costs 65c.", [("money", "0.65", "USD")]),
    ("The coast hit 31c on the hottest day.", []),
    # a "c" after a capitalized word ends a label, even beside a price
    ("Flat 4c rents for $950.", [("money", "950", "USD")]),
    ("The 720p stream froze at 9pm.", []),
    # the size of a number is no figure
    ("She took a six-figure job and a 12-digit code.", []),
    # regional signs before the amount: Kenya's, Egypt's (no pound sterling), Bangladesh's
    (
        "The levy raised KSh4.2bn, E£900m and Tk 120 crore.",
        [
            ("money", "4200000000", "KES"),
            ("money", "900000000", "EGP"),
            ("money", "1200000000", "BDT"),
        ],
    ),
    # East Africa's shilling as "Sh", whose country the places nearby tell
    (
        "Farmers near Nakuru, Kenya, were paid Sh1.2 billion and Sh 450,000 in arrears.",
        [("money", "1200000000", "KES"), ("money", "450000", "KES")],
    ),
    ("The Kampala council set aside Sh3bn for roads.", [("money", "3000000000", "UGX")]),
    ("Dodoma, Tanzania, raised the fee to TSh 2,500.", [("money", "2500", "TZS")]),
    # crowns, whose country the places nearby tell (any of five where none does); after
    # digits only
    ("Prague will spend 4.5 billion crowns on roads.", [("money", "4500000000", "CZK")]),
    ("Oslo set aside 300 million crowns.", [("money", "300000000", "NOK")]),
    ("The fund will spend 4.5 billion crowns.", [("money", "4500000000", "SEK")]),
    ("The team won three crowns.", [("count", "3", None)]),
    # pesos: whose, the places nearby tell, else the text's (its dateline), else Mexico's
    # (the others kept as readings); a country named before them says it at once
    ("Manila will spend 2.3 billion pesos on dikes.", [("money", "2300000000", "PHP")]),
    (
        "MANILA, March 14 - Floods hit the south.\n\n"
        + "Rain fell for days. " * 20
        + "Damage reached 2.3 billion pesos.",
        [("money", "2300000000", "PHP")],
    ),
    ("Buenos Aires raised 900 million pesos.", [("money", "900000000", "ARS")]),
    ("The fund will spend 4.5 billion pesos.", [("money", "4500000000", "MXN")]),
    ("a fine of 500,000 Philippine pesos", [("money", "500000", "PHP")]),
    ("a fine of 500,000 Chilean pesos", [("money", "500000", "CLP")]),
    # Nigeria's naira as an "N" on the digits, in copy about Nigeria only, with a scale,
    # thousands or cents (not a mask's, a road's or a grade's letter)
    (
        "A Nigerian mill raised N12bn and N750,000 in grants.",
        [("money", "12000000000", "NGN"), ("money", "750000", "NGN")],
    ),
    ("Output hit N4bn in the quarter.", []),
    ("Staff in Lagos wore N95 masks.", []),
    # a comma before one digit and a scale word groups nothing: a decimal comma
    (
        "a grant of €1,5 million for 2,4 million pupils",
        [("money", "1500000", "EUR"), ("count", "2400000", None)],
    ),
    # the cents sign
    ("A stamp rose to 68¢.", [("money", "0.68", "USD")]),
    # a code glued to its amount, before a comma
    ("Fares rose to CHF12, then to CHF14.", [("money", "12", "CHF"), ("money", "14", "CHF")]),
    # temperatures, speeds and areas as news writes them
    (
        "It was minus 7C in the hills and -7 °C in town.",
        [("quantity", "-7", "degree_Celsius"), ("quantity", "-7", "degree_Celsius")],
    ),
    (
        "Trucks are limited to 30 km/h over 1,200 sq km.",
        [("quantity", "30", "kilometer / hour"), ("quantity", "1200", "kilometer ** 2")],
    ),
    ("Water boils at 100° Celsius at sea level.", [("quantity", "100", "degree_Celsius")]),
    (
        "The blaze covered 840 sq miles; crews drove at 60 km per hour.",
        [("quantity", "840", "mile ** 2"), ("quantity", "60", "kilometer / hour")],
    ),
    ("The ramp turns through 45°.", [("quantity", "45", "degree")]),
]


@pytest.mark.parametrize("text, expected", rows(NEWS_CORNERS))
def test_news_corners(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize(
    "text, vague",
    [
        # loose words count people, of the order their scale word gives
        ("A handful of passengers were hurt.", [("A handful", 0)]),
        ("a couple of hundred fans waited", [("a couple of hundred", 2)]),
        ("a few dozen pupils and several dozen miners", [("a few dozen", 1), ("several dozen", 1)]),
        ("Dozens of homes and scores of people", [("Dozens", 1), ("scores", 1)]),
        # ... and nothing where they are a noun of their own, or count no people
        ("Test scores were higher than last year.", []),
        ("The couple have a dog.", []),
        ("The talks lasted a couple of weeks.", []),
        ("A handful of towns voted.", []),
    ],
)
def test_vague_counts(text, vague):
    assert [(f.text, f.magnitude) for f in extract(text) if f.vague] == vague


@pytest.mark.parametrize(
    "text, sums",
    [
        # a sum told only by its order: money with no amount, of that magnitude
        ("The rebuild cost tens of millions of dollars.", [("USD", 7)]),
        ("Several billion euros were lost.", [("EUR", 9)]),
        ("Britain paid millions of pounds for it.", [("GBP", 6)]),
        # a currency of several countries: whose, the places tell, as for an amount
        ("Manila lost billions of pesos.", [("PHP", 9)]),
        # pounds of weight are no sum, and thousands of people no money
        ("Millions of pounds of scrap were shipped.", []),
        ("Thousands of workers paid $20 each.", []),
    ],
)
def test_vague_sums(text, sums):
    assert [(f.unit, f.magnitude) for f in extract(text) if f.kind == "money" and f.vague] == sums


#: Multiples at the start of a text and of a line, after letters, points and signs.
X_TEXTS = [
    "3x faster, a3x, A 1.5x gain, 1.5.2x, 10X the cost, 2x 3 boards",
    "2x\nx4 and 4x, (5x) -6x _7x é8x 12x3 40x.",
]


def test_multiple_pattern_finds_what_the_word_boundary_first_finds():
    """_X_RE checks its word boundary behind the first digit, so the engine skips to digits."""
    import re

    from figcheck.extractors.ratio import _X_RE

    plain = re.compile(r"\b(?P<n>\d+(?:\.\d+)?)x\b(?![^\S\n]*[\d×x])", re.I)
    for text in X_TEXTS:
        found = [m.span() for m in _X_RE.finditer(text)]
        assert found == [m.span() for m in plain.finditer(text)]
        assert len(found) >= 4
