"""Numbers as written in news copy: digits, number words and scale words.

Every figure kind builds on these patterns, so "3 million", "3m", "three million"
and "3,000,000" all read as the same exact Decimal.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import cache

from figcheck.extractors.tables import SCALES, TENS, TIGHT_SCALES, UNITS

#: Fraction characters and their values.
VULGAR = {
    "½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75"), "⅓": Decimal(1) / 3,
    "⅔": Decimal(2) / 3, "⅛": Decimal("0.125"), "⅜": Decimal("0.375"), "⅝": Decimal("0.625"),
    "⅞": Decimal("0.875"), "⅕": Decimal("0.2"), "⅙": Decimal(1) / 6,
}  # fmt: skip

#: Digits with optional group separators and decimals: 3 / 3.5 / 420,000 / 1.234,56
DIGITS = (
    r"(?<![\w.,])(?:\.\d+(?![.,]?\d)"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[\u00a0\u202f']\d{3})+(?:\.\d+)?"
    r"|\d{1,3}(?: \d{3})+(?![\d.,]| \d)"  # 1 234 567
    r"|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?"  # 12,34,567.89 (lakh grouping)
    r"|\d{1,3}(?:\.\d{3})+,\d+|\d{1,3}(?:\.\d{3}){2,}(?![\d.,])"  # 1.234,56 / 1.144.000
    r"|\d{1,3}(?:[ \u00a0]\d{3})*,\d{2}(?![\d,])"  # 2 285,81 / 45,00
    r"|(?:\d{1,2}\s+)?\d{1,2}/(?:2|3|4|5|8|16)(?![\d/])"  # 3/4, 2 1/4
    rf"|\d*[{''.join(VULGAR)}]"
    r"|\d+(?:\.\d+)?(?:[eE][-+]?\d+|\s?[x×]\s?10\^?[-−+]?\d+)(?![\w^])"  # 1.3e6, 2.48×10−5
    r"|\d+(?:\.\d+)?)(?![\d])"
)

_UNIT_WORDS = "|".join(sorted(UNITS, key=len, reverse=True))
_TEN_WORDS = "|".join(TENS)
_SEP = r"(?:\s*-\s*|\s+)"
_ATOM = rf"(?:{_UNIT_WORDS}|{_TEN_WORDS}|hundred)\b"
#: "and" joins number words only after hundred, thousand ...: "two and three" is two numbers.
_JOIN = (
    rf"(?:{_SEP}|(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion)|(?<=trillion))"
    rf"\s+and{_SEP})"
)
_MORE = rf"(?=(?:\s+and)?{_SEP}(?:{_UNIT_WORDS}|{_TEN_WORDS})\b)"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
#: The words after the first, as English joins them: hundred, thousand and the big scales
#: after any; any word after hundred or thousand ("d") or million... ("on"), or their "and";
#: a unit after a tens word ("ty"). So "five ten-year bonds", "three twenty-somethings" and
#: "twenty one-bedroom flats" are two numbers each. (Looking back at the previous word's
#: last letters, a fixed width, keeps the pattern small.)
_NEXT_WORD = (
    rf"{_SEP}(?:hundred\b|thousand\b|(?:million|billion|trillion)\b{_MORE})"
    rf"|(?:(?<=d)|(?<=on))(?:\s+and)?{_SEP}(?:{_UNIT_WORDS}|{_TEN_WORDS})\b"
    rf"|(?<=ty)(?:\s*-\s*(?:{_ONES})\b|\s+(?:{_ONES})\b(?!-\w))"
)
#: "twenty-one trillion three hundred": big scale words inside a number, not at its end.
_WHOLE = rf"{_ATOM}(?:{_NEXT_WORD})*"
_DENOMINATOR = (
    r"(?:half|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth|hundredth|thousandth|"
    r"millionth|billionth|trillionth)"
)
#: Plural fractions only before "of", a scale or the end: "three quarters" is a time too.
_FRACTION = (
    rf"(?:{_DENOMINATOR}\b|(?:halves|{_DENOMINATOR}s)"
    r"(?=\s+(?:of|million|billion|trillion)\b|\s*[.,;:)]|\s*$))"
)
#: Number words: eight / twenty-five / two hundred and five / a dozen / two thirds / one and a half.
WORDS = (
    rf"(?:(?:a\s+)?(?:half|quarter)(?=\s+(?:million|billion|trillion)\b)"
    rf"|half\s+a\s+dozen|a\s+dozen"
    rf"|(?:a\s+(?:hundred|thousand|million|billion)\b(?:{_JOIN}{_WHOLE})?|{_WHOLE})"
    rf"(?:\s+point(?:{_SEP}(?:{_UNIT_WORDS}|{_TEN_WORDS})\b)+"
    rf"|\s+and\s+an?\s+{_DENOMINATOR}\b|{_SEP}{_FRACTION}|{_SEP}dozens?\b)?"
    rf"|a\s+{_DENOMINATOR}(?!\w))"
)
_loose_scales = sorted((s for s in SCALES if s not in TIGHT_SCALES), key=len, reverse=True)
# (a set: sorted by length, then alphabetically, so the pattern is the same in every run)
_tight_scales = sorted(TIGHT_SCALES, key=lambda s: (-len(s), s))
#: A scale after a number: " million", "m", " bn", "-billion".
SCALE = rf"(?:[\s-]*(?:{'|'.join(_loose_scales)})\b|\s?(?:{'|'.join(_tight_scales)})\b)"
#: A full number: digits or words, with an optional scale captured as ``scale``.
#: A minus sign stuck to digits (not a dash after a word or number) or a spoken "minus".
_SIGN = r"(?P<neg>(?<![\w.,%)/-])(?<!\d\s)[-−](?=\d)|\b(?:minus|negative)\s+(?=\w))?"
NUMBER = rf"{_SIGN}(?:(?P<digits>{DIGITS})|\b(?P<words>{WORDS})\b)(?P<scale>{SCALE})?"

#: Every NUMBER starts at a sign, a digit, a decimal point, a fraction character or the start of
#: a word: checking that first lets the engine pass over the middle of words at little cost.
_NUMBER_START = rf"(?=[-−.{''.join(VULGAR)}]|\b\w)"
NUMBER_RE = re.compile(_NUMBER_START + NUMBER, re.I)

_last_scan: tuple[str, str, list] = ("", "en", [])


def number_matches(text: str, language: str = "en") -> list:
    """Every number in ``text``, scanned once and shared by the finders of one extraction.

    English text is read with NUMBER (re matches); any other language through its
    lexicon (``numerals``), whose matches carry the same groups and their value.
    """
    global _last_scan
    if _last_scan[0] is not text or _last_scan[1] != language:
        if language == "en":
            found = list(NUMBER_RE.finditer(text))
        else:
            from figcheck.extractors.numerals import find_numbers

            found = find_numbers(text, language)
        _last_scan = (text, language, found)
    return _last_scan[2]


_POWER = re.compile(r"(\d+(?:\.\d+)?)(?:[eE]|\s?[x×]\s?10\^?)([-−+]?\d+)")
_FRACTION_DIGITS = re.compile(r"(?:(\d+)\s+)?(\d+)/(\d+)")
_LAKH = re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?")
_PLAIN = re.compile(r"\d*(?:\.\d+)?")
_COMMA_GROUPS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
#: 1.234,56 / 1.144.000 / 45,00: dots group, a comma marks the decimals
_DOT_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d{2}")


def parse_digits(text: str) -> Decimal | None:
    """Exact value of a digit string; price-parser decides the decimal mark in odd cases."""
    if text.isascii() and text.isdigit():
        return Decimal(text)  # most numbers: nothing to decide
    power = _POWER.fullmatch(text)
    if power:
        return Decimal(power.group(1)).scaleb(int(power.group(2).replace("−", "-")))
    if text[-1] in VULGAR:
        return Decimal(text[:-1] or 0) + VULGAR[text[-1]]
    fraction = _FRACTION_DIGITS.fullmatch(text)
    if fraction:
        whole, top, bottom = (int(g or 0) for g in fraction.groups())
        return Decimal(whole) + Decimal(top) / Decimal(bottom) if top < bottom else None
    cleaned = text.replace("\u00a0", "").replace("\u202f", "").replace("'", "").replace(" ", "")
    if _LAKH.fullmatch(cleaned):
        return Decimal(cleaned.replace(",", ""))
    if _PLAIN.fullmatch(cleaned):
        return Decimal(cleaned)
    if _COMMA_GROUPS.fullmatch(cleaned):
        return Decimal(cleaned.replace(",", ""))
    if _DOT_GROUPS.fullmatch(cleaned):
        return Decimal(cleaned.replace(".", "").replace(",", "."))
    from price_parser.parser import parse_number

    try:
        value = parse_number(cleaned)
    except (InvalidOperation, ValueError):
        return None
    return Decimal(value) if value is not None else None


_DENOMINATORS = {
    "half": 2, "halves": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "hundredth": 100, "thousandth": 1000,
    "millionth": 10**6, "billionth": 10**9, "trillionth": 10**12,
}  # fmt: skip


def parse_words(text: str) -> Decimal | None:
    """Value of number words: "two hundred and five" -> 205, "a dozen" -> 12, "two thirds"."""
    words = [w for w in re.split(r"[\s-]+", text.lower().strip()) if w]
    factor = Decimal(1)
    if words[:2] == ["half", "a"]:
        factor, words = Decimal("0.5"), words[2:]
    if words and words[-1] in ("dozen", "dozens"):
        factor, words = factor * 12, words[:-1]
    if words in ([], ["a"]):
        return factor if factor != 1 else None
    if words[-1] in ("half", "quarter") and len(words) <= 2:
        return Decimal(1) / _DENOMINATORS[words[-1]]
    if "point" in words:
        at = words.index("point")
        whole, decimals = _whole(words[:at]), words[at + 1 :]
        if whole is None or not all(w in UNITS or w in TENS for w in decimals):
            return None
        if all(w in UNITS and UNITS[w] < 10 for w in decimals):
            digits = "".join(str(UNITS[w]) for w in decimals)
        else:
            digits = str(_whole(decimals))
        return (whole + Decimal("0." + digits)) * factor
    singular = words[-1].rstrip("s") if words[-1] != "halves" else "half"
    if singular in _DENOMINATORS and len(words) > 1:
        rest = words[:-1]
        whole = Decimal(0)
        if "and" in rest:
            cut = len(rest) - 1 - rest[::-1].index("and")
            whole, rest = _whole(rest[:cut]), rest[cut + 1 :]
        numerator = Decimal(1) if rest in (["a"], ["an"]) else _whole(rest)
        if whole is None or numerator is None:
            return None
        return (whole + numerator / _DENOMINATORS[singular]) * factor
    value = _whole(words)
    return None if value is None else value * factor


def _whole(words: list[str]) -> Decimal | None:
    if words and words[0] in ("a", "an"):
        words = ["one", *words[1:]]
    total = 0
    current = 0
    seen = False
    for word in words:
        if word == "and":
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in SCALES:
            total += (current or 1) * int(SCALES[word])
            current = 0
        else:
            return None
        seen = True
    return Decimal(total + current) if seen else None


def scale_value(scale: str | None, language: str = "en") -> Decimal:
    """What a scale word multiplies by ("million": 10⁶; "millones" in Spanish, "Mrd." in German)."""
    if not scale:
        return Decimal(1)
    word = scale.strip(" -\u00a0").lower()
    if language == "en":
        return SCALES.get(word, Decimal(1))
    from figcheck.lang import lexicon

    lex = lexicon(language)
    power = lex.scales.get(word, lex.tight_scales.get(scale.strip(" -\u00a0")))
    return Decimal(10) ** power if power is not None else Decimal(1)


def scale_word(scale: str | None) -> str | None:
    return scale.strip(" -\u00a0").lower() if scale else None


def number_value(match, prefix: str = "") -> Decimal | None:
    """The value of a NUMBER match (its groups renamed with ``prefix``), scale applied."""
    if hasattr(match, "value"):
        return match.value  # read through a lexicon, its value already known
    if match.group(prefix + "digits"):
        base = parse_digits(match.group(prefix + "digits"))
    elif match.group(prefix + "words"):
        base = parse_words(match.group(prefix + "words"))
    else:
        return None
    if base is None:
        return None
    if match.group(prefix + "neg"):
        base = -base  # "-5", "−5", "minus five"
    return base * scale_value(match.group(prefix + "scale"))


_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_MONTH_BEFORE = re.compile(rf"\b{_MONTH}\.?,?\s*$", re.I)
_MONTH_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s*(?:of\s+)?{_MONTH}\b", re.I)
_ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)\b", re.I)
_YEAR = re.compile(r"(?:19|20)\d\d|2100")


def is_year(digits: str | None) -> bool:
    """A bare four-digit number from 1900 to 2100: read as a year, which the date finder claims."""
    return bool(digits) and bool(_YEAR.fullmatch(digits))


def is_name_word(text: str, start: int, words: str | None) -> bool:
    """A capitalized number word inside a sentence names something: "the Hundred Flowers Fund"."""
    if not words or not words[:1].isupper():
        return False
    before = text[max(0, start - 3) : start].rstrip(" \t\"'“‘(")
    return bool(before) and before[-1] not in ".!?:\n"


_SLASH_AFTER = re.compile(r"[/:]\d")
_SLASH_BEFORE = re.compile(r"\d[/:]$")
_ISO_AFTER = re.compile(r"-\d\d-\d\d\b")
_ISO_BEFORE = re.compile(r"\b\d{4}-(?:\d\d-)?$")


def in_date_or_ordinal(text: str, start: int, end: int, language: str = "en") -> bool:
    """True for "24th", "June 2022", "24 August", "5/17/2018", "2023-08-26" or "21:21"."""
    after = text[end : end + 12]
    before = text[max(0, start - 12) : start]
    ordinal_after, month_after, month_before = (
        (_ORDINAL_AFTER, _MONTH_AFTER, _MONTH_BEFORE) if language == "en" else _dates(language)
    )
    if ordinal_after.match(after) or month_after.match(after) or month_before.search(before):
        return True
    if _SLASH_AFTER.match(after) or _SLASH_BEFORE.search(before):
        return True
    return bool(_ISO_AFTER.match(after) or _ISO_BEFORE.search(before))


@cache
def _dates(language: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The ordinal marks and month names of a language, as ``in_date_or_ordinal`` reads them:
    "1.º", "24 de agosto", "24. August", "agosto de 2023"."""
    from figcheck.lang import lexicon

    lex = lexicon(language)
    months = "|".join(re.escape(m) for m in sorted(lex.months, key=len, reverse=True))
    links = "|".join(re.escape(w) for w in lex.of_words)
    link = rf"(?:(?:{links})\s+)?" if links else ""
    ordinal = "|".join(lex.ordinal_marks) or "(?!)"
    return (
        re.compile(rf"(?:{ordinal})", re.I),
        re.compile(rf"\.?\s*{link}(?:{months})\b", re.I),
        re.compile(rf"\b(?:{months})\.?,?\s*{link}$", re.I),
    )
