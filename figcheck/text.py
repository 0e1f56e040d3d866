"""Offsets in a decoded text, the lines and columns an editor shows for them, and the
pattern that finds any of a list of words in it.

Offsets are Python ``str`` offsets (code points, end exclusive); a line ends at
``\\r\\n``, ``\\r`` or ``\\n``, as editors count them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Sequence

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
#: A pattern that matches nothing: what an alternation of no words is, by default.
NEVER = "(?!)"
#: Three blanks or more in a row.
#: (not \s{3,}: re skips ahead fast only to a pattern that starts with a class)
_BLANK_RUN = re.compile(r"\s\s\s+")


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


def alternation(
    words: Iterable[str],
    *,
    space: str | None = None,
    spell: Callable[[str], str] = re.escape,
    empty: str = NEVER,
    lead: bool = False,
) -> str:
    r"""One regular-expression alternation of ``words``, longest first.

    Python's ``re`` takes the first branch that matches, not the longest: "sept" must come
    before "sep", "billion dollars" before "billion". Equal lengths are ordered
    alphabetically, so that the pattern is the same text in every run whatever order a set
    gave (the compiled-pattern cache is keyed on that text). Repeated and empty words are
    dropped: an empty branch would match everywhere.

    ``spell`` writes one word as a pattern (default: literally). ``space``, if given, is
    the pattern a space inside a word matches instead of one space (``r"\s+"``: any run of
    blanks). ``empty`` is the pattern for no words at all: by default one that never
    matches, as a group of nothing would match the empty string; ``""`` lets a caller test
    the result for truth.

    ``lead`` (with the default ``spell``) puts a test of the words' first letters before
    them: a search fails at most places of a text at that one test instead of at every
    word, several times faster in a pattern that ignores case, where ``re`` finds no
    letters of its own to skip ahead by. The pattern is then one group, and finds the same.
    Words that all start without case (Chinese, digits, signs) get none: ``re`` skips
    ahead to them by itself, faster than any test.
    """
    found = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    if not found:
        return empty
    if space is None:
        either = "|".join(map(spell, found))
    else:
        either = "|".join(space.join(map(spell, w.split(" "))) for w in found)
    if not lead or spell is not re.escape or any(w.startswith(" ") for w in found):
        return either
    if all(w[0].lower() == w[0].upper() for w in found):
        return either  # no letter with a case: re skips ahead to such words by itself
    return led(initials(found), either)


def initials(words: Iterable[str]) -> str:
    """The first characters of ``words``, as the contents of a character class (see ``led``)."""
    return "".join(sorted({re.escape(w[0]) for w in words if w}))


def led(firsts: str, source: str) -> str:
    """``source`` behind a test that the next character is one of ``firsts`` (a character
    class's contents): the same matches where every match starts with one of them, found
    several times faster. A pattern that ignores case and starts with words gives ``re`` no
    letter to skip ahead by, so it tries every word at every place; most places fail the test."""
    return f"(?=[{firsts}])(?:{source})"


def squeezed(gap: str) -> str:
    """``gap`` with every run of blanks cut to two, for a pattern that reads the words
    between two figures: where blanks are ``\\s*`` or ``\\s+`` in it (no word it spells
    out holds two in a row), it reads a run of any length alike, but backtracks through
    a long one in quadratic or cubic time (a paragraph blanked out for another language
    held 1,700 blanks: 15 s for one conversion's gap)."""
    return _BLANK_RUN.sub("  ", gap)
