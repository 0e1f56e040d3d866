"""date-sanity: a date that cannot be right on its own terms, in any one document.

Checked in each version alone, so a draft checked by itself gets it too: a weekday that
does not fall on the date it names ("Thursday, September 28, 2022" was a Wednesday), a day
the month does not have ("February 30, 2023"), and a range that ends before it starts
("from 2027 to 2024").

Passes::

    a.txt: The board met on Wednesday, September 28, 2022, for the works from 2024 to 2027.

Fails::

    a.txt: The board met on Thursday, September 28, 2022, for the works from 2027 to 2024.
"""

from __future__ import annotations

import calendar
import datetime as dt
import itertools
import re
from collections.abc import Iterator, Mapping
from typing import Any

from figcheck.figures import Figure, FigureRef, Finding
from figcheck.lang.en import MONTHS, WEEKDAYS
from figcheck.rules import _facts
from figcheck.rules.api import Context

ID = "date-sanity"
#: Judges one document on its own, so it runs on a draft checked alone too.
IN_DOCUMENT = True
SEVERITY = "warning"
OPTIONS: dict[str, object] = {}
RULE = _facts.Rule(ID, SEVERITY)

_WEEKDAY = re.compile(rf"^({'|'.join(sorted(WEEKDAYS, key=len, reverse=True))})\b\.?,?", re.I)
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
#: "February 30, 2023" and "30 February 2023": a day the extractors rightly do not read.
_DAY_OF_MONTH = re.compile(
    rf"\b(?:(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH})\.?,?\s+(?P<y2>\d{{4}}))\b",
    re.I,
)
#: The words that join the two ends of a range of dates ("from 2027 to 2024").
_RANGE_OPEN = re.compile(r"\b(?:from|between)\s+(?:the\s+)?$", re.I)
_RANGE_JOIN = re.compile(r"^\s*(?:to|until|till|through|and|-|\u2013)\s*$", re.I)


def check(context: Context, options: Mapping[str, Any]) -> Iterator[Finding]:
    for index, version in enumerate(context.versions):
        text = version.document.text
        dates = [(FigureRef(index, i), f) for i, f in enumerate(version.figures) if _days(f)]
        for ref, fig in dates:
            reason = wrong_weekday(fig)
            if reason:
                yield _facts.finding(RULE, reason, context, [ref])
        for (ref_a, first), (ref_b, second) in itertools.pairwise(dates):
            reason = backwards(first, second, text)
            if reason:
                yield _facts.finding(RULE, reason, context, [ref_a, ref_b])
        for match in _DAY_OF_MONTH.finditer(text):
            reason = impossible(match)
            if reason:
                yield Finding(ID, SEVERITY, reason, (context.words(index, *match.span()),))


def _days(fig: Figure) -> tuple[dt.date, dt.date] | None:
    """The first and last day a date figure covers, if it is a date."""
    if fig.kind != "date" or not isinstance(fig.value, tuple) or len(fig.value) != 2:
        return None
    try:
        return dt.date.fromisoformat(str(fig.value[0])), dt.date.fromisoformat(str(fig.value[1]))
    except ValueError:
        return None


def wrong_weekday(fig: Figure) -> str | None:
    """Why a date's weekday does not fit it ("Thursday, September 28, 2022"), or None."""
    days = _days(fig)
    named = _WEEKDAY.match(fig.text)
    if not named or days is None or days[0] != days[1] or fig.relative:
        return None
    day = days[0]
    if WEEKDAYS[named.group(1).lower()] == day.isoweekday():
        return None
    actual = calendar.day_name[day.weekday()]
    return f'"{fig.text}": {day.isoformat()} was a {actual}, not a {named.group(1).capitalize()}'


def backwards(first: Figure, second: Figure, text: str) -> str | None:
    """Why two dates joined as a range run backwards ("from 2027 to 2024"), or None."""
    if not _RANGE_JOIN.match(text[first.end : second.start]):
        return None
    if not _RANGE_OPEN.search(text[max(0, first.start - 12) : first.start]):
        return None
    start, end = _days(first), _days(second)
    if start is None or end is None or end[1] >= start[0]:
        return None
    return f'the range "{first.text}" to "{second.text}" ends before it starts'


def impossible(match: re.Match) -> str | None:
    """Why a written day does not exist ("February 30, 2023"), or None."""
    month = MONTHS[(match["m1"] or match["m2"]).lower()]
    day, year = int(match["d1"] or match["d2"]), int(match["y1"] or match["y2"])
    last = calendar.monthrange(year, month)[1]
    if 1 <= day <= last:
        return None
    name = calendar.month_name[month]
    return f'"{match.group()}": {name} {year} has {last} days, so there is no day {day}'
