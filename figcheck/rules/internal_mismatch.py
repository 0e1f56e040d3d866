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
from collections.abc import Iterator
from decimal import Decimal

from figcheck.engine import Context
from figcheck.figures import Finding
from figcheck.rules import _facts

ID = "internal-mismatch"
SEVERITY = "warning"
RULE = _facts.Rule(ID, SEVERITY)
#: Sentence and window similarity (0-100) two mentions need to be the same fact.
SAME_SENTENCE = 90
SAME_WINDOW = 80
#: A paraphrased restatement: values this close (smaller / larger) and sentences this similar.
CLOSE_RATIO = Decimal("0.8")
CLOSE_SENTENCE = 50
_CLOSING = re.compile(r"[^\S\n]*\)")
_NEXT_WORD = re.compile(r"[^\S\n]+([a-z][a-z-]*)\b")


def thing(context: Context, profile) -> str:
    """What a figure is of: its counted noun, or the noun right after an amount of money.

    "a 2.1 billion yuan ($290 million) fund": a stated conversion stands in between.
    """
    if profile.noun or profile.figure.kind != "money":
        return profile.noun
    from figcheck.extractors.words import STOPWORDS

    doc = context.documents[profile.ref.doc]
    end = profile.figure.end
    for fig in doc.figures:
        if fig.conversion_of == profile.ref.fig:
            closing = _CLOSING.match(doc.text, fig.end)
            end = closing.end() if closing else fig.end
    word = _NEXT_WORD.match(doc.text, end)
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


def check(context: Context, options: dict) -> Iterator[Finding]:
    from figcheck.align import profiles

    for index in range(len(context.documents)):
        candidates = [
            (p, thing(context, p))
            for p in profiles(context, index)
            if _facts.is_number(p.figure)
            and p.figure.conversion_of is None
            and p.figure.range_part is None
        ]
        candidates = [(p, noun) for p, noun in candidates if noun]
        for i, (p, p_noun) in enumerate(candidates):
            for q, q_noun in candidates[i + 1 :]:
                if p.family != q.family or p_noun != q_noun or p.figure.unit != q.figure.unit:
                    continue
                if p.sentence_start == q.sentence_start:
                    # Two figures of one sentence are two facts ("48 of 50 turbines").
                    continue
                if _facts.values_agree(p.figure, q.figure):
                    continue
                if not same_fact(p, q):
                    continue
                shown = f'"{_facts.phrase(context, p.ref)}" and "{_facts.phrase(context, q.ref)}"'
                yield _facts.finding(
                    RULE,
                    f"the same fact is stated twice with different figures: {shown}",
                    context,
                    (p.ref, q.ref),
                )
