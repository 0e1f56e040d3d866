"""Offsets in a decoded text, and the lines and columns an editor shows for them.

Offsets are Python ``str`` offsets (code points, end exclusive); a line ends at
``\\r\\n``, ``\\r`` or ``\\n``, as editors count them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


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
