"""An edited text is read paragraph by paragraph: the paragraphs read before are not read
again, and the figures are those of the whole text read afresh."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import figcheck.extractors as extractors

PUBLISHED = dt.date(2024, 3, 5)

PORT = (
    "The port handled 4.2 million containers in 2023, up 6% on the year before.\n\n"
    "It hired 310 dock workers and spent $45 million on two cranes.\n\n"
    "Only eight berths were open between 12 and 15 May.\n"
)
#: Paragraphs that outweigh the rest, so that two changed ones are not half the text.
QUAYS = (
    "\nThe harbour master said the work would go on through the winter as planned, and\n"
    "that the quays would stay open to ferries and fishing boats alike.\n"
) * 2


class Kept(dict):
    """What the figure cache gives extract: paragraph -> figures, and what was put."""

    def get(self, key):
        return dict.get(self, key)

    def put(self, key, figures):
        self[key] = tuple(figures)


def reads(monkeypatch) -> list[str]:
    """The texts extract hands its finders from now on."""
    texts: list[str] = []
    real = extractors.read

    def spy(text, published=None, language="en"):
        texts.append(text)
        return real(text, published, language)

    monkeypatch.setattr(extractors, "read", spy)
    return texts


def fresh(text: str, language: str = "en") -> list:
    return extractors.extract(text, PUBLISHED, language)  # read whole, nothing known


@pytest.mark.parametrize(
    ("before", "after", "read_again"),
    [
        # one figure changed: its paragraph alone is read
        (PORT, PORT.replace("310", "301"), ["It hired 301 dock workers and spent $45 million"]),
        # a paragraph added at the top, one at the end
        (PORT, "Updated on Friday.\n\n" + PORT, ["Updated on Friday.\n\n"]),
        (PORT, PORT + "\nThe board meets on 3 June.\n", ["\nThe board meets on 3 June.\n"]),
        # a paragraph taken out: nothing to read
        (PORT, PORT.split("\n\n", 1)[1], []),
        # two neighbours changed: read as one piece
        (
            PORT + QUAYS,
            (PORT + QUAYS).replace("4.2", "4.3").replace("310", "320"),
            ["The port handled 4.3 million containers", "It hired 320"],
        ),
        # lines ending in CR LF
        (
            PORT.replace("\n", "\r\n"),
            PORT.replace("\n", "\r\n").replace("eight", "nine"),
            ["Only nine berths"],
        ),
        # a paragraph the text holds twice is one entry
        (PORT + "\n" + PORT, PORT + "\n" + PORT.replace("6%", "7%"), ["up 7% on the year"]),
    ],
)
def test_only_the_changed_paragraphs_are_read(monkeypatch, before, after, read_again):
    kept = Kept()
    extractors.extract(before, PUBLISHED, known=kept)
    texts = reads(monkeypatch)
    figures = extractors.extract(after, PUBLISHED, known=kept)
    monkeypatch.undo()
    assert figures == fresh(after)
    assert len(texts) == (1 if read_again else 0)
    assert all(words in texts[0] for words in read_again)
    assert len(texts[0]) < len(after) / 2 if texts else True


def test_a_text_mostly_unknown_is_read_whole_and_kept_by_paragraph(monkeypatch):
    kept = Kept()
    texts = reads(monkeypatch)
    figures = extractors.extract(PORT, PUBLISHED, known=kept)
    assert texts == [PORT]
    assert figures == fresh(PORT)
    assert [key[0] for key in kept] == [p + "\n\n" for p in PORT.split("\n\n")[:-1]] + [
        PORT.split("\n\n")[-1]
    ]
    assert all(key[1:] == (PUBLISHED, "en") for key in kept)


@pytest.mark.parametrize(
    ("before", "after", "unit"),
    [
        # which dollar a bare "$" is, the whole article says: a kept paragraph follows it
        (
            "The council will spend $45 million on roads.\n\nRates rise 4%.\n",
            "The council will spend $45 million on roads.\n\nThe A$2 billion plan follows.\n",
            "AUD",
        ),
        (
            "The state will spend $45 million on roads.\n\nThe A$2 billion plan follows.\n",
            "The state will spend $45 million on roads.\n\nRates rise 4%.\n",
            "USD",
        ),
    ],
)
def test_what_the_whole_article_says_reaches_kept_paragraphs(before, after, unit):
    kept = Kept()
    extractors.extract(before, PUBLISHED, known=kept)
    figures = extractors.extract(after, PUBLISHED, known=kept)
    assert figures == fresh(after)
    assert next(f.unit for f in figures if f.text == "$45 million") == unit


def test_a_paragraph_is_kept_for_its_date_and_language():
    kept = Kept()
    spanish = "El puerto movió 4,2 millones de contenedores.\n\nContrató a 310 estibadores.\n"
    extractors.extract(spanish, PUBLISHED, "es", known=kept)
    assert extractors.extract(spanish, PUBLISHED, "en", known=kept) == fresh(spanish, "en")
    assert extractors.extract(spanish, PUBLISHED, "es", known=kept) == fresh(spanish, "es")
    assert {key[2] for key in kept} == {"es", "en"}


@pytest.mark.parametrize("text", ["", "\n\n", "No figure here.", "\n\n\n\nA 5% rise.\n\n"])
def test_texts_with_few_paragraphs(text):
    kept = Kept()
    assert extractors.extract(text, PUBLISHED, known=kept) == fresh(text)
    assert extractors.extract(text, PUBLISHED, known=kept) == fresh(text)


SENTENCES = [
    "The port handled 4.2 million containers in 2023.",
    "It spent $45 million, or A$68 million, on cranes.",
    "Only eight berths were open from 12 to 15 May.",
    "Exports rose 6% to 1.3 billion yuan last year.",
    "About 310 workers, a third of them new, joined.",
    "The 2,000 km line cost €4bn.",
    "Nothing was counted.",
    "",
]
PARAGRAPHS = st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3).map(" ".join)
BREAKS = st.sampled_from(["\n\n", "\n \n", "\r\n\r\n", "\n\n\n", "\n"])


@st.composite
def texts(draw) -> str:
    parts = draw(st.lists(st.tuples(PARAGRAPHS, BREAKS), max_size=6))
    return "".join(p + b for p, b in parts)


@settings(max_examples=60, deadline=None)
@given(texts(), texts(), texts())
def test_figures_read_by_paragraph_are_those_read_whole(first, second, third):
    kept = Kept()
    for text in (first, second, third, first):
        assert extractors.extract(text, PUBLISHED, known=kept) == fresh(text)
