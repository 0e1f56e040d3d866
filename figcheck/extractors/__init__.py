"""Turn a text into its figures: each kind has a finder; this module arbitrates.

Finders may propose overlapping figures ("3 million yuan" is money, "3 million"
a number); the longest span wins, then the kind with the higher priority.
"""

from __future__ import annotations

import datetime as dt
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
)
from figcheck.figures import Figure

Finder = Callable[[str, "dt.date | None"], Iterable[Figure]]

#: Finders in order of priority: when two figures cover the same words, the earlier kind wins.
FINDERS: list[tuple[str, Finder]] = [
    ("money", money.find),
    ("percent", percent.find),
    ("quantity", quantity.find),
    ("date", dates.find),
    ("count", count.find),
    ("number", number.find),
]

_PRIORITY = {kind: rank for rank, (kind, _) in enumerate(FINDERS)}


def extract(text: str, published: dt.date | None = None) -> list[Figure]:
    """Every figure in ``text`` in text order, normalized and linked."""
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
