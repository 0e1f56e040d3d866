"""The package's own function, ``figcheck.extract``: a text in, its figures out."""

import datetime as dt

import pytest

import figcheck


@pytest.mark.parametrize(
    "text, language, expected",
    [
        ("Bonuses of 3 million yuan ($420,000).", "en", [("3000000", "CNY"), ("420000", "USD")]),
        ("Costó 2,7 millones de euros.", "es", [("2700000.0", "EUR")]),
        ("Il a coûté 1 250 000 euros.", "fr", [("1250000", "EUR")]),
        ("Es kostete 3,5 Milliarden Euro.", "de", [("3500000000.0", "EUR")]),
        ("项目投资45亿元。", "zh", [("4500000000", "CNY")]),
        # the same words read as English: a decimal comma is no decimal mark there
        ("Costó 2,7 millones de euros.", "en", [("2", None)]),
    ],
)
def test_extract_reads_a_text_in_the_language_given(text, language, expected):
    figures = figcheck.extract(text, dt.date(2023, 8, 24), language)
    assert [(str(f.value), f.unit) for f in figures if f.kind != "date"] == expected


def test_a_language_figcheck_does_not_read_is_refused():
    with pytest.raises(ValueError, match="not 'it'"):
        figcheck.extract("Costa 2,7 milioni di euro.", None, "it")
