"""How likely two figures are to report the same fact: one score, from 0 to about 100.

A pair's total is its context score (how alike the words around the two figures are)
plus its tie-breakers (the counted noun and the value). Context decides; the
tie-breakers choose between alike contexts and can never align two figures alone,
since the point is to pair "48 turbines" with "50 turbines".

Every weight and threshold of that score is named here, once.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from figcheck.align import score_cache
from figcheck.align.roles import apart, different_times, subjects_differ
from figcheck.align.values import far_apart, value_closeness

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
#: Two figures dated to the same year ("in 1994 ... 212 died", "the 1994 crash ... 209
#: lives") add this much; figures dated to different years never pair.
SAME_TIME = 8.0
#: Two figures whose words state the same role ("aged 16", "at the age of 17") add this much.
SAME_ROLE = 5.0
#: Amounts far apart (``values.far_apart``) are rarely one fact misreported: such a
#: pair needs this much more of its context.
FAR_APART = -12.0
#: The most the tie-breakers can add: pairs whose context is further below the floor
#: than this are never scored in full.
MOST_TIE_BREAKERS = NOUN_AGREES + VALUE_WEIGHT + SAME_TIME + SAME_ROLE
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


def could_reach_floor(sentence, window):
    """Whether pairs with these sentence and window similarities (numbers or arrays) could
    reach the floor with a perfect wide similarity and every tie-breaker."""
    return context_score(sentence, PERFECT, window) + MOST_TIE_BREAKERS >= FLOOR


#: The tie-breakers of two figures whose roles or nouns say they are different things:
#: no context lifts such a pair to the floor.
APART = -1000.0


def tie_breakers(p: Profile, q: Profile) -> float:
    """The counted noun, the year and the value: enough to choose between contexts, never
    alone; APART for figures that state different roles or years, an expectation against
    an outcome, or count different things."""
    closeness = value_closeness(p.figure, q.figure)
    if closeness < 1 and different_things(p, q):
        return APART
    total = SAME_TIME if p.when is not None and p.when == q.when else 0.0
    if p.role and p.role == q.role:
        total += SAME_ROLE
    if p.noun and q.noun:
        from rapidfuzz import fuzz

        agree = fuzz.token_set_ratio(p.noun, q.noun) >= NOUN_SIMILAR
        total += NOUN_AGREES if agree else NOUN_DIFFERS
    if far_apart(p.figure, q.figure):
        total += FAR_APART
    return total + VALUE_WEIGHT * closeness


def tie_ceiling(p: Profile, q: Profile) -> float:
    """The most ``tie_breakers(p, q)`` can be, from what is read without computing it (the
    value's closeness counted as 1, no pair apart): a pair whose context plus this stays
    below a floor cannot reach it, and most pairs of a family are such."""
    total = SAME_TIME if p.when is not None and p.when == q.when else 0.0
    if p.role and p.role == q.role:
        total += SAME_ROLE
    if p.noun and q.noun:
        total += NOUN_AGREES
    return total + VALUE_WEIGHT


def different_things(p: Profile, q: Profile, nouns: bool = True) -> bool:
    """Whether two figures' roles, years, expectation, subjects or (with ``nouns``) counted
    nouns say they are two facts. Nouns are left out between versions that may be in two
    languages."""
    return (
        apart(p.role, p.noun if nouns else "", q.role, q.noun if nouns else "")
        or different_times(p.when, q.when)
        or p.estimate != q.estimate
        or subjects_differ(p.subject, q.subject)
    )


def total(context: float, p: Profile, q: Profile) -> float:
    """A pair's total score: its context score plus its tie-breakers."""
    return context + tie_breakers(p, q)


class TieMemo:
    """``tie_breakers`` of many pairs, each distinct pair of keys computed once.

    Versions repeat figures, so a run has far fewer distinct (key, key) pairs than pairs.
    A command-line run keeps them for the next (``score_cache``): a hook's draft and source
    mostly hold the figures they held at the last commit.
    """

    def __init__(self):
        self._ids: dict[tuple, int] = {}
        self._known: dict[int, float] = {}
        self._store = score_cache.current()
        #: Each key's name (``score_cache.name_of``), by its id, when the run keeps them.
        self._names: list[bytes | None] = []

    def _id(self, p: Profile) -> int:
        found = self._ids.get(p.key)
        if found is None:
            found = self._ids[p.key] = len(self._ids)
            self._names.append(None if self._store is None else score_cache.name_of(p.key))
        return found

    def one(self, p: Profile, q: Profile) -> float:
        """``tie_breakers(p, q)``, computed once per distinct pair of keys."""
        left, right = self._id(p), self._id(q)
        code = (left << 32) | right
        if code not in self._known:
            self._known[code] = self._kept_or_computed(left, right, p, q)
        return self._known[code]

    def _kept_or_computed(self, left: int, right: int, p: Profile, q: Profile) -> float:
        names = self._names[left], self._names[right]
        if self._store is None or None in names:
            return tie_breakers(p, q)
        name = names[0] + names[1]
        value = self._store.tie(name)
        if value is None:
            value = tie_breakers(p, q)
            self._store.keep_tie(name, value)
        return value

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

    def totals(self, contexts, ps: list[Profile], qs: list[Profile], rows, cols):
        """``total`` of the pairs (ps[rows[n]], qs[cols[n]]) from their context scores."""
        import numpy as np

        return contexts.astype(np.float64) + self.scores(ps, qs, rows, cols)


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
    thin_a = [i for i, x in enumerate(a) if _thin(x)]
    thin_b = [j for j, x in enumerate(b) if _thin(x)]
    if thin_a:
        out[thin_a, :] = process.cdist(
            [a[i] for i in thin_a], b, scorer=fuzz.token_sort_ratio, dtype=np.float32
        )
    if thin_b:
        out[:, thin_b] = process.cdist(
            a, [b[j] for j in thin_b], scorer=fuzz.token_sort_ratio, dtype=np.float32
        )
    return out


def pair_similarity(a: list[str], b: list[str], *, sort_only: bool = False):
    """``similarity`` of a[n] and b[n] for each n (token_sort_ratio alone with
    ``sort_only``), each distinct pair of strings computed once."""
    import numpy as np
    from rapidfuzz import fuzz, process

    sides = [unique(a), unique(b)]
    width = max(1, len(sides[1][0]))
    codes = np.array(sides[0][1], dtype=np.int64) * width + np.array(sides[1][1], dtype=np.int64)
    distinct, inverse = np.unique(codes, return_inverse=True)
    at_a, at_b = distinct // width, distinct % width
    thin_a, thin_b = (np.array([_thin(x) for x in strings], dtype=bool) for strings, _ in sides)
    thin = thin_a[at_a] | thin_b[at_b] if not sort_only else np.ones(len(distinct), dtype=bool)
    values = np.zeros(len(distinct), dtype=np.float32)
    for which, scorer, read in ((~thin, fuzz.token_set_ratio, _word_set),
                                (thin, fuzz.token_sort_ratio, str)):  # fmt: skip
        chosen = which.nonzero()[0]
        if len(chosen):
            (strings_a, _), (strings_b, _) = sides
            values[chosen] = process.cpdist(
                [read(strings_a[i]) for i in at_a[chosen].tolist()],
                [read(strings_b[j]) for j in at_b[chosen].tolist()],
                scorer=scorer, dtype=np.float32, workers=workers(chosen, [0]),
            )  # fmt: skip
    return values[inverse.reshape(-1)]


def _thin(words: str) -> bool:
    """Too few words for a subset match to mean anything."""
    return words.count(" ") + 1 < MIN_WORDS


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
