"""Numbers as written in news copy: digits, number words and scale words.

Every figure kind builds on these patterns, so "3 million", "3m", "three million"
and "3,000,000" all read as the same exact Decimal.
"""

from __future__ import annotations

import functools
import math
import re
from decimal import Context, Decimal, InvalidOperation
from functools import cache

from figcheck.lang.en import (
    COMMA_SCALES,
    DENOMINATORS,
    INDIAN_SCALES,
    INDIAN_SPELLINGS,
    LOOSE_BEFORE_HUNDRED,
    NEGATIVE_WORDS,
    ORDINAL_ONES,
    ORDINALS,
    QUARTERS_BEFORE,
    RANKED_AFTER,
    SCALES,
    SPELLED_SCALES,
    TENS,
    TIGHT_SCALES,
    UNITS,
    YEAR_DETERMINERS,
    YEAR_NAMES,
)
from figcheck.text import alternation, initials


def spelled_scales(low: int, high: int = 12) -> str:
    """The spelled scales from 10^low to 10^high as one alternation, smallest first
    ("thousand|million|billion"): the patterns name powers, the lexicon their words."""
    return "|".join(word for word, power in SPELLED_SCALES.items() if low <= power <= high)


#: "hundred|thousand", which join digits and words ("4 thousand 3 hundred and 21").
_SMALL = spelled_scales(2, 3)
_SMALL_WORDS = tuple(_SMALL.split("|"))
_HUNDRED, _THOUSAND = spelled_scales(2, 2), spelled_scales(3, 3)
#: "million|billion|trillion", the scales a fraction or a decimal comma may stand before.
_BIG = spelled_scales(6)
#: The Indian scales and their plurals ("lakhs?|crores?|lacs?").
_INDIAN = "|".join(f"{word}s?" for word in (*INDIAN_SCALES, *INDIAN_SPELLINGS))

#: Fraction characters and their values.
VULGAR = {
    "½": Decimal("0.5"), "¼": Decimal("0.25"), "¾": Decimal("0.75"), "⅓": Decimal(1) / 3,
    "⅔": Decimal(2) / 3, "⅛": Decimal("0.125"), "⅜": Decimal("0.375"), "⅝": Decimal("0.625"),
    "⅞": Decimal("0.875"), "⅕": Decimal("0.2"), "⅙": Decimal(1) / 6,
}  # fmt: skip

#: Digits with optional group separators and decimals: 3 / 3.5 / 420,000 / 1.234,56
#: (Digits after "^" are an exponent, after "±" an uncertainty: not figures of their own;
#: digits before a "^" that makes no power, "1.1^--23", are none either; an ellipsis
#: before digits is no decimal point: "...9" is 9.)
DIGITS = (
    r"(?:(?<![\w.,^±])|(?<=\.\.\.)(?!\.))(?<!\^[-−+])(?<!\^[-−+][-−+])(?<!± )(?<!\+/-)"
    r"(?<!\+/- )(?:\.\d+(?![.,]?\d)"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[\u00a0\u202f']\d{3})+(?:\.\d+)?"
    r"|\d{1,3}(?: \d{3})+(?:\.\d+)?(?![\d,]|\.\d| \d)"  # 1 234 567, 399 167.50
    r"|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?"  # 12,34,567.89 (lakh grouping)
    r"|\d{1,3}(?:\.\d{3})+,\d+|\d{1,3}(?:\.\d{3}){2,}(?![\d.,])"  # 1.234,56 / 1.144.000
    r"|\d{1,3}(?:\.\d{3})+,-(?![\d-])"  # 1.899,- (",-": a whole amount, so dots group)
    r"|\d{1,3}(?:[ \u00a0]\d{3})*,\d{2}(?![\d,])"  # 2 285,81 / 45,00
    rf"|\d{{1,3}},\d(?=[^\S\n]*(?:{_BIG}|{'|'.join(COMMA_SCALES)})\b)"  # 3,5 million: no group
    r"|(?:\d{1,2}(?:\s+|-))?\d{1,2}/(?:2|3|4|5|8|16)(?![\d/])"  # 3/4, 2 1/4, 2-1/2
    rf"|\d*[{''.join(VULGAR)}]"
    r"|\d+(?:\.\d+)?(?:[eE][-+]?\d+|\s?[x×]\s?10\^?[-−+]?\d+)(?![\w^])"  # 1.3e6, 2.48×10−5
    r"|(?:\d+(?:\.\d+)?\s?[x×]\s?)?\d+(?:\.\d+)?\^[-−+]?\d+(?![\w^])"  # 10^6, 1.1^23, 8x2^10
    r"|\d+(?:\.\d+)?)(?![\d^]|\.\d+\^|\.\d)"  # not a part of 1.2.3
)

_UNIT_WORDS = alternation(UNITS)
_TEN_WORDS = "|".join(TENS)
_SEP = r"(?:\s*-\s*|\s+)"
#: A bare "hundred" starts a number only before a bigger scale ("hundred thousand dollars"),
#: and not after a loose word: "several hundred years" is no 100 years.
_ATOM = (
    rf"(?:{_UNIT_WORDS}|{_TEN_WORDS}"
    rf"|{_HUNDRED}{''.join(f'(?<!{word} {_HUNDRED})' for word in LOOSE_BEFORE_HUNDRED)}"
    rf"(?=\s+(?:{spelled_scales(3, 9)})\b))\b"
)
#: "and" joins number words only after hundred, thousand ...: "two and three" is two numbers.
_JOIN = (
    rf"(?:{_SEP}|(?:{'|'.join(f'(?<={word})' for word in SPELLED_SCALES)})"
    rf"\s+and{_SEP})"
)
_ONES = "|".join(word for word, n in UNITS.items() if 1 <= n <= 9)
#: A cheque's comma after a big scale, before the hundreds: "three million, two hundred".
_CHEQUE_COMMA = rf",{_SEP}(?=(?:{_ONES})\s+{_HUNDRED}\b(?!\s+(?:{spelled_scales(3, 9)})\b))"
_MORE = rf"(?=(?:\s+(?:and|&))?{_SEP}(?:{_UNIT_WORDS}|{_TEN_WORDS})\b|{_CHEQUE_COMMA})"
#: The words after the first, as English joins them: hundred, thousand and the big scales
#: after any; any word after hundred or thousand ("d") or million... ("on"), or their "and";
#: a unit after a tens word ("ty"). So "five ten-year bonds", "three twenty-somethings" and
#: "twenty one-bedroom flats" are two numbers each. (Looking back at the previous word's
#: last letters, a fixed width, keeps the pattern small.)
_NEXT_WORD = (
    rf"{_SEP}(?:{_HUNDRED}\b|{_THOUSAND}\b|(?:{_BIG})\b{_MORE})"
    rf"|(?:(?<=d)|(?<=on))(?:\s+(?:and|&))?{_SEP}(?:{_UNIT_WORDS}|{_TEN_WORDS})\b"
    rf"|(?<=illion){_CHEQUE_COMMA}(?:{_ONES})\b"
    rf"|(?<=ty)(?:\s*-\s*(?:{_ONES})\b|\s+(?:{_ONES})\b(?!-\w))"
)
#: "twenty-one trillion three hundred": big scale words inside a number, not at its end.
#: A tens word before "first" ... "ninth" makes an ordinal ("the twenty-first century").
_WHOLE = (
    rf"{_ATOM}(?:{_NEXT_WORD})*"
    rf"(?!(?<=ty)[\s-]+(?:{'|'.join(w for w, n in ORDINALS.items() if n < 10)})\b)"
)
#: The denominators of common fractions: up to tenths, and hundredths ... trillionths.
_DENOMINATOR = "(?:{})".format(
    "|".join(w for w, n in DENOMINATORS.items() if (n <= 10 or n >= 100) and w != "halves")
)
#: Where a plural fraction, or a rarer one ("a thirtieth", "one twenty-fifth"), may end: before
#: "of", a scale or the end. "three quarters" is a time too, "a twenty-fifth" an anniversary.
_FRACTION_END = rf"(?=\s+(?:of|{_BIG})\b|\s*[.,;:)?!]|\s*$)"
_RARE_DENOMINATOR = (
    rf"(?:{'|'.join(w for w, n in DENOMINATORS.items() if 10 < n < 100)}|"
    rf"(?:{_TEN_WORDS})[\s-](?:{'|'.join(ORDINAL_ONES)}))s?"
)
#: ("halves" is never a time or a rank: it ends a fraction anywhere, "three halves")
#: (nor is a fraction hyphenated to its numerator: "a two-thirds majority")
#: Only "quarters" (of a year, of a game) needs the end: "a two thirds majority" is 2/3.
_FRACTION = (
    rf"(?:{_DENOMINATOR}\b|halves\b|(?<=-){_DENOMINATOR}s\b|(?!quarters){_DENOMINATOR}s\b"
    rf"|(?:quarters|{_RARE_DENOMINATOR}){_FRACTION_END})"
)
#: The numerator of a fraction after "and": "and three fifths", "and fifty-four hundredths".
_NUMERATOR = rf"(?:{_UNIT_WORDS}|{_TEN_WORDS})\b(?:[\s-]+(?:{_ONES})\b)?"
#: "two thirds of a million", "a quarter of a billion".
_OF_SCALE = rf"(?:\s+of\s+an?\s+(?:{_BIG})\b)?"
#: After "a third" ... "a tenth": a word that makes it a rank ("a third straight day"), not
#: a share ("a third of voters", "down a third"). "half" and "quarter" are never ranks.
_RANKED = (
    rf"(?!(?<!half)(?<!quarter)(?:[^\S\n]+|[^\S\n]*-[^\S\n]*)"
    rf"(?:{alternation(RANKED_AFTER)})\b)"
)
#: Number words: eight / twenty-five / two hundred and five / a dozen / two thirds / one and a half.
WORDS = (
    rf"(?:(?:a\s+)?(?:half|quarter)(?=\s+(?:{_BIG})\b)"
    rf"|half\s+a\s+(?:dozen|{spelled_scales(2)})\b|a\s+dozen"
    rf"|(?:a\s+(?:{_HUNDRED}(?:{_SEP}{_THOUSAND})?|{spelled_scales(3, 9)})\b"
    rf"(?:{_JOIN}{_WHOLE})?"
    rf"|{_WHOLE})"
    rf"(?:\s+point(?:{_SEP}(?:{_UNIT_WORDS}|{_TEN_WORDS})\b)+"
    rf"|(?:\s+and\s+(?:an?|{_NUMERATOR}))?{_SEP}{_FRACTION}{_OF_SCALE}"
    rf"|{_SEP}dozens?\b)?"
    rf"|a\s+(?:{_DENOMINATOR}(?!\w){_RANKED}|{_RARE_DENOMINATOR}{_FRACTION_END}){_OF_SCALE})"
)
#: The space between a number and its scale, unit or currency: any run of spaces (markup
#: blanked out of "**3 million** yuan" leaves several) and at most one line break, as
#: hard-wrapped wire copy breaks "$38⏎million"; after a blank line a new paragraph starts.
GAP = r"[^\S\r\n]*(?:(?:\r?\n|\r)[^\S\r\n]*)?"
_SCALE_GAP = r"(?:[^\S\r\n]|-)*(?:(?:\r?\n|\r)[^\S\r\n]*)?"
#: A scale after a number: " million", "m", " bn", "-billion", " lakh crore"; a short one
#: after the spaces markup leaves ("10  k" from "**10** k") as after one.
_LOOSE = alternation((s for s in SCALES if s not in TIGHT_SCALES), space=r"[^\S\r\n]+")
#: "3 million and a half" = 3.5 million: a fraction after a big scale belongs to the number.
_SCALE_AND = (
    rf"\s+and\s+(?:an?|{_ONES})[\s-]+"
    rf"(?:half|halves|(?:{'|'.join(w for w, n in DENOMINATORS.items() if 3 <= n <= 10)})s?)\b"
    rf"(?:\s+(?:{spelled_scales(3, 6)})\b)?"
)
SCALE = rf"(?:{_SCALE_GAP}(?:{_LOOSE})\b|(?:[^\S\r\n]+|\s)?(?:{alternation(TIGHT_SCALES)})\b)"
_SCALE_AND_RE = re.compile(_SCALE_AND, re.I)
#: A full number: digits or words, with an optional scale captured as ``scale``.
#: A minus sign stuck to digits (not a dash after a word or number) or a spoken "minus".
_SIGN = (
    r"(?P<neg>(?<![\w.,%)/-])(?<!\d\s)[-−](?=\.?\d)"
    rf"|\b(?:{'|'.join(NEGATIVE_WORDS)})\s+(?=\w))?"
)
NUMBER = rf"{_SIGN}(?:(?P<digits>{DIGITS})|\b(?P<words>{WORDS})\b)(?P<scale>{SCALE})?"

#: Every NUMBER starts at a sign, a digit, a decimal point, a fraction character or the start of
#: a word: checking that first lets the engine pass over the middle of words at little cost.
#: The word must be one a number can start with (a digit, "a", "half", "quarter", "minus", a
#: unit, tens or "hundred" word): most words fail at their first letter.
_NUMBER_INITIALS = initials(
    (*UNITS, *TENS, *_HUNDRED.split("|"), *NEGATIVE_WORDS, "a", "half", "quarter")
)
_NUMBER_START = rf"(?=[-−.{''.join(VULGAR)}]|\b[\d{_NUMBER_INITIALS}])"
NUMBER_RE = re.compile(_NUMBER_START + NUMBER, re.I)

#: Spun copy mixes words and digits around the decimal point: "eighty five.5",
#: "three.Fifty four", "95-point-75". Read as one number whose ``words`` group holds it all
#: (``digits`` never takes part), tried only where a NUMBER starts and the text has a joint.
_POINT = r"(?:[^\S\n]+|-)point(?:[^\S\n]+|-)"
_DECIMAL_WORDS = rf"(?:{_UNIT_WORDS}|{_TEN_WORDS})\b(?:{_SEP}(?:{_UNIT_WORDS}|{_TEN_WORDS})\b)*"
SPUN = (
    rf"{_SIGN}(?P<digits>(?!))?"
    rf"(?P<words>(?:{WORDS})(?:\.|{_POINT})(?:\d+\b|{_DECIMAL_WORDS})"
    rf"|\d+{_POINT}(?:\d+\b|{_DECIMAL_WORDS}))"
    rf"(?P<scale>{SCALE})?"
)


@functools.cache
def _spun_re() -> re.Pattern:
    """Compiled on first use: few texts are spun, and start-up counts."""
    return re.compile(SPUN, re.I)


#: Texts without any of these hold no spun, mixed or "million and a half" number.
_SPUN_JOINT = re.compile(
    rf"[a-z]\.\w|\bpoint\b|\d[^\S\n]+(?:{_SMALL})\b"
    rf"|(?:illion|{_INDIAN})\s+and\s",
    re.I,
)
_JOINT_AFTER = re.compile(rf"\.\w|{_POINT}", re.I)
#: Digits with scale words and more digits or words: "4 thousand 3 hundred and 21".
_S = r"[^\S\n]+"
_BIG_SCALES = f"{_INDIAN}|{_BIG}"
_BIG_AND_WORDS = re.compile(rf"{_S}and{_S}(?:{_UNIT_WORDS}|{_TEN_WORDS})\b", re.I)
MIXED = (
    rf"{_SIGN}(?P<digits>(?!))?(?P<words>\d{{1,3}}{_S}(?:{_SMALL})\b"
    rf"(?:(?<={_THOUSAND})(?:{_S}and)?{_S}(?:\d{{1,3}}|{_WHOLE}){_S}{_HUNDRED}\b)?"
    rf"(?:(?:{_S}and|(?<={_HUNDRED})){_S}(?:(?!0\b)\d{{1,2}}\b(?!\.\d)|{_WHOLE})"
    rf"(?!{_S}(?:{spelled_scales(2, 9)})\b))?"
    # a big scale and the words after its "and": "6 crore and two hundred", as "six crore
    # and two hundred" reads; the words count hundreds or end the clause ("$3 million and
    # two years later" is two figures)
    rf"|\d{{1,3}}{_S}(?:{_BIG_SCALES})\b{_S}and{_S}"
    rf"(?=(?:{_ONES}){_SEP}(?:{_SMALL})\b|(?:{_WHOLE})[^\S\n]*(?:[.,;:!?)]|$))"
    rf"{_WHOLE}(?!{_S}(?:{_SMALL}|{_BIG_SCALES})\b))"
    rf"(?P<scale>{SCALE})?"
)
_MIXED_AFTER = re.compile(rf"(?:{_S}and)?{_S}(?:\d|(?:{_UNIT_WORDS}|{_TEN_WORDS})\b)", re.I)


@functools.cache
def _mixed_re() -> re.Pattern:
    """Compiled on first use, where digits stand before "hundred" or "thousand"."""
    return re.compile(MIXED, re.I)


@functools.cache
def _scaled_and_re() -> re.Pattern:
    """A NUMBER whose big scale takes a fraction after it, "3 million and a half": read
    apart, on first use, since the tail would double the cost of compiling NUMBER."""
    return re.compile(
        rf"{_SIGN}(?:(?P<digits>{DIGITS})|\b(?P<words>{WORDS})\b)(?P<scale>{SCALE}{_SCALE_AND})",
        re.I,
    )


def english_matches(text: str) -> list[re.Match]:
    """Every English number in ``text`` (NUMBER, with spun copy's mixed forms and lists)."""
    found = list(NUMBER_RE.finditer(text))
    if _SPUN_JOINT.search(text):
        found = _with_spun(text, found)
    if "," in text:
        found = _with_lists(text, found)
    kept = []
    for m in found:
        if _in_rank(text, m):
            continue
        if _quarters_of_year(text, m):
            counted = _counted_quarters(text, m)
            if counted is not None:
                kept.append(counted)  # "six quarters": six, counting quarters
            continue
        kept.append(m)
    return kept


#: "the hundred and fifth anniversary": a rank, of which "hundred" is only the start.
_AND_RANK = re.compile(
    rf"[^\S\n]+and[\s-]+(?:{'|'.join(ORDINALS)})\b",
    re.I,
)


#: "the first three quarters of 2023": quarters of a year, a period, not three fourths.
_QUARTERS_BEFORE = re.compile(rf"\b(?:{'|'.join(QUARTERS_BEFORE)})[^\S\n]+$", re.I)
_QUARTERS_AFTER = re.compile(
    rf"[^\S\n]+of[^\S\n]+(?:(?:{'|'.join(YEAR_DETERMINERS)})[^\S\n]+)*"
    rf"(?:{'|'.join(YEAR_NAMES)}|\d{{4}})\b",
    re.I,
)


def _quarters_of_year(text: str, match: re.Match) -> bool:
    """Whether "N quarters" counts quarters of a year: after "first", "past", "straight"
    (QUARTERS_BEFORE), before "of 2023", or four and more of them ("the fastest in six
    quarters": nobody writes six fourths)."""
    if not match.group(0).lower().endswith("quarters"):
        return False
    return _many_quarters(match) or _period_words_around(text, match)


def _period_words_around(text: str, match: re.Match) -> bool:
    """Whether "first", "past", "straight" stand before "N quarters", or "of 2023" after."""
    before = _QUARTERS_BEFORE.search(text, max(0, match.start() - 16), match.start())
    return bool(before or _QUARTERS_AFTER.match(text, match.end()))


def _many_quarters(match: re.Match) -> bool:
    """Whether a "quarters" match is four or more of them in words ("six", "twenty-one")."""
    words = re.split(r"[\s-]+", match.group(0).lower())[:-1]
    values = [UNITS.get(w, TENS.get(w)) for w in words]
    return bool(values) and None not in values and sum(values) >= 4


def _counted_quarters(text: str, match: re.Match) -> re.Match | None:
    """The number alone of "six quarters" (four or more, no "first" or "of 2023" around it:
    those are a period's words), which then counts quarters as "6 quarters" does."""
    if not _many_quarters(match) or _period_words_around(text, match):
        return None
    numerator = match.group(0)[: match.group(0).lower().rindex("quarters")].rstrip(" \t-")
    return NUMBER_RE.match(text, match.start(), match.start() + len(numerator))


def _in_rank(text: str, match: re.Match) -> bool:
    ending = text[max(match.start(), match.end() - 8) : match.end()].lower()
    return ending.endswith(_SMALL_WORDS) and bool(_AND_RANK.match(text, match.end()))


#: A list written without spaces ("pages 22,24,26,31"): three or more numbers of one or two
#: digits joined by commas, which no grouping of thousands reads (a group has three).
_LIST_RE = re.compile(r"(?<![\w.,])\d{1,2}(?:,\d{1,2}){2,}(?!\w|[.,]\d)")
_LIST_ITEM_RE = re.compile(r"(?P<neg>(?!))?(?P<digits>\d+)(?P<words>(?!))?(?P<scale>(?!))?")


def _with_lists(text: str, matches: list[re.Match]) -> list[re.Match]:
    """The matches with each number of a comma list in place of the list's first number."""
    runs = [m.span() for m in _LIST_RE.finditer(text)]
    if not runs:
        return matches
    kept = [m for m in matches if not any(s <= m.start() < e for s, e in runs)]
    items = [item for s, e in runs for item in _LIST_ITEM_RE.finditer(text, s, e)]
    return sorted(kept + items, key=lambda m: m.start())


def _with_spun(text: str, matches: list[re.Match]) -> list[re.Match]:
    """The matches with the longer readings in place of the pieces they were read as: spun
    numbers, digits with scale words ("3 hundred and 21") and "3 million and a half"."""
    spun = []
    for match in matches:
        if spun and match.start() < spun[-1].end():
            continue
        if _JOINT_AFTER.match(text, match.end()):
            found = _spun_re().match(text, match.start())
        elif scale_word(match.group("scale")) in _SMALL_WORDS and _MIXED_AFTER.match(
            text, match.end()
        ):
            found = _mixed_re().match(text, match.start())
        elif (match.group("scale") or "").lower().endswith("illion") and _SCALE_AND_RE.match(
            text, match.end()
        ):
            found = _scaled_and_re().match(text, match.start())
        elif match.group("digits") and _BIG_AND_WORDS.match(text, match.end()):
            found = _mixed_re().match(text, match.start())
        else:
            continue
        if found and found.end() > match.end():
            spun.append(found)
    if not spun:
        return matches
    kept = [m for m in matches if not any(s.start() <= m.start() < s.end() for s in spun)]
    return sorted(kept + spun, key=lambda m: m.start())


_POWER = re.compile(r"(\d+(?:\.\d+)?)(?:[eE]|\s?[x×]\s?10\^?)([-−+]?\d+)")
_CARET = re.compile(r"(?:(\d+(?:\.\d+)?)\s?[x×]\s?)?(\d+(?:\.\d+)?)\^([-−+]?\d+)")
_FRACTION_DIGITS = re.compile(r"(?:(\d+)(?:\s+|-))?(\d+)/(\d+)")
_LAKH = re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?")
_PLAIN = re.compile(r"\d*(?:\.\d+)?")
_COMMA_GROUPS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
#: 1.234,56 / 1.144.000 / 45,00: dots group, a comma marks the decimals
_DOT_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d{2}")


#: Powers of ten beyond which a number means nothing a figure can say (10^30 and 10^-30):
#: such numbers are left as text, and counted as unparsed, rather than computed with.
MAX_EXPONENT = 30
#: Exact arithmetic for what is in reach: 30 digits before the point and 30 after fit.
_EXACT = Context(prec=100)


_LIMIT = Decimal(10) ** MAX_EXPONENT


def in_reach(value: Decimal | None) -> Decimal | None:
    """The value when a figure can mean it: at most 10^30, and not smaller than 10^-30."""
    if value is None or not value.is_finite():
        return None
    exponent = value.adjusted()
    if -MAX_EXPONENT <= exponent < MAX_EXPONENT or not value:
        return value  # nearly every number: no comparison needed
    if exponent < -MAX_EXPONENT or abs(value) > _LIMIT:
        return None
    return value


def power_in_reach(base: Decimal, exponent: str) -> Decimal | None:
    """ "1.1^23": computed only where the result stays within reach (``in_reach``)."""
    if len(exponent.lstrip("+-")) > 3 or not base:
        return None
    power = int(exponent)
    if abs(power * math.log10(abs(float(base)))) > MAX_EXPONENT:
        return None
    try:
        return in_reach(_EXACT.power(base, power))
    except ArithmeticError:
        return None


def parse_digits(text: str) -> Decimal | None:
    """Exact value of a digit string; price-parser decides the decimal mark in odd cases."""
    if text.isascii() and text.isdigit():
        # most numbers: nothing to decide (and no Decimal built from a million digits)
        return in_reach(Decimal(text)) if len(text) <= 2 * MAX_EXPONENT else None
    power = _POWER.fullmatch(text)
    if power:
        exponent = power.group(2).replace("−", "-")
        if len(exponent.lstrip("+-")) > 3 or len(power.group(1)) > 2 * MAX_EXPONENT:
            return None
        return in_reach(Decimal(power.group(1)).scaleb(int(exponent), _EXACT))
    caret = _CARET.fullmatch(text)
    if caret:
        power = power_in_reach(Decimal(caret.group(2)), caret.group(3).replace("−", "-"))
        times = Decimal(caret.group(1) or 1)
        return None if power is None else in_reach(_EXACT.multiply(times, power))
    if text[-1] in VULGAR:
        return in_reach(_EXACT.add(Decimal(text[:-1] or 0), VULGAR[text[-1]]))
    fraction = _FRACTION_DIGITS.fullmatch(text)
    if fraction:
        whole, top, bottom = (int(g or 0) for g in fraction.groups())
        return Decimal(whole) + Decimal(top) / Decimal(bottom) if top < bottom else None
    if text.endswith(",-"):
        return in_reach(Decimal(text[:-2].replace(".", "")))
    cleaned = text.replace("\u00a0", "").replace("\u202f", "").replace("'", "").replace(" ", "")
    if len(cleaned) > 4 * MAX_EXPONENT:
        return None
    if _LAKH.fullmatch(cleaned):
        return in_reach(Decimal(cleaned.replace(",", "")))
    if _PLAIN.fullmatch(cleaned):
        return in_reach(Decimal(cleaned))
    if _COMMA_GROUPS.fullmatch(cleaned):
        return in_reach(Decimal(cleaned.replace(",", "")))
    if _DOT_GROUPS.fullmatch(cleaned):
        return in_reach(Decimal(cleaned.replace(".", "").replace(",", ".")))
    from price_parser.parser import parse_number

    try:
        value = parse_number(cleaned)
    except (InvalidOperation, ValueError):
        return None
    return in_reach(Decimal(value)) if value is not None else None


_SPUN_POINT = re.compile(r"(?<=[a-z])\.(?=\w)|(?:\s+|-)point(?:\s+|-)")


def parse_words(text: str) -> Decimal | None:
    """Value of number words: "two hundred and five" -> 205, "a dozen" -> 12, "two thirds";
    also spun ones, "eighty five.5" -> 85.5, "95-point-75" -> 95.75."""
    text = _SPUN_POINT.sub(" point ", text.lower())
    words = [w for w in re.split(r"[\s,-]+", text.replace("&", " and ").strip()) if w]
    factor = Decimal(1)
    if words[:2] == ["half", "a"]:
        factor, words = Decimal("0.5"), words[2:]
    if len(words) > 3 and words[-3] == "of" and words[-2] in ("a", "an") and words[-1] in SCALES:
        factor, words = SCALES[words[-1]], words[:-3]  # "two thirds of a million"
    if words and words[-1] in ("dozen", "dozens"):
        if "and" in words[:-1]:  # "three hundred and two dozen": the dozens are the last term
            cut = len(words) - 1 - words[::-1].index("and")
            head, dozens = _whole(words[:cut]), _whole(words[cut + 1 : -1])
            return None if head is None or dozens is None else (head + 12 * dozens) * factor
        factor, words = factor * 12, words[:-1]
    if words in ([], ["a"]):
        return factor if factor != 1 else None
    if words[-1] in ("half", "quarter") and words[:-1] in ([], ["a"], ["an"], ["one"]):
        return factor / DENOMINATORS[words[-1]]
    if "point" in words:
        value = _point_value(words)
    else:
        value = _fraction_value(words)
        if value is _NOT_A_FRACTION:
            value = _whole(words)
    return None if value is None else value * factor


def _point_value(words: list[str]) -> Decimal | None:
    """ "two point five", "nine point nought four", "95 point 75"."""
    at = words.index("point")
    whole, decimals = _whole(words[:at]), words[at + 1 :]
    if len(decimals) == 1 and decimals[0].isdigit():
        return None if whole is None else whole + Decimal("0." + decimals[0])
    if whole is None or not all(w in UNITS or w in TENS for w in decimals):
        return None
    if all(w in UNITS and UNITS[w] < 10 for w in decimals):
        digits = "".join(str(UNITS[w]) for w in decimals)
    else:
        digits = str(_whole(decimals))
    return whole + Decimal("0." + digits)


_NOT_A_FRACTION = object()


def _fraction_value(words: list[str]):
    """ "two thirds", "twenty and three fifths", "one twenty-fifth", "six million and two
    thirds" (of a million: the fraction takes the scale before it); else _NOT_A_FRACTION."""
    singular = words[-1].rstrip("s") if words[-1] != "halves" else "half"
    compound = len(words) > 2 and words[-2] in TENS and words[-3] != "and"
    if singular in ORDINAL_ONES and compound:
        denominator, rest = TENS[words[-2]] + ORDINAL_ONES[singular], words[:-2]
    elif singular in DENOMINATORS and len(words) > 1:
        denominator, rest = DENOMINATORS[singular], words[:-1]
    else:
        return _NOT_A_FRACTION
    whole, before = Decimal(0), []
    if "and" in rest:
        cut = len(rest) - 1 - rest[::-1].index("and")
        after = _whole(rest[cut + 1 :]) or Decimal(0)
        # after "hundred", "and" may join the numerator: "one hundred and thirty-two fifths"
        # is 132/5, but "one hundred and three quarters" 100.75 (a proper fraction)
        if rest[cut - 1] != _HUNDRED or after < denominator:
            before, rest = rest[:cut], rest[cut + 1 :]
            whole = _whole(before)
    numerator = Decimal(1) if rest in (["a"], ["an"]) else _whole(rest)
    if whole is None or numerator is None:
        return None
    if numerator != 1 and singular == words[-1]:
        return None  # "one hundred fifth" is a rank: a hundred of them are "hundred fifths"
    share = numerator / denominator
    if before and SCALES.get(before[-1], 0) >= 10**6:
        share *= SCALES[before[-1]]
    return whole + share


def _whole(words: list[str]) -> Decimal | None:
    if words and words[0] in ("a", "an"):
        words = ["one", *words[1:]]
    total = 0
    current = 0
    seen = False
    for word in words:
        if word == "and":
            continue
        if word.isascii() and word.isdigit() and len(word) <= MAX_EXPONENT:
            current += int(word)  # spun copy: "95-point-75"
        elif word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == _HUNDRED:
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
    word = scale_word(scale)
    if language == "en":
        return SCALES.get(word, Decimal(1))
    from figcheck.lang import lexicon

    lex = lexicon(language)
    power = lex.scales.get(word, lex.tight_scales.get(scale.strip(" -\u00a0")))
    if power is None:  # a figure keeps its scale in lower case: "mio." for "Mio."
        power = next((p for key, p in lex.tight_scales.items() if key.lower() == word), None)
    return Decimal(10) ** power if power is not None else Decimal(1)


def scale_word(scale: str | None) -> str | None:
    """The scale as one lower-case word or two ("million", "lakh crore"), spaces and breaks gone."""
    if not scale:
        return None
    fraction = _SCALE_AND_RE.search(scale)
    if fraction:
        scale = scale[: fraction.start()]
    return " ".join(scale.replace("-", " ").split()).lower()


def _scale_fraction(scale: str | None) -> Decimal:
    """The "and a half" of "3 million and a half" (in millions), else 0; "one billion and a
    half million" is a billion and half a million."""
    fraction = _SCALE_AND_RE.search(scale) if scale and "and" in scale.lower() else None
    if fraction is None:
        return Decimal(0)
    words = fraction.group(0).split()[1:]
    own = Decimal(1)
    if words[-1] in SCALES:  # "and a half million": a scale of its own
        own, words = SCALES[words[-1]] / scale_value(scale), words[:-1]
    return (parse_words(" ".join(words)) or Decimal(0)) * own


_BIG_AND = re.compile(r"(?<=illion)\s+and\s+", re.I)


def _words_value(words: str, scale: str | None) -> Decimal | None:
    """parse_words, but before a scale the part after "billion and" counts in that scale:
    "one billion and three quarters million" is a billion and 750,000."""
    split = _BIG_AND.search(words) if scale else None
    if split is None:
        return parse_words(words)
    head, tail = parse_words(words[: split.start()]), parse_words(words[split.end() :])
    if head is None or tail is None:
        return None
    return head / scale_value(scale) + tail


def number_value(match, prefix: str = "") -> Decimal | None:
    """The value of a NUMBER match (its groups renamed with ``prefix``), scale applied."""
    if hasattr(match, "value"):
        return match.value  # read through a lexicon, its value already known
    if match.group(prefix + "digits"):
        base = parse_digits(match.group(prefix + "digits"))
    elif match.group(prefix + "words"):
        base = _words_value(match.group(prefix + "words"), match.group(prefix + "scale"))
    else:
        return None
    if base is None:
        return None
    fraction = _scale_fraction(match.group(prefix + "scale"))
    if fraction:
        base = _EXACT.add(base, fraction)
    if match.group(prefix + "neg"):
        base = -base  # "-5", "−5", "minus five"
    return in_reach(_EXACT.multiply(base, scale_value(match.group(prefix + "scale"))))


_DIGIT = re.compile(r"\d")


def spelled_fraction(match) -> bool:
    """Whether a number is a part written in words ("a quarter", "half", "two-thirds"): a
    share or a change ("rose a third to 1.2 billion dollars"), never the low end of a range
    that takes its unit from the figure after it."""
    value = number_value(match)
    return value is not None and abs(value) < 1 and not _DIGIT.search(match.group(0))


_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_MONTH_BEFORE = re.compile(rf"\b{_MONTH}\.?,?\s*$", re.I)
_MONTH_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s*(?:of\s+)?{_MONTH}\b", re.I)
_ORDINAL_AFTER = re.compile(r"^(?:st|nd|rd|th)\b", re.I)
_YEAR = re.compile(r"(?:19|20)\d\d|2100")
#: What may stand after a month as its day or its year: one or two digits, or four.
_DAY_OR_YEAR = re.compile(r"\d{1,2}|\d{4}")


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
    if ordinal_after.match(after) or month_after.match(after):
        return True
    month = month_before.search(before)
    # after a month and a comma only a year is a date part: "In May, 300 people" counts them;
    # and without one, only what a day or a year is written as: "Ende Juni 412 Flugzeuge",
    # "en junio 1.200 personas" count them
    if month and (
        is_year(text[start:end])
        or ("," not in month.group(0) and _DAY_OR_YEAR.fullmatch(text, start, end))
    ):
        return True
    if _SLASH_AFTER.match(after) or _SLASH_BEFORE.search(before):
        return True
    if language != "en" and _in_clock(text, start, end, language):
        return True
    return bool(_ISO_AFTER.match(after) or _ISO_BEFORE.search(before))


@cache
def _clock(language: str) -> re.Pattern | None:
    """A time of day with the hour mark of a language ("22 h 15", "9h30"), or an hour and
    its minutes with the words of a time beside them ("a las 18.30 horas", "um 18.30 Uhr"),
    or None."""
    from figcheck.lang import lexicon

    lex = lexicon(language)
    hour = r"(?<![\d.,])(?:[01]?\d|2[0-4])"
    forms = []
    if lex.hour_marks:
        marks = alternation(lex.hour_marks)
        forms.append(rf"{hour}[^\S\n]?(?:{marks})[^\S\n]?[0-5]\d(?![\d.,]?\d)")
    hour_minutes = rf"{hour}[.:][0-5]\d(?![\d.,]?\d)"
    if lex.clock_after:
        forms.append(rf"{hour_minutes}[^\S\n]*(?:{alternation(lex.clock_after)})\b")
    if lex.clock_before:
        forms.append(rf"\b(?:{alternation(lex.clock_before)})[^\S\n]+{hour_minutes}")
    return re.compile("|".join(forms), re.I) if forms else None


def clock_spans(text: str, language: str) -> list[tuple[int, int]]:
    """The times of day of ``text`` written as ``language`` writes them: no finder reads
    a figure in them ("a las 18.30 horas" is no 18.3 hours)."""
    clock = _clock(language) if language != "en" else None
    return [m.span() for m in clock.finditer(text)] if clock else []


def _in_clock(text: str, start: int, end: int, language: str) -> bool:
    """The number from ``start`` to ``end`` is the hour or the minutes of a time of day."""
    clock = _clock(language)
    if clock is None:
        return False
    for match in clock.finditer(text, max(0, start - 8), min(len(text), end + 8)):
        if match.start() <= start and end <= match.end():
            return True
    return False


@cache
def _dates(language: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The ordinal marks and month names of a language, as ``in_date_or_ordinal`` reads them:
    "1.º", "24 de agosto", "24. August", "agosto de 2023"."""
    from figcheck.lang import lexicon

    lex = lexicon(language)
    months = alternation(lex.months, empty="")
    links = "|".join(re.escape(w) for w in lex.of_words)
    link = rf"(?:(?:{links})\s+)?" if links else ""
    ordinal = "|".join(lex.ordinal_marks) or "(?!)"
    return (
        re.compile(rf"(?:{ordinal})", re.I),
        re.compile(rf"\.?\s*{link}(?:{months})\b", re.I),
        re.compile(rf"\b(?:{months})\.?,?\s*{link}$", re.I),
    )
