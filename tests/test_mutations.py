"""The mutation benchmark's slips: each turns an invented phrase into the slip it names."""

from __future__ import annotations

import importlib.util
import sys
from decimal import Decimal
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _bench():
    spec = importlib.util.spec_from_file_location("mutations", ROOT / "benchmarks" / "mutations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


mutations = _bench()

# (slip, phrase, slipped phrase or None where the slip does not apply)
SLIPS = [
    ("scale", "a 1.2 billion euro project", "a 1.2 million euro project"),
    ("scale", "$3.5bn in loans", "$3.5m in loans"),
    ("scale", "12 km off the coast", None),
    ("dropped-digit", "14,500 passengers", "1,450 passengers"),
    ("dropped-digit", "96% of trains", "9% of trains"),
    ("dropped-digit", "1.94 billion euros", "194 billion euros"),
    ("dropped-digit", "1,2 millones de pasajeros", "12 millones de pasajeros"),
    ("dropped-digit", "87.4%", "8.4%"),
    ("dropped-digit", "since 2019", None),
    ("dropped-digit", "on 2024-02-06", None),
    ("qualifier", "only 14 objections", "14 objections"),
    ("qualifier", "more than 6,000 workers", "less than 6,000 workers"),
    ("qualifier", "as high as 2.3 billion euros", "more than 2.3 billion euros"),
    ("qualifier", "nearly 2 billion euros", "more than 2 billion euros"),
    ("qualifier", "at least one doctorate", "at most one doctorate"),
    ("qualifier", "about 400,000 homes", None),
    ("qualifier", "prices rose more than expected", None),
    ("period-year", "from 2021 to 2023", "from 2022 to 2023"),
    ("period-year", "in March 2020", "in March 2021"),
    ("period-year", "48 turbines", None),
    ("currency", "200 million pounds", "200 million euros"),
    ("currency", "€80m", "$80m"),
    ("currency", "48 turbines", None),
    ("in-by", "finish by 2027", "finish in 2027"),
    ("in-by", "In 2019 the plan", "By 2019 the plan"),
    ("in-by", "since 2019", None),
]


@pytest.mark.parametrize("kind, phrase, slipped", SLIPS)
def test_each_slip_changes_the_figure_it_names(kind, phrase, slipped):
    assert mutations.SLIPS[kind](phrase) == slipped


@pytest.mark.parametrize(
    "text, factor, expected",
    [
        ("$1.16 billion", Decimal("1.18"), "$1.37 billion"),
        ("$251 million", Decimal("1.266"), "$318 million"),
        ("12,000 dollars", Decimal("0.5"), "6,000 dollars"),
    ],
)
def test_a_conversion_is_redone_at_another_rate_in_the_same_form(text, factor, expected):
    assert mutations._rescaled(text, factor) == expected


def test_a_paraphrase_keeps_every_figure_and_rewords_the_rest():
    text = (
        "Title\n\nThe company said 48 turbines were approved.\n\n"
        "Officials said prices rose 12%.\n\nThe project starts in 2027."
    )
    figure = text.index("48 turbines")
    para = mutations.paraphrase(text, [(figure, figure + len("48 turbines"))])
    assert "firm stated 48 turbines were cleared" in para
    assert para.endswith("The scheme starts in 2027.\n\nAuthorities stated prices rose 12%.")
    assert sorted(para.split()) != sorted(text.split())
    for figure_words in ("48 turbines", "12%", "2027"):
        assert figure_words in para


def test_a_finding_is_new_only_with_evidence_its_rule_did_not_have():
    before = {"rule": "number-mismatch", "evidence": [{"path": "x/a.txt", "text": "48"}]}
    known = mutations.evidence_keys(before)
    regrouped = {"rule": "number-mismatch", "evidence": [{"path": "y/a.txt", "text": "48"}]}
    changed = {"rule": "number-mismatch", "evidence": [{"path": "y/a.txt", "text": "4"}]}
    assert not mutations.is_new(regrouped, known)
    assert mutations.is_new(changed, known)


def _version(text: str, phrase: str, qualifier: str | None, value: str, unit: str | None):
    """One version's text and the figure the benchmark's extract would give for ``phrase``."""
    start = text.index(phrase)
    number = start + (len(qualifier) + 1 if qualifier else 0)
    figure = {
        "start": number,
        "end": start + len(phrase),
        "phrase_start": start,
        "phrase_end": start + len(phrase),
        "qualifier": qualifier,
        "value": value,
        "unit": unit,
        "text": phrase[number - start :],
    }
    return text, {"figures": [figure]}, (start, start + len(phrase), frozenset({"money"}))


# (the version slipped, the other version, the slip or None when no other version shows it)
SHOWN = [
    (
        (
            "It costs nearly 2 billion euros.",
            "nearly 2 billion euros",
            "nearly",
            "2000000000",
            "EUR",
        ),
        ("It costs 1.94 billion euros.", "1.94 billion euros", None, "1.94e9", "EUR"),
        "more than 2 billion euros",
    ),
    (
        ("Rewards of almost $2.1 million.", "almost $2.1 million", "almost", "2100000", "USD"),
        ("Rewards of about $2.1 million.", "about $2.1 million", "about", "2100000", "USD"),
        None,
    ),
    (
        ("Only eight returned.", "Only eight", "only", "8", None),
        ("Eight returned.", "Eight", None, "8", None),
        None,
    ),
    (
        ("Only eight returned.", "Only eight", "only", "8", None),
        ("Just eight returned.", "Just eight", "just", "8", None),
        "eight",
    ),
    (
        ("Repaid over 30 years.", "over 30 years", "over", "30", "year"),
        ("Repaid over 30 years.", "over 30 years", "over", "30", "year"),
        None,
    ),
    (
        ("Up to 4,000 vehicles an hour.", "Up to 4,000", "up to", "4000", None),
        ("As many as 4,000 vehicles.", "As many as 4,000", "as many as", "4000", None),
        "more than 4,000",
    ),
]


@pytest.mark.parametrize("slipped, other, expected", SHOWN)
def test_a_qualifier_slip_counts_only_where_another_version_shows_it(slipped, other, expected):
    texts, documents, group = {}, {}, {}
    for name, (text, phrase, qualifier, value, unit) in (("b.txt", slipped), ("a.txt", other)):
        texts[name], documents[name], group[name] = _version(text, phrase, qualifier, value, unit)
    story = mutations.Story("s", Path("."), texts, documents, [group])
    found = mutations.qualifier_mutation(story, group, "b.txt")
    assert (found.after if found else None) == expected
