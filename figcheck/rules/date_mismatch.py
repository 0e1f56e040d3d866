"""date-mismatch: the same event has a different date or period in another version.

A period that gained or lost a bound counts too: "his PhD … until 2019" against "from
2016 to 2019" — the start year appears in one version only; but a start counted back
from a duration ("for a decade up to 2018") against "up until 2018" agrees. Dates are
compared as the intervals they cover: one inside the other ("July 2020" in "the summer of
2020", a day in its year) is only more precise, not different; a day against a coarser
date of another year ("6 August 2019" against "the summer of 2020") dates another event,
since a slip changes a digit, not the whole way a date is written. Dates are compared
after resolution, each against its own version's date: "In March" in an October 2022
article is March 2022 and contradicts "March 2020"; where a version's date is borrowed
from the others, two months named without a year are compared by month alone ("by the
end of March" against "by the end of May"). A point in time against a deadline
in its year ("promised in 2019" against "spent by 2019") is reported; "until 2019" or
"since 2019" against "in 2019" is not. Relative words ("last year") are left to
time-reference-drift, but a span counted by its length ("the next two years" against
"the next three years") is compared by that length, and a relative date counted from
the version's own date against a date as precise ("in May last year" in a 2025 article
against "in April 2025") as the time it tells. A version's own date (its dateline or
"Published" line) is no fact of its story. The versions' datelines are compared
whatever their languages: the same day of another year ("CALMORA, April 10, 2031" against
"CALMORA, 10 de abril de 2032") is a slip of the year, while versions published days apart
are not. The same period told at its other end ("early 2025" against "late 2025") is
reported too.

Passes::

    a.txt: The surveys ran from 2021 to 2023.
    b.txt: The site surveys were done from 2021 to 2023.

Fails::

    a.txt: Construction began with site surveys from 2021 to 2023.
    b.txt: after site surveys that ran until 2023.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator, Mapping
from functools import lru_cache
from typing import Any

from figcheck.align import roles
from figcheck.document import Document
from figcheck.extractors.dates.combine import END_EDGES
from figcheck.figures import Figure, FigureRef, Finding
from figcheck.rules import _facts
from figcheck.rules.api import Context
from figcheck.text import alternation

ID = "date-mismatch"
SEVERITY = "warning"
OPTIONS: dict[str, object] = {}
RULE = _facts.Rule(ID, SEVERITY)


def _bounds(fig: Figure) -> tuple[str | None, str | None] | None:
    if fig.kind not in ("date", "period") or not isinstance(fig.value, tuple):
        return None
    start, end = fig.value
    return start, end


@lru_cache(maxsize=1)
def deadline_words() -> tuple[str, ...]:
    """Every language's words that make a year a deadline ("will be spent by 2019"), not a
    point in time, from the lexicons: loaded only when a point meets an open period."""
    from figcheck.lang import SUPPORTED, lexicon

    return tuple(word for code in SUPPORTED for word in lexicon(code).deadline_words)


def difference(
    a: Figure,
    b: Figure,
    a_dated: bool = True,
    b_dated: bool = True,
    published: dt.date | None = None,
) -> str | None:
    """Why two dates of one event disagree, or None when they agree.

    A month without its year ("In March") is compared as resolved against its own
    version's date ("In March" in an October 2022 article is March 2022), unless that
    date was borrowed from the other versions (a guess); two such months are compared so
    too. Other relative dates are left to time-reference-drift, which compares their
    words: "on Friday" names the day of the news, rarely the day of the event it is paired
    with. ``published`` is the versions' latest date, where known: a deadline after its
    year is a target, which "in" that year names as well.
    """
    ba, bb = _bounds(a), _bounds(b)
    if ba is None or bb is None:
        return None
    if ba == bb:
        return _other_end(a, b)
    if _counted_span(a) and _counted_span(b):
        return _other_length(a, b)
    if not (_comparable(a, a_dated) and _comparable(b, b_dated)):
        return _other_month(a, b)
    if (a.relative or b.relative) and a.precision != b.precision:
        # "In March" against "18 January 2022": too unlike to be one date misreported.
        return None
    if a.kind != b.kind:
        return _other_kinds(a, b, published)
    (a_start, a_end), (b_start, b_end) = ba, bb
    if (a_start is None) != (b_start is None) and a_end and b_end and a_end[:4] == b_end[:4]:
        if _from_duration(a) or _from_duration(b):
            # "for a decade up to 2018" counts its start back from its end, and "up
            # until 2018" states no start to disagree with.
            return None
        return "the start appears in one version only"
    if (a_end is None) != (b_end is None) and a_start and b_start and a_start[:4] == b_start[:4]:
        return "the end appears in one version only"
    lows = (a_start or "0000", b_start or "0000")
    highs = (a_end or "9999", b_end or "9999")
    a_in_b = lows[1] <= lows[0] and highs[0] <= highs[1]
    b_in_a = lows[0] <= lows[1] and highs[1] <= highs[0]
    if (a_in_b or b_in_a) and a.precision != b.precision:
        return None
    if _another_event(a, b) or _another_event(b, a):
        return None
    return "different dates"


def _other_kinds(a: Figure, b: Figure, published: dt.date | None) -> str | None:
    """ "in 2018" and "until 2018" say different things, but not always of one event: only
    a point in time against a deadline in its own year, or a year against the year a
    period runs from, is reported."""
    return (
        _point_against_deadline(a, b, published)
        or _point_against_deadline(b, a, published)
        or _start_against_year(a, b)
        or _start_against_year(b, a)
    )


#: Parts of a period ("early 2025", "the end of March", "Anfang 2025"), by the end they name.
_EARLY = frozenset({"early", "beginning of", "start of"})
_LATE = frozenset({"late", "end of"})


def _other_end(a: Figure, b: Figure) -> str | None:
    """ "early 2025" against "late 2025": the same period, told at its other end ("mid"
    and a period with no part agree with either)."""
    parts = {dict(a.extra).get("part"), dict(b.extra).get("part")}
    if parts & _EARLY and parts & _LATE:
        return "the same period, at its other end"
    return None


def _another_event(day: Figure, other: Figure) -> bool:
    """A day in one version against a coarser date of another year in the other ("August
    6, 2019" against "the summer of 2020"): a slip changes a digit, not the whole way a
    date is written, so the two more likely date two events than one misreported."""
    if day.kind != "date" or other.kind != "date" or day.precision != "day":
        return False
    if other.precision == "day" or None in day.value or None in other.value:
        return False
    return not other.value[0][:4] <= day.value[0][:4] <= other.value[1][:4]


def _comparable(fig: Figure, dated: bool) -> bool:
    """An absolute date, or a month whose year its version's own date gives."""
    if not fig.relative:
        return True
    return dated and fig.precision == "month" and _facts.relative_offset(fig.text) is None


def _other_month(a: Figure, b: Figure) -> str | None:
    """Two months named without their year ("by the end of March" against "by the end of
    May") where a version's date is a guess: which year each falls in may be wrong, but
    which month each names is not, so two months of one kind that differ disagree in any
    year."""
    if a.kind != b.kind or not (_names_a_month(a) and _names_a_month(b)):
        return None
    ends = a.value[1], b.value[1]
    if None in ends or ends[0][5:7] == ends[1][5:7]:
        return None
    return "different months"


def _names_a_month(fig: Figure) -> bool:
    """A month named without its year ("by the end of March", "fin mars", "in May")."""
    return fig.relative and fig.precision == "month" and bool(month_names().search(fig.text))


@lru_cache(maxsize=1)
def month_names() -> re.Pattern:
    """Every language's month names, from the lexicons: loaded only when a month of an
    undated version meets another month."""
    from figcheck.lang import SUPPORTED, lexicon

    names = {name for code in SUPPORTED for name in lexicon(code).months}
    return re.compile(rf"(?<!\w)(?:{alternation(names)})(?!\w)", re.I)


def _counted_span(fig: Figure) -> bool:
    """A span counted from its version's date by its length: "the next two years", "the
    past 24 years", "les trois prochaines années"."""
    return fig.relative and _from_duration(fig) and None not in fig.value


#: Lengths this many days apart, or a hundredth of the shorter, are one length counted
#: from two days ("the next 12 months" and "the next year", a leap day, months of 28 to 31
#: days counted from versions published a day apart); "the past 24 years" and "the past
#: 25 years" are not.
SAME_LENGTH_DAYS = 3


def _other_length(a: Figure, b: Figure) -> str | None:
    """ "the next two years" against "the next three years": one span of another length.
    Relative words are otherwise time-reference-drift's, but a span's length is its figure,
    and versions published days apart still count it alike."""
    lengths = sorted(_days(fig) for fig in (a, b))
    if lengths[0] <= 0 or lengths[1] - lengths[0] <= max(SAME_LENGTH_DAYS, lengths[0] / 100):
        return None
    return "spans of different lengths"


def _days(fig: Figure) -> int:
    start, end = fig.value
    return (dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days + 1


def _from_duration(fig: Figure) -> bool:
    return fig.kind == "period" and "duration" in dict(fig.extra)


def _point_against_deadline(
    point: Figure, deadline: Figure, published: dt.date | None = None
) -> str | None:
    """ "promised in 2019" against "will be spent by 2019": when, against by when. A deadline
    at the end of the point's own time ("by the end of 2024") names its end, as "in 2024"
    or "at the end of 2024" does: no drift. Nor is a target in a year after the versions'
    ("below 3% by 2029" against "below 3% in 2029", told in 2024): what is to happen by
    then is to happen in it; "41 million passengers by 2024", told in 2025, is a total.
    """
    if point.kind != "date" or deadline.kind != "period" or not deadline.open_start:
        return None
    if published is not None and deadline.value[1] and int(deadline.value[1][:4]) > published.year:
        return None
    if dict(deadline.extra).get("part") in END_EDGES and point.value[1] == deadline.value[1]:
        return None
    words = " ".join(deadline.text.lower().split())
    by = words.startswith(deadline_words()) or dict(deadline.extra).get("deadline", False)
    if not by or point.value[1][:4] != deadline.value[1][:4]:
        return None
    return "a point in time in one version, a deadline in another"


def _start_against_year(year: Figure, since: Figure) -> str | None:
    """ "records began in 1951" against "since 1915": the year a period runs from, told as
    another year than the other version's."""
    if year.kind != "date" or year.precision != "year" or since.kind != "period":
        return None
    if not since.open_end or since.value[0] is None or since.value[1] is not None:
        return None
    if year.value[0][:4] == since.value[0][:4]:
        return None
    return "different years"


def own_date(document: Document) -> bool:
    """Whether a version has a date of its own (stated or given), not one borrowed from the
    other versions: only then are its months without a year resolved, not guessed."""
    return document.published_source is not None and not document.date_borrowed


def as_told(document: Document, fig: Figure) -> Figure:
    """A relative date its version counts from its own date ("last year", "no ano passado",
    "May last year", "the second half of next year" in a 2025 article) as the calendar
    time it resolved to (align.roles.from_publication), to be compared with a date written
    out; one counted from the story's time ("the previous year"), a comparison's base, a
    day ("on Friday": the day of the news), or in a version whose date is borrowed or
    guessed, stays relative."""
    if not fig.relative or fig.precision in (None, "day") or fig.value is None:
        return fig
    if not own_date(document) or document.year_guessed:
        return fig
    if not roles.from_publication(document.text, fig, document.language):
        return fig
    return dataclasses.replace(fig, relative=False)


def told_alike(a: Figure, b: Figure, told_a: Figure, told_b: Figure) -> tuple[Figure, Figure]:
    """Two dates to compare: a relative one against one written out as precisely as the
    time it tells (``as_told``: ``told_a``, ``told_b``); two relative dates, dates of
    unlike precision ("last year" against "18 January 2023") or a business year, as they
    are."""
    if a.relative != b.relative and a.precision == b.precision:
        if _calendar(a) and _calendar(b):
            return told_a, told_b
    return a, b


def _calendar(fig: Figure) -> bool:
    """Whether a year or a part of one is the calendar's: a business year ("24年3月期",
    April to March) is one that a summary may call "this year"."""
    first = fig.value[0] if isinstance(fig.value, tuple) and fig.value else None
    if fig.precision not in ("year", "quarter") or first is None:
        return True
    return int(first[5:7]) in ((1,) if fig.precision == "year" else (1, 4, 7, 10))


def check(context: Context, options: Mapping[str, Any]) -> Iterator[Finding]:
    # Whether each figure's version has a date of its own (stated or given), not one
    # borrowed from the other versions: only then is "In March" resolved, not guessed.
    dated = {
        id(fig): own_date(version.document)
        for version in context.versions
        for fig in version.figures
    }
    published = latest_date(context)
    lines = own_datelines(context)

    # a relative date against one written out as precisely is compared as the time it
    # tells; two relative dates are compared by their words (time-reference-drift)
    told = {
        id(fig): as_told(version.document, fig)
        for version in context.versions
        for fig in version.figures
        if fig.relative
    }

    def judge(a: Figure, b: Figure, *_texts: str) -> str | None:
        dated_a, dated_b = dated.get(id(a), False), dated.get(id(b), False)
        a, b = told_alike(a, b, told.get(id(a), a), told.get(id(b), b))
        return difference(a, b, dated_a, dated_b, published)

    def skip(context: Context, a: FigureRef, b: FigureRef) -> bool:
        # a version's own date is no fact of the story: datelines() compares those alone
        return a in lines or b in lines or months_told_by_both(context, a, b)

    yield from _facts.pairwise(
        context, RULE, judge, lambda f: f.value, lambda reasons, _: "; ".join(reasons), skip
    )
    yield from datelines(context, lines)


def latest_date(context: Context) -> dt.date | None:
    """The latest of the versions' publication dates, or None when none is known."""
    days = [v.document.published for v in context.versions if v.document.published]
    return max(days, default=None)


def months_told_by_both(context: Context, a: FigureRef, b: FigureRef) -> bool:
    """Whether one of two months named without their year ("September", "October") is
    told by the other's version too, in another figure: copy on a monthly figure names
    both the month and the one before ("85.5% in October, up from 83.5% in September"),
    and one version's earlier month paired with another's later one is two readings, not
    one month misreported."""
    fa, fb = context.figure(a), context.figure(b)
    if not all(f.kind == "date" and f.relative and f.precision == "month" for f in (fa, fb)):
        return False
    return _tells(context, a, fb.value) or _tells(context, b, fa.value)


def _tells(context: Context, ref: FigureRef, value) -> bool:
    """Whether ``ref``'s version states ``value`` as a date in a figure other than ``ref``."""
    return any(
        i != ref.fig and fig.kind == "date" and fig.value == value
        for i, fig in enumerate(context.versions[ref.doc].figures)
    )


#: Where a version's publication date is read from its own opening words (figcheck.published).
STATED_SOURCES = ("dateline", "date-line", "published-line")
#: Characters from the start of a version within which its dateline stands.
HEAD = 600


def dateline(index: int, document: Document, figures) -> FigureRef | None:
    """The figure that states a version's own publication date at its head, if one does."""
    if document.published_source not in STATED_SOURCES or document.published is None:
        return None
    day = document.published.isoformat()
    for i, fig in enumerate(figures):
        if fig.start >= HEAD:
            break
        if fig.kind == "date" and not fig.relative and fig.value == (day, day):
            return FigureRef(index, i)
    return None


def year_slip(a: Figure, b: Figure, *_texts: str) -> str | None:
    """Two datelines on the same day of different years: versions of one story appear days
    apart, never a year to the day, so one year was mistyped."""
    if a.value != b.value and a.value[0][4:] == b.value[0][4:]:
        return "different dates"
    return None


def own_datelines(context: Context) -> list[FigureRef]:
    """The figures that state the versions' own publication dates at their heads."""
    return [
        ref
        for index, version in enumerate(context.versions)
        if (ref := dateline(index, version.document, version.figures)) is not None
    ]


def datelines(context: Context, lines: list[FigureRef]) -> Iterator[Finding]:
    """The versions' datelines compared as one fact, apart from the alignment's facts: the
    day a version was published is no fact of its story, and versions appear days apart;
    only the same day of another year, a slipped year, is reported. A translation's
    dateline shares no words or value with the original's once its year slipped, so no
    alignment would pair them anyway."""
    own = dataclasses.replace(context, facts=(tuple(lines),) if len(lines) > 1 else ())
    yield from _facts.pairwise(
        own, RULE, year_slip, lambda f: f.value, lambda reasons, _: "; ".join(reasons)
    )
