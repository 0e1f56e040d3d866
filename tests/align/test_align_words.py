"""Sentences and the words alignment compares."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from figcheck.align import sentence_spans
from figcheck.align.words import TextWords, content_words


@pytest.mark.parametrize(
    "text, sentences",
    [
        ("One. Two three.", ["One.", "Two three."]),
        (
            "He joined the U.S. team in 2019. It won.",
            ["He joined the U.S. team in 2019.", "It won."],
        ),
        ("Title\n\nBody text.", ["Title", "Body text."]),
        ("A line\nanother line", ["A line", "another line"]),
        # A closing quote stands between sentences, in neither.
        ('He said: "It rose 5%." Then 2020 came.', ['He said: "It rose 5%.', "Then 2020 came."]),
        ("Costs rose 3.5 per cent. fine", ["Costs rose 3.5 per cent. fine"]),
        ("首都で会議。 2019年に開始。", ["首都で会議。", "2019年に開始。"]),
        ("", [""]),
    ],
)
def test_sentence_spans(text, sentences):
    assert [text[s:e] for s, e in sentence_spans(text)] == sentences


@pytest.mark.parametrize(
    "text, words",
    [
        ("The Wind Farm, said officials", "wind farm officials"),
        ("It was built in 2019 by the council", "built 2019 council"),
        ("snake_case and kebab-case", "snake case kebab case"),
        ("Théâtre in Zürich", "théâtre zürich"),
        ("of the and", ""),
    ],
)
def test_content_words_are_lower_case_and_without_stopwords(text, words):
    assert content_words(text) == words


_PIECES = ["the ", "an", "of", "xthe", "Them", " ", ". ", ".\n\n", "\n", '"', "Ab", "9", "é", "_"]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(
    st.lists(st.sampled_from([*_PIECES, "\u03a3", "\u0130"]), max_size=30),
    st.lists(st.integers(min_value=0, max_value=200), min_size=4, max_size=4),
)
def test_words_of_a_slice_read_once_per_sentence_equal_words_read_alone(pieces, cuts):
    """The one-pass reading of a document's words gives what reading each slice would."""
    text = "".join(pieces)
    start, cut_start, cut_end, end = sorted(min(c, len(text)) for c in cuts)
    words = TextWords(text, sentence_spans(text), {})
    expected = content_words(text[start:cut_start] + " " + text[cut_end:end])
    assert words.around(start, cut_start, cut_end, end) == expected
