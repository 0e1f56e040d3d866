"""Context scores of a small family without numpy: the same numbers, sooner.

numpy costs a run some 70 ms to import, more than scoring a story's few dozen figures
takes; a pre-commit hook checks one draft against one source. A family with few pairs
(``contexts.SMALL_PAIRS``) is scored here, pair by pair with rapidfuzz's scorers, in
the float32 arithmetic ``ContextScores`` does in arrays (each product and sum rounded
to float32 as numpy rounds it), so that both give every pair the same score to the bit;
a test compares them.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass

from figcheck.align.scoring import (
    FLOOR,
    MOST_TIE_BREAKERS,
    PERFECT,
    SENTENCE_WEIGHT,
    WIDE_WEIGHT,
    WINDOW_WEIGHT,
    _thin,
    _word_set,
)

Matrix = list[list[float]]


def f32(x: float) -> float:
    """``x`` rounded to the nearest float32, as numpy stores it."""
    return array("f", (x,))[0]


#: The weights as numpy applies them to a float32 array: converted to float32 first.
_SENTENCE, _WIDE, _WINDOW = f32(SENTENCE_WEIGHT), f32(WIDE_WEIGHT), f32(WINDOW_WEIGHT)


def context_value(sentence: float, wide: float, window: float) -> float:
    """``scoring.context_score`` of one pair of float32 similarities, in float32."""
    return f32(f32(f32(_SENTENCE * sentence) + f32(_WIDE * wide)) + f32(_WINDOW * window))


def reaches_floor(sentence: float, window: float) -> bool:
    """``scoring.could_reach_floor`` of one pair, in float32."""
    best = f32(f32(_SENTENCE * sentence) + f32(WIDE_WEIGHT * PERFECT))
    best = f32(best + f32(_WINDOW * window))
    return f32(best + MOST_TIE_BREAKERS) >= FLOOR


def similarity_of(a: str, b: str) -> float:
    """``scoring.similarity`` of one pair: token_set_ratio, token_sort_ratio when thin."""
    from rapidfuzz import fuzz

    if _thin(a) or _thin(b):
        return f32(fuzz.token_sort_ratio(a, b))
    return f32(fuzz.token_set_ratio(_word_set(a), _word_set(b)))


@dataclass(frozen=True)
class PlainPairs:
    """Context scores of every pair, as ``contexts.EveryPair``, in lists."""

    matrix: Matrix

    def at_least(self, floor: float) -> tuple[array, array, array]:
        """Rows, columns and scores of the pairs scoring ``floor`` or more, row by row."""
        rows, cols, values = array("q"), array("q"), array("f")
        for i, row in enumerate(self.matrix):
            for j, value in enumerate(row):
                if value >= floor:
                    rows.append(i)
                    cols.append(j)
                    values.append(value)
        return rows, cols, values

    def at(self, i: int, j: int) -> float:
        """The score of one pair."""
        return self.matrix[i][j]


def plain_scores(ps: list, qs: list) -> PlainPairs:
    """The context score of every pair of ``ps`` and ``qs``, as ``ContextScores`` gives it."""
    from rapidfuzz import fuzz

    sentence = [[similarity_of(p.sentence, q.sentence) for q in qs] for p in ps]
    window = [[f32(fuzz.token_sort_ratio(p.window, q.window)) for q in qs] for p in ps]
    wide = [
        [max(s, similarity_of(p.wide, q.wide)) for s, q in zip(row, qs, strict=True)]
        for row, p in zip(sentence, ps, strict=True)
    ]
    hopeful = [
        [reaches_floor(s, w) for s, w in zip(s_row, w_row, strict=True)]
        for s_row, w_row in zip(sentence, window, strict=True)
    ]
    rows = [i for i, row in enumerate(hopeful) if any(row)]
    cols = [j for j in range(len(qs)) if any(row[j] for row in hopeful)]
    if rows and cols:
        # One side's sentence against the other's neighbourhood, where it could matter.
        for i in rows:
            for j in cols:
                cross = max(
                    similarity_of(ps[i].sentence, qs[j].wide),
                    similarity_of(ps[i].wide, qs[j].sentence),
                )
                wide[i][j] = max(wide[i][j], cross)
    return PlainPairs(
        [
            [context_value(*cell) for cell in zip(s_row, wd_row, w_row, strict=True)]
            for s_row, wd_row, w_row in zip(sentence, wide, window, strict=True)
        ]
    )
