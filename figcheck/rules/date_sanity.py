"""date-sanity: a date that cannot be right on its own terms, in any one document.

Checked in each version alone, so a draft checked by itself gets it too: a weekday that
does not fall on the date it names ("Thursday, September 28, 2022" was a Wednesday), a day
the month does not have ("February 30, 2023"), a range that ends before it starts ("from
2027 to 2024"), and a date after the article's own told in the past tense ("the plant
opened in June 2025" in an article of 2024; "will open", "was expected to open" and
"postponed to June 2025" are no slip). The last needs the article's own date (not one
borrowed from other versions) and reads English verbs.

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
from figcheck.lang.en import (
    MONTHS,
    NOT_PAST_WORDS,
    PAST_WORDS,
    PLAN_NOUNS,
    TARGET_WORDS,
    WEEKDAYS,
)
from figcheck.rules import _facts
from figcheck.rules.api import Context
from figcheck.text import alternation, led

ID = "date-sanity"
#: Judges one document on its own, so it runs on a draft checked alone too.
IN_DOCUMENT = True
SEVERITY = "warning"
OPTIONS: dict[str, object] = {}
RULE = _facts.Rule(ID, SEVERITY)

_WEEKDAY = re.compile(rf"^({alternation(WEEKDAYS)})\b\.?,?", re.I)
_MONTH = alternation(MONTHS)
#: "February 30, 2023" and "30 February 2023": a day the extractors rightly do not read
#: (searched only where a digit or a month's first letter stands: twice as fast).
_DAY_OF_MONTH = re.compile(
    led(
        "0-9" + "".join(sorted({m[0].lower() for m in MONTHS} | {m[0].upper() for m in MONTHS})),
        rf"\b(?:(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})"
        rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH})\.?,?\s+(?P<y2>\d{{4}}))\b",
    ),
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
        yield from _told_as_past(context, index)


def _told_as_past(context: Context, index: int) -> Iterator[Finding]:
    """Dates after the article's own date that its sentences tell as done."""
    document = context.document(index)
    if document.published is None or document.published_source is None or document.date_borrowed:
        return
    if (document.language or "en") != "en":
        return
    for fig in context.versions[index].figures:
        reason = future_in_past(fig, document.text, document.published)
        if reason:
            start = fig.start - len(_clause_before(document.text, fig.start))
            evidence = context.words(index, start, fig.end)
            yield Finding(ID, SEVERITY, reason, (evidence,))


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


#: How many words before a date are read for its verb.
VERB_REACH = 8
_CLAUSE_END = re.compile(r"[.;:!?()\u2014\u2013]\s|[,;:()\u2014\u2013\"\u201c\u201d]")
_WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")


def _clause_before(text: str, start: int) -> str:
    """The words of a date's clause before it, at most VERB_REACH of them."""
    before = text[max(0, start - 200) : start]
    cut = max((m.end() for m in _CLAUSE_END.finditer(before)), default=0)
    clause = before[cut:]
    words = list(re.finditer(r"\S+", clause))
    if len(words) > VERB_REACH:
        clause = clause[words[-VERB_REACH].start() :]
    return clause


def future_in_past(fig: Figure, text: str, published: dt.date) -> str | None:
    """Why a date after the article's own is told as done ("opened in June 2025"), or None."""
    days = _days(fig)
    if days is None or fig.relative or days[0] <= published:
        return None
    written = _WORD.findall(_clause_before(text, fig.start))
    words = [w.lower() for w in written]
    if not words or words[-1] in TARGET_WORDS or NOT_PAST_WORDS & set(words):
        return None
    if _names_a_plan(text, fig.end):
        return None  # "lifted its fiscal 2029 revenue target": the year a plan aims at
    # (a capitalised word is a name's: "in the United States" tells no tense)
    verb = next((w.lower() for w in reversed(written) if w[:1].islower() and _past(w)), None)
    if verb is None:
        return None
    return (
        f'"{fig.text}" is after the article\'s date ({published.isoformat()}), '
        f'but is told in the past tense ("{verb}")'
    )


#: The words of a noun phrase that a year opens: its nouns, up to the first of these.
_PHRASE_ENDS = frozenset("the a an and or as at by for from in into of on to under with".split())


def _names_a_plan(text: str, end: int) -> bool:
    """Whether the noun phrase a year opens is a plan's ("2029 revenue target", "2025
    growth forecast"), which names the year the plan aims at, no time anything happened."""
    phrase = []
    for word in _WORD.findall(text[end : end + 30].lower())[:2]:
        if word in _PHRASE_ENDS:
            break
        phrase.append(word)
    return not PLAN_NOUNS.isdisjoint(phrase)


def _past(word: str) -> bool:
    """A verb in the past tense: one of PAST_WORDS, or a word ending in "-ed" (not "-eed")."""
    if word in PAST_WORDS:
        return True
    return len(word) > 4 and word.endswith("ed") and not word.endswith(("eed", "hundred"))
