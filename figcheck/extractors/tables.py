"""Fact tables the extractors read: number words, scales, currencies, qualifiers.

Kept apart from the parsing code so that a new currency or qualifier is a data change.
"""

from __future__ import annotations

from decimal import Decimal

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip

#: Words that multiply what stands before them. Short forms follow newswire usage.
SCALES: dict[str, Decimal] = {
    "hundred": Decimal(100),
    "thousand": Decimal(1000),
    "k": Decimal(1000),
    "lakh": Decimal(100_000),
    "lakhs": Decimal(100_000),
    "lac": Decimal(100_000),
    "lacs": Decimal(100_000),
    "million": Decimal(10**6),
    "millions": Decimal(10**6),
    "mn": Decimal(10**6),
    "mln": Decimal(10**6),
    "m": Decimal(10**6),
    "crore": Decimal(10**7),
    "crores": Decimal(10**7),
    "cr": Decimal(10**7),
    # Indian copy counts large sums in crores of crores: "Rs 2.3 lakh crore" = 2.3 × 10^12.
    "thousand crore": Decimal(10**10),
    "thousand crores": Decimal(10**10),
    "lakh crore": Decimal(10**12),
    "lakh crores": Decimal(10**12),
    "billion": Decimal(10**9),
    "billions": Decimal(10**9),
    "bn": Decimal(10**9),
    "bln": Decimal(10**9),
    "mil": Decimal(10**6),
    "tln": Decimal(10**12),
    "b": Decimal(10**9),
    "trillion": Decimal(10**12),
    "tn": Decimal(10**12),
}
#: Scale words that are ordinary words or letters too: only read right after digits.
TIGHT_SCALES = {"k", "m", "b", "mn", "bn", "tn", "mil", "cr"}

#: Symbols that name a currency; "$" alone is read as USD and "¥" is decided by context.
CURRENCY_SYMBOLS: dict[str, str] = {
    "US$": "USD",
    "U.S.$": "USD",
    "HK$": "HKD",
    "A$": "AUD",
    "AU$": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "NZ$": "NZD",
    "S$": "SGD",
    "NT$": "TWD",
    "R$": "BRL",
    "MX$": "MXN",
    "Mex$": "MXN",
    "US $": "USD",
    "HK $": "HKD",
    "C $": "CAD",
    "NZ $": "NZD",
    "$": "USD",
    "€": "EUR",
    "£": "GBP",
    "¥": "CNY|JPY",
    "￥": "CNY|JPY",
    "元": "CNY",
    "₹": "INR",
    "Rs.": "INR",
    "Rs": "INR",
    "₩": "KRW",
    "₽": "RUB",
    "₺": "TRY",
    "₫": "VND",
    "₱": "PHP",
    "฿": "THB",
    "₪": "ILS",
    "zł": "PLN",
    "Fr.": "CHF",
    "kr": "SEK|NOK|DKK|ISK",
    "Rp": "IDR",
    "RM": "MYR",
    "₡": "CRC",
    "₾": "GEL",
    "₭": "LAK",
    "₿": "BTC",
    "₤": "GBP",
    "₴": "UAH",
    "₦": "NGN",
}

#: Symbols written after the amount ("45,00 €", "12,000원"); "kr" is handled apart.
POST_SYMBOLS: dict[str, str] = {
    "€": "EUR", "£": "GBP", "元": "CNY", "zł": "PLN", "¥": "CNY|JPY", "$": "USD", "₡": "CRC",
    "₾": "GEL", "₭": "LAK", "₿": "BTC", "원": "KRW", "円": "JPY", "₤": "GBP", "₽": "RUB",
    "₴": "UAH", "₦": "NGN", "₹": "INR", "Kč": "CZK", "руб": "RUB", "рублей": "RUB",
    "грн": "UAH", "Ft": "HUF", "лв": "BGN", "Р": "RUB", "р.": "RUB", "р": "RUB", "₫": "VND",
    "KD": "KWD", "lei": "RON", "Dinara": "RSD", "تومان": "IRR", "جنيه": "EGP", "درهم": "AED",
    "ريال": "SAR",
}  # fmt: skip

#: ISO 4217 codes figcheck accepts as written codes; RMB is the usual alias of CNY.
CURRENCY_CODES: dict[str, str] = {
    code: code
    for code in (
        "USD EUR GBP JPY CNY HKD TWD KRW INR AUD CAD NZD SGD CHF SEK NOK DKK ISK PLN CZK HUF "
        "RON BGN HRK RUB TRY BRL MXN ARS CLP COP PEN ZAR NGN EGP KES ILS AED SAR QAR THB IDR "
        "MYR PHP VND PKR BDT LKR UAH KZT"
    ).split()
}
CURRENCY_CODES["RMB"] = "CNY"
CURRENCY_CODES["BTC"] = "BTC"
CURRENCY_CODES.update({code: code for code in "KWD OMR BHD JOD DEM FRF ITL ESP PTE NLG".split()})

#: Currency names, singular and plural, lower-cased; longest match wins.
CURRENCY_NAMES: dict[str, str] = {
    "yuan": "CNY",
    "renminbi": "CNY",
    "chinese yuan": "CNY",
    "yen": "JPY",
    "japanese yen": "JPY",
    "dollar": "USD",
    "dollars": "USD",
    "us dollar": "USD",
    "us dollars": "USD",
    "u.s. dollars": "USD",
    "u.s. dollar": "USD",
    "american dollars": "USD",
    "hong kong dollar": "HKD",
    "hong kong dollars": "HKD",
    "taiwan dollars": "TWD",
    "new taiwan dollars": "TWD",
    "singapore dollars": "SGD",
    "singapore dollar": "SGD",
    "australian dollars": "AUD",
    "australian dollar": "AUD",
    "canadian dollars": "CAD",
    "canadian dollar": "CAD",
    "new zealand dollars": "NZD",
    "euro": "EUR",
    "euros": "EUR",
    "pound": "GBP",
    "pounds": "GBP",
    "pound sterling": "GBP",
    "pounds sterling": "GBP",
    "british pounds": "GBP",
    "sterling": "GBP",
    "rupee": "INR",
    "rupees": "INR",
    "indian rupees": "INR",
    "won": "KRW",
    "korean won": "KRW",
    "south korean won": "KRW",
    "swiss francs": "CHF",
    "swiss franc": "CHF",
    "francs": "CHF",
    "rouble": "RUB",
    "roubles": "RUB",
    "ruble": "RUB",
    "rubles": "RUB",
    "lira": "TRY",
    "real": "BRL",
    "reais": "BRL",
    "rand": "ZAR",
    "peso": "MXN",
    "mexican pesos": "MXN",
    "turkish lira": "TRY",
    "british pound": "GBP",
    "finnish markka": "FIM",
    "markka": "FIM",
    "peseta": "ESP",
    "pesetas": "ESP",
    "guilder": "NLG",
    "guilders": "NLG",
    "dutch guilders": "NLG",
    "bitcoin": "BTC",
    "bitcoins": "BTC",
    "pesos": "MXN",
    "baht": "THB",
    "ringgit": "MYR",
    "rupiah": "IDR",
    "zloty": "PLN",
    "zlotys": "PLN",
    "krona": "SEK",
    "kronor": "SEK",
    "swedish kronor": "SEK",
    "krone": "NOK",
    "kroner": "NOK",
    "norwegian kroner": "NOK",
    "danish kroner": "DKK",
    "shekel": "ILS",
    "shekels": "ILS",
    "dirham": "AED",
    "dirhams": "AED",
    "riyal": "SAR",
    "riyals": "SAR",
    "naira": "NGN",
    "dong": "VND",
    "cent": "USD/100",
    "cents": "USD/100",
    "pence": "GBP/100",
    "penny": "GBP/100",
}

#: Words near a "¥" that tell China's yuan from Japan's yen.
YUAN_CONTEXT = ("yuan", "renminbi", "rmb", "china", "chinese", "beijing", "shanghai", "cny")
YEN_CONTEXT = ("yen", "japan", "japanese", "tokyo", "osaka", "jpy")

#: Qualifier words, normalized, and what they do to the figure after them.
#: "exact" narrows (only, just), "approx" widens both ways, "lower"/"upper" bound one side.
QUALIFIERS: dict[str, str] = {
    "only": "exact",
    "just": "exact",
    "merely": "exact",
    "a mere": "exact",
    "about": "approx",
    "around": "approx",
    "roughly": "approx",
    "approximately": "approx",
    "some": "approx",
    "an estimated": "approx",
    "nearly": "upper",
    "almost": "upper",
    "close to": "upper",
    "up to": "upper",
    "as much as": "upper",
    "as many as": "upper",
    "fewer than": "upper",
    "less than": "upper",
    "under": "upper",
    "at most": "upper",
    "no more than": "upper",
    "more than": "lower",
    "over": "lower",
    "at least": "lower",
    "in excess of": "lower",
    "north of": "lower",
    "upwards of": "lower",
    "just over": "lower",
    "well over": "lower",
    "a little over": "lower",
    "above": "lower",
    "just under": "upper",
    "well under": "upper",
    "below": "upper",
    "barely": "upper",
}
