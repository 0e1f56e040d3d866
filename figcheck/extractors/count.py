"""Counts: a number with the thing it counts ("only eight successful candidates").

Also vague counts ("thousands of applicants", "many have applied"): they carry no
value but an order of magnitude (``magnitude``: thousands -> 3), so a rule can
still tell "thousands" from "200". ``value`` stays None for them on purpose: a
lower bound would read as an exact figure to every rule that compares values.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from functools import cache

from figcheck.extractors.dates.words import counted_after_of, margin_by
from figcheck.extractors.numbers import (
    in_date_or_ordinal,
    is_name_word,
    is_year,
    number_value,
    scale_word,
)
from figcheck.extractors.numerals import number_matches
from figcheck.extractors.qualifiers import after_qualifier
from figcheck.extractors.words import (
    ADVERBS,
    IRREGULAR_PLURALS,
    NOT_COUNTED_AFTER_HYPHEN,
    NOT_PLURAL,
    PEOPLE_NOUNS,
    PLURAL_OF,
    STOPWORDS,
)
from figcheck.figures import Figure
from figcheck.lang.en import (
    CURRENCY_NAMES,
    LOOSE_VAGUE,
    STREAK_ADJECTIVES,
    STREAK_ORDINALS,
    STREAK_TIME_UNITS,
    STREAK_UNITS,
    STREAK_WORDS,
    TENS,
    UNITS,
    VAGUE_BEFORE_OF,
    VAGUE_COUNTS,
    YEAR_NOUNS,
)
from figcheck.text import alternation

KIND = "count"

_TOKEN = re.compile(r"[^\S\n]*([A-Za-z][\w’'-]*(?:\.[A-Z]\w*)*)")  # "experts", "Ph.D"
_POSSESSIVE = re.compile(
    r"(?:[^\S\n]*(?:the|these|those|its|their|his|her|our|them|\w+['’]s)\b)*", re.I
)
_OF = re.compile(r"[^\S\n]+of\b", re.I)
#: A plural copula after a count: "84 were women" counts women.
_COPULA = re.compile(r"[^\S\n]+(?:were|are)\b", re.I)

_ONE_QUALIFIED = re.compile(
    r"\b(?:at\s+least|at\s+most|only|just|exactly|more\s+than|no\s+more\s+than)\s+$", re.I
)

_VAGUE_WORDS = VAGUE_COUNTS
_VAGUE_RE = re.compile(
    r"(?<!\bhow )\b(?P<w>" + alternation(_VAGUE_WORDS, space=r"\s+", lead=True) + r")\b",
    re.I,
)
#: What may follow a vague word when it stands alone as the subject: "thousands have applied".
_VAGUE_VERB = re.compile(r"[^\S\n]+(?:have|had|were|are|will|would|applied|signed|died)\b", re.I)
#: ... or as an elided noun before a time or place: "14 objections, and thousands in the
#: first round". Only words of a magnitude: "many in the city" is too loose to be a figure.
_VAGUE_ELIDED = re.compile(
    r"[^\S\n]+(?:in|at|on|during|across)[^\S\n]+(?:the|this|that|each|every|its|their)\b", re.I
)
#: ... unless money is meant: "it cost millions in the first year".
_MONEY_VERB = re.compile(
    r"\b(?:costs?|cost|paid|pays?|worth|raised?|spent|spends?|earned|lost|owes?|saved)\s+$", re.I
)


def is_plural(word: str) -> bool:
    word = word.lower()
    if word in IRREGULAR_PLURALS:
        return True
    return (
        len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is", "ous"))
        and word not in NOT_PLURAL
    )


def is_person(word: str) -> bool:
    word = word.lower()
    return (
        word in PEOPLE_NOUNS
        or word + "s" in PEOPLE_NOUNS
        or word in ("person", "man", "woman", "child")
    )


def noun_after(text: str, pos: int, singular: bool = False) -> tuple[str, int] | None:
    """The counted noun phrase right after ``pos`` (head noun and up to two words before it)."""
    run: list[re.Match] = []
    at = pos
    while len(run) < 4:
        match = _TOKEN.match(text, at)
        if not match or match.group(1).lower() in STOPWORDS:
            break
        run.append(match)
        at = match.end()
    if not run:
        return None
    if singular:
        head = len(run) - 1
    else:
        heads = [i for i, m in enumerate(run[:3]) if is_plural(m.group(1))]
        if not heads:
            return None
        head = heads[-1]
    words = [m.group(1) for m in run[max(0, head - 2) : head + 1]]
    return " ".join(words).lower(), run[head].end()


def _counted(
    text: str, end: int, value: Decimal, quantified: bool = False
) -> tuple[str | None, int] | None:
    """(noun, phrase end) when the number at ``end`` counts something, else None.

    "one" counts people ("one foreign-trained expert") or, after a qualifier, anything
    ("at least one PhD"); otherwise it is a pronoun or an article ("one initiative").
    """
    single = value == 1
    joined = _hyphen_noun(text, end)
    if joined is not None:
        return joined
    found = noun_after(text, end, singular=single)
    if found and (not single or is_person(found[0].split()[-1]) or quantified):
        return found
    of = _OF.match(text, end)
    if of and not single:
        found = noun_after(text, _POSSESSIVE.match(text, of.end()).end())
        if found:
            return found
    copula = _COPULA.match(text, end)
    if copula and not single:
        # "of the dead, 84 were women": the count of the people the predicate names.
        found = noun_after(text, copula.end())
        if found and is_person(found[0].split()[-1]):
            return found
    if not single:
        # "48 already recruited", "eight returned": the count stands for people named before.
        first = _TOKEN.match(text, end)
        if first and first.group(1).lower() in ADVERBS:
            first = _TOKEN.match(text, first.end())
        if first and first.group(1).endswith("ed") and first.group(1).lower() not in STOPWORDS:
            return None, first.end()
    return None


#: A noun joined to a number by a hyphen, before the noun it describes ("27-member bloc").
_HYPHEN_NOUN = re.compile(r"-([a-z]{3,})(?=[^\S\n]+[A-Za-z])")
_DECIMAL_BEFORE = re.compile(r"\d\.\d+$")


def _hyphen_noun(text: str, end: int) -> tuple[str, int] | None:
    """(noun, end) of "a 27-member bloc", "a five-member board", "a 150-seat parliament":
    the number counts members, seats (in the plural, as "27 members" does)."""
    joined = _HYPHEN_NOUN.match(text, end)
    if joined is None or _DECIMAL_BEFORE.search(text, max(0, end - 12), end):
        return None  # "a 6.8-magnitude quake": a measure, not a count
    word = joined.group(1)
    if word in NOT_COUNTED_AFTER_HYPHEN or word in UNITS or word in TENS:
        return None  # "five-thirty", "a 15-strong team"
    if word in PLURAL_OF:
        return PLURAL_OF[word], joined.end()
    if re.search(r"[^aeiou]y$", word):
        return word[:-1] + "ies", joined.end()
    return word + ("es" if re.search(r"(?:s|x|z|ch|sh)$", word) else "s"), joined.end()


def find(text: str, published=None, language: str = "en") -> Iterator[Figure]:
    """Every number that counts something, and every vague count of people or things."""
    if language != "en":
        yield from _find_in(text, language)
        return
    matches = number_matches(text)
    high_of = _range_highs(matches)
    for i, match in enumerate(matches):
        start, end = match.span()
        if in_date_or_ordinal(text, start, end) or is_name_word(text, start, match.group("words")):
            continue
        value = number_value(match)
        if value is None or text[end : end + 1].isalpha():
            continue  # "3D printers", "5G networks"
        quantified = bool(_ONE_QUALIFIED.search(text, max(0, start - 20), start))
        # the low end of "3 to 5 million people" counts the noun after the high end
        noun_at = matches[i + 1].end() if i + 1 in high_of else end
        counted = _counted(text, after_qualifier(text, noun_at), value, quantified)
        if counted is None:
            continue
        noun, phrase_end = counted
        if is_year(match.group("digits")) and not _counted_year(text, start, end, noun):
            continue
        if noun and not match.group("scale") and _DOT_GROUPS.fullmatch(match.group("digits") or ""):
            # "1.500 jobs": nobody counts a job and a half to three decimals; a translation
            # kept its source's dot between thousands
            value = Decimal(match.group("digits").replace(".", ""))
        yield Figure(
            KIND,
            start,
            end,
            text[start:end],
            value,
            noun=noun,
            scale=scale_word(match.group("scale")),
            phrase_end=phrase_end,
            range_part="low" if i + 1 in high_of else "high" if i in high_of else None,
        )
    yield from _vague(text)
    yield from _streaks(text)


@cache
def _streak_re() -> re.Pattern:
    """ "a fifth straight month", "the 12th consecutive session", "five consecutive
    months", "the sixth month in a row": how many of them in a row."""
    ordinal = alternation(STREAK_ORDINALS, lead=True)
    cardinal = alternation({w: n for w, n in UNITS.items() if 2 <= n <= 20}, lead=True)
    number = rf"(?P<ord>{ordinal}|[1-9]\d?(?:st|nd|rd|th))|(?P<card>{cardinal}|[1-9]\d?)"
    unit = alternation(STREAK_UNITS, lead=True)
    adjective = alternation(STREAK_ADJECTIVES, lead=True)
    space = r"[^\S\n]+"
    return re.compile(
        rf"\b(?:{number})(?:{space}|-)(?:(?:{'|'.join(STREAK_WORDS)}){space}"
        rf"(?:(?P<adjective>{adjective}){space})?(?P<unit>{unit})"
        rf"(?P<plural>e?s)?|(?P<row_unit>{unit})(?P<row_plural>e?s)?{space}in{space}a{space}row)\b",
        re.I,
    )


@cache
def _for_nth_re() -> re.Pattern:
    """ "(fell) for an eighth month", "for the 12th year": an ordinal unit of time after
    "for a" is a streak too, but not one of a longer span ("for the third year of")."""
    ordinal = alternation(STREAK_ORDINALS, lead=True)
    unit = alternation(STREAK_TIME_UNITS, lead=True)
    space = r"[^\S\n]+"
    return re.compile(
        rf"\bfor{space}(?:an?|the){space}(?P<ord>{ordinal}|[1-9]\d?(?:st|nd|rd|th)){space}"
        rf"(?P<unit>{unit})\b(?!-|{space}(?:of|in{space}a{space}row)\b)",
        re.I,
    )


def _streaks(text: str) -> Iterator[Figure]:
    """Streaks, each counted as how many in a row, so that "a fifth straight month" and
    "five consecutive months" agree and "a sixth straight month" does not."""
    for match in _streak_re().finditer(text):
        ordinal, cardinal = match.group("ord"), match.group("card")
        plural = bool(match.group("plural") or match.group("row_plural"))
        if (ordinal and plural) or (cardinal and not plural):
            continue  # "the fifth straight months", "five straight month": no streak
        value = _streak_number((ordinal or cardinal).lower())
        adjective = match.group("adjective")
        unit = (match.group("unit") or match.group("row_unit")).lower()
        yield streak(match, value, STREAK_ADJECTIVES[adjective.lower()] if adjective else unit)
    for match in _for_nth_re().finditer(text):
        value = _streak_number(match.group("ord").lower())
        if value >= 2:  # "for the first time": no streak
            yield streak(match, value, match.group("unit").lower(), match.start("ord"))


def _streak_number(word: str) -> int:
    if word[:1].isdigit():
        return int(word.rstrip("stndrh"))
    return STREAK_ORDINALS.get(word) or UNITS[word]


def streak(match: re.Match, value: int, unit: str, start: int | None = None) -> Figure:
    """The count of a streak read by ``match`` (from ``start``, if given): how many
    ``unit`` (English) in a row."""
    end = match.end()
    start = match.start() if start is None else start
    return Figure(
        KIND, start, end, match.string[start:end], Decimal(value), noun=f"consecutive {unit}s",
        phrase_end=end,
    )  # fmt: skip


#: One to three digits, a dot and three more: a thousands group in copy translated from a
#: language that groups with dots, where it counts things.
_DOT_GROUPS = re.compile(r"[1-9]\d{0,2}\.\d{3}")


def _range_highs(matches: list) -> set[int]:
    """The indexes of the high ends whose scale the number before them borrowed."""
    return {i + 1 for i, match in enumerate(matches[:-1]) if getattr(match, "borrowed", None)}


_YEAR_BEFORE = re.compile(
    r"\b(?:in|since|by|until|till|from|of|during|before|after|the|a|an)\s+$", re.I
)


def _counted_year(text: str, start: int, end: int, noun: str | None) -> bool:
    """ "2019 applicants", "a total of 2019 games" and "won by 1999 votes" count; "in 2019
    applications rose", "a 2021 report" and "scraps 2030 games" are years."""
    first = _TOKEN.match(text, end)
    if not noun or first is None or first.start(1) != end + 1 or not is_plural(first.group(1)):
        return False
    if counted_after_of(text, start):
        return True
    if margin_by(text, start, first.group(1)):
        return True  # "won by 1999 votes": a margin, not a deadline
    return (
        first.group(1).lower() not in YEAR_NOUNS
        and not _YEAR_BEFORE.search(text, max(0, start - 8), start)
        and not _YEAR_SPAN_BEFORE.search(text, max(0, start - 16), start)
    )


#: A year and a joining word before a year: "between 2010 and 2015 workers lost jobs" ends
#: a span of years.
_YEAR_SPAN_BEFORE = re.compile(r"\b(?:19|20)\d\d[^\S\n]*(?:and|to|through|-|–)[^\S\n]*$", re.I)


def _vague(text: str) -> Iterator[Figure]:
    """ "thousands of applicants", "many have applied": loose words only for people."""
    for match in _VAGUE_RE.finditer(text):
        word = re.sub(r"\s+", " ", match.group("w").lower())
        magnitude = _VAGUE_WORDS[word]
        end = match.end()
        loose = word.startswith(LOOSE_VAGUE)
        found = None
        of = _OF.match(text, end)
        if word in VAGUE_BEFORE_OF and not of:
            continue  # "the couple have", "test scores were": no count
        if of:
            found = noun_after(text, _POSSESSIVE.match(text, of.end()).end())
        elif loose:
            found = noun_after(text, end)
        if found:
            noun, phrase_end = found
            if loose and not is_person(noun.split()[-1]):
                continue
            if noun.split()[-1] in CURRENCY_NAMES:
                continue  # "millions of dollars" is vague money, not a count
        elif _VAGUE_VERB.match(text, end) or (
            not loose
            and _VAGUE_ELIDED.match(text, end)
            and not _MONEY_VERB.search(text, max(0, match.start() - 12), match.start())
        ):
            noun, phrase_end = None, end
        else:
            continue
        start = match.start()
        yield Figure(
            KIND, start, end, text[start:end], None, noun=noun, vague=True,
            magnitude=magnitude, phrase_end=phrase_end,
        )  # fmt: skip


# ---------------------------------------------------------------- other languages

_WORD = re.compile(r"[^\S\n]*([^\W\d_][\w’'-]*)")


def _noun_in(text: str, pos: int, lex) -> tuple[str, int] | None:
    """The word after ``pos`` when it can be what a number counts ("1.348 blessés",
    "2 millones de personas"): not a function word, a word joining a range's ends ("de 500
    a 300 unidades"), a time word, a unit of money or a month."""
    match = _WORD.match(text, pos)
    if match and match.group(1).lower() in lex.of_words:
        match = _WORD.match(text, match.end())
    if not match:
        return None
    word = match.group(1).lower()
    skip = (
        lex.function_words, lex.range_words, lex.time_words, lex.currencies, lex.months,
        lex.scales,
    )  # fmt: skip
    if any(word in table for table in skip) or word in lex.numbers:
        return None
    return word, match.end()


def _joined_as_range(text: str, end: int, next_start: int, lex) -> bool:
    """Whether only a word joining a range's ends stands between two numbers."""
    between = text[end:next_start].strip().lower()
    return bool(between) and between in lex.range_words


def _find_in(text: str, language: str) -> Iterator[Figure]:
    """Counts in a language read through its lexicon: a number and the noun after it."""
    from figcheck.lang import lexicon

    lex = lexicon(language)
    matches = number_matches(text, language)
    for i, match in enumerate(matches):
        start, end = match.span()
        if in_date_or_ordinal(text, start, end, language) or is_year(match.group("digits")):
            continue
        value = number_value(match)
        if (
            value is None
            or text[end : end + 1].isalpha()
            or is_name_word(text, start, match.group("words"))
        ):
            continue
        if value == 1 and not match.group("digits") or value != value.to_integral():
            continue  # "un", "une", "ein": an article far more often than a count
        high = matches[i + 1] if i + 1 < len(matches) else None
        # "de 800 a 2 millones de turistas": the low end counts what the high end counts
        low_end = high is not None and _joined_as_range(text, end, high.start(), lex)
        counted = _noun_in(text, high.end() if low_end else end, lex)
        if counted:
            noun, phrase_end = counted
            scale = scale_word(match.group("scale"))
            yield Figure(
                KIND, start, end, text[start:end], value, noun=noun, scale=scale,
                phrase_end=phrase_end,
            )  # fmt: skip
    yield from _vague_in(text, lex)
    yield from _streaks_in(text, language)


@cache
def _streak_in_re(language: str) -> re.Pattern | None:
    """A language's streak: an ordinal, what it counts, the words that make it a streak
    ("tercer mes consecutivo", "troisième mois d'affilée", "fünften Mal in Folge"); the
    ordinal also in digits with the language's mark ("3.er", "5e", "5."); or a number
    and what it counts in the plural ("14 meses consecutivos", "trois mois consécutifs",
    "14 Monate in Folge"), as English "14 straight months" counts them."""
    from figcheck.lang import lexicon

    lex = lexicon(language)
    if not (lex.streak_ordinals and lex.streak_units and lex.streak_words):
        return None
    marks = "|".join(lex.ordinal_marks) or "(?!)"
    space = r"[^\S\n]+"
    words = alternation({w: w for w in lex.streak_words}, space=space, lead=True)
    ordinal = alternation(lex.streak_ordinals, lead=True)
    unit = alternation(lex.streak_units, lead=True)
    cardinal = alternation(_cardinals(language), lead=True)
    return re.compile(
        rf"(?<!\w)(?:(?:(?P<ord>{ordinal})|(?P<digits>[1-9]\d?)(?:{marks}))"
        rf"{space}(?P<unit>{unit})"
        rf"|(?:(?P<many>[2-9]|[1-9]\d)|(?P<card>{cardinal})){space}(?P<units>{unit})"
        rf"(?:{PLURAL_ENDINGS}))"
        rf"{space}(?:{words})(?:e?s)?(?!\w)",
        re.I,
    )


#: What a plural adds to a unit's singular in the streak languages ("mes": "meses",
#: "sesión": "sesiones", "Monat": "Monate", "Jahr": "Jahren"); a word that does not change
#: ("mois", "fois") adds nothing.
PLURAL_ENDINGS = "es|s|e|en|n|"


@cache
def _cardinals(language: str) -> dict[str, int]:
    """The language's words for 2 to 31 and their values ("tres": 3, "vierzehn": 14)."""
    from figcheck.lang._spelled import spelled

    words = spelled(language)["cardinals"]
    return {word.lower(): n for n, word in enumerate(words, start=1) if n > 1}


def _streaks_in(text: str, language: str) -> Iterator[Figure]:
    """Streaks in a language of the lexicon's words, counted as in English."""
    pattern = _streak_in_re(language)
    if pattern is None:
        return
    from figcheck.lang import lexicon

    lex = lexicon(language)
    for match in pattern.finditer(text):
        if match.group("ord"):
            value = lex.streak_ordinals[match.group("ord").lower()]
        elif match.group("digits"):
            value = int(match.group("digits"))
        elif match.group("many"):
            value = int(match.group("many"))
        else:
            value = _cardinals(language)[match.group("card").lower()]
        unit = (match.group("unit") or _singular(match.group("units"), lex.streak_units)).lower()
        yield streak(match, value, lex.streak_units[unit])


def _singular(written: str, units: dict[str, str]) -> str:
    """The unit of a plural as the lexicon writes it ("meses": "mes"): the longest unit the
    written word starts with, a plural ending after it."""
    lower = written.lower()
    return max((u for u in units if lower.startswith(u.lower())), key=len)


@cache
def _vague_re(language: str) -> re.Pattern:
    from figcheck.lang import lexicon

    return re.compile(
        r"(?<!\w)(?P<w>"
        + alternation(lexicon(language).vague, space=r"\s+", empty="", lead=True)
        + r")(?!\w)",
        re.I,
    )


def _vague_in(text: str, lex) -> Iterator[Figure]:
    """ "miles de personas", "des centaines de blessés", "Tausende Menschen"."""
    if not lex.vague:
        return
    for match in _vague_re(lex.code).finditer(text):
        word = re.sub(r"\s+", " ", match.group("w").lower())
        counted = _noun_in(text, match.end(), lex)
        if (
            not counted
            or counted[0] in lex.currencies
            or text[max(0, match.start() - 20) : match.start()].rstrip()[-1:].isdigit()
        ):
            continue  # "millones de dólares" is vague money; "2 millones" a number
        noun, phrase_end = counted
        start, end = match.span()
        yield Figure(
            KIND, start, end, text[start:end], None, noun=noun, vague=True,
            magnitude=lex.vague[word], phrase_end=phrase_end,
        )  # fmt: skip
