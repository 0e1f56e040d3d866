"""Pairs between versions in different languages, where words cannot be compared.

A Chinese version shares no word with the English wire copy it translates, so context
scores say nothing. What survives translation is the figures themselves: most keep their
value ("17 local councils", "17个地方议会"), and those that changed sit among the ones that
did not. So:

1. Landmarks: figures whose value is stated exactly once in each version (whatever the
   kind: "12,000 tonnes" and a bare "1.2万" are one landmark). Those of one family pair
   at once; the others only mark the place.
2. Between versions that read as a translation of each other (TRANSLATED), each figure
   left is placed by the landmarks of its sentence. Two figures of one family pair when
   they share a landmark, each is the other's only such candidate, and their roles and
   values do not say they are different facts ("180 workers" and "150名工人" beside the
   same opening year).
3. Between any two versions, a figure left that is a slip of the pen of one left in the
   other ("6.42%" and "6,24 %", "13,000" and "1300", ``values.pen_slip``) pairs with it
   when each is the other's only such figure, neither version states the other's value,
   and their roles do not part them.

A figure with two candidates stays unpaired: across languages order is weak evidence,
and a wrong pair is a false contradiction.
"""

from __future__ import annotations

import itertools
from collections import Counter
from decimal import Decimal

from figcheck.align.profiles import RESTATED_FAMILIES, Profile
from figcheck.align.roles import apart, different_times, subjects_differ
from figcheck.align.values import far_apart, pen_slip, same_value

Pair = tuple[Profile, Profile]

#: Above this many pairs of figures between two versions, slips of the pen are not looked
#: for: news stories stay far below it.
SLIP_BUDGET = 40_000

#: Figures that changed are placed only between versions that read as one text translated:
#: at least this share of the smaller version's figures are landmarks. Two articles on
#: one story in two languages share a few figures, and placing the rest would guess.
TRANSLATED = 0.45


def value_key(p: Profile) -> tuple | None:
    """What a landmark is recognized by: the value and the unit, not the kind or words."""
    fig = p.figure
    if fig.value is None or fig.vague:
        return None
    value = fig.value.normalize() if isinstance(fig.value, Decimal) else fig.value
    return (str(value), fig.unit)


#: No value told in an earlier round, for either version.
NOTHING_TOLD = (frozenset(), frozenset())


def cross_pairs(
    ps: list[Profile], qs: list[Profile], told: tuple[frozenset, frozenset] = NOTHING_TOLD
) -> list[Pair]:
    """One-to-one pairs between two versions in different languages (both in text order).

    ``told`` holds, for each version, the values (``value_key``) of its figures already in
    a fact of an earlier round: a figure left with such a value is that value told again
    (a headline, then the body), and it is no slip of another figure (step 3)."""
    marks = _landmarks(ps, qs)
    pairs = [(p, q) for p, q in marks if p.family == q.family]
    if len(marks) >= TRANSLATED * min(len(ps), len(qs)):
        pairs += _placed(ps, qs, marks)
    taken = {m.ref for pair in marks + pairs for m in pair}
    taken |= {p.ref for p in ps if value_key(p) in told[0]}
    taken |= {q.ref for q in qs if value_key(q) in told[1]}
    return pairs + _slipped(ps, qs, taken, marks)


def _slipped(ps: list[Profile], qs: list[Profile], taken: set, marks: list[Pair]) -> list[Pair]:
    """Pairs of figures left that are each other's only slip of the pen.

    A landmark's own mentions do not count as stating its value: where one version tells
    a value twice (a headline, then the body) and the other once, the landmark pairs one
    telling, and the other is left to pair with its slip ("14,2 %" in the body, "1,2
    Prozent" in the headline) as a value told once would; with a slip, not with a figure
    of its own value rounded otherwise ("47.3%" for "47.26%"), which a pair would not
    check and which may tell yet another fact.
    """
    if len(ps) * len(qs) > SLIP_BUDGET:
        return []  # a dump of thousands of figures: every value slips into several others
    marked = {m.ref for pair in marks for m in pair}
    every_p = Counter(value_key(p) for p in ps)
    every_q = Counter(value_key(q) for q in qs)
    stated_p = Counter(value_key(p) for p in ps if p.ref not in marked)
    stated_q = Counter(value_key(q) for q in qs if q.ref not in marked)
    found: dict = {}
    back: dict = {}
    for p in ps:
        if p.ref in taken or not _told_once(value_key(p), stated_p, stated_q):
            continue
        for q in qs:
            if q.ref in taken or not _told_once(value_key(q), stated_q, stated_p):
                continue
            if not (p.family == q.family and pen_slip(p.figure, q.figure) and may_pair(p, q)):
                continue
            retold = not (
                _told_once(value_key(p), every_p, every_q)
                and _told_once(value_key(q), every_q, every_p)
            )
            if retold and same_value(p.figure, q.figure):
                continue
            found.setdefault(p.ref, []).append(q)
            back.setdefault(q.ref, []).append(p)
    return [
        (back[partners[0].ref][0], partners[0])
        for partners in found.values()
        if len(partners) == 1 and len(back[partners[0].ref]) == 1
    ]


def _told_once(key: tuple | None, own: Counter, other: Counter) -> bool:
    """Whether one version states a value once and the other not at all."""
    return own[key] == 1 and key not in other


def _placed(ps: list[Profile], qs: list[Profile], marks: list[Pair]) -> list[Pair]:
    """The figures left placed by the landmarks of their sentence (see the module's 2.)."""
    pairs: list[Pair] = []
    marked = {m.ref for pair in marks for m in pair}
    free_p = [p for p in ps if p.ref not in marked]
    free_q = [q for q in qs if q.ref not in marked]
    near_p = _nearby(ps, free_p, {p.ref: n for n, (p, _) in enumerate(marks)})
    near_q = _nearby(qs, free_q, {q.ref: n for n, (_, q) in enumerate(marks)})
    candidates: dict[int, list[int]] = {}
    backwards: dict[int, list[int]] = {}
    for i, p in enumerate(free_p):
        for j, q in enumerate(free_q):
            if p.family == q.family and near_p[i] & near_q[j] and may_pair(p, q):
                candidates.setdefault(i, []).append(j)
                backwards.setdefault(j, []).append(i)
    for i, js in candidates.items():
        if len(js) == 1 and backwards[js[0]] == [i]:
            pairs.append((free_p[i], free_q[js[0]]))
    return pairs


def may_pair(p: Profile, q: Profile) -> bool:
    """Roles that differ, amounts too far apart for a slip, a date against a period, are
    different facts."""
    a, b = p.figure, q.figure
    if a.kind in _TIMES and (a.kind != b.kind or a.relative != b.relative):
        return False
    if different_times(p.when, q.when) or p.estimate != q.estimate:
        return False
    if subjects_differ(p.subject, q.subject):
        return False
    return not (apart(p.role, "", q.role, "") or far_apart(a, b))


_TIMES = ("date", "period")


def _landmarks(ps: list[Profile], qs: list[Profile]) -> list[Pair]:
    """Pairs of figures whose value each version states once, in ``ps``'s order.

    A value one version states once and the other repeats (a heading, then the body)
    is a landmark too when the repeats tell one fact: it pairs with the repeat that fits
    best (``_best_repeat``), and the other repeats stay unpaired.
    """
    mentions_p = _mentions(ps)
    mentions_q = _mentions(qs)
    pairs = []
    for key, mp in mentions_p.items():
        mq = mentions_q.get(key)
        if mq is None or (len(mp) > 1 and len(mq) > 1):
            continue
        if len(mp) == 1 and len(mq) == 1:
            pairs.append((mp[0], mq[0]))
        elif len(mp) == 1 and _one_fact(mq):
            pairs.append((mp[0], _best_repeat(mq, qs, mp[0], ps)))
        elif len(mq) == 1 and _one_fact(mp):
            pairs.append((_best_repeat(mp, ps, mq[0], qs), mq[0]))
    return sorted(pairs, key=lambda pair: pair[0].ref.fig)


def _mentions(profiles: list[Profile]) -> dict[tuple, list[Profile]]:
    """Each value a version states, with the figures that state it, in text order."""
    out: dict[tuple, list[Profile]] = {}
    for p in profiles:
        if (key := value_key(p)) is not None:
            out.setdefault(key, []).append(p)
    return out


#: Significant digits a value needs for its mentions in one version to be read as one
#: fact told twice: "162.47%" twice is one figure restated; "163" or "2" twice may well
#: be two facts ("163 on board", "163 seats").
SPECIFIC_DIGITS = 4
#: ... a share or an amount (RESTATED_FAMILIES), which a headline restates from its body,
#: needs fewer: "14.2%" or "$1.25 billion" twice is one figure; "2.7%" twice may be two.
RESTATED_DIGITS = 3


def _one_fact(repeats: list[Profile]) -> bool:
    """Whether the mentions of one value in one version can be one fact told twice: a
    specific value (SPECIFIC_DIGITS, RESTATED_DIGITS), one family, and no role, year or
    standing (an expectation) that parts two of them; a role one mention leaves unsaid
    ("162.47%" in a heading) never does."""
    value = repeats[0].figure.value
    if not isinstance(value, Decimal):
        return False
    restated = repeats[0].family in RESTATED_FAMILIES
    if len(value.normalize().as_tuple().digits) < (
        RESTATED_DIGITS if restated else SPECIFIC_DIGITS
    ):
        return False
    return all(
        a.family == b.family
        and a.estimate == b.estimate
        and not apart(a.role, "", b.role, "")
        and not different_times(a.when, b.when)
        for a, b in itertools.combinations(repeats, 2)
    )


def _best_repeat(
    repeats: list[Profile], own: list[Profile], single: Profile, others: list[Profile]
) -> Profile:
    """The repeat that tells what ``single`` (the other version's one mention) tells: the
    one whose sentence shares the most other values with ``single``'s; then the one that
    stands, as ``single`` does or does not, in its version's first sentence (a headline
    restated in the body: heading with heading, body with body); then the one whose
    sentence shares the most values with the other version, then the one in the longest
    sentence (a heading or a caption restates the body in fewer words), then the first:
    the texts decide, never the order of the files."""
    key = value_key(single)
    near_single = _sentence_values(others, single, key)
    told = {value_key(n) for n in others}
    heading = single.sentence_start == 0

    def fit(m: Profile) -> tuple[int, bool, int, int, int]:
        near = _sentence_values(own, m, key)
        return (
            -len(near & near_single),
            (m.sentence_start == 0) != heading,
            -len(near & told),
            -len(m.sentence),
            m.ref.fig,
        )

    return min(repeats, key=fit)


def _sentence_values(profiles: list[Profile], m: Profile, key: tuple | None) -> set:
    """The values stated in ``m``'s sentence besides ``key``."""
    return {
        value_key(n)
        for n in profiles
        if n.sentence_start == m.sentence_start and value_key(n) not in (key, None)
    }


def _nearby(
    everything: list[Profile], free: list[Profile], landmark_of: dict
) -> list[frozenset[int]]:
    """For each free figure: the landmarks of its own sentence, the only neighbours that
    tie a figure to a place across languages here."""
    sentence_marks: dict[int, set[int]] = {}
    for p in everything:
        if p.ref in landmark_of:
            sentence_marks.setdefault(p.sentence_start, set()).add(landmark_of[p.ref])
    return [frozenset(sentence_marks.get(p.sentence_start, ())) for p in free]
