"""number-mismatch: the same fact carries different numbers in different versions.

Rounding and qualifiers are allowed for: "about 200" and "more than 200" agree, and
"1.2 billion" agrees with "1.23 billion". Amounts a factor of a thousand apart are left
to unit-scale, vague words ("thousands") to vague-quantity, stated conversions
("$554 million" after "450 million pounds") to fx-mismatch.

Passes::

    a.txt: The project will supply about 400,000 homes.
    b.txt: The project will power some 400,000 homes.

Fails::

    a.txt: The 48 turbines will stand 12 km off the coast.
    b.txt: Its 50 turbines will be built 12 km from the coast.
"""

from __future__ import annotations

from collections.abc import Iterator

from figcheck.engine import Context
from figcheck.figures import Finding
from figcheck.rules import _facts

ID = "number-mismatch"
SEVERITY = "error"
RULE = _facts.Rule(ID, SEVERITY)


def check(context: Context, options: dict) -> Iterator[Finding]:
    for fact in context.facts:
        involved = set()
        for a, b in _facts.pairs(context, fact):
            fa, fb = context.figure(a), context.figure(b)
            if not (_facts.is_number(fa) and _facts.is_number(fb)):
                continue
            if fa.kind in ("date", "period") or fa.unit != fb.unit:
                continue
            if fa.conversion_of is not None or fb.conversion_of is not None:
                # A conversion that disagrees reflects its rate: fx-mismatch judges that.
                continue
            if _facts.scale_factor(fa, fb) or _facts.values_agree(fa, fb):
                continue
            involved.update((a, b))
        if involved:
            involved = _facts.with_alike(context, fact, involved)
            groups = _facts.grouped(context, involved, lambda f: (f.value, f.unit, f.qualifier))
            yield _facts.finding(
                RULE,
                f"different figures for the same fact: {_facts.versions(context, groups)}",
                context,
                involved,
            )
