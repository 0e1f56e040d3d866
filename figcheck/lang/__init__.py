"""One lexicon per language: the words figcheck reads, mapped to what they mean.

Extractors and rules read meanings (a power of ten, an ISO currency code, a month
number, "upper bound"), never a language's words: a new language is one module here
that defines ``LEXICON`` and its table test. Modules are imported on first use, so
an English-only run loads no other language.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass, field

#: Language codes figcheck reads (ISO 639-1), each a module of this package.
SUPPORTED = ("en", "zh", "ja", "es", "fr", "pt", "de")

#: What a qualifier states about the true figure, as rules compare it.
QUALIFIER_MEANINGS = ("exact", "approx", "lower", "upper", "approx-below", "approx-above")


@dataclass(frozen=True)
class Lexicon:
    """The language-specific knowledge of one language, as plain tables."""

    code: str
    name: str
    #: Decimal mark and the marks that group thousands ("1.250.000,5": "," and ".").
    decimal: str = "."
    groups: tuple[str, ...] = (",",)
    #: Number words and their values ("eight": 8, "dozen": 12).
    numbers: Mapping[str, int] = field(default_factory=dict)
    #: Scale words and their power of ten ("million": 6, "lakh": 5, "万": 4).
    scales: Mapping[str, int] = field(default_factory=dict)
    #: Currency names and signs and the ISO 4217 code each means ("yuan": "CNY").
    currencies: Mapping[str, str] = field(default_factory=dict)
    #: Month names and abbreviations, lower-cased, and their number (1-12).
    months: Mapping[str, int] = field(default_factory=dict)
    #: Weekday names, lower-cased, and their ISO number (Monday 1 … Sunday 7).
    weekdays: Mapping[str, int] = field(default_factory=dict)
    #: Qualifier words, lower-cased, and one of QUALIFIER_MEANINGS.
    qualifiers: Mapping[str, str] = field(default_factory=dict)
    #: Relative time words and their offset in their unit ("last year": ("year", -1)).
    relative: Mapping[str, tuple[str, int]] = field(default_factory=dict)
    #: Words for a percentage and for percentage points.
    percent_words: tuple[str, ...] = ()
    point_words: tuple[str, ...] = ()
    #: Function words that identify the language in running text (and that alignment skips).
    function_words: frozenset[str] = frozenset()
    #: Qualifiers written after the figure ("200人以上", "300万元左右") and their meaning.
    qualifiers_after: Mapping[str, str] = field(default_factory=dict)
    #: Words for a minus sign ("负", "マイナス").
    negative_words: tuple[str, ...] = ()
    #: Words for the decimal point between number words ("十五点七").
    decimal_words: tuple[str, ...] = ()
    #: Words that make a fraction of two numbers, denominator first ("三分之一": 1/3).
    fraction_words: tuple[str, ...] = ()
    #: Words for a percentage written before the number, and what to divide the number by to
    #: read it in percent ("百分之四十": 40 %, "千分之五": 0.5 %).
    percent_before: Mapping[str, int] = field(default_factory=dict)
    #: Words for tenths of a whole, read as ten percent each ("四成": 40 %; "八折", a price
    #: cut to eight tenths, 80 %).
    tenth_words: tuple[str, ...] = ()
    #: True where a digit after a scale word stands for the next place down ("三万五": 35,000).
    scale_tail: bool = False
    #: Counters written between a number and what it counts, and what they count:
    #: "person", "thing", "measure" (a unit or a span of time, not a count) or "dozen" (12).
    counters: Mapping[str, str] = field(default_factory=dict)
    #: Words joining the two ends of a range ("300万至500万", "2016年から2019年").
    range_words: tuple[str, ...] = ()
    #: A currency's minor units and their worth in hundredths of it ("角": ("CNY", 10)).
    subunits: Mapping[str, tuple[str, int]] = field(default_factory=dict)
    #: Words that introduce a stated conversion ("（约合42万美元）").
    conversion_words: tuple[str, ...] = ()
    #: Calendar words and the unit each marks ("年": "year", "号": "day", "季度": "quarter"),
    #: and the words of the lunar calendar ("农历": "lunar", "正月": "lunar-month").
    calendar_words: Mapping[str, str] = field(default_factory=dict)
    #: Calendar eras and the Gregorian year of their first year ("令和": 2019, "民國": 1912).
    eras: Mapping[str, int] = field(default_factory=dict)
    #: Words that open a period at a date ("以来": "since") or close it ("截至": "until"),
    #: with "from" for the word before a range's first end ("从2016年到2019年") and
    #: "year-to-date" for the period from New Year to publication ("年初以来").
    period_words: Mapping[str, str] = field(default_factory=dict)
    #: Words after a span of time that count it back or forward ("三年前": -1, "两天后": 1).
    shift_words: Mapping[str, int] = field(default_factory=dict)
    #: Set phrases whose number words are no figures ("百战百胜", "千万不要").
    idioms: tuple[str, ...] = ()


_LOADED: dict[str, Lexicon] = {}


def lexicon(code: str) -> Lexicon:
    """The lexicon of a supported language, imported on first use."""
    if code not in _LOADED:
        if code not in SUPPORTED:
            raise KeyError(f"language {code!r} not supported")
        module = importlib.import_module(f"figcheck.lang.{code}")
        _LOADED[code] = module.LEXICON
    return _LOADED[code]
