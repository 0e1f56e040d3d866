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
        # Chinese and Japanese put no space between sentences: 。！？ end one all the same.
        (
            "水库蓄水量达到3.2亿立方米。去年同期为2.8亿立方米。",
            ["水库蓄水量达到3.2亿立方米。", "去年同期为2.8亿立方米。"],
        ),
        (
            "客流增长了12%！其中外地游客占四成？官方未说明。",
            ["客流增长了12%！", "其中外地游客占四成？", "官方未说明。"],
        ),
        # a sentence ending in a number, the next opening with one
        ("参赛队伍共有48支。2025年将增至64支。", ["参赛队伍共有48支。", "2025年将增至64支。"]),
        (
            "図書館の利用者は前年比8%増えた。貸出冊数は約15万冊だった。",
            ["図書館の利用者は前年比8%増えた。", "貸出冊数は約15万冊だった。"],
        ),
        # marks run together end one sentence
        ("本当に3倍なのか？！担当者は否定した。", ["本当に3倍なのか？！", "担当者は否定した。"]),
        # the wide full stop ends a sentence, but between digits it is a decimal point
        (
            "気温は平年より１．８度高かった．降水量は半分だった．",
            ["気温は平年より１．８度高かった．", "降水量は半分だった．"],
        ),
        # a mark before a closing quote goes on into the words that quote it
        ("「売上は5%伸びた。」と社長は述べた。", ["「売上は5%伸びた。」と社長は述べた。"]),
        ("他表示：“票价上调5%。”乘客不满。", ["他表示：“票价上调5%。”乘客不满。"]),
        ("“票价上调5%。” 乘客不满。", ["“票价上调5%。", "乘客不满。"]),
        # English text keeps its own rule: a full stop needs a space and a capital after it
        ("Prices rose 3.5%.The end", ["Prices rose 3.5%.The end"]),
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
