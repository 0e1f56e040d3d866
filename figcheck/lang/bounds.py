"""What a qualifier states about the true figure, finer than ``QUALIFIER_MEANINGS``.

The lexicons say "lower" for both "more than" and "at least"; comparing two versions as
intervals also needs to know whether the bound itself is included, and which bounds
approximate from one side ("nearly", "just over"). This module adds those finer meanings
and the English words that carry them; the coarse meaning each refines stays the name the
lexicons and extractors use. (A language's lexicon may later carry the fine meanings
itself; until then the English words live here, beside their meanings.)
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

#: English qualifier words, lower-cased, and their fine meaning.
EN_WORDS = MappingProxyType(
    {
        # The figure, stressed as small or as all there is.
        "only": "exact",
        "just": "exact",
        "merely": "exact",
        "a mere": "exact",
        "exactly": "exact",
        "precisely": "exact",
        # Either side of the figure.
        "about": "approx",
        "around": "approx",
        "roughly": "approx",
        "approximately": "approx",
        "some": "approx",
        "an estimated": "approx",
        "circa": "approx",
        # Close to the figure, from below or from above.
        "nearly": "approx-below",
        "almost": "approx-below",
        "close to": "approx-below",
        "just under": "approx-below",
        "not quite": "approx-below",
        "barely": "approx-below",
        "just over": "approx-above",
        "a little over": "approx-above",
        "slightly more than": "approx-above",
        "just above": "approx-above",
        # Above the figure, the figure itself excluded or included.
        "more than": "lower-strict",
        "over": "lower-strict",
        "above": "lower-strict",
        "well over": "lower-strict",
        "in excess of": "lower-strict",
        "north of": "lower-strict",
        "upwards of": "lower-strict",
        "exceeding": "lower-strict",
        "at least": "lower-inclusive",
        "no less than": "lower-inclusive",
        "no fewer than": "lower-inclusive",
        "a minimum of": "lower-inclusive",
        "as little as": "lower-inclusive",
        "as few as": "lower-inclusive",
        "as low as": "lower-inclusive",
        # Below the figure, the figure itself excluded or included.
        "less than": "upper-strict",
        "fewer than": "upper-strict",
        "under": "upper-strict",
        "below": "upper-strict",
        "well under": "upper-strict",
        "up to": "upper-inclusive",
        "as much as": "upper-inclusive",
        "as many as": "upper-inclusive",
        "as high as": "upper-inclusive",
        "at most": "upper-inclusive",
        "no more than": "upper-inclusive",
        "a maximum of": "upper-inclusive",
    }
)

#: English words for a multiple, and the factor each states ("triple": 3).
EN_MULTIPLIERS = MappingProxyType(
    {
        "double": 2,
        "doubled": 2,
        "twice": 2,
        "twofold": 2,
        "triple": 3,
        "tripled": 3,
        "treble": 3,
        "trebled": 3,
        "threefold": 3,
        "quadruple": 4,
        "quadrupled": 4,
        "fourfold": 4,
        "fivefold": 5,
        "tenfold": 10,
    }
)
