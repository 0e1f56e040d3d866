"""Dates written out on the calendar: "24 August 2023", "2023-08-24", "Aug. 24", "May 2020", "2019".

A day or month without a year ("Aug. 24", "4/22") is the most recent such day not
after publication, and is marked relative.
"""

from __future__ import annotations

import re
from dataclasses import replace

from figcheck.extractors.dates import days
from figcheck.extractors.dates import tables as T
from figcheck.extractors.dates import words as W
from figcheck.extractors.dates.form import DIGIT, Form, day_hit, hit
from figcheck.text import led

_MON, _WD, _YEARW, _DAYNUM = W.MON, W.WD, W.YEARW, W.DAYNUM
#: Any word a day can be spelled with starts with one of these ("twenty-first", "fifth", "nine").
_DAY_WORD_START = "|".join(
    sorted(
        {
            w[:3]
            for w in (*T.ORDINAL_WORDS, *W.ONES.split("|"), *W.TEENS.split("|"), "twenty", "thirty")
        }
    )
)
#: A number ending, digit or ordinal suffix: what every day in these patterns ends with.
_DAY_END = r"(?:\d|st|nd|rd|th)"


def _b_iso(m, text, ref):
    month = m["m"]
    month = int(month) if month.isdigit() else W.month_of(month)
    return day_hit(m, int(m["y"]), month, int(m["d"]), ref)


def _b_numeric(m, text, ref):
    raw = m["y"] or m["y4"]
    a, b, year = int(m["a"]), int(m["b"]), int(raw)
    if len(raw) == 2:
        year = 2000 + year if year < 50 else 1900 + year
    month, day = (b, a) if a > 12 else (a, b)
    if month > 12:
        return None
    return day_hit(m, year, month, day, ref)


def _b_md(m, text, ref):
    month = W.month_of(m["mon"])
    day = W.number(m["day"])
    if m["y"] and W.year_value(m["y"]) is None:
        return None
    year = W.year_value(m["y"]) if m["y"] else None
    if day is None or day > 31:
        raw = m["day"]
        if raw.isdigit() and len(raw) == 2 and not m["y"]:
            year = W.year_value("'" + raw)
            first, last = days.month_span(year, month)
            return hit(m, first, last, "month")
        return None
    if m["day"].isdigit() and m["mon"].lower() in ("may", "march") and not m["wd"]:
        # "may 5 people" is no date: a lower-case "may"/"march" needs capitals or a year.
        if not m["mon"][0].isupper() and not m["y"]:
            return None
    if m["rel"] and ref is None:
        return hit(m, None, None, "day", relative=True)
    return day_hit(m, year, month, day, ref)


def _b_dm(m, text, ref):
    month = W.month_of(m["mon"])
    day = W.number(m["day"])
    if day is None or day > 31:
        return None
    word = m["mon"].lower()
    if word in ("may", "march") and not m["y"] and not m["mon"][0].isupper():
        if W.next_word(text, m.end()).lower() in T.VERB_AFTER:
            return None
    year = W.year_value(m["y"]) if m["y"] else None
    return day_hit(m, year, month, day, ref)


def _b_my(m, text, ref):
    year = W.year_value(m["y"])
    if year is None or not 1000 <= year <= 2999:
        return None
    first, last = days.month_span(year, W.month_of(m["mon"]))
    return hit(m, first, last, "month")


def _b_ym(m, text, ref):
    if m["mon"].lower() in ("may", "march", "mar"):
        return None  # "in 2016 May said": a name or a verb more often than a month
    first, last = days.month_span(int(m["y"]), W.month_of(m["mon"]))
    return hit(m, first, last, "month")


def _b_ymnum(m, text, ref):
    year = int(m["y"] or m["y2"])
    month = int(m["m"] or m["m2"])
    if m["y"] and m["s"] == "-" and len(m["m"]) == 2 and month > 12:
        return None  # "2019-20" is a range of years
    if not 1 <= month <= 12:
        return None
    first, last = days.month_span(year, month)
    return hit(m, first, last, "month")


#: After these a 4-digit number is a year even before a plural ("by 2030 emissions fall").
_YEAR_PREPOSITIONS = {"in", "since", "until", "till", "by", "before", "after", "during", "from"}


#: "In" opening a sentence, right before the number.
_OPENING_IN = re.compile(r"(?:^|[.!?][\"”’)]?\s+|\n\s*)In\s+$")


def _counted(m, text) -> bool:
    """ "more than 2000", "2019 applicants", "a total of 2000", "won by 1999 votes": a count,
    not a year. "In 2019 people moved" opens with the year: the noun starts the clause."""
    prev = W.prev_word(text, m.start())
    if prev == "of":
        if W.counted_after_of(text, m.start()):
            return True
    elif prev in T.COUNT_BEFORE and not m["part"]:
        return True
    nxt = W.next_word(text, m.end())
    low = nxt.lower()
    before = text[max(0, m.start() - 12) : m.start()]
    if W.margin_by(text, m.start(), nxt):
        return True
    if low in T.CLAUSE_OPENERS and not m["part"] and _OPENING_IN.search(before):
        return False
    if low in T.COUNT_AFTER or nxt in ("%", "+"):
        return True
    if low in T.YEAR_NOUNS:
        return False  # "scraps 2030 games", "the 2024 elections"
    return (
        prev not in _YEAR_PREPOSITIONS
        and nxt.isalpha()
        and nxt.islower()
        and len(low) > 3
        and low.endswith("s")
        and not low.endswith("ss")
        and low not in T.NOT_PLURAL
    )


def _b_year(m, text, ref):
    if m["y2"]:
        year = int(m["y2"])
        span = days.year_span(year) if year else None
        return span and hit(m, *span, "year")
    year = int(m["y"])
    start = m.start("y")
    if start and text[start - 1] == "-" and not m["part"]:
        return None
    if _counted(m, text):
        return None
    first, last = days.year_span(year)
    extra = (("part", m["part"].lower()),) if m["part"] else ()
    return hit(m, first, last, "year", extra=extra)


def _b_yearwords(m, text, ref):
    year = W.year_value(m["y"])
    if year is None or not 1000 <= year <= 2999:
        return None
    if year % 100 == 0 and m["y"].lower().startswith("two thousand") and year == 2000:
        return None  # "in two thousand" is more often a count
    first, last = days.year_span(year)
    return hit(m, first, last, "year")


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
    if W.next_word(text, m.end()).lower() in ("of", "percent", "%"):
        return None
    month, day = (b, a) if a > 12 else (a, b)
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        return None
    found = day_hit(m, None, month, day, ref)
    if found and m["pre"]:
        found = replace(found, start=m.start("a"))
    return found


FORMS = (
    Form(
        "iso",
        rf"(?<![\d/.-])(?P<y>\d{{4}})(?P<s>[-/.])(?P<m>\d{{1,2}}|{_MON})(?P=s)(?P<d>\d{{1,2}})"
        r"(?![\d/-]|\.\d)",
        needs=((DIGIT,),),
        trigger=(r"\d{4}[-/.]",),
        build=_b_iso,
        rank=10,
        examples=("Dated 2023-08-24.", "filed 2019/Mar/05", "on 2021.11.30 it"),
    ),
    Form(
        "numeric",
        r"(?<![\d/.-])(?P<a>\d{1,2})(?P<s>[-/.])(?P<b>\d{1,2})(?:(?P=s)(?P<y>\d{4}|\d{2})"
        r"|,\s?(?P<y4>\d{4}))(?![\d%]|[-/.]\d)",
        needs=((DIGIT,),),
        trigger=(r"\d[-/.]\d",),
        build=_b_numeric,
        rank=20,
        examples=("Dated 08/24/2023.", "on 24.08.23 at", "by 11/12, 2016"),
    ),
    Form(
        "md",
        rf"(?:(?P<wd>{_WD})\.?,?\s+(?:(?P<rel>this|next|last)\s+)?)?"
        rf"\b(?P<mon>{_MON})(?:\.\s*|\s*[-/]\s*|\s*,\s*|\s+|(?=\d))(?:the\s+)?"
        rf"(?P<day>{_DAYNUM}|{W.ORDW}|{W.CARDDAY})\b(?![%:]|\.\d|,(?!\s*\d{{4}}\b)\d)"
        rf"(?:(?:\s*,\s*|\s+of\s+|\s+)(?P<y>\d{{4}}\b|{_YEARW}\b|'\d\d\b))?",
        needs=(W.MONTH_NEEDS,),
        trigger=(
            rf"{W.MONTH_WORD}(?:\.\s*|\s*[-/]\s*|\s*,\s*|\s+|(?=\d))(?:the\s+)?"
            rf"(?:[0-3]?\d(?:st|nd|rd|th)?\b|{_DAY_WORD_START})",
        ),
        build=_b_md,
        rank=30,
        lead="adfjmnostw",
        examples=(
            "On August 24, 2023, it",
            "Thursday, Aug. 24 2023",
            "Sept the fifth",
            "May twenty-first, nineteen ninety-nine",
            "Jan 1-",
        ),
    ),
    Form(
        "dm",
        rf"(?:(?P<wd>{_WD})\.?,?\s+)?(?<![\d.,])(?:the\s+)?(?P<day>{_DAYNUM}|{W.ORDW})"
        rf"(?:\s+of\s+|\s*[-.]\s*|\s*)\b(?P<mon>{_MON})\b\.?"
        rf"(?:(?:\s*,\s*|\s+of\s+|\s+|-)(?P<y>\d{{4}}\b|{_YEARW}\b))?",
        needs=(W.MONTH_NEEDS,),
        # (a month at a word start, "22april" being no date: the cheap search comes first)
        trigger=(
            W.MONTH_WORD,
            led(r"\dnrst", rf"{_DAY_END}(?:\s+of\s+|\s*[-.]\s*|\s*){_MON}\b"),
        ),
        build=_b_dm,
        rank=40,
        examples=("On 24 August 2023 it", "the fourth of May 2020", "Mon 3rd-Jan-2022"),
    ),
    Form(
        "my",
        rf"\b(?P<mon>{_MON})(?:\.?\s*(?:,\s*)?(?:of\s+)?|[-/])(?P<y>\d{{4}}|{_YEARW})\b"
        r"(?![\d%]|[-/.]\d)",
        needs=(W.MONTH_NEEDS, (DIGIT, *W.YEAR_WORD_NEEDS)),
        # ("May2019" has no word boundary after the month; "market" has none after "mar")
        trigger=(W.MONTH_WORD,),
        build=_b_my,
        rank=60,
        examples=("February 2023 (Reuters)", "Dec. of 2022", "June nineteen ninety", "May2019"),
    ),
    Form(
        "ym",
        rf"(?<![\d.,$])\b(?P<y>{W.YEAR})\s*(?:,\s*)?\b(?P<mon>{_MON})\b(?!\s*\d)",
        needs=(W.MONTH_NEEDS, (DIGIT,)),
        trigger=(rf"{W.MONTH_WORD}\b",),
        build=_b_ym,
        rank=70,
        lead="12",
        examples=("2019 Sept", "in 2021, June was"),
    ),
    Form(
        "ymnum",
        rf"(?<![\d/.,-])(?P<y>{W.YEAR})\s?(?P<s>[-/])\s?(?P<m>\d{{1,2}})(?![\d%]|[-/.]\d)"
        rf"|(?<![\d/.,-])(?P<m2>\d{{1,2}})\s?[-/]\s?(?P<y2>{W.YEAR})(?![\d%]|[-/.]\d)",
        needs=((DIGIT,),),
        trigger=(r"\d\s?[-/]\s?\d",),
        build=_b_ymnum,
        rank=90,
        examples=("in 2021/06 it", "3/2015", "2019-6"),
    ),
    Form(
        "year",
        rf"(?:\b(?P<part>early|mid|late)[\s-]+)?(?<![\w$€£¥.,#/:])(?P<y>{W.YEAR}){W.NOT_AFTER_NUM}\b"
        r"|\b(?:the\s+)?year\s+(?P<y2>\d{1,4})\b(?![\d.,%])",
        needs=((DIGIT,),),
        trigger=(r"1[89]\d\d|20\d\d|2100|year\s+\d",),
        build=_b_year,
        rank=230,
        lead="12elmty",
        examples=("In 2021, it grew", "mid-2019", "the year 247", "by 2030 emissions fall"),
    ),
    Form(
        "yearwords",
        rf"(?<=\bin\s)(?P<y>{_YEARW})\b",
        needs=(W.YEAR_WORD_NEEDS,),
        trigger=(r"\bin\s+(?:seventeen|eighteen|nineteen|twenty|two\s+thousand)",),
        build=_b_yearwords,
        rank=240,
        examples=("in nineteen ninety-four", "in two thousand and ten"),
    ),
    Form(
        "mdnum",
        rf"(?:\b(?P<pre>on|in|from|to|until|till|by|since|before|after|through|and|between)\s+|"
        rf"\b(?P<wd>{_WD})\s+|(?<![\w/.,:$-]))(?P<a>\d{{1,2}})(?P<s>[/.-])(?P<b>\d{{1,2}})"
        r"(?![\d%]|[/.-]\d)",
        needs=((DIGIT,),),
        # the builder takes "4/22" alone, "-" after a preposition or weekday, "." after "on"
        # or a weekday
        trigger=(
            r"\d[/.-]\d",
            led(
                r"\dabdfimostuw",
                r"\d/\d|\b(?:on|in|from|to|until|till|by|since|before|after|through|and|between)"
                r"\s+\d{1,2}-\d|\bon\s+\d{1,2}\.\d|(?:day|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)"
                r"\s+\d{1,2}[.-]\d",
            ),
        ),
        build=_b_mdnum,
        rank=250,
        examples=("back 4/22 then", "on 24.8 it", "Tue 8-24", "from 1-15 on"),
    ),
)
