"""vague-quantity: a figure was replaced by a vaguer or different-magnitude word.

Passes::

    a.txt: thousands have applied
    b.txt: thousands of people have applied

Fails::

    a.txt: thousands have applied
    b.txt: many have applied
"""

from __future__ import annotations

from collections.abc import Iterator

from figcheck.engine import Context
from figcheck.figures import Figure, Finding
from figcheck.rules import _facts

ID = "vague-quantity"
SEVERITY = "info"
RULE = _facts.Rule(ID, SEVERITY)


def _reading(fig: Figure) -> tuple:
    if fig.vague:
        return ("vague", fig.magnitude)
    return ("figure", None)


def check(context: Context, options: dict) -> Iterator[Finding]:
    for fact in context.facts:
        involved = set()
        for a, b in _facts.pairs(context, fact):
            fa, fb = context.figure(a), context.figure(b)
            if not (fa.vague or fb.vague) or fa.kind in ("date", "period"):
                continue
            if fa.vague and fb.vague and (fa.magnitude == fb.magnitude is not None):
                continue
            if fa.vague and fb.vague and fa.text.lower() == fb.text.lower():
                continue
            involved.update((a, b))
        if involved:
            involved = _facts.with_alike(context, fact, involved)
            groups = _facts.grouped(context, involved, lambda f: (f.vague, f.text.lower()))
            yield _facts.finding(
                RULE,
                f"figure made vaguer: {_facts.versions(context, groups)}",
                context,
                involved,
            )
