"""Money: an exact amount and an ISO 4217 currency, with ranges and stated conversions.

"3 million to 5 million yuan ($411,000-$686,000)" gives four figures: two CNY
amounts and two USD amounts, the USD ones marked as the conversion of the CNY ones.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache

from figcheck.extractors import dollars
from figcheck.extractors.numbers import (
    GAP,
    SCALE,
    number_value,
    scale_value,
    scale_word,
    spelled_fraction,
    spelled_scales,
)
from figcheck.extractors.numerals import number_matches
from figcheck.extractors.places import resolve_by_place
from figcheck.extractors.ranges import changed_by
from figcheck.extractors.tables import (
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    DECIMAL_CURRENCIES,
    GLUED_MINOR,
    POST_SYMBOLS,
)
from figcheck.figures import Figure
from figcheck.lang.en import (
    CENTS_BEFORE,
    CENTS_CONTEXT,
    CONVERSION_LINKS,
    CONVERSION_QUALIFIERS,
    CURRENCY_NAMES,
    DATED_AFTER,
    NAIRA_CONTEXT,
    NOT_PER,
    PAYMENT_WORDS,
    PENCE_WORDS,
    POUNDS_OF_DETERMINERS,
    POUNDS_OF_SUMS,
    PRICE_UNITS,
    RANGE_BETWEEN,
    RANGE_WORDS,
    SCALED_WORDY_CURRENCIES,
    SQUARED_UNITS,
    STERLING_WORDS,
    SUBUNIT_WORDS,
    VAGUE_COUNTS,
    VERB_CURRENCIES,
    WORDY_CURRENCIES,
    YEN_CONTEXT,
    YUAN_CONTEXT,
)
from figcheck.text import alternation, squeezed

KIND = "money"


_SYMBOL = alternation(CURRENCY_SYMBOLS, lead=True)
#: (Behind a test that three letters and no fourth follow: the codes, all of three letters,
#: are otherwise tried one by one after every number and before it.)
_CODE = rf"(?=[^\W\d_]{{3}}(?![a-z]))(?:{alternation(CURRENCY_CODES)})"
_NAME = alternation(CURRENCY_NAMES, lead=True)
#: (a sign ending in a letter must end a word: "5 Brits" holds no "Br")
_POST_SYMBOL = rf"(?:{alternation(POST_SYMBOLS)}|kr)(?:(?<![A-Za-z])|\b)"

#: How far before its number a sign or code may start ("U.S.$", "CUC$").
_LONGEST_PRE = max(len(s) for s in (*CURRENCY_SYMBOLS, *CURRENCY_CODES)) + 1
#: Business copy writes millions of a currency as "M" before its code: "30 MUSD", "MEUR 120".
_MEGA = r"(?P<mega>(?-i:M)(?=(?-i:[A-Z]{3})(?![A-Za-z])))?"
#: The currency before a number ("US$ 75", "RMB 300"), searched right up to the number.
PRE_RE = re.compile(
    # (a letter may stand before "€" or "£", no dollar-like prefix: "A€900 million" is euros)
    rf"(?:(?:(?<![A-Za-z])|(?=[€£]))(?P<pre>{_SYMBOL})"
    rf"|\b{_MEGA}(?P<precode>{_CODE})(?:[^\S\r\n]?\$)?(?![A-Za-z]))[^\S\r\n]*$",
    re.I,
)
#: The currency after a number ("5 €", "3 million yuan", "75 USD million").
#: (",-" after the number says it is whole: "50,- Kč", "1.198,- kr")
POST_RE = re.compile(
    # "of" links a scale to its currency in translated copy ("7 billion of dollars"); without
    # a scale it is no link (currency_of): "7 of dollars" is no amount.
    # (a "$" glued to digits is the sign of the next amount: "1 $10 bill")
    rf"(?P<whole>,-)?(?:{GAP}|-)(?:(?P<link>of)\s+(?=(?:{_NAME})\b))?"
    rf"(?:(?P<postsym>{_POST_SYMBOL})(?<!\$(?=\d))"
    rf"|(?<![A-Za-z]){_MEGA}(?P<postcode>{_CODE})\b"
    rf"(?P<postscale>[ \u00a0](?:{spelled_scales(6)})\b)?"
    rf"|(?P<postname>(?:\b|(?<=\d))(?:{_NAME})\b))",
    re.I,
)


class MoneyMatch:
    """A number with the currency words around it, read like one regex match."""

    def __init__(self, number: re.Match, around: re.Match, before: bool, scaled: bool = True):
        self.number, self.around, self.scaled = number, around, scaled
        self.span = (around.start(), number.end()) if before else (number.start(), around.end())

    def group(self, name: str):
        if name == "scale" and not self.scaled:
            return None
        if name in self.around.re.groupindex:
            return self.around.group(name)
        try:
            return self.number.group(name)
        except IndexError:  # a group the number pattern does not have
            return None

    def start(self) -> int:
        return self.span[0]

    def end(self) -> int:
        return self.span[1]


# Lower-case letters are no symbol: "rs 5" or "kr" inside words must not read as money.
_CASE_SENSITIVE = {"Rs", "Rs.", "Rp", "RM", "Fr.", "kr", "TL", "Dh", "Dhs", "Tk", "Sh"}

#: Codes that are English words too: only read when written in capitals.
_WORD_CODES = {"TRY", "PEN", "COP", "ALL", "CUP", "GEL", "MAD", "TOP", "BOB", "SOS", "BAM", "MOP"}
#: After such a code written after its number, the end of a price tag ("1 GEL", "5,000 ALL
#: in cash"); a word in capitals after it is a headline's ("THE 10 TOP TIPS").
_TAG_END = re.compile(r"[^\S\n]*(?:[.,;:!?)\]]|$)|[^\S\n]+[a-z]")
_SUBUNIT_GAP = re.compile(r"(?:\s+and)?\s+", re.I)
_SUBUNIT_END = re.compile(rf"\s*(?:{alternation(SUBUNIT_WORDS)})\b|(?=\s*(?:[.,;!?]|$))", re.I)
_RANGE_JOIN = re.compile(
    rf"\s*(?:-to-|-|–|—|{alternation((*RANGE_WORDS, RANGE_BETWEEN[1]))})\s*$", re.I
)
_CONVERSION_GAP = re.compile(
    # "a 45 billion yen project (about $290 million)": a noun or two may stand before "("
    rf"\s*(?:,\s*(?:{alternation(CONVERSION_LINKS)})|(?:\s+[A-Za-z][a-z-]*){{0,2}}\s*\(|—|–|,)?\s*"
    rf"(?:{alternation(CONVERSION_QUALIFIERS)})?\s*$",
    re.I,
)


@dataclass(frozen=True)
class _Words:
    """The patterns and names money reads in one language (English: the module's own)."""

    post: re.Pattern
    names: Mapping[str, str]
    wordy: frozenset[str]
    range_join: re.Pattern
    subunit_gap: re.Pattern
    subunit_end: re.Pattern
    conversion_gap: re.Pattern
    #: "entre" before the low end of a range joined by "y" (English: ranges.py's business).
    between: re.Pattern = re.compile("(?!)")
    #: After two digits of cents said without their name, a word that counts nothing
    #: ("15 dólares 50 puedes", "2 euros 50 pour"): the cents of a price said aloud.
    cents_before: re.Pattern = re.compile("(?!)")
    #: "von" before the first end of a change joined by "auf" ("von 12 auf 9 Euro").
    starting: re.Pattern = re.compile("(?!)")
    #: Country letters after a sign and the currency they make ("80 $ US": "USD").
    countries: Mapping[str, str] = field(default_factory=dict)
    #: The language these words are of ("en" for the module's own).
    language: str = "en"
    #: Wordy names that a number in words with a scale makes a sum ("two billion won").
    scaled_wordy: frozenset[str] = frozenset()


_ENGLISH = _Words(
    POST_RE,
    CURRENCY_NAMES,
    WORDY_CURRENCIES,
    _RANGE_JOIN,
    _SUBUNIT_GAP,
    _SUBUNIT_END,
    _CONVERSION_GAP,
    cents_before=re.compile(rf"[^\S\n]+(?:{alternation(CENTS_BEFORE)})\b", re.I),
    scaled_wordy=SCALED_WORDY_CURRENCIES,
)


def _spaced(words) -> str:
    """A language's money words, longest first, any blanks for a space; "" for none."""
    return alternation(words, space=r"\s+", empty="")


@cache
def _words(language: str) -> _Words:
    """Money's patterns for ``language``, built from its lexicon ("2,7 millones de dólares")."""
    if language == "en":
        return _ENGLISH
    from figcheck.lang import lexicon

    lex = lexicon(language)
    never = "(?!)"
    countries = _spaced(lex.sign_countries)
    countries = rf"|(?-i:{countries})" if countries else ""
    names = _spaced(lex.currencies) or never
    links = _spaced(lex.currency_links) or never
    scales = _spaced(lex.scales) or never
    post = re.compile(
        rf"[ \u00a0-]?(?:(?P<link>{links})\s*)?"
        rf"(?:(?P<postsym>{_POST_SYMBOL})(?:[ \u00a0]?(?P<symcode>{_CODE}{countries})\b)?"
        rf"|(?<![A-Za-z]){_MEGA}(?P<postcode>{_CODE})\b(?P<postscale>[ \u00a0](?:{scales})\b)?"
        rf"|(?P<postname>\b(?:{names})\b))",
        re.I,
    )
    joins = _spaced(lex.range_words) or never
    between, and_word = lex.range_between or (never, never)
    start, to = lex.range_from or (never, never)
    articles = _spaced(lex.articles) or never
    mixed = _spaced(lex.mixed_joiners) or never
    hundredths = _spaced(n for n, code in lex.currencies.items() if code.endswith("/100"))
    qualifiers = _spaced(lex.qualifiers) or never
    counted = (*lex.units, *lex.time_words, *lex.currencies, *lex.scales, *lex.percent_words)
    counted += (*lex.point_words, *lex.loose_point_words, *lex.times_words, *lex.of_words)
    return _Words(
        post=post,
        names=lex.currencies,
        wordy=lex.wordy_currencies,
        range_join=re.compile(
            rf"\s*(?:-|–|—|\b(?:{joins})|(?P<and>\b{and_word})|(?P<to>\b{to}))"
            rf"\s*(?:(?:{articles})\s+)?$",
            re.I,
        ),
        between=re.compile(rf"\b{between}\s+(?:(?:{articles})\s+)?$", re.I),
        starting=re.compile(rf"\b{start}\s+(?:(?:{articles})\s+)?$", re.I),
        countries=lex.sign_countries,
        language=language,
        subunit_gap=re.compile(rf"(?:\s+(?:{mixed}))?\s+", re.I),
        subunit_end=re.compile(rf"\s*(?:{hundredths or never})\b|(?=\s*(?:[.,;!?]|$))", re.I),
        conversion_gap=re.compile(rf"\s*(?:\(|—|–|,)?\s*(?:{qualifiers})?\s*$", re.I),
        cents_before=re.compile(rf"[^\S\n]+(?!(?:{_spaced(counted)})\b)(?-i:[a-zà-öø-ÿ])", re.I),
    )


def currency_of(match: re.Match, words: _Words = _ENGLISH) -> str | None:
    """The ISO code the words of a money match name, or "CNY|JPY" style alternatives."""
    if match.group("pre"):
        symbol = match.group("pre")
        if symbol in _GLUED_ONLY:  # never a sign of PRE_RE: only glued (_glued)
            return _GLUED_ONLY[symbol]
        for known, code in CURRENCY_SYMBOLS.items():
            if known.lower() == symbol.lower():
                if known in _CASE_SENSITIVE and known != symbol:
                    return None
                return code
    code = match.group("precode") or match.group("postcode")
    if code and code.upper() in _WORD_CODES and not code.isupper():
        return None  # "his pen 7 times"
    if match.group("precode"):
        return CURRENCY_CODES.get(match.group("precode").upper())
    if match.group("link") and not match.group("scale"):
        return None  # "de" links a currency to a scale only: "3 millones de euros"
    if match.group("symcode"):
        code = match.group("symcode")  # "16 millions de $CAD", "80 $ US"
        return CURRENCY_CODES.get(code.upper()) or words.countries.get(code)
    if match.group("postsym"):
        symbol = match.group("postsym")
        # (a sign read case-sensitively may be a name in lower case: "Lek" and "30 lek")
        return POST_SYMBOLS.get(symbol) or CURRENCY_SYMBOLS.get(symbol) or words.names.get(symbol)
    if match.group("postcode"):
        return CURRENCY_CODES.get(match.group("postcode").upper())
    if match.group("postname"):
        name = re.sub(r"\s+", " ", match.group("postname").lower())
        if name in words.wordy and not match.group("digits"):
            if not (match.group("scale") and name in words.scaled_wordy):
                return None
        return words.names.get(name)
    return None


#: "by" and a name after "won": the verb's agent ("412 won by Labour"), not "by the end".
_AGENT_AFTER = re.compile(r"[^\S\n]+by[^\S\n]+(?:the[^\S\n]+)?[A-Z]")


def _verb_after(text: str, match, amount: Decimal, scale: str | None) -> bool:
    """Whether a currency name that is a verb too ("won") is the verb after a count: after a
    sum too small for news to write in it ("5 won by Kenyans", "3 won and 2 lost"), or
    before "by" and a name ("the 412 won by Labour"); "4,500 won" stays a sum."""
    smallest = VERB_CURRENCIES.get((match.group("postname") or "").lower())
    if smallest is None or scale:
        return False
    return amount < smallest or bool(_AGENT_AFTER.match(text, match.end()))


def _word_in_capitals(text: str, match, code: str, language: str) -> bool:
    """Whether a code that is a word too is that word in capitals ("ALL 5 MEMBERS", "TOP 10
    PICKS"): before its number unless the text names the currency ("ALL 5,000" where the lek
    is named), after it unless a price tag ends there ("1 GEL")."""
    written = match.group("precode") or match.group("postcode")
    if not written or written.upper() not in _WORD_CODES:
        return False
    if _named_re(language, code).search(text):
        return False
    return bool(match.group("precode")) or not _TAG_END.match(text, match.end())


@cache
def _named_re(language: str, code: str) -> re.Pattern:
    """The names of ``code``'s currency in ``language`` ("lek", "leke"), as whole words."""
    names = [name for name, named in _words(language).names.items() if named == code]
    return re.compile(rf"\b(?:{_spaced(names) or '(?!)'})\b", re.I)


def resolve_yen_sign(text: str, start: int, end: int) -> tuple[str, tuple[str, ...]]:
    """ "¥" is both the yuan and the yen sign: let nearby words decide, else flag it."""
    window = text[max(0, start - 250) : end + 250].lower()
    yuan = sum(window.count(word) for word in YUAN_CONTEXT)
    yen = sum(window.count(word) for word in YEN_CONTEXT)
    if yuan > yen:
        return "CNY", ()
    if yen > yuan:
        return "JPY", ()
    return "JPY", ("CNY", "JPY")


_STERLING_CONTEXT = re.compile(rf"£|\b(?:{alternation(STERLING_WORDS)})\b", re.I)
#: Words that make "4.50 pounds" a price: "pay", "toll", "worth", "cost" ...
_PRICE_BEFORE = re.compile(rf"\b(?:{alternation(PAYMENT_WORDS)})\b[^.]{{0,30}}$", re.I)


#: The words after "pounds of", up to three ("of taxpayers' money", "of its own money").
_OF_WORDS = re.compile(r"[^\S\n]+of[^\S\n]+((?:[\w'’-]+[^\S\n]*){1,3})", re.I)


def pounds_are_money(text: str, start: int, end: int, scale: str | None) -> bool:
    """ "20 million pounds" is money; "drop 25 pounds" is a weight unless sterling is in the
    air; "5 million pounds of beef" is a weight whatever its scale (``pounds_of``)."""
    told = pounds_of(text, end)
    if told is not None:
        return told
    if scale or _PRICE_BEFORE.search(text, max(0, start - 40), start):
        return True
    return bool(_STERLING_CONTEXT.search(text, max(0, start - 150), end + 150))


def pounds_of(text: str, end: int) -> bool | None:
    """What the words after "pounds of" say: a sum (True: "of public money"), a weight
    (False: "of beef", "of ground turkey"), or nothing (None: no "of", or "of the")."""
    of = _OF_WORDS.match(text, end)
    if of is None:
        return None
    words = [w.lower().replace("’", "'") for w in of.group(1).split()]
    if any(w in POUNDS_OF_SUMS for w in words):
        return True
    return None if words[0] in POUNDS_OF_DETERMINERS else False


def _matches(text: str, language: str = "en") -> Iterator[MoneyMatch]:
    """Each number of the shared scan with a currency right before or after it."""
    last_end = 0
    post_re = _words(language).post
    for number in number_matches(text, language):
        if number.start() < last_end:
            continue
        # the sign or code ends where the spaces before the number start (markup leaves several)
        gap = number.start()
        while gap > last_end and text[gap - 1] in " \t\u00a0":
            gap -= 1
        pre = PRE_RE.search(text, max(last_end, gap - _LONGEST_PRE), number.start())
        if pre:
            match = MoneyMatch(number, pre, before=True)
        else:
            post = post_re.match(text, number.end())
            scaled = True
            if not post and number.group("scale") and number.group("scale").strip().isalpha():
                # "1 B/.": the letter read as a scale (b = billion) starts the currency sign
                post, scaled = post_re.match(text, number.start("scale")), False
            if not post:
                continue
            match = MoneyMatch(number, post, before=False, scaled=scaled)
        last_end = match.end()
        yield match


#: A code written onto the digits ("CHF12", "JPY85bn"): the shared scan skips digits glued
#: to letters ("A380"), so these are read apart, only after a code in capitals.
_GLUED_SIGNS = (
    "RM", "Rs.", "Rs", "Rp", "R", "N", "$US", "$A", "$NZ", "$HK", "KSh", "TSh", "USh", "Sh",
    "Dhs", "Dh", "Tk",
)  # fmt: skip
_GLUED_HINT = re.compile(
    r"(?<![A-Za-z])([A-Z]{3}|RM|Rs\.?|Rp|[RN](?=\d)|\$(?:US|A|NZ|HK)|[KTU]?Sh|Dhs?|Tk)(?=[\d.])"
)
#: Signs read only glued to an amount: South Africa's "R2.5 billion", "R8,499", Nigeria's
#: "N5bn". Both are letters too ("the R35 road", "R2 of 0.8", "N95 masks"): an amount with
#: a scale, thousands or cents only, and "N" only where the text is about Nigeria.
_GLUED_ONLY = {"R": "ZAR", "N": "NGN"}
_GLUED_CONTEXT = {"N": re.compile(rf"\b(?:{alternation(NAIRA_CONTEXT)})\b|₦", re.I)}
_LOOKS_LIKE_MONEY = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d\d)?|\d+\.\d\d")


@functools.cache
def _glued_re() -> re.Pattern:
    """Compiled on first use: most texts hold no glued code, and start-up counts."""
    signs = "|".join(re.escape(s) for s in _GLUED_SIGNS)
    return re.compile(
        rf"(?-i:(?P<pre>{signs})|(?P<precode>[A-Z]{{3}}))(?P<neg>(?!))?(?P<words>(?!))?"
        rf"(?P<digits>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)(?!,?\d)"
        rf"(?P<scale>{SCALE})?",
        re.I,
    )


def _glued(text: str) -> Iterator[MoneyMatch]:
    for hint in _GLUED_HINT.finditer(text):
        if hint.group(1) in CURRENCY_CODES or hint.group(1) in _GLUED_SIGNS:
            match = _glued_re().match(text, hint.start())
            if match and _glued_sign_holds(text, match):
                yield MoneyMatch(match, match, before=True)


def _glued_sign_holds(text: str, match: re.Match) -> bool:
    """Whether a sign glued to digits is money: any sign but a letter alone; a letter
    ("R2.5 billion", "N5bn") with a scale, thousands or cents, and the text it needs."""
    sign = match.group("pre")
    if sign not in _GLUED_ONLY:
        return True
    if not (match.group("scale") or _LOOKS_LIKE_MONEY.fullmatch(match.group("digits"))):
        return False
    context = _GLUED_CONTEXT.get(sign)
    return context is None or bool(context.search(text))


#: What a writer puts after a "$" amount to say which dollar: "$1.7 billion Cdn".
_DOLLAR_SUFFIX = re.compile(r"[^\S\r\n]+(?P<code>Cdn|CDN|CAD|Aus|AUD|NZD|HKD|SGD|USD|US)(?![\w$])")
_DOLLAR_SUFFIXES = {"Cdn": "CAD", "CDN": "CAD", "Aus": "AUD", "US": "USD"}


def _dollar_suffix(text: str, match: MoneyMatch, code: str, end: int):
    """(currency, end, extra): the dollar a suffix names, the figure widened to take it in."""
    suffix = _DOLLAR_SUFFIX.match(text, end) if match.group("pre") == "$" else None
    if suffix is None:
        return code, end, ()
    named = suffix.group("code")
    return _DOLLAR_SUFFIXES.get(named, named), suffix.end(), (("currency_from", "suffix"),)


def find(text: str, published=None, language: str = "en") -> Iterator[Figure]:
    """Every money figure, with the low end of "3 to 5 million yuan" filled in."""
    figures = list(_amounts(text, language))
    if language == "en":
        figures = _bare_highs(_signed_lows(figures, text), text)
        figures += _vague_sums(text)
        figures += _glued_minor(text)
    else:
        figures = _signed_lows(figures, text, language)
    yield from figures


_GLUED_MINOR_RE = re.compile(
    rf"(?<![\w.,£$€])(?P<digits>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    rf"(?-i:{alternation(GLUED_MINOR)})\b(?!\.?m\b)"
)
#: What makes a minor unit on the digits money, by its letter: a "p" pence where sterling
#: or the shares whose prices it gives are named, a "c" cents where a dollar, a euro or
#: their cents are ("30c" alone may be a lazy Celsius: "30c heat").
_MINOR_CONTEXT = {
    "p": re.compile(rf"{_STERLING_CONTEXT.pattern}|\b(?:{alternation(PENCE_WORDS)})\b", re.I),
    "c": re.compile(rf"[$€¢]|\b(?:{alternation(CENTS_CONTEXT)})\b", re.I),
}


def _glued_minor(text: str) -> list[Figure]:
    """ "245p", "30c": a price in pence or cents, where its sentence names their currency
    (_MINOR_CONTEXT) or a price ("a stamp costs 85p"), or a unit it is paid per follows
    ("30c a litre"); "the 1080p screen" counts a screen's lines."""
    found = []
    for match in _GLUED_MINOR_RE.finditer(text):
        start, end = match.span()
        sign = text[match.end("digits") : end]
        per = _PER.match(text, end)
        if not (per or _minor_in_context(text, start, end, sign)):
            continue
        amount = Decimal(match.group("digits").replace(",", "")) / 100
        extra = (("per", _per_unit(per.group("per"))),) if per else ()
        end = per.end() if per else end
        code = _cents_of(text, start, end, GLUED_MINOR[sign][:3])
        found.append(Figure(KIND, start, end, text[start:end], amount, code, extra=extra))
    return found


#: A "c" right after a capitalized word ends a label ("Flat 2c", "Grade 4c"), unless a
#: price word comes before it.
_LABEL_BEFORE = re.compile(r"\b[A-Z][a-z]*[^\S\n]+$")


def _minor_in_context(text: str, start: int, end: int, sign: str) -> bool:
    """Whether a minor unit on the digits is money: a price word shortly before it, or its
    sentence naming what _MINOR_CONTEXT looks for (a "c" after no label's word)."""
    first, last = _sentence_of(text, start, end)
    if _PRICE_BEFORE.search(text, first, start):
        return True
    if sign == "c" and _LABEL_BEFORE.search(text, max(first, start - 30), start):
        return False
    return bool(_MINOR_CONTEXT[sign].search(text, first, last))


def _sentence_of(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence (or line) holding ``text[start:end]`` starts and ends."""
    first = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    last = min(i for i in (text.find(". ", end), text.find("\n", end), len(text)) if i >= 0)
    return first, last


def _named(code: str) -> str:
    """``code``'s English names as one alternation ("euros|euro")."""
    return alternation(name for name, named in CURRENCY_NAMES.items() if named == code)


_EURO_WORDS = re.compile(rf"€|\b(?:{_named('EUR')})\b", re.I)
_DOLLAR_WORDS = re.compile(rf"\$|\b(?:{_named('USD')})\b", re.I)


def _cents_of(text: str, start: int, end: int, code: str, language: str = "en") -> str:
    """The currency of a sum in cents ("30c a litre", "12 cents"): in English, the euro
    where its sentence names the euro and no dollar nor a dollar's country ("up 12c, to
    €1.75"; not "30 cents in the US, €0.25 in France"), else ``code``."""
    if code != "USD" or language != "en":
        return code
    first, last = _sentence_of(text, start, end)
    dollar = _DOLLAR_WORDS.search(text, first, last) or dollars.COUNTRY.search(text, first, last)
    return "EUR" if _EURO_WORDS.search(text, first, last) and not dollar else code


#: "tens of millions of dollars", "several billion euros": a vague word of a large order
#: before a currency name (names that are words too only as "pounds", told from weight).
_LARGE_VAGUE = alternation(
    (w for w, m in VAGUE_COUNTS.items() if m and m >= 3), space=r"\s+", lead=True
)
_PLAIN_NAMES = alternation(n for n in CURRENCY_NAMES if n not in WORDY_CURRENCIES)
_VAGUE_SUM = re.compile(
    rf"\b(?P<w>{_LARGE_VAGUE})(?:\s+of)?\s+(?P<name>{_PLAIN_NAMES}|pounds)\b", re.I
)


def _vague_sums(text: str) -> list[Figure]:
    """Sums told only by their order ("millions of dollars"): money with no amount, vague,
    with the magnitude a vague count has, so that "$45 million" told as "tens of millions of
    dollars" reads as made vaguer."""
    sums = []
    for match in _VAGUE_SUM.finditer(text):
        name = match.group("name").lower()
        if name == "pounds" and not pounds_are_money(text, match.start(), match.end(), None):
            continue
        code = CURRENCY_NAMES[name]
        if code.endswith("/100"):
            continue  # "millions of pence" is no sum to compare
        ambiguous: tuple[str, ...] = ()
        if "|" in code:  # "billions of pesos": whose, as for an amount
            code, ambiguous = resolve_by_place(text, match.start(), match.end(), code)
        word = re.sub(r"\s+", " ", match.group("w").lower())
        sums.append(
            Figure(
                KIND, match.start(), match.end(), match.group(0), None, code, vague=True,
                magnitude=VAGUE_COUNTS[word], ambiguous=ambiguous,
            )  # fmt: skip
        )
    return sums


def _bare_highs(figures: list[Figure], text: str) -> list[Figure]:
    """The high end of "$3-5 million", which carries neither sign nor name: the low end
    (which borrowed its scale) lends it its currency, and the two make one range."""
    numbers = number_matches(text)
    after = {
        m.end(): numbers[k + 1] for k, m in enumerate(numbers[:-1]) if getattr(m, "borrowed", None)
    }
    taken = {f.start for f in figures}
    out: list[Figure] = []
    for fig in figures:
        high = after.get(fig.end) if fig.text[:1] and not fig.text[:1].isdigit() else None
        if high is None or high.start() in taken or fig.range_part:
            out.append(fig)
            continue
        out.append(fig.with_changes(range_part="low"))
        out.append(
            Figure(
                KIND, high.start(), high.end(), text[high.start() : high.end()],
                number_value(high), fig.unit, scale=scale_word(high.group("scale")),
                ambiguous=fig.ambiguous, range_part="high",
            )
        )  # fmt: skip
    return out


#: Between two amounts that each carry their sign: "$3 to $5 million", "$3-$5 million".
_SIGNED_GAP = re.compile(r"[^\S\n]*[-–—][^\S\n]*|[^\S\n]+(?:to|(?P<and>and))[^\S\n]+", re.I)
_SIGNED_BETWEEN = re.compile(r"\bbetween[^\S\n]+$", re.I)


def _signed_lows(figures: list[Figure], text: str, language: str = "en") -> list[Figure]:
    """The low end of "$3 to $5 million" takes the scale of the high end: both carry the
    sign, only the high one the word, and "$3" alone is a million times too small. In
    another language its lexicon says what joins them ("US$3 a US$5 millones")."""
    words = None if language == "en" else _words(language)
    out = list(figures)
    for i, (low, high) in enumerate(zip(figures, figures[1:], strict=False)):
        if low.unit != high.unit or low.scale or not high.scale or low.range_part:
            continue
        if low.text[:1].isdigit() or high.text[:1].isdigit():
            continue  # a bare low end is _range_low's
        if not _signed_gap(text, low, high, words):
            continue
        power = scale_value(high.scale, language)
        if 0 < low.value < high.value / power:
            out[i] = low.with_changes(value=low.value * power, scale=high.scale, range_part="low")
            out[i + 1] = high.with_changes(range_part="high")
    return out


def _signed_gap(text: str, low: Figure, high: Figure, words: _Words | None) -> bool:
    """Two signed amounts are joined as a range: a dash or "to" between them, or the "and"
    of "between ... and" (the "auf" of "von ... auf" in German)."""
    if words is None:
        gap = _SIGNED_GAP.fullmatch(text, low.end, high.start)
        return bool(gap) and not (gap["and"] and not _SIGNED_BETWEEN.search(text, 0, low.start))
    gap = words.range_join.fullmatch(text, low.end, high.start)
    if gap is None:
        return False
    if gap["and"] and not words.between.search(text, 0, low.start):
        return False
    return not (gap["to"] and not words.starting.search(text, 0, low.start))


def _amounts(text: str, language: str) -> Iterator[Figure]:
    """Every money figure as the text writes it, bare low ends of ranges filled in."""
    numbers = number_matches(text, language)
    words = _words(language)
    starting = {m.start(): m for m in numbers}
    ending = {m.end(): m for m in numbers}
    for match in itertools.chain(_matches(text, language), _glued(text)):
        prefixed = bool(match.group("pre") or match.group("precode"))
        # (a lexicon's number carries its value; an English one is read through the match,
        # which hides a scale letter that turned out to start the currency sign)
        number = match.number if hasattr(match.number, "value") else match
        amount, scale = number_value(number), scale_word(match.group("scale"))
        if amount is not None:
            amount, scale = _scale_after(match, amount, scale, language)
        code = currency_of(match, words)
        if amount is None or code is None or _word_in_capitals(text, match, code, language):
            continue
        if (match.group("postname") or "").lower() in ("pound", "pounds") and not pounds_are_money(
            text, match.start(), match.end(), scale
        ):
            continue
        ambiguous: tuple[str, ...] = ()
        if code == "CNY|JPY":
            code, ambiguous = resolve_yen_sign(text, match.start(), match.end())
        elif "|" in code:
            code, ambiguous = resolve_by_place(text, match.start(), match.end(), code)
        if code.endswith("/100"):
            code = _cents_of(text, match.start(), match.end(), code[:-4], language)
            amount = amount / 100
        elif (code in _WHOLE_CURRENCIES or match.group("whole")) and not scale:
            amount = _dot_thousands(match, amount)
        amount, scale, end = _scale_letters(text, match, amount, scale, prefixed)
        if language == "en" and _verb_after(text, match, amount, scale):
            continue
        code, amount, end, extra = _tail(text, match, code, amount, scale, end, starting, words)
        high = Figure(
            KIND, match.start(), end, text[match.start() : end], amount, code, scale=scale,
            ambiguous=ambiguous, extra=extra,
        )  # fmt: skip
        low = None if prefixed else _range_low(text, high, ending, language)
        if low is not None:
            yield low
            yield high.with_changes(range_part="high")
        else:
            yield high


def _scale_after(match, amount, scale, language: str):
    """(amount, scale) with a scale written after the number: after the code ("75 USD
    million") or as an "M" onto it ("30 MUSD", "MEUR 120": millions)."""
    if match.group("postscale"):
        return (
            amount * scale_value(match.group("postscale"), language),
            scale_word(match.group("postscale")),
        )
    if match.group("mega") and not scale:
        return amount * 10**6, spelled_scales(6, 6)
    return amount, scale


def _tail(text: str, match, code: str, amount, scale, end: int, starting, words):
    """(code, amount, end, extra) with what may follow an amount read into it: the dollar a
    suffix names ("$1.7 billion Cdn"), the cents ("3 dollars 50") and the unit a price is
    per ("$15/hour", "$350 per kg", "$80 a barrel": extra "per")."""
    code, end, extra = _dollar_suffix(text, match, code, end)
    if not scale and code in DECIMAL_CURRENCIES:
        amount, end = _with_cents(text, amount, end, starting, words)
    per = _PER.match(text, end) if words is _ENGLISH else None
    if per is not None:
        extra, end = (*extra, ("per", _per_unit(per.group("per")))), per.end()
    elif words is not _ENGLISH and (local := per_after(text, end, words.language)):
        extra, end = (*extra, ("per", local[0])), local[1]
    return code, amount, end, extra


@cache
def _per_before(language: str) -> tuple[re.Pattern, dict[str, str]]:
    """The pattern of "per" and a unit in ``language``, and its units; not before a year
    ("im Jahr 2020") nor inside a relative date ("le mois dernier", "el año pasado")."""
    from figcheck.lang import lexicon

    lex = lexicon(language)
    units = {" ".join(w.lower().split()): unit for w, unit in lex.units.items()}
    relative = _spaced(lex.relative) or "(?!)"
    return (
        re.compile(
            rf"[^\S\n]+(?!(?:{relative})(?!\w))(?:{_spaced(lex.per_before) or '(?!)'})"
            rf"(?:[^\S\n]+|(?<=['’]))(?P<per>{_spaced(units) or '(?!)'})(?![\w$€£¥])"
            rf"(?![^\S\n]*\d)",
            re.I,
        ),
        units,
    )


def per_after(text: str, end: int, language: str) -> tuple[str, int] | None:
    """(unit, end) where a unit of the language's lexicon follows an amount after a word for
    "per" ("par mois": "month", "por barril": "oil_barrel"), as "$80 a barrel" in English,
    or an adjective says it ("barriles diarios": "day")."""
    pattern, units = _per_before(language)
    match = pattern.match(text, end)
    if match is not None:
        return units[" ".join(match.group("per").lower().split())], match.end()
    adjective, adjectives = _per_adjective(language)
    match = adjective.match(text, end)
    if match is None:
        return None
    return adjectives[" ".join(match.group("per").lower().split())], match.end()


@cache
def _per_adjective(language: str) -> tuple[re.Pattern, dict[str, str]]:
    """The pattern of the language's adjectives of a rate ("diarios"), and their units."""
    from figcheck.lang import lexicon

    adjectives = {w.lower(): unit for w, unit in lexicon(language).per_adjectives.items()}
    pattern = rf"[^\S\n]+(?P<per>{_spaced(adjectives) or '(?!)'})(?!\w)"
    return re.compile(pattern, re.I), adjectives


#: What a price is per: "$15.4/hour", "$350 per kg", "$80 a barrel" (after "a", only the
#: nouns prices are quoted by, and not "a year ago": that dates the amount).
_PER = re.compile(
    rf"(?:/(?=[A-Za-z])|[^\S\n]+per[^\S\n]+(?!(?:{alternation(NOT_PER)})\b)"
    rf"|[^\S\n]+an?[^\S\n]+(?=(?:{alternation(PRICE_UNITS)})\b"
    rf"(?![^\S\n]+(?:{alternation(DATED_AFTER)})\b)))"
    rf"(?P<per>[A-Za-z]+(?:[^\S\n](?:{alternation(SQUARED_UNITS)})\b)?)(?![\w$€£¥])",
    re.I,
)


def _per_unit(word: str) -> str:
    """The unit a price is per, as the quantity finder names it ("kg" is "kilogram");
    any other noun lower-cased and singular ("shares" is "share")."""
    from figcheck.extractors.units import UNIT_NAMES, UNIT_SYMBOLS

    lower = "year" if word.lower() == "annum" else word.lower()
    unit = UNIT_SYMBOLS.get(word) or UNIT_NAMES.get(lower) or UNIT_NAMES.get(lower.rstrip("s"))
    return unit or (lower[:-1] if lower.endswith("s") and len(lower) > 3 else lower)


#: Finance shorthand in capitals onto an amount after a currency sign: "$2.174T", "US$ 1MM"
#: (MM: thousand thousands). Lower case, or without the sign, it is a unit ("5mm", "5t").
_SCALE_LETTERS = re.compile(r"(?-i:MM|T)(?![\w$-])")
_LETTER_SCALES = {"MM": 6, "T": 12}  # powers of ten


def _scale_letters(text: str, match, amount, scale, prefixed: bool):
    """(amount, scale, end) with a scale letter after a prefixed amount applied."""
    letters = None if scale or not prefixed else _SCALE_LETTERS.match(text, match.end())
    if letters is None:
        return amount, scale, match.end()
    power = _LETTER_SCALES[letters.group(0)]
    return amount * 10**power, spelled_scales(power, power), letters.end()


#: Currencies priced in whole units: a dot before three digits groups thousands there
#: ("Rp 31.500", "200.000 đ", "1.727 Ft"), where "31.500 dollars" would be 31.5.
_WHOLE_CURRENCIES = {"IDR", "VND", "HUF", "KRW", "JPY", "CLP", "COP", "PYG", "IRR", "UGX", "ISK"}
_DOT_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")


def _dot_thousands(match, amount):
    digits = match.group("digits")
    if digits and _DOT_THOUSANDS.fullmatch(digits):
        whole = Decimal(digits.replace(".", ""))
        return -whole if amount < 0 else whole
    return amount


def _with_cents(text: str, amount, end: int, starting: dict[int, re.Match], words):
    """ "3 dollars 50 cents", "15 dollars and 50": one amount, not two; (amount, end)."""
    gap = words.subunit_gap.match(text, end)
    cents = starting.get(gap.end()) if gap else None
    if cents is None or amount != amount.to_integral():
        return amount, end
    tail = words.subunit_end.match(text, cents.end())
    if tail:
        stop = tail.end()
    elif re.fullmatch(r"\d\d", cents.group(0)) and words.cents_before.match(text, cents.end()):
        stop = cents.end()
    else:
        return amount, end
    sub = number_value(cents)
    if sub is not None and sub < 100 and sub == sub.to_integral():
        return amount + sub / 100, stop
    return amount, end


def _range_low(
    text: str, high: Figure, ending: dict[int, re.Match], language: str = "en"
) -> Figure | None:
    """The bare low end of a range whose currency (and maybe scale) stand after the high end."""
    before = text[max(0, high.start - 80) : high.start]
    join = _words(language).range_join.search(before)
    if not join:
        return None
    offset = high.start - len(before)
    low_match = ending.get(offset + join.start())
    if not low_match:
        return None
    for name, opener in (("and", _words(language).between), ("to", _words(language).starting)):
        if join.groupdict().get(name) and not opener.search(
            text, max(0, low_match.start() - 20), low_match.start()
        ):
            return None  # "3 y 5 millones" is two figures; "entre 3 y 5 millones" a range
    low_value = number_value(low_match)
    if low_value is None or (language == "en" and changed_by(text, low_match.start())):
        return None
    if spelled_fraction(low_match):
        return None  # "rose a third to 1.2 billion dollars": a change, not a third of a dollar
    low_start, low_end = low_match.span()
    low_scale = scale_word(low_match.group("scale"))
    if not low_scale and high.scale:
        high_base = high.value / scale_value(high.scale, language)
        if low_value < high_base:
            low_value = low_value * scale_value(high.scale, language)
            low_scale = high.scale
    return Figure(
        KIND,
        low_start,
        low_end,
        text[low_start:low_end],
        low_value,
        high.unit,
        scale=low_scale,
        ambiguous=high.ambiguous,
        range_part="low",
        extra=tuple(item for item in high.extra if item[0] == "per"),  # "$3 to $5 a day"
    )


def link(figures: list[Figure], text: str, language: str = "en") -> list[Figure]:
    """Mark ranges ("$420,000 to $700,000") and stated conversions ("… yuan ($411,000)")."""
    words = _words(language)
    figures = list(figures)
    money = [i for i, f in enumerate(figures) if f.kind == KIND]
    # Ranges: two amounts joined by "to" or a dash.
    for a, b in zip(money, money[1:], strict=False):
        low, high = figures[a], figures[b]
        if low.unit != high.unit or low.range_with is not None:
            continue
        if (
            low.range_part == "low"
            and high.range_part == "high"
            or words.range_join.fullmatch(squeezed(text[low.end : high.start]))
        ):
            figures[a] = low.with_changes(range_part="low", range_with=b)
            figures[b] = high.with_changes(range_part="high", range_with=a)
    figures = dollars.settle(figures, text, _CONVERSION_GAP)
    # Units: a single amount or a range, as (first index, last index).
    units: list[tuple[int, int]] = []
    for i in money:
        fig = figures[i]
        if fig.range_part == "high" and fig.range_with is not None and units:
            continue
        last = fig.range_with if fig.range_part == "low" and fig.range_with is not None else i
        units.append((i, last))
    for (a_first, a_last), (c_first, c_last) in zip(units, units[1:], strict=False):
        source, stated = figures[a_first], figures[c_first]
        if source.unit == stated.unit and not (source.ambiguous or stated.ambiguous):
            continue
        gap = squeezed(text[figures[a_last].end : stated.start])
        if not words.conversion_gap.fullmatch(gap):
            continue
        if text[figures[a_last].end : stated.start].strip() == "":
            continue
        pairs = [(a_first, c_first)]
        if a_first != a_last and c_first != c_last:
            pairs.append((a_last, c_last))
        for src, conv in pairs:
            figures[conv] = figures[conv].with_changes(conversion_of=src)
    return figures


def joins_range(text: str, low: Figure, high: Figure, language: str = "en") -> bool:
    """Whether two amounts are written as the ends of one range ("3 million yen to 5
    million yuan"), whatever their currencies; "and" joins a list, not a range."""
    match = _words(language).range_join.fullmatch(text, low.end, high.start)
    if not match or match.groupdict().get("and"):
        return False
    return text[low.end : high.start].strip().lower() != "and"
