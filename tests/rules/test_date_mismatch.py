"""date-mismatch: (version A phrase, version B phrase) -> reason reported, or None."""

import datetime as dt

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


SPENT = "The city said the money for the new schools would be spent {}, officials added."
RECRUITED = "The agency recruited engineers trained abroad {}, the report said."
APPROVED = "The first designs for the bridge were approved {}, the ministry said."

# (template, phrase in version A, phrase in version B, reason or None): each version is
# dated 5 October 2022 by its own dateline.
RESOLVED = [
    # A month without its year is resolved against its own version's date.
    (APPROVED, "in March", "in March 2020", "different dates"),
    (APPROVED, "in March", "in March 2022", None),
    # Prepositions of time: a point in time against a deadline in the same year.
    (SPENT, "in 2019", "by 2019", "a point in time in one version, a deadline in another"),
    (SPENT, "by 2019", "by 2019", None),
    (SPENT, "until 2019", "in 2019", None),  # ran until 2019: ended in 2019
    (SPENT, "since 2019", "in 2019", None),
    # A start counted back from a duration states no start to disagree with.
    (RECRUITED, "for a decade up to 2018", "up until 2018", None),
    (RECRUITED, "from 2016 to 2018", "until 2018", "the start appears in one version only"),
    # Intervals: a month inside its season agrees, one outside it does not.
    (APPROVED, "in July 2020", "in the summer of 2020", None),
    (APPROVED, "in July 2020", "in the summer of 2021", "different dates"),
    (APPROVED, "in July 2020", "in 2020", None),
    (APPROVED, "on 6 August 2020", "in the summer of 2020", None),
    # Two months resolved against their own versions' dates.
    (APPROVED, "in March", "in April", "different dates"),
    # A day against a coarser date of another year dates another event.
    (APPROVED, "on 6 August 2019", "in the summer of 2020", None),
    (APPROVED, "on 6 August 2019", "in July 2020", None),
    (APPROVED, "on 6 August 2019", "on 6 August 2020", "different dates"),
]


def dated_check(*texts, source="dateline"):
    from helpers import check

    from figcheck.document import Document

    day = dt.date(2022, 10, 5)
    documents = [
        Document(f"v{i}.txt", text, published=day, published_source=source)
        for i, text in enumerate(texts, start=1)
    ]
    return [f for f in check(documents).findings if f.rule == "date-mismatch"]


@pytest.mark.parametrize("template, a, b, reason", RESOLVED)
def test_dates_compared_after_resolution(template, a, b, reason):
    findings = dated_check(template.format(a), template.format(b))
    if reason is None:
        assert findings == []
    else:
        (finding,) = findings
        assert finding.message.startswith(reason)


def test_a_month_resolved_against_a_borrowed_date_is_not_compared():
    texts = APPROVED.format("in March"), APPROVED.format("in March 2020")
    assert dated_check(*texts, source="fallback") == []
    assert len(dated_check(*texts)) == 1


def test_a_resolved_month_is_compared_with_months_only():
    texts = APPROVED.format("in March"), APPROVED.format("on 18 January 2020")
    assert dated_check(*texts) == []
