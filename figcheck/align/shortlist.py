"""Which pairs of one family are worth scoring when there are too many to score them all.

A figure's partner in another version stands at about the same place in it, or has the
same value, or shares the rarer words of its sentence (a name, another figure of the
sentence). Each figure is paired with the figures that fit one of those, a bounded number
of them, so the pairs to score grow with the length of the versions, not its square.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from figcheck.align.profiles import Profile

#: The figures this many places before and after a figure's own place in the other version
#: (its place scaled to the other version's count).
NEAR = 4
#: A word or value found around more figures of the other version than this tells none
#: of them apart.
RARE = 16
#: Of the figures sharing rare words with a figure, those sharing most, at most this many.
MOST_SHARED = 8


def shortlist(ps: list[Profile], qs: list[Profile]):
    """(rows, cols): the pairs (ps[i], qs[j]) to score, sorted, each once."""
    import numpy as np

    width = len(qs)
    found = [i * width + j for i, j in _same_value(ps, qs) + _shared_words(ps, qs)]
    found += [i * width + j for j, i in _shared_words(qs, ps)]
    codes = np.concatenate([_near(len(ps), width), np.array(found, dtype=np.int64)])
    distinct = np.unique(codes)
    return distinct // width, distinct % width


def _near(count_p: int, count_q: int):
    """Codes of the pairs within NEAR places of each pivot figure's scaled place."""
    import numpy as np

    rows = np.repeat(np.arange(count_p, dtype=np.int64), 2 * NEAR + 1)
    offsets = np.tile(np.arange(-NEAR, NEAR + 1, dtype=np.int64), count_p)
    cols = rows * count_q // max(1, count_p) + offsets
    keep = (cols >= 0) & (cols < count_q)
    return rows[keep] * count_q + cols[keep]


def _same_value(ps: list[Profile], qs: list[Profile]) -> list[tuple[int, int]]:
    """Pairs of figures with the same value and unit, where few share it."""
    having: dict[tuple, list[int]] = {}
    for j, q in enumerate(qs):
        if q.figure.value is not None:
            having.setdefault((q.figure.value, q.figure.unit), []).append(j)
    out = []
    for i, p in enumerate(ps):
        found = having.get((p.figure.value, p.figure.unit), [])
        if len(found) <= RARE:
            out.extend((i, j) for j in found)
    return out


def _shared_words(ps: list[Profile], qs: list[Profile]) -> list[tuple[int, int]]:
    """Each of ``ps`` with the figures of ``qs`` whose neighbourhood shares most of the
    rare words of its sentence (words around few figures of either version)."""
    around: dict[str, list[int]] = {}
    for j, q in enumerate(qs):
        for word in dict.fromkeys(q.wide.split(" ")):
            around.setdefault(word, []).append(j)
    words = [list(dict.fromkeys(p.sentence.split(" "))) for p in ps]
    said = Counter(word for sentence in words for word in sentence)
    out = []
    for i, sentence in enumerate(words):
        shared: Counter[int] = Counter()
        for word in sentence:
            found = around.get(word, ())
            if word and len(found) <= RARE and said[word] <= RARE:
                shared.update(found)
        out.extend((i, j) for j, _ in shared.most_common(MOST_SHARED))
    return out
