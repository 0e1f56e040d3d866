"""Which figures in different documents report the same fact.

A figure is matched by the words around it (``profiles``, ``scoring``, ``contexts``;
in long versions only against a ``shortlist``) and only then, as a tie-breaker, by its
value (``values``): the whole point is to pair "48 turbines" with "50 turbines". Pairs
are chosen one to one (``matching``), with a pass for lone figures between aligned
neighbours (``gaps``).

Every version is aligned to one pivot (the reference, else the document with the most
figures), so the cost grows linearly with the number of versions. Figures no pivot
figure claimed are offered to the facts their version is missing from (``rescue``), and
then get further rounds against the next pivot, so a fact missing from the pivot can
still be checked between the other versions.

Every choice (the pivot among equals, the members a figure is rescued through) follows
the versions' content, never the order they were given in: renaming the files of a
story must not change what is reported about it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from figcheck.align.contexts import family_scores
from figcheck.align.crossing import cross_pairs, value_key
from figcheck.align.matching import match_all
from figcheck.align.profiles import Profile, family, profiles_of
from figcheck.align.rescue import (
    RESCUE_MEMBERS,
    headline_year_slips,
    in_translated_sentences,
    only_candidates,
    rescue,
    slips_between_neighbours,
    slips_by_words,
)
from figcheck.align.roles import apart, comparison_bases, dated_by, nouns_differ, subjects_differ
from figcheck.align.scoring import MOST_TIE_BREAKERS, THRESHOLD, different_things, total
from figcheck.align.values import ValueIndex, far_apart, same_value
from figcheck.align.words import sentence_spans
from figcheck.document import Version
from figcheck.figures import Figure, FigureRef

__all__ = ["Alignment", "Profile", "align", "family", "sentence_spans"]

#: Extra rounds against a new pivot for the figures nobody claimed; later rounds, one for
#: each version left, keep only facts that name what they count (``_one_counted_thing``).
EXTRA_ROUNDS = 2


#: The fact each figure is in, by its reference.
Partners = dict[FigureRef, list[FigureRef]]


@dataclass
class _Run:
    """The versions being aligned and the word work shared by every pair of them."""

    versions: Sequence[Version]
    reference: int | None = None
    cache: dict[Any, Any] = field(default_factory=dict)

    def language(self, doc_index: int) -> str | None:
        """The language a version is written in, or None when its text does not say."""
        key = ("language", doc_index)
        if key not in self.cache:
            from figcheck.lang.detect import detect

            self.cache[key] = detect(self.versions[doc_index].document.text)
        return self.cache[key]

    def states(self, member: Profile, other: Profile, partners: Partners) -> bool:
        """Whether ``member``'s version states ``other``'s value in another figure of
        ``member``'s family (within the rounding ``same_value`` allows) that may be the
        fact ``other`` reports.

        A figure that restates the member's own value with other rounding ("about 96%",
        then "87.4%") is the same fact told twice, not another fact that ``other`` was
        taken from: it comes near "95%" only through rounding, so it does not count. Nor
        does one already paired with a second telling of the value in ``other``'s version
        (``_told_twice``). Nor does one whose words make it another thing than ``other``:
        "500 documents" is no better partner for "500 researchers" than the "5,000
        researchers" paired with it.
        Nor does a relative date that is the base of a comparison ("climbed 49% from a year
        earlier"): it tells no time of its own, so no other version's year was taken from it.
        Nor does a year whose words are clearly further from ``other``'s than the member's
        are: a story tells several events of one year ("a report published in 2021", "a
        2021 recipient"), and the year a slip left behind in another sentence is no
        likelier partner than the member standing in ``other``'s words.
        """
        return any(
            p.ref != member.ref
            and not same_value(p.figure, member.figure)
            and p.ref not in self.bases(member.ref.doc)
            and not (_whole_year(other.figure) and self._closer(other, member, p))
            and not self._told_twice(p, member, other, partners)
            for p in self._telling(member.ref.doc, member.family, other)
        )

    def bases(self, doc_index: int) -> set[FigureRef]:
        """One version's relative dates that a change is measured from
        (``roles.comparison_bases``), worked out once per run."""
        key = ("bases", doc_index)
        if key not in self.cache:
            self.cache[key] = comparison_bases(self.profiles(doc_index))
        return self.cache[key]

    def dates_apart(self, member: Profile, other: Profile, partners: Partners) -> bool:
        """Whether two dates tell the times of different facts: each dates figures of its
        sentence (``roles.dated_by``), and none that either dates is in a fact with one
        that the other dates, or states the value of one in such a fact. "Net profit for
        the year to March 2024 rose to 4.9 trillion yen" and "profit was 4.9 trillion yen;
        in 2022 sales were 12 trillion": the profits pair, the years date the profit and
        the sales, another fact the first never tells. The value counts as well as the
        fact: a year slipped ("since 1999, when 225 died" for 1998) dates its figures to
        another year, which keeps them out of one fact. A relative date dates its figures to
        the year it resolved to ("last year" in a 2028 article: 2027), where it counts from
        publication (``roles.told_year``). A date that dates nothing ("the dock opened in
        1998") is no evidence either way."""
        mine = dated_by(member, self._sentence(member), *self._reading(member.ref.doc))
        theirs = dated_by(other, self._sentence(other), *self._reading(other.ref.doc))
        if not mine or not theirs:
            return False
        return not (
            _dated_alike(self, mine, theirs, partners) or _dated_alike(self, theirs, mine, partners)
        )

    def _reading(self, doc_index: int) -> tuple[str, str | None]:
        """A version's text and language, as its figures' years were read (``roles.anchors``)."""
        document = self.versions[doc_index].document
        return document.text, document.language

    def _sentence(self, p: Profile) -> list[Profile]:
        """The figures of ``p``'s sentence."""
        key = ("sentences", p.ref.doc)
        if key not in self.cache:
            by_start: dict[int, list[Profile]] = {}
            for q in self.profiles(p.ref.doc):
                by_start.setdefault(q.sentence_start, []).append(q)
            self.cache[key] = by_start
        return self.cache[key][p.sentence_start]

    def _told_twice(self, p: Profile, member: Profile, other: Profile, partners: Partners) -> bool:
        """Whether ``p`` is already the partner of a figure that states ``p``'s value in a
        version telling that value twice, its other telling in ``other``'s fact: that
        version keeps two tellings apart (a headline restated in the body), and ``p``
        stands for the telling outside ``other``'s fact.

        The version may be ``other``'s own, or, for a member whose value no other version
        of the fact tells even rounded otherwise (a slip is one version's alone), a third
        one ("hire 300" and "more than 300 complaints" where ``other``'s version tells
        only the complaints)."""
        fact = partners.get(other.ref, ())
        alone = self._alone(member, fact)
        return any(
            ref.doc != p.ref.doc
            and (ref.doc == other.ref.doc or alone)
            and self._states_value(ref, p)
            and any(m.doc == ref.doc and m != ref and self._states_value(m, p) for m in fact)
            for ref in partners.get(p.ref, ())
        )

    def _alone(self, member: Profile, fact: Sequence[FigureRef]) -> bool:
        """Whether no other version of the fact tells ``member``'s value, within the
        rounding agreeing members allow (AGREED_SPREAD)."""
        return not any(
            ref.doc != member.ref.doc
            and _alike(self.profiles(ref.doc)[ref.fig].figure, member.figure)
            for ref in fact
        )

    def _states_value(self, ref: FigureRef, p: Profile) -> bool:
        return same_value(self.profiles(ref.doc)[ref.fig].figure, p.figure)

    def _closer(self, other: Profile, member: Profile, p: Profile) -> bool:
        """Whether ``other``'s words are clearly closer to ``member``'s than to ``p``'s
        (by MARGIN), so that ``p`` is no likelier partner than the member. Two figures
        of one sentence share their words: neither is closer."""
        if p.sentence_start == member.sentence_start:
            return False
        from figcheck.align.contexts import family_scores
        from figcheck.align.scoring import MARGIN

        (scores,) = family_scores([other], [[member, p]])
        return scores.at(0, 0) - scores.at(0, 1) >= MARGIN

    def _telling(self, doc_index: int, family: str, other: Profile) -> list[Profile]:
        """The figures of one version's family that state ``other``'s value and whose words
        may tell the fact ``other`` tells."""
        return [
            p
            for p in self.near(doc_index, family, other.figure)
            if p.ref == other.ref
            or not different_things(p, other, nouns=self.same_language(p, other))
        ]

    def near(self, doc_index: int, family: str, figure: Figure) -> list[Profile]:
        """The figures of one version's family whose value is ``same_value`` as ``figure``'s."""
        key = ("values", doc_index)
        if key not in self.cache:
            self.cache[key] = ValueIndex(self.profiles(doc_index))
        return self.cache[key].near(family, figure)

    def same_language(self, p: Profile, q: Profile) -> bool:
        """Whether two figures' versions are in one language (their nouns compare)."""
        return not _other_language(self.language(p.ref.doc), self.language(q.ref.doc))

    def profiles(self, doc_index: int) -> list[Profile]:
        """Each figure's profile, computed once per run (alignment and rules share them)."""
        key = ("profiles", doc_index)
        if key not in self.cache:
            self.cache[key] = profiles_of(self.versions[doc_index], doc_index, self.cache)
        return self.cache[key]


@dataclass(frozen=True)
class Alignment:
    """Groups of figures that report the same fact, and the word profiles behind them."""

    #: One tuple of figure references per fact, at most one figure per version each.
    facts: tuple[tuple[FigureRef, ...], ...]
    _run: _Run = field(repr=False, compare=False)

    def profiles(self, doc_index: int) -> list[Profile]:
        """Read-only: the profile of each figure of one version, in figure order."""
        return self._run.profiles(doc_index)


def align(versions: Sequence[Version], reference: int | None = None) -> Alignment:
    """Groups of figures reporting the same fact: at most one figure per version each."""
    run = _Run(versions, reference)
    return Alignment(tuple(tuple(fact) for fact in _facts_of(run)), run)


#: Each version's figures not yet in a fact, by version index.
Free = dict[int, list[Profile]]


def _facts_of(run: _Run) -> list[list[FigureRef]]:
    """Rounds against one pivot after another, each on the figures still unclaimed."""
    if len(run.versions) < 2:
        return []
    # Every choice below follows this order, so the facts found do not depend on the
    # order the versions were given in.
    free = {d: run.profiles(d) for d in content_order(run.versions)}
    rounds = 1 if run.reference is not None else len(run.versions)
    pivots: list[int] = []
    facts: list[list[FigureRef]] = []
    for number in range(rounds):
        pivot = _next_pivot(run, free, pivots)
        if pivot is None:
            break
        pivots.append(pivot)
        others = [d for d in free if d not in pivots]
        formed = _pivot_round(run, free, pivot, others)
        if number > EXTRA_ROUNDS:
            formed = [fact for fact in formed if _one_counted_thing(fact)]
        elif run.reference is None:
            _rescue_round(run, formed, free, others)
        facts.extend(sorted((m.ref for m in fact), key=_ref_order) for fact in formed)
        free = _unclaimed(free, formed, pivot)
    if run.reference is None:
        _slip_round(run, facts)
    partners = {ref: fact for fact in facts for ref in fact}
    facts = [f for f in (_without_doubtful(run, f, partners) for f in facts) if len(f) > 1]
    facts.sort(key=lambda refs: _ref_order(refs[0]))
    return facts


def _whole_year(fig: Figure) -> bool:
    """Whether a figure is a date of one whole calendar year ("2021", "in 2021")."""
    value = fig.value
    return (
        fig.kind in ("date", "period")
        and isinstance(value, tuple)
        and None not in value
        and value[0][4:] == "-01-01"
        and value[1][4:] == "-12-31"
        and value[0][:4] == value[1][:4]
    )


def _told_alike(a: Figure, b: Figure) -> bool:
    """Whether two figures state one value (``same_value``), or one date inside a year
    told by the other ("October 2022" and "last year" in a 2023 article): the more
    precise one is no other value, as date-mismatch reads them too. A month inside a
    quarter is not told alike: "January" is no telling of "January-March"."""
    if same_value(a, b):
        return True
    if a.kind != "date" or b.kind != "date" or a.precision == b.precision:
        return False
    if not (isinstance(a.value, tuple) and isinstance(b.value, tuple)):
        return False
    if None in a.value or None in b.value:
        return False
    (a_start, a_end), (b_start, b_end) = a.value, b.value
    if a.precision == "year" and a_start <= b_start and b_end <= a_end:
        return True
    return b.precision == "year" and b_start <= a_start and a_end <= b_end


def _without_doubtful(run: _Run, fact: list[FigureRef], partners: Partners) -> list[FigureRef]:
    """The fact without the members that another figure of their own version explains.

    A member that differs from another member's value, while its own version states that
    value too (in another figure of its family), was paired with the wrong figure: "4.53%"
    against "61.37%" in a version that gives both. It cannot be told apart, so it is left
    unpaired rather than reported. So is a member whose words part it from another member
    of another value (``scoring.different_things``): pairs chained through a third figure
    ("86.7%" expected, "86.7%", then "87.4%") never join two different things.
    """
    members = [run.profiles(ref.doc)[ref.fig] for ref in fact]
    others = {
        m.ref: [
            o for o in members if o.ref.doc != m.ref.doc and not _told_alike(o.figure, m.figure)
        ]
        for m in members
    }
    apart = _dates_apart(run, members, others, partners)
    kept = []
    for m in members:
        if any(run.states(m, o, partners) for o in others[m.ref]) or _parted(m, members):
            continue
        if any(len(apart[o.ref]) <= len(apart[m.ref]) for o in apart[m.ref]):
            continue
        kept.append(m.ref)
    return kept


def _dated_alike(
    run: _Run, mine: list[Profile], theirs: list[Profile], partners: Partners
) -> bool:
    """Whether a figure of ``theirs`` is in a fact with one of ``mine``, or states the value
    of a figure in such a fact."""
    joined = {p.ref for p in mine}
    joined.update(ref for p in mine for ref in partners.get(p.ref, ()))
    told = [run.profiles(ref.doc)[ref.fig] for ref in joined]
    return any(
        q.ref in joined
        or any(t.family == q.family and same_value(t.figure, q.figure) for t in told)
        for q in theirs
    )


def _dates_apart(
    run: _Run, members: list[Profile], others: dict[FigureRef, list[Profile]], partners: Partners
) -> dict[FigureRef, list[Profile]]:
    """For each member of a fact of dates, the members of another value that date other
    facts than it does (``_Run.dates_apart``). A member is left out when one it is apart
    from is apart from no more members than it is: of "March 2024" dating a profit and
    two versions' "2022" dating their sales, the odd one is left, the two that agree kept;
    two versions' dates apart are both left out."""
    if members[0].family.split("/")[0] != "date":
        return {m.ref: [] for m in members}
    return {m.ref: [o for o in others[m.ref] if run.dates_apart(m, o, partners)] for m in members}


def _parted(m: Profile, members: list[Profile]) -> bool:
    """Whether another member of another value is, by its words, another thing than ``m``.

    A member whose words part it from most members of its own value is no witness: its
    role, year or standing was misread ("until 2019" dates the figure 2019 where the others
    read "from 2016 to 2019" as 2016), so it parts nobody, and is the one left out.
    """
    return any(
        o.ref.doc != m.ref.doc
        and o.figure.value != m.figure.value
        and different_things(m, o, nouns=False)
        and not (_only_years_part(m, o) and _outvoted_year(o, members))
        and not _odd(o, members)
        for o in members
    )


def _outvoted_year(m: Profile, members: list[Profile]) -> bool:
    """Whether most members of ``m``'s value that are dated give it another year than ``m``
    does (``m`` counted with those that agree): "a 2021 report … 200,000" beside two
    versions' "200,000 … this year" in 2023. Its year was misread, so it parts nobody by
    year; a member with no year is no vote either way (``_odd`` counts it as agreeing)."""
    if m.when is None:
        return False
    dated = [
        o.when
        for o in members
        if o.ref.doc != m.ref.doc and o.figure.value == m.figure.value and o.when is not None
    ]
    other = sum(when != m.when for when in dated)
    return other > 1 + len(dated) - other


def _only_years_part(m: Profile, o: Profile) -> bool:
    """Whether the years of two figures are all that parts them (no role, standing or
    subject does)."""
    return not (
        apart(m.role, "", o.role, "") or m.estimate != o.estimate
        or subjects_differ(m.subject, o.subject)
    )  # fmt: skip


def _odd(m: Profile, members: list[Profile]) -> bool:
    """Whether the words of ``m`` part it from most members of its own value (``m`` itself
    counted with those that agree): two members that part are no evidence which misread."""
    alike = [o for o in members if o.ref.doc != m.ref.doc and o.figure.value == m.figure.value]
    parted = sum(different_things(m, o, nouns=False) for o in alike)
    return parted > 1 + len(alike) - parted


def content_order(versions: Sequence[Version]) -> list[int]:
    """The versions' indices sorted by what alignment sees of them: text, then figures.

    Versions that tie are alike in all alignment reads (the same text read with the same
    figures), so their order among themselves cannot change which figures pair.
    """
    texts = Counter(v.document.text for v in versions)

    def key(d: int) -> tuple[str, str]:
        text = versions[d].document.text
        # Figures differ between equal texts only when their dates were resolved apart.
        return text, repr(versions[d].figures) if texts[text] > 1 else ""

    return sorted(range(len(versions)), key=key)


def _ref_order(ref: FigureRef) -> tuple[int, int]:
    return (ref.doc, ref.fig)


def _next_pivot(run: _Run, free: Free, pivots: list[int]) -> int | None:
    """The reference, else the version with the most unclaimed figures, the first in
    ``free``'s order among equals (None when no version that was not a pivot has any)."""
    if run.reference is not None:
        return run.reference
    remaining = [d for d in free if free[d] and d not in pivots]
    if not remaining:
        return None
    return max(remaining, key=lambda d: len(free[d]))


def _pivot_round(run: _Run, free: Free, pivot: int, others: list[int]) -> list[list[Profile]]:
    """The facts one pivot forms: each pivot figure with its partner in every other version.

    Versions in the pivot's language (or one that cannot be told) are paired by their
    words; versions in another language by their figures (``crossing``).
    """
    facts = {p.ref.fig: [p] for p in free[pivot]}
    own = run.language(pivot)
    translated = [_other_language(own, run.language(d)) for d in others]
    matched = match_all(free[pivot], [free[d] for d in others], translated)
    for d, pairs, other_language in zip(others, matched, translated, strict=True):
        if other_language:
            told = (_told_before(run, free, pivot), _told_before(run, free, d))
            pairs = _with_crossing(pairs, cross_pairs(free[pivot], free[d], told))
        for p, q in pairs:
            facts[p.ref.fig].append(q)
    return [fact for fact in facts.values() if len(fact) > 1]


def _told_before(run: _Run, free: Free, doc_index: int) -> frozenset:
    """The values (``crossing.value_key``) of one version's figures that an earlier round
    put in a fact: a figure left with one of them tells that value again."""
    left = {p.ref for p in free[doc_index]}
    keys = (value_key(p) for p in run.profiles(doc_index) if p.ref not in left)
    return frozenset(key for key in keys if key is not None)


def _with_crossing(worded: list, crossed: list) -> list:
    """Pairs by words, and by figures where neither figure was paired by its words."""
    taken = {m.ref for pair in worded for m in pair}
    return worded + [(p, q) for p, q in crossed if p.ref not in taken and q.ref not in taken]


def _other_language(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and a != b


def _rescue_round(run: _Run, facts: list[list[Profile]], free: Free, others: list[int]) -> None:
    """Add to ``facts`` the other versions' figures that the rescue pass places.

    Each version is offered the facts as the pivot round formed them, so what one version
    adds never changes what another is compared with. A figure far from a member's value
    (``values.far_apart``) whose own value that member's version states in another figure
    is not placed: "More than a thousand were killed" beside "about 12,000 were killed in
    1960", in a version whose headline says "more than 1,000". Nor is a figure placed
    against another value when a fact its version is missing states the figure's own value
    ("17 league goals" belongs with the others' "17 in the league", not their "24 goals").
    """
    claimed: dict[int, set[FigureRef]] = {d: set() for d in others}
    present = {d: [False] * len(facts) for d in others}
    for g, fact in enumerate(facts):
        for m in fact:
            if m.ref.doc in present:
                claimed[m.ref.doc].add(m.ref)
                present[m.ref.doc][g] = True
    placed = [
        rescue(facts, [q for q in free[d] if q.ref not in claimed[d]], present[d]) for d in others
    ]
    formed = [list(fact) for fact in facts]  # as the pivot round formed them
    for g, q in (found for version in placed for found in version):
        if any(_told_apart(run, m, q) for m in formed[g]):
            continue
        if _value_of_another(formed, g, q, present[q.ref.doc]):
            continue
        facts[g].append(q)


def _value_of_another(facts: list[list[Profile]], g: int, q: Profile, present: list[bool]) -> bool:
    """Whether a fact other than ``facts[g]`` that ``q``'s version is missing states
    ``q``'s value in every member and pairs with ``q`` by its words too (THRESHOLD, as the
    rescue pass asks), while ``facts[g]`` states another value (amounts only: a date is told
    in too many shapes for its value alone to say which fact it is)."""
    if not isinstance(q.figure.value, Decimal):
        return False
    if all(same_value(m.figure, q.figure) for m in facts[g]):
        return False
    return any(
        other != g
        and not present[other]
        and fact[0].family == q.family
        and all(same_value(m.figure, q.figure) for m in fact)
        and _pairs_by_words(fact[:RESCUE_MEMBERS], q)
        for other, fact in enumerate(facts)
    )


def _pairs_by_words(members: list[Profile], q: Profile) -> bool:
    """Whether ``q`` reaches THRESHOLD against one of ``members`` by its words and values."""
    (scores,) = family_scores(members, [[q]])
    rows, _cols, values = scores.at_least(THRESHOLD - MOST_TIE_BREAKERS)
    scored = zip(rows.tolist(), values.tolist(), strict=True)
    return any(total(context, members[i], q) >= THRESHOLD for i, context in scored)


def _told_apart(run: _Run, member: Profile, q: Profile) -> bool:
    """Whether ``q``'s value is far from ``member``'s and stated by ``member``'s version in
    a figure that counts the same thing as ``q``."""
    if not far_apart(member.figure, q.figure):
        return False
    return any(
        not nouns_differ(r.noun, q.noun) for r in run.near(member.ref.doc, q.family, q.figure)
    )


def _slip_round(run: _Run, facts: list[list[FigureRef]]) -> None:
    """Add to ``facts`` the figures no fact claimed that are a slip of the pen of a fact
    their version is missing from: by their words (``rescue.slips_by_words``) or by where
    they stand between aligned neighbours (``rescue.slips_between_neighbours``).

    Only facts whose members agree are offered (two versions or more tell the value the
    slip is measured against, each perhaps rounded or qualified: AGREED_SPREAD), and only
    figures whose value no other version states (such a figure may be another fact's,
    left unpaired). Every version is offered the
    facts as the rounds formed them, so what one adds never changes what another sees.
    """
    claimed = {ref for fact in facts for ref in fact}
    agreed = [
        g
        for g, fact in enumerate(facts)
        if len({ref.doc for ref in fact}) > 1 and _all_alike(run, fact)
    ]
    placed = []

    def other(a: int, b: int) -> bool:
        return _other_language(run.language(a), run.language(b))

    for d in content_order(run.versions):
        offered = [g for g in agreed if all(ref.doc != d for ref in facts[g])]
        members = [[run.profiles(ref.doc)[ref.fig] for ref in facts[g]] for g in offered]
        free = [
            p for p in run.profiles(d) if p.ref not in claimed and not _stated_by_others(run, p)
        ]
        by_words = [g for g, fact in enumerate(members) if _same_day(run, d, fact)]
        slipped = slips_by_words([members[g] for g in by_words], free)
        found = {(offered[by_words[g]], fig): q for (g, fig), q in slipped.items()}
        headlines = headline_year_slips(members, free, lambda doc: run.versions[doc].document.text)
        found.update({(offered[g], fig): q for (g, fig), q in headlines.items()})
        found.update(slips_between_neighbours(facts, offered, free, run.profiles))
        found.update(in_translated_sentences(facts, offered, free, run.profiles, other))
        placed += [(g, q.ref) for g, q in only_candidates(found)]
    for g, ref in placed:
        facts[g].append(ref)
        facts[g].sort(key=_ref_order)


def _same_day(run: _Run, doc_index: int, fact: list[Profile]) -> bool:
    """Whether a version may hold a slip of the pen of a fact by its words alone: it was
    published on the day of one of the fact's versions, or a day is unknown. A follow-up
    published days later tells new figures beside the old ones (a 6% deal beside the 60%
    stake, 71% of the votes beside the 7% asked), and words below the threshold do not
    make one of them a slip of another."""
    day = run.versions[doc_index].document.published
    if day is None:
        return True
    days = {run.versions[m.ref.doc].document.published for m in fact}
    return None in days or day in days


#: Members whose amounts lie this close (relative to the smallest) tell one value, each
#: with its own rounding or qualifier ("nearly 2 billion", "1.94 billion", "about 1.9
#: billion"), as far as an approximation reaches (``intervals.APPROX_REACH``).
AGREED_SPREAD = Decimal("0.10")


def _alike(a: Figure, b: Figure) -> bool:
    """Whether two figures tell one value, each with its own rounding (AGREED_SPREAD)."""
    if a.unit != b.unit or not (isinstance(a.value, Decimal) and isinstance(b.value, Decimal)):
        return a.value == b.value and a.unit == b.unit
    return _within_spread(*sorted((abs(a.value), abs(b.value))))


def _within_spread(low: Decimal, high: Decimal) -> bool:
    return low > 0 and high <= low * (1 + AGREED_SPREAD)


def _all_alike(run: _Run, fact: list[FigureRef]) -> bool:
    """Whether the members of a fact state one value, each with its own rounding, or one
    time, each as a date or the period it opens (``_one_start``)."""
    figures = [run.versions[ref.doc].figures[ref.fig] for ref in fact]
    first = figures[0]
    if _one_start(figures):
        return True
    if any(fig.unit != first.unit or fig.kind != first.kind for fig in figures):
        return False
    values = [fig.value for fig in figures]
    if not all(isinstance(v, Decimal) for v in values):
        return all(fig.value == first.value for fig in figures)
    return _within_spread(min(values), max(values))


def _one_start(figures: list[Figure]) -> bool:
    """Whether every figure is a date or period written from one day ("since 1998", "in
    1998", "the 1998 sinking"): one time told as a date or as the period it opens, so
    the members agree on the year a slip would move."""
    starts = {
        fig.value[0] if fig.kind in ("date", "period") and isinstance(fig.value, tuple) else None
        for fig in figures
    }
    return len(starts) == 1 and None not in starts and not any(fig.relative for fig in figures)


def _stated_by_others(run: _Run, p: Profile) -> bool:
    """Whether another version states ``p``'s value in a figure of its family."""
    return any(run.near(d, p.family, p.figure) for d in range(len(run.versions)) if d != p.ref.doc)


def _one_counted_thing(fact: list[Profile]) -> bool:
    """Whether every member of a fact counts one named thing ("85 women", "84 were women").

    Late rounds pair what is left after the usual pivots, mostly figures no other version
    tells; only a fact whose members name what they count is told apart from chance there.
    """
    nouns = {m.noun.lower() if m.noun else "" for m in fact}
    return len(fact) > 1 and len(nouns) == 1 and "" not in nouns


def _unclaimed(free: Free, facts: list[list[Profile]], pivot: int) -> Free:
    """Each version's figures left out of ``facts``; none of the pivot's."""
    claimed = {m.ref for fact in facts for m in fact}
    out = {d: [p for p in profiles if p.ref not in claimed] for d, profiles in free.items()}
    out[pivot] = []
    return out
