"""date-mismatch: the same event has a different date or period in another version.

A period that gained or lost a bound counts too: "his PhD … until 2019" against "from
2016 to 2019" — the start year appears in one version only. A year against a day in
that year is only more precise, not different. Relative dates ("last year") are left
to time-reference-drift.

Passes::

    a.txt: The surveys ran from 2021 to 2023.
    b.txt: The site surveys were done from 2021 to 2023.

Fails::

    a.txt: Construction began with site surveys from 2021 to 2023.
    b.txt: after site surveys that ran until 2023.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from figcheck.figures import Figure, Finding
from figcheck.rules import _facts
from figcheck.rules.api import Context

ID = "date-mismatch"
SEVERITY = "warning"
OPTIONS: dict[str, object] = {}
RULE = _facts.Rule(ID, SEVERITY)


def _bounds(fig: Figure) -> tuple[str | None, str | None] | None:
    if fig.kind not in ("date", "period") or fig.relative or not isinstance(fig.value, tuple):
        return None
    start, end = fig.value
    return start, end


def difference(a: Figure, b: Figure, text_a: str = "", text_b: str = "") -> str | None:
    """Why two dates of one event disagree, or None when they agree."""
    ba, bb = _bounds(a), _bounds(b)
    if ba is None or bb is None or a.kind != b.kind:
        # "in 2018" and "until 2018" say different things, not the same thing differently.
        return None
    if ba == bb:
        return None
    (a_start, a_end), (b_start, b_end) = ba, bb
    if (a_start is None) != (b_start is None) and a_end and b_end and a_end[:4] == b_end[:4]:
        return "the start appears in one version only"
    if (a_end is None) != (b_end is None) and a_start and b_start and a_start[:4] == b_start[:4]:
        return "the end appears in one version only"
    lows = (a_start or "0000", b_start or "0000")
    highs = (a_end or "9999", b_end or "9999")
    a_in_b = lows[1] <= lows[0] and highs[0] <= highs[1]
    b_in_a = lows[0] <= lows[1] and highs[1] <= highs[0]
    if (a_in_b or b_in_a) and a.precision != b.precision:
        return None
    return "different dates"


def check(context: Context, options: Mapping[str, Any]) -> Iterator[Finding]:
    yield from _facts.pairwise(
        context, RULE, difference, lambda f: f.value, lambda reasons, _: "; ".join(reasons)
    )
