"""number-mismatch: (version A phrase, version B phrase) -> reported or not."""

import pytest
from helpers import run_rule

CASES = [
    ("48 turbines", "50 turbines", True),
    ("48 turbines", "48 turbines", False),
    ("about 200 applicants", "more than 200 applicants", False),
    ("about 200 applicants", "around 210 applicants", False),
    ("more than 200 applicants", "150 applicants", True),
    ("up to 15 million yuan", "15 million yuan", False),
    ("1.2 billion euros", "1.23 billion euros", False),
    ("1.2 billion euros", "1.5 billion euros", True),
    ("12% of homes", "12.4% of homes", False),
    ("12% of homes", "14% of homes", True),
    # A slip of scale is unit-scale's finding, not this rule's.
    ("1.2 billion euros", "1.2 million euros", False),
    # Different currencies are for fx rules.
    ("3 million yuan", "4 million yen", False),
    ("thousands", "200 applicants", False),
    # pence count: a writer rounding 4.50 writes "5", not "5.40"
    ("4.50 pounds", "5.40 pounds", True),
    ("4.50 pounds", "5 pounds", False),
    ("4.50 pounds", "4.5 pounds", False),
]


@pytest.mark.parametrize("a, b, reported", CASES)
def test_number_mismatch(a, b, reported):
    findings = run_rule("number-mismatch", a, b)
    assert bool(findings) is reported
    for finding in findings:
        assert finding.severity == "error"
        assert [e.path for e in finding.evidence] == ["v1.txt", "v2.txt"]


def test_reported_once_for_three_versions():
    findings = run_rule("number-mismatch", "48 turbines", "50 turbines", "48 turbines")
    assert len(findings) == 1
    assert len(findings[0].evidence) == 3
    assert '"48 turbines" in v1.txt, v3.txt; "50 turbines" in v2.txt' in findings[0].message


def test_reference_compares_with_reference_only():
    findings = run_rule("number-mismatch", "48 turbines", "48 turbines", "50 turbines", reference=0)
    (finding,) = findings
    assert [e.path for e in finding.evidence] == ["v1.txt", "v3.txt"]


def test_conversions_are_left_to_fx_mismatch():
    from helpers import check, document, figures_of

    from figcheck.rules import RULE_MODULES

    docs = []
    for i, conversion in enumerate(["$554 million", "$740 million"], start=1):
        text = f"The tunnel costs 450 million pounds ({conversion}), officials said."
        figs = figures_of(text)
        figs[1] = figs[1].with_changes(conversion_of=0)
        docs.append(document(f"v{i}.txt", text, figs))
    disabled = frozenset(RULE_MODULES) - {"number-mismatch"}
    assert check(docs, disabled=disabled).findings == ()
