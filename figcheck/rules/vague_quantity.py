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


#: Loose words that say the same thing: "many" and "numerous" are equally vague.
LOOSE_CLASSES = {
    "many": "many",
    "numerous": "many",
    "lots": "many",
    "a lot": "many",
    "several": "few",
    "a few": "few",
    "few": "few",
}


def _loose_class(fig: Figure) -> str:
    """The loose word's class, judged from the first word(s) of the figure."""
    words = fig.text.lower().split()
    for size in (2, 1):
        key = " ".join(words[:size])
        if key in LOOSE_CLASSES:
            return LOOSE_CLASSES[key]
    return fig.text.lower()


def _same_vagueness(fa: Figure, fb: Figure) -> bool:
    if fa.magnitude is not None or fb.magnitude is not None:
        return fa.magnitude == fb.magnitude
    return _loose_class(fa) == _loose_class(fb)


def check(context: Context, options: dict) -> Iterator[Finding]:
    for fact in context.facts:
        involved = set()
        for a, b in _facts.pairs(context, fact):
            fa, fb = context.figure(a), context.figure(b)
            if not (fa.vague or fb.vague) or fa.kind in ("date", "period"):
                continue
            if fa.vague and fb.vague and _same_vagueness(fa, fb):
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
