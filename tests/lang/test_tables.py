"""The number and money tables of each lexicon hold what the readers expect of them."""

import re

import pytest

from figcheck.lang import lexicon

LANGUAGES = ("es", "fr", "pt", "de")


@pytest.mark.parametrize("code", LANGUAGES)
def test_number_words_are_below_a_thousand(code):
    assert all(0 <= value < 1000 for value in lexicon(code).numbers.values())


@pytest.mark.parametrize("code", LANGUAGES)
def test_scales_are_powers_of_ten_from_a_hundred(code):
    lex = lexicon(code)
    assert all(2 <= power <= 18 for power in {**lex.scales, **lex.tight_scales}.values())


@pytest.mark.parametrize("code", LANGUAGES)
def test_currencies_name_iso_codes(code):
    for name, codes in lexicon(code).currencies.items():
        for one in codes.split("|"):
            assert re.fullmatch(r"[A-Z]{3}(?:/100)?", one), (name, one)


@pytest.mark.parametrize("code", LANGUAGES)
def test_separators(code):
    lex = lexicon(code)
    assert lex.decimal == "," and "." in lex.groups and lex.decimal not in lex.groups


@pytest.mark.parametrize(
    "code, word, power",
    [("es", "billón", 12), ("es", "mil millones", 9), ("pt", "bilhão", 9), ("pt", "bilião", 12),
     ("pt", "mil milhões", 9), ("fr", "milliard", 9), ("fr", "billion", 12),
     ("de", "milliarde", 9), ("de", "billion", 12)],
)  # fmt: skip
def test_big_numbers_as_each_country_writes_them(code, word, power):
    assert lexicon(code).scales[word] == power
