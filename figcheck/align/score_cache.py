"""Similarity rows of alignment, kept between command-line runs.

A pre-commit hook checks a draft whose sentences mostly did not change against a source
that did not change at all, and scoring the words of every pair of their figures is most
of its alignment (``plain``). A score depends on nothing but its two strings, the scorer
and figcheck's code, so each string's row of scores is kept in one entry of the figure
cache (figcheck.figure_cache, whose file name holds the code stamp), under a digest of the
scorer and the string, with the digests of the strings it was scored against: a run that
asks the same row again reads it back, and one whose other side changed (the draft's
edited sentence) scores only the pairs with the changed strings.

The cache changes nothing but time: a row read back holds the very float32 scores the
scorer gave. The entry carries a digest of its bytes; a damaged entry, or a row not of
one score per string, is worked out afresh. The entry keeps the rows of the last run
first, then older ones, MOST_ROWS in all. Without an installed figure cache
(``FIGCHECK_NO_CACHE``, a library call) the rows are worked out as always, none kept.
"""

from __future__ import annotations

import functools
from array import array
from collections.abc import Callable
from decimal import Decimal

from figcheck import figure_cache
from figcheck.code_stamp import blake2b

#: Rows kept in the entry: a hook of a 10 KB draft against a 5 KB source uses some 650.
MOST_ROWS = 2000
#: Rows kept for one string from earlier runs, besides those of the last run: a draft's
#: edit gives each source sentence a new row against the edited draft every run, and the
#: older ones hold little the newer do not.
OLDER_SIDES = 3
#: Tie-breakers kept (``scoring.TieMemo``): a hook uses some 900.
MOST_TIES = 3000
#: The entry's name in the figure cache's folder.
NAME = "scores"
#: Bytes of the digest that names a row, and of the one that checks the entry.
DIGEST = 16

#: ``score(queries, choices)``: each query's row of scores against the choices, in order.
Scorer = Callable[[list[str], list[str]], list[list[float]]]
#: A kept row: the digest of its scorer and string, the digests of the strings it was
#: scored against (its side), joined, and its float32 scores' bytes; named by a digest of
#: its string's and its side's. A sentence with a percentage and an amount has a row
#: against each family.
Row = tuple[bytes, bytes, bytes]


class RowStore:
    """The rows (and tie-breakers) read from the entry, and those this run used or added."""

    def __init__(self, kept: dict[bytes, Row], ties: dict[bytes, float] | None = None):
        self.kept = kept
        self.used: dict[bytes, Row] = {}
        #: ``scoring.tie_breakers`` of pairs of profile keys, by their names (``name_of``).
        self.ties = ties or {}
        self.ties_used: dict[bytes, float] = {}
        self.added = False
        self._digests: dict[str, bytes] = {}
        self._sides: dict[bytes, list[Row]] | None = None

    def digest(self, text: str) -> bytes:
        """A string's digest, once per run."""
        found = self._digests.get(text)
        if found is None:
            found = string_digest(text)
            self._digests[text] = found
        return found

    def rows(self, kind: str, queries: list[str], choices: list[str], score: Scorer):
        """Each distinct query's float32 row against ``choices``: a row kept against these
        very choices is read back; rows kept against others give the scores of the choices
        they share, and only the pairs no row holds are scored."""
        columns = [self.digest(choice) for choice in choices]
        side = b"".join(columns)
        named = _digest(side)
        strings = {x: self.digest(f"{kind}\0{x}") for x in queries}
        found: dict[str, list[float]] = {}
        partly: dict[str, list[float | None]] = {}
        at: dict[bytes, list[int]] = {}  # where each choice stands in a kept side
        for x, string in strings.items():
            key = string + named
            row = self.used.get(key) or self.kept.get(key)
            if _well_formed(row) and row[0] == string and row[1] == side:
                found[x] = array("f", row[2]).tolist()
                self.used[key] = row
            else:
                partly[x] = _known(self._kept_sides(string), columns, at)
        if partly:
            found.update(_completed(partly, columns, choices, score))
            self.added = True
            for x in partly:
                string = strings[x]
                row = (string, side, array("f", found[x]).tobytes())
                self.used[string + named] = row
        return found

    def _kept_sides(self, string: bytes) -> list[Row]:
        """The well-formed rows the entry keeps for a scorer and string (found once a run)."""
        if self._sides is None:
            self._sides = {}
            for row in self.kept.values():
                if _well_formed(row):
                    self._sides.setdefault(row[0], []).append(row)
        return self._sides.get(string, [])

    def tie(self, name: bytes) -> float | None:
        """The tie-breakers kept for a pair of profile keys, or None."""
        value = self.ties_used.get(name, self.ties.get(name))
        if type(value) is not float:
            return None
        self.ties_used[name] = value
        return value

    def keep_tie(self, name: bytes, value: float) -> None:
        self.ties_used[name] = value
        self.added = True

    def entry(self) -> tuple[dict[bytes, Row], dict[bytes, float]]:
        """What is written back: this run's rows and tie-breakers first, then older ones,
        MOST_ROWS and MOST_TIES in all."""
        rows = newest_first(self.used, _older_sides(self.used, self.kept), MOST_ROWS)
        return rows, newest_first(self.ties_used, self.ties, MOST_TIES)

    def written(self, entry: tuple[dict[bytes, Row], dict[bytes, float]]) -> None:
        """The entry is written: it is what is kept now, and nothing is newly used."""
        self.kept, self.ties = entry
        self.used, self.ties_used, self.added = {}, {}, False


def newest_first(used: dict, kept: dict, most: int) -> dict:
    """``used`` (this run's), then ``kept`` (older, the newest first) not in it, ``most``
    in all: what an entry keeping the last runs' values writes back."""
    out = dict(used)
    for key, value in kept.items():
        if len(out) >= most:
            break
        out.setdefault(key, value)
    return dict(list(out.items())[:most])


def _older_sides(used: dict[bytes, Row], kept: dict[bytes, Row]) -> dict[bytes, Row]:
    """The rows of ``kept`` (the newest first) not in ``used``, at most OLDER_SIDES of them
    for one string."""
    count: dict[object, int] = {}
    out = {}
    for key, row in kept.items():
        if key in used:
            continue
        string = row[0] if _well_formed(row) else None
        count[string] = count.get(string, 0) + 1
        if count[string] <= OLDER_SIDES:
            out[key] = row
    return out


#: Types whose repr names a value alone (equal reprs, equal values).
_PLAIN = (str, int, bool, float, type(None), Decimal)


def name_of(value: object) -> bytes | None:
    """A digest naming a value made of plain types (strings, numbers, None, tuples of
    them) by its repr; None for any other value, which is never kept."""
    if not _plain(value):
        return None
    return _digest(repr(value).encode("utf-8", "surrogatepass"))


def _plain(value: object) -> bool:
    if type(value) is tuple:
        return all(_plain(part) for part in value)
    return type(value) in _PLAIN


def _well_formed(row: object) -> bool:
    """Whether a kept row is three byte strings: the digest of its string, and one digest
    and one float32 score per string it was scored against."""
    if type(row) is not tuple or len(row) != 3:
        return False
    string, side, scores = row
    return (
        type(string) is bytes
        and type(side) is bytes
        and type(scores) is bytes
        and len(string) == DIGEST
        and len(side) % DIGEST == 0
        and len(scores) * DIGEST == len(side) * 4
    )


def _known(rows: list[Row], columns: list[bytes], at: dict[bytes, list[int]]) -> list:
    """The score of each of ``columns`` that kept ``rows`` hold, None where none does;
    ``at`` holds, for each side met, where each column stands in it (-1: absent)."""
    known: list[float | None] = [None] * len(columns)
    for _, side, scores in rows:
        where = at.get(side)
        if where is None:
            index = {
                side[k : k + DIGEST]: k // DIGEST for k in range(len(side) - DIGEST, -1, -DIGEST)
            }
            where = at[side] = [index.get(column, -1) for column in columns]
        values = array("f", scores).tolist()
        known = [
            v if v is not None or k < 0 else values[k] for v, k in zip(known, where, strict=True)
        ]
    return known


def _completed(
    partly: dict[str, list[float | None]], columns: list[bytes], choices: list[str], score: Scorer
) -> dict[str, list[float]]:
    """The rows of queries whose kept scores are ``partly`` known (None where not): the
    choices any of them lacks are scored against them all, at once (every choice, when
    nothing is kept), and the rest read from what is kept."""
    lacking = sorted({k for known in partly.values() for k, v in enumerate(known) if v is None})
    fresh = score(list(partly), [choices[k] for k in lacking]) if lacking else [[]] * len(partly)
    out = {}
    for (x, known), row in zip(partly.items(), fresh, strict=True):
        scored = dict(zip(lacking, array("f", row).tolist(), strict=True))
        out[x] = [scored[k] if k in scored else v for k, v in enumerate(known)]
    return out


def rows(kind: str, queries: list[str], choices: list[str], score: Scorer):
    """Each distinct query's float32 row of scores against ``choices``: kept ones read
    back, the others scored by ``score`` (and kept, when a figure cache is installed)."""
    wanted = list(dict.fromkeys(queries))
    store = current()
    if store is None:
        scored = score(wanted, choices)
        return {x: array("f", row).tolist() for x, row in zip(wanted, scored, strict=True)}
    return store.rows(kind, wanted, choices, score)


def current() -> RowStore | None:
    """The rows of the installed figure cache, read once per run; None without one."""
    return _entry.current()


def save() -> None:
    """Write the rows back, if this run added any; never fails."""
    _entry.save()


def _unpacked(kept: object) -> tuple[dict[bytes, Row], dict[bytes, float]]:
    """The rows and tie-breakers of a kept entry; none when it is missing or not theirs."""
    if type(kept) is not tuple or len(kept) != 2 or not all(type(k) is dict for k in kept):
        return {}, {}
    return kept


#: The entry of the rows and tie-breakers, read once a run (``current``).
_entry = figure_cache.RunEntry(NAME, lambda kept: RowStore(*_unpacked(kept)))


def string_digest(text: str) -> bytes:
    """The digest that names a string in an entry."""
    return _digest(text.encode("utf-8", "surrogatepass"))


def _digest(data: bytes) -> bytes:
    return _blake2b()(data, digest_size=DIGEST).digest()


@functools.cache
def _blake2b():
    """BLAKE2b's constructor, found once: a run takes thousands of small digests, and
    ``code_stamp.blake2b`` looks it up on every call."""
    return type(blake2b())
