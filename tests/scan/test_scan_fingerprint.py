"""Fingerprints keep what survives rewriting and translation: figures and names."""

import pytest

from figcheck.scan.fingerprint import figure_tokens, name_tokens, signature, similarity


@pytest.mark.parametrize(
    "text, tokens",
    [
        ("Bonuses of 3 million yuan ($420,000).", {"3~", "42"}),
        ("奖金为300万元人民币。", {"3~"}),
        ("multa de 7.200 millones de rublos", {"72"}),
        ("a fine of 7.2 billion roubles", {"72"}),
        ("1 250 000 euros and １２３ yen", {"125", "123"}),
        ("In 2023, 48 turbines", {"2023", "48"}),
        ("3 people and 10 boats", set()),
        ("inflation of 62.51%", {"6251"}),
    ],
)
def test_figure_tokens(text, tokens):
    assert figure_tokens(text) == tokens


@pytest.mark.parametrize(
    "text, names",
    [
        ("The Norvik Harbour said. The harbour is big.", {"n:norvik"}),
        ("The Zorath company met Zorath officials on Monday.", {"n:zorath"}),
        # capitalized only where a sentence starts: no name
        ("Multiple bids came. Analysts said so. Multiple!", set()),
        ('He left. "Officials met" at Korrin.', {"n:korrin"}),
        ("Shares of Velmora’s rival and Velmora's plant", {"n:velmora"}),
        # a CJK run is neither a name nor part of one
        ("将投资的Velmora集团周五表示", {"n:velmora"}),
        # German capitalizes every noun: after an article, a possessive or a number it is
        # a common noun; a month of any language is no name
        ("Die Zentralbank von Kestria hat ihren Leitzins um 0,25 Prozent erhöht.",
         {"n:kestria"}),
        ("Die Preise stiegen im Februar zum Vorjahresmonat, sagte Kestria im Oktober.",
         {"n:kestria"}),
    ],
)
def test_name_tokens(text, names):
    assert name_tokens(text) == names


def test_signatures_estimate_similarity():
    a = {f"w{i}" for i in range(200)}
    b = {f"w{i}" for i in range(100, 300)}
    assert similarity(signature(a), signature(a)) == 1.0
    assert 0.15 < similarity(signature(a), signature(b)) < 0.55  # true Jaccard 1/3
    assert similarity(signature(set()), signature(a)) == 0.0
