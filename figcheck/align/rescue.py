"""The rescue pass: a version's unclaimed figures offered to facts it is missing from.

The pivot may word a fact differently from every version while a sibling words it alike
("1.2 billion euro" in the pivot, "1.2 million euros" in a translation that follows the
rewrite). So a figure no pivot figure claimed is compared with a few members of each fact
its version is missing from, and joins the fact it matches best.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from figcheck.align.contexts import family_scores
from figcheck.align.crossing import may_pair, value_key
from figcheck.align.gaps import GAP_CHARS
from figcheck.align.matching import Candidate, greedy
from figcheck.align.profiles import Profile, family
from figcheck.align.roles import nouns_differ
from figcheck.align.scoring import MOST_TIE_BREAKERS, THRESHOLD, different_things, total
from figcheck.align.values import slipped, year_apart
from figcheck.figures import FigureRef

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
    facts: Sequence[list[Profile]],
    present: Sequence[bool],
    free: list[Profile],
    family_of: Callable[[Profile], str] = lambda p: p.family,
) -> list[tuple[list[Profile], list[int], list[Profile]]]:
    """Per family: the members to compare with, the fact each is in, and the free figures."""
    members: dict[str, list[Profile]] = {}
    fact_of: dict[str, list[int]] = {}
    for g, fact in enumerate(facts):
        if not present[g]:
            for m in fact[:RESCUE_MEMBERS]:
                members.setdefault(family_of(m), []).append(m)
                fact_of.setdefault(family_of(m), []).append(g)
    free_of: dict[str, list[Profile]] = {}
    for q in free:
        free_of.setdefault(family_of(q), []).append(q)
    return [(ms, fact_of[fam], free_of[fam]) for fam, ms in members.items() if fam in free_of]


#: The total a slipped figure needs against a fact's member, as a pair placed between
#: aligned neighbours does (``gaps.GAP_FLOOR``): the slip of the pen stands in for the order.
SLIP_FLOOR = 40.0


def slips_by_words(
    facts: Sequence[list[Profile]], free: list[Profile]
) -> dict[tuple[int, int], Profile]:
    """{(index of a fact, figure index): figure} for the figures of ``free`` that may be a
    slip of the pen of a fact's value ("12 hectares" where every other version says 120).

    A spun rewrite words a sentence so unlike the others that a figure of the same value
    joins its fact only as the clear favourite of weak candidates; once a digit is lost,
    it is refused, and the slip goes unreported. So a figure of one version that no fact
    claimed joins a fact it is missing from when the fact's members all agree, its value
    is theirs with a digit or the decimal mark lost (``values.slipped``), its words still
    make a fair case against one of the first RESCUE_MEMBERS members (SLIP_FLOOR), and
    the fact and the figure are each other's only such candidate (``only_candidates``).
    A fact whose own members count it with nouns that differ ("200,000 people", "200,000
    engineers") is not parted from the figure by its noun either ("20,000 workers"): its
    context alone must make the case, and no role, year or standing may part them.
    """
    loose = {g for g, fact in enumerate(facts) if _nouns_vary(fact)}
    found: dict[tuple[int, int], Profile] = {}
    for members, fact_of, qs in _by_family(facts, [False] * len(facts), free, unranged):
        (scores,) = family_scores(members, [qs])
        rows, cols, values = scores.at_least(SLIP_FLOOR - MOST_TIE_BREAKERS)
        for i, j, context in zip(rows.tolist(), cols.tolist(), values.tolist(), strict=True):
            m, q = members[i], qs[j]
            if not slipped(m.figure, q.figure):
                continue
            if fact_of[i] in loose and not different_things(m, q, nouns=False):
                fair = context >= SLIP_FLOOR
            else:
                fair = total(context, m, q) >= SLIP_FLOOR
            if fair:
                found[(fact_of[i], q.ref.fig)] = q
    return found


def unranged(p: Profile) -> str:
    """A figure's family, the end of a range it is taken from left out: a range whose end
    slipped below its start ("800 million to 100 million") is read as two lone figures."""
    return family(p.figure, ranged=False)


def _nouns_vary(fact: list[Profile]) -> bool:
    """Whether two members of a fact count it with nouns that differ."""
    return any(nouns_differ(a.noun, b.noun) for a in fact for b in fact)


def slips_between_neighbours(
    facts: Sequence[Sequence[FigureRef]],
    offered: Sequence[int],
    free: list[Profile],
    profiles: Callable[[int], list[Profile]],
) -> dict[tuple[int, int], Profile]:
    """{(index of a fact, figure index): figure} for the figures of ``free`` (one version's)
    that stand where an offered fact's member stands in its own version, a slip of the
    pen of its value.

    A translation shares no words to score ("152 people", "15 personas"), but it keeps
    the order of the story. A member's nearest figures before and after its sentence whose
    facts hold a figure of this version too are its neighbours; when they stand close together
    in both versions (``gaps.GAP_CHARS``) and, between this version's figures of those
    facts, one figure of the member's family is unclaimed, is the member's value with a
    digit or the decimal mark lost, and no role, year or standing parts it from the
    member, it is that fact's figure, slipped. A fact or a figure with more than one such
    candidate stays apart.
    """
    if not free:
        return {}
    doc = free[0].ref.doc
    fact_at = {ref: g for g, fact in enumerate(facts) for ref in fact}
    mine = {g: ref.fig for g, fact in enumerate(facts) for ref in fact if ref.doc == doc}
    own = profiles(doc)
    unclaimed = {q.ref.fig for q in free}
    found: dict[tuple[int, int], Profile] = {}
    for g in offered:
        for ref in facts[g]:
            theirs = profiles(ref.doc)
            m = theirs[ref.fig]
            gap = _neighbours(theirs, ref.fig, fact_at, mine)
            if gap is None or _span(theirs, gap[0]) > GAP_CHARS or _span(own, gap[1]) > GAP_CHARS:
                continue
            low, high = gap[1]
            inside = [
                i
                for i in range(low + 1, high)
                if i in unclaimed and unranged(own[i]) == unranged(m)
            ]
            if len(inside) != 1:
                continue
            q = own[inside[0]]
            # (the place pairs them: "4.2%" and "2.4%" are a slip here as "4.2%" and "4.3%")
            slip = slipped(m.figure, q.figure, whole_swaps=True)
            if slip and not different_things(m, q, nouns=False):
                found[(g, q.ref.fig)] = q
    return found


def headline_year_slips(
    facts: Sequence[list[Profile]], free: list[Profile], texts: Callable[[int], str]
) -> dict[tuple[int, int], Profile]:
    """{(index of a fact, figure index): figure} for a year in this version's headline one
    off from the year every member of a fact states in its own headline ("drops
    2031 Games" where the others' headlines say 2030).

    A bare year slips into the next too often by chance to be read as slipped anywhere
    (``values.slipped``), but a headline names the story's one event in a few words: two
    headlines' years a year apart tell one event, one of them slipped.
    """
    found: dict[tuple[int, int], Profile] = {}
    for g, members in enumerate(facts):
        if not all(_headline_year(m, texts) for m in members):
            continue
        if len({m.figure.value for m in members}) != 1:
            continue
        for q in free:
            if _headline_year(q, texts) and year_apart(members[0].figure, q.figure):
                found[(g, q.ref.fig)] = q
    return found


def _headline_year(p: Profile, texts: Callable[[int], str]) -> bool:
    """Whether a figure is a whole year, not counted from publication, on its version's
    first line when a blank line follows it (a headline)."""
    fig = p.figure
    text = texts(p.ref.doc)
    first_line = text.find("\n")
    return (
        fig.kind == "date"
        and fig.precision == "year"
        and not fig.relative
        and isinstance(fig.value, tuple)
        and None not in fig.value
        and 0 < first_line
        and fig.end <= first_line
        and text[first_line : first_line + 2] == "\n\n"
    )


def _neighbours(
    theirs: list[Profile], at: int, fact_at: dict, mine: dict
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The figure indexes, in the member's version and in this one, of the member's
    nearest neighbours outside its sentence, before and after it, whose facts hold a
    figure of this version: ((before, after) there, (before, after) here), or None
    without two in order. Within a sentence, languages order figures differently."""
    sentence = theirs[at].sentence_start

    def anchored(i: int) -> bool:
        return theirs[i].sentence_start != sentence and fact_at.get(theirs[i].ref) in mine

    before = next((i for i in range(at - 1, -1, -1) if anchored(i)), None)
    after = next((i for i in range(at + 1, len(theirs)) if anchored(i)), None)
    if before is None or after is None:
        return None
    low, high = mine[fact_at[theirs[before].ref]], mine[fact_at[theirs[after].ref]]
    return ((before, after), (low, high)) if low < high else None


def _span(profiles: list[Profile], gap: tuple[int, int]) -> int:
    """Characters between two figures of one version."""
    return profiles[gap[1]].figure.start - profiles[gap[0]].figure.end


#: Values two sentences of versions in different languages must both state to be read as
#: one sentence translated (``in_translated_sentences``).
SHARED_VALUES = 2


def in_translated_sentences(
    facts: Sequence[Sequence[FigureRef]],
    offered: Sequence[int],
    free: list[Profile],
    profiles: Callable[[int], list[Profile]],
    other_language: Callable[[int, int], bool],
) -> dict[tuple[int, int], Profile]:
    """{(index of a fact, figure index): figure} for the figures of ``free`` (one version's)
    that stand in a sentence translated from the sentence of an offered fact's member.

    Across languages no word scores a pair, and a figure that changed in translation
    ("cuatro centros regionales" where the English says "five regional centres") is no
    landmark. But a sentence that states SHARED_VALUES values the member's sentence
    states too (the same budget and the same cost, whatever the words), each told in
    that one sentence of each version, is that sentence in another language, in an
    article that as a whole need not be a translation. A free
    figure there of the member's family that ``crossing.may_pair`` allows, whose value
    the member's sentence does not state, is a candidate for the member's fact, unless
    the sentence states the member's number itself, in whatever unit; a fact or a figure
    with more than one candidate stays apart (``only_candidates``).
    """
    doc = free[0].ref.doc if free else None
    # (versions in one language, the usual run, are left before any sentence is read)
    members = [
        (g, ref) for g in offered for ref in facts[g] if other_language(ref.doc, doc)
    ] if free else []  # fmt: skip
    if not members:
        return {}
    own = _Sentences(profiles(doc))
    free_in: dict[int, list[Profile]] = {}
    for q in free:
        free_in.setdefault(q.sentence_start, []).append(q)
    versions: dict[int, _Sentences] = {}
    found: dict[tuple[int, int], Profile] = {}
    for g, ref in members:
        m = profiles(ref.doc)[ref.fig]
        if (value := value_key(m)) is None:
            continue
        if ref.doc not in versions:
            versions[ref.doc] = _Sentences(profiles(ref.doc))
        for q in _translated(m, value, versions[ref.doc], own, free_in):
            found[(g, q.ref.fig)] = q
    return found


def _translated(
    m: Profile,
    value: tuple,
    theirs: _Sentences,
    own: _Sentences,
    free_in: dict[int, list[Profile]],
) -> list[Profile]:
    """The free figures of this version that may tell ``m``'s fact, in a sentence that
    translates ``m``'s (``in_translated_sentences``)."""
    said = theirs.values[m.sentence_start] - {value}
    shared = Counter(own.landmarks[k] for k in said & theirs.landmark_keys if k in own.landmarks)
    return [
        q
        for sentence, count in shared.items()
        # (a sentence stating the member's number has its translation)
        if count >= SHARED_VALUES and value[0] not in own.numbers[sentence]
        for q in free_in.get(sentence, ())
        # a figure whose value the member's sentence states is that figure's
        if value_key(q) not in said and unranged(q) == unranged(m) and may_pair(m, q)
    ]


class _Sentences:
    """The values each sentence of a version states (``crossing.value_key``), and its
    landmarks: the values it states in one sentence only, which tell that sentence."""

    def __init__(self, profiles: list[Profile]):
        self.values: dict[int, set[tuple]] = {}
        self.numbers: dict[int, set] = {}  # each sentence's values whatever their unit
        where: dict[tuple, set[int]] = {}
        for p in profiles:
            sentence = p.sentence_start
            self.values.setdefault(sentence, set())
            self.numbers.setdefault(sentence, set())
            if (key := value_key(p)) is not None:
                self.values[sentence].add(key)
                self.numbers[sentence].add(key[0])
                where.setdefault(key, set()).add(sentence)
        self.landmarks = {key: min(at) for key, at in where.items() if len(at) == 1}
        self.landmark_keys = frozenset(self.landmarks)


def only_candidates(found: dict[tuple[int, int], Profile]) -> list[tuple[int, Profile]]:
    """The (fact, figure) pairs where each is the other's only candidate, by fact."""
    per_fact = Counter(g for g, _ in found)
    per_figure = Counter(fig for _, fig in found)
    return sorted(
        ((g, q) for (g, fig), q in found.items() if per_fact[g] == 1 and per_figure[fig] == 1),
        key=lambda item: item[0],
    )
