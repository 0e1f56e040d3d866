"""unit-scale: the same amount slipped by a thousand or a million, or changed currency.

"1.2 billion euros" against "1.2 million euros", or "3 million yuan" against "3 million
yen", is a slip of scale word or unit, not a rounding. A stated conversion ("$420,000"
after "3 million yuan") is never compared with its source, only with other conversions.

Passes::

    a.txt: a 1.2 billion euro project
    b.txt: a project of 1.2 billion euros

Fails::

    a.txt: a 1.2 billion euro project
    b.txt: a project of 1.2 million euros
"""

from __future__ import annotations

from collections.abc import Iterator

from figcheck.engine import Context
from figcheck.figures import Finding
from figcheck.rules import _facts

ID = "unit-scale"
SEVERITY = "error"
RULE = _facts.Rule(ID, SEVERITY)
_FACTORS = {10**3: "a thousand", 10**6: "a million", 10**9: "a billion", 10**12: "a trillion"}


def check(context: Context, options: dict) -> Iterator[Finding]:
    for fact in context.facts:
        involved, reasons = set(), set()
        for a, b in _facts.pairs(context, fact):
            fa, fb = context.figure(a), context.figure(b)
            if not (_facts.is_number(fa) and _facts.is_number(fb)):
                continue
            if fa.unit == fb.unit:
                factor = _facts.scale_factor(fa, fb)
                if factor:
                    involved.update((a, b))
                    reasons.add(f"a factor of {_FACTORS[factor]}")
            elif (
                fa.kind == fb.kind == "money"
                and fa.value == fb.value
                and fa.unit not in fb.ambiguous
                and fb.unit not in fa.ambiguous
            ):
                involved.update((a, b))
                reasons.add(f"{fa.unit} against {fb.unit}")
        if involved:
            involved = _facts.with_alike(context, fact, involved)
            groups = _facts.grouped(context, involved, lambda f: (f.value, f.unit))
            yield _facts.finding(
                RULE,
                f"same amount in another scale or currency ({', '.join(sorted(reasons))}): "
                f"{_facts.versions(context, groups)}",
                context,
                involved,
            )
