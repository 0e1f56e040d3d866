"""Spans longer than a day, written as one phrase: "2013-2015", "November 19-20, 2021",
"Q3 2016", "summer 2020", "the 1970s".

Seasons are northern-hemisphere meteorological ones (summer = June..August); "winter
2016" runs from December 2016 to February 2017.
"""

from __future__ import annotations

import datetime as dt

from figcheck.extractors.dates import days
from figcheck.extractors.dates import tables as T
from figcheck.extractors.dates import words as W
from figcheck.extractors.dates.form import DIGIT, Form, hit
from figcheck.text import alternation

_MON, _DAYNUM, _YEARW, _YEAR = W.MON, W.DAYNUM, W.YEARW, W.YEAR


def _b_dayrange(m, text, ref):
    d1 = W.number(m["d1"] or m["e1"])
    d2 = W.number(m["d2"] or m["e2"])
    if d1 is None or d2 is None or not 1 <= d1 < d2 <= 31:
        return None
    mon = m["mon"] or m["mon2"]
    ywords = m["y"] or m["y2"]
    if mon and mon.lower() in ("may", "march") and not mon[0].isupper() and not ywords:
        return None
    if mon:
        month = W.month_of(mon)
        year = W.year_value(ywords) if ywords else None
        relative = year is None
        if year is None:
            if ref is None:
                return hit(m, None, None, "day", kind="period", relative=True)
            year = days.recent_month(month, ref)
    else:
        relative = True
        if ref is None:
            return hit(m, None, None, "day", kind="period", relative=True)
        base = days.add_months(ref.replace(day=1), T.RELATIVE_STEP[m["rel"].lower()])
        year, month = base.year, base.month
    first, last = days.safe(year, month, d1), days.safe(year, month, d2)
    if not first or not last:
        return None
    return hit(m, first, last, "day", kind="period", relative=relative)


def _b_years(m, text, ref):
    y1 = int(m["y1"])
    raw = m["y2"]
    y2 = int(raw) if len(raw) == 4 else y1 // 100 * 100 + int(raw)
    if y2 <= y1 or y2 - y1 > (10 if len(raw) == 2 else 100):
        return None
    return hit(m, dt.date(y1, 1, 1), dt.date(y2, 12, 31), "year", kind="period")


def _b_quarter(m, text, ref):
    q = int(m["qn"] or m["qn2"] or T.QUARTER_WORDS[m["q"].lower()])
    year = W.year_value(m["y"] or m["y0"] or m["y2"])
    rel = m["rel"] or m["rel0"]
    relative = year is None
    if year is None:
        if ref is None:
            return hit(m, None, None, "quarter", relative=True)
        if rel:
            year = ref.year + T.RELATIVE_STEP[rel.lower()]
        else:
            year = days.recent_month(3 * q - 2, ref)
    return hit(
        m, dt.date(year, 3 * q - 2, 1), days.month_last(year, 3 * q), "quarter", relative=relative
    )


def _b_half(m, text, ref):
    """A half of a year, read only with its year ("the first half of 2024", "H2 2023",
    "last year's second half"): "the first half" alone is a match's as often as a year's."""
    year = W.year_value(m["y"] or m["y0"] or m["y2"])
    rel = m["rel"] or m["rel0"]
    if year is None and not rel:
        return None
    start = 1 if (m["h"] or "").lower() in ("first", "1st") or m["hn"] == "1" else 7
    if year is None:
        if ref is None:
            return hit(m, None, None, "quarter", relative=True)
        year = days.counted_year(ref.year + T.RELATIVE_STEP[rel.lower()])
    first, last = dt.date(year, start, 1), days.month_last(year, start + 5)
    return hit(m, first, last, "quarter", relative=bool(rel))


def _b_season(m, text, ref):
    word = m["s"].lower()
    pre = (m["pre"] or "").lower()
    if (
        word == "fall"
        and pre not in ("this", "next", "last", "early", "late", "mid")
        and not m["y"]
    ):
        return None
    if pre == "the" and not m["y"] and W.next_word(text, m.end()).lower() == "of":
        return None
    first_month, last_month = T.SEASONS[word]
    year = W.year_value(m["y"]) if m["y"] else None
    relative = year is None
    if year is None:
        if ref is None:
            return hit(m, None, None, "season", relative=True)
        year = ref.year + T.RELATIVE_STEP.get(pre, 0)
    first = dt.date(year, first_month, 1)
    if last_month < first_month:  # winter ends in the next year; clamped at 9999's end
        last = dt.date.max if year == 9999 else days.month_last(year + 1, last_month)
    else:
        last = days.month_last(year, last_month)
    return hit(m, first, last, "season", relative=relative)


def _b_decade(m, text, ref):
    if m["d4"]:
        start = int(m["d4"])
    elif m["d2"]:
        start = 1900 + int(m["d2"])
    elif m["dw"]:
        start = 1900 + T.DECADE_WORDS[m["dw"].lower().split()[-1].split("-")[-1]]
    else:
        start = 2010 if m["n"].lower().endswith("tens") else 2000
    if not m["d4"] and not m.group(0).lower().startswith("the"):
        return None
    extra = (("part", m["part"].lower()),) if m["part"] else ()
    return hit(m, dt.date(start, 1, 1), dt.date(start + 9, 12, 31), "decade", extra=extra)


_RANGE_WORD = r"(?:-|–|to|until|till|through|and)"

FORMS = (
    Form(
        "dayrange",
        rf"(?:\b(?P<pre>from|between)\s+)?(?<![\d.,])(?P<d1>{_DAYNUM})\s*{_RANGE_WORD}"
        rf"\s*(?:the\s+)?(?P<d2>{_DAYNUM})\b(?:\s+of|\s+in)?\s*"
        rf"(?:(?P<mon>{_MON})\b\.?(?:,?\s*(?P<y>\d{{4}}|{_YEARW})\b)?|(?P<rel>this|next|last)\s+month\b)"
        rf"|(?:\b(?P<pre2>from|between)\s+)?\b(?P<mon2>{_MON})\.?\s+(?:between\s+)?(?:the\s+)?"
        rf"(?P<e1>{_DAYNUM})\s*{_RANGE_WORD}\s*(?:the\s+)?"
        rf"(?P<e2>{_DAYNUM})\b(?![%.,]\d)(?:,?\s*(?P<y2>\d{{4}}|{_YEARW})\b)?",
        needs=((DIGIT,),),
        # (a first search that starts with a digit is fast: the engine skips to digits)
        trigger=(
            rf"\d(?:st|nd|rd|th)?\s*{_RANGE_WORD}",
            rf"(?<![\d.,]){_DAYNUM}\s*{_RANGE_WORD}\s*(?:the\s+)?{_DAYNUM}\b",
        ),
        build=_b_dayrange,
        rank=0,
        examples=("November 19-20, 2021", "from 4 to 22 January, 2017", "between 5 and 7 May"),
    ),
    Form(
        "years",
        rf"(?<![\w$€£¥.,#/-])(?P<y1>{_YEAR})\s*(?:-|–|—|/|~)\s*(?P<y2>{_YEAR}|\d\d)(?![\w%]|[.,]\d)",
        needs=((DIGIT,),),
        trigger=(r"\d\s*[-–—/~]\s*\d",),
        build=_b_years,
        rank=80,
        examples=("in 2013-2015", "in 2013–15", "the 2021/22 season"),
    ),
    Form(
        "quarter",
        rf"(?:\b(?P<rel0>this|next|last)\s+year's\s+|(?P<y0>{_YEAR})\s+)?(?:\bthe\s+)?"
        rf"\b(?P<q>first|second|third|fourth|final|1st|2nd|3rd|4th)[\s-]+quarter\b"
        rf"(?:\s+(?:of\s+)?(?:(?P<y>\d{{4}}|{_YEARW})\b|(?P<rel>this|next|last)\s+year\b))?"
        rf"|\b(?:Q(?P<qn>[1-4])|(?P<qn2>[1-4])Q)\b(?:\s*(?P<y2>{_YEAR}|'\d\d)\b)?",
        needs=(("quarter", "q1", "q2", "q3", "q4", "1q", "2q", "3q", "4q"),),
        trigger=(r"quarter|\bq[1-4]|[1-4]q\b",),
        build=_b_quarter,
        rank=100,
        examples=("Q3 2016", "the third quarter of 2021", "last year's fourth quarter", "2Q"),
    ),
    Form(
        "half",
        rf"(?:\b(?P<rel0>this|next|last)\s+year's\s+|(?P<y0>{_YEAR})\s+)?(?:\bthe\s+)?"
        rf"\b(?P<h>first|second|1st|2nd)[\s-]+half\b"
        rf"(?:\s+of\s+(?:(?P<y>\d{{4}}|{_YEARW})\b|(?:the\s+)?(?P<rel>this|next|last)\s+year\b))?"
        rf"|\bH(?P<hn>[12])\s*(?P<y2>{_YEAR})\b",
        needs=(("half", "h1", "h2"),),
        trigger=(r"half|\bh[12]\b",),
        build=_b_half,
        rank=108,
        examples=("the first half of 2021", "H2 2023", "last year's second half"),
    ),
    Form(
        "decade",
        rf"(?:\bthe\s+)?(?:(?P<part>early|mid|late)[\s-]+)?"
        rf"(?:\b(?P<d4>1\d\d0|20\d0)'?s\b|(?<=the\s)'?(?P<d2>\d0)'?s\b"
        rf"|(?<=the\s)(?P<dw>(?:nineteen[\s-])?(?:{alternation(T.DECADE_WORDS)}))\b"
        r"|(?<=the\s)(?P<n>noughties|two\s+thousands|(?:twenty|two\s+thousand\s+and)[\s-]tens)\b)",
        needs=(("0s", "0's", "0’s", "ties", "tens", "thousands"),),
        # (the first search predates the second and misses "the 1970's": kept)
        trigger=(
            r"\ds\b|ties\b|noughties|tens\b|thousands\b",
            rf"\d0'?s\b|the\s(?:'?\d0'?s|(?:nineteen[\s-])?(?:{alternation(T.DECADE_WORDS)})|noughties|"
            r"two\s+thousands|(?:twenty|two\s+thousand\s+and)[\s-]tens)\b",
        ),
        build=_b_decade,
        rank=110,
        examples=("the 1970s", "in the seventies", "the '80s", "the late 1990s", "the noughties"),
    ),
    Form(
        "season",
        rf"(?:\b(?P<pre>this|next|last|the|mid|early|late|in)[\s-]+)?"
        rf"\b(?P<s>spring|summer|autumn|fall|winter)\b(?:\s+(?:of\s+)?(?P<y>\d{{4}}|{_YEARW})\b)?",
        needs=(("spring", "summer", "autumn", "fall", "winter"),),
        trigger=(r"spring|summer|autumn|fall|winter",),
        build=_b_season,
        rank=200,
        examples=("summer 2016", "winter of 2016", "last autumn", "this fall"),
    ),
)
