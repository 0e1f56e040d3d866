"""Turn a text into its figures: each kind has a finder; this module arbitrates.

Finders may propose overlapping figures ("3 million yuan" is money, "3 million"
a number); the longest span wins, then the kind with the higher priority.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Protocol

from figcheck.extractors import (
    cjk,
    count,
    dates,
    exclusions,
    money,
    number,
    percent,
    qualifiers,
    quantity,
    ranges,
    ratio,
)
from figcheck.extractors.numbers import clock_spans
from figcheck.figures import Figure
from figcheck.text import line_column, line_starts

#: A finder reads one kind of figure: ``find(text, published, language)``.
Finder = Callable[[str, "dt.date | None", str], Iterable[Figure]]


def _dates(text: str, published: dt.date | None, language: str = "en") -> Iterable[Figure]:
    """Dates: the finder tells each sentence's language by its function words itself; a
    sentence too short to tell is read in the document's ``language``."""
    return dates.find(text, published, language)


def _ratio(text: str, published: dt.date | None, language: str = "en") -> Iterable[Figure]:
    """Shares and multipliers ("one in five", "three times") in the words of the language
    (its lexicon's ratio tables; none in a language that has no rows for them)."""
    return ratio.find(text, published, language)


def _cjk(text: str, published: dt.date | None, language: str = "en") -> Iterable[Figure]:
    """Chinese and Japanese: the finder reads only lines in those scripts, whatever the
    document's language (a Chinese quote in an English story is still read)."""
    return cjk.find(text, published, language)


__all__ = ["FINDERS", "extract", "unparsed"]


#: Finders in order of priority: when two figures cover the same words, the earlier kind wins.
FINDERS: list[tuple[str, Finder]] = [
    ("cjk", _cjk),  # Chinese and Japanese lines: read first, so they win ties
    ("money", money.find),
    ("percent", percent.find),
    ("quantity", quantity.find),
    ("ratio", _ratio),
    ("date", _dates),
    ("count", count.find),
    ("number", number.find),
]

_PRIORITY = {kind: rank for rank, (kind, _) in enumerate(FINDERS)}


#: Texts longer than twice this are read in pieces of about this many characters, cut at
#: paragraph breaks, so that several cores can share a long file. Where the pieces are cut
#: depends on the text alone: the figures are the same on any machine.
PIECE = 1_000_000
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\r\n]*\r?\n")


def unparsed(text: str, figures: list[Figure], language: str = "en") -> list[tuple[int, int, str]]:
    """Numeric-looking tokens of ``text`` that no figure covers and no exclusion explains
    (``figcheck.extractors.unread``, imported here on first use); dates and ranks are told
    in English and in ``language``, the document's."""
    from figcheck.extractors.unread import unparsed as tokens

    return tokens(text, figures, language)


def extract(
    text: str,
    published: dt.date | None = None,
    language: str = "en",
    map_pieces: Callable = map,
    known: KnownParagraphs | None = None,
) -> list[Figure]:
    """Every figure in ``text`` in text order, normalized and linked.

    ``language`` (an ISO 639-1 code of ``figcheck.lang.SUPPORTED``) says how numbers are
    written: "2,7 millones" is 2.7 million in "es" and not a number at all in "en". A long
    text's pieces are read with ``map_pieces`` (the pipeline passes its parallel map).
    ``known`` holds the figures of paragraphs read before (an edited draft's unchanged
    ones): only the other paragraphs are read, and what is read is added to it.
    """
    starts = piece_starts(text)
    if len(starts) == 1:
        found = (
            read(text, published, language)
            if known is None
            else _read_knowing(known, text, published, language)
        )
    else:
        ends = [*starts[1:], len(text)]
        pieces = [(text[a:b], published, language) for a, b in zip(starts, ends, strict=True)]
        found = _shifted(starts, list(map_pieces(_read_args, pieces)))
    return _linked(found, text, language)


class KnownParagraphs(Protocol):
    """Figures read before, by (paragraph, publication date, language): what ``read``
    gives for the paragraph alone, offsets counted from its start."""

    def get(self, key: tuple) -> Sequence[Figure] | None: ...

    def put(self, key: tuple, figures: Sequence[Figure]) -> None: ...


#: A text whose unknown paragraphs hold more than this share of it is read whole (one
#: pass costs less than many small ones), and every paragraph of it is kept.
READ_WHOLE_ABOVE = 0.5


def _read_knowing(
    known: KnownParagraphs, text: str, published: dt.date | None, language: str
) -> list[Figure]:
    """``read(text)``, each known paragraph's figures taken from ``known``, each run of
    unknown ones read as one piece and added to it.

    This gives the figures of the whole text because a figure is read from its paragraph
    alone (a date or a range never runs across a blank line); what the article says as a
    whole (which dollar its "$" is) is worked out after, in ``_linked``.
    """
    spans = paragraphs(text)
    keys = [(text[a:b], published, language) for a, b in spans]
    kept = [known.get(key) for key in keys]
    unknown = sum(b - a for (a, b), figures in zip(spans, kept, strict=True) if figures is None)
    if unknown > len(text) * READ_WHOLE_ABOVE:
        figures = read(text, published, language)
        _keep(known, keys, spans, figures)
        return figures
    starts: list[int] = []
    pieces: list[Sequence[Figure]] = []
    at = 0
    while at < len(spans):
        if kept[at] is not None:
            starts.append(spans[at][0])
            pieces.append(kept[at])
            at += 1
            continue
        last = at
        while last + 1 < len(spans) and kept[last + 1] is None:
            last += 1
        start, end = spans[at][0], spans[last][1]
        figures = read(text[start:end], published, language)
        _keep(
            known,
            keys[at : last + 1],
            [(a - start, b - start) for a, b in spans[at : last + 1]],
            figures,
        )
        starts.append(start)
        pieces.append(figures)
        at = last + 1
    return _shifted(starts, pieces)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph, the blank lines after it included; one for no text."""
    starts = [0, *(m.end() for m in _PARAGRAPH_BREAK.finditer(text) if m.end() < len(text))]
    return list(zip(starts, [*starts[1:], len(text)], strict=True))


def _keep(
    known: KnownParagraphs,
    keys: list[tuple],
    spans: list[tuple[int, int]],
    figures: Sequence[Figure],
) -> None:
    """Give ``known`` each paragraph's figures, from its start; a paragraph that a figure's
    words run out of (or into) is not kept, as its figures are not its own."""
    own: list[list[Figure] | None] = [[] for _ in spans]
    starts = [start for start, _ in spans]
    ends = [end for _, end in spans]
    for fig in figures:
        at = bisect.bisect_right(ends, fig.start)
        start, end = fig.span
        first = min(bisect.bisect_right(ends, start), len(spans) - 1)
        last = bisect.bisect_left(starts, max(end, start + 1)) - 1
        if first != at or last != at:
            own[first : last + 1] = [None] * (last + 1 - first)
        elif own[at] is not None:
            own[at].append(fig)
    for key, (start, _), figs in zip(keys, spans, own, strict=True):
        if figs is not None:
            known.put(key, tuple(_moved(fig, -start) for fig in figs))


def piece_starts(text: str) -> list[int]:
    """Where each piece of a long text starts: after a blank line about every PIECE characters."""
    starts = [0]
    while len(text) - starts[-1] > 2 * PIECE:
        cut = _PARAGRAPH_BREAK.search(text, starts[-1] + PIECE)
        if cut is None:
            break  # one paragraph to the end: read it whole
        starts.append(cut.end())
    return starts


def _read_args(args: tuple[str, dt.date | None, str]) -> list[Figure]:
    return read(*args)


def _moved(fig: Figure, by: int) -> Figure:
    """The figure with its offsets moved ``by`` characters."""
    if not by:
        return fig
    return fig.with_changes(
        start=fig.start + by,
        end=fig.end + by,
        phrase_start=None if fig.phrase_start is None else fig.phrase_start + by,
        phrase_end=None if fig.phrase_end is None else fig.phrase_end + by,
    )


def _shifted(starts: list[int], pieces: Sequence[Sequence[Figure]]) -> list[Figure]:
    """The pieces' figures with offsets counted from the start of the whole text."""
    return [
        _moved(fig, start) for start, figures in zip(starts, pieces, strict=True) for fig in figures
    ]


def read(text: str, published: dt.date | None = None, language: str = "en") -> list[Figure]:
    """The figures of one piece of text as its finders read them, before ``_linked``
    joins them to one another: nothing here looks beyond a paragraph."""
    masked = _masked(text, language)
    candidates: list[Figure] = []
    for _kind, finder in FINDERS:
        for fig in finder(text, published, language):
            if not exclusions.is_masked(masked, fig.start, fig.end):
                candidates.append(fig)
    return qualifiers.attach(_without_overlaps(candidates), text, language)


def _linked(figures: list[Figure], text: str, language: str) -> list[Figure]:
    """The figures of the whole text joined up (ranges, stated conversions, which dollar a
    bare "$" is, as the article says) and located by line and column."""
    figures = money.link(figures, text, language)
    figures = cjk.link(figures, text)
    figures = ranges.link(figures, text)
    starts = line_starts(text)
    located = []
    for fig in figures:
        line, column = line_column(starts, fig.start)
        located.append(fig.with_changes(line=line, column=column))
    return located


#: A number grouped in threes with dots or spaces ("12.345.678", "1 414 021 100"), which the
#: phone-number exclusion would take for a phone number in a language that groups so.
_GROUPED = re.compile(r"[1-9]\d{0,2}(?P<mark>[.\u00a0\u202f ])\d{3}(?:(?P=mark)\d{3})*")


def _masked(text: str, language: str) -> Sequence[tuple[int, int]]:
    """The spans no figure may come from; grouped numbers stay readable outside English,
    and a time of day is written in the words of the language ("a las 18.30 horas")."""
    spans = exclusions.masked_spans(text)
    if language == "en":
        return spans
    kept = [(a, b) for a, b in spans if not _GROUPED.fullmatch(text, a, b)]
    clocks = clock_spans(text, language)
    return exclusions.merged(sorted(kept + clocks)) if clocks else kept


def _without_overlaps(candidates: list[Figure]) -> list[Figure]:
    """Keep the longest, then highest-priority, figure wherever figures overlap."""
    ranked = sorted(
        candidates,
        key=lambda f: (-(f.end - f.start), _PRIORITY.get(f.kind, 99), f.start),
    )
    kept: list[Figure] = []
    # 1 where a kept figure stands: one lookup per figure instead of a scan of all kept ones.
    # Empty spans cannot be marked, so they keep the pairwise test (there are hardly any).
    taken = bytearray(max((f.end for f in candidates), default=0))
    empty: list[tuple[int, int]] = []
    for fig in ranked:
        if fig.end > fig.start and taken.find(1, fig.start, fig.end) != -1:
            continue
        if fig.end <= fig.start and any(k.start < fig.end and fig.start < k.end for k in kept):
            continue
        if any(s < fig.end and fig.start < e for s, e in empty):
            continue
        kept.append(fig)
        if fig.end > fig.start:
            taken[fig.start : fig.end] = b"\x01" * (fig.end - fig.start)
        else:
            empty.append((fig.start, fig.end))
    return sorted(kept, key=lambda f: (f.start, f.end))
