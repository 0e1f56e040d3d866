"""Context scores of the pairs of one family between a pivot and other versions.

A story has a few dozen figures of a family per version, and every pair is scored, in a
few large rapidfuzz calls (``ContextScores``). A long document made of many alike
sentences has thousands, and scoring every pair would grow with the square of its
length: above PAIR_BUDGET pairs, only the pairs on each figure's shortlist are scored
(``shortlist``), and the others count as unlike (a context score of 0).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from figcheck.align.plain import PlainPairs, plain_scores
from figcheck.align.scoring import (
    context_score,
    could_reach_floor,
    pair_similarity,
    similarity,
    unique,
    workers,
)
from figcheck.align.shortlist import shortlist

if TYPE_CHECKING:
    from figcheck.align.profiles import Profile

#: Above this many pairs of one family between two versions (100 figures a side), only
#: shortlisted pairs are scored. News stories stay far below it.
PAIR_BUDGET = 10_000
#: Up to this many pairs in all, a family is scored without numpy (``plain``): a story
#: of a few versions, such as a 10 KB draft and its source in a pre-commit hook, never
#: pays for importing it, and rapidfuzz scores such a family no slower in lists.
SMALL_PAIRS = 10_000


@dataclass(frozen=True)
class EveryPair:
    """Context scores of every pair: a matrix, pivot figure i by another version's figure j."""

    matrix: Any

    def at_least(self, floor: float):
        """Rows, columns and scores of the pairs scoring ``floor`` or more, row by row."""
        rows, cols = (self.matrix >= floor).nonzero()
        return rows, cols, self.matrix[rows, cols]

    def at(self, i: int, j: int) -> float:
        """The score of one pair."""
        return float(self.matrix[i, j])


@dataclass(frozen=True)
class SomePairs:
    """Context scores of some pairs (i, j), sorted; a pair not scored counts as 0."""

    #: How many figures the other version has.
    width: int
    rows: Any
    cols: Any
    values: Any

    def at_least(self, floor: float):
        """Rows, columns and scores of the pairs scoring ``floor`` or more, row by row."""
        keep = (self.values >= floor).nonzero()[0]
        return self.rows[keep], self.cols[keep], self.values[keep]

    def at(self, i: int, j: int) -> float:
        """The score of one pair."""
        code = i * self.width + j
        n = int(self._codes.searchsorted(code))
        return float(self.values[n]) if n < len(self._codes) and self._codes[n] == code else 0.0

    @functools.cached_property
    def _codes(self):
        return self.rows.astype("int64") * self.width + self.cols


PairScores = EveryPair | SomePairs | PlainPairs


def family_scores(ps: list[Profile], qss: list[list[Profile]]) -> list[PairScores]:
    """The context scores of ``ps`` against each of ``qss`` (figures of one family)."""
    if sum(len(ps) * len(qs) for qs in qss) <= SMALL_PAIRS:
        return plain_scores(ps, qss)  # the same scores, without numpy
    out: list[PairScores | None] = [None] * len(qss)
    every = [k for k, qs in enumerate(qss) if len(ps) * len(qs) <= PAIR_BUDGET]
    if every:
        bulk = ContextScores(ps, [qss[k] for k in every])
        for n, k in enumerate(every):
            out[k] = EveryPair(bulk.context(n))
    for k, qs in enumerate(qss):
        if out[k] is None:
            out[k] = shortlisted_scores(ps, qs)
    return out  # type: ignore[return-value]


def shortlisted_scores(ps: list[Profile], qs: list[Profile]) -> PairScores:
    """The context scores of the shortlisted pairs only, computed pair by pair."""
    import numpy as np

    rows, cols = shortlist(ps, qs)
    picked = rows.tolist(), cols.tolist()

    def strings(side: str) -> tuple[list[str], list[str]]:
        return (
            [getattr(ps[i], side) for i in picked[0]],
            [getattr(qs[j], side) for j in picked[1]],
        )

    sentence = pair_similarity(*strings("sentence"))
    window = pair_similarity(*strings("window"), sort_only=True)
    wide = np.maximum(sentence, pair_similarity(*strings("wide")))
    # As in ContextScores: one side's sentence against the other's neighbourhood, for the
    # figures with a pair where a perfect wide score could reach the floor.
    hopeful = could_reach_floor(sentence, window)
    crossed = (np.isin(rows, rows[hopeful]) & np.isin(cols, cols[hopeful])).nonzero()[0]
    if len(crossed):
        (p_sent, q_sent), (p_wide, q_wide) = strings("sentence"), strings("wide")
        at = crossed.tolist()
        cross = np.maximum(
            pair_similarity([p_sent[n] for n in at], [q_wide[n] for n in at]),
            pair_similarity([p_wide[n] for n in at], [q_sent[n] for n in at]),
        )
        wide[crossed] = np.maximum(wide[crossed], cross)
    values = context_score(sentence, wide, window)
    return SomePairs(len(qs), rows, cols, values)


@dataclass
class _Part:
    """One document's share of a ContextScores: its similarity matrices (pivot figures by
    its figures) and the pairs whose sentence against a neighbourhood is worth reading."""

    sentence: Any
    window: Any
    wide: Any
    rows: Any
    cols: Any
    #: Where the hopeful columns' sentences and wide contexts stand among the distinct ones.
    sentence_at: Any
    wide_at: Any


class ContextScores:
    """Context scores of one pivot family against the same family in many documents.

    A pair's score depends only on the two figures' strings, and versions of a story
    repeat sentences, so each distinct string is scored once against the pivot, in a
    few large rapidfuzz calls rather than several small ones per document.

    Neighbours can only help (a version that split or merged sentences gains, none
    loses): the wide similarity is the best of sentence and sentence-with-neighbours
    on either side.
    """

    def __init__(self, ps: list[Profile], qss: list[list[Profile]]):
        import numpy as np
        from rapidfuzz import fuzz, process

        self._sentences = [p.sentence for p in ps]
        self._wides = [p.wide for p in ps]
        sents, sent_at = unique([q.sentence for qs in qss for q in qs])
        wides, wide_at = unique([q.wide for qs in qss for q in qs])
        windows, window_at = unique([q.window for qs in qss for q in qs])
        sentence = similarity(self._sentences, sents)
        window = process.cdist(
            [p.window for p in ps], windows, scorer=fuzz.token_sort_ratio,
            dtype=np.float32, workers=workers(ps, windows),
        )  # fmt: skip
        wide = similarity(self._wides, wides)
        self._parts: list[_Part] = []
        offset = 0
        for qs in qss:
            at = slice(offset, offset + len(qs))
            offset += len(qs)
            columns = [np.array(x[at], dtype=np.intp) for x in (sent_at, wide_at, window_at)]
            self._parts.append(_part(sentence, wide, window, *columns))
        self._add_cross_scores(len(ps), sents, wides)

    def _add_cross_scores(self, count: int, sents: list[str], wides: list[str]) -> None:
        """Raise each hopeful pair's wide score to one side's sentence against the other's
        neighbourhood, each distinct pair of strings computed once for every document."""
        import numpy as np

        rows = sorted({int(r) for part in self._parts for r in part.rows})
        if not rows:
            return
        need_sent = sorted({int(c) for part in self._parts for c in part.sentence_at})
        need_wide = sorted({int(c) for part in self._parts for c in part.wide_at})
        row_at = _positions(count, rows)
        sent_pos = _positions(len(sents), need_sent)
        wide_pos = _positions(len(wides), need_wide)
        sent_x_wide = similarity([self._sentences[r] for r in rows], [wides[c] for c in need_wide])
        wide_x_sent = similarity([self._wides[r] for r in rows], [sents[c] for c in need_sent])
        for part in self._parts:
            if not len(part.rows):
                continue
            r = row_at[part.rows]
            cross = np.maximum(
                sent_x_wide[np.ix_(r, wide_pos[part.wide_at])],
                wide_x_sent[np.ix_(r, sent_pos[part.sentence_at])],
            )
            block = np.ix_(part.rows, part.cols)
            part.wide[block] = np.maximum(part.wide[block], cross)

    def context(self, k: int):
        """The context scores against the k-th document's figures."""
        part = self._parts[k]
        return context_score(part.sentence, part.wide, part.window)


def _part(sentence, wide, window, s_cols, w_cols, window_cols) -> _Part:
    """One document's columns of the pivot's similarity matrices."""
    import numpy as np

    part_sentence = sentence[:, s_cols]
    part_window = window[:, window_cols]
    part_wide = np.maximum(part_sentence, wide[:, w_cols])
    # One side's sentence against the other's neighbourhood catches split and merged
    # sentences; only worth computing where a perfect wide score could reach the floor.
    hopeful = could_reach_floor(part_sentence, part_window)
    rows, cols = hopeful.any(axis=1).nonzero()[0], hopeful.any(axis=0).nonzero()[0]
    if not (len(rows) and len(cols)):
        rows = cols = np.zeros(0, dtype=np.intp)
    return _Part(part_sentence, part_window, part_wide, rows, cols, s_cols[cols], w_cols[cols])


def _positions(size: int, chosen: list[int]):
    """An array mapping each of ``chosen`` to its place among them (-1 elsewhere)."""
    import numpy as np

    at = np.full(size, -1, dtype=np.intp)
    at[chosen] = np.arange(len(chosen))
    return at
