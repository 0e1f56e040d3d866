"""Which money figures may stand for any dollar (figcheck.extractors.dollars.any_dollar)."""

import pytest

from figcheck.extractors import dollars, extract

#: text -> for each money figure, whether it may be any dollar.
CASES = [
    ("It cost $7 billion.", [True]),
    ("It cost seven billion dollars.", [True]),
    ("It cost six to seven billion dollars.", [True, True]),
    ("It cost US$7 billion.", [False]),
    ("It cost 7 billion U.S. dollars.", [False]),
    ("It cost A$3 billion.", [False]),
    ("It cost 7 billion euros.", [False]),
    ("A stamp rose 5 cents, to 68¢.", [True, True]),
    # The article names the Australian dollar only: its "$" is settled, no longer any dollar.
    ("It cost $7 billion, said the Australian dollars campaign.", [False]),
    # Named both ways: the "$" stays open.
    ("A$2 billion for towns, $7 billion for games, or US$4.8 billion.", [False, True, False]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_any_dollar(text, expected):
    money = [f for f in extract(text) if f.kind == "money"]
    assert [dollars.any_dollar(f, text) for f in money] == expected


@pytest.mark.parametrize(
    "words, bare",
    [("2,7 millones de dólares", True), ("2,7 millones de dólares estadounidenses", False)],
)
def test_bare_words_in_spanish(words, bare):
    from figcheck.figures import Figure

    fig = Figure("money", 0, len(words), words, 2700000, "USD")
    assert dollars.is_bare(fig) is bare


#: text -> each money figure's (unit, how its dollar was decided).
SETTLED = [
    ("The line cost $1.7 billion Cdn. Ottawa added $300 million.",
     [("CAD", "suffix"), ("CAD", "article")]),
    ("The line cost $1.7 billion Cdn, or $1.25 billion US. Ottawa added $300 million.",
     [("CAD", "suffix"), ("USD", "suffix"), ("USD", "ambiguous")]),
    ("Costs rose to $5 million in Canadian dollars. Another $2 million went to rail.",
     [("CAD", "article"), ("CAD", "article")]),
    ("It could cost A$7 billion ($4.8 billion).", [("AUD", None), ("USD", "conversion")]),
    ("Melbourne: the games would cost $7 billion, Victoria said.", [("USD", None)]),
    # cents are the article's dollar's too
    ("Drivers paid 30c a litre more, as A$2.10 became the norm.",
     [("AUD", "article"), ("AUD", None)]),
    ("Ottawa fares rose 25 cents to C$3.50.", [("CAD", "article"), ("CAD", None)]),
]  # fmt: skip


@pytest.mark.parametrize("text, expected", SETTLED)
def test_which_dollar(text, expected):
    money = [f for f in extract(text) if f.kind == "money"]
    assert [(f.unit, dict(f.extra).get("currency_from")) for f in money] == expected
