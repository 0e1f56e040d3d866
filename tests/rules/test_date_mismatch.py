"""date-mismatch: (version A phrase, version B phrase) -> reason reported, or None."""

import pytest
from helpers import run_rule

TEMPLATE = "Ma Yuanxiao did his PhD at the University of Hong Kong {}, the website said."

CASES = [
    ("until 2019", "from 2016 to 2019", "the start appears in one version only"),
    ("from 2016 to 2019", "from 2016 to 2019", None),
    ("from 2016 to 2019", "from 2017 to 2019", "different dates"),
    ("in 2019", "in 2019", None),
    ("in 2019", "in 2018", "different dates"),
    # Relative dates are time-reference-drift's business.
    ("last year", "this year", None),
]


@pytest.mark.parametrize("a, b, reason", CASES)
def test_date_mismatch(a, b, reason):
    findings = run_rule("date-mismatch", a, b, template=TEMPLATE)
    if reason is None:
        assert findings == []
    else:
        (finding,) = findings
        assert finding.severity == "warning"
        assert finding.message.startswith(reason)
        assert [e.text for e in finding.evidence] == [a, b]
