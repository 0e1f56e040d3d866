"""Qualified and rounded figures as intervals: what each covers, and which pairs disagree.

Every row is an invented pair of wordings of one fact in two versions of a story.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from figcheck.intervals import (
    agree,
    claim_change,
    explain,
    interval,
    last_digit,
    meaning_of,
    precision,
    same_bound,
)
from figcheck.lang import QUALIFIER_MEANINGS
from figcheck.lang.bounds import DIRECTION, REFINES
from figcheck.lang.en import BOUNDS, QUALIFIERS


def iv(written: str, value, count: bool = False, meaning: str | None = None, decimal=None):
    return interval(Decimal(str(value)), written, meaning, count=count, decimal=decimal)


# (written, value, count, what it covers)
COVERS = [
    # Rounding: half a unit of the last written digit.
    ("$1.2bn", "1.2e9", False, "1.15 billion to under 1.25 billion"),
    ("96%", 96, False, "95.5 to under 96.5"),
    ("3.60 percent", "3.6", False, "3.595 to under 3.605"),
    ("62.51%", "62.51", False, "62.505 to under 62.515"),
    ("600 billion won", "6e11", False, "570 billion to under 630 billion"),
    ("17.36 trillion won", "17.36e12", False, "17.355 trillion to under 17.365 trillion"),
    ("13,000 homes", 13000, False, "12500 to under 13500"),
    ("1,300 homes", 1300, False, "1250 to under 1350"),
    # One significant digit: at most 5% either side.
    ("$100 million", "1e8", False, "95 million to under 105 million"),
    ("2 billion roubles", "2e9", False, "1.9 billion to under 2.1 billion"),
    ("6 billion", "6e9", False, "5.7 billion to under 6.3 billion"),
    # Decimal marks of other languages, told from the value.
    ("7.200 millones de pesos", "7.2e9", False, "7.15 billion to under 7.25 billion"),
    ("85.000 millones", "8.5e10", False, "84.5 billion to under 85.5 billion"),
    ("2,7 millones de dólares", "2.7e6", False, "2.65 million to under 2.75 million"),
    ("162,47 %", "162.47", False, "162.465 to under 162.475"),
    ("1 250 000 visitors", 1250000, False, "1.245 million to under 1.255 million"),
    # Digits that do not spell the value: read from the value.
    ("95-point-75 percent", "95.75", False, "95.745 to under 95.755"),
    # Whole counts ending in a non-zero digit are exact; round ones may be rounded.
    ("147 people", 147, True, "147"),
    ("eight candidates", 8, True, "8"),
    ("200 people", 200, True, "190 to under 210"),
    # Qualifiers.
    # A floor or a ceiling is said in its figure's order of magnitude (a tenfold reach);
    # "less than" says small, not near, and stays open.
    ("more than 6 billion", "6e9", False, "above 6 billion to under 60 billion"),
    ("at least 177 people", 177, True, "177 to under 1770"),
    ("less than one trillion", "1e12", False, "under 1 trillion"),
    ("as high as $7bn", "7e9", False, "above 700 million to 7 billion"),
    # ... from ten on: "at least two" only says "some".
    ("at least two people", 2, True, "at least 2"),
    ("nearly $2 billion", "2e9", False, "1.8 billion to under 2 billion"),
    ("nearly 96 percent", 96, False, "95 to under 96"),
    ("almost $100 million", "1e8", False, "90 million to under 100 million"),
    ("about 96%", 96, False, "95 to 97"),
    ("about 290 kilometers", 290, False, "280 to 300"),
    ("some 400,000 homes", 400000, False, "360000 to 440000"),
    ("just over 90 schools", 90, True, "above 90 to 99"),
    ("only eight candidates", 8, True, "8"),
    # Multiples: a lower bound stops short of the next multiple a speaker would have named.
    ("more than double", 2, False, "above 2 to under 2.85"),
    ("at least three times", 3, False, "3 to under 3.8"),
    ("almost triple", 3, False, "2.7 to under 3"),
    ("three times", 3, False, "2.85 to under 3.15"),
]


@pytest.mark.parametrize("written, value, count, covers", COVERS)
def test_what_a_figure_covers(written, value, count, covers):
    assert iv(written, value, count).describe() == covers


# (a, value a, b, value b, count, agree)
PAIRS = [
    # Qualifiers that agree with the plain figure.
    ("more than 6 billion won", "6e9", "6.13 billion won", "6.13e9", False, True),
    ("nearly $2 billion", "2e9", "$1.94 billion", "1.94e9", False, True),
    ("more than 95%", 95, "96%", 96, False, True),
    ("nearly 96 percent", 96, "95.8 percent", "95.8", False, True),
    ("about 96%", 96, "95.8 percent", "95.8", False, True),
    ("almost 2 billion", "2e9", "1.9 billion", "1.9e9", False, True),
    ("more than 7.2 billion", "7.2e9", "7.2 billion", "7.2e9", False, True),
    ("over 80m euros", "8e7", "80m euros", "8e7", False, True),
    ("at least 64 women", 64, "64 women", 64, True, True),
    ("at least two", 2, "two", 2, True, True),
    ("at least 145 dead", 145, "147 dead", 147, True, True),
    ("more than 200 dead", 200, "212 dead", 212, True, True),
    ("up to 7 billion", "7e9", "as high as 7 billion", "7e9", False, True),
    ("approximately 7 billion", "7e9", "as high as 7 billion", "7e9", False, True),
    ("more than $5 billion", "5e9", "a $6 billion price tag", "6e9", False, True),
    ("a little over 40", 40, "41", 41, True, True),
    # Rounding that agrees.
    ("$98 million", "9.8e7", "$100 million", "1e8", False, True),
    ("$98 million", "9.8e7", "about $99 million", "9.9e7", False, True),
    ("£64m", "6.4e7", "£64.5m", "6.45e7", False, True),
    ("62.5%", "62.5", "62.51%", "62.51", False, True),
    ("4.5 percent", "4.5", "4.53%", "4.53", False, True),
    ("$1.2bn", "1.2e9", "$1.23 billion", "1.23e9", False, True),
    ("7.200 millones de pesos", "7.2e9", "7.2 billion pesos", "7.2e9", False, True),
    ("about 290 kilometers", 290, "289.7 kilometres", "289.7", False, True),
    ("nearly three decades", 3, "2.7 decades", "2.7", False, True),
    ("more than double", 2, "2.5 times", "2.5", False, True),
    # Disagreements the intervals catch.
    ("more than 6 billion", "6e9", "5.98 billion", "5.98e9", False, False),
    ("nearly $2 billion", "2e9", "$2.3 billion", "2.3e9", False, False),
    ("nearly $2 billion", "2e9", "$2 billion", "2e9", False, True),
    ("as high as $7bn", "7e9", "more than $7bn", "7e9", False, False),
    ("more than 147 dead", 147, "147 dead", 147, True, False),
    ("fewer than 38 firms", 38, "38 firms", 38, True, False),
    # A round count may itself be rounded: "40 firms" may be 39 of them.
    ("fewer than 40 firms", 40, "40 firms", 40, True, True),
    ("aged 16", 16, "aged 17", 17, True, False),
    ("209 lives", 209, "212 people", 212, True, False),
    ("four regional hubs", 4, "five regional hubs", 5, True, False),
    ("1,300 homes", 1300, "around 13,000 homes", 13000, True, False),
    ("A$3 billion", "3e9", "A$3.4 billion", "3.4e9", False, False),
    ("6.42%", "6.42", "6,24 %", "6.24", False, False),
    ("$1.6 million", "1.6e6", "$16.3 million", "1.63e7", False, False),
    ("24 years", 24, "25 years", 25, True, False),
    ("at least three times the budget", 3, "almost triple", 3, False, False),
    ("more than double", 2, "three times", 3, False, False),
    ("more than double", 2, "triple", 3, False, False),
    ("at least 5% ", 5, "less than 5%", 5, False, False),
    ("$103m", "1.03e8", "$137m", "1.37e8", False, False),
    # Bounds of one direction a tenfold apart: each is said in its own order of magnitude.
    ("more than 500 documents", 500, "more than 50 documents", 50, True, False),
    ("up to 4,000 vehicles", 4000, "up to 400 vehicles", 400, True, False),
    ("up to 200 million yuan", "2e8", "up to 20 million yuan", "2e7", False, False),
    ("more than 100 people", 100, "1,200 people", 1200, True, False),
    ("more than 100 people", 100, "950 people", 950, True, True),
    ("up to 4,000 vehicles", 4000, "450 vehicles", 450, True, True),
    ("at least one person", 1, "12 people", 12, True, True),
    ("less than 1%", 1, "0.05%", "0.05", False, True),
    ("62%", 62, "62.51%", "62.51", False, False),
]


@pytest.mark.parametrize("a, va, b, vb, count, agrees", PAIRS)
def test_two_versions_agree_when_their_intervals_overlap(a, va, b, vb, count, agrees):
    first, second = iv(a, va, count), iv(b, vb, count)
    assert agree(first, second) is agrees
    assert agree(second, first) is agrees, "agreement does not depend on the order"
    assert ("do not overlap" not in explain(first, second)) is agrees


def test_the_reason_names_both_figures_and_what_they_cover():
    reason = explain(iv("nearly $2 billion", "2e9"), iv("$2.3 billion", "2.3e9"))
    assert reason == (
        '"nearly $2 billion" covers 1.8 billion to under 2 billion and "$2.3 billion" '
        "2.25 billion to under 2.35 billion: they do not overlap"
    )


# (qualifier a, qualifier b, words the reason must contain, or None for no change)
CLAIMS = [
    ("as high as", "more than", "reversed"),
    ("up to", "at least", "reversed"),
    ("nearly", "more than", "reversed"),
    ("almost", "at least", "reversed"),
    ("nearly", "just over", "reversed"),
    ("under", "over", "reversed"),
    ("as little as", "as much as", "reversed"),
    ("only", "more than", "reversed"),
    ("only", None, "exclusivity is dropped"),
    (None, "only", "exclusivity is added"),
    ("just", "about", "exclusivity is dropped"),
    ("a mere", None, "exclusivity is dropped"),
    ("more than", "over", None),
    ("more than", "at least", None),
    ("up to", "as much as", None),
    ("up to", "about", None),
    ("as high as", "approximately", None),
    ("nearly", "about", None),
    ("nearly", None, None),
    ("more than", None, None),
    (None, "at least", None),
    ("about", "around", None),
    (None, None, None),
    ("only", "just", None),
    ("only", "up to", None),
    # Meaning names work as well as words; unknown words read loosely and change nothing.
    ("lower-strict", "upper-inclusive", "reversed"),
    ("approx-below", "lower", "reversed"),
    ("unheard-of", "more than", None),
]


@pytest.mark.parametrize("q_a, q_b, reason", CLAIMS)
def test_a_claim_changes_when_a_bound_reverses_or_only_comes_and_goes(q_a, q_b, reason):
    found = claim_change(q_a, q_b)
    if reason is None:
        assert found is None
    else:
        assert reason in found
        assert (reason in (claim_change(q_b, q_a) or "")) or "exclusivity" in reason


def test_a_reversed_bound_is_told_in_words():
    assert claim_change("as high as", "more than") == (
        'the bound is reversed: "as high as" puts the figure at or below the number, '
        '"more than" above it'
    )
    assert claim_change("only", None) == (
        'the exclusivity is dropped: "only" says that is all there is, or that it is few; '
        "the plain figure does not"
    )


# (written, value, decimal mark given, unit of the last digit, round)
PRECISION = [
    ("7.200", "7200", None, "100", False),
    ("7.200", "7.2", ".", "0.001", False),
    ("4,530", "4530", None, "10", False),
    ("4,530", "4.53", ",", "0.001", False),
    ("1.234.567", "1234567", None, "1", False),
    ("1,234.5", "1234.5", None, "0.1", False),
    ("1.234,5", "1234.5", None, "0.1", False),
    ("100", "100", None, "100", True),
    ("100.0", "100", None, "0.1", False),
    ("six", "6", None, "1", True),
    ("0.05", "0.05", None, "0.01", False),
]


@pytest.mark.parametrize("written, value, mark, unit, is_round", PRECISION)
def test_the_precision_a_figure_is_written_with(written, value, mark, unit, is_round):
    prec = precision(Decimal(value), written, mark)
    assert (prec.unit, prec.round) == (Decimal(unit), is_round)


def test_a_qualifier_of_another_language_is_given_as_its_meaning():
    plain, rounded = iv("98 millones", "9.8e7"), iv("unos 99 millones", "9.9e7")
    assert not agree(plain, rounded), "an unknown word is no qualifier when read from the text"
    assert agree(plain, iv("unos 99 millones", "9.9e7", meaning="approx"))
    assert agree(
        iv("casi 2.000 millones", "2e9", meaning="approx-below"), iv("1.970 millones", "1.97e9")
    )


def test_a_precision_can_be_given_as_a_number():
    assert interval(Decimal(96), Decimal("0.1")).describe() == "95.95 to under 96.05"


def test_a_meaning_given_wins_over_the_words():
    assert iv("96%", 96, meaning="lower-strict").describe() == "above 96 to under 960"
    assert iv("96%", 96, meaning="upper").describe() == "above 9.6 to 96"


@pytest.mark.parametrize("word", sorted(QUALIFIERS))
def test_every_extracted_qualifier_has_a_fine_meaning_that_refines_its_own(word):
    fine = BOUNDS[word]
    coarse = QUALIFIERS[word]
    assert REFINES[fine] == coarse or DIRECTION.get(fine) == coarse, (word, fine, coarse)


def test_fine_meanings_refine_the_lexicon_meanings():
    assert set(REFINES.values()) - {"none"} <= set(QUALIFIER_MEANINGS)
    assert set(BOUNDS.values()) <= set(REFINES)


@pytest.mark.parametrize(
    "qualifier, fine",
    [(None, "none"), ("", "none"), ("More  Than", "lower-strict"), ("upper", "upper")]
    + [("as high as", "upper-inclusive"), ("whatever", "approx")],
)
def test_meaning_of(qualifier, fine):
    assert meaning_of(qualifier) == fine


# (qualifier a, qualifier b, two bounds of one kind read in their order of magnitude)
SAME_BOUNDS = [
    ("more than", "at least", True),
    ("over", "more than", True),
    ("up to", "as many as", True),
    ("more than", "up to", False),
    ("less than", "under", False),  # say small rather than near: left open
    ("more than", None, False),
    ("about", "about", False),
]


@pytest.mark.parametrize("a, b, same", SAME_BOUNDS)
def test_bounds_of_one_kind(a, b, same):
    assert same_bound(a, b) is same
    assert same_bound(b, a) is same


@pytest.mark.parametrize(
    "a, va, b, vb, agrees",
    [
        ("at least 1 death", 1, "at least 14 deaths", 14, False),
        ("more than 2 years", 2, "more than 20 years", 20, False),
        ("more than 3 years", 3, "more than 20 years", 20, True),
    ],
)
def test_a_small_bound_against_one_of_its_kind_is_said_in_its_magnitude(a, va, b, vb, agrees):
    first = interval(Decimal(va), a, "lower", count=True, small_bound=True)
    second = interval(Decimal(vb), b, "lower", count=True, small_bound=True)
    assert agree(first, second) is agrees
    # Alone, a small bound only says "some".
    assert agree(interval(Decimal(va), a, "lower", count=True), second)


@pytest.mark.parametrize(
    "written, value, unit",
    [
        ("20%", "20", "1"),
        ("61%", "61", "1"),
        ("120%", "120", "1"),
        ("2.5%", "2.5", "0.1"),
        ("20 million", "20000000", "1000000"),
        ("$1.2bn", "1200000000", "100000000"),
        ("three", "3", "1"),
    ],
)
def test_the_last_digit_written_counts_its_zeros(written, value, unit):
    assert last_digit(Decimal(value), written) == Decimal(unit)


@pytest.mark.parametrize(
    "value, said",
    [
        ("2.5", "2.5"),
        ("1234567.891", "1.2346 million"),
        ("1E+30", "1" + "0" * 18 + " trillion"),
        ("1E+36", "1" + "0" * 24 + " trillion"),  # past any figure: said all the same
    ],
)
def test_a_number_is_said_in_words_at_any_size(value, said):
    from decimal import Decimal

    from figcheck.intervals import _say

    assert _say(Decimal(value)) == said
