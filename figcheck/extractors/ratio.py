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
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from decimal import Decimal

from figcheck.extractors.count import noun_after
from figcheck.extractors.numbers import (
    VULGAR,
    is_year,
    number_value,
    parse_words,
)
from figcheck.extractors.numerals import number_matches
from figcheck.figures import Figure
from figcheck.lang.en import TENS, UNITS

KIND = "ratio"
SHARE, TIMES = "share", "times"

#: What follows a multiplier word when it compares: "twice as many", "three times the cost".
_COMPARE = (
    r"[^\S\n]+(?:as|the|that|those|what|its|their|his|her|our|this|these|more|less|fewer|"
    r"higher|lower|larger|smaller|bigger|greater|faster|slower|longer|shorter|over|above|"
    r"stronger|wider|heavier|richer|cheaper|dearer|likelier|worse|better)\b"
)
_COMPARE_RE = re.compile(_COMPARE, re.I)
_MULTIPLIER_WORDS = {"twice": 2, "thrice": 3, "double": 2, "triple": 3, "treble": 3, "quadruple": 4}
#: Verb forms are multipliers wherever they stand: "profits doubled", "halving the cost".
_VERB_FORMS = {
    "doubled": 2, "doubling": 2, "tripled": 3, "tripling": 3, "trebled": 3, "trebling": 3,
    "quadrupled": 4, "quadrupling": 4, "halved": Decimal("0.5"), "halving": Decimal("0.5"),
}  # fmt: skip
#: Before a bare "double": a verb's helper or a qualifier ("will double", "nearly double").
_DOUBLE_BEFORE = re.compile(
    r"\b(?:to|will|would|could|can|may|might|should|must|did|does|do|than|nearly|almost|"
    r"roughly|about|more\s+than|at\s+least|over|to\s+nearly|expected\s+to)[^\S\n]+$",
    re.I,
)
_MULTIPLIER_RE = re.compile(
    rf"\b(?P<word>{'|'.join([*_VERB_FORMS, *_MULTIPLIER_WORDS])})\b(?!-)", re.I
)
_NUMBER_WORD = "|".join(sorted([*UNITS, *TENS, "hundred", "thousand"], key=len, reverse=True))
#: "threefold", "ten-fold", "3-fold", "2.5x".
_FOLD_RE = re.compile(
    rf"\b(?P<n>(?:{_NUMBER_WORD})(?:-(?:{_NUMBER_WORD}))?|\d+(?:\.\d+)?)[\s-]?fold\b", re.I
)
_X_RE = re.compile(r"\b(?P<n>\d+(?:\.\d+)?)x\b(?![^\S\n]*[\d×x])", re.I)
#: Words a multiplier is made of: a text without any is not searched.
_MULTIPLIER_HINTS = ("twice", "thrice", "doubl", "tripl", "trebl", "quadrupl", "halv")
_TIMES = re.compile(r"[^\S\n]+times\b", re.I)
#: "one in five", "nine out of 10", "one of every four".
_IN = re.compile(r"[^\S\n]+(?:in|out[^\S\n]+of|of[^\S\n]+every)[^\S\n]+", re.I)
_TIME_AFTER = re.compile(
    r"[^\S\n]*(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|games?|"
    r"matches|races|attempts|tries|starts|innings|sets)\b",
    re.I,
)
#: "half of", "half the", "by half", "in half"; not "the first half", "half an hour".
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


def find(text: str, published=None) -> Iterator[Figure]:
    """Every share and multiplier in the text."""
    yield from _in_every(text)
    yield from _fractions(text)
    yield from _multipliers(text)


def _figure(text: str, start: int, end: int, value: Decimal, unit: str) -> Figure:
    noun = None
    phrase_end = None
    if unit == SHARE:
        of = _OF.match(text, end)
        found = noun_after(text, of.end() if of else end)
        if found:
            noun, phrase_end = found
    return Figure(KIND, start, end, text[start:end], value, unit, noun=noun, phrase_end=phrase_end)


def _in_every(text: str) -> Iterator[Figure]:
    """ "one in five residents", "9 out of 10": the first number over the second."""
    numbers = number_matches(text)
    starting = {m.start(): m for m in numbers}
    for top in numbers:
        joint = _IN.match(text, top.end())
        bottom = starting.get(joint.end()) if joint else None
        if bottom is None or is_year(bottom.group("digits")) or is_year(top.group("digits")):
            continue
        if _TIME_AFTER.match(text, bottom.end()):
            continue  # "5 in 10 years"
        high, low = number_value(bottom), number_value(top)
        if high is None or low is None or not 0 < low < high:
            continue
        if not (_round(high) or top.group("words") or low == 1):
            continue
        yield _figure(text, top.start(), bottom.end(), low / high, SHARE)


def _round(whole: Decimal) -> bool:
    """A share is stated over a small or round whole ("one in five", "9 out of 10", "one in a
    million") or from one ("1 in 21"); "228 out of 254 people" states two counts, and they
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


def _fractions(text: str) -> Iterator[Figure]:
    """ "a third of", "two-thirds of", "3/4 of", "half the": a share of what follows."""
    for match in number_matches(text):
        if match.group("scale") or not _is_fraction(match) or not _OF.match(text, match.end()):
            continue
        value = number_value(match)
        if value is not None and 0 < value < 1:
            yield _figure(text, match.start(), match.end(), value, SHARE)
    for match in _HALF_RE.finditer(text):
        start, end = match.span()
        if _HALF_NOT_BEFORE.search(text, max(0, start - 8), start):
            continue
        if _HALF_AFTER.match(text, end) or (
            _HALF_BY.search(text, max(0, start - 4), start) and not _HALF_NOT_AFTER.match(text, end)
        ):
            yield _figure(text, start, end, Decimal("0.5"), SHARE)
    for match in _SLASH_OF.finditer(text):
        if _SLASH_NOT_BEFORE.search(text, max(0, match.start() - 3), match.start()):
            continue
        top, bottom = int(match.group(1)), int(match.group(2))
        if 0 < top < bottom:
            yield _figure(text, match.start(), match.end(), Decimal(top) / Decimal(bottom), SHARE)


def _multipliers(text: str) -> Iterator[Figure]:
    """ "twice as", "double the", "doubled", "three times higher", "threefold", "2.5x"."""
    lowered = text.lower()
    hinted = any(hint in lowered for hint in _MULTIPLIER_HINTS)
    for match in _MULTIPLIER_RE.finditer(text) if hinted else ():
        word, start = match.group("word").lower(), match.start()
        if word in _VERB_FORMS:
            value = Decimal(_VERB_FORMS[word])
        elif _COMPARE_RE.match(text, match.end()) or (
            word != "twice" and _DOUBLE_BEFORE.search(text, max(0, start - 20), start)
        ):
            value = Decimal(_MULTIPLIER_WORDS[word])
        else:
            continue
        yield _figure(text, start, match.end(), value, TIMES)
    for number in number_matches(text):
        times = _TIMES.match(text, number.end())
        if times and _COMPARE_RE.match(text, times.end()):
            value = number_value(number)
            if value is not None and value > 1:
                yield _figure(text, number.start(), times.end(), value, TIMES)
    folds = _FOLD_RE.finditer(text) if "fold" in lowered else ()
    for match in itertools.chain(folds, _X_RE.finditer(text)):
        if text[match.start() - 1 : match.start()] == ".":
            continue  # "1.5x" is read whole, never from its ".5x"
        written = match.group("n")
        value = Decimal(written) if written[0].isdigit() else parse_words(written)
        if value is not None and value > 1:
            yield _figure(text, match.start(), match.end(), value, TIMES)
