"""The decimal comma is a language's, never English's: the same digits, read per language."""

from decimal import Decimal

import pytest

from figcheck.extractors import extract


@pytest.mark.parametrize(
    "text, language, value",
    [
        ("1,348 injured", "en", "1348"),
        ("1.348 blessés", "fr", "1348"),
        ("1,348 blessés", "fr", "1.348"),
        ("2.7 million", "en", "2700000"),
        ("2,7 millones", "es", "2700000"),
        ("1.234.567,5", "de", "1234567.5"),
        ("1,234,567.5", "de", "1234567.5"),
    ],
)
def test_digits_read_in_their_language(text, language, value):
    assert [f.value for f in extract(text, None, language)] == [Decimal(value)]


def test_english_is_the_default():
    assert extract("It cost $2.7 million.") == extract("It cost $2.7 million.", None, "en")
