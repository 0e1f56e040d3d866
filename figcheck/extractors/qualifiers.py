"""Qualifiers before a figure: "only eight", "about 200,000", "more than 500", "más de 500"."""

from __future__ import annotations

import re
from functools import cache

from figcheck.figures import Figure
from figcheck.lang.en import QUALIFIERS

_QUALIFIER_BEFORE = re.compile(
    r"\b(?P<q>"
    + "|".join(
        re.escape(q).replace(r"\ ", r"\s+") for q in sorted(QUALIFIERS, key=len, reverse=True)
    )
    + r")\s+(?:of\s+|the\s+)?$",
    re.I,
)


@cache
def _pattern(language: str) -> re.Pattern:
    """The qualifiers of ``language`` right before a figure ("más de ", "plus d'", "rund ")."""
    if language == "en":
        return _QUALIFIER_BEFORE
    from figcheck.lang import lexicon

    lex = lexicon(language)
    articles = "|".join(re.escape(w) for w in lex.articles) or "(?!)"
    words = "|".join(
        re.escape(q).replace(r"\ ", r"\s+") for q in sorted(lex.qualifiers, key=len, reverse=True)
    )
    return re.compile(rf"(?<!\w)(?P<q>{words})(?:\s+|(?<=['’]))(?:(?:{articles})\s+)?$", re.I)


def attach(figures: list[Figure], text: str, language: str = "en") -> list[Figure]:
    """Give each figure the qualifier that stands right before it, widening its phrase."""
    pattern = _pattern(language)
    out = []
    for fig in figures:
        if fig.qualifier is None and fig.range_part != "high":
            before = text[max(0, fig.start - 40) : fig.start]
            match = pattern.search(before)
            if match:
                word = re.sub(r"\s+", " ", match.group("q").lower())
                start = fig.start - len(before) + match.start("q")
                phrase_start = start if fig.phrase_start is None else min(start, fig.phrase_start)
                fig = fig.with_changes(qualifier=word, phrase_start=phrase_start)
        out.append(fig)
    return out


def qualifier_meaning(word: str | None) -> str | None:
    """ "exact", "approx", "lower" or "upper" for a normalized qualifier word, in any language."""
    if not word:
        return None
    if word in QUALIFIERS:
        return QUALIFIERS[word]
    from figcheck.lang import SUPPORTED, lexicon

    for code in SUPPORTED:
        meaning = lexicon(code).qualifiers.get(word) if code != "en" else None
        if meaning:
            return meaning
    return None
