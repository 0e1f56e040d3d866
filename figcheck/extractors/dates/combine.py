"""What the words around dates make of them: ranges, open periods, weeks, edges, anchors.

After the forms have read each date alone, three passes look at neighbours:
``merge_ranges`` joins two dates into a period ("from March to June 2022") or a
weekday into the date after it ("Thursday, Aug. 24"); ``widen`` lets the words before
or after a date change what it covers ("since 2020", "the week of May 3", "2018 or
later"); ``anchor`` counts "a year earlier" from the sentence's own date as well.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from figcheck.extractors.dates import days
from figcheck.extractors.dates import tables as T
from figcheck.extractors.dates import words as W
from figcheck.extractors.dates.form import Hit
from figcheck.text import led, squeezed

_I = re.I

# ---------------------------------------------------------------- ranges

_RANGE_GAP = re.compile(r"\s*(?:-|–|—|~|to|through|thru|till|until|up\s+to|and|,?\s*and)\s*", _I)
_WEEKDAY_ONLY = re.compile(rf"(?:(?:this|next|last)\s+)?{W.WD}\.?", _I)
_WEEKDAY_GAP = re.compile(r"\s*[-,(]?\s*")
_RANGE_PRE = re.compile(r"\b(?P<w>from|between)\s+$", _I)
#: "May 2, 2024 - On the 2nd": a dateline, then the story; not a range.
_STORY_START = re.compile(r"(?:on|for)\s", _I)


def _with_year(hit: Hit, year: int, ref_month_day: tuple[int, int]) -> Hit:
    """A month or day lent the year of the range's other end ("from March to June 2022")."""
    month, day = hit.month_day
    if (month, day or 0) > ref_month_day:
        year -= 1
    if day is None:
        first, last = days.month_span(year, month)
    else:
        first = last = days.safe(year, month, day)
    return replace(hit, first=first, last=last, relative=False)


def _weekday_and_date(text: str, a: Hit, b: Hit) -> Hit | None:
    """ "Thursday, Aug. 24" or "Thu (24/8)": the weekday joins the day after it."""
    if not (_WEEKDAY_ONLY.fullmatch(text, a.start, a.end) and b.precision == "day"):
        return None
    if not _WEEKDAY_GAP.fullmatch(text, a.end, b.start):
        return None
    end = b.end + (1 if text[b.end : b.end + 1] == ")" else 0)
    return replace(b, start=a.start, end=end)


def _range(text: str, a: Hit, b: Hit) -> Hit | None:
    """ "from 2016 to 2019", "between 2013 and 2015", "March-June 2022": one period."""
    gap = text[a.end : b.start]
    if len(gap.split(maxsplit=2)) > 2:
        return None  # (every joining gap is two words at most: what follows cannot hold)
    pre = _RANGE_PRE.search(text[max(0, a.start - 12) : a.start])
    is_and = gap.strip().lower().endswith("and")
    months = a.precision == b.precision == "month"
    if not (_RANGE_GAP.fullmatch(squeezed(gap)) or (months and gap.strip() == "/")):
        return None  # (a slash joins only months: "Jan/Feb")
    if _STORY_START.match(text[b.start : b.end]):
        return None
    if is_and and not (pre and pre["w"].lower() == "between"):
        return None  # "in 2019 and 2021" are two dates
    return period(a, b, a.start - (len(pre.group(0)) if pre else 0))


def period(a: Hit, b: Hit, start: int) -> Hit | None:
    """The period from date ``a`` to date ``b`` (None when it runs backwards), from ``start``."""
    if a.month_day and b.first and not b.relative:
        # before the order is tested: "March" alone is the last March before publication
        a = _with_year(a, b.first.year, (b.first.month, b.first.day))
    elif a.month_day and b.month_day and b.first and a.relative:
        # neither end has a year: the range as a whole is the last one whose end is not
        # after publication ("January-March" read in April is this year's first quarter)
        a = replace(_with_year(a, b.first.year, (b.first.month, b.first.day)), relative=True)
    if a.first and b.last and b.last <= a.first:
        return None  # backwards: two dates
    first, last = a.first, b.last
    if first and last and last < first:
        first = last = None
    known = not ((a.relative and a.first is None) or (b.relative and b.last is None))
    return Hit(
        start=start,
        end=b.end,
        first=first if known else None,
        last=last if known else None,
        precision=days.coarser(a.precision, b.precision),
        kind="period",
        relative=a.relative or b.relative,
    )


#: Each joins two neighbouring dates into one hit, or returns None.
JOINS: list[Callable[[str, Hit, Hit], Hit | None]] = [_weekday_and_date, _range]


def _unresolved(hit: Hit) -> Hit:
    return replace(hit, first=None, last=None)


def _join(join, text: str, a: Hit, b: Hit) -> Hit | None:
    """``join`` of two dates; where its counting leaves the calendar, of the two unresolved."""
    try:
        return join(text, a, b)
    except days.OFF_CALENDAR:
        return join(text, _unresolved(a), _unresolved(b))


def merge_ranges(text: str, hits: list[Hit], joins=JOINS) -> list[Hit]:
    """Neighbouring dates joined where the words between them make one date or period."""
    out: list[Hit] = []
    i = 0
    while i < len(hits):
        a = hits[i]
        b = hits[i + 1] if i + 1 < len(hits) else None
        joined = None
        if b is not None and a.kind == "date" and b.kind == "date":
            joined = next((j for join in joins if (j := _join(join, text, a, b)) is not None), None)
        out.append(joined or a)
        i += 2 if joined else 1
    return out


# ---------------------------------------------------------------- wideners

_OPEN_WORD = (
    r"\b(?P<w>"
    + led(
        "abeflnpstu",
        r"up\s+until|up\s+till|up\s+to|until|till|through|by|before|prior\s+to|since|"
        r"after|later\s+than|earlier\s+than|no\s+later\s+than|starting(?:\s+(?:in|from|on))?|"
        r"beginning(?:\s+(?:in|on))?|from",
    )
    + r")"
)
_OPEN_PRE = re.compile(_OPEN_WORD + r"\s+$", _I)
#: ... and before the edge of a date: "by the end of 2026", "since the start of 2020".
_OPEN_PRE_EDGE = re.compile(_OPEN_WORD + r"\s+(?:the\s+)?$", _I)
_ON_AFTER = re.compile(r"\s+(?:on(?:wards?)?|onwards?)\b", _I)
_FOR_DURATION = re.compile(
    rf"\bfor\s+(?:the\s+)?(?P<dur>{W.NUMW})\s*(?P<unit>{W.UNIT})\s*,?\s*$",
    _I,
)
_DURATION_FROM = re.compile(
    rf"\b(?:for\s+)?(?P<dur>{W.NUMW})\s*(?P<unit>{W.UNIT})\s*,?\s*"
    r"(?:from|starting(?:\s+(?:from|on))?|beginning(?:\s+on)?)\s+$",
    _I,
)
_WEEK_OF = re.compile(
    led(
        "tw",
        r"\b(?:(?:the\s+)?week\s+(?P<w>of|commencing|starting|beginning)(?:\s+on)?|w/c)\s+$",
    ),
    _I,
)
_NTH_WEEK = re.compile(
    led(
        "12345flst",
        r"\b(?:the\s+)?(?P<o>first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)"
        r"\s+week\s+(?:of|in)\s+$",
    ),
    _I,
)
_OR_LATER = re.compile(r"\s+(?:or|and)\s+(?P<w>later|after|beyond|onwards?|earlier|before)\b", _I)
_EDGE = re.compile(
    led(
        "belms",
        r"\b(?P<e>early|late|mid|middle\s+of|end\s+of|beginning\s+of|start\s+of|later)"
        r"[\s-]*(?:the\s+)?$",
    ),
    _I,
)
#: Words before a date that open a period, and which end they keep: "end" keeps the
#: date's last day ("until 2019"), "before" the day before it, "start" its first day
#: ("since 2020"), "after" the day after it; "from" opens only with "on"/"onwards" after.
_OPEN_WORDS = {
    "up until": "end", "up till": "end", "up to": "end", "until": "end", "till": "end",
    "through": "end", "by": "end", "before": "before", "prior to": "before",
    "since": "start", "after": "after", "starting": "start", "starting in": "start",
    "starting from": "start", "starting on": "start", "beginning": "start",
    "beginning in": "start", "beginning on": "start", "from": "from", "later than": "after",
    "earlier than": "before", "no later than": "end",
}  # fmt: skip
#: How far before a date the wideners look for their words.
_LOOK_BACK = 40


def _edge(text: str, hit: Hit) -> Hit:
    """ "early 2019", "mid-November", "end of March": the same interval, the part noted."""
    edge = _EDGE.search(text[max(0, hit.start - 20) : hit.start])
    if not edge:
        return hit
    part = re.sub(r"\s+", " ", edge["e"].lower())
    return replace(
        hit, start=hit.start - len(edge.group(0)),
        extra=hit.extra + (("part", _PART_NAMES.get(part, part)),),
    )  # fmt: skip


#: Edge words named as their shorter synonym: "the middle of 2026" is "mid-2026".
_PART_NAMES = {"middle of": "mid"}


def _week_of(text: str, hit: Hit, before: str) -> Hit | None:
    """ "the week of May 3" (its Monday to Sunday), "the week starting May 3" (seven days)."""
    week = _WEEK_OF.search(before)
    if not (week and hit.precision == "day" and hit.first):
        return None
    first = hit.first
    if (week["w"] or "").lower() == "of":
        first -= dt.timedelta(days=hit.first.weekday())
    return replace(
        hit, start=hit.start - len(week.group(0)), first=first,
        last=first + dt.timedelta(days=6), precision="week", kind="period",
    )  # fmt: skip


def _nth_week(text: str, hit: Hit, before: str) -> Hit | None:
    """ "the second week of March": the month's days 8 to 14; "the last week" its last seven."""
    nth = _NTH_WEEK.search(before)
    if not (nth and hit.precision in ("month", "year") and hit.first):
        return None
    k = T.QUARTER_WORDS.get(nth["o"].lower()) or W.number(nth["o"])
    if nth["o"].lower() in ("last", "final"):
        first = hit.last - dt.timedelta(days=6)
    else:
        first = hit.first + dt.timedelta(weeks=k - 1)
    return replace(
        hit, start=hit.start - len(nth.group(0)), first=first,
        last=min(first + dt.timedelta(days=6), hit.last), precision="week",
    )  # fmt: skip


def _duration_from(text: str, hit: Hit, before: str) -> Hit | None:
    """ "three months from May 1": a period that starts on the date and lasts so long."""
    duration = _DURATION_FROM.search(before)
    if not (duration and hit.first):
        return None
    n = W.count(duration["dur"])
    if not n:
        return None
    unit = T.UNITS[duration["unit"].lower()]
    last = days.shift(hit.first, n, unit) - dt.timedelta(days=1)
    return replace(
        hit, start=hit.start - len(duration.group(0)), last=last, kind="period",
        extra=hit.extra + (("duration", f"{duration['dur']} {duration['unit']}"),),
    )  # fmt: skip


def _or_later(text: str, hit: Hit, before: str) -> Hit | None:
    """ "2018 or later" opens the end; "2018 or earlier" the start."""
    later = _OR_LATER.match(text, hit.end)
    if not later:
        return None
    if later["w"].lower() in ("earlier", "before"):
        return replace(hit, end=later.end(), first=None, kind="period", open_start=True)
    return replace(hit, end=later.end(), last=None, kind="period", open_end=True)


def _open_period(text: str, hit: Hit, before: str) -> Hit | None:
    """ "since 2020", "until 2019", "before 2020", "from 2022 on": a period open at one end;
    "by the end of 2026", "since the start of 2020" too (the date's edge noted)."""
    part = dict(hit.extra).get("part")
    opened = (_OPEN_PRE_EDGE if part else _OPEN_PRE).search(before)
    if not opened:
        return None
    how = at_edge(_OPEN_WORDS[re.sub(r"\s+", " ", opened["w"].lower())], part)
    after = _ON_AFTER.match(text, hit.end)
    if how == "from" and not after:
        return None
    end = after.end() if how == "from" and after else hit.end
    widened = open_at(hit, how, hit.start - len(opened.group(0)), end)
    if how in ("start", "from", "after"):
        return widened
    return _lead_duration(text, hit, widened)


#: The edges of a date that lie at its end, and those at its start; "before mid-2026" is
#: by the middle of it, as "by mid-2026" is, which keeps the year's interval.
END_EDGES = ("end of", "late")
START_EDGES = ("beginning of", "start of", "early")
MIDDLE_EDGES = ("mid",)


def open_at(hit: Hit, how: str, start: int, end: int) -> Hit:
    """``hit`` as the period its opening word makes, from ``start`` to ``end``, in every
    language: "start" and "from" keep its first day, "after" begins the day after it, "end"
    keeps its last day, "first" ends on its first and "before" the day before it."""
    if how in ("start", "from", "after"):
        first = hit.first if how != "after" else days.day_after(hit.last)
        return replace(
            hit, start=start, end=end, first=first, last=None, kind="period", open_end=True
        )
    if how == "end":
        last = hit.last
    elif how == "first":
        last = hit.first
    else:
        last = days.day_before(hit.first)
    return replace(hit, start=start, end=end, first=None, last=last, kind="period", open_start=True)


def at_edge(how: str, part: str | None) -> str:
    """Which end of the date an open period keeps at the date's edge: "before the end of
    2026" is by its last day, as "by the end of" is; "until the start of 2020" ends on its
    first day ("first"), "after the start of 2020" begins on it ("start")."""
    if part in (*END_EDGES, *MIDDLE_EDGES) and how == "before":
        return "end"
    if part in START_EDGES and how == "end":
        return "first"
    if part in START_EDGES and how == "after":
        return "start"
    return how


def _lead_duration(text: str, hit: Hit, widened: Hit) -> Hit:
    """ "for a decade up to 2018": the duration before an open end closes its start."""
    start = widened.start
    lead = _FOR_DURATION.search(text[max(0, start - _LOOK_BACK) : start])
    if not lead:
        return widened
    n = W.count(lead["dur"])
    unit = T.UNITS[lead["unit"].lower()]
    try:
        first = _lead_start(hit, n, unit)
    except days.OFF_CALENDAR:
        first = None  # "for 9,999 years until 2018": open, as for "a few years"
    return replace(
        widened, start=start - len(lead.group(0)), first=first, open_start=first is None,
        extra=hit.extra + (("duration", f"{lead['dur']} {lead['unit']}"),),
    )  # fmt: skip


def _lead_start(hit: Hit, n: int | None, unit: str) -> dt.date | None:
    if not (n and hit.last):
        return None
    if unit in ("year", "decade") and hit.precision == "year":
        # counted in calendar years: "a decade up to 2018" is 2008..2018
        return dt.date(hit.last.year - n * (10 if unit == "decade" else 1), 1, 1)
    return days.shift(hit.last, -n, unit) + dt.timedelta(days=1)


#: Tried in order after ``_edge``; the first that applies wins. Each takes the text, the
#: hit and the words before it, and returns the widened hit or None.
WIDENERS: list[Callable[[str, Hit, str], Hit | None]] = [
    _week_of,
    _nth_week,
    _duration_from,
    _or_later,
    _open_period,
]


#: A day of the month in brackets after a weekday, as Brazilian copy dates a story's events
#: ("nesta terça-feira (10)").
_DAY_IN_BRACKETS = re.compile(r"[^\S\n]*\((?P<day>\d{1,2})\)")


def _with_day_in_brackets(text: str, hit: Hit) -> Hit:
    """A weekday with its day of the month in brackets after it, when the two agree: one
    date, and no number "10" beside it."""
    after = _DAY_IN_BRACKETS.match(text, hit.end)
    if not (after and hit.precision == "day" and hit.first and hit.first == hit.last):
        return hit
    return replace(hit, end=after.end()) if int(after["day"]) == hit.first.day else hit


def widen(text: str, hit: Hit, wideners=WIDENERS) -> Hit:
    """A date widened to what the words around it make of it: edges, weeks, open periods."""
    if hit.kind != "date":
        return hit
    if hit.relative:
        hit = _with_day_in_brackets(text, hit)
    hit = _edge(text, hit)
    before = text[max(0, hit.start - _LOOK_BACK) : hit.start]
    for widener in wideners:
        try:
            wider = widener(text, hit, before)
        except days.OFF_CALENDAR:  # "the week of 31 December 9999"
            wider = widener(text, _unresolved(hit), before)
        if wider is not None:
            return wider
    return hit


def drop_covered(hits: list[Hit]) -> list[Hit]:
    """Widened hits swallow the words before them: drop what they now cover."""
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        if kept and hit.start < kept[-1].end:
            continue
        kept.append(hit)
    return kept


# ---------------------------------------------------------------- ahead

#: What may stand between a word that puts a month ahead and the month: anything but the
#: end of a sentence or clause (a decimal point or the dot of "Jan." ends neither).
_UP_TO_THE_MONTH = r"(?:[^.;!?\n]|(?<=\d)\.(?=\d)|(?<=\b[A-Z][a-z]{2})\.)*$"
#: "next" before what is coming ("Its next policy meeting is on April 25"), then the same
#: reach as a word that puts it ahead; not the next unit of time, which counts from a day
#: the story told ("charged the next day, April 4").
_NEXT_ONE = re.compile(
    r"(?:^|(?<=[\s(]))next\s+(?!(?:day|days|morning|afternoon|evening|night|week|weekend|"
    r"month|year|time)\b)[a-z]+\b" + _UP_TO_THE_MONTH,
    re.I,
)
#: Words that open a clause of its own between the "will" and the month, or tell who said
#: it ("is due on Monday, officials said on Wednesday").
_CLAUSE_OPENS = (
    r"\b(?:that|which|who|after|since|because|when|said|says|added|according)\b"
    # ("the company announced on Wednesday", not "will be announced in October")
    r"|(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)"
    r"\b(?:announced|announces|reported|reports|told|stated|confirmed)\b"
)


@dataclass(frozen=True)
class Cues:
    """What puts a month ahead in a sentence's languages, and what opens another clause."""

    ahead: re.Pattern
    clause_opens: re.Pattern


@functools.cache
def cues(languages: tuple = ()) -> Cues:
    """English's cues and those of ``languages`` (date modules: their ``WORDS``): a word
    that puts what follows it ahead ("will", "wird", "d'ici"), a verb in the future tense
    ("reducirá", written lower-case), then anything up to the month but a sentence's end."""
    words = [*T.AHEAD_WORDS, *(w for language in languages for w in language.WORDS.ahead)]
    endings = [e for language in languages for e in language.WORDS.future_endings]
    alternatives = [_spaced(w) + r"\b" for w in sorted(set(words), key=len, reverse=True)]
    if endings:
        alternatives.append(r"(?-i:[a-zß-ÿœ]+(?:{}))\b".format("|".join(map(re.escape, endings))))
    opens = [w for language in languages for w in language.WORDS.clause_opens]
    return Cues(
        ahead=re.compile(
            r"(?:^|(?<=[\s(]))(?:{})".format("|".join(alternatives)) + _UP_TO_THE_MONTH, re.I
        ),
        clause_opens=re.compile(
            _CLAUSE_OPENS
            + "".join(r"|(?<!\w){}{}".format(_spaced(w), r"(?!\w)" * w[-1].isalnum())
                      for w in sorted(set(opens))),
            re.I,
        ),
    )


def _spaced(word: str) -> str:
    return re.escape(word).replace("\\ ", r"\s+")


#: How far before a month its "will" may stand, in characters: a clause of its own between
#: them ("will cut 12,000 jobs, or 6% of its 200,000-strong workforce, by the end of March").
AHEAD_REACH = 120
#: Words before a month that say which one already ("last April", "this May").
_NAMED_ONE = re.compile(r"\b(?:last|past|previous|this|next|coming)\s+[^\s\d]+\.?$", re.I)


def ahead(
    text: str, hit: Hit, ref: dt.date | None, languages_at: Callable[[int], tuple] | None = None
) -> Hit:
    """A month, a day of it or a quarter named without its year, resolved to the past,
    moved to the year ahead when its sentence puts it ahead: "the tax will take effect in
    April", published in March 2024, is April 2024, not April 2023; "sales fell in April",
    "last April" and "last year's fourth quarter" stay. ``languages_at`` tells the languages
    of the sentence at a place (date modules), whose words put a month ahead too ("la ley
    entrará en vigor en abril"); English's always do."""
    if ref is None or hit.kind != "date" or not hit.relative or hit.first is None:
        return hit
    weekday = hit.month_day is None and _weekday(text, hit)
    if hit.last is None or not (hit.month_day is not None or weekday or _part_of_a_year(text, hit)):
        return hit
    if hit.precision == "month" and (hit.first.year, hit.first.month) >= (ref.year, ref.month):
        return hit  # this month or later already
    if hit.precision != "month" and hit.last >= ref:
        return hit  # under way or ahead already
    if _NAMED_ONE.search(text, max(0, hit.start - 12), hit.end):
        return hit  # "last April", inside the hit or just before it
    reach = max(0, hit.start - AHEAD_REACH)
    told = cues(languages_at(hit.start) if languages_at is not None else ())
    cue = told.ahead.search(text, reach, hit.start) or _NEXT_ONE.search(text, reach, hit.start)
    if cue is None or told.clause_opens.search(text, cue.start(), hit.start):
        return hit  # "is expected to show that sales fell in January": that clause's tense
    try:
        return _year_ahead(hit, weekday)
    except days.OFF_CALENDAR:
        return replace(hit, first=None, last=None)  # ahead of 9999: unresolved


def _year_ahead(hit: Hit, weekday: bool) -> Hit:
    """The hit a week (a weekday) or a year later; OFF_CALENDAR past year 9999."""
    if weekday:
        later = hit.first + dt.timedelta(days=7)  # "will meet on Friday": the next one
        return replace(hit, first=later, last=later)
    first = days.safe(days.counted_year(hit.first.year + 1), hit.first.month, hit.first.day)
    if hit.precision == "day":
        last = first
    else:
        last = days.month_last(hit.last.year + 1, hit.last.month)
    return hit if first is None else replace(hit, first=first, last=last)


#: Words that say which year a part of one is ("last year's fourth quarter", "Q3 2023").
_WHICH_YEAR = re.compile(r"\d{{2}}|\b(?:{})\b".format("|".join(T.RELATIVE_STEP)), re.I)


#: A day of the week named alone ("on Friday", "Fri."): no date, no "next" or "last".
_WEEKDAY_ALONE = re.compile(
    r"(?:on\s+)?(?:{})\.?".format("|".join(sorted(T.WEEKDAYS, key=len, reverse=True))), re.I
)


def _weekday(text: str, hit: Hit) -> bool:
    """Whether a hit is a day of the week named alone ("on Friday")."""
    return hit.precision == "day" and bool(_WEEKDAY_ALONE.fullmatch(text, hit.start, hit.end))


def _part_of_a_year(text: str, hit: Hit) -> bool:
    """Whether a hit is a quarter or a half named without its year ("the fourth quarter")."""
    return hit.precision == "quarter" and not _WHICH_YEAR.search(text, hit.start, hit.end)


# ---------------------------------------------------------------- anchors

_SENTENCE_END = re.compile(r"[.!?]\s|\n")
#: (whole words: "agosto" and "Chicago" hold "ago", "afternoon" "after")
_COUNTED = re.compile(r"\b(earlier|ago|before|previous|prior|later|after|following)\b")


def _counting(phrase: str, counted) -> tuple[int, list] | None:
    """The direction (1 or -1) and the (count, unit) parts a phrase counts from its
    sentence's date: "a year earlier" (-1, [(1, "year")]), or another language's read by
    ``counted`` ("l'année précédente", "im Vorjahr"); None for any other phrase."""
    words = phrase.lower()
    match = _COUNTED.search(words)
    if match:
        step = 1 if match.group(1) in ("later", "after", "following") else -1
        return step, W.durations(words) or _one_unit(words) or [(1, "year")]
    other = counted(phrase) if counted else None
    if other is None:
        return None
    step, unit = other
    return (1 if step > 0 else -1), [(abs(step) or 1, unit)]


#: A unit named without a count: "the previous month", "the prior quarter".
_UNIT_ALONE = re.compile(r"\b(day|week|month|quarter|year|decade)\b")


def _one_unit(words: str) -> list[tuple[int, str]]:
    """[(1, unit)] for "the previous month", [] when no unit is named ("a while earlier")."""
    match = _UNIT_ALONE.search(words)
    return [(1, match.group(1))] if match else []


def _counted_from(found: Hit, step: int, parts) -> tuple[dt.date, dt.date]:
    first, last = found.first, found.last
    for n, unit in parts:
        first, last = days.shift(first, step * n, unit), days.shift(last, step * n, unit)
    if found.precision == "year" or parts[0][1] in ("year", "decade"):
        first, last = dt.date(first.year, 1, 1), dt.date(first.year, 12, 31)
    elif found.precision == "month":
        # a whole month counted back is a whole month: February less a month is January
        last = days.month_last(last.year, last.month)
    return first, last


def _long_before_now(text: str, hit: Hit, found: Hit, parts) -> bool:
    """Whether "ago", which counts from now, has in its sentence only a date more than a
    year before now to count from: an event ("founded in 2013, up from 7.3% four years
    ago"), not the period its figure is of ("in the third quarter, from a year ago")."""
    if "ago" not in text[hit.start : hit.end].lower().split() or not (hit.first and found.last):
        return False
    try:
        now = hit.first
        for n, unit in parts:
            now = days.shift(now, n, unit)
        return found.last < days.shift(now, -1, "year")
    except days.OFF_CALENDAR:
        return False


def anchor(
    text: str,
    hit: Hit,
    hits: list[Hit],
    starts: list[int],
    counted: Callable[[str], tuple[int, str] | None] | None = None,
) -> Hit:
    """ "a year earlier" counted from the sentence's date before it ("in 2024, up from 37
    million a year earlier" is 2023 in any year of publication); ``extra`` keeps
    that date (``anchor``) and the value counted from publication (``publication_value``)."""
    if not hit.relative or hit.kind != "date":
        return hit
    counting = _counting(text[hit.start : hit.end], counted)
    if counting is None:
        return hit
    sentence_start = 0
    for end in _SENTENCE_END.finditer(text, max(0, hit.start - 400), hit.start):
        sentence_start = end.end()
    low = bisect.bisect_left(starts, sentence_start)
    high = bisect.bisect_left(starts, hit.start)
    # (a month named without its year counts too, as resolved: "in January, from 3.9% a
    # month earlier" is December; a date counted itself does not: "in October from a year
    # earlier and from the previous month" counts both from October)
    anchors = [
        h
        for h in hits[low:high]
        if h.first
        and h.last
        and not (h.relative and _counting(text[h.start : h.end], counted) is not None)
    ]
    if not anchors:
        return hit
    found = anchors[-1]
    step, parts = counting
    if any(n is None for n, _ in parts) or _long_before_now(text, hit, found, parts):
        return hit
    try:
        first, last = _counted_from(found, step, parts)
    except days.OFF_CALENDAR:
        return hit  # "a decade later" than the year 9995
    published = (
        (hit.first.isoformat(), hit.last.isoformat()) if hit.first and hit.last else None
    )
    extra = (("anchor", text[found.start : found.end]), ("publication_value", published))
    # as precise as the date it counts from ("in the third quarter ... a quarter earlier"
    # is a quarter), a whole year where it counts years
    whole_year = found.precision == "year" or parts[0][1] in ("year", "decade")
    precision = "year" if whole_year else found.precision
    return replace(hit, first=first, last=last, precision=precision, extra=hit.extra + extra)
