"""update: a later version raises a developing count (the dead, the injured, arrests).

A toll grows while a story develops: a version published later that gives a larger
count than an earlier one is news, not a contradiction. It is reported at info, so an
editor sees the count moved, and number-mismatch stays quiet on the pair. Versions of
the same day, undated versions, and a later version with a smaller count are left to
number-mismatch.

Passes::

    a.txt: February 6, 2024 - At least 12 people were killed in the fire.
    b.txt: February 7, 2024 - 17 people were killed in the fire.

Fails::

    a.txt: February 6, 2024 - 12 people were killed in the fire.
    b.txt: February 7, 2024 - 17 people were killed in the fire.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from figcheck.figures import Finding
from figcheck.rules import _facts
from figcheck.rules.api import Context

ID = "update"
SEVERITY = "info"
OPTIONS: dict[str, object] = {}
RULE = _facts.Rule(ID, SEVERITY)


def check(context: Context, options: Mapping[str, Any]) -> Iterator[Finding]:
    for fact in context.facts:
        raised = [(a, b) for a, b in _facts.pairs(context, fact) if _facts.raises(context, a, b)]
        if not raised:
            continue
        involved = _facts.with_alike(context, fact, {r for pair in raised for r in pair})
        dated = sorted(involved, key=lambda r: (context.document(r.doc).published, r.doc, r.fig))
        parts = [
            f'"{_facts.phrase(context, r)}" on {context.document(r.doc).published} '
            f"in {_facts.name(context, r)}"
            for r in dated
        ]
        later = dated[-1]
        evidence = [later, *dated[:-1]]
        yield Finding(
            ID,
            SEVERITY,
            f"a later version raises the count: {'; '.join(parts)}",
            tuple(context.evidence(r) for r in evidence),
        )
