"""Offsets in a decoded text, and the lines and columns an editor shows for them.

Offsets are Python ``str`` offsets (code points, end exclusive); a line ends at
``\\r\\n``, ``\\r`` or ``\\n``, as editors count them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
#: Three blanks or more in a row.
_BLANK_RUN = re.compile(r"\s{3,}")


def line_starts(text: str) -> list[int]:
    """The offset where each line of ``text`` starts (the first is 0)."""
    starts = [0]
    for match in _LINE_BREAK.finditer(text):
        starts.append(match.end())
    return starts


def line_column(starts: Sequence[int], offset: int) -> tuple[int, int]:
    """1-based line and column of an offset, given the text's ``line_starts``."""
    index = bisect.bisect_right(starts, offset) - 1
    return index + 1, offset - starts[index] + 1


def squeezed(gap: str) -> str:
    """``gap`` with every run of blanks cut to two, for a pattern that reads the words
    between two figures: where blanks are ``\\s*`` or ``\\s+`` in it (no word it spells
    out holds two in a row), it reads a run of any length alike, but backtracks through
    a long one in quadratic or cubic time (a paragraph blanked out for another language
    held 1,700 blanks: 15 s for one conversion's gap)."""
    return _BLANK_RUN.sub("  ", gap)
