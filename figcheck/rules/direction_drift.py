"""direction-drift: the same change told as a rise in one version and a fall in another.

"Imports fell 2.3%" against "imports rose 2.3%" keeps the number and turns the fact
around; a translation or a hurried rewrite does it with one word. The direction of a
percentage (or of points) is read from the word of change beside it in its own clause,
in its version's language (the lexicon's ``rise_words`` and ``fall_words``): right before
it with only a few short words between ("rose 2.3%", "a decline of 2.3%", "下降2.3%"), or
right after it ("2.3% lower", "a 2.3% drop", "2,3 Prozent gesunken", "2.3%減"). A minus
sign on the number is a fall. A figure that is the base of a comparison ("down from
2.3%") tells no direction of its own. Only wordings of the same number are compared, and
only where both tell a direction: a figure that changed is number-mismatch's.

Passes::

    a.txt: Imports fell 2.3% to $213.8 billion in October, customs data showed.
    b.txt: In October imports dropped 2.3% to $213.8 billion, customs data showed.

Fails::

    a.txt: Imports fell 2.3% to $213.8 billion in October, customs data showed.
    b.txt: In October imports rose 2.3% to $213.8 billion, customs data showed.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from typing import Any

from figcheck.figures import Figure, FigureRef, Finding
from figcheck.rules import _facts
from figcheck.rules.api import Context

ID = "direction-drift"
SEVERITY = "warning"
OPTIONS: dict[str, object] = {}
RULE = _facts.Rule(ID, SEVERITY)

UP, DOWN = "a rise", "a fall"
#: How far before its figure a word of change may stand, and what may stand between:
#: a few short words ("rose by about 2.3%", "une baisse de 2,3 %", "同比下降了2.3%").
REACH_BEFORE = 24
_BETWEEN = re.compile(r"^(?:[^\W\d]{1,12}[\s-]+){0,3}$|^[^\W\d]{0,3}$")
#: What may stand between a figure and a word of change after it ("2.3% lower").
REACH_AFTER = 3
#: Words right before a figure that make it a comparison's base, not the change.
_BASE = re.compile(
    r"\b(?:from|than|since|compared|against|desde|frente|contre|depuis|von|seit|gegenüber)\b"
    r"|较|比$|から$",
    re.I,
)
_CLAUSE_BREAK = re.compile(r"[.;:!?()\n,，。；：、]")
#: "up to 30%" is a ceiling, no rise ("lost up to 30%").
_CEILING = re.compile(r"up\s+to\b", re.I)


@functools.cache
def _words(language: str) -> tuple[re.Pattern, re.Pattern]:
    """The language's words of change, as patterns for the text before and after a figure."""
    from figcheck.lang import SUPPORTED, UNSPACED, lexicon

    lex = lexicon(language if language in SUPPORTED else "en")
    edge = "" if language in UNSPACED else r"\b"

    def alternatives(words: tuple[str, ...], name: str) -> str:
        ordered = sorted(words, key=len, reverse=True)
        return f"(?P<{name}>{'|'.join(re.escape(w) for w in ordered) or '(?!)'})"

    both = f"{alternatives(lex.rise_words, 'up')}|{alternatives(lex.fall_words, 'down')}"
    before = re.compile(rf"{edge}(?:{both}){edge}(?P<gap>[^{{}}]*)$", re.I)
    after = re.compile(rf"(?P<gap>\W{{0,{REACH_AFTER}}})(?:{both}){edge}", re.I)
    return before, after


def direction(fig: Figure, text: str, language: str | None) -> str | None:
    """Which way the figure's change goes by the words beside it: UP, DOWN or None."""
    told = telling(fig, text, language)
    return told[0] if told else None


def telling(fig: Figure, text: str, language: str | None) -> tuple[str, int, int] | None:
    """The direction the words beside a figure tell, and where those words and the figure
    stand together ("fell 2.3%", "2.3%減"); None where they tell none."""
    if fig.kind != "percent" or not text:
        return None
    start, end = fig.span
    if fig.value is not None and fig.value < 0:
        return DOWN, start, end
    before, after = _words(language or "en")
    window_start = max(0, start - REACH_BEFORE)
    window = _CLAUSE_BREAK.split(text[window_start:start])[-1]
    base = _base_end(window)
    window = window[base or 0 :]
    found = _nearest(before, window)
    if found is not None:
        return _side(found), start - len(window) + found.start(), end
    if base is not None:
        return None
    match = after.match(text, end, end + REACH_AFTER + 20)
    return (_side(match), start, match.end()) if match else None


def _base_end(window: str) -> int | None:
    """Where the last word of a comparison's base ends in the words before a figure: the
    figure is that base ("down from 2.3%") unless a word of change follows the word
    ("waits of more than 12 hours fell 2.3%"). None where there is no such word."""
    found = list(_BASE.finditer(window))
    return found[-1].end() if found else None


def _nearest(before: re.Pattern, window: str) -> re.Match | None:
    """The word of change nearest before the figure, if only a few short words follow it."""
    best = None
    for at in range(len(window)):
        match = before.match(window, at)
        gap = match.group("gap").strip() if match else ""
        if match and _BETWEEN.match(gap) and not _CEILING.match(f"{match.group()} "):
            # the nearest word, and of words ending alike the whole one ("下降", not "降")
            word_end = match.end("up") if match.group("up") else match.end("down")
            if best is None or word_end > best[0]:
                best = (word_end, match)
    return best[1] if best else None


def _side(match: re.Match) -> str:
    return UP if match.group("up") else DOWN


def check(context: Context, options: Mapping[str, Any]) -> Iterator[Finding]:
    for fact in context.facts:
        told: dict[str, list[FigureRef]] = {}
        for ref in fact:
            fig, document = context.figure(ref), context.document(ref.doc)
            if _facts.is_number(fig):
                way = direction(fig, document.text, document.language)
                if way is not None:
                    told.setdefault(way, []).append(ref)
        if len(told) < 2 or not _one_number(context, told[UP][0], told[DOWN][0]):
            continue
        odd = UP if len(told[UP]) < len(told[DOWN]) else DOWN
        usual = DOWN if odd == UP else UP
        refs = [*told[odd], *told[usual]]
        shown = "; ".join(
            f"{way} in {', '.join(_told_as(context, r) for r in told[way])}" for way in (odd, usual)
        )
        message = f"the same change told the other way: {shown}"
        single = told[odd][0] if len(told[odd]) < len(told[usual]) else None
        yield _facts.finding(RULE, message, context, refs, single)


def _one_number(context: Context, a: FigureRef, b: FigureRef) -> bool:
    """Whether two figures write one number, a minus sign aside ("-1.5%", "rose 1.5%")."""
    fa, fb = context.figure(a), context.figure(b)
    texts = context.document(a.doc).text, context.document(b.doc).text
    if _facts.signed_alike(fa, fb):
        return True
    return fa.unit == fb.unit and _facts.same_number(fa, fb, *texts)


def _told_as(context: Context, ref: FigureRef) -> str:
    """The figure with its word of change, and its version: '"fell 2.3%" in a.txt'."""
    document = context.document(ref.doc)
    told = telling(context.figure(ref), document.text, document.language)
    _way, start, end = told if told else ("", *context.figure(ref).span)
    return f'"{" ".join(document.text[start:end].split())}" in {_facts.name(context, ref)}'
