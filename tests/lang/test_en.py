"""English's lexicon: the words the English extractors read, in every lexicon's shape."""

import pytest

from figcheck.lang import QUALIFIER_MEANINGS, lexicon

EN = lexicon("en")


@pytest.mark.parametrize(
    ("table", "word", "meaning"),
    [
        ("numbers", "nineteen", 19),
        ("numbers", "ninety", 90),
        ("scales", "hundred", 2),
        ("scales", "lakh", 5),
        ("scales", "crore", 7),
        ("scales", "billion", 9),
        ("tight_scales", "bn", 9),
        ("tight_scales", "k", 3),
        ("currencies", "pounds sterling", "GBP"),
        ("currencies", "cents", "USD/100"),
        ("qualifiers", "at least", "lower"),
        ("qualifiers", "nearly", "upper"),
        ("qualifiers", "only", "exact"),
        ("relative", "last year", ("year", -1)),
        ("relative", "next quarter", ("quarter", 1)),
        ("months", "sept", 9),
        ("weekdays", "thurs", 4),
    ],
)
def test_english_words_mean(table, word, meaning):
    assert getattr(EN, table)[word] == meaning


def test_every_english_qualifier_has_a_known_meaning():
    assert set(EN.qualifiers.values()) <= set(QUALIFIER_MEANINGS)


def test_the_extractors_read_english_words_from_its_lexicon_module():
    from figcheck.extractors import money, numbers, qualifiers
    from figcheck.lang import en

    assert numbers.SCALES is en.SCALES
    assert money.CURRENCY_NAMES is EN.currencies
    assert qualifiers.QUALIFIERS is EN.qualifiers


@pytest.mark.parametrize("word", ["games", "olympics", "elections", "budget", "census", "cup"])
def test_event_and_plan_nouns_name_a_year(word):
    from figcheck.lang import en

    assert word in en.YEAR_NOUNS


@pytest.mark.parametrize("word", ["employees", "units", "votes", "voters", "people", "applicants"])
def test_counted_things_are_no_year_nouns(word):
    from figcheck.lang import en

    assert word not in en.YEAR_NOUNS


def test_the_count_and_date_finders_read_year_nouns_from_the_lexicon_module():
    from figcheck.extractors import count
    from figcheck.extractors.dates import tables
    from figcheck.lang import en

    assert count.YEAR_NOUNS is en.YEAR_NOUNS
    assert tables.YEAR_NOUNS is en.YEAR_NOUNS
