"""qualifier-drift: a word like "only", "at least" or "up to" was added or dropped.

Qualifiers are compared by what they claim (figcheck.intervals.claim_change): a bound
reversed ("as high as $7bn" made "more than $7bn") or an "only" dropped or added is
reported, with the reason in words; synonyms ("up to" ~ "as much as", "more than" ~
"over"), a bound added to a plain figure ("at least 64" ~ "64") and "about" added or
dropped are not, nor "only" or "just" on an age ("at just 19" ~ "aged 19") or on the
time between two events ("only two minutes after" ~ "two minutes after"). An "only"
dropped or added counts where its sentence sets the figure against a larger one of its
kind ("of more than 200 applicants, only eight returned": a few out of many); alone it
stresses the figure ("only two climbers reached the summit") and the figure says the same
without it. Only two wordings of the same number are compared: figures whose values
differ are left to number-mismatch.

Passes::

    a.txt: it received more than 200 applications
    b.txt: it received over 200 applications

    a.txt: only two climbers reached the summit
    b.txt: two climbers reached the summit

Fails::

    a.txt: of more than 200 applicants, only eight successful candidates had returned
    b.txt: of over 200 applicants, eight effective competitors had returned
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any

from figcheck import intervals
from figcheck.align import roles
from figcheck.align.words import sentence_of
from figcheck.extractors.qualifiers import qualifier_meaning
from figcheck.figures import Figure, FigureRef, Finding
from figcheck.lang.en import QUALIFIERS
from figcheck.rules import _changes, _facts
from figcheck.rules.api import Context

ID = "qualifier-drift"
SEVERITY = "warning"
OPTIONS: dict[str, object] = {}
RULE = _facts.Rule(ID, SEVERITY)


#: "over 30 years" may mean "during" or "more than": such durations are left alone.
DURATION_WORDS = frozenset(
    "year years month months week weeks day days decade decades hour hours".split()
)
_NEXT_WORD = re.compile(r"\W*(\w+)")


def meaning(fig: Figure, text: str = "") -> str:
    if fig.qualifier in ("over", "under") and text:
        unit = (fig.unit or "").lower()
        following = _NEXT_WORD.match(text, fig.end)
        if unit in DURATION_WORDS or (following and following.group(1).lower() in DURATION_WORDS):
            return "ambiguous"
    return qualifier_meaning(fig.qualifier) or "none"


#: How far before a figure a qualifier may stand and still be meant ("under the age of 40").
LOOKBACK = 40


def nearby_meanings(text: str, fig: Figure) -> set[str]:
    """Qualifier meanings in the words just before a figure, which the extractor left out."""
    start = fig.span[0]
    before = text[max(0, start - LOOKBACK) : start].lower()
    before = re.split(r"[.;:,()]", before)[-1]
    return {m for word, m in QUALIFIERS.items() if re.search(rf"\b{re.escape(word)}\b", before)}


def drifted(a: Figure, b: Figure, text_a: str = "", text_b: str = "") -> str | None:
    """Why two wordings of the same number claim different things, or None."""
    ma, mb = meaning(a, text_a), meaning(b, text_b)
    if ma == mb or "ambiguous" in (ma, mb):
        return None
    if (ma == "none" and mb in nearby_meanings(text_a, a)) or (
        mb == "none" and ma in nearby_meanings(text_b, b)
    ):
        return None
    if "exact" in (ma, mb) and (emphasis(a, text_a) or emphasis(b, text_b)):
        return None  # "at just 19", "only two minutes after": young or soon, not "all"
    return intervals.claim_change(a.qualifier, b.qualifier)


def emphasis(fig: Figure, text: str) -> bool:
    """Whether "only" or "just" on this figure would stress it, not bound it: an age
    ("at only 19 years of age") or the time between two events ("just two minutes after
    the call") is young or soon, never "that is all there is"."""
    return bool(text) and (roles.is_age(text, fig) or roles.is_elapsed(text, fig))


def changed(fa: Figure, fb: Figure, text_a: str = "", text_b: str = "") -> str | None:
    """Whether the same number lost, gained or swapped a qualifier ("only", "at least")."""
    if not (_facts.is_number(fa) and _facts.is_number(fb)) or fa.unit != fb.unit:
        return None
    if not _facts.same_number(fa, fb, text_a, text_b):
        return None
    return drifted(fa, fb, text_a, text_b)


def _headline(reasons: list[str], figures: list[Figure]) -> str:
    words = sorted({fig.qualifier or "no qualifier" for fig in figures})
    return f"qualifier changed ({' / '.join(words)}; {reasons[0]})"


def stress_only(context: Context, a: FigureRef, b: FigureRef) -> bool:
    """Whether the pair differs only by an "only" (or "just", "exactly") that stresses its
    figure: its sentence sets the figure against no larger figure of its kind."""
    ma, mb = meaning(context.figure(a)), meaning(context.figure(b))
    if {ma, mb} != {"exact", "none"}:
        return False
    stressed = a if ma == "exact" else b
    return not _set_against_more(context, stressed)


def _set_against_more(context: Context, ref: FigureRef) -> bool:
    """Whether another figure of the same kind and unit in the figure's sentence is larger:
    the whole that "only" measures it against ("200 applicants ... only eight"). A span
    of time is a whole of spans only ("only 14 objections in 300 days"), and the level a
    change left is no whole ("just 9.2% work from home, down from 21.7%": the figure fell
    from it, it is not a part of it)."""
    fig = context.figure(ref)
    if not isinstance(fig.value, Decimal | int | float):
        return False
    figures = context.versions[ref.doc].figures
    document = context.document(ref.doc)
    start, end = sentence_of(document.text, fig.start)
    return any(
        i != ref.fig
        and start <= other.start < end
        and _COUNTED.get(other.kind, other.kind) == _COUNTED.get(fig.kind, fig.kind)
        and other.unit == fig.unit
        and _span_of_time(other) == _span_of_time(fig)
        and isinstance(other.value, Decimal | int | float)
        and other.value > fig.value
        and not _level_left(document.text, other, document.language)
        for i, other in enumerate(figures)
    )


#: How far before a figure the words of a change it left ("down from") are read.
REACH_LEVEL_LEFT = 30


def _level_left(text: str, fig: Figure, language: str | None) -> bool:
    """Whether a figure is the level a change left, by the words right before it: a word
    of change and its "from" ("down from 21.7%", "rose from 38%"), per the language's
    lexicon (``_changes.shapes``)."""
    words = _changes.shapes(language or "en")
    if words is None:
        return False
    before = " ".join(text[max(0, fig.start - REACH_LEVEL_LEFT) : fig.start].lower().split())
    return bool(words.then.search(before))


#: A bare number counts what its sentence counts ("only 3 of the 17 councils").
_COUNTED = {"number": "count"}


def _span_of_time(fig: Figure) -> bool:
    return (fig.unit or fig.noun or "").lower() in DURATION_WORDS


def check(context: Context, options: Mapping[str, Any]) -> Iterator[Finding]:
    yield from _facts.pairwise(context, RULE, changed, meaning, _headline, skip=stress_only)
