"""Every supported language has a lexicon whose tables mean what the seam says."""

import pytest

from figcheck.lang import QUALIFIER_MEANINGS, SUPPORTED, lexicon


@pytest.mark.parametrize("code", SUPPORTED)
def test_lexicon_loads_with_its_own_code(code):
    assert lexicon(code).code == code


@pytest.mark.parametrize("code", SUPPORTED)
def test_months_and_weekdays_are_in_range(code):
    lex = lexicon(code)
    assert set(lex.months.values()) == set(range(1, 13))
    assert set(lex.weekdays.values()) == set(range(1, 8))


@pytest.mark.parametrize("code", SUPPORTED)
def test_qualifiers_have_known_meanings(code):
    assert set(lexicon(code).qualifiers.values()) <= set(QUALIFIER_MEANINGS)


@pytest.mark.parametrize(
    "code, word, month",
    [("en", "sept", 9), ("es", "agosto", 8), ("fr", "août", 8), ("pt", "março", 3),
     ("de", "märz", 3), ("zh", "八月", 8), ("ja", "8月", 8)],
)  # fmt: skip
def test_month_names(code, word, month):
    assert lexicon(code).months[word] == month


def test_unknown_language_is_refused():
    with pytest.raises(KeyError):
        lexicon("xx")
