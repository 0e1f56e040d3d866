"""internal-mismatch: one version states the same fact twice with different figures.

Only figures of the same thing (the counted noun, or for money the noun after it: "a 2.1
billion yuan fund") are compared, and only in near-identical sentences, or in sentences
that share much when the figures are close ("forecasts 35,000 vehicles a day" ... "the
forecast of 38,000 vehicles a day"), but not where the noun is a Chinese or Japanese counter
("台", "人"): so two facts that happen to share a noun stay quiet.
Repeated alike sentences give one finding per distinct pair of readings. An amount
referred back to in another currency than the one it was stated in ("a 200 million
pound loan ... little of the $200 million") is reported too.

Passes::

    a.txt: The 48 turbines stand 12 km off the coast. ... Its 48 turbines were built by Vesta.

Fails::

    a.txt: The 48 turbines will stand 12 km off the coast. ... The 50 turbines will stand
           12 km off the coast.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any

from figcheck.figures import FigureRef, Finding
from figcheck.rules import _facts
from figcheck.rules.api import Context

ID = "internal-mismatch"
#: Judges one document on its own, so it runs on a draft checked alone too.
IN_DOCUMENT = True
SEVERITY = "warning"
OPTIONS: dict[str, object] = {}
RULE = _facts.Rule(ID, SEVERITY)
#: Sentence and window similarity (0-100) two mentions need to be the same fact.
SAME_SENTENCE = 90
SAME_WINDOW = 80
#: A paraphrased restatement: values this close (smaller / larger) and sentences this similar.
CLOSE_RATIO = Decimal("0.8")
CLOSE_SENTENCE = 50
_CLOSING = re.compile(r"[^\S\n]*\)")
#: Words that tell an earlier time than the story's ("152 seats in the last election", "a
#: year ago", "the previous season"): a sentence with them, beside one without, tells
#: another time's figure however much the two share.
_EARLIER = re.compile(
    r"\b(?:last|previous|prior|preceding|ago|earlier|former)\b"
    r"|\b(?:dernière?s?|précédente?s?|anterior|pasad[oa]|vorherige[nrs]?|letzte[nrs]?)\b"
    r"|上次|上届|前回",
    re.I,
)
_NEXT_WORD = re.compile(r"[^\S\n]+([a-z][a-z-]*)\b")


def thing(context: Context, profile, conversions: dict[int, object]) -> str:
    """What a figure is of: its counted noun, or the noun right after an amount of money.

    "a 2.1 billion yuan ($290 million) fund": a stated conversion stands in between.
    ``conversions`` maps a figure's index to the stated conversion of it, in its document.
    """
    if profile.noun or profile.figure.kind != "money":
        return profile.noun
    from figcheck.extractors.words import STOPWORDS

    text = context.document(profile.ref.doc).text
    end = profile.figure.end
    conversion = conversions.get(profile.ref.fig)
    if conversion is not None:
        closing = _CLOSING.match(text, conversion.end)
        end = closing.end() if closing else conversion.end
    word = _NEXT_WORD.match(text, end)
    return word.group(1) if word and word.group(1) not in STOPWORDS else ""


def close(a, b) -> bool:
    low, high = sorted((abs(a.value), abs(b.value)))
    return high > 0 and low / high >= CLOSE_RATIO


def same_fact(p, q) -> bool:
    """Near-identical sentences, or close figures in sentences that share much.

    Figures dated to different years ("killing all 251 people" after "in 1986", "about
    300 people on board" after "in 2013"), or one told for an earlier time than the other
    ("152 seats in the last election"), are two facts, however alike their words.
    """
    from rapidfuzz import fuzz

    from figcheck.align.roles import different_times

    if different_times(p.when, q.when) or _told_earlier(p) != _told_earlier(q):
        return False  # (another year's figure, or "152 seats in the last election")
    sentence = fuzz.token_set_ratio(p.sentence, q.sentence)
    if sentence >= SAME_SENTENCE and fuzz.token_sort_ratio(p.window, q.window) >= SAME_WINDOW:
        return True
    if counter_only(p.noun or ""):
        return False  # "1030万台" sold, "920万台" built: the counter is no thing of its own
    return sentence >= CLOSE_SENTENCE and close(p.figure, q.figure)


def _told_earlier(profile) -> bool:
    """Whether a figure's sentence tells an earlier time than the story's (``_EARLIER``)."""
    return _EARLIER.search(profile.sentence) is not None


def counter_only(noun: str) -> bool:
    """A Chinese or Japanese counter ("台", "人", "件") read as the noun: it names a kind of
    thing (machines, people), so two close counts of it in sentences that share much are
    two facts as often as one ("販売1030万台", "生産920万台")."""
    return len(noun) == 1 and not noun.isascii()


def check(context: Context, options: Mapping[str, Any]) -> Iterator[Finding]:
    if context.profiles is None:
        return  # no alignment, no word profiles to compare mentions by
    for index, version in enumerate(context.versions):
        # (the last conversion of a figure wins, as it did when each lookup scanned the list)
        figures = version.figures
        conversions = {f.conversion_of: f for f in figures if f.conversion_of is not None}
        groups: dict[tuple, list] = {}
        for p in context.profiles(index):
            figure = p.figure
            if not _facts.is_number(figure) or figure.conversion_of is not None:
                continue
            if figure.range_part is not None:
                continue
            noun = thing(context, p, conversions)
            if noun:
                groups.setdefault((p.family, noun, figure.unit), []).append(p)
        sentences: dict[int, list] = {}
        for p in context.profiles(index):
            if _facts.is_number(p.figure):
                sentences.setdefault(p.sentence_start, []).append(p)
        for group in groups.values():
            yield from _mismatches(context, group, sentences)
        yield from swapped_currency(context, index)


#: An amount referred back to ("the $200 million"): the article stated it before.
_BACK_REFERENCE = re.compile(r"\bthe\s+$", re.I)


def swapped_currency(context: Context, index: int) -> Iterator[Finding]:
    """An amount referred back to in another currency than the one it was stated in.

    "a 200 million pound loan ... little of the $200 million went on safety": the
    article names no $200 million before, only the same number in pounds, so the
    currency was swapped. Stated conversions, and amounts the article also gives in
    the later currency, are left alone.
    """
    version = context.versions[index]
    text = version.document.text
    money = [
        (i, f)
        for i, f in enumerate(version.figures)
        if f.kind == "money" and _facts.is_number(f) and f.conversion_of is None
    ]
    for n, (i, later) in enumerate(money):
        if not _BACK_REFERENCE.search(text[max(0, later.start - 8) : later.start]):
            continue
        earlier = [f for _, f in money[:n] if f.value == later.value and f.end <= later.start]
        if not earlier or any(f.unit == later.unit for f in earlier):
            continue
        first = next(j for j, f in money[:n] if f is earlier[0])
        refs = (FigureRef(index, first), FigureRef(index, i))
        shown = f'"{_facts.phrase(context, refs[0])}" and later "{_facts.phrase(context, refs[1])}"'
        yield _facts.finding(
            RULE, f"the same amount is given in another currency: {shown}", context, refs
        )


#: Each figure is compared with at most this many later figures of the same thing: a story
#: restates a fact a few times; a dump of thousands of alike figures must not take hours.
MAX_LATER = 200


def _in_sentence_of(p, q, sentences: dict[int, list]) -> bool:
    """Whether ``q``'s sentence also states ``p``'s value, in another figure of its family.

    "163 passengers on board" ... "157 passengers and 6 crew, 163 in all": the second
    sentence gives the first figure too, as a total of parts, so the two are not one
    fact told twice. ``sentences`` holds the version's numeric figures by sentence.
    """
    return any(
        r is not q and r.family == p.family and _facts.values_agree(r.figure, p.figure)
        for r in sentences.get(q.sentence_start, ())
    )


def _mismatches(context: Context, group: list, sentences: dict[int, list]) -> Iterator[Finding]:
    """Pairs of one document's figures of the same thing that state one fact differently.

    One finding per distinct pair of readings: an article that repeats two alike
    sentences 250 times has one contradiction, not one per pair of sentences. A figure
    at odds with more than SERIES other readings is one row of a series told in alike
    sentences ("The team sold 100 units ... sold 101 units ..."), not a fact told twice:
    a table written as prose gave one finding per pair of its rows (35,000 for 200).
    """
    pairs = list(_contradictions(group, sentences))
    readings: dict[int, set] = {}
    for p, q in pairs:
        readings.setdefault(id(p), set()).add(_facts.reading(q.figure))
        readings.setdefault(id(q), set()).add(_facts.reading(p.figure))
    seen: set[frozenset] = set()
    for p, q in pairs:
        if len(readings[id(p)]) > SERIES or len(readings[id(q)]) > SERIES:
            continue
        pair = frozenset((_facts.reading(p.figure), _facts.reading(q.figure)))
        if pair in seen:
            continue
        seen.add(pair)
        shown = f'"{_facts.phrase(context, p.ref)}" and "{_facts.phrase(context, q.ref)}"'
        yield _facts.finding(
            RULE,
            f"the same fact is stated twice with different figures: {shown}",
            context,
            (p.ref, q.ref),
        )


#: More distinct readings than this at odds with one figure make a series, not a slip.
SERIES = 3


def _contradictions(group: list, sentences: dict[int, list]) -> Iterator[tuple]:
    """Each pair of the group's figures (in order) that states one fact differently."""
    seen: set[frozenset] = set()
    for i, p in enumerate(group):
        for q in group[i + 1 : i + 1 + MAX_LATER]:
            if p.sentence_start == q.sentence_start:
                # Two figures of one sentence are two facts ("48 of 50 turbines").
                continue
            readings = frozenset((_facts.reading(p.figure), _facts.reading(q.figure)))
            if (id(p), readings) in seen:
                continue
            if _facts.values_agree(p.figure, q.figure) or not same_fact(p, q):
                continue
            if _in_sentence_of(p, q, sentences) or _in_sentence_of(q, p, sentences):
                continue
            seen.add((id(p), readings))
            yield p, q
