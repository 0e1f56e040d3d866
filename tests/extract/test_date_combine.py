"""Each join and each widener of the date finder alone: text -> what it makes of the date.

A widener takes one date and the words around it; a join takes two neighbouring dates.
Every table has rows where the step applies and rows where it must leave the dates alone.
"""

import datetime as dt

import pytest

from figcheck.extractors.dates import combine, search

PUB = dt.date(2023, 8, 24)  # a Thursday


def _iso(day):
    return day.isoformat() if day else None


def summary(text, hit):
    """(covered text, first, last, precision, kind, open_start, open_end)."""
    if hit is None:
        return None
    return (
        text[hit.start : hit.end],
        _iso(hit.first),
        _iso(hit.last),
        hit.precision,
        hit.kind,
        hit.open_start,
        hit.open_end,
    )


def one_date(text, ref=PUB):
    (hit,) = search.candidates(text, ref)
    return hit


def widened(widener, text, ref=PUB):
    hit = one_date(text, ref)
    before = text[max(0, hit.start - 40) : hit.start]
    return summary(text, widener(text, hit, before))


def d(text, first, last, precision="day", kind="period", open_start=False, open_end=False):
    return (text, first, last, precision, kind, open_start, open_end)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "the week of May 3, 2023",
            d("the week of May 3, 2023", "2023-05-01", "2023-05-07", "week"),
        ),
        (
            "the week starting May 3, 2023",
            d("the week starting May 3, 2023", "2023-05-03", "2023-05-09", "week"),
        ),
        ("w/c 12 June 2023", d("w/c 12 June 2023", "2023-06-12", "2023-06-18", "week")),
        ("the week of 2023", None),  # a year has no week to start
        ("a weekend of May 3, 2023", None),
        ("on May 3, 2023", None),
    ],
)
def test_week_of(text, expected):
    assert widened(combine._week_of, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "the second week of March 2023",
            d("the second week of March 2023", "2023-03-08", "2023-03-14", "week", "date"),
        ),
        (
            "the last week of June 2023",
            d("the last week of June 2023", "2023-06-24", "2023-06-30", "week", "date"),
        ),
        (
            "the first week in 2024",
            d("the first week in 2024", "2024-01-01", "2024-01-07", "week", "date"),
        ),
        ("the second week of March 3, 2023", None),  # a day has no second week
        ("in March 2023", None),
    ],
)
def test_nth_week(text, expected):
    assert widened(combine._nth_week, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "three months from May 1, 2023",
            d("three months from May 1, 2023", "2023-05-01", "2023-07-31"),
        ),
        (
            "for two weeks starting 5 June 2023",
            d("for two weeks starting 5 June 2023", "2023-06-05", "2023-06-18"),
        ),
        ("a few weeks from June 2023", None),  # no count, no end
        ("from June 2023", None),
    ],
)
def test_duration_from(text, expected):
    assert widened(combine._duration_from, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2018 or later", d("2018 or later", "2018-01-01", None, "year", open_end=True)),
        ("2018 and beyond", d("2018 and beyond", "2018-01-01", None, "year", open_end=True)),
        ("2018 or earlier", d("2018 or earlier", None, "2018-12-31", "year", open_start=True)),
        ("2018 or so", None),
    ],
)
def test_or_later(text, expected):
    assert widened(combine._or_later, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("since 2020", d("since 2020", "2020-01-01", None, "year", open_end=True)),
        ("after 2020", d("after 2020", "2021-01-01", None, "year", open_end=True)),
        ("from 2022 on", d("from 2022 on", "2022-01-01", None, "year", open_end=True)),
        ("from 2022 onwards", d("from 2022 onwards", "2022-01-01", None, "year", open_end=True)),
        ("until 2019", d("until 2019", None, "2019-12-31", "year", open_start=True)),
        ("before 2020", d("before 2020", None, "2019-12-31", "year", open_start=True)),
        # a duration before an open end closes it, counted in calendar years for years
        (
            "For a decade up to 2018",
            d("For a decade up to 2018", "2008-01-01", "2018-12-31", "year"),
        ),
        (
            "for three months until June 30, 2023",
            d("for three months until June 30, 2023", "2023-03-31", "2023-06-30"),
        ),
        (
            "for a few years until 2018",
            d("for a few years until 2018", None, "2018-12-31", "year", open_start=True),
        ),
        ("from 2022", None),  # "from" opens a period only with "on" after
        ("in 2020", None),
    ],
)
def test_open_period(text, expected):
    assert widened(combine._open_period, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the" before the edge of a date; the edge says which of its days the period keeps
        ("by the end of 2026", d("by the end of 2026", None, "2026-12-31", "year",
                                 open_start=True)),
        ("before the end of 2026", d("before the end of 2026", None, "2026-12-31", "year",
                                     open_start=True)),
        ("after the end of 2026", d("after the end of 2026", "2027-01-01", None, "year",
                                    open_end=True)),
        ("since the start of 2020", d("since the start of 2020", "2020-01-01", None, "year",
                                      open_end=True)),
        ("after the start of 2020", d("after the start of 2020", "2020-01-01", None, "year",
                                      open_end=True)),
        ("until the start of 2027", d("until the start of 2027", None, "2027-01-01", "year",
                                      open_start=True)),
        ("before the start of 2027", d("before the start of 2027", None, "2026-12-31", "year",
                                       open_start=True)),
        # the middle of a date: "before mid-2026" is by its middle, as "by mid-2026" is
        ("until the middle of 2027", d("until the middle of 2027", None, "2027-12-31", "year",
                                       open_start=True)),
        ("before mid-2026", d("before mid-2026", None, "2026-12-31", "year", open_start=True)),
        # "the" before a date with no edge opens nothing: "by the 2026 deadline"
        ("by the 2026 deadline", d("2026", "2026-01-01", "2026-12-31", "year", kind="date")),
    ],
)  # fmt: skip
def test_open_period_at_an_edge(text, expected):
    hit = combine.widen(text, one_date(text))
    assert summary(text, hit) == expected


@pytest.mark.parametrize(
    ("text", "expected_text", "part"),
    [
        ("early 2019", "early 2019", "early"),
        ("in mid-November 2022", "mid-November 2022", "mid"),
        ("by the end of March 2023", "end of March 2023", "end of"),
        ("in the middle of 2026", "middle of 2026", "mid"),
        ("in 2019", "2019", None),
    ],
)
def test_edge(text, expected_text, part):
    hit = combine._edge(text, one_date(text))
    assert text[hit.start : hit.end] == expected_text
    assert dict(hit.extra).get("part") == part


def joined(join, text, ref=PUB):
    a, b = search.candidates(text, ref)
    return summary(text, join(text, a, b))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on Thu (24/8)", d("Thu (24/8)", "2023-08-24", "2023-08-24", kind="date")),
        ("Friday - 2023-08-25", d("Friday - 2023-08-25", "2023-08-25", "2023-08-25", kind="date")),
        ("Friday and 2023-08-25", None),
        ("on Friday, 2022", None),  # a weekday joins a day, not a year
    ],
)
def test_weekday_and_date(text, expected):
    assert joined(combine._weekday_and_date, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("from 2016 to 2019", d("from 2016 to 2019", "2016-01-01", "2019-12-31", "year")),
        ("between 2013 and 2015", d("between 2013 and 2015", "2013-01-01", "2015-12-31", "year")),
        (
            "from March to June 2022",
            d("from March to June 2022", "2022-03-01", "2022-06-30", "month"),
        ),
        (
            "from November to February 2023",
            d("from November to February 2023", "2022-11-01", "2023-02-28", "month"),
        ),
        ("from 2019 to next year", d("from 2019 to next year", "2019-01-01", "2024-12-31", "year")),
        ("in 2019 and 2021", None),  # two dates, not a period
        ("2019 to 2017", None),  # backwards
        ("May 2, 2024 - On the 2nd", None),  # a dateline, then the story
        # two months without a year: the end the latest such month, the start before it
        ("in July-September", d("July-September", "2022-07-01", "2022-09-30", "month")),
        (
            "from September to March",
            d("from September to March", "2022-09-01", "2023-03-31", "month"),
        ),
        ("in Jan/Feb 2021", d("Jan/Feb 2021", "2021-01-01", "2021-02-28", "month")),
        ("in 2019/May 2021", None),  # a slash joins only months
        # a joining gap is two words at most ("up to", ", and"): more is two dates
        ("from 2016 up to 2019", d("from 2016 up to 2019", "2016-01-01", "2019-12-31", "year")),
        (
            "between 2013 , and 2015",
            d("between 2013 , and 2015", "2013-01-01", "2015-12-31", "year"),
        ),
        ("from 2016 and up to 2019", None),
        (
            "from 2016\n\n\n\n to 2019",
            d("from 2016\n\n\n\n to 2019", "2016-01-01", "2019-12-31", "year"),
        ),
    ],
)
def test_range(text, expected):
    assert joined(combine._range, text) == expected
