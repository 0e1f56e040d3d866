"""vague-quantity: (version A phrase, version B phrase) -> reported or not."""

import pytest
from helpers import run_rule

TEMPLATE = "Reuters could not determine how many were recruited, though {} have applied."

CASES = [
    ("thousands", "many", True),
    ("thousands", "thousands", False),
    ("5,000 people", "thousands", True),
    ("hundreds", "thousands", True),
    ("5,000 people", "5,000 people", False),
    ("many", "several", True),
    ("many", "many", False),
]


@pytest.mark.parametrize("a, b, reported", CASES)
def test_vague_quantity(a, b, reported):
    findings = run_rule("vague-quantity", a, b, template=TEMPLATE)
    assert bool(findings) is reported
    assert all(f.severity == "info" for f in findings)


@pytest.mark.parametrize(
    "a, b, reported",
    [
        ("many Chinese experts were wary", "numerous Chinese experts were wary", False),
        ("many Chinese experts were wary", "a few Chinese experts were wary", True),
        ("thousands of experts have applied", "many experts have applied", True),
        # a sum told only by its order is a vaguer sum; two loose words for a few are alike
        ("the fund paid $45 million", "the fund paid tens of millions of dollars", True),
        ("the fund paid millions of euros", "the fund paid millions of euros", False),
        ("a handful of experts were wary", "a few experts were wary", False),
    ],
)
def test_vague_quantity_with_the_real_extractor(a, b, reported):
    from helpers import check

    from figcheck.document import Document

    story = "Reuters reported on the programme in Zhejiang. {} to return, two sources said."
    docs = [
        Document("a.txt", story.format(a.capitalize())),
        Document("b.txt", story.format(b.capitalize())),
    ]
    findings = [f for f in check(docs).findings if f.rule == "vague-quantity"]
    assert bool(findings) is reported
