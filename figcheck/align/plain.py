"""Context scores of a small family without numpy: the same numbers, sooner.

numpy costs a run some 70 ms to import, more than scoring a story's few dozen figures
takes; a pre-commit hook checks one draft against one source. A family with few pairs
(``contexts.SMALL_PAIRS``) is scored here, pair by pair with rapidfuzz's scorers, in
the float32 arithmetic ``ContextScores`` does in arrays (each product and sum rounded
to float32 as numpy rounds it), so that both give every pair the same score to the bit;
a test compares them.
"""

from __future__ import annotations

import functools
from array import array
from dataclasses import dataclass
from itertools import compress

from figcheck.align import score_cache
from figcheck.align.scoring import (
    FLOOR,
    MOST_TIE_BREAKERS,
    PERFECT,
    SENTENCE_WEIGHT,
    WIDE_WEIGHT,
    WINDOW_WEIGHT,
    _thin,
    _word_set,
    unique,
)

Matrix = list[list[float]]


def f32(x: float) -> float:
    """``x`` rounded to the nearest float32, as numpy stores it."""
    return array("f", (x,))[0]


def f32_all(xs) -> list[float]:
    """Each of ``xs`` rounded to float32 (one conversion for a whole row)."""
    return array("f", xs).tolist()


#: The weights as numpy applies them to a float32 array: converted to float32 first.
_SENTENCE, _WIDE, _WINDOW = f32(SENTENCE_WEIGHT), f32(WIDE_WEIGHT), f32(WINDOW_WEIGHT)


def context_row(sentence: list[float], wide: list[float], window: list[float]) -> list[float]:
    """``scoring.context_score`` of a row of float32 similarities, in float32: each
    product and each sum rounded as numpy rounds it (a product or sum of two float32
    values is exact in a double, so one rounding to float32 is numpy's rounding)."""
    a = f32_all([_SENTENCE * x for x in sentence])
    b = f32_all([_WIDE * x for x in wide])
    c = f32_all([_WINDOW * x for x in window])
    ab = f32_all([x + y for x, y in zip(a, b, strict=True)])
    return f32_all([x + y for x, y in zip(ab, c, strict=True)])


def context_value(sentence: float, wide: float, window: float) -> float:
    """``context_row`` of one pair."""
    return context_row([sentence], [wide], [window])[0]


def floor_row(sentence: list[float], window: list[float]) -> list[bool]:
    """``scoring.could_reach_floor`` of a row of pairs, in float32."""
    perfect = f32(WIDE_WEIGHT * PERFECT)  # numpy converts the Python product to float32
    best = f32_all([x + perfect for x in f32_all([_SENTENCE * x for x in sentence])])
    best = f32_all(
        [x + y for x, y in zip(best, f32_all([_WINDOW * x for x in window]), strict=True)]
    )
    return [x >= FLOOR for x in f32_all([x + MOST_TIE_BREAKERS for x in best])]


def reaches_floor(sentence: float, window: float) -> bool:
    """``floor_row`` of one pair."""
    return floor_row([sentence], [window])[0]


@functools.cache
def _every_pair_hopeful() -> bool:
    """Whether a pair with no sentence or window similarity at all could still reach the
    floor (``floor_row``): then every pair can (the test only grows with either), and the
    test is not worked out pair by pair. With today's weights it always can."""
    return reaches_floor(0.0, 0.0)


def similarity_rows(a: list[str], b: list[str]) -> Matrix:
    """``scoring.similarity`` of every pair, as float32 rows: token_set_ratio of the word
    sets, token_sort_ratio where either side is thin. One rapidfuzz call scores a string
    against a whole side, and each distinct string of either side is scored once."""
    distinct, at = unique(b)

    def score(queries: list[str], strings: list[str]) -> Matrix:
        choices = _Choices(strings)
        return [choices.row(x) for x in queries]

    return _spread(score_cache.rows("similarity", a, distinct, score), a, at)


def sorted_rows(a: list[str], b: list[str]) -> Matrix:
    """token_sort_ratio of every pair (the windows' similarity), as float32 rows."""
    distinct, at = unique(b)

    def score(queries: list[str], strings: list[str]) -> Matrix:
        rows = []
        for x in queries:
            row = [0.0] * len(strings)
            _fill(row, range(len(strings)), _scores(x, strings, "token_sort_ratio"))
            rows.append(row)
        return rows

    return _spread(score_cache.rows("sorted", a, distinct, score), a, at)


def _spread(known: dict[str, list[float]], a: list[str], at: list[int]) -> Matrix:
    """The rows of ``a`` from each distinct string's row against the distinct choices
    (``score_cache.rows``: scored now, or kept from an earlier run), spread over every
    choice (``at``: where each stands among the distinct ones)."""
    spread = {x: [row[k] for k in at] for x, row in known.items()}
    return [list(spread[x]) for x in a]


class _Choices:
    """Distinct strings scored against many queries (``similarity_rows``), indexed once:
    the thin ones apart, and for the others the word set token_set_ratio is given, its
    words sorted and joined, and a bit mask of the strings holding each word."""

    def __init__(self, strings: list[str]):
        self.count = len(strings)
        self.strings = strings
        self.thin = [j for j, x in enumerate(strings) if _thin(x)]
        self.thin_strings = [strings[j] for j in self.thin]
        #: The strings that are not thin, by their place among them.
        self.full = [j for j, x in enumerate(strings) if not _thin(x)]
        self.sets = _WordSets([_word_set(strings[j]) for j in self.full])

    def row(self, query: str) -> list[float]:
        """``scoring.similarity`` of ``query`` and each string, in the strings' order."""
        row = [0.0] * self.count
        if _thin(query):
            _fill(row, range(self.count), _scores(query, self.strings, "token_sort_ratio"))
        else:
            _fill_set_ratios(row, self.full, _word_set(query), self.sets)
            _fill(row, self.thin, _scores(query, self.thin_strings, "token_sort_ratio"))
        return row


class _WordSets:
    """Strings of words scored against many queries: each one's words sorted and joined
    as token_set_ratio joins them, and a bit mask of the strings holding each word."""

    def __init__(self, strings: list[str]):
        self.strings = strings
        self.joined: list[str] = []
        self.lengths: list[int] = []
        self.holding: dict[str, int] = {}
        holding = self.holding
        for k, string in enumerate(strings):
            joined, words = _sorted_words(string)
            self.joined.append(joined)
            self.lengths.append(len(joined))
            bit = 1 << k
            for word in words:
                holding[word] = holding.get(word, 0) | bit


@functools.lru_cache(maxsize=1 << 16)
def _sorted_words(string: str) -> tuple[str, tuple[str, ...]]:
    """The distinct words of ``string`` (split as rapidfuzz splits), sorted: joined, and
    one by one. A run scores each string in several calls."""
    words = tuple(sorted(set(string.split())))
    return " ".join(words), words


#: The bits of a mask written in binary, as the flags ``itertools.compress`` reads.
_SHARED = bytes.maketrans(b"01", b"\x00\x01")
_APART = bytes.maketrans(b"01", b"\x01\x00")


def _fill_set_ratios(row: list, columns: list[int], query: str, choices: _WordSets) -> None:
    """Write token_set_ratio of ``query`` and choice k into ``row[columns[k]]``, for each k.

    token_set_ratio splits and sorts both strings' words on every pair, most of its time.
    Two strings that share no word leave it one comparison, their sorted words as a
    whole (the others are 0), so their score is that comparison's, worked out here from
    rapidfuzz's Indel distance of the words joined once, by its formula: the same number.
    A third to two thirds of a story's pairs share no word.
    """
    joined, words = _sorted_words(query)
    holding = choices.holding
    mask = 0
    for word in words:
        mask |= holding.get(word, 0)
    count = len(choices.strings)
    # The choices sharing a word with the query, read off the mask's bits (lowest first)
    # as bytes 0 and 1, so that no Python code runs per choice.
    flags = format(mask, "b").zfill(count)[::-1].encode("ascii") if count else b""
    sharing = list(compress(range(count), flags.translate(_SHARED)))
    apart = list(compress(range(count), flags.translate(_APART)))
    strings = choices.strings
    for _, score, n in _scores(query, [strings[k] for k in sharing], "token_set_ratio"):
        row[columns[sharing[n]]] = score
    if not words:
        for k in apart:
            row[columns[k]] = 0  # rapidfuzz's score of no words
        return
    size = len(joined)
    lengths = choices.lengths
    for _, distance, n in _scores(joined, [choices.joined[k] for k in apart], "indel"):
        k = apart[n]
        row[columns[k]] = 100 - 100 * distance / (size + lengths[k])


def _scores(query: str, choices: list[str], scorer: str) -> list[tuple]:
    """(choice, score, index) of every choice against ``query`` with a rapidfuzz scorer."""
    if not choices:
        return []
    extract, scorers = _rapidfuzz()
    return extract(query, choices, scorer=scorers[scorer], limit=None)


@functools.cache
def _rapidfuzz() -> tuple:
    """rapidfuzz's ``process.extract`` and its scorers by name, imported on first use (a
    run scores thousands of rows: ``from rapidfuzz import ...`` on each cost 2% of them)."""
    from rapidfuzz import fuzz, process
    from rapidfuzz.distance import Indel

    scorers = {name: getattr(fuzz, name) for name in _SCORERS}
    return process.extract, {**scorers, "indel": Indel.distance}


_SCORERS = ("token_set_ratio", "token_sort_ratio")


def _fill(row: list[float], columns, found: list[tuple]) -> None:
    for _, score, k in found:
        row[columns[k]] = score


@dataclass(frozen=True)
class PlainPairs:
    """Context scores of every pair, as ``contexts.EveryPair``, in lists."""

    matrix: Matrix

    def at_least(self, floor: float) -> tuple[array, array, array]:
        """Rows, columns and scores of the pairs scoring ``floor`` or more, row by row."""
        rows, cols, values = array("q"), array("q"), array("f")
        for i, row in enumerate(self.matrix):
            kept = [j for j, value in enumerate(row) if value >= floor]
            if kept:
                rows.extend([i] * len(kept))
                cols.extend(kept)
                values.extend([row[j] for j in kept])
        return rows, cols, values

    def at(self, i: int, j: int) -> float:
        """The score of one pair."""
        return self.matrix[i][j]


def plain_scores(ps: list, qss: list[list]) -> list[PlainPairs]:
    """The context score of every pair of ``ps`` and each of ``qss``, as
    ``ContextScores`` gives it; strings repeated across versions are scored once."""
    every = [q for qs in qss for q in qs]
    sentence = similarity_rows([p.sentence for p in ps], [q.sentence for q in every])
    window = sorted_rows([p.window for p in ps], [q.window for q in every])
    wide = similarity_rows([p.wide for p in ps], [q.wide for q in every])
    out, offset = [], 0
    for qs in qss:
        part = slice(offset, offset + len(qs))
        offset += len(qs)
        out.append(
            _scores_of(ps, qs, *([row[part] for row in m] for m in (sentence, window, wide)))
        )
    return out


def _scores_of(ps: list, qs: list, sentence: Matrix, window: Matrix, wide_alone: Matrix):
    """One version's context scores from its columns of the three similarities."""
    if _every_pair_hopeful():
        rows, cols = list(range(len(ps))), list(range(len(qs)))
    else:
        hopeful = [floor_row(s_row, w_row) for s_row, w_row in zip(sentence, window, strict=True)]
        rows = [i for i, row in enumerate(hopeful) if any(row)]
        cols = [j for j in range(len(qs)) if any(row[j] for row in hopeful)]
    if not (rows and cols):
        wide = [list(map(max, s, w)) for s, w in zip(sentence, wide_alone, strict=True)]
        return PlainPairs([context_row(*rows3) for rows3 in zip(sentence, wide, window, strict=True)])
    # One side's sentence against the other's neighbourhood, where it could matter.
    # (Worked out with the neighbourhoods as the rows: rapidfuzz splits a row's words
    # once and a column's for every pair, and the similarity is symmetric.)
    wide_x_sent = similarity_rows([ps[i].wide for i in rows], [qs[j].sentence for j in cols])
    by_wide = similarity_rows([qs[j].wide for j in cols], [ps[i].sentence for i in rows])
    sent_x_wide = list(zip(*by_wide, strict=True))
    if len(rows) == len(ps) and len(cols) == len(qs):  # every pair: one pass per row
        lines = zip(sentence, wide_alone, sent_x_wide, wide_x_sent, strict=True)
        wide = [list(map(max, *line)) for line in lines]
    else:
        wide = [list(map(max, s, w)) for s, w in zip(sentence, wide_alone, strict=True)]
        lines = zip([wide[i] for i in rows], sent_x_wide, wide_x_sent, strict=True)
        for row, crossed, reversed_ in lines:
            for j, x, y in zip(cols, crossed, reversed_, strict=True):
                row[j] = max(row[j], x, y)
    return PlainPairs([context_row(*rows3) for rows3 in zip(sentence, wide, window, strict=True)])
