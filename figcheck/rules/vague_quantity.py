"""vague-quantity: a figure was replaced by a vaguer or different-magnitude word.

Passes::

    a.txt: thousands have applied
    b.txt: thousands of people have applied

Fails::

    a.txt: thousands have applied
    b.txt: many have applied
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from figcheck.figures import Figure, Finding
from figcheck.rules import _facts
from figcheck.rules.api import Context

ID = "vague-quantity"
SEVERITY = "info"
OPTIONS: dict[str, object] = {}
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


def vaguer(fa: Figure, fb: Figure, text_a: str = "", text_b: str = "") -> str | None:
    """Whether one figure is vague and the other is not, or vague another way."""
    if not (fa.vague or fb.vague) or fa.kind in ("date", "period"):
        return None
    if fa.vague and fb.vague and _same_vagueness(fa, fb):
        return None
    return "vaguer"


def check(context: Context, options: Mapping[str, Any]) -> Iterator[Finding]:
    yield from _facts.pairwise(
        context,
        RULE,
        vaguer,
        lambda f: (f.vague, f.text.lower()),
        lambda reasons, figures: "figure made vaguer",
    )
