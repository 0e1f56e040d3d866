"""The rescue pass: a version's unclaimed figures offered to facts it is missing from.

The pivot may word a fact differently from every version while a sibling words it alike
("1.2 billion euro" in the pivot, "1.2 million euros" in a translation that follows the
rewrite). So a figure no pivot figure claimed is compared with a few members of each fact
its version is missing from, and joins the fact it matches best.
"""

from __future__ import annotations

from collections.abc import Sequence

from figcheck.align.matching import Candidate, greedy
from figcheck.align.profiles import Profile
from figcheck.align.scoring import THRESHOLD, ContextScores, total

#: Members of a fact an unclaimed figure is compared with, so the cost stays linear.
RESCUE_MEMBERS = 3


def rescue(
    facts: Sequence[list[Profile]], free: list[Profile], present: Sequence[bool]
) -> list[tuple[int, Profile]]:
    """(index of a fact, figure to add to it) for the figures of ``free`` that join a fact.

    ``free`` holds one version's unclaimed figures; ``present[g]`` says whether that
    version already has a figure in ``facts[g]``.
    """
    wanted = [(g, fact) for g, fact in enumerate(facts) if not present[g]]
    scores = _scores_by_family(wanted, free)
    candidates = []
    for g, fact in wanted:
        fam = fact[0].family
        if fam not in scores:
            continue
        matrix, rows, cols = scores[fam]
        members = fact[:RESCUE_MEMBERS]
        for q in free:
            if q.family != fam:
                continue
            value, member = max(
                ((total(float(matrix[rows[id(m)], cols[id(q)]]), m, q), m) for m in members),
                key=lambda scored: scored[0],
            )
            if value >= THRESHOLD:
                candidates.append(Candidate(value, g, q.ref.fig, member, q))
    return [(cand.left_at, cand.right) for cand in greedy(candidates)]


def _scores_by_family(wanted: list[tuple[int, list[Profile]]], free: list[Profile]) -> dict:
    """Per family: the context scores of every (member, free figure) pair, scored in one go,
    and where each member and figure stands in them.

    A pair scored in bulk can differ from one scored alone only where neither could reach
    the floor.
    """
    out = {}
    for fam in {fact[0].family for _, fact in wanted}:
        qs = [q for q in free if q.family == fam]
        if not qs:
            continue
        members = {
            id(m): m for _, fact in wanted if fact[0].family == fam for m in fact[:RESCUE_MEMBERS]
        }
        ms = list(members.values())
        matrix = ContextScores(ms, [qs]).context(0)
        rows = {id(m): i for i, m in enumerate(ms)}
        out[fam] = (matrix, rows, {id(q): j for j, q in enumerate(qs)})
    return out
