"""qualifier-drift: (version A phrase, version B phrase) -> reported or not."""

import pytest
from helpers import run_rule

CASES = [
    ("only 14 objections", "14 objections", True),
    ("14 objections", "just 14 objections", True),
    ("at least 14 objections", "14 objections", True),
    ("more than 200 applicants", "over 200 applicants", False),
    ("up to 15 million yuan", "as much as 15 million yuan", False),
    ("about 400,000 homes", "some 400,000 homes", False),
    ("about 400,000 homes", "around 400,000 homes", False),
    ("about 400,000 homes", "400,000 homes", False),
    ("nearly 400,000 homes", "more than 400,000 homes", True),
    ("only 14 objections", "only 14 objections", False),
    # Values differ: that is number-mismatch's finding.
    ("only 14 objections", "50 objections", False),
    # "over 30 years" may mean "during" or "more than": left alone either way.
    ("over 30 years", "30 years", False),
    ("over 30 years", "more than 30 years", False),
    ("more than 30 years", "30 years", True),
    # A qualifier a few words away still counts.
    ("applicants under the age of 40 years", "applicants under 40 years", False),
]


@pytest.mark.parametrize("a, b, reported", CASES)
def test_qualifier_drift(a, b, reported):
    findings = run_rule("qualifier-drift", a, b)
    assert bool(findings) is reported
    assert all(f.severity == "warning" for f in findings)


@pytest.mark.parametrize(
    "a, b, reported",
    [("about", "almost", False), ("about", "more than", True), ("almost", None, False)],
)
def test_conversions_tolerate_approximate_wording(a, b, reported):
    from helpers import check, document, figures_of

    from figcheck.rules import RULE_MODULES

    docs = []
    for i, word in enumerate((a, b), start=1):
        words = f"{word} $2.1 million" if word else "$2.1 million"
        text = f"Rewards of 15 million yuan, or {words}, were paid."
        figs = figures_of(text)
        figs[1] = figs[1].with_changes(conversion_of=0)
        docs.append(document(f"v{i}.txt", text, figs))
    disabled = frozenset(RULE_MODULES) - {"qualifier-drift"}
    assert bool(check(docs, disabled=disabled).findings) is reported
