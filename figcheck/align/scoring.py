"""How likely two figures are to report the same fact: one score, from 0 to about 100.

A pair's total is its context score (how alike the words around the two figures are)
plus its tie-breakers (the counted noun and the value). Context decides; the
tie-breakers choose between alike contexts and can never align two figures alone,
since the point is to pair "48 turbines" with "50 turbines".

Every weight and threshold of that score is named here, once.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from figcheck.align.values import value_closeness

if TYPE_CHECKING:
    from figcheck.align.profiles import Profile

#: Weights of the three context similarities (each 0-100): sentence, sentence with its
#: neighbours, and the narrow window around the figure.
SENTENCE_WEIGHT = 0.35
WIDE_WEIGHT = 0.25
WINDOW_WEIGHT = 0.25
#: Tie-breakers: counted nouns that agree (token_set_ratio at least NOUN_SIMILAR) add
#: NOUN_AGREES, nouns that differ add NOUN_DIFFERS; the value adds VALUE_WEIGHT times its
#: closeness (0-1).
NOUN_SIMILAR = 80
NOUN_AGREES = 8.0
NOUN_DIFFERS = -4.0
VALUE_WEIGHT = 10.0
#: The most the tie-breakers can add: pairs whose context is further below the floor
#: than this are never scored in full.
MOST_TIE_BREAKERS = NOUN_AGREES + VALUE_WEIGHT
#: The best a context similarity can be.
PERFECT = 100

#: Total a pair needs to count as the same fact.
THRESHOLD = 58.0
#: A pair between FLOOR and THRESHOLD counts only as both figures' clear favourite,
#: MARGIN above either's second best.
FLOOR = 50.0
MARGIN = 8.0

#: Below this many words a context is too thin for a subset match to mean anything.
MIN_WORDS = 3
#: Below this many pairs, starting threads costs more than it saves.
THREADED_PAIRS = 20000


def context_score(sentence, wide, window):
    """The context part of a pair's total, from its three similarities (numbers or arrays)."""
    return SENTENCE_WEIGHT * sentence + WIDE_WEIGHT * wide + WINDOW_WEIGHT * window


def tie_breakers(p: Profile, q: Profile) -> float:
    """The counted noun and the value: enough to choose between contexts, never alone."""
    total = 0.0
    if p.noun and q.noun:
        from rapidfuzz import fuzz

        agree = fuzz.token_set_ratio(p.noun, q.noun) >= NOUN_SIMILAR
        total += NOUN_AGREES if agree else NOUN_DIFFERS
    return total + VALUE_WEIGHT * value_closeness(p.figure, q.figure)


def total(context: float, p: Profile, q: Profile) -> float:
    """A pair's total score: its context score plus its tie-breakers."""
    return context + tie_breakers(p, q)


class TieMemo:
    """``tie_breakers`` of many pairs, each distinct pair of keys computed once.

    Versions repeat figures, so a run has far fewer distinct (key, key) pairs than pairs.
    """

    def __init__(self):
        self._ids: dict[tuple, int] = {}
        self._known: dict[int, float] = {}

    def _id(self, p: Profile) -> int:
        return self._ids.setdefault(p.key, len(self._ids))

    def scores(self, ps: list[Profile], qs: list[Profile], rows, cols):
        """The tie-breakers of the pairs (ps[rows[n]], qs[cols[n]]), as an array."""
        import numpy as np

        p_ids = np.array([self._id(p) for p in ps], dtype=np.int64)
        q_ids = np.array([self._id(q) for q in qs], dtype=np.int64)
        codes = (p_ids[rows] << 32) | q_ids[cols]
        distinct, first, inverse = np.unique(codes, return_index=True, return_inverse=True)
        values = []
        for code, at in zip(distinct.tolist(), first.tolist(), strict=True):
            if code not in self._known:
                self._known[code] = tie_breakers(ps[rows[at]], qs[cols[at]])
            values.append(self._known[code])
        return np.array(values, dtype=np.float64)[inverse.reshape(-1)]

    def totals(self, context, ps: list[Profile], qs: list[Profile], rows, cols):
        """``total`` of the pairs (ps[rows[n]], qs[cols[n]]) from their context matrix."""
        import numpy as np

        return context[rows, cols].astype(np.float64) + self.scores(ps, qs, rows, cols)


def similarity(a: list[str], b: list[str]):
    """token_set_ratio of every pair; token_sort_ratio where either side is too thin.

    token_set_ratio looks only at the sets of words, so it is computed on each string's
    sorted distinct words (the same score, found faster) and once per distinct set.
    """
    import numpy as np
    from rapidfuzz import fuzz, process

    sets_a = [_word_set(x) for x in a]
    sets_b, at_b = unique([_word_set(x) for x in b])
    out = process.cdist(
        sets_a, sets_b, scorer=fuzz.token_set_ratio, dtype=np.float32,
        workers=workers(sets_a, sets_b),
    )[:, np.array(at_b, dtype=np.intp)]  # fmt: skip
    thin_a = [i for i, x in enumerate(a) if x.count(" ") + 1 < MIN_WORDS]
    thin_b = [j for j, x in enumerate(b) if x.count(" ") + 1 < MIN_WORDS]
    if thin_a:
        out[thin_a, :] = process.cdist(
            [a[i] for i in thin_a], b, scorer=fuzz.token_sort_ratio, dtype=np.float32
        )
    if thin_b:
        out[:, thin_b] = process.cdist(
            a, [b[j] for j in thin_b], scorer=fuzz.token_sort_ratio, dtype=np.float32
        )
    return out


@functools.lru_cache(maxsize=1 << 16)
def _word_set(words: str) -> str:
    return " ".join(sorted(set(words.split(" "))))


def workers(a: list, b: list) -> int:
    """Threads for a rapidfuzz call comparing every string of ``a`` with every one of ``b``."""
    return -1 if len(a) * len(b) >= THREADED_PAIRS else 1


def unique(strings: list[str]) -> tuple[list[str], list[int]]:
    """The distinct strings, and where each input string stands among them."""
    index: dict[str, int] = {}
    positions = [index.setdefault(x, len(index)) for x in strings]
    return list(index), positions


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
    best = context_score(part_sentence, PERFECT, part_window) + MOST_TIE_BREAKERS
    hopeful = best >= FLOOR
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
