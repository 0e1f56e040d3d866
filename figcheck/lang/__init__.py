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


_LOADED: dict[str, Lexicon] = {}


def lexicon(code: str) -> Lexicon:
    """The lexicon of a supported language, imported on first use."""
    if code not in _LOADED:
        if code not in SUPPORTED:
            raise KeyError(f"language {code!r} not supported")
        module = importlib.import_module(f"figcheck.lang.{code}")
        _LOADED[code] = module.LEXICON
    return _LOADED[code]
