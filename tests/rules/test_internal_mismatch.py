"""internal-mismatch: one version, two statements of a fact -> reported or not."""

import pytest
from helpers import document

from figcheck.engine import check
from figcheck.rules import RULE_MODULES

SENTENCE = "The {} will stand 12 km off the coast of Norvik, the developer said."
FILLER = "Danish regulators approved the project on Thursday after a long consultation."

CASES = [
    ("48 turbines", "50 turbines", True),
    ("48 turbines", "48 turbines", False),
    ("about 48 turbines", "some 50 turbines", False),
]


@pytest.mark.parametrize("a, b, reported", CASES)
def test_internal_mismatch(a, b, reported):
    text = " ".join([SENTENCE.format(a), FILLER, SENTENCE.format(b)])
    docs = [document("v1.txt", text), document("v2.txt", FILLER)]
    disabled = frozenset(RULE_MODULES) - {"internal-mismatch"}
    findings = check(docs, disabled=disabled).findings
    assert bool(findings) is reported
    for finding in findings:
        assert [e.text for e in finding.evidence] == [a, b]


def test_different_facts_with_the_same_noun_stay_quiet():
    text = (
        "Vestas will supply 48 turbines for Norvik, the developer said. "
        "Siemens delivered 50 turbines to a Baltic project last spring."
    )
    docs = [document("v1.txt", text), document("v2.txt", FILLER)]
    disabled = frozenset(RULE_MODULES) - {"internal-mismatch"}
    assert check(docs, disabled=disabled).findings == []
