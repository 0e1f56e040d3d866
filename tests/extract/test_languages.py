"""Each document read in its language; a mixed one paragraph by paragraph, offsets kept."""

from __future__ import annotations

from decimal import Decimal

import pytest

from figcheck.extractors import extract
from figcheck.extractors.languages import by_language, merged, read_in_languages
from figcheck.figures import Figure

ENGLISH = "The council approved the plan on Monday, and the works will take two years."
SPANISH = "El ayuntamiento aprobó el plan y las obras costarán 2,7 millones de euros."
FRENCH = "Le conseil a voté le projet, qui coûtera 1 250 000 euros selon la mairie."
ITALIAN = "Il consiglio ha approvato il piano e i lavori dureranno due anni per la città."


@pytest.mark.parametrize(
    ("paragraphs", "language", "per_paragraph", "expected"),
    [
        ([ENGLISH], "en", True, ["en"]),
        ([SPANISH, SPANISH], "es", True, ["es"]),
        ([ENGLISH, SPANISH], "en", True, ["en", "es"]),
        ([FRENCH, ENGLISH, FRENCH], "fr", True, ["fr", "en"]),
        # a paragraph in a language figcheck does not read is read in the document's
        ([ENGLISH, ITALIAN], "en", True, ["en"]),
        # a stated language is not second-guessed paragraph by paragraph
        ([ENGLISH, SPANISH], "en", False, ["en"]),
    ],
)
def test_languages_read(paragraphs, language, per_paragraph, expected):
    text = "\n\n".join(paragraphs)
    passes = by_language(text, language, per_paragraph)
    assert [code for code, _ in passes] == expected
    for _, copy in passes:
        assert len(copy) == len(text)
        assert [i for i, c in enumerate(copy) if c == "\n"] == [
            i for i, c in enumerate(text) if c == "\n"
        ]


def test_each_paragraph_keeps_only_its_own_words():
    text = f"{ENGLISH}\n\n{SPANISH}"
    (en, en_text), (es, es_text) = by_language(text, "en")
    assert en_text.startswith(ENGLISH) and es_text.strip() == SPANISH
    assert en_text.endswith(" " * len(SPANISH))


@pytest.mark.parametrize(
    ("text", "language", "per_paragraph", "expected"),
    [
        # one Spanish paragraph in an English story: its decimal comma read as Spanish
        (
            f"{ENGLISH} The fund that pays for it holds 3.5 million euros.\n\n{SPANISH}",
            "en",
            True,
            [("money", "3.5 million euros", "3500000", "EUR"),
             ("money", "2,7 millones de euros", "2700000", "EUR")],
        ),
        (
            f"{FRENCH}\n\nThe council said 40% of residents agreed.",
            "fr",
            True,
            [("money", "1 250 000 euros", "1250000", "EUR"),
             ("percent", "40%", "40", "%")],
        ),
        # a language figcheck does not read: nothing read (the caller notes it), nothing guessed
        (ITALIAN + " Costerà 2,7 milioni di euro.", "it", True, []),
    ],
)  # fmt: skip
def test_read_in_languages(text, language, per_paragraph, expected):
    figures = read_in_languages(text, None, language, extract, per_paragraph)
    got = [(f.kind, f.text, f.value, f.unit) for f in figures if f.kind in ("money", "percent")]
    assert got == [(k, t, Decimal(v), u) for k, t, v, u in expected]
    for fig in figures:
        assert text[fig.start : fig.end] == fig.text
        before = text[: fig.start]
        assert fig.line == before.count("\n") + 1
        assert fig.column == fig.start - (before.rfind("\n") + 1) + 1


def _fig(start: int, **links) -> Figure:
    return Figure("money", start, start + 1, "x", Decimal(1), **links)


@pytest.mark.parametrize(
    ("readings", "expected"),
    [
        # two readings interleave; each one's links point into the merged list
        (
            [[_fig(0), _fig(10, conversion_of=0)], [_fig(5), _fig(20, range_with=0)]],
            [(0, None, None), (5, None, None), (10, 0, None), (20, None, 1)],
        ),
        (
            [[_fig(30)], [_fig(1, range_with=1), _fig(3, range_with=0)]],
            [(1, None, 1), (3, None, 0), (30, None, None)],
        ),
    ],
)  # fmt: skip
def test_merged_readings_renumber_their_links(readings, expected):
    assert [(f.start, f.conversion_of, f.range_with) for f in merged(readings)] == expected
