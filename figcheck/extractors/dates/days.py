"""Calendar arithmetic on days, months and years, for the forms and the wideners."""

from __future__ import annotations

import datetime as dt

#: What datetime raises when a count leaves its calendar (years 1 to 9999): "next year"
#: published in 9999, "last week" published on 1 January of year 1. The date finder then
#: reads on as if the date it counted from were unknown: the figure stays, unresolved.
OFF_CALENDAR = (OverflowError, ValueError)

#: Precisions from the finest to the coarsest: a period takes the coarser of its ends'.
PRECISIONS = ["day", "week", "month", "quarter", "season", "year", "decade", "century"]


def safe(year: int, month: int, day: int) -> dt.date | None:
    """The day, or None where the calendar has none (30 February)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def days_in_month(year: int, month: int) -> int:
    """How many days a month of the Gregorian calendar has (``calendar.monthrange``'s
    count, which would bring ``calendar`` and ``locale`` into every run's start-up)."""
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def month_last(year: int, month: int) -> dt.date:
    return dt.date(year, month, days_in_month(year, month))


def year_span(year: int) -> tuple[dt.date, dt.date] | None:
    if not 1 <= year <= 9999:
        return None
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), month_last(year, month)


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, on the month's last day where it has no such day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, days_in_month(year, month + 1)))


def shift(day: dt.date, amount: int, unit: str) -> dt.date:
    """``day`` moved by ``amount`` units (day, week, fortnight, month, quarter, year, decade)."""
    if unit == "day":
        return day + dt.timedelta(days=amount)
    if unit == "week":
        return day + dt.timedelta(weeks=amount)
    if unit == "fortnight":
        return day + dt.timedelta(weeks=2 * amount)
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120}[unit] * amount
    return add_months(day, months)


def day_after(day: dt.date | None) -> dt.date | None:
    """The next day; None after 31 December 9999 or for an unknown day."""
    return None if day is None or day == dt.date.max else day + dt.timedelta(days=1)


def day_before(day: dt.date | None) -> dt.date | None:
    """The day before; None before 1 January of year 1 or for an unknown day."""
    return None if day is None or day == dt.date.min else day - dt.timedelta(days=1)


def recent_month(month: int, ref: dt.date) -> int:
    """Year of the most recent such month not after ``ref`` (newswire convention); of a
    part of a year (a quarter, a half), given its first month, the most recent one begun
    by ``ref``: "the fourth quarter" in March 2024 is 2023's, "the first quarter" 2024's.

    Raises ValueError (off the calendar) before year 1: "December" published in January 1.
    """
    return counted_year(ref.year if month <= ref.month else ref.year - 1)


def counted_year(year: int) -> int:
    """A year counted from a publication date; ValueError (off the calendar) past 1..9999."""
    if not 1 <= year <= 9999:
        raise ValueError(f"year {year} is off the calendar")
    return year


def unit_span(unit: str, step: int, ref: dt.date) -> tuple[dt.date, dt.date, str]:
    """The calendar unit ``step`` units from the one holding ``ref``: "next month", "last week"."""
    if unit == "year":
        year = ref.year + step
        return dt.date(year, 1, 1), dt.date(year, 12, 31), "year"
    if unit == "month":
        start = add_months(ref.replace(day=1), step)
        return start, month_last(start.year, start.month), "month"
    if unit == "quarter":
        q = (ref.month - 1) // 3 + step
        year, q = ref.year + q // 4, q % 4
        return dt.date(year, 3 * q + 1, 1), month_last(year, 3 * q + 3), "quarter"
    if unit == "decade":
        start = ref.year // 10 * 10 + 10 * step
        return dt.date(start, 1, 1), dt.date(start + 9, 12, 31), "decade"
    if unit == "century":
        start = ref.year // 100 * 100 + 100 * step
        return dt.date(start, 1, 1), dt.date(start + 99, 12, 31), "century"
    monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=step)
    if unit == "weekend":
        return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6), "day"
    return monday, monday + dt.timedelta(days=6), "week"


def coarser(a: str, b: str) -> str:
    rank = {p: i for i, p in enumerate(PRECISIONS)}
    return a if rank.get(a, 0) >= rank.get(b, 0) else b
