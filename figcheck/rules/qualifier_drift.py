"""qualifier-drift: a word like "only", "at least" or "up to" was added or dropped.

Qualifiers are compared by meaning, so synonyms agree ("up to" ~ "as much as", "about"
~ "around" ~ "some", "more than" ~ "over"); "about" added or dropped is not reported,
nor "about" against "almost" on a stated conversion. Figures whose values differ are
left to number-mismatch.

Passes::

    a.txt: it received more than 200 applications
    b.txt: it received over 200 applications

Fails::

    a.txt: only eight successful candidates had returned
    b.txt: eight effective competitors had returned
"""

from __future__ import annotations

from collections.abc import Iterator

from figcheck.engine import Context
from figcheck.extractors.qualifiers import qualifier_meaning
from figcheck.figures import Figure, Finding
from figcheck.rules import _facts

ID = "qualifier-drift"
SEVERITY = "warning"
RULE = _facts.Rule(ID, SEVERITY)


def meaning(fig: Figure) -> str:
    return qualifier_meaning(fig.qualifier) or "none"


def drifted(a: Figure, b: Figure) -> bool:
    ma, mb = meaning(a), meaning(b)
    if ma == mb:
        return False
    quiet = {"approx", "none"}
    if fig_is_conversion(a) or fig_is_conversion(b):
        quiet.add("upper")
    return not {ma, mb} <= quiet


def fig_is_conversion(fig: Figure) -> bool:
    return fig.conversion_of is not None


def check(context: Context, options: dict) -> Iterator[Finding]:
    for fact in context.facts:
        involved = set()
        for a, b in _facts.pairs(context, fact):
            fa, fb = context.figure(a), context.figure(b)
            if not (_facts.is_number(fa) and _facts.is_number(fb)) or fa.unit != fb.unit:
                continue
            if _facts.values_agree(fa, fb, with_qualifiers=False) and drifted(fa, fb):
                involved.update((a, b))
        if involved:
            groups = _facts.grouped(context, involved, meaning)
            words = sorted({context.figure(r).qualifier or "no qualifier" for r in involved})
            yield _facts.finding(
                RULE,
                f"qualifier changed ({' / '.join(words)}): {_facts.versions(context, groups)}",
                context,
                involved,
            )
