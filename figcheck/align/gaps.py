"""The gap pass: a figure alone between two aligned neighbours pairs with the one opposite.

A spun rewrite swaps every word for a synonym ("A vehicle will pay 5.40 pounds to
utilize the passage") yet keeps the order of the story: when the facts before and after
line up, and each version has one figure of a kind between them, those two report the
same fact unless their words say otherwise (GAP_FLOOR) or the gap is long (GAP_CHARS).
Several figures of a kind on both sides pair in their order where all of them but one at
most state the same values ("six of the nine ... three" against "Seven of the nine ...
three"): the order is the evidence, and the one that differs is the drift. A figure alone
on one side against several on the other pairs with the one its words favour clearly
(MARGIN over the next) at GAP_FLOOR. The neighbours are the aligned pairs that keep the
story's order: a headline's figure paired with one further down crosses the others and
bounds no gap.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from figcheck.align.profiles import Profile
from figcheck.align.scoring import MARGIN, total
from figcheck.align.values import same_value

if TYPE_CHECKING:
    from figcheck.align.contexts import PairScores

#: A pair alone in the same gap between two aligned neighbours needs this total only,
#: where the neighbours stand at most GAP_CHARS apart in both versions (order is good
#: evidence across a paragraph, not across a page).
GAP_FLOOR = 40.0
#: ... and this one where the versions are in two languages: a translated sentence's
#: words score some 40-45 against the original's, and a figure that drifted in the
#: translation loses 10 for its value ("Only 6 of 31 analysts" against "Solo 16 de 31
#: analistas" totals 32).
TRANSLATED_GAP_FLOOR = 30.0
GAP_CHARS = 600

Pair = tuple[Profile, Profile]


def between_anchors(
    pivot: dict[str, list[Profile]],
    other: dict[str, list[Profile]],
    pairs: list[Pair],
    contexts: dict[str, PairScores],
    translated: bool = False,
) -> list[Pair]:
    """Pairs that stand alone between the same two aligned neighbours in both versions.

    ``pivot`` and ``other`` hold each version's profiles by family, ``pairs`` the pairs
    already made (the anchors), ``contexts`` each shared family's context scores;
    ``translated`` when the versions are in two languages.
    """
    floor = TRANSLATED_GAP_FLOOR if translated else GAP_FLOOR
    taken = {q.ref.fig for _, q in pairs}
    paired = {p.ref.fig for p, _ in pairs}
    found: list[Pair] = []
    # every pair bounds a gap; then, for what is left, only those in the story's order
    for anchors in (sorted(pairs, key=lambda pair: pair[0].ref.fig), in_story_order(pairs)):
        for p, q in _found_between(pivot, other, anchors, contexts, floor, taken, paired):
            if p.ref.fig not in paired and q.ref.fig not in taken:
                found.append((p, q))
                paired.add(p.ref.fig)
                taken.add(q.ref.fig)
    return found


def _found_between(pivot, other, anchors, contexts, floor, taken, paired) -> list[Pair]:
    """The pairs the gaps between ``anchors`` make, family by family and role by role."""
    found = []
    for fam, ps in pivot.items():
        qs = other.get(fam)
        if not qs:
            continue
        # a figure of another role is no rival ("the 21-year-old" beside "a six-year deal")
        for role in sorted({p.role for p in ps}):
            mine = [i for i, p in enumerate(ps) if p.role == role and p.ref.fig not in paired]
            theirs = [j for j, q in enumerate(qs) if q.role == role]
            gaps = _in_gaps([ps[i] for i in mine], [qs[j] for j in theirs], anchors, taken)
            for inside, opposite in gaps:
                inside, opposite = [mine[a] for a in inside], [theirs[b] for b in opposite]
                score = {
                    (i, j): total(contexts[fam].at(i, j), ps[i], qs[j])
                    for i in inside
                    for j in opposite
                }
                found += [(ps[i], qs[j]) for i, j in _kept(inside, opposite, score, floor)]
    return found


def _kept(inside: list[int], opposite: list[int], score: dict, floor: float):
    """The pairs of one gap that stand: in order where the two sides hold as many figures,
    each at ``floor``; for one figure against several, its clear favourite."""
    if len(inside) == len(opposite):
        return [pair for pair in zip(inside, opposite, strict=True) if score[pair] >= floor]
    ranked = sorted(score.items(), key=lambda item: -item[1])
    best, runner_up = ranked[0][1], ranked[1][1]
    return [ranked[0][0]] if best >= floor and best - runner_up >= MARGIN else []


def in_story_order(pairs: list[Pair]) -> list[Pair]:
    """The most pairs that stand in the same order in both versions (a longest increasing
    run of the other version's figures), by the pivot's order: a pair that crosses the
    rest (a headline's figure told again further down) bounds no gap."""
    ordered = sorted(pairs, key=lambda pair: pair[0].ref.fig)
    tails: list[int] = []  # the smallest last figure of a run of each length
    ends: list[int] = []  # ... and the index in ``ordered`` of that run's last pair
    before: list[int | None] = []
    for n, (_, q) in enumerate(ordered):
        k = bisect.bisect_left(tails, q.ref.fig)
        before.append(ends[k - 1] if k else None)
        if k == len(tails):
            tails.append(q.ref.fig)
            ends.append(n)
        else:
            tails[k], ends[k] = q.ref.fig, n
    kept = []
    at = ends[-1] if ends else None
    while at is not None:
        kept.append(ordered[at])
        at = before[at]
    return kept[::-1]


def _in_gaps(ps: list[Profile], qs: list[Profile], anchors: list[Pair], taken: set[int]):
    """(inside, opposite): the indexes of ``ps`` and of ``qs`` between the same two
    anchors standing close together in both versions, every one of ``qs`` free: one on
    each side, or as many on both in an order that states the same values but for one at
    most (``_in_order``), or one on one side and several on the other."""
    anchor_figs = [p.ref.fig for p, _ in anchors]
    q_figs = [q.ref.fig for q in qs]  # in text order, as profiles are
    in_gap: dict[int, list[int]] = {}
    for i, p in enumerate(ps):
        k = bisect.bisect_left(anchor_figs, p.ref.fig)
        if 0 < k < len(anchors) and anchor_figs[k] != p.ref.fig:
            in_gap.setdefault(k, []).append(i)
    for k, inside in in_gap.items():
        (pa, qa), (pb, qb) = anchors[k - 1], anchors[k]
        if qa.ref.fig >= qb.ref.fig:
            continue  # the neighbours cross: no gap to speak of
        if max(pb.figure.start - pa.figure.end, qb.figure.start - qa.figure.end) > GAP_CHARS:
            continue
        low = bisect.bisect_right(q_figs, qa.ref.fig)
        high = bisect.bisect_left(q_figs, qb.ref.fig)
        opposite = list(range(low, high))
        if not opposite or any(q_figs[j] in taken for j in opposite):
            continue
        if len(inside) == len(opposite):
            if len(inside) == 1 or _in_order([ps[i] for i in inside], [qs[j] for j in opposite]):
                yield inside, opposite
        elif 1 in (len(inside), len(opposite)):
            yield inside, opposite


def _in_order(ps: list[Profile], qs: list[Profile]) -> bool:
    """Whether two runs of figures pair in order, all but one at most stating the same value."""
    alike = sum(same_value(p.figure, q.figure) for p, q in zip(ps, qs, strict=True))
    return alike >= len(ps) - 1
