"""What a qualifier states about the true figure, finer than ``QUALIFIER_MEANINGS``.

The lexicons' qualifiers say "lower" for both "more than" and "at least"; comparing two
versions as intervals also needs to know whether the bound itself is included, and which
bounds approximate from one side ("nearly", "just over"). This module names those finer
meanings and how they relate to the coarse ones, in no language: the words that carry
them are each language's (``Lexicon.bounds``: English's in figcheck.lang.en), and the
coarse meaning each refines stays the name the lexicons and extractors use.
"""

from __future__ import annotations

from types import MappingProxyType

#: Fine meanings and the coarse ``QUALIFIER_MEANINGS`` name each one refines. "none" is
#: a figure given without a qualifier.
REFINES = MappingProxyType(
    {
        "none": "none",
        "exact": "exact",
        "approx": "approx",
        "approx-below": "approx-below",
        "approx-above": "approx-above",
        "lower": "lower",
        "lower-strict": "lower",
        "lower-inclusive": "lower",
        "upper": "upper",
        "upper-strict": "upper",
        "upper-inclusive": "upper",
    }
)

#: The coarse meaning the extractors give each fine meaning's words ("nearly": "upper").
COARSE_OF = MappingProxyType(
    {
        "exact": "exact",
        "approx": "approx",
        "approx-below": "upper",
        "approx-above": "lower",
        "lower-strict": "lower",
        "lower-inclusive": "lower",
        "upper-strict": "upper",
        "upper-inclusive": "upper",
    }
)

#: Which way each meaning points from the written figure: the figure is at or above it
#: ("lower"), at or below it ("upper"), or around it (None).
DIRECTION = MappingProxyType(
    {
        "lower": "lower",
        "lower-strict": "lower",
        "lower-inclusive": "lower",
        "approx-above": "lower",
        "upper": "upper",
        "upper-strict": "upper",
        "upper-inclusive": "upper",
        "approx-below": "upper",
    }
)
