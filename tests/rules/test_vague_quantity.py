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
]


@pytest.mark.parametrize("a, b, reported", CASES)
def test_vague_quantity(a, b, reported):
    findings = run_rule("vague-quantity", a, b, template=TEMPLATE)
    assert bool(findings) is reported
    assert all(f.severity == "info" for f in findings)
