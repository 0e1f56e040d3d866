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

import re
from collections.abc import Iterator, Mapping
from typing import Any

from figcheck.extractors.qualifiers import qualifier_meaning
from figcheck.figures import Figure, Finding
from figcheck.lang.en import QUALIFIERS
from figcheck.rules import _facts
from figcheck.rules.api import Context

ID = "qualifier-drift"
SEVERITY = "warning"
OPTIONS: dict[str, object] = {}
RULE = _facts.Rule(ID, SEVERITY)


#: "over 30 years" may mean "during" or "more than": such durations are left alone.
DURATION_WORDS = frozenset(
    "year years month months week weeks day days decade decades hour hours".split()
)
_NEXT_WORD = re.compile(r"\W*(\w+)")


def meaning(fig: Figure, text: str = "") -> str:
    if fig.qualifier in ("over", "under") and text:
        unit = (fig.unit or "").lower()
        following = _NEXT_WORD.match(text, fig.end)
        if unit in DURATION_WORDS or (following and following.group(1).lower() in DURATION_WORDS):
            return "ambiguous"
    return qualifier_meaning(fig.qualifier) or "none"


#: How far before a figure a qualifier may stand and still be meant ("under the age of 40").
LOOKBACK = 40


def nearby_meanings(text: str, fig: Figure) -> set[str]:
    """Qualifier meanings in the words just before a figure, which the extractor left out."""
    start = fig.span[0]
    before = text[max(0, start - LOOKBACK) : start].lower()
    before = re.split(r"[.;:,()]", before)[-1]
    return {m for word, m in QUALIFIERS.items() if re.search(rf"\b{re.escape(word)}\b", before)}


def drifted(a: Figure, b: Figure, text_a: str = "", text_b: str = "") -> bool:
    ma, mb = meaning(a, text_a), meaning(b, text_b)
    if ma == mb or "ambiguous" in (ma, mb):
        return False
    if (ma == "none" and mb in nearby_meanings(text_a, a)) or (
        mb == "none" and ma in nearby_meanings(text_b, b)
    ):
        return False
    quiet = {"approx", "none"}
    if fig_is_conversion(a) or fig_is_conversion(b):
        quiet.add("upper")
    return not {ma, mb} <= quiet


def fig_is_conversion(fig: Figure) -> bool:
    return fig.conversion_of is not None


def changed(fa: Figure, fb: Figure, text_a: str = "", text_b: str = "") -> str | None:
    """Whether the same number lost, gained or swapped a qualifier ("only", "at least")."""
    if not (_facts.is_number(fa) and _facts.is_number(fb)) or fa.unit != fb.unit:
        return None
    if _facts.values_agree(fa, fb, with_qualifiers=False) and drifted(fa, fb, text_a, text_b):
        return "qualifier changed"
    return None


def _headline(reasons: list[str], figures: list[Figure]) -> str:
    words = sorted({fig.qualifier or "no qualifier" for fig in figures})
    return f"qualifier changed ({' / '.join(words)})"


def check(context: Context, options: Mapping[str, Any]) -> Iterator[Finding]:
    yield from _facts.pairwise(context, RULE, changed, meaning, _headline)
