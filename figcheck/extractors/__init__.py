"""Turn a text into its figures: each kind has a finder; this module arbitrates.

Finders may propose overlapping figures ("3 million yuan" is money, "3 million"
a number); the longest span wins, then the kind with the higher priority.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable

from figcheck.document import line_column, line_starts
from figcheck.extractors import (
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

__all__ = ["FINDERS", "extract", "unparsed"]

Finder = Callable[[str, "dt.date | None"], Iterable[Figure]]

#: Finders in order of priority: when two figures cover the same words, the earlier kind wins.
FINDERS: list[tuple[str, Finder]] = [
    ("money", money.find),
    ("percent", percent.find),
    ("quantity", quantity.find),
    ("ratio", ratio.find),
    ("date", dates.find),
    ("count", count.find),
    ("number", number.find),
]

_PRIORITY = {kind: rank for rank, (kind, _) in enumerate(FINDERS)}


#: Texts longer than twice this are read in pieces of about this many characters, cut at
#: paragraph breaks, so that several cores can share a long file. Where the pieces are cut
#: depends on the text alone: the figures are the same on any machine.
PIECE = 1_000_000
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\r\n]*\r?\n")


def unparsed(text: str, figures: list[Figure]) -> list[tuple[int, int, str]]:
    """Numeric-looking tokens of ``text`` that no figure covers and no exclusion explains
    (``figcheck.extractors.unread``, imported here on first use)."""
    from figcheck.extractors.unread import unparsed as tokens

    return tokens(text, figures)


def extract(text: str, published: dt.date | None = None) -> list[Figure]:
    """Every figure in ``text`` in text order, normalized and linked."""
    starts = piece_starts(text)
    if len(starts) == 1:
        return _extract_piece(text, published)
    from figcheck.parallel import run_all

    ends = [*starts[1:], len(text)]
    pieces = [(text[start:end], published) for start, end in zip(starts, ends, strict=True)]
    return _joined(text, starts, run_all(_extract_args, pieces))


def piece_starts(text: str) -> list[int]:
    """Where each piece of a long text starts: after a blank line about every PIECE characters."""
    starts = [0]
    while len(text) - starts[-1] > 2 * PIECE:
        cut = _PARAGRAPH_BREAK.search(text, starts[-1] + PIECE)
        if cut is None:
            break  # one paragraph to the end: read it whole
        starts.append(cut.end())
    return starts


def _extract_args(args: tuple[str, dt.date | None]) -> list[Figure]:
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


def _extract_piece(text: str, published: dt.date | None = None) -> list[Figure]:
    masked = exclusions.masked_spans(text)
    candidates: list[Figure] = []
    for _kind, finder in FINDERS:
        for fig in finder(text, published):
            if not exclusions.is_masked(masked, fig.start, fig.end):
                candidates.append(fig)
    figures = _without_overlaps(candidates)
    figures = qualifiers.attach(figures, text)
    figures = money.link(figures, text)
    figures = ranges.link(figures, text)
    starts = line_starts(text)
    located = []
    for fig in figures:
        line, column = line_column(starts, fig.start)
        located.append(fig.with_changes(line=line, column=column))
    return located


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
