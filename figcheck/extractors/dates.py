"""Dates, periods and relative dates, resolved to ISO (first, last) day pairs.

Every date is an interval: "2019" covers 2019-01-01..2019-12-31, "June 2022" its
30 days, so rules compare "in 2021" with "in June 2021" by overlap. Words that
count from the publication date ("last year", "in October", "on Thursday") are
resolved against it and marked ``relative``; without a publication date they
keep ``value=None``.

Conventions, chosen for newswire copy:
- a month without a year ("in October") is the most recent such month not after
  publication; a weekday ("on Thursday") the most recent such day on or before it;
- "next Friday" is the first Friday after publication, "last Friday" the last before;
- "a year earlier" counts from publication; when the sentence names another date,
  ``extra`` carries it as ``anchor`` with the value counted from it (``anchored_value``);
- "in five years" / "within five years" are durations, not dates: left to the
  quantity finder (their start is the story's business, not the calendar's);
- seasons are northern-hemisphere meteorological ones (summer = June..August).
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from figcheck.extractors import date_tables as T
from figcheck.figures import Figure


def _alt(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


_MON = rf"(?:{_alt(T.MONTH_NUMBERS)})"
_WD = rf"(?:{_alt(T.WEEKDAYS)})"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_ORD_SIMPLE = _alt(w for w in T.ORDINAL_WORDS if w not in ("twentieth", "thirtieth"))
_ORD_UNITS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
_ORDW = rf"(?:(?:twenty|thirty)[\s-]?(?:{_ORD_UNITS})|twentieth|thirtieth|{_ORD_SIMPLE})"
_CARDDAY = rf"(?:(?:twenty|thirty)(?:[\s-](?:{_ONES}))?|{_TEENS}|{_ONES})"
_DAYNUM = r"(?:[0-3]?\d(?:st|nd|rd|th)?)"
_YEARW = (
    rf"(?:(?:seventeen|eighteen|nineteen|twenty)[\s-](?:hundred|(?:oh|zero)[\s-](?:{_ONES})"
    rf"|(?:{_TENS})(?:[\s-](?:{_ONES}))?|{_TEENS})"
    rf"|two\s+thousand(?:(?:\s+and)?\s+(?:(?:{_TENS})(?:[\s-](?:{_ONES}))?|{_TEENS}|{_ONES}))?)"
)
_YEAR = r"(?:1[89]\d\d|20\d\d|2100)"
_NUMW = rf"(?:\d+|a|an|{_ONES}|ten|eleven|twelve|{_TENS}|a\s+few|few|several|(?:a\s+)?couple\s+of)"
_UNIT = rf"(?:{_alt(T.UNITS)})"
_NOT_AFTER_NUM = r"(?![\d%]|[.,:]\d|\s?%|\s?percent)"

_I = re.I


def _c(pattern: str) -> re.Pattern:
    return re.compile(pattern, _I)


# Each pattern names what it reads; builders below turn a match into an interval.
# Kept as source and compiled lazily by _pattern(): compiling them all took most of the import.
_PATTERNS = {
    "iso": (
        rf"(?<![\d/.-])(?P<y>\d{{4}})(?P<s>[-/.])(?P<m>\d{{1,2}}|{_MON})(?P=s)(?P<d>\d{{1,2}})(?![\d/-]|\.\d)"
    ),
    "numeric": (
        r"(?<![\d/.-])(?P<a>\d{1,2})(?P<s>[-/.])(?P<b>\d{1,2})(?:(?P=s)(?P<y>\d{4}|\d{2})|,\s?(?P<y4>\d{4}))"
        r"(?![\d%]|[-/.]\d)"
    ),
    "md": (
        rf"(?:(?P<wd>{_WD})\.?,?\s+(?:(?P<rel>this|next|last)\s+)?)?"
        rf"\b(?P<mon>{_MON})(?:\.\s*|\s*[-/]\s*|\s*,\s*|\s+|(?=\d))(?:the\s+)?"
        rf"(?P<day>{_DAYNUM}|{_ORDW}|{_CARDDAY})\b(?![%:]|\.\d|,(?!\s*\d{{4}}\b)\d)"
        rf"(?:(?:\s*,\s*|\s+of\s+|\s+)(?P<y>\d{{4}}\b|{_YEARW}\b|'\d\d\b))?"
    ),
    "dm": (
        rf"(?:(?P<wd>{_WD})\.?,?\s+)?(?<![\d.,])(?:the\s+)?(?P<day>{_DAYNUM}|{_ORDW})"
        rf"(?:\s+of\s+|\s*[-.]\s*|\s*)(?P<mon>{_MON})\b\.?"
        rf"(?:(?:\s*,\s*|\s+of\s+|\s+|-)(?P<y>\d{{4}}\b|{_YEARW}\b))?"
    ),
    "my": (
        rf"\b(?P<mon>{_MON})(?:\.?\s*,?\s*(?:of\s+)?|[-/])(?P<y>\d{{4}}|{_YEARW})\b(?![\d%]|[-/.]\d)"
    ),
    "ym": (rf"(?<![\d.,$])\b(?P<y>{_YEAR})\s*,?\s*(?P<mon>{_MON})\b(?!\s*\d)"),
    "mrel": (rf"\b(?P<mon>{_MON})\.?\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b"),
    "ymnum": (
        rf"(?<![\d/.,-])(?P<y>{_YEAR})\s?(?P<s>[-/])\s?(?P<m>\d{{1,2}})(?![\d%]|[-/.]\d)"
        rf"|(?<![\d/.,-])(?P<m2>\d{{1,2}})\s?[-/]\s?(?P<y2>{_YEAR})(?![\d%]|[-/.]\d)"
    ),
    "years": (
        rf"(?<![\w$€£¥.,#/-])(?P<y1>{_YEAR})\s*(?:-|–|—|/|~)\s*(?P<y2>{_YEAR}|\d\d)(?![\w%]|[.,]\d)"
    ),
    "month": (
        rf"(?:(?P<pre>(?:the\s+)?month\s+of|this|next|last|past|coming|previous)\s+)?"
        rf"\b(?P<mon>{_MON})\b(?P<dot>\.)?"
    ),
    "weekday": (
        rf"(?:\b(?P<pre>this|next|last|past|previous|coming)(?P<wk>\s+week(?:\s+on)?)?\s+)?"
        rf"\b(?P<wd>{_WD})\b\.?(?:\s+(?:of\s+)?(?P<post>this|next|last)\s+week\b)?"
        rf"(?:\s+the\s+(?P<day>{_DAYNUM}|{_ORDW}|{_CARDDAY})\b)?"
    ),
    "relday": (
        r"\b(?:the\s+day\s+(?P<ba>before|after)\s+)?(?P<w>today|tomorrow|tmrw|yesterday|tonight)\b"
    ),
    "relunit": (
        r"\b(?:the\s+)?(?P<rel>this|current|last|past|previous|prior|preceding|next|coming|"
        r"upcoming|following)\s+(?P<fiscal>(?:financial|fiscal)\s+)?"
        r"(?P<unit>weekend|week|month|year|decade|quarter|century)\b"
        r"(?:'s)?(?:\s+after\s+next)?"
    ),
    "yearposs": (r"\b(?:of\s+)?the\s+year's"),
    "todate": (r"\b(?P<unit>year|month)[\s-]to[\s-]date\b|\bYTD\b"),
    "restof": (r"\b(?:the\s+)?rest\s+of\s+(?:the|this|my)\s+(?P<unit>week|month|year)\b"),
    "ago": (
        rf"\b(?P<dur>(?:{_NUMW}\s*{_UNIT}\b\s*,?\s*(?:and\s+)?)+?)"
        r"(?P<dir>ago|earlier|later|before|after|from\s+now|hence|in\s+the\s+future|from)"
        r"(?:\s+(?P<anchor>today|yesterday|tomorrow|now)\b)?"
    ),
    "span": (
        rf"\b(?:the\s+)?(?P<rel>next|past|last|previous|coming|following)\s+"
        rf"(?P<dur>{_NUMW})\s*(?P<unit>{_UNIT})\b"
    ),
    "quarter": (
        rf"(?:\b(?P<rel0>this|next|last)\s+year's\s+|(?P<y0>{_YEAR})\s+)?(?:\bthe\s+)?"
        rf"\b(?P<q>first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+quarter\b"
        rf"(?:\s+(?:of\s+)?(?:(?P<y>\d{{4}}|{_YEARW})\b|(?P<rel>this|next|last)\s+year\b))?"
        rf"|\b(?:Q(?P<qn>[1-4])|(?P<qn2>[1-4])Q)\b(?:\s*(?P<y2>{_YEAR}|'\d\d)\b)?"
    ),
    "season": (
        rf"(?:\b(?P<pre>this|next|last|the|mid|early|late|in)[\s-]+)?"
        rf"\b(?P<s>spring|summer|autumn|fall|winter)\b(?:\s+(?:of\s+)?(?P<y>\d{{4}}|{_YEARW})\b)?"
    ),
    "decade": (
        rf"(?:\bthe\s+)?(?:(?P<part>early|mid|late)[\s-]+)?"
        rf"(?:\b(?P<d4>1\d\d0|20\d0)'?s\b|(?<=the\s)'?(?P<d2>\d0)'?s\b"
        rf"|(?<=the\s)(?P<dw>(?:nineteen[\s-])?(?:{_alt(T.DECADE_WORDS)}))\b"
        r"|(?<=the\s)(?P<n>noughties|two\s+thousands|(?:twenty|two\s+thousand\s+and)[\s-]tens)\b)"
    ),
    "weeknum": (r"\bweek\s+(?P<n>[1-9]|[1-4]\d|5[0-3])\b(?![\d.,])"),
    "year": (
        rf"(?:\b(?P<part>early|mid|late)[\s-]+)?(?<![\w$€£¥.,#/:])(?P<y>{_YEAR}){_NOT_AFTER_NUM}\b"
        r"|\b(?:the\s+)?year\s+(?P<y2>\d{1,4})\b(?![\d.,%])"
    ),
    "yearwords": (rf"(?<=\bin\s)(?P<y>{_YEARW})\b"),
    "day": (
        rf"\b(?P<pre>on|for)?\s*(?:the\s+)?(?<![\d.,])(?P<day>\d{{1,2}}(?:st|nd|rd|th)?|{_ORDW})\b"
        r"(?:\s+(?:of\s+)?(?P<rel>this|next|last)\s+month\b)?"
    ),
    "mdnum": (
        rf"(?:\b(?P<pre>on|in|from|to|until|till|by|since|before|after|through|and|between)\s+|"
        rf"\b(?P<wd>{_WD})\s+|(?<![\w/.,:$-]))(?P<a>\d{{1,2}})(?P<s>[/.-])(?P<b>\d{{1,2}})"
        r"(?![\d%]|[/.-]\d)"
    ),
    "dayrange": (
        rf"(?:\b(?P<pre>from|between)\s+)?(?<![\d.,])(?P<d1>{_DAYNUM})\s*(?:-|–|to|until|till|through|and)"
        rf"\s*(?:the\s+)?(?P<d2>{_DAYNUM})\b(?:\s+of|\s+in)?\s*"
        rf"(?:(?P<mon>{_MON})\b\.?(?:,?\s*(?P<y>\d{{4}}|{_YEARW})\b)?|(?P<rel>this|next|last)\s+month\b)"
        rf"|(?:\b(?P<pre2>from|between)\s+)?\b(?P<mon2>{_MON})\.?\s+(?:between\s+)?(?:the\s+)?"
        rf"(?P<e1>{_DAYNUM})\s*(?:-|–|to|until|till|through|and)\s*(?:the\s+)?"
        rf"(?P<e2>{_DAYNUM})\b(?![%.,]\d)(?:,?\s*(?P<y2>\d{{4}}|{_YEARW})\b)?"
    ),
}


@functools.cache
def _pattern(name: str) -> re.Pattern:
    """Compiled on first use: a text without month names never pays for the month patterns."""
    return _c(_PATTERNS[name])


@dataclass(frozen=True)
class _Hit:
    """A candidate: an interval (None when unresolved) and how it was read."""

    start: int
    end: int
    first: dt.date | None
    last: dt.date | None
    precision: str
    kind: str = "date"
    relative: bool = False
    open_start: bool = False
    open_end: bool = False
    #: Month/day without a year: a range's other end may lend it one.
    month_day: tuple[int, int | None] | None = None
    extra: tuple = field(default=())


# ---------------------------------------------------------------- calendar helpers


def _safe(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_last(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _year_span(year: int) -> tuple[dt.date, dt.date] | None:
    if not 1 <= year <= 9999:
        return None
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, month, 1), _month_last(year, month)


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _shift(day: dt.date, amount: int, unit: str) -> dt.date:
    if unit == "day":
        return day + dt.timedelta(days=amount)
    if unit == "week":
        return day + dt.timedelta(weeks=amount)
    if unit == "fortnight":
        return day + dt.timedelta(weeks=2 * amount)
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120}[unit] * amount
    return _add_months(day, months)


def _recent_month(month: int, ref: dt.date) -> int:
    """Year of the most recent such month not after ``ref`` (newswire convention)."""
    return ref.year if month <= ref.month else ref.year - 1


def _number(word: str) -> int | None:
    word = word.lower().strip()
    if word.isdigit():
        return int(word)
    word = re.sub(r"(st|nd|rd|th)$", "", word) if word[:1].isdigit() else word
    if word.isdigit():
        return int(word)
    parts = [p for p in re.split(r"[\s-]+", word) if p and p != "and"]
    total = 0
    for part in parts:
        if part in T.ORDINAL_WORDS:
            total += T.ORDINAL_WORDS[part]
        elif part in T.CARDINAL_WORDS:
            total += T.CARDINAL_WORDS[part]
        else:
            return None
    return total or None


def _count(word: str) -> int | None:
    """A duration's count: "10", "a", "two"; None for "few" or "several"."""
    word = re.sub(r"\s+", " ", word.lower().strip())
    if word in T.COUNT_WORDS:
        return T.COUNT_WORDS[word]
    return _number(word)


def _year_value(text: str | None) -> int | None:
    """A year as written: "2016", "'99", "nineteen seventy eight", "two thousand and ten"."""
    if not text:
        return None
    text = text.lower().strip()
    if text.startswith("'") and text[1:].isdigit():
        two = int(text[1:])
        return 2000 + two if two < 50 else 1900 + two
    if text.isdigit():
        return int(text)
    parts = [p for p in re.split(r"[\s-]+", text) if p and p != "and"]
    if parts[:2] == ["two", "thousand"]:
        rest = _number(" ".join(parts[2:])) if parts[2:] else 0
        return None if rest is None else 2000 + rest
    century = T.CARDINAL_WORDS.get(parts[0])
    if century is None:
        return None
    rest = parts[1:]
    if rest == ["hundred"]:
        return century * 100
    if rest and rest[0] in ("oh", "zero"):
        rest = rest[1:]
    tail = _number(" ".join(rest)) if rest else None
    return None if tail is None else century * 100 + tail


def _month_of(word: str) -> int:
    return T.MONTH_NUMBERS[word.lower().rstrip(".")]


def _prev_word(text: str, index: int) -> str:
    match = re.search(r"([A-Za-z.]+)\W*$", text[max(0, index - 30) : index])
    return match.group(1).lower().rstrip(".") if match else ""


def _next_word(text: str, index: int) -> str:
    match = re.match(r"\s*([A-Za-z'’]+|\S)", text[index : index + 30])
    return match.group(1) if match else ""


# ---------------------------------------------------------------- builders


def _hit(match, first, last, precision, **kw) -> _Hit:
    return _Hit(match.start(), match.end(), first, last, precision, **kw)


def _day_hit(match, year, month, day, ref, **kw) -> _Hit | None:
    """A day; without a year it is the most recent such day not after publication."""
    if year is None:
        if day is None or not 1 <= day <= 31 or not 1 <= month <= 12:
            return None
        if ref is None:
            return _hit(match, None, None, "day", relative=True, month_day=(month, day), **kw)
        year = _recent_month(month, ref)
        if month == ref.month and day > ref.day:
            year -= 1
        date = _safe(year, month, day)
        return date and _hit(match, date, date, "day", relative=True, month_day=(month, day), **kw)
    date = _safe(year, month, day)
    return date and _hit(match, date, date, "day", **kw)


def _b_iso(m, text, ref):
    month = m["m"]
    month = int(month) if month.isdigit() else _month_of(month)
    return _day_hit(m, int(m["y"]), month, int(m["d"]), ref)


def _b_numeric(m, text, ref):
    raw = m["y"] or m["y4"]
    a, b, year = int(m["a"]), int(m["b"]), int(raw)
    if len(raw) == 2:
        year = 2000 + year if year < 50 else 1900 + year
    month, day = (b, a) if a > 12 else (a, b)
    if month > 12:
        return None
    return _day_hit(m, year, month, day, ref)


def _b_md(m, text, ref):
    month = _month_of(m["mon"])
    day = _number(m["day"])
    if m["y"] and _year_value(m["y"]) is None:
        return None
    year = _year_value(m["y"]) if m["y"] else None
    if day is None or day > 31:
        raw = m["day"]
        if raw.isdigit() and len(raw) == 2 and not m["y"]:
            year = _year_value("'" + raw)
            first, last = _month_span(year, month)
            return _hit(m, first, last, "month")
        return None
    if m["day"].isdigit() and m["mon"].lower() in ("may", "march") and not m["wd"]:
        # "may 5 people" is no date: a lower-case "may"/"march" needs capitals or a year.
        if not m["mon"][0].isupper() and not m["y"]:
            return None
    if m["rel"] and ref is None:
        return _hit(m, None, None, "day", relative=True)
    return _day_hit(m, year, month, day, ref)


def _b_dm(m, text, ref):
    month = _month_of(m["mon"])
    day = _number(m["day"])
    if day is None or day > 31:
        return None
    word = m["mon"].lower()
    if word in ("may", "march") and not m["y"] and not m["mon"][0].isupper():
        if _next_word(text, m.end()).lower() in T.VERB_AFTER:
            return None
    year = _year_value(m["y"]) if m["y"] else None
    return _day_hit(m, year, month, day, ref)


def _b_my(m, text, ref):
    year = _year_value(m["y"])
    if year is None or not 1000 <= year <= 2999:
        return None
    first, last = _month_span(year, _month_of(m["mon"]))
    return _hit(m, first, last, "month")


def _b_ym(m, text, ref):
    if m["mon"].lower() in ("may", "march", "mar"):
        return None  # "in 2016 May said": a name or a verb more often than a month
    first, last = _month_span(int(m["y"]), _month_of(m["mon"]))
    return _hit(m, first, last, "month")


def _b_mrel(m, text, ref):
    if ref is None:
        return _hit(m, None, None, "month", relative=True)
    year = ref.year + T.RELATIVE_STEP[m["rel"].lower()]
    first, last = _month_span(year, _month_of(m["mon"]))
    return _hit(m, first, last, "month", relative=True)


def _b_ymnum(m, text, ref):
    year = int(m["y"] or m["y2"])
    month = int(m["m"] or m["m2"])
    if m["y"] and m["s"] == "-" and len(m["m"]) == 2 and month > 12:
        return None  # "2019-20" is a range of years
    if not 1 <= month <= 12:
        return None
    first, last = _month_span(year, month)
    return _hit(m, first, last, "month")


def _b_years(m, text, ref):
    y1 = int(m["y1"])
    raw = m["y2"]
    y2 = int(raw) if len(raw) == 4 else y1 // 100 * 100 + int(raw)
    if y2 <= y1 or y2 - y1 > (10 if len(raw) == 2 else 100):
        return None
    return _hit(m, dt.date(y1, 1, 1), dt.date(y2, 12, 31), "year", kind="period")


def _month_alone_ok(m, text) -> bool:
    word = m["mon"]
    low = word.lower()
    prev = _prev_word(text, m.start())
    context = bool(m["pre"]) or prev in T.DATE_CONTEXT
    nxt = _next_word(text, m.end())
    if low == "may" and word == "may":
        # lower-case "may" is nearly always the verb: only before a date word
        return prev in T.DATE_CONTEXT and nxt.lower() in (
            "",
            ".",
            ",",
            "of",
            "to",
            "and",
            "through",
        )
    strong = prev in (
        "in",
        "since",
        "until",
        "by",
        "during",
        "early",
        "late",
        "mid",
        "last",
        "next",
    )
    if low in ("may", "march", "mar") and word[0].isupper() and strong:
        return True
    if low in ("may", "march", "mar"):
        return (
            context
            and nxt.lower() not in T.VERB_AFTER
            and not (
                nxt[:1].isupper()
                and low == "may"
                and prev
                not in (
                    "in",
                    "of",
                    "since",
                    "until",
                    "by",
                    "during",
                    "this",
                    "last",
                    "next",
                    "early",
                    "late",
                    "mid",
                )
            )
        )
    if len(low) <= 4 and low not in ("june", "july"):
        return context and (
            word[0].isupper() or bool(m["pre"]) or prev in ("in", "of", "last", "next", "this")
        )
    return word[0].isupper() or context


def _b_month(m, text, ref):
    if not _month_alone_ok(m, text):
        return None
    if m["dot"] and len(m["mon"]) > 4:
        return replace(_b_month_value(m, text, ref), end=m.end("mon"))
    return _b_month_value(m, text, ref)


def _b_month_value(m, text, ref):
    month = _month_of(m["mon"])
    pre = (m["pre"] or "").lower()
    if ref is None:
        return _hit(m, None, None, "month", relative=True, month_day=(month, None))
    if pre in ("next", "coming"):
        year = ref.year if month > ref.month else ref.year + 1
    elif pre in ("last", "past", "previous"):
        year = ref.year if month < ref.month else ref.year - 1
    elif pre == "this":
        year = ref.year
    else:
        year = _recent_month(month, ref)
    first, last = _month_span(year, month)
    return _hit(m, first, last, "month", relative=True, month_day=(month, None))


def _b_weekday(m, text, ref):
    hit = _b_weekday_value(m, text, ref)
    if hit and hit.end == m.end("wd") + 1 and m["wd"].lower().endswith("day"):
        hit = replace(hit, end=m.end("wd"))  # a full stop after "Friday" ends the sentence
    return hit


def _b_weekday_value(m, text, ref):
    word = m["wd"].lower()
    if word in T.SHORT_WEEKDAYS:
        prev = _prev_word(text, m.start())
        if not (m["pre"] or m["post"] or prev in ("on", "this", "next", "last", "every")):
            return None
        if word in ("sat", "sun", "wed", "mon") and not m["pre"] and prev != "on":
            return None
    if m["day"] and _number(m["day"]) is None:
        return None
    following = _next_word(text, m.end())
    if (
        not (m["pre"] or m["post"] or m["day"])
        and following[:1].isupper()
        and following.lower() not in T.MONTH_NUMBERS
        and _prev_word(text, m.start()) not in ("on", "by", "until", "since", "from", "and")
    ):
        return None  # "The Sunday Times": part of a name
    if ref is None:
        return _hit(m, None, None, "day", relative=True)
    target = T.WEEKDAYS[word]
    monday = ref - dt.timedelta(days=ref.weekday())
    pre = (m["pre"] or m["post"] or "").lower()
    if m["wk"] or m["post"]:
        step = T.RELATIVE_STEP.get(pre, 0)
        date = monday + dt.timedelta(days=target + 7 * step)
    elif pre == "this":
        date = monday + dt.timedelta(days=target)
    elif pre in ("next", "coming"):
        date = ref + dt.timedelta(days=(target - ref.weekday() - 1) % 7 + 1)
    elif pre in ("last", "past", "previous"):
        date = ref - dt.timedelta(days=(ref.weekday() - target - 1) % 7 + 1)
    else:
        date = ref - dt.timedelta(days=(ref.weekday() - target) % 7)
    return _hit(m, date, date, "day", relative=True)


def _b_relday(m, text, ref):
    if ref is None:
        return _hit(m, None, None, "day", relative=True)
    offset = {"today": 0, "tonight": 0, "tomorrow": 1, "tmrw": 1, "yesterday": -1}[m["w"].lower()]
    if m["ba"]:
        offset += -1 if m["ba"].lower() == "before" else 1
    date = ref + dt.timedelta(days=offset)
    return _hit(m, date, date, "day", relative=True)


def _unit_span(unit: str, step: int, ref: dt.date) -> tuple[dt.date, dt.date, str]:
    if unit == "year":
        first, last = _year_span(ref.year + step)
        return first, last, "year"
    if unit == "month":
        start = _add_months(ref.replace(day=1), step)
        return start, _month_last(start.year, start.month), "month"
    if unit == "quarter":
        q = (ref.month - 1) // 3 + step
        year, q = ref.year + q // 4, q % 4
        return dt.date(year, 3 * q + 1, 1), _month_last(year, 3 * q + 3), "quarter"
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


def _b_relunit(m, text, ref):
    if re.match(r"\s+(?:of|in)\s", text[m.end() : m.end() + 5]) and m["unit"].lower() == "week":
        return None  # "the last week of July" is read by the week wrapper
    unit = m["unit"].lower()
    step = T.RELATIVE_STEP[m["rel"].lower()]
    if m.group(0).lower().endswith("after next"):
        step = 2
    # "the past decade" is the ten years to publication, like "the past 10 years";
    # "last year" is the calendar year before.
    rolling = m["rel"].lower() == "past" or (m["rel"].lower() == "last" and unit == "decade")
    extra = (("fiscal", "approximated by the calendar"),) if m["fiscal"] else ()
    if rolling and unit in ("week", "month", "quarter", "year", "decade", "century"):
        if ref is None:
            return _hit(m, None, None, "day", kind="period", relative=True)
        n = 100 if unit == "century" else 1
        first = _shift(ref, -n, "year" if unit == "century" else unit) + dt.timedelta(days=1)
        return _hit(m, first, ref, "day", kind="period", relative=True, extra=extra)
    if ref is None:
        precision = unit if unit != "weekend" else "day"
        return _hit(m, None, None, precision, relative=True, extra=extra)
    first, last, precision = _unit_span(unit, step, ref)
    return _hit(m, first, last, precision, relative=True, extra=extra)


def _b_yearposs(m, text, ref):
    if ref is None:
        return _hit(m, None, None, "year", relative=True)
    first, last = _year_span(ref.year)
    return _hit(m, first, last, "year", relative=True)


def _b_todate(m, text, ref):
    unit = (m["unit"] or "year").lower()
    if ref is None:
        return _hit(m, None, None, "day", kind="period", relative=True)
    first = ref.replace(month=1, day=1) if unit == "year" else ref.replace(day=1)
    return _hit(m, first, ref, "day", kind="period", relative=True)


def _b_restof(m, text, ref):
    if ref is None:
        return _hit(m, None, None, "day", kind="period", relative=True)
    _, last, _ = _unit_span(m["unit"].lower(), 0, ref)
    return _hit(m, ref, last, "day", kind="period", relative=True)


def _durations(text: str) -> list[tuple[int | None, str]]:
    pattern = re.compile(rf"(?P<n>{_NUMW})\s*(?P<u>{_UNIT})\b", _I)
    return [(_count(p["n"]), T.UNITS[p["u"].lower()]) for p in pattern.finditer(text)]


def _b_ago(m, text, ref):
    direction = re.sub(r"\s+", " ", m["dir"].lower())
    anchor = (m["anchor"] or "").lower()
    if direction == "from now":
        direction, anchor = "hence", "now"
    if direction in ("before", "after", "from") and not anchor:
        return None
    step = 1 if direction in ("later", "after", "from", "hence", "in") else -1
    parts = _durations(m["dur"])
    if not parts or any(n is None for n, _ in parts):
        return None
    extra = (("duration", m["dur"].strip()),)
    if ref is None:
        unit = parts[0][1] if len(parts) == 1 else "day"
        precision = unit if unit in ("year", "month") else "day"
        return _hit(m, None, None, precision, relative=True, extra=extra)
    base = ref + dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get(anchor, 0))
    date = base
    for n, unit in parts:
        date = _shift(date, step * n, unit)
    coarsest = parts[0][1]
    if len(parts) == 1 and coarsest in ("year", "month", "decade"):
        if coarsest == "year":
            first, last = _year_span(date.year)
            return _hit(m, first, last, "year", relative=True, extra=extra)
        if coarsest == "month":
            first, last = _month_span(date.year, date.month)
            return _hit(m, first, last, "month", relative=True, extra=extra)
    return _hit(m, date, date, "day", relative=True, extra=extra)


def _b_span(m, text, ref):
    n = _count(m["dur"])
    unit = T.UNITS[m["unit"].lower()]
    extra = (("duration", f"{m['dur']} {m['unit']}"),)
    if ref is None or n is None:
        return _hit(m, None, None, "day", kind="period", relative=True, extra=extra)
    if m["rel"].lower() in ("next", "coming", "following"):
        first = ref + dt.timedelta(days=1)
        last = _shift(ref, n, unit)
    else:
        first = _shift(ref, -n, unit) + dt.timedelta(days=1)
        last = ref
    return _hit(m, first, last, "day", kind="period", relative=True, extra=extra)


def _b_quarter(m, text, ref):
    q = int(m["qn"] or m["qn2"] or T.QUARTER_WORDS[m["q"].lower()])
    year = _year_value(m["y"] or m["y0"] or m["y2"])
    rel = m["rel"] or m["rel0"]
    relative = year is None
    if year is None:
        if ref is None:
            return _hit(m, None, None, "quarter", relative=True)
        year = ref.year + (T.RELATIVE_STEP[rel.lower()] if rel else 0)
    return _hit(
        m, dt.date(year, 3 * q - 2, 1), _month_last(year, 3 * q), "quarter", relative=relative
    )


def _b_season(m, text, ref):
    word = m["s"].lower()
    pre = (m["pre"] or "").lower()
    if (
        word == "fall"
        and pre not in ("this", "next", "last", "early", "late", "mid")
        and not m["y"]
    ):
        return None
    if pre == "the" and not m["y"] and _next_word(text, m.end()).lower() == "of":
        return None
    first_month, last_month = T.SEASONS[word]
    year = _year_value(m["y"]) if m["y"] else None
    relative = year is None
    if year is None:
        if ref is None:
            return _hit(m, None, None, "season", relative=True)
        step = T.RELATIVE_STEP.get(pre, 0)
        year = ref.year + step
    end_year = year + 1 if last_month < first_month else year
    return _hit(
        m,
        dt.date(year, first_month, 1),
        _month_last(end_year, last_month),
        "season",
        relative=relative,
    )


def _b_decade(m, text, ref):
    if m["d4"]:
        start = int(m["d4"])
    elif m["d2"]:
        start = 1900 + int(m["d2"])
    elif m["dw"]:
        start = 1900 + T.DECADE_WORDS[m["dw"].lower().split()[-1].split("-")[-1]]
    else:
        word = m["n"].lower()
        start = 2010 if word.endswith("tens") else 2000
    if not m["d4"] and not m.group(0).lower().startswith("the"):
        return None
    last = start + 9
    extra = (("part", m["part"].lower()),) if m["part"] else ()
    return _hit(m, dt.date(start, 1, 1), dt.date(last, 12, 31), "decade", extra=extra)


def _b_weeknum(m, text, ref):
    if ref is None:
        return _hit(m, None, None, "week", relative=True)
    try:
        monday = dt.date.fromisocalendar(ref.year, int(m["n"]), 1)
    except ValueError:
        return None
    return _hit(m, monday, monday + dt.timedelta(days=6), "week", relative=True)


#: After these a 4-digit number is a year even before a plural ("by 2030 emissions fall").
_YEAR_PREPOSITIONS = {"in", "since", "until", "till", "by", "before", "after", "during", "from"}


def _b_year(m, text, ref):
    if m["y2"]:
        year = int(m["y2"])
        span = _year_span(year) if year else None
        return span and _hit(m, *span, "year")
    year = int(m["y"])
    start = m.start("y")
    if start and text[start - 1] == "-" and not m["part"]:
        return None
    prev = _prev_word(text, m.start())
    if prev == "of":
        prev = _prev_word(text, m.start() - len(re.search(r"of\W*$", text[: m.start()]).group(0)))
        if prev in T.COUNT_BEFORE_OF:
            return None
    elif prev in T.COUNT_BEFORE and not m["part"]:
        return None
    nxt = _next_word(text, m.end())
    low = nxt.lower()
    if low in T.COUNT_AFTER or nxt in ("%", "+"):
        return None
    if (
        prev not in _YEAR_PREPOSITIONS
        and nxt.isalpha()
        and nxt.islower()
        and len(low) > 3
        and low.endswith("s")
        and not low.endswith("ss")
        and low not in T.NOT_PLURAL
    ):
        return None  # "2019 applicants": a count
    first, last = _year_span(year)
    extra = (("part", m["part"].lower()),) if m["part"] else ()
    return _hit(m, first, last, "year", extra=extra)


def _b_yearwords(m, text, ref):
    year = _year_value(m["y"])
    if year is None or not 1000 <= year <= 2999:
        return None
    if year % 100 == 0 and m["y"].lower().startswith("two thousand") and year == 2000:
        return None  # "in two thousand" is more often a count
    first, last = _year_span(year)
    return _hit(m, first, last, "year")


def _b_day(m, text, ref):
    day = _number(m["day"])
    if day is None or not 1 <= day <= 31:
        return None
    rel = m["rel"]
    has_the = "the" in m.group(0).lower().split()
    if m["day"].isdigit() and not rel and not (m["pre"] and (has_the or m["pre"].lower() == "on")):
        return None
    if not rel:
        if not (m["pre"] or m.group(0).lower().lstrip().startswith("the")):
            return None
        after = text[m.end() : m.end() + 2]
        if (
            after.strip()[:1] not in ("", ".", "!", "?", ",", ";")
            or after.startswith(".")
            and after[1:2].isdigit()
        ):
            return None
    if ref is None:
        return _hit(m, None, None, "day", relative=True)
    if rel:
        base = _add_months(ref.replace(day=1), T.RELATIVE_STEP[rel.lower()])
    else:
        base = ref if day <= ref.day else _add_months(ref.replace(day=1), -1)
    date = _safe(base.year, base.month, day)
    return date and _hit(m, date, date, "day", relative=True)


def _b_mdnum(m, text, ref):
    a, b, sep = int(m["a"]), int(m["b"]), m["s"]
    pre = (m["pre"] or "").lower()
    if not pre and not m["wd"]:
        # alone, only an unmistakable "4/22" or "22/04": one part a day past 12
        if sep != "/" or (a > 12) == (b > 12) or m.group(0) in T.NOT_DATES:
            return None
    if sep == "." and pre != "on" and not m["wd"]:
        return None
    if sep == "-" and a <= 12 and b <= 12:
        return None  # "won 3-1": a score, not a date
    if _next_word(text, m.end()).lower() in ("of", "percent", "%"):
        return None
    month, day = (b, a) if a > 12 else (a, b)
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    hit = _day_hit(m, None, month, day, ref)
    if hit and m["pre"]:
        hit = replace(hit, start=m.start("a"))
    return hit


def _b_dayrange(m, text, ref):
    d1 = _number(m["d1"] or m["e1"])
    d2 = _number(m["d2"] or m["e2"])
    if d1 is None or d2 is None or not 1 <= d1 < d2 <= 31:
        return None
    mon = m["mon"] or m["mon2"]
    ywords = m["y"] or m["y2"]
    if mon and mon.lower() in ("may", "march") and not mon[0].isupper() and not ywords:
        return None
    rel = m["rel"]
    if mon:
        month = _month_of(mon)
        year = _year_value(ywords) if ywords else None
        relative = year is None
        if year is None:
            if ref is None:
                return _hit(m, None, None, "day", kind="period", relative=True)
            year = _recent_month(month, ref)
    else:
        relative = True
        if ref is None:
            return _hit(m, None, None, "day", kind="period", relative=True)
        base = _add_months(ref.replace(day=1), T.RELATIVE_STEP[rel.lower()])
        year, month = base.year, base.month
    first, last = _safe(year, month, d1), _safe(year, month, d2)
    if not first or not last:
        return None
    return _hit(m, first, last, "day", kind="period", relative=relative)


_BUILDERS = [
    ("dayrange", _b_dayrange),
    ("iso", _b_iso),
    ("numeric", _b_numeric),
    ("md", _b_md),
    ("dm", _b_dm),
    ("mrel", _b_mrel),
    ("my", _b_my),
    ("ym", _b_ym),
    ("years", _b_years),
    ("ymnum", _b_ymnum),
    ("quarter", _b_quarter),
    ("decade", _b_decade),
    ("weekday", _b_weekday),
    ("relday", _b_relday),
    ("ago", _b_ago),
    ("span", _b_span),
    ("relunit", _b_relunit),
    ("yearposs", _b_yearposs),
    ("todate", _b_todate),
    ("restof", _b_restof),
    ("season", _b_season),
    ("weeknum", _b_weeknum),
    ("month", _b_month),
    ("year", _b_year),
    ("yearwords", _b_yearwords),
    ("mdnum", _b_mdnum),
    ("day", _b_day),
]
_ORDER = {name: rank for rank, (name, _) in enumerate(_BUILDERS)}


_MONTH_WORD = rf"\b{_MON}"
#: Any word a day can be spelled with starts with one of these ("twenty-first", "fifth", "nine").
_DAY_WORD_START = "|".join(
    sorted(
        {
            w[:3]
            for w in (*T.ORDINAL_WORDS, *_ONES.split("|"), *_TEENS.split("|"), "twenty", "thirty")
        }
    )
)
#: A number ending, digit or ordinal suffix: what every day in these patterns ends with.
_DAY_END = r"(?:\d|st|nd|rd|th)"
#: _b_mdnum takes "4/22" alone, "-" after a preposition or weekday, "." after "on" or a weekday.
_MDNUM_TRIGGER = (
    r"\d/\d|\b(?:on|in|from|to|until|till|by|since|before|after|through|and|between)\s+\d{1,2}-\d"
    r"|\bon\s+\d{1,2}\.\d|(?:day|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\s+\d{1,2}[.-]\d"
)
#: Cheap searches that must all succeed before a pattern is worth running over the whole text:
#: each is implied by its pattern matching (or, for "day", by its builder accepting a match).
_TRIGGER_SOURCES = {
    name: trigger if isinstance(trigger, tuple) else (trigger,)
    for name, trigger in {
        "md": rf"{_MONTH_WORD}(?:\.\s*|\s*[-/]\s*|\s*,\s*|\s+|(?=\d))(?:the\s+)?"
        rf"(?:[0-3]?\d(?:st|nd|rd|th)?\b|{_DAY_WORD_START})",
        # (the month word trigger predates this one and "22april" has no word boundary: kept)
        "dm": (_MONTH_WORD, rf"{_DAY_END}(?:\s+of\s+|\s*[-.]\s*|\s*){_MON}\b"),
        # ("May2019" has no word boundary after the month; "market" has none after "mar")
        "my": _MONTH_WORD, "ym": rf"{_MONTH_WORD}\b",
        "mrel": rf"{_MONTH_WORD}\b", "month": rf"{_MONTH_WORD}\b",
        # (a first search that starts with a digit is fast: the engine skips to digits)
        "dayrange": (r"\d(?:st|nd|rd|th)?\s*(?:-|–|to|until|till|through|and)",
                     rf"(?<![\d.,]){_DAYNUM}\s*(?:-|–|to|until|till|through|and)\s*(?:the\s+)?"
                     rf"{_DAYNUM}\b"),
        "iso": r"\d{4}[-/.]", "numeric": r"\d[-/.]\d", "ymnum": r"\d\s?[-/]\s?\d",
        "years": r"\d\s*[-–—/~]\s*\d", "year": r"1[89]\d\d|20\d\d|2100|year\s+\d",
        "mdnum": (r"\d[/.-]\d", _MDNUM_TRIGGER),
        "weekday": rf"\b{_WD}", "relday": r"\b(?:to|yest|tmrw)",
        "relunit": r"week|month|year|decade|quarter|century",
        "yearposs": r"year's", "todate": r"to[\s-]date|YTD", "restof": r"rest\s+of",
        "ago": r"\b(?:ago|earlier|later|before|after|now|hence|future|from)\b",
        "span": r"\b(?:next|past|last|previous|coming|following)\b",
        "quarter": r"quarter|\bq[1-4]|[1-4]q\b", "season": r"spring|summer|autumn|fall|winter",
        # (the first search predates the second and misses "the 1970's": kept)
        "decade": (
            r"\ds\b|ties\b|noughties|tens\b|thousands\b",
            rf"\d0'?s\b|the\s(?:'?\d0'?s|(?:nineteen[\s-])?(?:{_alt(T.DECADE_WORDS)})|noughties|"
            r"two\s+thousands|(?:twenty|two\s+thousand\s+and)[\s-]tens)\b",
        ),
        "weeknum": r"\bweek\s+\d",
        "yearwords": r"\bin\s+(?:seventeen|eighteen|nineteen|twenty|two\s+thousand)",
        # _b_day wants "on"/"for"/"the" before the day and an end of clause after it,
        # or "this/next/last month" after it
        "day": rf"(?:\b(?:on|for)\s*(?:the\s+)?|the\s+)(?:\d{{1,2}}(?:st|nd|rd|th)?|{_ORDW})\b"
        r"(?=[.!?,;]|\s(?:[\s.!?,;]|\Z)|\Z)|(?:this|next|last)\s+month\b",
    }.items()
}  # fmt: skip


@functools.cache
def _triggers(name: str) -> tuple[re.Pattern, ...]:
    """Compiled on first use, like the patterns."""
    return tuple(map(_c, _TRIGGER_SOURCES[name]))


def _least(words) -> tuple[str, ...]:
    """Those of ``words`` that hold no other: a text holding any of ``words`` holds one of these."""
    words = set(words)
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


_DIGIT = re.compile(r"\d")
_ANY_DIGIT = ("digit",)  # stands for any decimal digit
_MONTHS = _least(T.MONTH_NUMBERS)
_UNITS = _least(T.UNITS)
_YEAR_WORDS = ("seventeen", "eighteen", "nineteen", "twenty", "two")
_RELATIVE = ("this", "next", "last", "past", "previous", "coming", "following", "current",
             "prior", "preceding", "upcoming")  # fmt: skip
#: What a block must hold before a pattern's trigger is searched in it: one word (casefolded)
#: of every group. Each group is implied by the pattern matching: a substring test costs next
#: to nothing, a regular expression tried at every position of the block does not.
_NEEDS: dict[str, tuple[tuple[str, ...], ...]] = {
    "dayrange": (_ANY_DIGIT,), "iso": (_ANY_DIGIT,), "numeric": (_ANY_DIGIT,),
    "md": (_MONTHS,), "dm": (_MONTHS,), "month": (_MONTHS,),
    "mrel": (_MONTHS, ("last", "this", "next"), ("year",)),
    "my": (_MONTHS, _ANY_DIGIT + _YEAR_WORDS),
    "ym": (_MONTHS, _ANY_DIGIT),
    "years": (_ANY_DIGIT,), "ymnum": (_ANY_DIGIT,), "mdnum": (_ANY_DIGIT,), "year": (_ANY_DIGIT,),
    "quarter": (("quarter", "q1", "q2", "q3", "q4", "1q", "2q", "3q", "4q"),),
    "decade": (("0s", "0's", "0’s", "ties", "tens", "thousands"),),
    "weekday": (_least(T.WEEKDAYS),),
    "relday": (("today", "tomorrow", "tmrw", "yesterday", "tonight"),),
    "ago": (_UNITS, ("ago", "earlier", "later", "before", "after", "now", "hence", "future",
                     "from")),
    "span": (_RELATIVE, _UNITS),
    "relunit": (_RELATIVE, ("week", "month", "year", "decade", "quarter", "century")),
    "yearposs": (("year's",),), "todate": (("date", "ytd"),), "restof": (("rest",),),
    "season": (("spring", "summer", "autumn", "fall", "winter"),),
    "weeknum": (("week",), _ANY_DIGIT),
    "yearwords": (_YEAR_WORDS,),
    "day": (_ANY_DIGIT + _least(T.ORDINAL_WORDS),),
}  # fmt: skip
#: Where blocks end: a date runs neither across a blank line nor into the next sentence.
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")
_SENTENCE_BREAK = re.compile(r"(?<=[a-z0-9%)][.!?])\s+(?=[A-Z])")


def _blocks(text: str) -> list[tuple[int, int]]:
    """Sentences, searched one at a time so that a pattern runs only where its words are."""
    cuts = {m.end() for m in _PARAGRAPH_BREAK.finditer(text)}
    cuts.update(m.end() for m in _SENTENCE_BREAK.finditer(text))
    starts = [0, *sorted(cuts)]
    return [(s, e) for s, e in zip(starts, [*starts[1:], len(text)], strict=True) if e > s]


_NEED_WORDS = tuple(
    sorted({w for groups in _NEEDS.values() for g in groups for w in g} - {"digit"})
)


def _words_in(text: str, start: int, end: int) -> frozenset[str]:
    """Which of the needed words (and "digit") the block holds."""
    present = set(filter(text[start:end].casefold().__contains__, _NEED_WORDS))
    if _DIGIT.search(text, start, end) is not None:
        present.add("digit")
    return frozenset(present)


@functools.lru_cache(maxsize=4096)
def _runnable(present: frozenset[str]) -> tuple[tuple[str, object], ...]:
    """The builders whose needs ``present`` meets (blocks hold few distinct sets of words)."""
    return tuple(
        (name, build)
        for name, build in _BUILDERS
        if all(not present.isdisjoint(group) for group in _NEEDS[name])
    )


def _candidates(text: str, ref: dt.date | None) -> list[_Hit]:
    return _without_overlaps(_hits(text, ref))


def _hits(text: str, ref: dt.date | None) -> list[tuple[_Hit, int]]:
    """Each pattern's hits with its rank; a pattern runs only in blocks where it can match."""
    hits = []
    for start, end in _blocks(text):
        found: dict[str, bool] = {}  # several patterns share a trigger: search it once
        for name, build in _runnable(_words_in(text, start, end)):
            if not all(_found(trigger, text, start, end, found) for trigger in _triggers(name)):
                continue
            for match in _pattern(name).finditer(text, start, end):
                hit = build(match, text, ref)
                if hit is not None and hit.end > hit.start:
                    hits.append((hit, _ORDER[name]))
    return hits


def _without_overlaps(hits: list[tuple[_Hit, int]]) -> list[_Hit]:
    """The longest hit wins where hits overlap, then the pattern ranked first."""
    ranked = sorted(hits, key=lambda h: (-(h[0].end - h[0].start), h[1], h[0].start))
    # 1 where a kept hit stands; hits are short, so this is linear
    taken = bytearray(max((hit.end for hit, _ in hits), default=0))
    kept: list[_Hit] = []
    for hit, _ in ranked:
        if taken.find(1, hit.start, hit.end) != -1:
            continue
        taken[hit.start : hit.end] = b"\x01" * (hit.end - hit.start)
        kept.append(hit)
    kept.sort(key=lambda h: h.start)
    return kept


def _found(trigger: re.Pattern, text: str, start: int, end: int, found: dict[str, bool]) -> bool:
    if trigger.pattern not in found:
        found[trigger.pattern] = trigger.search(text, start, end) is not None
    return found[trigger.pattern]


# ---------------------------------------------------------------- combining


_RANGE_GAP = re.compile(r"\s*(?:-|–|—|~|to|through|thru|till|until|up\s+to|and|,?\s*and)\s*", _I)
_WEEKDAY_ONLY = re.compile(rf"(?:(?:this|next|last)\s+)?{_WD}\.?", _I)
_WEEKDAY_GAP = re.compile(r"\s*[-,(]?\s*")
_RANGE_PRE = re.compile(r"\b(?P<w>from|between)\s+$", _I)
_OPEN_PRE = re.compile(
    r"\b(?P<w>up\s+until|up\s+till|up\s+to|until|till|through|by|before|prior\s+to|since|"
    r"after|later\s+than|earlier\s+than|no\s+later\s+than|starting(?:\s+(?:in|from|on))?|"
    r"beginning(?:\s+(?:in|on))?|from)\s+$",
    _I,
)
_ON_AFTER = re.compile(r"\s+(?:on(?:wards?)?|onwards?)\b", _I)
_FOR_DURATION = re.compile(
    rf"\bfor\s+(?:the\s+)?(?P<dur>{_NUMW})\s*(?P<unit>{_UNIT})\s*,?\s*$",
    _I,
)
_DURATION_FROM = re.compile(
    rf"\b(?:for\s+)?(?P<dur>{_NUMW})\s*(?P<unit>{_UNIT})\s*,?\s*"
    r"(?:from|starting(?:\s+(?:from|on))?|beginning(?:\s+on)?)\s+$",
    _I,
)
_WEEK_OF = re.compile(
    r"\b(?:(?:the\s+)?week\s+(?P<w>of|commencing|starting|beginning)(?:\s+on)?|w/c)\s+$", _I
)
_NTH_WEEK = re.compile(
    r"\b(?:the\s+)?(?P<o>first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)"
    r"\s+week\s+(?:of|in)\s+$",
    _I,
)
_OR_LATER = re.compile(r"\s+(?:or|and)\s+(?P<w>later|after|beyond|onwards?|earlier|before)\b", _I)
_EDGE = re.compile(
    r"\b(?P<e>early|late|mid|end\s+of|beginning\s+of|start\s+of|later)[\s-]*(?:the\s+)?$", _I
)
_OPEN_WORDS = {
    "up until": "end", "up till": "end", "up to": "end", "until": "end", "till": "end",
    "through": "end", "by": "end", "before": "before", "prior to": "before",
    "since": "start", "after": "after", "starting": "start", "starting in": "start",
    "starting from": "start", "starting on": "start", "beginning": "start",
    "beginning in": "start", "beginning on": "start", "from": "from", "later than": "after",
    "earlier than": "before", "no later than": "end",
}  # fmt: skip


def _with_year(hit: _Hit, year: int, ref_month_day: tuple[int, int]) -> _Hit:
    """A month or day lent the year of the range's other end ("from March to June 2022")."""
    month, day = hit.month_day
    if (month, day or 0) > ref_month_day:
        year -= 1
    if day is None:
        first, last = _month_span(year, month)
    else:
        first = last = _safe(year, month, day)
    return replace(hit, first=first, last=last, relative=False)


def _merge_ranges(text: str, hits: list[_Hit]) -> list[_Hit]:
    out: list[_Hit] = []
    i = 0
    while i < len(hits):
        a = hits[i]
        if i + 1 < len(hits) and a.kind == "date" and hits[i + 1].kind == "date":
            b = hits[i + 1]
            if _WEEKDAY_ONLY.fullmatch(text, a.start, a.end) and b.precision == "day":
                if _WEEKDAY_GAP.fullmatch(text, a.end, b.start):
                    end = b.end + (1 if text[b.end : b.end + 1] == ")" else 0)
                    out.append(replace(b, start=a.start, end=end))
                    i += 2
                    continue
            gap = text[a.end : b.start]
            joined = _RANGE_GAP.fullmatch(gap)
            pre = _RANGE_PRE.search(text[max(0, a.start - 12) : a.start])
            word = gap.strip().lower()
            is_and = word.endswith("and")
            increasing = not (a.first and b.last and b.last <= a.first)
            if re.match(r"(?:on|for)\s", text[b.start : b.end], _I):
                increasing = False  # "May 2, 2024 - On the 2nd": a dateline, then the story
            if joined and increasing and (not is_and or (pre and pre["w"].lower() == "between")):
                if a.month_day and b.first and not b.relative:
                    a = _with_year(a, b.first.year, (b.first.month, b.first.day))
                start = a.start - (len(pre.group(0)) if pre else 0)
                first, last = a.first, b.last
                if first and last and last < first:
                    first = last = None
                relative = a.relative or b.relative
                value_known = not (
                    (a.relative and a.first is None) or (b.relative and b.last is None)
                )
                precision = _coarser(a.precision, b.precision)
                out.append(
                    _Hit(
                        start,
                        b.end,
                        first if value_known else None,
                        last if value_known else None,
                        precision,
                        kind="period",
                        relative=relative,
                    )
                )
                i += 2
                continue
        out.append(a)
        i += 1
    return out


_PRECISIONS = ["day", "week", "month", "quarter", "season", "year", "decade", "century"]


def _coarser(a: str, b: str) -> str:
    rank = {p: i for i, p in enumerate(_PRECISIONS)}
    return a if rank.get(a, 0) >= rank.get(b, 0) else b


def _open_and_wrapped(text: str, hit: _Hit) -> _Hit:
    """Widen a date to what the words around it make of it: edges, weeks, open periods."""
    if hit.kind != "date":
        return hit
    hit = _edge(text, hit)
    before = text[max(0, hit.start - 40) : hit.start]
    week = _WEEK_OF.search(before)
    if week and hit.precision == "day" and hit.first:
        first = hit.first
        if (week["w"] or "").lower() == "of":
            first -= dt.timedelta(days=hit.first.weekday())
        return replace(
            hit, start=hit.start - len(week.group(0)), first=first,
            last=first + dt.timedelta(days=6), precision="week", kind="period",
        )  # fmt: skip
    nth = _NTH_WEEK.search(before)
    if nth and hit.precision in ("month", "year") and hit.first:
        k = T.QUARTER_WORDS.get(nth["o"].lower()) or _number(nth["o"])
        if nth["o"].lower() in ("last", "final"):
            first = hit.last - dt.timedelta(days=6)
        else:
            first = hit.first + dt.timedelta(weeks=k - 1)
        return replace(
            hit, start=hit.start - len(nth.group(0)), first=first,
            last=min(first + dt.timedelta(days=6), hit.last), precision="week",
        )  # fmt: skip
    duration = _DURATION_FROM.search(before)
    if duration and hit.first:
        n = _count(duration["dur"])
        if n:
            unit = T.UNITS[duration["unit"].lower()]
            last = _shift(hit.first, n, unit) - dt.timedelta(days=1)
            return replace(
                hit, start=hit.start - len(duration.group(0)), last=last, kind="period",
                extra=hit.extra + (("duration", f"{duration['dur']} {duration['unit']}"),),
            )  # fmt: skip
    later = _OR_LATER.match(text, hit.end)
    if later:
        if later["w"].lower() in ("earlier", "before"):
            return replace(hit, end=later.end(), first=None, kind="period", open_start=True)
        return replace(hit, end=later.end(), last=None, kind="period", open_end=True)
    opened = _OPEN_PRE.search(before)
    if not opened:
        return hit
    how = _OPEN_WORDS[re.sub(r"\s+", " ", opened["w"].lower())]
    after = _ON_AFTER.match(text, hit.end)
    if how == "from" and not after:
        return hit
    start = hit.start - len(opened.group(0))
    if how in ("start", "from", "after"):
        end = after.end() if how == "from" and after else hit.end
        first = hit.first if how != "after" else (hit.last and hit.last + dt.timedelta(days=1))
        return replace(
            hit, start=start, end=end, first=first, last=None, kind="period", open_end=True
        )
    last = hit.last if how == "end" else (hit.first and hit.first - dt.timedelta(days=1))
    widened = replace(hit, start=start, first=None, last=last, kind="period", open_start=True)
    lead = _FOR_DURATION.search(text[max(0, start - 40) : start])
    if lead:
        n = _count(lead["dur"])
        unit = T.UNITS[lead["unit"].lower()]
        first = None
        if n and hit.last and unit in ("year", "decade") and hit.precision == "year":
            # "for a decade up to 2018": counted in calendar years, 2008..2018
            first = dt.date(hit.last.year - n * (10 if unit == "decade" else 1), 1, 1)
        elif n and hit.last:
            first = _shift(hit.last, -n, unit) + dt.timedelta(days=1)
        widened = replace(
            widened, start=start - len(lead.group(0)), first=first, open_start=first is None,
            extra=hit.extra + (("duration", f"{lead['dur']} {lead['unit']}"),),
        )  # fmt: skip
    return widened


def _edge(text: str, hit: _Hit) -> _Hit:
    """ "early 2019", "mid-November", "end of March": the same interval, the part noted."""
    edge = _EDGE.search(text[max(0, hit.start - 20) : hit.start])
    if not edge:
        return hit
    return replace(
        hit, start=hit.start - len(edge.group(0)),
        extra=hit.extra + (("part", re.sub(r"\s+", " ", edge["e"].lower())),),
    )  # fmt: skip


_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def _anchor(text: str, hit: _Hit, hits: list[_Hit], starts: list[int]) -> tuple:
    """For "a year earlier": the sentence's explicit date before it and the value from it."""
    if not hit.relative or hit.kind != "date":
        return ()
    words = text[hit.start : hit.end].lower()
    match = re.search(r"(earlier|ago|before|previous|prior|later|after|following)", words)
    if not match:
        return ()
    sentence_start = 0
    for end in _SENTENCE_END.finditer(text, max(0, hit.start - 400), hit.start):
        sentence_start = end.end()
    low = bisect.bisect_left(starts, sentence_start)
    high = bisect.bisect_left(starts, hit.start)
    anchors = [h for h in hits[low:high] if not h.relative and h.first]
    if not anchors:
        return ()
    anchor = anchors[-1]
    step = 1 if match.group(1) in ("later", "after", "following") else -1
    parts = _durations(words) or [(1, "year")]
    if any(n is None for n, _ in parts):
        return ()
    first, last = anchor.first, anchor.last
    for n, unit in parts:
        first, last = _shift(first, step * n, unit), _shift(last, step * n, unit)
    if anchor.precision == "year" or parts[0][1] in ("year", "decade"):
        first, last = dt.date(first.year, 1, 1), dt.date(first.year, 12, 31)
    return (
        ("reference", "publication"),
        ("anchor", text[anchor.start : anchor.end]),
        ("anchored_value", (first.isoformat(), last.isoformat())),
    )


def _drop_covered(hits: list[_Hit]) -> list[_Hit]:
    """Widened hits swallow the words before them: drop what they now cover."""
    kept: list[_Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        if kept and hit.start < kept[-1].end:
            continue
        kept.append(hit)
    return kept


def find(text: str, published: dt.date | None = None) -> Iterator[Figure]:
    """Every date and period in ``text``, resolved against ``published`` where relative."""
    ref = published.date() if isinstance(published, dt.datetime) else published
    hits = _candidates(text, ref)
    hits = _merge_ranges(text, hits)
    hits = _drop_covered([_open_and_wrapped(text, h) for h in hits])
    starts = [h.start for h in hits]
    for hit in hits:
        first = hit.first.isoformat() if hit.first else None
        last = hit.last.isoformat() if hit.last else None
        unresolved = first is None and last is None
        value = None if unresolved else (first, last)
        extra = hit.extra + _anchor(text, hit, hits, starts)
        yield Figure(
            kind=hit.kind,
            start=hit.start,
            end=hit.end,
            text=text[hit.start : hit.end],
            value=value,
            precision=hit.precision,
            relative=hit.relative,
            open_start=hit.open_start,
            open_end=hit.open_end,
            extra=extra,
        )
