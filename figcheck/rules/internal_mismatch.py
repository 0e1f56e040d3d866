"""internal-mismatch: one version states the same fact twice with different figures.

Only figures of the same thing (the counted noun, or for money the noun after it: "a 2.1
billion yuan fund") are compared, and only in near-identical sentences, or in sentences
that share much when the figures are close ("forecasts 35,000 vehicles a day" ... "the
forecast of 38,000 vehicles a day"); so two facts that happen to share a noun stay quiet.

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

from figcheck.figures import Finding
from figcheck.rules import _facts
from figcheck.rules.api import Context

ID = "internal-mismatch"
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
    """Near-identical sentences, or close figures in sentences that share much."""
    from rapidfuzz import fuzz

    sentence = fuzz.token_set_ratio(p.sentence, q.sentence)
    if sentence >= SAME_SENTENCE and fuzz.token_sort_ratio(p.window, q.window) >= SAME_WINDOW:
        return True
    return sentence >= CLOSE_SENTENCE and close(p.figure, q.figure)


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
        for group in groups.values():
            yield from _mismatches(context, group)


#: Each figure is compared with at most this many later figures of the same thing: a story
#: restates a fact a few times; a dump of thousands of alike figures must not take hours.
MAX_LATER = 200


def _mismatches(context: Context, group: list) -> Iterator[Finding]:
    """Pairs of one document's figures of the same thing that state one fact differently."""
    for i, p in enumerate(group):
        for q in group[i + 1 : i + 1 + MAX_LATER]:
            if p.sentence_start == q.sentence_start:
                # Two figures of one sentence are two facts ("48 of 50 turbines").
                continue
            if _facts.values_agree(p.figure, q.figure) or not same_fact(p, q):
                continue
            shown = f'"{_facts.phrase(context, p.ref)}" and "{_facts.phrase(context, q.ref)}"'
            yield _facts.finding(
                RULE,
                f"the same fact is stated twice with different figures: {shown}",
                context,
                (p.ref, q.ref),
            )
