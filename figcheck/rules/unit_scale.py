"""unit-scale: the same amount slipped by a thousand or a million, or changed unit.

"1.2 billion euros" against "1.2 million euros", "3 million yuan" against "3 million
yen", "12 km" against "12 miles" or "up 5 percentage points" against "up 5%" is a slip
of scale word or unit, not a rounding. A bare "$7 billion" against "A$7 billion" is
none: copy writes its own dollar with a bare sign, so the "$" may be the same dollar.
A stated conversion ("$420,000" after "3 million yuan") is never compared with its
source, only with other conversions.

Passes::

    a.txt: a 1.2 billion euro project
    b.txt: a project of 1.2 billion euros

Fails::

    a.txt: a 1.2 billion euro project
    b.txt: a project of 1.2 million euros
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from figcheck.extractors import dollars
from figcheck.figures import Figure, Finding
from figcheck.rules import _facts
from figcheck.rules.api import Context

ID = "unit-scale"
SEVERITY = "error"
OPTIONS: dict[str, object] = {}
RULE = _facts.Rule(ID, SEVERITY)
#: Units that writers use for one another: "5 tons" against "5 tonnes" is no slip.
INTERCHANGED = (
    frozenset({"ton", "metric_ton", "long_ton"}),
    frozenset({"gallon", "imperial_gallon"}),
    frozenset({"pint", "imperial_pint"}),
)
_UNIT_NAMES = {"%": "percent", "pp": "percentage points"}
_FACTORS = {10**3: "a thousand", 10**6: "a million", 10**9: "a billion", 10**12: "a trillion"}


def _unit_slip(fa: Figure, fb: Figure) -> bool:
    """Same number, another unit of the same kind: currency, length, percent or points."""
    if fa.kind != fb.kind or not (fa.unit and fb.unit):
        return False
    if fa.kind == "money":
        return fa.unit not in fb.ambiguous and fb.unit not in fa.ambiguous
    if fa.kind == "percent":
        return True
    if fa.kind == "quantity":
        same_dimension = dict(fa.extra).get("dimensionality") == dict(fb.extra).get(
            "dimensionality"
        )
        loose = any(fa.unit in units and fb.unit in units for units in INTERCHANGED)
        return same_dimension and not loose
    return False


def _either_dollar(fa: Figure, fb: Figure, text_a: str, text_b: str) -> bool:
    """A bare "$" against another dollar: the "$" may be that dollar, so no slip is shown."""
    return (fb.unit in dollars.DOLLARS and dollars.any_dollar(fa, text_a)) or (
        fa.unit in dollars.DOLLARS and dollars.any_dollar(fb, text_b)
    )


def slip(fa: Figure, fb: Figure, text_a: str = "", text_b: str = "") -> str | None:
    """How the scale or unit slipped ("a factor of a thousand"), or None when neither did."""
    if not (_facts.is_number(fa) and _facts.is_number(fb)):
        return None
    if fa.unit == fb.unit:
        factor = _facts.scale_factor(fa, fb)
        return f"a factor of {_FACTORS[factor]}" if factor else None
    if fa.value == fb.value and _unit_slip(fa, fb) and not _either_dollar(fa, fb, text_a, text_b):
        names = sorted(_UNIT_NAMES.get(u, u.replace("_", " ")) for u in (fa.unit, fb.unit))
        return " against ".join(names)
    return None


def check(context: Context, options: Mapping[str, Any]) -> Iterator[Finding]:
    yield from _facts.pairwise(
        context,
        RULE,
        slip,
        lambda f: (f.value, f.unit),
        lambda reasons, _: f"same amount in another scale or unit ({', '.join(reasons)})",
    )
