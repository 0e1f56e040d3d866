"""The date finder's two records: a form (one way of writing a date) and a hit (one reading).

A new date form is one ``Form``: its pattern, what a sentence must hold before the
pattern is worth running (``needs``, then ``trigger``), the builder that turns a
match into a ``Hit``, and its rank among forms that read the same words.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from figcheck.extractors.dates import days
from figcheck.text import led

#: Stands, in a form's needs, for any decimal digit.
DIGIT = "digit"


@dataclass(frozen=True)
class Hit:
    """A candidate date: an interval (None when unresolved) and how it was read."""

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


#: Turns a match (in the whole text, against the publication date) into a hit, or refuses it.
Builder = Callable[[re.Match, str, "dt.date | None"], "Hit | None"]


@dataclass(frozen=True)
class Form:
    """One way of writing a date, and how to read it.

    ``needs`` are groups of words (casefolded substrings, or ``DIGIT``): a sentence the
    pattern can match holds one word of every group. ``trigger`` are cheap regular
    expressions that all find something in such a sentence. Both are implied by the
    pattern (or by the builder accepting its match): they only save time, and a test
    checks them against the pattern. Where two hits of the same length overlap, the
    lower ``rank`` wins.
    """

    name: str
    pattern: str
    needs: tuple[tuple[str, ...], ...]
    trigger: tuple[str, ...]
    build: Builder
    rank: int
    #: Texts the form reads: documentation, and rows of the needs/trigger test.
    examples: tuple[str, ...] = ()
    #: The characters every match starts with (a character class's contents), or "": see
    #: ``figcheck.text.led``; a test checks that the pattern finds the same with and without it.
    lead: str = ""

    def read(self, match: re.Match, text: str, ref: dt.date | None) -> Hit | None:
        """The builder's hit; where counting from ``ref`` leaves the calendar (near year 1
        or 9999), the hit the form gives without a publication date: unresolved."""
        try:
            return self.build(match, text, ref)
        except days.OFF_CALENDAR:
            if ref is None:
                raise
            return self.build(match, text, None)

    @property
    def regex(self) -> re.Pattern:
        """Compiled on first use: a text without month names never pays for the month forms."""
        return _compiled_led(self.lead, self.pattern)


@functools.cache
def compiled(source: str) -> re.Pattern:
    """A pattern or trigger, compiled (ignoring case) on first use."""
    return re.compile(source, re.I)


@functools.cache
def _compiled_led(firsts: str, source: str) -> re.Pattern:
    return compiled(led(firsts, source) if firsts else source)


@dataclass(frozen=True)
class Ranked:
    """A hit and the rank of the form that read it (the tie-break between overlapping hits)."""

    hit: Hit
    rank: int


def hit(match: re.Match, first, last, precision: str, **kw) -> Hit:
    """A hit covering ``match``."""
    return Hit(match.start(), match.end(), first, last, precision, **kw)


def day_hit(match, year, month, day, ref, **kw) -> Hit | None:
    """A day; without a year it is the most recent such day not after publication."""
    if year is None:
        if day is None or not 1 <= day <= 31 or not 1 <= month <= 12:
            return None
        if ref is None:
            return hit(match, None, None, "day", relative=True, month_day=(month, day), **kw)
        year = days.recent_month(month, ref)
        if month == ref.month and day > ref.day:
            year = days.counted_year(year - 1)
        date = days.safe(year, month, day)
        return date and hit(match, date, date, "day", relative=True, month_day=(month, day), **kw)
    date = days.safe(year, month, day)
    return date and hit(match, date, date, "day", **kw)
