"""Currency signs and ISO codes the extractors read: the same in every language.

Kept apart from the parsing code so that a new currency is a data change. Words
(English number and scale words, currency names, qualifiers) are each language's:
``figcheck/lang/en.py`` holds English's.
"""

from __future__ import annotations

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
    # Argentine and Uruguayan copy writes the US dollar so ("U$S 90 millones")
    "U$S": "USD",
    "U$D": "USD",
    "MX$": "MXN",
    "Mex$": "MXN",
    "US $": "USD",
    "U.S. $": "USD",
    # the sign first, its country after, as Australian and Asian copy writes it ("$US23m")
    "$US": "USD",
    "$A": "AUD",
    "$NZ": "NZD",
    "$HK": "HKD",
    # regional signs before the amount, spaced or on the digits ("KSh5bn", "Tk 500 crore")
    "KSh": "KES",
    "TSh": "TZS",
    "USh": "UGX",
    # East African copy writes its shilling "Sh" alone: Kenya's first, the others possible
    "Sh": "KES|TZS|UGX",
    "GH¢": "GHS",
    "GH₵": "GHS",
    "E£": "EGP",
    "Dh": "AED|MAD",
    "Dhs": "AED|MAD",
    "Tk": "BDT",
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
    "ريال": "SAR", "TL": "TRY", "¢": "USD/100",
}  # fmt: skip

#: Currencies whose minor unit is a hundredth and read aloud after the whole amount:
#: "thirteen dollars forty-five", "100ユーロと30".
DECIMAL_CURRENCIES = frozenset({"USD", "EUR", "GBP", "CAD", "AUD", "NZD", "HKD", "SGD", "CHF"})

#: Minor units British copy writes onto the digits ("shares fell 12p to 245p"): read only
#: where the text is about sterling or shares, never before "m" ("5pm", "5p.m.").
GLUED_MINOR: dict[str, str] = {"p": "GBP/100", "c": "USD/100"}

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
