"""Dates counted from the publication date: "last year", "in October", "on Thursday", "two
years ago", "the past 12 months", "the 5th".

Without a publication date each keeps its precision and ``value=None``. Conventions:
a month without a year is the most recent such month not after publication, a weekday
the most recent such day on or before it; "next Friday" is the first Friday after,
"last Friday" the last before; "the past decade" is the ten years to publication, like
"the past 10 years", while "last year" is the calendar year before.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from figcheck.extractors.dates import days
from figcheck.extractors.dates import tables as T
from figcheck.extractors.dates import words as W
from figcheck.extractors.dates.form import DIGIT, Form, hit
from figcheck.text import led

_MON, _WD = W.MON, W.WD


def _b_mrel(m, text, ref):
    if ref is None:
        return hit(m, None, None, "month", relative=True)
    year = ref.year + T.RELATIVE_STEP[m["rel"].lower()]
    first, last = days.month_span(year, W.month_of(m["mon"]))
    return hit(m, first, last, "month", relative=True)


#: Before these a capitalised "May", "March" or "Mar" alone is a month ("in May", "since March").
_STRONG_BEFORE = {"in", "since", "until", "by", "during", "early", "late", "mid", "last", "next"}
#: Before a capitalised word, "May" is a name ("May Day", "Theresa May Tuesday") unless after these.
_MAY_NAME_BEFORE = {
    "in", "of", "since", "until", "by", "during", "this", "last", "next", "early", "late", "mid",
}  # fmt: skip
#: Lower-case "may" is nearly always the verb: a month only before one of these.
_MAY_AFTER = ("", ".", ",", "of", "to", "and", "through")


#: A month joined to another by a dash or slash: one end of a range ("January-March",
#: "Oct.-Dec.", "Jan/Feb"), a month whatever the words around it.
_JOINED_BEFORE = re.compile(rf"\b{_MON}\.?\s?[-–/]\s?$", re.I)
_JOINED_AFTER = re.compile(rf"\.?\s?[-–/]\s?{_MON}\b", re.I)


def _joined_month(m, text) -> bool:
    """ "January-March": each end is a month; "Mar-a-Lago" or "mid-March" join no month."""
    start = m.start("mon")
    return bool(
        _JOINED_BEFORE.search(text, max(0, start - 12), start)
        or _JOINED_AFTER.match(text, m.end("mon"))
    )


#: "a May-December romance": a dashed month pair between an article and a noun.
_IDIOM_PAIR = re.compile(
    rf"\b(?:a|an)\s+{_MON}\s?[-–]\s?{_MON}\s+(?P<noun>[a-z]+)\b", re.I
)


def _idiom_pair(m, text) -> bool:
    """ "a May-December romance" names an age gap, not the months from May to December."""
    start = m.start("mon")
    for found in _IDIOM_PAIR.finditer(text, max(0, start - 20), min(len(text), m.end() + 40)):
        if found.start() <= start < found.start("noun"):
            return found["noun"].lower() in T.MONTH_PAIR_IDIOM_NOUNS
    return False


def _month_alone_ok(m, text) -> bool:
    """Whether a month name with no day or year is a month, not a verb, a name or a word."""
    word = m["mon"]
    low = word.lower()
    if _idiom_pair(m, text):
        return False
    if word != "may" and _joined_month(m, text):
        return True
    prev = W.prev_word(text, m.start())
    context = bool(m["pre"]) or prev in T.DATE_CONTEXT
    nxt = W.next_word(text, m.end())
    if low == "may" and word == "may":
        return prev in T.DATE_CONTEXT and nxt.lower() in _MAY_AFTER
    if low in ("may", "march", "mar"):
        if word[0].isupper() and prev in _STRONG_BEFORE:
            return True
        name = nxt[:1].isupper() and low == "may" and prev not in _MAY_NAME_BEFORE
        return context and nxt.lower() not in T.VERB_AFTER and not name
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
    month = W.month_of(m["mon"])
    pre = (m["pre"] or "").lower()
    if ref is None:
        return hit(m, None, None, "month", relative=True, month_day=(month, None))
    if pre in ("next", "coming"):
        year = ref.year if month > ref.month else ref.year + 1
    elif pre in ("last", "past", "previous"):
        year = ref.year if month < ref.month else ref.year - 1
    elif pre == "this":
        year = ref.year
    else:
        year = days.recent_month(month, ref)
    first, last = days.month_span(year, month)
    return hit(m, first, last, "month", relative=True, month_day=(month, None))


def _b_weekday(m, text, ref):
    found = _b_weekday_value(m, text, ref)
    if found and found.end == m.end("wd") + 1 and m["wd"].lower().endswith("day"):
        found = replace(found, end=m.end("wd"))  # a full stop after "Friday" ends the sentence
    return found


def _weekday_alone_ok(m, text) -> bool:
    """ "sat", "sun", "wed" are words; "The Sunday Times" a name: weekdays need context."""
    word = m["wd"].lower()
    if word in T.SHORT_WEEKDAYS:
        prev = W.prev_word(text, m.start())
        if not (m["pre"] or m["post"] or prev in ("on", "this", "next", "last", "every")):
            return False
        if word in ("sat", "sun", "wed", "mon") and not m["pre"] and prev != "on":
            return False
    if m["day"] and W.number(m["day"]) is None:
        return False
    following = W.next_word(text, m.end())
    return not (
        not (m["pre"] or m["post"] or m["day"])
        and following[:1].isupper()
        and following.lower() not in T.MONTH_NUMBERS
        and W.prev_word(text, m.start()) not in ("on", "by", "until", "since", "from", "and")
    )


def _b_weekday_value(m, text, ref):
    if not _weekday_alone_ok(m, text):
        return None
    if ref is None:
        return hit(m, None, None, "day", relative=True)
    target = T.WEEKDAYS[m["wd"].lower()]
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
    return hit(m, date, date, "day", relative=True)


#: A capitalised word just before (not ending a sentence): "Russia Today", "USA Today".
_NAME_BEFORE = re.compile(r"(?<![.!?:])\b[A-Z][\w&.-]*[^\S\n]+$")


def _b_relday(m, text, ref):
    if m["w"][:1].isupper() and not m["ba"] and _NAME_BEFORE.search(text[: m.start()][-30:]):
        return None  # "Russia Today", "USA Today": a title, not the day
    if ref is None:
        return hit(m, None, None, "day", relative=True)
    offset = {"today": 0, "tonight": 0, "tomorrow": 1, "tmrw": 1, "yesterday": -1}[m["w"].lower()]
    if m["ba"]:
        offset += -1 if m["ba"].lower() == "before" else 1
    date = ref + dt.timedelta(days=offset)
    return hit(m, date, date, "day", relative=True)


#: Units that "the last" counts back from publication, as "the past" does.
ROLLING_AFTER_THE_LAST = ("week", "month", "year")
_OF_AFTER = re.compile(r"\s+of\b", re.I)


def _b_relunit(m, text, ref):
    if re.match(r"\s+(?:of|in)\s", text[m.end() : m.end() + 5]) and m["unit"].lower() == "week":
        return None  # "the last week of July" is read by the week wrapper
    unit = m["unit"].lower()
    step = T.RELATIVE_STEP[m["rel"].lower()]
    if m.group(0).lower().endswith("after next"):
        step = 2
    # "the past decade" is the ten years to publication, like "the past 10 years";
    # "last year" is the calendar year before, but "in the last year" the twelve months
    # to publication, as "the past year" ("the last quarter" and "the last financial
    # year" are the ones reported last).
    rel = m["rel"].lower()
    the_last = rel == "last" and m.group(0).lower().startswith("the") and not m["fiscal"]
    if the_last and unit in ROLLING_AFTER_THE_LAST and _OF_AFTER.match(text, m.end()):
        return None  # "the last year of his term": the final one, of no calendar
    rolling = rel == "past" or (rel == "last" and unit == "decade")
    rolling = rolling or (the_last and unit in ROLLING_AFTER_THE_LAST)
    extra = (("fiscal", "approximated by the calendar"),) if m["fiscal"] else ()
    if rolling and unit in ("week", "month", "quarter", "year", "decade", "century"):
        if ref is None:
            return hit(m, None, None, "day", kind="period", relative=True)
        n = 100 if unit == "century" else 1
        first = days.shift(ref, -n, "year" if unit == "century" else unit) + dt.timedelta(days=1)
        return hit(m, first, ref, "day", kind="period", relative=True, extra=extra)
    if ref is None:
        precision = unit if unit != "weekend" else "day"
        return hit(m, None, None, precision, relative=True, extra=extra)
    first, last, precision = days.unit_span(unit, step, ref)
    return hit(m, first, last, precision, relative=True, extra=extra)


def _b_yearposs(m, text, ref):
    if ref is None:
        return hit(m, None, None, "year", relative=True)
    first, last = days.year_span(ref.year)
    return hit(m, first, last, "year", relative=True)


def _b_todate(m, text, ref):
    unit = (m["unit"] or "year").lower()
    if ref is None:
        return hit(m, None, None, "day", kind="period", relative=True)
    first = ref.replace(month=1, day=1) if unit == "year" else ref.replace(day=1)
    return hit(m, first, ref, "day", kind="period", relative=True)


def _b_restof(m, text, ref):
    if ref is None:
        return hit(m, None, None, "day", kind="period", relative=True)
    _, last, _ = days.unit_span(m["unit"].lower(), 0, ref)
    return hit(m, ref, last, "day", kind="period", relative=True)


#: What may follow "a year before" inside a sentence for it to mean "a year earlier": the
#: end of its clause ("from 4% the month before.", "a year before, and"), not the event it
#: counts from ("two days before the vote", which is not the publication's or the
#: sentence's date).
#: "the month before": one unit, counted as "a month before".
_THE_UNIT = re.compile(r"the\s+(?P<u>day|week|month|quarter|year)", re.I)
_CLAUSE_GOES_ON = re.compile(r"\s*(?:[.,;:!?)\]\"”]|$|\b(?:and|but|while|whereas|when)\b)")


def _b_ago(m, text, ref):
    direction = re.sub(r"\s+", " ", m["dir"].lower())
    anchor = (m["anchor"] or "").lower()
    if direction == "from now":
        direction, anchor = "hence", "now"
    told_alone = (
        direction in ("before", "after")
        and _CLAUSE_GOES_ON.match(text, m.end())
        and text[: m.start()].rstrip()[-1:] not in ("", ".", "!", "?")
    )  # (opening a sentence, "The day before," counts from an event the story told)
    if direction in ("before", "after", "from") and not anchor and not told_alone:
        return None
    step = 1 if direction in ("later", "after", "from", "hence", "in", "in the future") else -1
    the_unit = _THE_UNIT.fullmatch(m["dur"].strip())
    parts = [(1, T.UNITS[the_unit["u"].lower()])] if the_unit else W.durations(m["dur"])
    if not parts or any(n is None for n, _ in parts):
        return None
    extra = (("duration", m["dur"].strip()),)
    if ref is None:
        unit = parts[0][1] if len(parts) == 1 else "day"
        precision = unit if unit in ("year", "month") else "day"
        return hit(m, None, None, precision, relative=True, extra=extra)
    date = ref + dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get(anchor, 0))
    for n, unit in parts:
        date = days.shift(date, step * n, unit)
    coarsest = parts[0][1]
    if len(parts) == 1 and coarsest == "year":
        first, last = days.year_span(date.year)
        return hit(m, first, last, "year", relative=True, extra=extra)
    if len(parts) == 1 and coarsest == "month":
        first, last = days.month_span(date.year, date.month)
        return hit(m, first, last, "month", relative=True, extra=extra)
    return hit(m, date, date, "day", relative=True, extra=extra)


def _b_span(m, text, ref):
    n = W.count(m["dur"])
    unit = T.UNITS[m["unit"].lower()]
    extra = (("duration", f"{m['dur']} {m['unit']}"),)
    if ref is None or n is None:
        return hit(m, None, None, "day", kind="period", relative=True, extra=extra)
    if m["rel"].lower() in ("next", "coming", "following"):
        first = ref + dt.timedelta(days=1)
        last = days.shift(ref, n, unit)
    else:
        first = days.shift(ref, -n, unit) + dt.timedelta(days=1)
        last = ref
    return hit(m, first, last, "day", kind="period", relative=True, extra=extra)


def week_number_hit(m, text, ref):
    """ "week 31" in any language: that ISO week of the publication's year (the number in ``n``)."""
    if ref is None:
        return hit(m, None, None, "week", relative=True)
    try:
        monday = dt.date.fromisocalendar(ref.year, int(m["n"]), 1)
    except ValueError:
        return None
    return hit(m, monday, monday + dt.timedelta(days=6), "week", relative=True)


def _day_alone_ok(m, text) -> bool:
    """A bare day ("on the 5th.") needs "on"/"for"/"the" before it and a clause end after."""
    has_the = "the" in m.group(0).lower().split()
    if m["day"].isdigit() and not (m["pre"] and (has_the or m["pre"].lower() == "on")):
        return False
    if not (m["pre"] or m.group(0).lower().lstrip().startswith("the")):
        return False
    after = text[m.end() : m.end() + 2]
    return not (
        after.strip()[:1] not in ("", ".", "!", "?", ",", ";")
        or after.startswith(".")
        and after[1:2].isdigit()
    )


def _b_day(m, text, ref):
    day = W.number(m["day"])
    if day is None or not 1 <= day <= 31:
        return None
    rel = m["rel"]
    if not rel and not _day_alone_ok(m, text):
        return None
    if ref is None:
        return hit(m, None, None, "day", relative=True)
    if rel:
        base = days.add_months(ref.replace(day=1), T.RELATIVE_STEP[rel.lower()])
    else:
        base = ref if day <= ref.day else days.add_months(ref.replace(day=1), -1)
    date = days.safe(base.year, base.month, day)
    return date and hit(m, date, date, "day", relative=True)


FORMS = (
    Form(
        "mrel",
        rf"\b(?P<mon>{_MON})\.?\s+(?:of\s+)?(?P<rel>last|this|next)\s+year\b",
        needs=(W.MONTH_NEEDS, ("last", "this", "next"), ("year",)),
        trigger=(rf"{W.MONTH_WORD}\b",),
        build=_b_mrel,
        rank=50,
        examples=("exports in October last year.", "March of next year"),
    ),
    Form(
        "weekday",
        rf"(?:\b(?P<pre>this|next|last|past|previous|coming)(?P<wk>\s+week(?:\s+on)?)?\s+)?"
        rf"\b(?P<wd>{_WD})\b\.?(?:\s+(?:of\s+)?(?P<post>this|next|last)\s+week\b)?"
        rf"(?:\s+the\s+(?P<day>{W.DAYNUM}|{W.ORDW}|{W.CARDDAY})\b)?",
        needs=(W.least(T.WEEKDAYS),),
        trigger=(rf"\b{_WD}",),
        build=_b_weekday,
        rank=120,
        lead="cflmnpstw",
        examples=("on Thursday", "next Sunday", "Friday of last week", "Monday the 4th", "on Sat"),
    ),
    Form(
        "relday",
        r"\b(?:the\s+day\s+(?P<ba>before|after)\s+)?(?P<w>today|tomorrow|tmrw|yesterday|tonight)\b",
        needs=(("today", "tomorrow", "tmrw", "yesterday", "tonight"),),
        trigger=(r"\b(?:to|yest|tmrw)",),
        build=_b_relday,
        rank=130,
        examples=("yesterday", "the day after tomorrow", "Tonight it"),
    ),
    Form(
        "ago",
        rf"\b(?P<dur>(?:{W.NUMW}\s*{W.UNIT}\b\s*,?\s*(?:and\s+)?)+?"
        r"|the\s+(?:day|week|month|quarter|year)\s+(?=before\b|after\b))"
        r"(?P<dir>ago|earlier|later|before|after|from\s+now|hence|in\s+the\s+future|from)"
        r"(?:\s+(?P<anchor>today|yesterday|tomorrow|now)\b)?",
        needs=(
            W.UNIT_NEEDS,
            ("ago", "earlier", "later", "before", "after", "now", "hence", "future", "from"),
        ),
        trigger=(r"\b(?:ago|earlier|later|before|after|now|hence|future|from)\b",),
        build=_b_ago,
        rank=140,
        lead=r"\dacefnost",
        examples=(
            "two years ago", "three days later", "a week from now", "2 days before today",
            "from 6.4% the month before.", "4% a year before, and",
        ),
    ),  # fmt: skip
    Form(
        "span",
        rf"\b(?:the\s+)?(?P<rel>next|past|last|previous|coming|following)\s+"
        rf"(?P<dur>{W.NUMW})\s*(?P<unit>{W.UNIT})\b",
        needs=(W.RELATIVE_NEEDS, W.UNIT_NEEDS),
        trigger=(r"\b(?:next|past|last|previous|coming|following)\b",),
        build=_b_span,
        rank=150,
        lead="cflnpt",
        examples=("over the past 12 months", "the next few weeks", "in the last two years"),
    ),
    Form(
        "relunit",
        r"\b(?:the\s+)?(?P<rel>this|current|last|past|previous|prior|preceding|next|coming|"
        r"upcoming|following)\s+(?P<fiscal>(?:financial|fiscal)\s+)?"
        r"(?P<unit>weekend|week|month|year|decade|quarter|century)\b"
        r"(?:'s)?(?:\s+after\s+next)?",
        needs=(W.RELATIVE_NEEDS, ("week", "month", "year", "decade", "quarter", "century")),
        trigger=(r"week|month|year|decade|quarter|century",),
        build=_b_relunit,
        rank=160,
        lead="cflnptu",
        examples=("Last year, one government", "the past decade", "next week", "this weekend"),
    ),
    Form(
        "yearposs",
        r"\b(?:of\s+)?the\s+year's",
        needs=(("year's",),),
        trigger=(r"year's",),
        build=_b_yearposs,
        rank=170,
        examples=("only eight of the year's candidates", "The year's budget"),
    ),
    Form(
        "todate",
        r"\b(?P<unit>year|month)[\s-]to[\s-]date\b|\bYTD\b",
        needs=(("date", "ytd"),),
        trigger=(r"to[\s-]date|YTD",),
        build=_b_todate,
        rank=180,
        examples=("year to date", "month-to-date sales", "YTD"),
    ),
    Form(
        "restof",
        r"\b(?:the\s+)?rest\s+of\s+(?:the|this|my)\s+(?P<unit>week|month|year)\b",
        needs=(("rest",),),
        trigger=(r"rest\s+of",),
        build=_b_restof,
        rank=190,
        examples=("for the rest of the year", "rest of this week"),
    ),
    Form(
        "weeknum",
        r"\bweek\s+(?P<n>[1-9]|[1-4]\d|5[0-3])\b(?![\d.,])",
        needs=(("week",), (DIGIT,)),
        trigger=(r"\bweek\s+\d",),
        build=week_number_hit,
        rank=210,
        examples=("in week 31", "week 52"),
    ),
    Form(
        "month",
        rf"(?:(?P<pre>(?:the\s+)?month\s+of|this|next|last|past|coming|previous)\s+)?"
        rf"\b(?P<mon>{_MON})\b(?P<dot>\.)?",
        needs=(W.MONTH_NEEDS,),
        trigger=(rf"{W.MONTH_WORD}\b",),
        build=_b_month,
        rank=220,
        lead="acdfjlmnopst",
        examples=("in October restrict", "next June", "since March", "in Sept."),
    ),
    Form(
        "day",
        rf"\b(?P<pre>on|for)?\s*(?:the\s+)?(?<![\d.,])(?P<day>\d{{1,2}}(?:st|nd|rd|th)?|{W.ORDW})\b"
        r"(?:\s+(?:of\s+)?(?P<rel>this|next|last)\s+month\b)?",
        needs=((DIGIT, *W.least(T.ORDINAL_WORDS)),),
        # the builder wants "on"/"for"/"the" before the day and an end of clause after it,
        # or "this/next/last month" after it
        trigger=(
            led(
                "flnot",
                rf"(?:\b(?:on|for)\s*(?:the\s+)?|the\s+)(?:\d{{1,2}}(?:st|nd|rd|th)?|{W.ORDW})\b"
                r"(?=[.!?,;]|\s(?:[\s.!?,;]|\Z)|\Z)|(?:this|next|last)\s+month\b",
            ),
        ),
        build=_b_day,
        rank=260,
        examples=("on the 5th.", "May 2, 2024 - On the 2nd", "the 20th of next month"),
    ),
)
