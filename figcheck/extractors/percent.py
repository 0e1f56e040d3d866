"""Percentages and percentage points: "12%", "12.5 per cent", "3 percentage points".

A change in points ("up 3 points") and a level in percent ("3%") are different
figures, so points keep their own unit "pp"; "10-12%" gives two linked figures.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from functools import cache

from figcheck.extractors.numbers import GAP, number_value, spelled_fraction
from figcheck.extractors.numerals import number_matches
from figcheck.figures import Figure
from figcheck.lang.en import (
    PERCENT_RANGE_WORDS,
    PERCENT_WORDS,
    POINT_FRACTIONS,
    POINTS_NOUNS,
    POINTS_STEMS,
)
from figcheck.text import alternation

KIND = "percent"

_SIGN = (
    # ("pct." and "per cent." keep their dot inside a sentence, not at its end)
    # (a hyphen only before a percent word: "a 5-percent rise", "a 86.7-per-cent drop";
    # "pc" and "p.c." in lower case only, as British and Indian copy write them)
    rf"(?:{GAP}|-(?=per|pct|percentage))(?P<sign>%|(?-i:p\.c\.)|(?:per[\s-]?cents?|percents?|pct|(?-i:pc))\b"
    r"(?:\.(?=[^\S\n]*(?-i:[a-z0-9,;(])))?"
    r"|percentage(?:[\s-]points?)?\b"
    r"|pps?\b|(?<=\s)(?:basis\s)?points?\b|bps\b|(?-i:bp)\b)"
)
SIGN_RE = re.compile(_SIGN, re.I)
#: "per cent" or "percent" (its space optional: "5 percent", "5 per cent", "5 percent").
_PERCENT_WORD = alternation(PERCENT_WORDS, space=r"\s?")
#: What may stand between the two ends of a range: "10-12%", "10% to 12%".
_RANGE_GAP = re.compile(
    rf"\s?(?:%|{_PERCENT_WORD})?\s*(?:-|–|—|{alternation(PERCENT_RANGE_WORDS)})\s*", re.I
)
#: "a quarter of a percentage point", "half a point", "a quarter-point", "three-quarters of
#: a point": a fraction, "of a", "a" or a hyphen, then the point.
_FRACTION_POINT_RE = re.compile(
    r"(?<![\w-])(?P<fraction>" + alternation(POINT_FRACTIONS, space=r"[\s-]+") + ")"
    r"(?:\s+of)?(?:\s+an?\s+|\s+|-)(?P<pp>percentage[\s-]+)?points?\b",
    re.I,
)
#: "percent of 10": the word before the number, as some speech transcripts put it.
_REVERSED_RE = re.compile(rf"\b(?:{_PERCENT_WORD})s?\s+of\s+", re.I)
_LETTER = re.compile(r"[^\W\d_]")
#: "points" alone is a percentage-point change only when percentages are being discussed.
_PERCENT_CONTEXT = re.compile(
    rf"%|\b(?:{_PERCENT_WORD})|\b(?:{alternation(POINTS_NOUNS)})\b"
    rf"|\b(?:{alternation(POINTS_STEMS)})",
    re.I,
)


def _unit(sign: str, text: str, start: int) -> str | None:
    word = re.sub(r"[\s-]+", " ", sign.strip().lower())
    if word.startswith("percentage ") or word in ("pp", "pps"):
        return "pp"
    if word.startswith(("%", "per", "pc", "p.c.")):
        return "%"
    if word in ("bp", "bps", "basis points", "basis point"):
        return "bp"
    # Bare "points": scores and index levels too, unless percentages are in the air.
    window = text[max(0, start - 200) : start]
    return "pp" if _PERCENT_CONTEXT.search(window) else None


def _words(words) -> str:
    """A language's percent words, longest first, any blanks for a space; "" for none."""
    return alternation(words, space=r"\s+", empty="")


@cache
def _patterns(language: str) -> tuple[re.Pattern, ...]:
    """The sign, range-gap and percent-context patterns of a language other than English."""
    from figcheck.lang import lexicon

    lex = lexicon(language)
    never = "(?!)"
    percent = _words(w for w in lex.percent_words if w != "%") or never
    sign = re.compile(
        rf"(?P<sign>\s?%|\s?(?P<pct>{percent})(?!\w)"
        rf"|\s?(?P<pm>{_words(lex.per_mille_words) or never})(?!\w)"
        rf"|\s?(?P<pp>{_words(lex.point_words) or never})(?!\w)"
        rf"|\s?(?P<bp>{_words(lex.basis_point_words) or never})(?!\w)"
        rf"|\s(?P<loose>{_words(lex.loose_point_words) or never})(?!\w))",
        re.I,
    )
    joins = _words(lex.range_words) or never
    articles = _words(lex.articles) or never
    between, and_word = lex.range_between or (never, never)
    start, to = lex.range_from or (never, never)
    gap = re.compile(
        rf"\s?(?:%|{percent})?\s*(?:-|–|—|\b(?:{joins})\b|(?P<and>\b{and_word}\b)"
        rf"|(?P<to>\b{to}\b))\s*(?:(?:{articles})\s+)?",
        re.I,
    )
    between_re = re.compile(rf"\b{between}\s+(?:(?:{articles})\s+)?$", re.I)
    from_re = re.compile(rf"\b{start}\s+(?:(?:{articles})\s+)?$", re.I)
    # "recule de 0,3 point, à 7,3 %": points that lead to a level in percent
    to_percent = re.compile(
        rf"[^\S\n]*,?[^\S\n]*\b(?:{joins})[^\S\n]+(?:(?:{articles})[^\S\n]+)?"
        rf"[-+−]?\d[\d.,\u00a0\u202f ]{{0,12}}(?:%|(?:{percent})(?!\w))",
        re.I,
    )
    return sign, gap, re.compile(rf"%|\b(?:{percent})", re.I), between_re, from_re, to_percent


def _signs(language: str) -> tuple[re.Pattern, re.Pattern]:
    return (SIGN_RE, _RANGE_GAP) if language == "en" else _patterns(language)[:2]


def _joined(text: str, low, high_start: int, range_gap: re.Pattern, language: str) -> bool:
    """The number ``low`` and the figure at ``high_start`` are a range's ends: "10-12%",
    "del 10 al 12 %", "y" only after "entre" ("entre el 10 y el 12 %"), "auf" only after
    "von" ("von 3 auf 5 Prozent")."""
    gap = range_gap.fullmatch(text, low.end(), high_start)
    if not gap:
        return False
    for name, index in (("and", 3), ("to", 4)):
        if gap.groupdict().get(name):
            opener = _patterns(language)[index]  # "entre" before "y", "von" before "auf"
            return bool(opener.search(text, max(0, low.start() - 20), low.start()))
    return True


def _unit_in(match: re.Match, text: str, start: int, language: str) -> str | None:
    """The unit a sign names: "%", "pp", "bp", or None for bare points with no percent near."""
    if language == "en":
        return _unit(match.group("sign"), text, start)
    if match.group("pp"):
        return "pp"
    if match.group("bp"):
        return "bp"
    if match.group("loose"):
        patterns = _patterns(language)
        if patterns[5].match(text, match.end()):
            return "pp"
        return "pp" if patterns[2].search(text, max(0, start - 200), start) else None
    return "%"


def _bare_points(sign: re.Match, language: str) -> bool:
    """The sign is "points" alone, without "percentage" or "de pourcentage"."""
    if language == "en":
        return sign.group("sign").strip().lower().startswith("point")
    return bool(sign.group("loose"))


def _article_noun(number, sign: re.Match, language: str) -> bool:
    """ "un pourcentage élevé": an article that is also the number one, before a percent word
    that is a noun too, says "a percentage", not 1 %."""
    if language == "en" or not sign.group("pct"):
        return False
    from figcheck.lang import lexicon

    lex = lexicon(language)
    noun = re.sub(r"\s+", " ", sign.group("pct").lower())
    article = number.group(0).lower()
    return noun in lex.percent_nouns and article in lex.articles and lex.numbers.get(article) == 1


def find(text: str, published=None, language: str = "en") -> Iterator[Figure]:
    """Every percent or percentage-point figure; ranges give a low and a high figure."""
    numbers = number_matches(text, language)
    sign_re, range_gap = _signs(language)
    for i, number in enumerate(numbers):
        sign = sign_re.match(text, number.end())
        if not sign:
            continue
        unit = _unit_in(sign, text, number.start(), language)
        value = number_value(number)
        if unit is None or value is None or _article_noun(number, sign, language):
            continue
        if unit == "pp" and abs(value) >= 100 and _bare_points(sign, language):
            continue  # "à 7 428,58 points": an index level; a share moves under 100 points
        per_mille = language != "en" and bool(sign.group("pm"))
        if per_mille:
            value /= 10  # "3,5 pour mille" is 0.35 %
        if number.group("scale") and not sign.group("sign").strip().startswith(("%", "p")):
            continue
        start, end = number.start(), sign.end()
        high = Figure(KIND, start, end, text[start:end], value, unit)
        before = numbers[i - 1] if i else None
        if (
            before
            and _joined(text, before, start, range_gap, language)
            and not sign_re.match(text, before.end())  # "3% to 5%": two figures, linked later
            and not spelled_fraction(before)  # "rose by a quarter to 12%": a change
        ):
            low_value = number_value(before)
            if per_mille and low_value is not None:
                low_value /= 10
            if low_value is not None and low_value < value:
                yield Figure(
                    KIND, before.start(), before.end(), before.group(0), low_value, unit,
                    range_part="low",
                )  # fmt: skip
                yield high.with_changes(range_part="high")
                continue
            if low_value is not None and _LETTER.search(text, before.end(), start):
                # "de 5 à 3 %", "von 5 auf 3 Prozent": a fall from one level to another
                yield Figure(KIND, before.start(), before.end(), before.group(0), low_value, unit)
        yield high
    if language == "en":
        yield from _reversed(text, numbers)
        yield from _fraction_points(text)
    else:
        yield from _half_points(text, numbers, language)


@cache
def _half_point_patterns(language: str) -> tuple[re.Pattern, re.Pattern]:
    """ "medio punto", "meio ponto percentual"; "punto y medio", "deux points et demi"."""
    from figcheck.lang import lexicon

    lex = lexicon(language)
    halves = _words({*lex.half_words, *(w for w, v in lex.denominators.items() if v == 2)})
    points = _words((*lex.point_words, *lex.loose_point_words))
    joiners = _words(lex.mixed_joiners)
    if not (halves and points and joiners):
        return re.compile("(?!)"), re.compile("(?!)")
    point = rf"(?:(?P<pp>{_words(lex.point_words) or '(?!)'})|{points})(?!\w)"
    return (
        re.compile(rf"(?<!\w)(?:{halves})[^\S\n]*-?[^\S\n]*{point}", re.I),
        re.compile(rf"(?<!\w){point}[^\S\n]+(?:{joiners})[^\S\n]+(?:{halves})(?!\w)", re.I),
    )


def _half_points(text: str, numbers: list, language: str) -> Iterator[Figure]:
    """Half a point said in words, as a rate's move: "medio punto" is 0.5 points, "punto y
    medio" 1.5, "deux points et demi" 2.5 (bare "points" only where percentages are near,
    as for "0,5 puntos")."""
    half, and_a_half = _half_point_patterns(language)
    ending = {m.end(): m for m in numbers}
    found = [(m, Decimal("0.5"), m.start()) for m in half.finditer(text)]
    for match in and_a_half.finditer(text):
        before = len(text[: match.start()].rstrip(" \t\u00a0"))
        number = ending.get(before)
        whole = number_value(number) if number is not None else Decimal(1)
        if whole is not None and 0 < whole < 100:
            start = number.start() if number is not None else match.start()
            found.append((match, whole + Decimal("0.5"), start))
    for match, value, start in found:
        if match.group("pp") or _percent_near(text, start, match.end(), language):
            yield Figure(KIND, start, match.end(), text[start : match.end()], value, "pp")


def _percent_near(text: str, start: int, end: int, language: str) -> bool:
    """Bare points are percentage points where a percentage is near or follows."""
    patterns = _patterns(language)
    before = patterns[2].search(text, max(0, start - 200), start)
    return bool(before or patterns[5].match(text, end))


def _fraction_points(text: str) -> Iterator[Figure]:
    """A fraction of a point in words: percentage points where it says so or a percentage
    is near, as for "0.25 points"."""
    for match in _FRACTION_POINT_RE.finditer(text):
        start, end = match.span()
        if match.group("pp") or _unit("points", text, start) == "pp":
            fraction = " ".join(match.group("fraction").lower().replace("-", " ").split())
            value = Decimal(POINT_FRACTIONS[fraction])
            yield Figure(KIND, start, end, text[start:end], value, "pp")


def _reversed(text: str, numbers: list) -> Iterator[Figure]:
    """ "percent of 10": the number after the word."""
    starting = {m.start(): m for m in numbers}
    ending = {m.end() for m in numbers}
    for match in _REVERSED_RE.finditer(text):
        number = starting.get(match.end())
        if number is None or len(text[: match.start()].rstrip()) in ending:
            continue  # "5 percent of 200" is 5%, found above
        value = number_value(number)
        if value is not None:
            start, end = match.start(), number.end()
            yield Figure(KIND, start, end, text[start:end], value, "%")
