"""Ratios: shares of a whole ("one in five", "two-thirds of") and multipliers ("twice",
"three times the", "more than double", "threefold").

A share's ``value`` is the fraction itself and its unit ``share``: "one in five" is
0.2, "half of" 0.5, so ``value × 100`` compares with a percentage (one in five =
20 %). A multiplier's ``value`` is the factor and its unit ``times``: "three times
the" is 3, "double" 2, "halved" 0.5. A qualifier before either is read as for any
figure ("more than double": lower bound 2).

Words that are ratios only in some sentences are read where the words around them
make a comparison: "twice as many", "double the cost", "three times higher" are
ratios; "twice a year", "a double room", "three times in May" are not.

The words are each language's lexicon rows (``multiplier_words``, ``compare_words``,
``times_words``, ``share_joiners``, ``half_shares`` … in figcheck.lang): "tres veces más",
"la moitié des", "verdoppelt" are read as "three times more", "half of", "doubled". What
decides a share in English beyond them ("half the", "by half", "a third of") stays here.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from figcheck.extractors.count import noun_after
from figcheck.extractors.numbers import (
    VULGAR,
    is_year,
    number_value,
    parse_words,
)
from figcheck.extractors.numerals import number_matches
from figcheck.figures import Figure
from figcheck.text import alternation

KIND = "ratio"
SHARE, TIMES = "share", "times"


def _alternation(words) -> str:
    """The words as one regex alternation, longest first; a space matches any blanks."""
    return alternation(words, space=r"[^\S\n]+", lead=True)


@dataclass(frozen=True)
class _Words:
    """One language's ratio words (figcheck.lang: ``multiplier_words`` …) as patterns."""

    factors: Mapping[str, Decimal]
    verbs: frozenset[str]
    adverbs: frozenset[str]
    multiplier: re.Pattern
    compare: re.Pattern
    #: "deux fois moins": a compare word that divides by the number before "times".
    less: re.Pattern
    #: "multiplié par trois", "divisé par deux": a verb and "by" before the number.
    multiplied_by: re.Pattern
    divided_by: re.Pattern
    helpers: re.Pattern
    times: re.Pattern
    fold: re.Pattern
    fold_words: tuple[str, ...]
    joiner: re.Pattern
    #: Stems a multiplier is made of: a text without any is not searched for them.
    hints: tuple[str, ...]
    #: "la mitad de": a half word, then a word for "of" (languages other than English).
    half: re.Pattern
    #: "la primera mitad": an ordinal right before a half word, which is no share.
    half_ordinal: re.Pattern
    time_words: frozenset[str]
    #: A qualifier right before ("more than half"): the qualified word is a figure.
    qualified: re.Pattern
    #: "jeder fünfte": "every" and an ordinal, a share of one over the ordinal's whole.
    every: re.Pattern
    nth: Mapping[str, int]
    #: "de moitié", "um die Hälfte": a half word after a word for "by" (the group "half").
    half_by: re.Pattern
    #: The values of the half words ("moitié": 0.5, "le tiers": 1/3), lower-cased.
    halves: Mapping[str, Decimal]
    #: "deux tiers des", "un tercio de": a spelled fraction, then a word for "of".
    of_after: re.Pattern
    #: The plain "of" ("de", the link of "3 millions d'euros"): after it a share needs an
    #: article ("un cuarto de la casa"; "un cuarto de baño" is a bathroom).
    plain_of: frozenset[str]
    #: "d'entre eux", "de ellos", "deles": the whole of a share, named without an article.
    wholes: re.Pattern
    #: The denominators and their endings: the last word of a spelled fraction.
    denominators: frozenset[str]
    denominator_suffixes: tuple[str, ...]


def _edge(words) -> str:
    """A word boundary around Latin words; none around Chinese or Japanese ones, whose
    characters run on without spaces ("利润翻番")."""
    return r"\b" if all(ord(w[0]) < 0x2E80 and ord(w[-1]) < 0x2E80 for w in words) else ""


#: "un Français sur cinq", "deux salariés sur trois": a noun between a share's numbers.
_NOUN_BEFORE_JOINER = r"(?:[^\S\n]+(?P<noun>[^\W\d_][\w-]*))?"


@cache
def _words(language: str) -> _Words | None:
    """The ratio patterns of a language, built on first use; None if its lexicon has none."""
    from figcheck.lang import lexicon

    lex = lexicon(language)
    if not (lex.multiplier_words or lex.multiplier_verbs or lex.times_words):
        return None
    factors = {w: Decimal(v) for w, v in {**lex.multiplier_words, **lex.multiplier_verbs}.items()}
    numbers = [*lex.numbers]
    numbers += [w for w, p in lex.scales.items() if p in (2, 3) and w not in lex.tight_scales]
    number_word = _alternation(w for w in numbers if " " not in w)
    return _Words(**_multiplier_fields(lex, factors, number_word), **_share_fields(lex))


def _multiplier_fields(lex, factors: dict, number_word: str) -> dict:
    """The patterns of multipliers and factors: "twice", "three times", "threefold"."""
    b, times_b = _edge(factors), _edge(lex.times_words)
    # no compare words: the times word alone makes a multiplier ("两倍", "2倍")
    compare = _alternation(lex.compare_words) if lex.compare_words else ""
    return dict(
        factors=factors,
        verbs=frozenset(lex.multiplier_verbs),
        adverbs=frozenset(lex.multiplier_adverbs),
        multiplier=re.compile(rf"{b}(?P<word>{_alternation(factors)}){b}(?!-)", re.I),
        compare=re.compile(rf"[^\S\n]+(?:{compare})\b" if compare else "", re.I),
        less=re.compile(rf"[^\S\n]+(?:{_alternation(lex.less_words) or '(?!)'})\b", re.I),
        multiplied_by=_before_number(lex.multiplied_by),
        divided_by=_before_number(lex.divided_by),
        helpers=re.compile(rf"\b(?:{_alternation(lex.multiplier_helpers)})[^\S\n]+$", re.I),
        times=re.compile(
            rf"[^\S\n]{'+' if times_b else '*'}(?:{_alternation(lex.times_words)}){times_b}", re.I
        ),
        # "threefold", "ten-fold", "3-fold"
        fold=re.compile(
            rf"\b(?P<n>(?:{number_word})(?:-(?:{number_word}))?|\d+(?:\.\d+)?)[\s-]?"
            rf"(?:{_alternation(lex.fold_words)})\b",
            re.I,
        ),
        fold_words=tuple(w.lower() for w in lex.fold_words),
        joiner=re.compile(
            (_NOUN_BEFORE_JOINER if lex.share_noun_between else "")
            + rf"[^\S\n]+(?:{_alternation(lex.share_joiners)})[^\S\n]+",
            re.I,
        ),
        hints=tuple(sorted({w[:5].lower() for w in factors})),
    )


def _share_fields(lex) -> dict:
    """The patterns of shares of a whole: "half of", "one in five", "le tiers des"."""
    of = rf"(?=[^\S\n]+(?:{_alternation(lex.of_words)})\b)" if lex.of_words else ""
    wholes = _alternation(lex.share_wholes)
    wholes = rf"[^\S\n]+(?:{wholes})(?!\w)" if wholes else "(?!)"
    of = rf"(?:{of}|(?={wholes}))" if of and lex.share_wholes else of
    return dict(
        wholes=re.compile(wholes, re.I),
        half=re.compile(rf"{_edge(lex.half_shares)}(?:{_alternation(lex.half_shares)}){of}", re.I),
        half_ordinal=re.compile(
            rf"(?<!\w)(?:{_alternation(lex.half_ordinals) or '(?!)'})[^\S\n]+$", re.I
        ),
        time_words=frozenset(lex.time_words),
        qualified=re.compile(rf"\b(?:{_alternation(lex.qualifiers)})[^\S\n]+$", re.I),
        every=re.compile(
            rf"\b(?:{_alternation(lex.every_words)})[^\S\n]+(?P<nth>{_alternation(lex.every_nth)})\b",
            re.I,
        ),
        nth={w.lower(): n for w, n in lex.every_nth.items()},
        half_by=re.compile(
            rf"\b(?:{_alternation(lex.half_by) or '(?!)'})[^\S\n]+"
            rf"(?P<half>{_alternation(lex.half_shares) or '(?!)'})\b",
            re.I,
        ),
        halves={" ".join(w.lower().split()): _share_value(v) for w, v in lex.half_shares.items()},
        of_after=re.compile(
            rf"[^\S\n]+(?P<of>{_alternation(lex.of_words)})(?:[^\S\n]+|['’])"
            rf"(?P<the>(?:{_alternation(lex.articles)})(?:[^\S\n]+|(?<=['’])))?"
            rf"(?P<next>[^\W\d_]*)",
            re.I,
        )
        if lex.of_words
        else re.compile("(?!)"),
        plain_of=frozenset(w.strip("'’").lower() for w in lex.currency_links),
        denominators=frozenset(w.lower() for w in lex.denominators),
        denominator_suffixes=tuple(lex.denominator_suffixes),
    )


def _before_number(words) -> re.Pattern:
    """The words right before a number ("multiplié par "), or a pattern that never matches."""
    return re.compile(rf"\b(?:{_alternation(words) or '(?!)'})[^\S\n]+$", re.I)


def _share_value(written: str) -> Decimal:
    """ "0.5", or "1/3" for a share no decimal writes exactly."""
    top, _, bottom = written.partition("/")
    return Decimal(top) / Decimal(bottom or 1)


#: "3x", "1.5x": a multiple. (The digit comes first and "\b" is checked behind it, so the
#: engine skips ahead to digits instead of trying every place of the text.)
_X_RE = re.compile(r"(?P<n>\d(?<!\w\d)\d*(?:\.\d+)?)x\b(?![^\S\n]*[\d×x])", re.I)
#: English: what after "one in five" makes it a rate over time, not a share ("5 in 10 years").
_TIME_AFTER = re.compile(
    r"[^\S\n]*(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|games?|"
    r"matches|races|attempts|tries|starts|innings|sets)\b",
    re.I,
)
#: English: "half of", "half the", "by half", "in half"; not "the first half", "half an hour".
#: (Each pattern starts with a word or digit, so the engine skips ahead quickly.)
_HALF_RE = re.compile(r"\b(?:(?:a|one)[\s-])?half\b", re.I)
_HALF_AFTER = re.compile(r"[^\S\n]+(?:of|the|its|their|his|her|our|all|those|these)\b", re.I)
_HALF_BY = re.compile(r"\b(?:by|in)[^\S\n]+$", re.I)
_HALF_NOT_AFTER = re.compile(r"[^\S\n]+(?:a|an)\b", re.I)
_HALF_NOT_BEFORE = re.compile(r"\b(?:first|second|1st|2nd|latter|other|back|front)[^\S\n]+$", re.I)
#: "1/20 of their turnover": a share, although "1/20" alone may be a date.
_SLASH_OF = re.compile(
    r"\b(\d{1,3})/(\d{1,4})(?![\w/])"
    r"(?=(?:[^\S\n]*(?:-|–|to|and)[^\S\n]*\d{1,3}/\d{1,4})?[^\S\n]+of\b"
    r"(?![^\S\n]+(?:\d{4}|(?:this|last|next|that)[^\S\n]+year)\b))",
    re.I,
)
_SLASH_NOT_BEFORE = re.compile(r"(?:[/.]|\bon[^\S\n]+)$", re.I)
#: A share is followed by what it is a share of.
_OF = re.compile(
    r"[^\S\n]+(?:of|the|its|their|all)\b(?:[^\S\n]+(?:the|its|their|these|those|all)\b)?", re.I
)
_FRACTION_WORD = re.compile(
    r"(?:half|halves|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth|hundredth)s?$",
    re.I,
)


def find(text: str, published=None, language: str = "en") -> Iterator[Figure]:
    """Every share and multiplier in the text, in the words of its language."""
    words = _words(language)
    if words is None:
        return
    english = language == "en"
    yield from _in_every(text, words, language)
    yield from _fractions(text, words) if english else _halves(text, words)
    if not english:
        yield from _spelled_shares(text, words, language)
    yield from _multipliers(text, words, language)


def _figure(
    text: str, start: int, end: int, value: Decimal, unit: str, english: bool = True
) -> Figure:
    noun = None
    phrase_end = None
    if unit == SHARE and english:
        of = _OF.match(text, end)
        found = noun_after(text, of.end() if of else end)
        if found:
            noun, phrase_end = found
    return Figure(KIND, start, end, text[start:end], value, unit, noun=noun, phrase_end=phrase_end)


def _rate_over_time(text: str, at: int, words: _Words, language: str) -> bool:
    """ "5 in 10 years" is a rate over time, not a share."""
    if language == "en":
        return bool(_TIME_AFTER.match(text, at))
    after = text[at : at + 30].split()
    return bool(after) and after[0].lower().strip(".,;") in words.time_words


def _in_every(text: str, words: _Words, language: str) -> Iterator[Figure]:
    """ "one in five residents", "9 out of 10": the first number over the second."""
    numbers = number_matches(text, language)
    starting = {m.start(): m for m in numbers}
    for top in numbers:
        joint = words.joiner.match(text, top.end())
        bottom = starting.get(joint.end()) if joint else None
        if bottom is None or is_year(bottom.group("digits")) or is_year(top.group("digits")):
            continue
        if _rate_over_time(text, bottom.end(), words, language):
            continue
        high, low = number_value(bottom), number_value(top)
        if high is None or low is None or not 0 < low < high:
            continue
        if not (_round(high) or top.group("words") or low == 1):
            continue
        yield _figure(text, top.start(), bottom.end(), low / high, SHARE, language == "en")


def _halves(text: str, words: _Words) -> Iterator[Figure]:
    """ "la mitad de", "la moitié des": a half of what follows (languages other than English);
    "jeder fünfte": one in five."""
    for match in words.half.finditer(text):
        if words.half_ordinal.search(text, max(0, match.start() - 20), match.start()):
            continue  # "la primera mitad del año": a half of a span of time
        value = words.halves[" ".join(match.group().lower().split())]
        yield _figure(text, match.start(), match.end(), value, SHARE, False)
    for match in words.half_by.finditer(text):  # "réduit de moitié", as English "by half"
        start, end = match.span("half")
        value = words.halves[" ".join(match.group("half").lower().split())]
        yield _figure(text, start, end, value, SHARE, False)
    for match in words.every.finditer(text) if words.nth else ():
        whole = words.nth[match.group("nth").lower()]
        yield _figure(text, match.start(), match.end(), 1 / Decimal(whole), SHARE, False)


def _spelled_shares(text: str, words: _Words, language: str) -> Iterator[Figure]:
    """ "deux tiers des électeurs", "un tercio de los votos", "ein Drittel der Stimmen": a
    fraction in words or digits ("les 3/4 des salariés") before a word for "of" is a share of
    what follows, as "two-thirds of" and "1/20 of" are in English; not before a span of time
    ("un quart d'heure", "tres cuartos de hora")."""
    for match in number_matches(text, language):
        spelled, digits = match.group("words"), match.group("digits")
        if match.group("scale") or not (spelled or digits) or (digits and "/" not in digits):
            continue
        last = re.split(r"[\s-]+", (spelled or "").strip().lower())[-1]
        if not digits and not (
            last in words.denominators or last.endswith(words.denominator_suffixes)
        ):
            continue
        value = number_value(match)
        if value is not None and 0 < value < 1 and _whole_after(text, match.end(), words):
            yield _figure(text, match.start(), match.end(), value, SHARE, False)


def _whole_after(text: str, end: int, words: _Words) -> bool:
    """Whether a whole follows a fraction ending at ``end``: a word for "of" and what it is
    of ("des électeurs", "de los votos"; not "d'heure", a span of time), or a pronoun that
    names it ("d'entre eux", "de ellos")."""
    if words.wholes.match(text, end):
        return True
    after = words.of_after.match(text, end)
    if after is None or after.group("next").lower() in words.time_words:
        return False
    return bool(after.group("the")) or after.group("of").lower() not in words.plain_of


def _round(whole: Decimal) -> bool:
    """A share is stated over a small or round whole ("one in five", "9 out of 10", "one in a
    million") or from one ("1 in 21"); "212 out of 238 people" states two counts, and they
    are the figures."""
    if whole <= 10 or whole in (12, 15, 20, 25, 50):
        return True
    digits = whole.normalize().as_tuple()
    return digits.exponent >= 2 and len(digits.digits) == 1


def _is_fraction(match: re.Match) -> bool:
    digits, words = match.group("digits"), match.group("words")
    if digits:
        return "/" in digits or digits[-1] in VULGAR
    return bool(words and _FRACTION_WORD.search(words) and "point" not in words.lower())


def _fractions(text: str, words: _Words) -> Iterator[Figure]:
    """ "a third of", "two-thirds of", "3/4 of", "half the": a share of what follows."""
    for match in number_matches(text):
        if match.group("scale") or not _is_fraction(match) or not _OF.match(text, match.end()):
            continue
        value = number_value(match)
        if value is not None and 0 < value < 1:
            yield _figure(text, match.start(), match.end(), value, SHARE)
    # (a pattern that ignores case gives re no letter to skip ahead by: a plain test first)
    for match in _HALF_RE.finditer(text) if "half" in text.lower() else ():
        start, end = match.span()
        if _HALF_NOT_BEFORE.search(text, max(0, start - 8), start):
            continue
        # "by half", "more than half": a share with nothing after it, but "half an hour"
        standing = _HALF_BY.search(text, max(0, start - 4), start) or (
            words.qualified.search(text, max(0, start - 24), start) and text[end : end + 1] != "-"
        )
        if _HALF_AFTER.match(text, end) or (standing and not _HALF_NOT_AFTER.match(text, end)):
            yield _figure(text, start, end, Decimal("0.5"), SHARE)
    for match in _SLASH_OF.finditer(text):
        if _SLASH_NOT_BEFORE.search(text, max(0, match.start() - 3), match.start()):
            continue
        top, bottom = int(match.group(1)), int(match.group(2))
        if 0 < top < bottom:
            yield _figure(text, match.start(), match.end(), Decimal(top) / Decimal(bottom), SHARE)


def _multipliers(text: str, words: _Words, language: str) -> Iterator[Figure]:
    """ "twice as", "double the", "doubled", "three times higher", "threefold", "2.5x"."""
    english = language == "en"
    lowered = text.lower()
    hinted = any(hint in lowered for hint in words.hints)
    for match in words.multiplier.finditer(text) if hinted else ():
        word, start = match.group("word").lower(), match.start()
        if not (
            word in words.verbs
            or words.compare.match(text, match.end())
            or (word not in words.adverbs and words.helpers.search(text, max(0, start - 20), start))
        ):
            continue
        yield _figure(text, start, match.end(), words.factors[word], TIMES, english)
    for number in number_matches(text, language):
        start = number.start()
        for by, inverse in ((words.multiplied_by, False), (words.divided_by, True)):
            verb = by.search(text, max(0, start - 24), start)
            value = number_value(number) if verb else None
            if verb and value is not None and value > 1 and not number.group("scale"):
                # "multiplié par trois": three times; "divisé par deux": half
                value = 1 / value if inverse else value
                yield _figure(text, verb.start(), number.end(), value, TIMES, english)
        times = words.times.match(text, number.end())
        if times and words.compare.match(text, times.end()):
            value = number_value(number)
            if value is not None and value > 1:
                if words.less.match(text, times.end()):
                    value = 1 / value  # "trois fois moins cher": a third of the price
                yield _figure(text, number.start(), times.end(), value, TIMES, english)
    folded = any(word in lowered for word in words.fold_words)
    folds = words.fold.finditer(text) if folded else ()
    for match in itertools.chain(folds, _X_RE.finditer(text)):
        if text[match.start() - 1 : match.start()] == ".":
            continue  # "1.5x" is read whole, never from its ".5x"
        written = match.group("n")
        value = Decimal(written) if written[0].isdigit() else parse_words(written)
        if value is not None and value > 1:
            yield _figure(text, match.start(), match.end(), value, TIMES, english)
