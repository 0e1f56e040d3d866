"""Fact tables the extractors read: number words, scales, currencies, qualifiers.

Kept apart from the parsing code so that a new currency or qualifier is a data change.
"""

from __future__ import annotations

from decimal import Decimal

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "nought": 0, "naught": 0,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip

#: Words that multiply what stands before them. Short forms follow newswire usage.
SCALES: dict[str, Decimal] = {
    "dozen": Decimal(12),
    "dozens": Decimal(12),
    "doz": Decimal(12),
    "dozs": Decimal(12),
    "dz": Decimal(12),
    "dzs": Decimal(12),
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
    "Aus$": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "Cdn$": "CAD",
    "Can$": "CAD",
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
    "TL": "TRY",
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
    "ريال": "SAR", "TL": "TRY",
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
#: The other ISO 4217 codes in use, so that "GEL 1" or "1 MKD" is read too.
CURRENCY_CODES.update(
    {
        code: code
        for code in (
            "AFN ALL AMD ANG AOA AWG AZN BAM BBD BDT BIF BMD BND BOB BSD BTN BWP BYN BZD CDF "
            "CRC CUC CUP CVE DJF DOP DZD ERN ETB FJD GEL GHS GMD GNF GTQ GYD HNL HTG IQD IRR JMD "
            "KGS KHR KMF KPW KYD LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR "
            "MWK MZN NAD NIO NPR PAB PGK PYG RSD RWF SBD SCR SDG SLE SLL SOS SRD SSP STN SYP SZL "
            "TJS TMT TND TOP TTD TZS UGX UYU UZS VES VUV WST XAF XCD XOF XPF YER ZMW ZWL"
        ).split()
    }
)
CURRENCY_CODES["NIS"] = "ILS"

#: Signs written after the amount in shops and price lists the world over ("1 ₪", "30 Lek",
#: "25 FCFA"): read case-sensitively, and only a whole word when they end in a letter.
POST_SYMBOLS.update({
    "₪": "ILS", "₱": "PHP", "₺": "TRY", "₩": "KRW", "฿": "THB", "₼": "AZN", "৳": "BDT",
    "֏": "AMD", "؋": "AFN", "៛": "KHR", "₮": "MNT", "₨": "PKR|INR|LKR|NPR", "₣": "FRF",
    "₵": "GHS", "GH₵": "GHS", "﷼": "SAR|IRR|YER|OMR|QAR", "₸": "KZT", "₲": "PYG", "ƒ": "ANG|AWG",
    "Ƀ": "BTC", "￡": "GBP", "Lek": "ALL", "FBu": "BIF", "Fbu": "BIF", "BD": "BHD",
    "CFA": "XOF|XAF", "FCFA": "XAF|XOF", "kn": "HRK", "Fdj": "DJF", "Nfk": "ERN", "Rp": "IDR",
    "LD": "LYD|LRD", "MK": "MWK", "RM": "MYR", "Rf": "MVR", "UM": "MRU", "B/.": "PAB",
    "S/.": "PEN", "S/": "PEN", "Db": "STN", "TSh": "TZS", "KSh": "KES", "Ksh": "KES",
    "USh": "UGX", "DT": "TND", "VT": "VUV", "Vt": "VUV", "Bs": "VES|BOB", "ZK": "ZMW",
    "Br": "BYN|ETB", "Nu.": "BTN", "Nu": "BTN", "LEI": "RON", "Lei": "RON",
    "Zł": "PLN", "zl": "PLN", "đ": "VND", "VNĐ": "VND", "ден": "MKD", "ДЕН": "MKD",
    "дин": "RSD", "Дин": "RSD", "din": "RSD", "hrn": "UAH", "lari": "GEL", "ლ": "GEL",
    "ლარი": "GEL", "Dh": "AED|MAD", "Dhs": "AED|MAD", "Esc": "CVE", "Ks": "MMK",
    "SFr": "CHF", "Rbl": "RUB", "Kr": "SEK|NOK|DKK|ISK", "NIS": "ILS", "nis": "ILS",
    "stg": "GBP", "E£": "EGP", "ج.م": "EGP", "د.إ": "AED", "ر.س": "SAR", "د.ك": "KWD",
    "دج": "DZD", "د.ج": "DZD", ".د.ب": "BHD", "ع.د": "IQD", "ل.د": "LYD", "د.ت": "TND",
    "ر.ع": "OMR", "ر.ق": "QAR", "ل.س": "SYP", "ل.ل": "LBP", "د.م": "MAD", "د.أ": "JOD",
    "د.ا": "JOD", "ریال": "IRR", "ש״ח": "ILS", "ரூ": "LKR|INR", "රු": "LKR",
    "人民币": "CNY", "圆": "CNY", "圓": "TWD", "Fr.": "CHF", "SFr.": "CHF", "Re": "INR",
    "FRw": "RWF", "RF": "RWF", "R₣": "RWF", "GFr": "GNF", "Ar": "MGA", "บาท": "THB",
    "ብር": "ETB", "ናቕፋ": "ERN", "نافكا": "ERN", "دينار أردني": "JOD", "دينار كويتي": "KWD",
    "دينار": "IQD|KWD|JOD|BHD|LYD|TND|DZD", "ش.ج": "ILS", "ج.س": "SDG", "ج.س.": "SDG",
})  # fmt: skip
#: Every "$" sign of a country reads after the amount too ("1 NT$", "5 BZ$").
POST_SYMBOLS.update({s: c for s, c in CURRENCY_SYMBOLS.items() if "$" in s and " " not in s})
POST_SYMBOLS.update({
    "BZ$": "BZD", "RD$": "DOP", "J$": "JMD", "TT$": "TTD", "CUC$": "CUC", "MOP$": "MOP",
    "Z$": "ZWL", "T$": "TOP", "G$": "GYD", "GY$": "GYD",
})  # fmt: skip

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
    "au dollars": "AUD",
    "aus dollars": "AUD",
    "aussie dollars": "AUD",
    "canadian dollars": "CAD",
    "canadian dollar": "CAD",
    "cdn dollars": "CAD",
    "new zealand dollars": "NZD",
    "new zealand dollar": "NZD",
    "nz dollars": "NZD",
    "hk dollars": "HKD",
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
    "franc": "CHF",
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
    "swedish krona": "SEK",
    "swedish crowns": "SEK",
    "swedish crown": "SEK",
    "norwegian crowns": "NOK",
    "danish crowns": "DKK",
    "czech crowns": "CZK",
    "czech koruna": "CZK",
    "icelandic kronur": "ISK",
    "icelandic crowns": "ISK",
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
