"""Turn a text into its figures: each kind has a finder; this module arbitrates.

Finders may propose overlapping figures ("3 million yuan" is money, "3 million"
a number); the longest span wins, then the kind with the higher priority.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence

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
) -> list[Figure]:
    """Every figure in ``text`` in text order, normalized and linked.

    ``language`` (an ISO 639-1 code of ``figcheck.lang.SUPPORTED``) says how numbers are
    written: "2,7 millones" is 2.7 million in "es" and not a number at all in "en". A long
    text's pieces are read with ``map_pieces`` (the pipeline passes its parallel map).
    """
    starts = piece_starts(text)
    if len(starts) == 1:
        return _extract_piece(text, published, language)
    ends = [*starts[1:], len(text)]
    pieces = [
        (text[start:end], published, language) for start, end in zip(starts, ends, strict=True)
    ]
    return _joined(text, starts, list(map_pieces(_extract_args, pieces)))


def piece_starts(text: str) -> list[int]:
    """Where each piece of a long text starts: after a blank line about every PIECE characters."""
    starts = [0]
    while len(text) - starts[-1] > 2 * PIECE:
        cut = _PARAGRAPH_BREAK.search(text, starts[-1] + PIECE)
        if cut is None:
            break  # one paragraph to the end: read it whole
        starts.append(cut.end())
    return starts


def _extract_args(args: tuple[str, dt.date | None, str]) -> list[Figure]:
    return _extract_piece(*args)


def _joined(text: str, starts: list[int], pieces: list[list[Figure]]) -> list[Figure]:
    """The pieces' figures with offsets, lines and links counted from the start of ``text``."""
    line_of = line_starts(text)
    joined: list[Figure] = []
    for start, figures in zip(starts, pieces, strict=True):
        lines_before = line_column(line_of, start)[0] - 1  # a piece starts a line
        first = len(joined)
        for fig in figures:
            joined.append(
                fig.with_changes(
                    start=fig.start + start,
                    end=fig.end + start,
                    phrase_start=None if fig.phrase_start is None else fig.phrase_start + start,
                    phrase_end=None if fig.phrase_end is None else fig.phrase_end + start,
                    line=fig.line + lines_before,
                    conversion_of=None if fig.conversion_of is None else fig.conversion_of + first,
                    range_with=None if fig.range_with is None else fig.range_with + first,
                )
            )
    return joined


def _extract_piece(
    text: str, published: dt.date | None = None, language: str = "en"
) -> list[Figure]:
    masked = _masked(text, language)
    candidates: list[Figure] = []
    for _kind, finder in FINDERS:
        for fig in finder(text, published, language):
            if not exclusions.is_masked(masked, fig.start, fig.end):
                candidates.append(fig)
    figures = _without_overlaps(candidates)
    figures = qualifiers.attach(figures, text, language)
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
    """The spans no figure may come from; grouped numbers stay readable outside English."""
    spans = exclusions.masked_spans(text)
    if language == "en":
        return spans
    return [(a, b) for a, b in spans if not _GROUPED.fullmatch(text, a, b)]


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
