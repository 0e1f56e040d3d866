"""What several rules need: which figures of a fact to compare, value tolerances, messages."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from decimal import Decimal
from typing import NamedTuple

from figcheck import intervals
from figcheck.align import roles
from figcheck.align.values import in_base, is_share, power_apart, same_value, share_reach
from figcheck.extractors.qualifiers import qualifier_meaning
from figcheck.figures import Figure, FigureRef, Finding
from figcheck.lang.en import CONVERSION_QUALIFIERS, JOINING_WORDS, TOLL_WORDS
from figcheck.published import opens_story
from figcheck.rules._changes import is_size, levels, multiplier
from figcheck.rules._changes import shapes as change_shapes
from figcheck.rules.api import Context
from figcheck.text import alternation

#: Relative time words and the year (or other unit) offset they mean; first match wins.
RELATIVE_OFFSETS: tuple[tuple[str, int], ...] = (
    (r"\b(?:previous|last|prior|preceding|ago|earlier|before)\b", -1),
    (r"\b(?:next|coming|following)\b", 1),
    (r"\b(?:this|current|same)\b|\bthe \w+'s\b|\bthe \w+\b", 0),
)
#: Conversions at different rates legitimately differ by a few percent.
CONVERSION_TOLERANCE = Decimal("0.05")
APPROX_TOLERANCE = Decimal("0.10")


class Rule(NamedTuple):
    """A rule's id and severity, as findings carry them."""

    ID: str
    SEVERITY: str


def reading(fig: Figure) -> tuple:
    """Figures with the same reading compare alike, so one of each is enough."""
    return (fig.kind, fig.value, fig.unit, fig.qualifier, fig.vague, fig.text.lower(),
            fig.conversion_of is None, fig.precision)  # fmt: skip


def pairs(context: Context, fact: Sequence[FigureRef]) -> Iterable[tuple[FigureRef, FigureRef]]:
    """With --reference, each version against the reference only; else every pair once.

    Versions that read alike are compared through one representative, so 200 copies of
    a story cost no more than their distinct readings; ``finding`` adds the others back.
    """
    if context.reference is not None:
        refs = [r for r in fact if r.doc == context.reference]
        if not refs:
            return []
        return [(refs[0], r) for r in fact if r.doc != context.reference]
    firsts: dict[tuple, FigureRef] = {}
    for ref in fact:
        firsts.setdefault(reading(context.figure(ref)), ref)
    return list(itertools.combinations(firsts.values(), 2))


#: Why two figures of one fact disagree (None: they agree), given each version's text.
Judge = Callable[[Figure, Figure, str, str], "str | None"]
#: The head of a finding's message, from the sorted reasons and the figures involved.
Headline = Callable[[list[str], list[Figure]], str]


#: Pairs of versions a rule leaves to another (a later, larger toll is an update).
Skip = Callable[[Context, FigureRef, FigureRef], bool]


def pairwise(
    context: Context,
    rule: Rule,
    judge: Judge,
    key: Callable[[Figure], object],
    headline: Headline,
    skip: Skip | None = None,
    restate: bool = False,
) -> Iterator[Finding]:
    """One finding per fact in which ``judge`` faults a pair of versions: the loop most rules share.

    The finding names every version that reads like a faulted one, grouped by ``key``
    ('"48 turbines" in a.txt, c.txt; "50 turbines" in b.txt'), after ``headline``.
    ``skip`` leaves some pairs of versions to another rule. With ``restate``, the
    evidence also shows where the agreeing versions state their figure again
    (``restatements``).
    """
    claimed = {ref for fact in context.facts for ref in fact} if restate else set()
    for fact in context.facts:
        faulted: list[tuple[FigureRef, FigureRef]] = []
        reasons: set[str] = set()
        for a, b in pairs(context, fact):
            if skip is not None and skip(context, a, b):
                continue
            texts = context.document(a.doc).text, context.document(b.doc).text
            reason = judge(context.figure(a), context.figure(b), *texts)
            if reason is not None:
                faulted.append((a, b))
                reasons.add(reason)
        if faulted:
            involved = with_alike(context, fact, {ref for pair in faulted for ref in pair})
            groups = grouped(context, involved, key)
            odd = in_every_pair(faulted) if context.reference is None else None
            if odd is None:
                odd = odd_one_out(context, sorted(involved, key=lambda r: (r.doc, r.fig)))
            told = _told_of(context, judge, faulted, odd) or sorted(reasons)
            head = headline(told, [context.figure(r) for r in involved])
            shown = set(involved)
            if restate and odd is not None:
                shown |= restatements(context, involved, odd, judge, claimed)
            message = f"{head}: {versions(context, groups)}"
            yield finding(rule, message, context, shown, odd)


def _told_of(context: Context, judge: Judge, faulted, odd: FigureRef | None) -> list[str]:
    """The reasons as the odd version out changed the others' figure, each faulted pair it
    is in judged from the other to it ("the exclusivity is dropped" where it lost an "only"
    the others keep, whichever order the pairs came in), the earliest version's first."""
    if odd is None:
        return []
    others = sorted(
        {b if odd == a else a for a, b in faulted if odd in (a, b)}, key=lambda r: (r.doc, r.fig)
    )
    told = []
    for other in others:
        texts = context.document(other.doc).text, context.document(odd.doc).text
        reason = judge(context.figure(other), context.figure(odd), *texts)
        if reason is not None and reason not in told:
            told.append(reason)
    return told


def in_every_pair(faulted: Sequence[tuple[FigureRef, FigureRef]]) -> FigureRef | None:
    """The one figure in every faulted pair, when there are several pairs: the version
    every other contradicts ("4.2%" against "42%", "about 42%" and "41.8%"), whatever
    the others' wording; None when no one figure is."""
    if len(faulted) < 2:
        return None
    common = set(faulted[0]).intersection(*faulted[1:])
    return next(iter(common)) if len(common) == 1 else None


def restatements(
    context: Context,
    involved: set[FigureRef],
    odd: FigureRef,
    judge: Judge,
    claimed: set[FigureRef],
) -> set[FigureRef]:
    """The figures by which the versions that agree state their figure again.

    A version may state one fact twice, "about 42%" in its lead and "41.8%" further
    down, while the alignment holds one figure per version: the other is evidence too,
    so that an editor sees every place the odd version out is contradicted. Only a
    share or an amount no fact holds, of the member's family, noun and standing (role,
    year, expectation, subject), that agrees with the member and disagrees with the odd
    figure counts.
    """
    if context.profiles is None:
        return set()
    odd_fig, odd_text = context.figure(odd), context.document(odd.doc).text
    odd_reading = _reading_of(context, odd)
    out: set[FigureRef] = set()
    for member in involved:
        if member.doc == odd.doc or _reading_of(context, member) == odd_reading:
            continue
        profiles = context.profiles(member.doc)
        mine, text = profiles[member.fig], context.document(member.doc).text
        for other in profiles:
            fig = other.figure
            if other.ref in claimed or not _same_standing(mine, other):
                continue
            if judge(mine.figure, fig, text, text) is None and not scale_factor(mine.figure, fig):
                if judge(odd_fig, fig, odd_text, text) is not None:
                    out.add(other.ref)
    return out


def _same_standing(a, b) -> bool:
    """Two profiles of one family whose words part them in nothing (``different_things``),
    counting the same thing or nothing at all."""
    from figcheck.align.profiles import RESTATED_FAMILIES
    from figcheck.align.scoring import different_things

    if a.family not in RESTATED_FAMILIES or a.family != b.family:
        return False
    return a.figure.unit == b.figure.unit and a.noun == b.noun and not different_things(a, b)


def finding(
    rule, message: str, context: Context, refs: Iterable[FigureRef], odd: FigureRef | None = None
) -> Finding:
    """A finding with one piece of evidence per figure involved, the odd version out first.

    The first evidence is where every format reports the finding (a text line, a SARIF
    result, a GitHub annotation), so it is the version that differs (``odd``, else
    ``odd_one_out``); the others follow in document order as related evidence.
    """
    unique = sorted(set(refs), key=lambda r: (r.doc, r.fig))
    odd = odd if odd is not None else odd_one_out(context, unique)
    if odd is not None:
        unique = [odd, *(r for r in unique if r != odd)]
    return Finding(rule.ID, rule.SEVERITY, message, tuple(context.evidence(r) for r in unique))


def odd_one_out(context: Context, refs: Sequence[FigureRef]) -> FigureRef | None:
    """The figure of the version that differs from the others, if one does.

    With --reference, the first compared version (the reference is what it is compared
    with); else the first figure of the reading the fewest versions share, when fewer
    share it than another reading; where they tie, the reading the story backs less
    (``_backers``); a tie there too leaves document order: nobody is the odd one.
    """
    if context.reference is not None:
        return next((r for r in refs if r.doc != context.reference), None)
    # Where the readings tie, the one the story does not back: a stated conversion ("10 km
    # (6 miles)") is backed by every version that tells the amount it converts ("10 km",
    # "10公里"), and "10 miles" beside it by none.
    return _least_told(context, refs, lambda ref: {ref.doc}) or _least_told(
        context, refs, lambda ref: _backers(context, ref)
    )


def _least_told(
    context: Context, refs: Sequence[FigureRef], tellers: Callable[[FigureRef], set[int]]
) -> FigureRef | None:
    """The first figure of the reading the fewest versions tell (``tellers`` of each
    figure), when fewer tell it than another reading; None for one reading or a tie."""
    told: dict[tuple, set[int]] = {}
    for ref in refs:
        told.setdefault(_reading_of(context, ref), set()).update(tellers(ref))
    counts = sorted(len(d) for d in told.values())
    if len(told) < 2 or counts[0] == counts[-1]:
        return None
    fewest = next(k for k, d in told.items() if len(d) == counts[0])
    return next(r for r in refs if _reading_of(context, r) == fewest)


#: The facts last indexed, and each of their figures' fact (``fact_of``); replaced whole,
#: so that a reader never sees one run's facts with another's index.
_indexed: tuple = (None, {})


def fact_of(context: Context, ref: FigureRef) -> Sequence[FigureRef]:
    """The fact a figure is in, () for none: the run's facts indexed once, not searched
    for each figure a rule asks about (thousands of findings would make that quadratic)."""
    global _indexed
    facts, index = _indexed
    if facts is not context.facts:
        index = {r: fact for fact in context.facts for r in fact}
        _indexed = (context.facts, index)
    return index.get(ref, ())


def converted_from(context: Context, ref: FigureRef) -> FigureRef | None:
    """The figure a stated conversion converts: the amount of "1.5 billion yuan ($210
    million)", the measure of "10 km (6 miles)"; None for any other figure."""
    fig = context.figure(ref)
    if fig.conversion_of is not None:
        return FigureRef(ref.doc, fig.conversion_of)
    if ref.fig == 0:
        return None
    before = context.versions[ref.doc].figures[ref.fig - 1]
    if stated_conversion(context.document(ref.doc).text, before, fig):
        return FigureRef(ref.doc, ref.fig - 1)
    return None


def _backers(context: Context, ref: FigureRef) -> set[int]:
    """The versions that tell a figure: its own, and for a stated conversion every version
    whose figure in the converted amount's fact tells that amount; for a percentage change
    to a level, every version that tells it as the multiplier verb it makes ("rose 200% to
    240,000" is "tripled to 240,000")."""
    source = converted_from(context, ref)
    if source is None:
        return {ref.doc} | _told_as_multiplier(context, ref)
    fact = fact_of(context, source) or (source,)
    amount = context.figure(source)
    return {ref.doc} | {m.doc for m in fact if same_value(context.figure(m), amount)}


def _told_as_multiplier(context: Context, ref: FigureRef) -> set[int]:
    """The versions that tell a percentage's change, to the same level, as a multiplier
    verb: "tripled to 240,000" for "rose 200% to 240,000" (within CONVERSION_TOLERANCE)."""
    fig = context.figure(ref)
    if fig.kind != "percent" or fig.unit != "%" or fig.value is None:
        return set()
    level = changes_told(context, ref.doc).get(ref.fig)
    backing = set()
    for member in fact_of(context, FigureRef(ref.doc, level)) if level is not None else ():
        same = same_value(context.figure(member), context.versions[ref.doc].figures[level])
        if member.doc == ref.doc or not same:
            continue
        figures = context.versions[member.doc].figures
        for size, to in changes_told(context, member.doc).items():
            factor = multiplier(figures[size], shapes_of(context, member.doc))
            if to == member.fig and factor is not None:
                rise = (Decimal(factor) - 1) * 100
                if abs(rise - abs(fig.value)) <= abs(fig.value) * CONVERSION_TOLERANCE:
                    backing.add(member.doc)
    return backing


#: The versions last asked about, and each one's sizes told with their levels
#: (``changes_told``); replaced whole when another run's versions are asked about.
_told_levels: tuple = (None, {})


def changes_told(context: Context, doc: int) -> dict[int, int]:
    """A version's sizes of a change told with the level they reached: size -> level, read
    once per version of a run (every tie of a long story asks again)."""
    global _told_levels
    versions, known = _told_levels
    if versions is not context.versions:
        known = {}
        _told_levels = (context.versions, known)
    if doc not in known:
        shapes = shapes_of(context, doc)
        figures, text = context.versions[doc].figures, context.document(doc).text
        known[doc] = levels(figures, text, shapes) if shapes is not None else {}
    return known[doc]


def shapes_of(context: Context, doc: int):
    """The shapes of a change in a version's language (None where its lexicon has none)."""
    return change_shapes(context.document(doc).language or "en")


def _reading_of(context: Context, ref: FigureRef) -> tuple:
    fig = context.figure(ref)
    return (fig.value, fig.unit, fig.qualifier)


def phrase(context: Context, ref: FigureRef) -> str:
    start, end = context.figure(ref).span
    return " ".join(context.document(ref.doc).text[start:end].split())


def name(context: Context, ref: FigureRef) -> str:
    return str(context.document(ref.doc).path)


def versions(context: Context, groups: dict[object, list[FigureRef]]) -> str:
    """'"48 turbines" in a.txt, c.txt; "50 turbines" in b.txt' — one part per reading."""
    parts = []
    for refs in groups.values():
        shown = phrase(context, refs[0])
        where = ", ".join(name(context, r) for r in refs)
        parts.append(f'"{shown}" in {where}')
    return "; ".join(parts)


def grouped(context: Context, refs: Iterable[FigureRef], key) -> dict[object, list[FigureRef]]:
    groups: dict[object, list[FigureRef]] = {}
    for ref in sorted(set(refs), key=lambda r: (r.doc, r.fig)):
        groups.setdefault(key(context.figure(ref)), []).append(ref)
    return groups


def is_number(fig: Figure) -> bool:
    return isinstance(fig.value, Decimal) and not fig.vague


def rounding(fig: Figure) -> Decimal:
    """Half a unit of the last digit written, where writers round (scale words, %, money)."""
    if not isinstance(fig.value, Decimal):
        return Decimal(0)
    if fig.kind not in ("percent", "money") and not fig.scale:
        return Decimal(0)
    exponent = fig.value.normalize().as_tuple().exponent
    if not isinstance(exponent, int):
        return Decimal(0)
    return Decimal(5) * Decimal(10) ** (exponent - 1)


def interval(fig: Figure) -> tuple[Decimal | None, Decimal | None]:
    """The values a figure allows, given rounding and its qualifier; None is unbounded."""
    return _interval(fig, fig.qualifier)


def _interval(fig: Figure, qualifier: str | None) -> tuple[Decimal | None, Decimal | None]:
    value = fig.value
    tolerance = rounding(fig)
    if fig.conversion_of is not None:
        tolerance = max(tolerance, abs(value) * CONVERSION_TOLERANCE)
    meaning = qualifier_meaning(qualifier)
    if meaning == "approx":
        tolerance = max(tolerance, abs(value) * APPROX_TOLERANCE)
    low, high = value - tolerance, value + tolerance
    if meaning == "lower":
        return low, None
    if meaning == "upper":
        return None, high
    return low, high


def overlap(a: tuple, b: tuple) -> bool:
    a_low, a_high = a
    b_low, b_high = b
    if a_high is not None and b_low is not None and a_high < b_low:
        return False
    if b_high is not None and a_low is not None and b_high < a_low:
        return False
    return True


def values_agree(a: Figure, b: Figure, with_qualifiers: bool = True) -> bool:
    if with_qualifiers:
        return overlap(interval(a), interval(b))
    # As if neither had a qualifier (without building new figures: this runs per pair).
    return overlap(_interval(a, None), _interval(b, None))


def scale_factor(a: Figure, b: Figure) -> int | None:
    """1000, 1000000 … when one value is the other times a power of a thousand (±2%)."""
    if not (is_number(a) and is_number(b)) or a.value == 0 or b.value == 0:
        return None
    low, high = sorted((abs(a.value), abs(b.value)))
    return power_apart(low, high, (3, 6, 9, 12))


def relative_offset(words: str) -> int | None:
    text = words.lower().replace("\u2019", "'")
    for pattern, offset in _RELATIVE_OFFSETS:
        if pattern.search(text):
            return offset
    return None


_RELATIVE_OFFSETS = tuple((re.compile(pattern), offset) for pattern, offset in RELATIVE_OFFSETS)


#: A comma between digits is a decimal mark or a thousands separator ("6,24 %"), no break.
_CLAUSE_BREAK = re.compile(
    r"[;:()\u2014\u2013]|(?<!\d),|,(?!\d)|\.\s|\b(?:but|while|whereas|although)\b"
    # Chinese and Japanese stops and brackets ("…だった。2022年の…")
    r"|[。；：（）！？]"
)
#: A Chinese or Japanese comma ends a figure's clause for the words after it ("42亿元，2019年
#: 为38亿元"), not for a time that opens the sentence before it ("2022年，营收增长5%").
_CJK_COMMA = re.compile("[，、]")
#: How far relative words may stand from a figure and still be about it.
NEAR = 60


class Spans(NamedTuple):
    """Time words of one version: (figure index, start, end) of each, ordered by start,
    their starts and the widest span, so that the words near a figure are found by
    bisection (a long report has thousands, and each figure read them all)."""

    items: list[tuple[int, int, int]]
    starts: list[int]
    widest: int

    @classmethod
    def of(cls, items: Iterable[tuple[int, int, int]]) -> Spans:
        ordered = sorted(items, key=lambda item: item[1])
        widest = max((end - start for _, start, end in ordered), default=0)
        return cls(ordered, [start for _, start, _ in ordered], widest)

    def near(self, start: int, end: int) -> list[tuple[int, int, int]]:
        """The spans that may stand within NEAR of ``start``..``end``, in figure order."""
        low = bisect.bisect_left(self.starts, start - NEAR - self.widest)
        high = bisect.bisect_right(self.starts, end + NEAR)
        return sorted(self.items[low:high])


def relative_spans(context: Context, index: int) -> Spans:
    """(figure index, start, end) of each relative date ("last year") in one version."""
    figures = context.versions[index].figures
    return Spans.of((i, *f.span) for i, f in enumerate(figures) if f.relative)


def time_spans(context: Context, index: int) -> Spans:
    """(figure index, start, end) of each date or period, relative or not, in one version;
    not its dateline ("BEIJING, Jan 7 -", "新华社北京1月8日电"), the day the story was filed,
    which tells the time of no figure beside it."""
    figures = context.versions[index].figures
    text = context.document(index).text
    return Spans.of(
        (i, *f.span)
        for i, f in enumerate(figures)
        if f.kind in ("date", "period") and not opens_story(text, f.start, f.end)
    )


def attached_relative(context: Context, ref: FigureRef, relatives: Spans) -> FigureRef | None:
    """The relative date words in the same clause as a figure ("12% last year").

    ``relatives`` are the version's ``relative_spans``, worked out once by the caller.
    """
    text = context.document(ref.doc).text
    start, end = context.figure(ref).span
    best = None
    for index, o_start, o_end in relatives.near(start, end):
        if index == ref.fig or o_start - end > NEAR or start - o_end > NEAR:
            continue
        if o_start >= end:
            gap = text[end:o_start]
        elif o_end <= start:
            gap = text[o_end:start]
        else:
            gap = ""
        if len(gap) > NEAR or _CLAUSE_BREAK.search(gap):
            continue
        if o_start >= end and _CJK_COMMA.search(gap):
            continue
        if o_start >= end and _and_first(gap, context.document(ref.doc).language):
            continue  # "6.4% and last October's 9.1%": October is the next figure's
        if o_start >= end and _figure_between(context, ref, o_start):
            continue  # "2.5% in 2024 and 2.2% next year": next year is 2.2%'s
        if o_start >= end and _compared_with(context, ref, gap, index):
            continue  # "up 48.3% from February": February is the base's
        if o_end <= start and _joined(gap, context.document(ref.doc).language):
            continue  # "from 185% in May to 186%": May is the first figure's
        if o_end <= start and _base_after(context, ref, gap, o_start, index):
            continue  # "to 5% next year from 6.1%": next year is 5%'s
        # As near after the figure as before it: the words after are its own ("from 185%
        # in May to 186% in June": June is the second figure's, May the first's).
        closeness = (len(gap), o_start < start)
        if best is None or closeness < best[0]:
            best = (closeness, FigureRef(ref.doc, index))
    return best[1] if best else None


def _base_after(context: Context, ref: FigureRef, gap: str, at: int, time: int) -> bool:
    """Whether a figure is the base a time before it stands after another figure's change
    ("fall to 5% next year from 6.1%", "auf 5 Prozent im nächsten Jahr nach 6,1
    Prozent"): the words between the time and the figure are the language's "from", and
    a figure stands right before the time, in its clause."""
    words = " ".join(gap.lower().split())
    level_from = _lexicon(context.document(ref.doc).language).level_from
    if not any(words == w or words.endswith(f" {w}") for w in level_from):
        return False
    if len(words.split()) > BASE_WORDS:
        return False
    figures = context.versions[ref.doc].figures
    # the nearest figure before the time: walked back to (figures are in text order), not
    # every earlier figure listed for each time
    previous = next(
        (
            figures[i]
            for i in range(ref.fig - 1, -1, -1)
            if i != time and figures[i].kind not in ("date", "period") and figures[i].end <= at
        ),
        None,
    )
    if previous is None:
        return False
    between = context.document(ref.doc).text[max(previous.end, previous.span[1]) : at]
    if _and_first(between, context.document(ref.doc).language):
        return False  # "3,5 Prozent und für 2025 von 2,2 Prozent": 2025 opens the next item
    return len(between) <= NEAR and not _CLAUSE_BREAK.search(between)


#: Words at most between a time and the base after it ("down from", "compared with").
BASE_WORDS = 3


def _compared_with(context: Context, ref: FigureRef, gap: str, time: int) -> bool:
    """Whether a date after a figure is the time it is compared with, not its own ("up
    48.3% from February", "higher than in February", "gegenüber Februar"): the words
    between end with the language's word before a comparison's base, perhaps and one short
    word. Only a change's size is compared so ("14 objections from the previous year's
    consultation" were made then), and a span ("over the past year") is the time of the
    change, never its base."""
    shapes = shapes_of(context, ref.doc)
    size = is_size(context.figure(ref), shapes) if shapes else context.figure(ref).kind == "percent"
    if not size or context.versions[ref.doc].figures[time].kind != "date":
        return False
    words = " ".join(gap.lower().split())
    shorter = words.rsplit(" ", 1)[0] if len(words.rsplit(" ", 1)[-1]) <= 3 else words
    bases = _lexicon(context.document(ref.doc).language).base_before
    return any(
        tail == w or tail.endswith(f" {w}") or (not w[:1].isascii() and tail.endswith(w))
        for tail in {words, shorter}
        for w in bases
    )


def _figure_between(context: Context, ref: FigureRef, at: int) -> bool:
    """Whether another figure of the version stands between a figure and ``at`` after it:
    a time beyond it is that figure's, or the figure has a time of its own nearer."""
    figures = context.versions[ref.doc].figures
    following = figures[ref.fig + 1] if ref.fig + 1 < len(figures) else None
    return following is not None and following.end <= at


def _and_first(gap: str, language: str | None) -> bool:
    """Whether an "and" stands between a figure and a time after it ("and", "und für"):
    the time starts the next item of a list ("2,5 Prozent und für 2025 von 2,2 Prozent")
    or the next clause ("auf 3,2 Prozent sinkt und im zweiten Quartal 2026 das Ziel
    erreicht")."""
    words = f" {' '.join(gap.lower().split())} "
    return any(f" {w} " in words for w in _lexicon(language).and_words)


def _lexicon(language: str | None):
    """The lexicon of a version's language, English's where figcheck reads no other."""
    from figcheck.lang import SUPPORTED, lexicon

    return lexicon(language if language in SUPPORTED else "en")


def _joined(gap: str, language: str | None) -> bool:
    """Whether the words between two things are only a word that joins two figures."""
    words = " ".join(gap.lower().split())
    return words in _joining_words(language or "en")


def _joining_words(language: str) -> set[str]:
    """The words that join the figures of a series in a language: English's, and a
    language's range words and the "and" of its "between ... and"."""
    from figcheck.lang import SUPPORTED, lexicon

    words = {*JOINING_WORDS, "-", "\u2013", "\u2014"}
    if language != "en" and language in SUPPORTED:
        lex = lexicon(language)
        words |= set(lex.range_words) | set(lex.range_between[1:] if lex.range_between else ())
    return words


def with_alike(context: Context, fact: Sequence[FigureRef], involved: set) -> set:
    """The involved figures and every other version of the fact that reads like one."""
    if context.reference is not None:
        return set(involved)
    readings = {reading(context.figure(r)) for r in involved}
    return set(involved) | {r for r in fact if reading(context.figure(r)) in readings}


# --- what a figure states, as an interval (figcheck.intervals) -------------------------------


def stated(
    fig: Figure, text: str = "", with_qualifier: bool = True, small_bound: bool = False
) -> intervals.Interval:
    """The values a figure allows: its written precision, its qualifier, a conversion's margin.

    ``text`` is the version's text, so the figure is read as written ("6.130", "1,94") and
    named with its qualifier in messages ("nearly 2 billion euros"). ``small_bound``: the
    figure is compared with a bound of its own kind (``intervals.same_bound``).
    """
    written = text[fig.start : fig.end] if text else fig.text
    meaning = fig.qualifier if with_qualifier and fig.qualifier else "none"
    if is_share(fig):
        # "one in five" states 20%, as a fraction rounds it (``values.share_reach``)
        percent = fig.value * 100
        iv = intervals.interval(percent, 2 * share_reach(percent), meaning, small_bound=small_bound)
        iv = replace(iv, written=written)
    elif (whole_count(fig) or whole_age(fig, text)) and intervals.meaning_of(meaning) in (
        "none",
        "exact",
    ):
        # "50 turbines" says 50, not 48: a plain count without a scale word is exact; so is
        # an age in years ("a 19-year-old plane" is no "20-year-old" one).
        iv = replace(intervals.interval(fig.value, 1, meaning, count=True), written=written)
    elif _lone_digit(fig, written):
        # "5 pounds" may be 4.50 rounded: half a unit, not the 5% cap of "5 billion".
        iv = intervals.interval(fig.value, 1, meaning, small_bound=small_bound)
        iv = replace(iv, written=written)
    else:
        iv = intervals.interval(fig.value, written, meaning, small_bound=small_bound)
    if with_qualifier and text:
        iv = replace(iv, written=" ".join(text[slice(*fig.span)].split()))
    if fig.conversion_of is None or iv.low is None or iv.high is None:
        return iv
    margin = abs(fig.value) * CONVERSION_TOLERANCE
    return replace(iv, low=min(iv.low, fig.value - margin), high=max(iv.high, fig.value + margin))


def whole_count(fig: Figure) -> bool:
    """A whole number of things written without a scale word ("50 turbines", "aged 16")."""
    return (
        fig.kind in ("count", "number")
        and not fig.scale
        and fig.value == fig.value.to_integral_value()
    )


def whole_age(fig: Figure, text: str) -> bool:
    """A whole number of years that is an age ("the 19-year-old turboprop", "aged 19 years"):
    cut off at the year, never rounded up to the next."""
    return (
        bool(text)
        and fig.kind == "quantity"
        and (fig.unit or "").lower() in ("year", "years")
        and fig.value == fig.value.to_integral_value()
        and roles.is_age(text, fig)
    )


def _lone_digit(fig: Figure, written: str) -> bool:
    return not fig.scale and abs(fig.value) < 10 and intervals.precision(fig.value, written).round


def truncated(
    fig: Figure, text: str = "", other: intervals.Interval | None = None
) -> intervals.Interval | None:
    """A plain figure cut off at its last digit rather than rounded ("61%" for 61.37%),
    when it is written coarser than ``other`` (the figure it is compared with).

    A percentage may be cut off against one of its own precision too: a share of 95.75%
    is "95%" cut off in one version and "96%" rounded in another.
    """
    if fig.qualifier or whole_count(fig) or is_share(fig) or whole_age(fig, text):
        return None
    written = text[fig.start : fig.end] if text else fig.text
    unit = intervals.last_digit(fig.value, written)
    if other is not None and other.low is not None and other.high is not None:
        width = other.high - other.low
        if width > unit or (width == unit and fig.kind != "percent"):
            return None
    return intervals.Interval(fig.value, fig.value + unit, True, False, written)


def signed_alike(a: Figure, b: Figure) -> bool:
    """Whether two numbers differ in sign alone, one of them written with a minus ("-1.5%"
    in a table against "fell 1.5%" in prose): the sign tells which way, as a word does."""
    if not (isinstance(a.value, Decimal) and isinstance(b.value, Decimal)) or a.unit != b.unit:
        return False
    return a.value != 0 and a.value == -b.value


def same_number(a: Figure, b: Figure, text_a: str = "", text_b: str = "") -> bool:
    """Whether two figures write the same number, qualifiers aside ("over 80m", "80m")."""
    return intervals.agree(stated(a, text_a, False), stated(b, text_b, False))


def disagreement(a: Figure, b: Figure, text_a: str = "", text_b: str = "") -> str | None:
    """Why two figures of one fact cannot both be true, in words; None when they can.

    Each figure is the interval it states (figcheck.intervals), two bounds of one kind
    each in its order of magnitude ("at least 1", "at least 12"); a plain figure may also be
    truncated rather than rounded, which the stricter reading would call a contradiction.
    """
    alike = intervals.same_bound(a.qualifier, b.qualifier)
    if alike and transposed(a.text, b.text):
        return f'"{a.text}" and "{b.text}" hold the same digits in another order'
    ia, ib = stated(a, text_a, small_bound=alike), stated(b, text_b, small_bound=alike)
    if intervals.agree(ia, ib):
        return None
    # Cut off only against a finer figure ("61%" for "61.37%"): "24" and "25" differ.
    ta, tb = truncated(a, text_a, ib), truncated(b, text_b, ia)
    if (ta and intervals.agree(ta, ib)) or (tb and intervals.agree(ia, tb)):
        return None
    return intervals.explain(ia, ib)


def converted_disagreement(a: Figure, b: Figure, text_a: str = "", text_b: str = "") -> str | None:
    """Why one measure in two units cannot be one fact ("34 miles per hour" against "70
    km/h"), or None when it can, or when the units are of no one dimension. The second is
    converted into the first's unit as pint's factors give it (the quantity finder's base
    values), its interval widened by CONVERSION_TOLERANCE as a writer rounds a conversion."""
    base_a, base_b = in_base(a), in_base(b)
    if base_a is a or base_b is b or base_a.unit != base_b.unit or not (a.value and b.value):
        return None
    ia, ib = stated(a, text_a), stated(b, text_b)
    factor = (base_b.value / b.value) / (base_a.value / a.value)  # b's unit in a's
    margin = abs(b.value * factor) * CONVERSION_TOLERANCE

    def moved(value: Decimal | None, by: Decimal) -> Decimal | None:
        return None if value is None else value * factor + by

    converted = replace(ib, low=moved(ib.low, -margin), high=moved(ib.high, margin))
    if intervals.agree(ia, converted):
        return None
    unit = _unit_words(a) or dict(a.extra).get("unit_text") or a.unit
    return (
        f'"{ib.written or b.text}" is about {rounded(b.value * factor)} {unit}, beyond what'
        f' "{ia.written or a.text}" covers ({ia.describe()})'
    )


def _unit_words(fig: Figure) -> str:
    """The words of a measure's unit as written, its scale word left out: the converted
    amount is shown whole ("about 77,800,000 tonnes", not "77,800,000 million tonnes")."""
    words = " ".join(fig.text.split()[1:])
    if fig.scale and words.lower().startswith(fig.scale.lower()):
        words = words[len(fig.scale) :].strip()
    return words


def rounded(value: Decimal) -> str:
    """Three significant digits, grouped, as a message shows a converted amount: "56.3",
    "1,210", "0.0508"."""
    shown = float(f"{float(value):.3g}")
    return f"{shown:,.0f}" if abs(shown) >= 100 else f"{shown:g}"


#: Digits a figure must hold before two orders of them are a slip, not two estimates.
TRANSPOSED_DIGITS = 2
#: Digits from which two orders are a slip whatever days the versions were published on.
TRANSPOSED_ANY_DAY = 3
_NOT_DIGIT = re.compile(r"\D")


def transposed(text_a: str, text_b: str) -> bool:
    """Whether two figures hold the same digits in another order ("1,602" and "1,062"): a
    copying slip, which two bounds of one kind ("at least 1,602", "at least 1,062") would
    otherwise both allow. Two digits are enough ("at least 48", "at least 84") between
    versions of one day; see ``estimates_days_apart``."""
    da, db = _NOT_DIGIT.sub("", text_a), _NOT_DIGIT.sub("", text_b)
    return len(da) >= TRANSPOSED_DIGITS and da != db and sorted(da) == sorted(db)


def estimates_days_apart(context: Context, a: FigureRef, b: FigureRef) -> bool:
    """Whether two bounds of one kind with two digits swapped ("at least 12", "at least
    21") come from versions not known to be of one day: a toll told a day later may have
    grown from 12 to 21, so only versions of the same day make such a swap a slip. (Three
    digits swapped, "1,602" and "1,062", are a slip on any day.)"""
    fa, fb = context.figure(a), context.figure(b)
    if not intervals.same_bound(fa.qualifier, fb.qualifier) or not transposed(fa.text, fb.text):
        return False
    if len(_NOT_DIGIT.sub("", fa.text)) >= TRANSPOSED_ANY_DAY:
        return False
    day_a, day_b = context.document(a.doc).published, context.document(b.doc).published
    return day_a is None or day_b is None or day_a != day_b


# --- developing counts ---------------------------------------------------------------------


def raises(context: Context, a: FigureRef, b: FigureRef) -> bool:
    """Whether one version, published later, gives a larger toll than the other (an update).

    Both figures must be counts of a toll ("12 people were killed", "the death toll rose
    to 17"), their versions dated on different days, and the later count above the
    earlier one's interval: "at least 12" then "17" agree and need no update.
    """
    fa, fb = context.figure(a), context.figure(b)
    if not (is_number(fa) and is_number(fb)) or fa.kind != "count" or fb.kind != "count":
        return False
    day_a, day_b = context.document(a.doc).published, context.document(b.doc).published
    if day_a is None or day_b is None or day_a == day_b:
        return False
    (early, e_ref), (late, l_ref) = ((fa, a), (fb, b)) if day_a < day_b else ((fb, b), (fa, a))
    text_e, text_l = context.document(e_ref.doc).text, context.document(l_ref.doc).text
    if late.value <= early.value or not (is_toll(early, text_e) and is_toll(late, text_l)):
        return False
    if told_unchanged(late, text_l):
        return False  # "the toll was unchanged at three": no rise, whatever the number
    return not intervals.agree(stated(early, text_e), stated(late, text_l))


#: Words right before a count that say it did not move ("Portugal's toll was unchanged at
#: two", "remained at 14", "still stood at 14"): a larger number is then no update.
_UNCHANGED = re.compile(
    r"\b(?:unchanged|remained|remains|steady|still(?: stood| stands)?)(?: at)?\s+$", re.I
)
#: How far before a count the words that say it did not move may start.
UNCHANGED_REACH = 24


def told_unchanged(fig: Figure, text: str) -> bool:
    """Whether the words right before a count say it stayed as it was."""
    start = fig.span[0]
    return bool(_UNCHANGED.search(text[max(0, start - UNCHANGED_REACH) : start]))


def is_toll(fig: Figure, text: str) -> bool:
    """Whether a count is of the dead, injured, missing, sick or arrested, by nearby words."""
    start, end = fig.span
    around = text[max(0, start - TOLL_REACH) : end + TOLL_REACH].lower()
    return bool(_TOLL.search(around))


#: How far toll words may stand from the count ("killing at least 12 people").
TOLL_REACH = 30
_TOLL = re.compile(rf"\b(?:{'|'.join(map(re.escape, TOLL_WORDS))})\b")


# --- a quantity told again in another unit ------------------------------------------------

#: Words of approximation that may follow "or" in a conversion.
APPROXIMATE = (
    "about", "around", "roughly", "some", "approximately", "nearly", "almost", "close to",
)  # fmt: skip

_BLANKS = r"[^\S\n]+"
_QUALIFIER = rf"(?:(?:{alternation(CONVERSION_QUALIFIERS, space=_BLANKS)}){_BLANKS})?"
_ABOUT = rf"(?:(?:{alternation(APPROXIMATE, space=_BLANKS)}){_BLANKS})?"
#: Between a quantity and its conversion: an opening bracket and perhaps a qualifier, or
#: "or" and perhaps a word of approximation ("3 tonnes, or about 6,600 pounds"): "less
#: than 2 km or more than 4 miles" are two limits, no conversion.
_GAP = re.compile(
    rf"[^\S\n]*(?:(?P<bracket>[(（])[^\S\n]*{_QUALIFIER}|,?[^\S\n]*\bor\b[^\S\n]*{_ABOUT})",
    re.I,
)
#: Units of time are left alone: "2 hours or 4 days" are two choices far more often than
#: one span told twice.
_SKIPPED = ("[time]",)
_CLOSING = re.compile(r"[^\S\n]*[)）]")


def stated_conversion(text: str, first: Figure, second: Figure) -> bool:
    """Whether ``second`` gives ``first`` in another unit of its dimension, in brackets
    right after it ("40 km (25 miles)") or after "or"."""
    if first.kind != "quantity" or second.kind != "quantity" or first.unit == second.unit:
        return False
    if first.range_part or second.range_part or first.vague or second.vague:
        return False
    a, b = dict(first.extra), dict(second.extra)
    if not a.get("dimensionality") or a.get("dimensionality") != b.get("dimensionality"):
        return False
    if a["dimensionality"] in _SKIPPED:
        return False
    if a.get("per") and b.get("per") and a["per"] != b["per"]:
        return False  # "5 tonnes a day (1,800 tonnes a year)" converts the time too
    gap = _GAP.fullmatch(text, first.end, second.start)
    if gap is None:
        return False
    return not gap.group("bracket") or bool(_CLOSING.match(text, second.end))
