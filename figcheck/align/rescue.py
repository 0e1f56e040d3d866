"""The rescue pass: a version's unclaimed figures offered to facts it is missing from.

The pivot may word a fact differently from every version while a sibling words it alike
("1.2 billion euro" in the pivot, "1.2 million euros" in a translation that follows the
rewrite). So a figure no pivot figure claimed is compared with a few members of each fact
its version is missing from, and joins the fact it matches best.
"""

from __future__ import annotations

from collections.abc import Sequence

from figcheck.align.contexts import family_scores
from figcheck.align.matching import Candidate, greedy
from figcheck.align.profiles import Profile
from figcheck.align.scoring import MOST_TIE_BREAKERS, THRESHOLD, total

#: Members of a fact an unclaimed figure is compared with, so the cost stays linear.
RESCUE_MEMBERS = 3


def rescue(
    facts: Sequence[list[Profile]], free: list[Profile], present: Sequence[bool]
) -> list[tuple[int, Profile]]:
    """(index of a fact, figure to add to it) for the figures of ``free`` that join a fact.

    ``free`` holds one version's unclaimed figures; ``present[g]`` says whether that
    version already has a figure in ``facts[g]``. A figure's total against a fact is its
    best against the fact's first RESCUE_MEMBERS members.
    """
    best: dict[tuple[int, int], Candidate] = {}
    for members, fact_of, qs in _by_family(facts, present, free):
        # Every (member, figure) pair of one family is scored in one go. A pair scored in
        # bulk can differ from one scored alone only where neither could reach the floor.
        (scores,) = family_scores(members, [qs])
        rows, cols, values = scores.at_least(THRESHOLD - MOST_TIE_BREAKERS)
        for i, j, context in zip(rows.tolist(), cols.tolist(), values.tolist(), strict=True):
            m, q = members[i], qs[j]
            value = total(context, m, q)
            key = (fact_of[i], j)
            if value >= THRESHOLD and (key not in best or value > best[key].total):
                best[key] = Candidate(value, fact_of[i], q.ref.fig, m, q)
    return [(cand.left_at, cand.right) for cand in greedy(list(best.values()))]


def _by_family(
    facts: Sequence[list[Profile]], present: Sequence[bool], free: list[Profile]
) -> list[tuple[list[Profile], list[int], list[Profile]]]:
    """Per family: the members to compare with, the fact each is in, and the free figures."""
    members: dict[str, list[Profile]] = {}
    fact_of: dict[str, list[int]] = {}
    for g, fact in enumerate(facts):
        if not present[g]:
            for m in fact[:RESCUE_MEMBERS]:
                members.setdefault(m.family, []).append(m)
                fact_of.setdefault(m.family, []).append(g)
    free_of: dict[str, list[Profile]] = {}
    for q in free:
        free_of.setdefault(q.family, []).append(q)
    return [(ms, fact_of[fam], free_of[fam]) for fam, ms in members.items() if fam in free_of]
