"""internal-mismatch: one version states the same fact twice with different figures.

Only figures with the same counted noun in near-identical sentences are compared, so two
different facts that happen to share a noun stay quiet.

Passes::

    a.txt: The 48 turbines stand 12 km off the coast. ... Its 48 turbines were built by Vesta.

Fails::

    a.txt: The 48 turbines will stand 12 km off the coast. ... The 50 turbines will stand
           12 km off the coast.
"""

from __future__ import annotations

from collections.abc import Iterator

from figcheck.engine import Context
from figcheck.figures import Finding
from figcheck.rules import _facts

ID = "internal-mismatch"
SEVERITY = "warning"
RULE = _facts.Rule(ID, SEVERITY)
#: Sentence and window similarity (0-100) two mentions need to be the same fact.
SAME_SENTENCE = 90
SAME_WINDOW = 80


def check(context: Context, options: dict) -> Iterator[Finding]:
    from rapidfuzz import fuzz

    from figcheck.align import profiles

    for index in range(len(context.documents)):
        candidates = [
            p
            for p in profiles(context, index)
            if _facts.is_number(p.figure)
            and p.noun
            and p.figure.conversion_of is None
            and p.figure.range_part is None
        ]
        for i, p in enumerate(candidates):
            for q in candidates[i + 1 :]:
                if p.family != q.family or p.noun != q.noun or p.figure.unit != q.figure.unit:
                    continue
                if p.sentence_start == q.sentence_start:
                    # Two figures of one sentence are two facts ("48 of 50 turbines").
                    continue
                if _facts.values_agree(p.figure, q.figure):
                    continue
                if fuzz.token_set_ratio(p.sentence, q.sentence) < SAME_SENTENCE:
                    continue
                if fuzz.token_sort_ratio(p.window, q.window) < SAME_WINDOW:
                    continue
                shown = f'"{_facts.phrase(context, p.ref)}" and "{_facts.phrase(context, q.ref)}"'
                yield _facts.finding(
                    RULE,
                    f"the same fact is stated twice with different figures: {shown}",
                    context,
                    (p.ref, q.ref),
                )
