"""time-reference-drift: (version A phrase, version B phrase) -> reported or not."""

import pytest
from helpers import run_rule

TEMPLATE = "Nordvind Energy said it had received {} consultation, down from the first round."

CASES = [
    ("only 14 objections from the previous year's", "14 objections in the year's", True),
    ("14 objections from the previous year's", "14 objections from last year's", False),
    ("14 objections this year in the", "14 objections in the year's", False),
    ("14 objections last year in the", "14 objections next year in the", True),
    # Time words dropped altogether are no drift worth a warning.
    ("14 objections from the previous year's", "14 objections in the", False),
]


@pytest.mark.parametrize("a, b, reported", CASES)
def test_time_reference_drift(a, b, reported):
    findings = run_rule("time-reference-drift", a, b, template=TEMPLATE)
    assert bool(findings) is reported
    for finding in findings:
        assert finding.severity == "warning"
        # Evidence is the figure with its time words, a phrase.
        assert all("14 objections" in e.text and "year" in e.text for e in finding.evidence)


def test_time_words_in_another_clause_are_not_attached():
    template = "Prices rose {}, the operator said on Thursday in Copenhagen."
    a = "12% in the north, unlike last year"
    b = "12% in the north, unlike this year"
    assert run_rule("time-reference-drift", a, b, template=template) == []


def test_message_says_when_a_date_was_borrowed():
    import datetime as dt

    from helpers import check, document

    day = dt.date(2024, 3, 14)
    docs = [
        document("v1.txt", TEMPLATE.format("14 objections last year in the"),
                 published=day, published_source="text"),
        document("v2.txt", TEMPLATE.format("14 objections this year in the"),
                 published=day, published_source="fallback"),
    ]  # fmt: skip
    (finding,) = [f for f in check(docs).findings if f.rule == "time-reference-drift"]
    assert finding.message.endswith(
        "(no date in v2.txt: read as of 2024-03-14, the other versions' date)"
    )
