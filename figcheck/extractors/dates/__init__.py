"""Dates, periods and relative dates, resolved to ISO (first, last) day pairs.

Every date is an interval: "2019" covers 2019-01-01..2019-12-31, "June 2022" its
30 days, so rules compare "in 2021" with "in June 2021" by overlap. Words that
count from the publication date ("last year", "in October", "on Thursday") are
resolved against it and marked ``relative``; without a publication date they
keep ``value=None``.

Each way of writing a date is one ``Form`` record (``form.py``), grouped by file:
``absolute`` (calendar dates), ``relative`` (counted from publication), ``periods``
(spans written as one phrase). ``search`` runs them sentence by sentence and settles
overlaps; ``combine`` then joins neighbours into ranges and widens dates by the words
around them.

Conventions, chosen for newswire copy:
- a month without a year ("in October") is the most recent such month not after
  publication, unless its sentence puts it ahead ("will take effect in April": the next
  April); a weekday ("on Thursday") the most recent such day on or before it;
- a span of months without a year ("January-March", "from April to June") is read whole:
  its end is the most recent such month, its start in that year (or the one before:
  "November-February");
- "next Friday" is the first Friday after publication, "last Friday" the last before;
- "a year earlier" counts from the date the sentence names before it ("in 2024, up from
  37 million a year earlier" is 2023), else from publication; ``extra`` then carries that
  date as ``anchor`` and the value counted from publication (``publication_value``);
- "in five years" / "within five years" are durations, not dates: left to the
  quantity finder (their start is the story's business, not the calendar's);
- seasons are northern-hemisphere meteorological ones (summer = June..August);
- a count that leaves the calendar (years 1 to 9999: "next year" published in 9999,
  "for 9,999 years until 2018") leaves what it would count unresolved, never raises.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator

from figcheck.extractors.dates import combine, localized, search
from figcheck.extractors.dates.tables import FULL_MONTHS
from figcheck.figures import Figure


@functools.cache
def _counting(languages: tuple):
    """A reader of the phrases of a text's other languages that count from the date their
    sentence names ("el año anterior"), None for an English-only text."""
    if not languages:
        return None
    readers = [localized.counted_from_sentence(language.WORDS) for language in languages]

    def read(phrase: str):
        return next((found for r in readers if (found := r(phrase)) is not None), None)

    return read


@functools.cache
def _combining(languages: tuple) -> tuple[list, list]:
    """The joins and wideners for a text: English ones, then those of its other languages."""
    vocabularies = [localized.vocabulary(language.WORDS) for language in languages]
    joins = [
        *combine.JOINS,
        *(
            join(v)
            for v in vocabularies
            for join in (localized.weekday_and_day, localized.date_range)
        ),
    ]
    wideners = [*combine.WIDENERS, *(localized.open_period(v) for v in vocabularies)]
    return joins, wideners


def find(text: str, published: dt.date | None = None, language: str = "en") -> Iterator[Figure]:
    """Every date and period in ``text``, resolved against ``published`` where relative;
    ``language`` (the document's) reads the sentences whose function words tell none."""
    ref = published.date() if isinstance(published, dt.datetime) else published
    stated = search.language_module(language)
    languages = search.languages_in(text)
    if stated is not None and stated not in languages:
        languages = (*languages, stated)
    hits = search.candidates(text, ref, languages, stated)
    languages_at = search.sentence_languages(text, languages, stated)
    hits = [combine.ahead(text, hit, ref, languages_at) for hit in hits]
    joins, wideners = _combining(languages)
    hits = combine.merge_ranges(text, hits, joins)
    hits = combine.drop_covered([combine.widen(text, h, wideners) for h in hits])
    starts = [h.start for h in hits]
    counted = _counting(languages)
    hits = [combine.anchor(text, hit, hits, starts, counted) for hit in hits]
    for hit in hits:
        first = hit.first.isoformat() if hit.first else None
        last = hit.last.isoformat() if hit.last else None
        unresolved = first is None and last is None
        end = _before_full_stop(text, hit.start, hit.end)
        yield Figure(
            kind=hit.kind,
            start=hit.start,
            end=end,
            text=text[hit.start : end],
            value=None if unresolved else (first, last),
            precision=hit.precision,
            relative=hit.relative,
            open_start=hit.open_start,
            open_end=hit.open_end,
            extra=hit.extra,
        )


_LAST_WORD = re.compile(r"([A-Za-z]+)\.$")


def _before_full_stop(text: str, start: int, end: int) -> int:
    """Where a date ends without the dot after a month written in full ("in June." is
    "June"): the forms take a dot after a month for "Sept." and "Jan.", and there it
    ends the abbreviation, not the date."""
    if text[end - 1 : end] != ".":
        return end
    word = _LAST_WORD.search(text, max(start, end - 12), end)
    return end - 1 if word and word.group(1).lower() in FULL_MONTHS else end
