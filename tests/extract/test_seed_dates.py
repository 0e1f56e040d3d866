"""The dates a fact-checker compares across the real seed versions (Reuters, Aug 2023)."""

import datetime as dt

import pytest
from helpers import read
from seedpaths import SEEDS

from figcheck.document import load

PUBLISHED = [
    ("001", None),  # undated: relative dates stay unresolved
    ("002", dt.date(2023, 8, 26)),
    ("004", dt.date(2023, 8, 24)),
]

#: (file, exact figure text, kind, value, relative)
FIGURES = [
    # Ma Yuanxiao's degrees: the original says "until 2019", the rewrite "from 2016 to 2019"
    ("001", "between 2013 and 2015", "period", ("2013-01-01", "2015-12-31"), False),
    ("004", "From 2013 to 2015", "period", ("2013-01-01", "2015-12-31"), False),
    ("001", "until 2019", "period", (None, "2019-12-31"), False),
    ("004", "from 2016 to 2019", "period", ("2016-01-01", "2019-12-31"), False),
    # the Thousand Talents Plan's years
    ("001", "For a decade up to 2018", "period", ("2008-01-01", "2018-12-31"), False),
    ("003", "For 10 years until 2018", "period", ("2008-01-01", "2018-12-31"), False),
    ("004", "Up until 2018", "period", (None, "2018-12-31"), False),
    ("002", "2008", "date", ("2008-01-01", "2008-12-31"), False),
    # the documents reviewed
    ("001", "2019 to 2023", "period", ("2019-01-01", "2023-12-31"), False),
    ("002", "from 2019 to this year", "period", ("2019-01-01", "2023-12-31"), True),
    # the US export rules: "in October" with and without a publication date
    ("001", "October", "date", None, True),
    ("004", "October", "date", ("2022-10-01", "2022-10-31"), True),
    ("002", "October last year", "date", ("2022-10-01", "2022-10-31"), True),
    # Zhuji's report and the year its candidates came from
    ("001", "October 2022", "date", ("2022-10-01", "2022-10-31"), False),
    ("001", "the previous year", "date", ("2021-01-01", "2021-12-31"), True),  # October 2022's
    ("004", "of the year's", "date", ("2023-01-01", "2023-12-31"), True),
    ("002", "Last year", "date", ("2022-01-01", "2022-12-31"), True),
    # the Wenzhou budget
    ("004", "a year earlier", "date", ("2021-01-01", "2021-12-31"), True),  # 2022's
    ("001", "June 2022", "date", ("2022-06-01", "2022-06-30"), False),
    ("002", "August 24th", "date", ("2023-08-24", "2023-08-24"), True),
]


def _document(prefix):
    if not SEEDS.is_dir():
        pytest.skip("seed stories not present beside the checkout")
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    return load(str(path))


@pytest.mark.parametrize("prefix, published", PUBLISHED)
def test_seed_publication_dates(prefix, published):
    assert _document(prefix).published == published


@pytest.mark.parametrize("prefix, text, kind, value, relative", FIGURES)
def test_seed_dates(prefix, text, kind, value, relative):
    doc = _document(prefix)
    found = [f for f in read(doc).figures if f.text == text and f.kind in ("date", "period")]
    assert found, f"{text!r} not found"
    assert (found[0].kind, found[0].value, found[0].relative) == (kind, value, relative)


@pytest.mark.parametrize(
    "prefix, text, anchor, published",
    [
        ("001", "the previous year", "October 2022", None),  # undated
        ("001", "a year earlier", "2022", None),
        ("004", "a year earlier", "2022", ("2022-01-01", "2022-12-31")),
    ],
)
def test_seed_anchored_relative_dates(prefix, text, anchor, published):
    doc = _document(prefix)
    (fig,) = [f for f in read(doc).figures if f.text == text]
    assert fig.value == ("2021-01-01", "2021-12-31")
    assert dict(fig.extra)["anchor"] == anchor
    assert dict(fig.extra)["publication_value"] == published
