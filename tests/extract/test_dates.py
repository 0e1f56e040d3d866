"""Dates and periods: text (and publication date) -> kind, interval, precision, openness."""

import datetime as dt
import time

import pytest

from figcheck.extractors import dates, extract

PUB = dt.date(2023, 8, 24)  # a Thursday
APRIL = dt.date(2023, 4, 7)  # after a first quarter


def row(kind, first, last, precision="day", open_start=False, open_end=False, relative=False):
    return (kind, (first, last), precision, open_start, open_end, relative)


CASES = [
    # seed phrases (001, 002, 004)
    ("between 2013 and 2015", None, [row("period", "2013-01-01", "2015-12-31", "year")]),
    ("his PhD there until 2019.", None, [row("period", None, "2019-12-31", "year", True)]),
    ("documents spanning 2019 to 2023", None, [row("period", "2019-01-01", "2023-12-31", "year")]),
    ("For a decade up to 2018, China", None, [row("period", "2008-01-01", "2018-12-31", "year")]),
    ("For 10 years until 2018, China", None, [row("period", "2008-01-01", "2018-12-31", "year")]),
    ("reported in October 2022 that", None, [row("date", "2022-10-01", "2022-10-31", "month")]),
    ("reported in June 2022 that", None, [row("date", "2022-06-01", "2022-06-30", "month")]),
    ("according to a 2021 report", None, [row("date", "2021-01-01", "2021-12-31", "year")]),
    ("In 2021, it grew", None, [row("date", "2021-01-01", "2021-12-31", "year")]),
    ("From 2013 to 2015, he", None, [row("period", "2013-01-01", "2015-12-31", "year")]),
    ("and from 2016 to 2019, he", None, [row("period", "2016-01-01", "2019-12-31", "year")]),
    ("Up until 2018, China", None, [row("period", None, "2018-12-31", "year", True)]),
    (
        "only eight of the year's candidates",
        PUB,
        [row("date", "2023-01-01", "2023-12-31", "year", relative=True)],
    ),
    (
        "from the previous year had",
        PUB,
        [row("date", "2022-01-01", "2022-12-31", "year", relative=True)],
    ),
    (
        "from 2019 to this year",
        PUB,
        [row("period", "2019-01-01", "2023-12-31", "year", relative=True)],
    ),
    (
        "exports in October last year.",
        PUB,
        [row("date", "2022-10-01", "2022-10-31", "month", relative=True)],
    ),
    (
        "Last year, one government",
        PUB,
        [row("date", "2022-01-01", "2022-12-31", "year", relative=True)],
    ),
    ("In 2008, China launched", None, [row("date", "2008-01-01", "2008-12-31", "year")]),
    ("whose 2019 launch was covered", None, [row("date", "2019-01-01", "2019-12-31", "year")]),
    (
        "posted since 2022 on Zhihu",
        None,
        [row("period", "2022-01-01", None, "year", open_end=True)],
    ),
    # day dates
    ("On August 24, 2023, it", None, [row("date", "2023-08-24", "2023-08-24")]),
    ("On 24 August 2023 it", None, [row("date", "2023-08-24", "2023-08-24")]),
    ("Thursday, August 24, 2023", None, [row("date", "2023-08-24", "2023-08-24")]),
    ("Dated 2023-08-24.", None, [row("date", "2023-08-24", "2023-08-24")]),
    ("Dated 08/24/2023.", None, [row("date", "2023-08-24", "2023-08-24")]),
    ("Dated 24/08/2023.", None, [row("date", "2023-08-24", "2023-08-24")]),
    ("It met on Aug. 24 again", PUB, [row("date", "2023-08-24", "2023-08-24", relative=True)]),
    ("On August 24th, the plan", PUB, [row("date", "2023-08-24", "2023-08-24", relative=True)]),
    ("On December 5 it met", PUB, [row("date", "2022-12-05", "2022-12-05", relative=True)]),
    ("the fourth of May 2020", None, [row("date", "2020-05-04", "2020-05-04")]),
    # months
    ("February 2023 (Reuters)", None, [row("date", "2023-02-01", "2023-02-28", "month")]),
    ("in October restrict", PUB, [row("date", "2022-10-01", "2022-10-31", "month", relative=True)]),
    (
        "In a February LinkedIn post",
        PUB,
        [row("date", "2023-02-01", "2023-02-28", "month", relative=True)],
    ),
    (
        "an ad in March on ResearchGate",
        PUB,
        [row("date", "2023-03-01", "2023-03-31", "month", relative=True)],
    ),
    ("an ad in August", PUB, [row("date", "2023-08-01", "2023-08-31", "month", relative=True)]),
    ("next June", PUB, [row("date", "2024-06-01", "2024-06-30", "month", relative=True)]),
    ("in October", None, [("date", None, "month", False, False, True)]),
    # relative words
    ("yesterday", PUB, [row("date", "2023-08-23", "2023-08-23", relative=True)]),
    # a capitalised "Today" after a name is a title, not the day
    ("as USA Today reported", PUB, []),
    (
        "It rained. Today the sun shone.",
        PUB,
        [row("date", "2023-08-24", "2023-08-24", relative=True)],
    ),
    ("on Thursday", PUB, [row("date", "2023-08-24", "2023-08-24", relative=True)]),
    ("on Monday", PUB, [row("date", "2023-08-21", "2023-08-21", relative=True)]),
    ("next Sunday", PUB, [row("date", "2023-08-27", "2023-08-27", relative=True)]),
    ("this year", PUB, [row("date", "2023-01-01", "2023-12-31", "year", relative=True)]),
    ("next year", PUB, [row("date", "2024-01-01", "2024-12-31", "year", relative=True)]),
    ("last month", PUB, [row("date", "2023-07-01", "2023-07-31", "month", relative=True)]),
    ("two years ago", PUB, [row("date", "2021-01-01", "2021-12-31", "year", relative=True)]),
    ("three days later", PUB, [row("date", "2023-08-27", "2023-08-27", relative=True)]),
    ("over the past 12 months", PUB, [row("period", "2022-08-25", "2023-08-24", relative=True)]),
    ("year to date", PUB, [row("period", "2023-01-01", "2023-08-24", relative=True)]),
    ("over the past decade", PUB, [row("period", "2013-08-25", "2023-08-24", relative=True)]),
    ("in the past 10 years", PUB, [row("period", "2013-08-25", "2023-08-24", relative=True)]),
    # "the last year" counts back from publication as "the past year" does; "last year" is
    # the calendar year before, "the last year of" a final one, of no calendar
    ("down 22% in the last year", PUB, [row("period", "2022-08-25", "2023-08-24", relative=True)]),
    ("in the last week", PUB, [row("period", "2023-08-18", "2023-08-24", relative=True)]),
    ("down 22% last year", PUB, [row("date", "2022-01-01", "2022-12-31", "year", relative=True)]),
    ("in the last year of his term", PUB, []),
    ("in the last quarter", PUB, [
        row("date", "2023-04-01", "2023-06-30", "quarter", relative=True),
    ]),
    (
        "in the last financial year",
        PUB,
        [row("date", "2022-01-01", "2022-12-31", "year", relative=True)],
    ),
    (
        "May 2, 2024 - On the 2nd",
        None,
        [row("date", "2024-05-02", "2024-05-02")] * 1 + [("date", None, "day", False, False, True)],
    ),
    ("last year", None, [("date", None, "year", False, False, True)]),
    # periods
    ("in 2013-2015", None, [row("period", "2013-01-01", "2015-12-31", "year")]),
    ("in 2013–15", None, [row("period", "2013-01-01", "2015-12-31", "year")]),
    ("from March to June 2022", None, [row("period", "2022-03-01", "2022-06-30", "month")]),
    ("from November to February 2023", None, [row("period", "2022-11-01", "2023-02-28", "month")]),
    ("November 19-20, 2021", None, [row("period", "2021-11-19", "2021-11-20")]),
    ("from 4 to 22 January, 2017", None, [row("period", "2017-01-04", "2017-01-22")]),
    ("since 2020", None, [row("period", "2020-01-01", None, "year", open_end=True)]),
    ("from 2022 on", None, [row("period", "2022-01-01", None, "year", open_end=True)]),
    ("by 2025", None, [row("period", None, "2025-12-31", "year", True)]),
    ("before 2020", None, [row("period", None, "2019-12-31", "year", True)]),
    ("after 2020", None, [row("period", "2021-01-01", None, "year", open_end=True)]),
    ("2018 or later", None, [row("period", "2018-01-01", None, "year", open_end=True)]),
    # larger units
    ("the 1970s", None, [row("date", "1970-01-01", "1979-12-31", "decade")]),
    ("in the seventies", None, [row("date", "1970-01-01", "1979-12-31", "decade")]),
    ("Q3 2016", None, [row("date", "2016-07-01", "2016-09-30", "quarter")]),
    ("the third quarter of 2016", None, [row("date", "2016-07-01", "2016-09-30", "quarter")]),
    ("summer 2016", None, [row("date", "2016-06-01", "2016-08-31", "season")]),
    ("winter of 2016", None, [row("date", "2016-12-01", "2017-02-28", "season")]),
    # not dates
    ("2019 applicants applied", None, []),
    ("2,019 people", None, []),
    ("more than 2000 were hired", None, []),
    ("it cost $2019", None, []),
    ("Fortune 500 companies", None, []),
    ("this may or may not be right", PUB, []),
    ("won 3-1 at home", None, []),
    ("for the second time", None, []),
    ("the 27th floor", None, []),
    ("a 1/4 share", None, []),
    ("open 24/7 now", None, []),
    ("back 4/22 then", PUB, [row("date", "2023-04-22", "2023-04-22", relative=True)]),
    ("in five years", PUB, []),
    ("within five years", PUB, []),
    ("6,107.31 points", None, []),
    ("The Sunday Times reported", PUB, []),
    ("by 2030 emissions will fall", None, [row("period", None, "2030-12-31", "year", True)]),
    # a year before the event or plan it names, even a plural one; a count before its things
    ("a province drops 2034 games", None, [row("date", "2034-01-01", "2034-12-31", "year")]),
    ("the 2028 Olympics", None, [row("date", "2028-01-01", "2028-12-31", "year")]),
    ("before the 2027 elections", None, [row("date", "2027-01-01", "2027-12-31", "year")]),
    ("its 2026 budget and 2031 plan", None, [
        row("date", "2026-01-01", "2026-12-31", "year"),
        row("date", "2031-01-01", "2031-12-31", "year"),
    ]),
    ("ahead of the 2030 census", None, [row("date", "2030-01-01", "2030-12-31", "year")]),
    ("City quits 2036 Island Games", None, [row("date", "2036-01-01", "2036-12-31", "year")]),
    ("City pulls out of 2032 Sea Games", None, [row("date", "2032-01-01", "2032-12-31", "year")]),
    ("Nine out of 1950 voters agreed", None, []),
    ("12 out of 2040 samples failed", None, []),
    ("a total of 2030 games were sold", None, []),
    ("more than 1990 games were sold", None, []),
    ("the firm has 2030 employees", None, []),
    ("the plant sold 2030 units", None, []),
    ("she won 1999 votes", None, []),
    # after a lower-case "by" a number before a margin's unit is a margin, not a deadline
    ("the mayor won by 1999 votes", None, []),
    ("the visitors lost by 2010 runs", None, []),
    ("the bill passed by 1980 votes to 1700", None, []),
    ("by 1999 the mill had shut", None, [row("period", None, "1999-12-31", "year", True)]),
    ("By 1999 votes were counted by machine", None, [
        row("period", None, "1999-12-31", "year", True),
    ]),
    ("the dam opens by 2030.", None, [row("period", None, "2030-12-31", "year", True)]),
    # an opening "In" and a year: the people after it start the clause
    ("In 2019 people moved to cities.", None, [row("date", "2019-01-01", "2019-12-31", "year")]),
    ("Rents rose. In 2021 women ran 40 firms.", None, [
        row("date", "2021-01-01", "2021-12-31", "year"),
    ]),
    ("In 2018 more families left.", None, [row("date", "2018-01-01", "2018-12-31", "year")]),
    ("the square held 2019 people", None, []),
    # "a May-December romance" names an age gap; a dashed month pair before other nouns is months
    ("they had a May-December romance", None, []),
    ("an April–October relationship", None, []),
    ("The season runs May-December.", dt.date(2024, 12, 20), [
        row("period", "2024-05-01", "2024-12-31", "month", relative=True),
    ]),
    # "a year earlier" counts from the date its sentence names, else from publication
    (
        "Ferries carried 52 million people in 2021, up from 48 million a year earlier.",
        PUB,
        [
            row("date", "2021-01-01", "2021-12-31", "year"),
            row("date", "2020-01-01", "2020-12-31", "year", relative=True),
        ],
    ),
    # "ago" counts from now: from its sentence's date only where that is within a year of
    # now (the period its figure is of), not from an event long before
    (
        "The party, founded in 2013, took 11.6%, up from 7.3% four years ago.",
        PUB,
        [
            row("date", "2013-01-01", "2013-12-31", "year"),
            row("date", "2019-01-01", "2019-12-31", "year", relative=True),
        ],
    ),
    (
        "Ferries carried 52 million people in 2022, up from 48 million a year ago.",
        PUB,
        [
            row("date", "2022-01-01", "2022-12-31", "year"),
            row("date", "2021-01-01", "2021-12-31", "year", relative=True),
        ],
    ),
    (
        "In 2019 the mill shut; two years later it reopened.",
        None,
        [
            row("date", "2019-01-01", "2019-12-31", "year"),
            row("date", "2021-01-01", "2021-12-31", "year", relative=True),
        ],
    ),
    # a month named without its year anchors too, as resolved, and a whole month counted
    # back is a whole month
    (
        "Unemployment fell to 3.7% in January from 3.9% a month earlier.",
        APRIL,
        [
            row("date", "2023-01-01", "2023-01-31", "month", relative=True),
            row("date", "2022-12-01", "2022-12-31", "month", relative=True),
        ],
    ),
    (
        "Exports rose 5% in March from a month earlier.",
        APRIL,
        [
            row("date", "2023-03-01", "2023-03-31", "month", relative=True),
            row("date", "2023-02-01", "2023-02-28", "month", relative=True),
        ],
    ),
    # a quarter without its year is the most recent one begun by publication, unless its
    # sentence puts it ahead
    ("Sales rose 20% in the fourth quarter.", APRIL, [
        row("date", "2022-10-01", "2022-12-31", "quarter", relative=True),
    ]),
    ("Sales rose 20% in the first quarter.", APRIL, [
        row("date", "2023-01-01", "2023-03-31", "quarter", relative=True),
    ]),
    ("The company expects sales to rise in the fourth quarter.", APRIL, [
        row("date", "2023-10-01", "2023-12-31", "quarter", relative=True),
    ]),
    ("It lost money in last year's fourth quarter.", APRIL, [
        row("date", "2022-10-01", "2022-12-31", "quarter", relative=True),
    ]),
    # a half of a year, read only with its year: "the first half" alone may be a match's
    ("Profit rose in the first half of 2022.", PUB, [
        row("date", "2022-01-01", "2022-06-30", "quarter"),
    ]),
    ("Profit fell in H2 2021.", PUB, [row("date", "2021-07-01", "2021-12-31", "quarter")]),
    ("Sales fell in the second half of last year.", PUB, [
        row("date", "2022-07-01", "2022-12-31", "quarter", relative=True),
    ]),
    ("He scored twice in the first half.", PUB, []),
    # a month without its year that its sentence puts ahead is the next one, not the last
    ("The tax will take effect in October.", PUB, [
        row("date", "2023-10-01", "2023-10-31", "month", relative=True),
    ]),
    ("Sales fell in October.", PUB, [
        row("date", "2022-10-01", "2022-10-31", "month", relative=True),
    ]),
    ("Sales in January will be reported soon.", PUB, [
        row("date", "2023-01-01", "2023-01-31", "month", relative=True),
    ]),
    ("The plant is due to open on September 4, after a 3.5% rise in costs.", PUB, [
        row("date", "2023-09-04", "2023-09-04", "day", relative=True),
    ]),
    ("The strike will last until October.", PUB, [
        row("period", None, "2023-10-31", "month", open_start=True, relative=True),
    ]),
    ("It will run from September to November.", PUB, [
        row("period", "2023-09-01", "2023-11-30", "month", relative=True),
    ]),
    # ... with a clause between the "will" and its month
    (
        "The firm will cut about 1,200 jobs, or roughly 6% of its 20,000-strong staff, by the"
        " end of March.",
        PUB,
        [row("period", None, "2024-03-31", "month", open_start=True, relative=True)],
    ),
    # ... but not the day the news was told ("the company announced on Monday"), nor a
    # month the sentence puts in the past; "will be announced" tells no one's words
    (
        "The firm plans to cut about 1,200 jobs across its 40 stores in the north, the"
        " company announced on Monday.",
        PUB,
        [row("date", "2023-08-21", "2023-08-21", relative=True)],
    ),
    ("Grant winners will be announced in October.", PUB, [
        row("date", "2023-10-01", "2023-10-31", "month", relative=True),
    ]),
    ("The data is expected to show that sales fell in October.", PUB, [
        row("date", "2022-10-01", "2022-10-31", "month", relative=True),
    ]),
    # a day of the week named alone, put ahead: the next one (PUB is a Thursday)
    ("The board will meet on Monday.", PUB, [
        row("date", "2023-08-28", "2023-08-28", relative=True),
    ]),
    ("The board met on Monday.", PUB, [row("date", "2023-08-21", "2023-08-21", relative=True)]),
    ("The vote is due on Monday, officials said on Tuesday.", PUB, [
        row("date", "2023-08-28", "2023-08-28", relative=True),
        row("date", "2023-08-22", "2023-08-22", relative=True),
    ]),
    ("He said it will cost less than last October.", PUB, [
        row("date", "2022-10-01", "2022-10-31", "month", relative=True),
    ]),
    # a unit named alone counts one of it; a date counted itself anchors nothing
    (
        "Prices rose 85% in October from a year earlier and 3.5% from the previous month.",
        PUB,
        [
            row("date", "2022-10-01", "2022-10-31", "month", relative=True),
            row("date", "2021-01-01", "2021-12-31", "year", relative=True),
            row("date", "2022-09-01", "2022-09-30", "month", relative=True),
        ],
    ),
    (
        "Fares rose 6% from a year earlier.",
        PUB,
        [row("date", "2022-01-01", "2022-12-31", "year", relative=True)],
    ),
    # "the month before" and "a year before" at the end of their clause count as "a month
    # earlier" does; before the event they count from, or opening a sentence, they do not
    (
        "Inflation slowed to 5.8% in February, from 6.4% the month before.",
        APRIL,
        [
            row("date", "2023-02-01", "2023-02-28", "month", relative=True),
            row("date", "2023-01-01", "2023-01-31", "month", relative=True),
        ],
    ),
    (
        "Sales rose 5% in 2021, up from 4% a year before, and profit fell.",
        PUB,
        [
            row("date", "2021-01-01", "2021-12-31", "year"),
            row("date", "2020-01-01", "2020-12-31", "year", relative=True),
        ],
    ),
    (
        "Output fell 2% in the third quarter from the quarter before.",
        PUB,
        [
            row("date", "2023-07-01", "2023-09-30", "quarter", relative=True),
            row("date", "2023-04-01", "2023-06-30", "quarter", relative=True),
        ],
    ),
    ("Fares rose 6% from the year before.", PUB, [
        row("date", "2022-01-01", "2022-12-31", "year", relative=True),
    ]),
    ("He resigned three days before the election.", PUB, []),
    ("He left the day before the vote.", PUB, []),
    ("The day before, he had resigned.", PUB, []),
    # "next" before what is coming puts its month ahead; the next unit of time does not
    ("Its next policy meeting is on September 14.", PUB, [
        row("date", "2023-09-14", "2023-09-14", relative=True),
    ]),
    ("The next round of talks starts in October.", PUB, [
        row("date", "2023-10-01", "2023-10-31", "month", relative=True),
    ]),
    ("He was arrested on June 2 and charged the next day, June 3.", PUB, [
        row("date", "2023-06-02", "2023-06-02", relative=True),
        row("date", "2023-06-03", "2023-06-03", relative=True),
    ]),
    ("Sales fell in October, the next report showed.", PUB, [
        row("date", "2022-10-01", "2022-10-31", "month", relative=True),
    ]),
    # two months joined by a dash or slash: one period, both ends in the year of the end
    # (the latest such end not after publication); an end before the start crosses a year
    (
        "Profit fell in January-March, from a year earlier.",
        APRIL,
        [
            row("period", "2023-01-01", "2023-03-31", "month", relative=True),
            row("date", "2022-01-01", "2022-12-31", "year", relative=True),
        ],
    ),
    (
        "Sales rose in April–June.",
        APRIL,
        [row("period", "2022-04-01", "2022-06-30", "month", relative=True)],
    ),
    (
        "Sales rose from April to June.",
        APRIL,
        [row("period", "2022-04-01", "2022-06-30", "month", relative=True)],
    ),
    ("in Jan-Mar the", APRIL, [row("period", "2023-01-01", "2023-03-31", "month", relative=True)]),
    (
        "in Oct.-Dec. the",
        APRIL,
        [row("period", "2022-10-01", "2022-12-31", "month", relative=True)],
    ),
    (
        "the Jan/Feb sales",
        APRIL,
        [row("period", "2023-01-01", "2023-02-28", "month", relative=True)],
    ),
    (
        "Output fell in November-February.",
        APRIL,
        [row("period", "2022-11-01", "2023-02-28", "month", relative=True)],
    ),
    ("in March-April 2020 the", APRIL, [row("period", "2020-03-01", "2020-04-30", "month")]),
    (
        "Prices rose in mid-March.",
        APRIL,
        [row("date", "2023-03-01", "2023-03-31", "month", relative=True)],
    ),
    ("The March-led recovery", APRIL, []),
    ("He stayed at Mar-a-Lago.", APRIL, []),
    ("a 2-3 win in March 2021", None, [row("date", "2021-03-01", "2021-03-31", "month")]),
]


def _key(fig):
    return (fig.kind, fig.value, fig.precision, fig.open_start, fig.open_end, fig.relative)


@pytest.mark.parametrize("text, published, expected", CASES)
def test_dates(text, published, expected):
    found = [_key(f) for f in extract(text, published) if f.kind in ("date", "period")]
    assert found == expected


@pytest.mark.parametrize("text, published, expected", CASES)
def test_offsets_slice_back(text, published, expected):
    for fig in extract(text, published):
        assert text[fig.start : fig.end] == fig.text


@pytest.mark.parametrize(
    "unit", ["1", "a ", "2019 ", "May ", "on the 1st ", "1/", "Jan 1-", "from 2019 to "]
)
def test_long_lines_stay_linear(unit):
    """50 KB of a repeated pattern: no regex may backtrack its way into minutes."""
    text = unit * (50_000 // len(unit))
    start = time.perf_counter()
    dates_found = list(dates.find(text, PUB))
    assert time.perf_counter() - start < 30
    assert all(0 <= f.start < f.end <= len(text) for f in dates_found)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("It opened in June.", "June"),
        ("It opened on 5 September.", "5 September"),
        ("Sales rose 5% in May. Prices fell", "May"),
        ("prices rose between March and May.", "between March and May"),
        ("It opened on Friday.", "Friday"),
        # an abbreviation keeps its dot, which may end the sentence too
        ("It opened on 5 Sept.", "5 Sept."),
        ("Sales rose in Jan. and fell", "Jan."),
        ("It opened in Sept. 2023", "Sept. 2023"),
    ],
)
def test_a_full_stop_after_a_month_in_full_ends_the_sentence_not_the_date(text, shown):
    assert [f.text for f in extract(text, PUB) if f.kind in ("date", "period")] == [shown]
