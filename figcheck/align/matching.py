"""One-to-one pairs of the same fact between a pivot version's figures and another's.

The pairs of figures of one family are scored (``contexts``); those that clear the
threshold (or are clear mutual favourites above the floor) are candidates, and each group of figures
competing for the same partners keeps the assignment with the highest total.
"""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass

from figcheck.align.contexts import PairScores, family_scores
from figcheck.align.gaps import between_anchors
from figcheck.align.plain import PlainPairs
from figcheck.align.profiles import Profile
from figcheck.align.roles import nouns_differ
from figcheck.align.scoring import (
    FLOOR,
    MARGIN,
    MOST_TIE_BREAKERS,
    THRESHOLD,
    TieMemo,
    tie_ceiling,
)
from figcheck.align.values import ValueIndex, digits_swapped, pen_slip, same_value, unit_swapped

#: Largest group of competing pivot figures solved exactly; bigger ones are matched greedily.
EXACT_LIMIT = 6
#: ... and only while the assignments to try stay few.
EXACT_BUDGET = 2000


@dataclass(frozen=True)
class Candidate:
    """A possible pair and its total score.

    Each side is known by a number, unique on its side, that orders candidates of equal
    total: ``left_at`` is the pivot figure's index (or, in the rescue pass, the fact's),
    ``right_at`` the other figure's index.
    """

    total: float
    left_at: int
    right_at: int
    left: Profile
    right: Profile

    @property
    def rank(self) -> tuple[float, int, int]:
        """Best total first; equal totals in the order of the sides' numbers."""
        return (-self.total, self.left_at, self.right_at)


def by_family(profiles: list[Profile]) -> dict[str, list[Profile]]:
    """The profiles of each family, in their order."""
    out: dict[str, list[Profile]] = {}
    for p in profiles:
        out.setdefault(p.family, []).append(p)
    return out


def match_all(
    pivot: list[Profile], others: list[list[Profile]], translated: list[bool] | None = None
) -> list[list[tuple[Profile, Profile]]]:
    """``match`` of the pivot against each of several documents, scored in bulk;
    ``translated[k]`` when the k-th is in another language than the pivot."""
    pivot_families = by_family(pivot)
    families = [by_family(other) for other in others]
    contexts: list[dict[str, PairScores]] = [{} for _ in others]
    for fam, ps in pivot_families.items():
        having = [k for k, fams in enumerate(families) if fam in fams]
        scored = family_scores(ps, [families[k][fam] for k in having])
        for k, scores in zip(having, scored, strict=True):
            contexts[k][fam] = scores
    memo = TieMemo()
    translated = translated or [False] * len(others)
    return [
        match(pivot_families, fams, contexts[k], memo, translated[k])
        for k, fams in enumerate(families)
    ]


def match(
    pivot: dict[str, list[Profile]],
    other: dict[str, list[Profile]],
    contexts: dict[str, PairScores],
    memo: TieMemo,
    translated: bool = False,
) -> list[tuple[Profile, Profile]]:
    """One-to-one pairs of the same fact between the pivot's figures and another's.

    ``pivot`` and ``other`` hold each version's profiles by family; ``contexts`` holds
    each shared family's context scores, pivot figures by the other's figures;
    ``translated`` when the other is in another language (its words score lower).
    """
    candidates = []
    for fam, context in contexts.items():
        candidates += _candidates(pivot[fam], other[fam], context, memo)
    pairs = best(accepted(candidates))
    pairs += clear_among_free(candidates, pairs)
    pairs += between_anchors(pivot, other, pairs, contexts, translated)
    indexes = (_value_index(pivot), _value_index(other))
    told = {m.ref for p, q in pairs if same_value(p.figure, q.figure) for m in (p, q)}
    return [(p, q) for p, q in pairs if not stated_elsewhere(p, q, *indexes, told)]


def _value_index(families: dict[str, list[Profile]]) -> ValueIndex:
    return ValueIndex([p for profiles in families.values() for p in profiles])


def stated_elsewhere(
    p: Profile, q: Profile, pivot: ValueIndex, other: ValueIndex, told: Set = frozenset()
) -> bool:
    """Whether two figures that differ are each stated by the other's version as well.

    "4.53%" paired with "58.16%" while the second version also gives 4.53% somewhere is
    a pairing that cannot be told apart from another fact: the pair is left unpaired
    (and unreported) rather than guessed. The versions' values are looked up in an index:
    scanning every figure for every pair grew with the square of a long version. A figure
    whose words make it another thing ("57 men" beside "57 women") tells no other fact,
    nor, where one figure is a slip of the pen of the other, one ``told`` already, paired
    with the same value in the other version (a headline's "38%" over the body's "38.1%"
    in one version, over "31.8%" in the other: the bodies' figures are still one fact).
    """
    if same_value(p.figure, q.figure):
        return False
    if not pen_slip(p.figure, q.figure):
        told = frozenset()
    return any(
        not nouns_differ(r.noun, p.noun) and r.ref not in told
        for r in other.near(q.family, p.figure)
    ) or any(
        not nouns_differ(r.noun, q.noun) and r.ref not in told
        for r in pivot.near(p.family, q.figure)
    )


def _candidates(
    ps: list[Profile], qs: list[Profile], context: PairScores, memo: TieMemo
) -> list[Candidate]:
    """The pairs of one family whose total reaches the floor."""
    # Pairs whose context cannot reach the floor even with every tie-breaker are skipped.
    rows, cols, values = context.at_least(FLOOR - MOST_TIE_BREAKERS)
    if not len(rows):
        return []
    if isinstance(context, PlainPairs):  # lists: totals pair by pair, as numpy adds them
        scored = zip(rows.tolist(), cols.tolist(), values.tolist(), strict=True)
        # (a pair whose tie-breakers cannot lift it to the floor is not worked out)
        hopeful = [(i, j, v) for i, j, v in scored if v + tie_ceiling(ps[i], qs[j]) >= FLOOR]
        totals = [(value + memo.one(ps[i], qs[j]), i, j) for i, j, value in hopeful]
        kept = [(value, i, j) for value, i, j in totals if value >= FLOOR]
    else:
        array = memo.totals(values, ps, qs, rows, cols)
        keep = (array >= FLOOR).nonzero()[0]
        kept = zip(array[keep].tolist(), rows[keep].tolist(), cols[keep].tolist(), strict=True)
    out = []
    for value, i, j in kept:
        p, q = ps[i], qs[j]
        out.append(Candidate(value, p.ref.fig, q.ref.fig, p, q))
    return out


def accepted(candidates: list[Candidate]) -> list[Candidate]:
    """Pairs above THRESHOLD, and clear mutual favourites above FLOOR that agree.

    A heavily paraphrased sentence ("site surveys that ran until 2023") can score below
    the threshold and still stand far above every other candidate on both sides. Such a
    pair joins figures of one value only (or one number of one measure in two units,
    "80,000 acres" and "80,000 hectares": a unit slipped, or two digits swapped, nothing
    else): being the best
    of weak candidates is no evidence that two different values tell one fact ("95%" and
    "9%" in a garbled machine translation), and a wrong pair would be reported as a
    contradiction.
    """
    # The best and second-best total of each figure (0 when it has one candidate).
    top_left: dict[int, list[float]] = {}
    top_right: dict[int, list[float]] = {}
    for cand in candidates:
        _note_top(top_left, cand.left_at, cand.total)
        _note_top(top_right, cand.right_at, cand.total)

    def clear(cand: Candidate) -> bool:
        return all(
            cand.total == top[0] and cand.total - top[1] >= MARGIN
            for top in (top_left[cand.left_at], top_right[cand.right_at])
        )

    return [
        cand
        for cand in candidates
        if cand.total >= THRESHOLD
        or (clear(cand) and _one_value(cand.left.figure, cand.right.figure))
    ]


def _one_value(a, b) -> bool:
    """One value, or one number whose unit slipped (``unit_swapped``), or one value with two
    digits swapped ("18.6 weeks" and "16.8 weeks": ``digits_swapped``)."""
    return same_value(a, b) or unit_swapped(a, b) or digits_swapped(a, b)


def clear_among_free(
    candidates: list[Candidate], pairs: list[tuple[Profile, Profile]]
) -> list[tuple[Profile, Profile]]:
    """Pairs of one value that became clear favourites once the pairs made took their
    rivals: "iPhone sales fell 1%, while services rose 14%" against "iPhone sales slipped
    1%" scores the 14% with that 1% above its own 14% elsewhere, and once the two 1% are
    paired, the 14% stands far above its other candidates (``accepted``'s favourites)."""
    taken_left = {p.ref.fig for p, _ in pairs}
    taken_right = {q.ref.fig for _, q in pairs}
    free = [c for c in candidates if c.left_at not in taken_left and c.right_at not in taken_right]
    chosen = [c for c in accepted(free) if c.total < THRESHOLD]
    return best(chosen)


def _note_top(tops: dict[int, list[float]], key: int, total: float) -> None:
    top = tops.get(key)
    if top is None:
        tops[key] = [total, 0.0]
    elif total > top[0]:
        top[0], top[1] = total, top[0]
    elif total > top[1]:
        top[1] = total


def greedy(candidates: list[Candidate]) -> list[Candidate]:
    """One-to-one pairs, best total first; ties broken by the sides' numbers."""
    taken_left: set[int] = set()
    taken_right: set[int] = set()
    pairs = []
    for cand in sorted(candidates, key=lambda c: c.rank):
        if cand.left_at in taken_left or cand.right_at in taken_right:
            continue
        taken_left.add(cand.left_at)
        taken_right.add(cand.right_at)
        pairs.append(cand)
    return pairs


def best(candidates: list[Candidate]) -> list[tuple[Profile, Profile]]:
    """The one-to-one pairs with the highest total score, per group of competing figures.

    Greedy matching can give "48 specialists" the "200 tech specialists" of another
    version for the noun's sake, leaving 200 unpaired; figures that compete for the same
    partners (usually those of one sentence) are few, so their best assignment is searched.
    """
    pairs = []
    for group in competing(candidates):
        per_left: dict[int, list[Candidate]] = {}
        for cand in group:
            per_left.setdefault(cand.left_at, []).append(cand)
        lefts = sorted(per_left)
        options_count = 1
        for left in lefts:
            options_count *= 1 + len(per_left[left])
        if len(lefts) > EXACT_LIMIT or options_count > EXACT_BUDGET:
            chosen = greedy(group)
        else:
            options = {left: sorted(per_left[left], key=lambda c: c.rank) for left in lefts}
            chosen = best_assignment(lefts, options)
        pairs.extend((c.left, c.right) for c in chosen)
    return pairs


def competing(candidates: list[Candidate]) -> list[list[Candidate]]:
    """The candidates grouped by connected figures: those that compete for partners.

    Groups are solved independently, so their order does not change the result.
    """
    # Union-find over figures: left figure i is node 2i, right figure j is 2j+1.
    size = 2 * max((max(c.left_at, c.right_at) for c in candidates), default=0) + 2
    parent = list(range(size))

    def find(x: int) -> int:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    for cand in candidates:
        parent[find(2 * cand.left_at)] = find(2 * cand.right_at + 1)
    groups: dict[int, list[Candidate]] = {}
    for cand in candidates:
        groups.setdefault(find(2 * cand.left_at), []).append(cand)
    return list(groups.values())


def best_assignment(lefts: list[int], options: dict[int, list[Candidate]]) -> list[Candidate]:
    """Exhaustive search over a few pivot figures: each takes one free partner or none.

    A branch stops when even the best partner for every pivot figure left could not beat
    the best assignment found so far (with a little slack, so rounding never prunes one).
    """
    best_found: tuple[float, list[Candidate]] = (0.0, [])
    # The most the pivot figures from i on can still add.
    reach = [0.0] * (len(lefts) + 1)
    for i in range(len(lefts) - 1, -1, -1):
        reach[i] = reach[i + 1] + max(c.total for c in options[lefts[i]])
    choices = [options[left] for left in lefts]

    def search(i: int, used: frozenset, total: float, chosen: list[Candidate]) -> None:
        nonlocal best_found
        if i == len(lefts):
            if total > best_found[0] + 1e-9:
                best_found = (total, list(chosen))
            return
        if total + reach[i] + 1e-6 < best_found[0]:
            return
        for cand in choices[i]:
            if cand.right_at not in used:
                chosen.append(cand)
                search(i + 1, used | {cand.right_at}, total + cand.total, chosen)
                chosen.pop()
        search(i + 1, used, total, chosen)

    search(0, frozenset(), 0.0, [])
    return best_found[1]
