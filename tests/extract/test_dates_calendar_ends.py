"""Dates counted from a publication date near year 1 or 9999 (issue 17).

Where the count leaves the calendar ("next year" published in 9999, "last Friday"
published on 1 January of year 1), the figure stays, unresolved (``value=None``), as
if no publication date were known; what the calendar holds is still resolved, and a
winter that would end in year 10000 is clamped at its last day. Never an exception.
"""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from figcheck.extractors import dates, extract

FIRST, LAST = dt.date.min, dt.date.max  # 0001-01-01 (a Monday), 9999-12-31 (a Friday)

#: phrase, "kind precision", value published on FIRST, on LAST ("first/last", "" unresolved)
ENDS = [
    # the relative forms, each once
    ("last year", "date year", "", "9998-01-01/9998-12-31"),
    ("next year", "date year", "0002-01-01/0002-12-31", ""),
    ("next week", "date week", "0001-01-08/0001-01-14", ""),
    ("last week", "date week", "", "9999-12-20/9999-12-26"),
    ("in October", "date month", "", "9999-10-01/9999-10-31"),
    ("next June", "date month", "0001-06-01/0001-06-30", ""),
    ("winter", "date season", "0001-12-01/0002-02-28", "9999-12-01/9999-12-31"),
    ("last Friday", "date day", "", "9999-12-24/9999-12-24"),
    ("next Friday", "date day", "0001-01-05/0001-01-05", ""),
    ("next century", "date century", "0100-01-01/0199-12-31", ""),
    ("last century", "date century", "", "9800-01-01/9899-12-31"),
    ("last decade", "period day", "", "9990-01-01/9999-12-31"),
    ("the past decade", "period day", "", "9990-01-01/9999-12-31"),
    ("yesterday", "date day", "", "9999-12-30/9999-12-30"),
    ("tomorrow", "date day", "0001-01-02/0001-01-02", ""),
    ("two years ago", "date year", "", "9997-01-01/9997-12-31"),
    ("three days later", "date day", "0001-01-04/0001-01-04", ""),
    ("the past 12 months", "period day", "", "9999-01-01/9999-12-31"),
    ("the next 5 years", "period day", "0001-01-02/0006-01-01", ""),
    ("year to date", "period day", "0001-01-01/0001-01-01", "9999-01-01/9999-12-31"),
    ("the rest of the week", "period day", "0001-01-01/0001-01-07", ""),
    ("of the year's", "date year", "0001-01-01/0001-12-31", "9999-01-01/9999-12-31"),
    ("week 52", "date week", "0001-12-24/0001-12-30", ""),
    ("the first quarter of next year", "date quarter", "0002-01-01/0002-03-31", ""),
    ("October last year", "date month", "", "9998-10-01/9998-10-31"),
    ("this weekend", "date day", "0001-01-06/0001-01-07", ""),
    ("next month", "date month", "0001-02-01/0001-02-28", ""),
    # days without a year are the last such day not after publication
    ("on the 5th.", "date day", "", "9999-12-05/9999-12-05"),
    ("December 31", "date day", "", "9999-12-31/9999-12-31"),
    ("on 12/31", "date day", "", "9999-12-31/9999-12-31"),
    ("between 30 and 31 December", "period day", "", "9999-12-30/9999-12-31"),
    # open periods and weeks around a relative date
    ("since last year", "period year", "", "9998-01-01/"),
    ("after next year", "period year", "0003-01-01/", ""),
    ("before last year", "period year", "", "/9997-12-31"),
    # put ahead by their sentence, past 9999 (a traceback before)
    ("it will start in October", "date month", "", ""),
    ("they will meet on Thursday", "date day", "", ""),
    # the week of 31 December 9999 runs past the calendar: the day stays a day
    ("the week of December 31", "date day", "", "9999-12-31/9999-12-31"),
]
#: Where the figure covers less than the phrase.
FIGURE_TEXT = {
    "in October": "October",
    "on the 5th.": "on the 5th",
    "on 12/31": "12/31",
    "the week of December 31": "December 31",
    "it will start in October": "October",
    "they will meet on Thursday": "Thursday",
}


def value(written):
    """ "0001-12-01/0002-02-28" -> the pair; "9998-01-01/" an open end; "" unresolved."""
    if not written:
        return None
    first, last = written.split("/")
    return (first or None, last or None)


@pytest.mark.parametrize(("phrase", "kind", "at_first", "at_last"), ENDS)
@pytest.mark.parametrize("end", ["first", "last"])
def test_calendar_ends(phrase, kind, at_first, at_last, end):
    published, written = (FIRST, at_first) if end == "first" else (LAST, at_last)
    (fig,) = dates.find(phrase, published)
    assert fig.text == FIGURE_TEXT.get(phrase, phrase)
    assert (f"{fig.kind} {fig.precision}", fig.value) == (kind, value(written))
    assert fig.relative


@pytest.mark.parametrize(
    ("text", "figure", "written"),
    [
        # counts that leave the calendar whatever the publication date
        ("after the year 9999", "after the year 9999", ""),
        ("before the year 1", "before the year 1", ""),
        ("for 9999 years until 2018", "for 9999 years until 2018", "/2018-12-31"),
        ("winter 9999", "winter 9999", "9999-12-01/9999-12-31"),
        ("In the year 9999 it rose; a decade later", "the year 9999", "9999-01-01/9999-12-31"),
    ],
)
def test_counts_past_the_calendar(text, figure, written):
    figs = list(dates.find(text, dt.date(2023, 8, 24)))
    assert (figs[0].text, figs[0].value) == (figure, value(written))


#: Chinese and Japanese dates near the ends, read by their own finder (figcheck.extractors.cjk):
#: text, language, value published on FIRST, on LAST, as in ENDS.
CJK_ENDS = [
    ("去年", "zh", "", "9998-01-01/9998-12-31"),
    ("明年", "zh", "0002-01-01/0002-12-31", ""),
    ("上个月", "zh", "", "9999-11-01/9999-11-30"),
    ("下个月", "zh", "0001-02-01/0001-02-28", ""),
    ("昨日", "zh", "", "9999-12-30/9999-12-30"),
    ("明天", "zh", "0001-01-02/0001-01-02", ""),
    ("去年12月", "zh", "", "9998-12-01/9998-12-31"),
    ("先月", "ja", "", "9999-11-01/9999-11-30"),
    ("来年", "ja", "0002-01-01/0002-12-31", ""),
    ("来週", "ja", "0001-01-08/0001-01-14", ""),
    # an open period whose day after (or before) the calendar lacks keeps no value there
    ("9999年以后", "zh", "", ""),
]


@pytest.mark.parametrize(("text", "language", "at_first", "at_last"), CJK_ENDS)
@pytest.mark.parametrize("end", ["first", "last"])
def test_chinese_and_japanese_calendar_ends(text, language, at_first, at_last, end):
    published, written = (FIRST, at_first) if end == "first" else (LAST, at_last)
    (fig,) = [f for f in extract(text, published, language) if f.kind in ("date", "period")]
    assert (fig.text, fig.value) == (text, value(written))


#: Words that make relative dates, counts and open periods in any order.
WORDS = (
    "last next this past previous coming the of a two 9999 5000 year years week weeks month "
    "months decade century quarter day days ago later earlier before after from now since "
    "until by for up to between and or onwards on in will start early mid end October "
    "December January "
    "Friday Monday winter summer yesterday tomorrow weekend rest date year's Q1 Q4 first "
    "week 1 52 53 5th 31st 12/31 2018 2100 - , . "
    # other languages' forms count from publication too
    "el que año pasado hace dos años próximo viernes ayer mañana de diciembre desde hasta "
    "entre y l'an dernier il y a ans le letztes Jahr vor Jahren seit bis von der am 2.3.2017 "
    # and Chinese and Japanese ones, which their own finder reads
    "去年 明年 上个月 下个月 上周 昨日 明天 先月 来年 来週 "
    "さくげつ 以后 以前 以来 自 至 12月 9999年 前年比"
).split()
NEAR_ENDS = st.one_of(
    st.dates(FIRST, FIRST + dt.timedelta(days=800)),
    st.dates(LAST - dt.timedelta(days=800), LAST),
    st.dates(),
    st.none(),
)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(words=st.lists(st.sampled_from(WORDS), min_size=1, max_size=12), published=NEAR_ENDS)
def test_no_exception_near_the_calendar_ends(words, published):
    text = " ".join(words)
    figures = [f for f in extract(text, published) if f.kind in ("date", "period")]
    assert figures == [f for f in extract(text, published) if f.kind in ("date", "period")]
    for fig in figures:
        assert text[fig.start : fig.end] == fig.text
        first, last = fig.value or (None, None)
        assert first is None or last is None or first <= last


@pytest.mark.parametrize(
    ("year", "month", "days"),
    [
        (2023, 1, 31),
        (2023, 2, 28),
        (2024, 2, 29),  # a leap year
        (1900, 2, 28),  # a century is none
        (2000, 2, 29),  # ... unless it divides by 400
        (1, 2, 28),
        (9999, 12, 31),
        (2023, 4, 30),
        (2023, 9, 30),
        (2023, 11, 30),
        (2023, 8, 31),
    ],
)
def test_days_in_month(year, month, days):
    assert dates.days.days_in_month(year, month) == days
    assert dates.days.month_last(year, month) == dt.date(year, month, days)
