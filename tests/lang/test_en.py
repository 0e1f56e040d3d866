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


#: Scale words, as they would stand in an extractor that spelled them itself.
_SCALE_WORD = r"\b(?:hundred|thousand|million|billion|trillion|lakhs?|lacs?|crores?)\b"


def _code_strings(path):
    """The string constants of a module that are not docstrings: its patterns and names."""
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs
    ]


@pytest.mark.parametrize(
    "module", ["numbers", "numerals", "money", "quantity", "percent", "dollars"]
)
def test_the_number_finders_spell_no_scale_word_of_their_own(module):
    """Issue 13: extractors read meanings; the scales' words live in figcheck.lang.en
    (SCALES, SPELLED_SCALES, INDIAN_SCALES), comments and docstrings aside."""
    import re
    from pathlib import Path

    import figcheck.extractors

    path = Path(figcheck.extractors.__file__).parent / f"{module}.py"
    spelled = [
        (line, text) for line, text in _code_strings(path) if re.search(_SCALE_WORD, text, re.I)
    ]
    assert spelled == []


@pytest.mark.parametrize(
    ("name", "power"), [("hundred", 2), ("thousand", 3), ("million", 6), ("trillion", 12)]
)
def test_spelled_scales_by_power(name, power):
    from figcheck.extractors.numbers import spelled_scales

    assert spelled_scales(power, power) == name
