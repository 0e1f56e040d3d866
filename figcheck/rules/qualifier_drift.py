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
from collections.abc import Iterator

from figcheck.engine import Context
from figcheck.extractors.qualifiers import qualifier_meaning
from figcheck.extractors.tables import QUALIFIERS
from figcheck.figures import Figure, Finding
from figcheck.rules import _facts

ID = "qualifier-drift"
SEVERITY = "warning"
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


def check(context: Context, options: dict) -> Iterator[Finding]:
    for fact in context.facts:
        involved = set()
        for a, b in _facts.pairs(context, fact):
            fa, fb = context.figure(a), context.figure(b)
            if not (_facts.is_number(fa) and _facts.is_number(fb)) or fa.unit != fb.unit:
                continue
            text_a, text_b = context.documents[a.doc].text, context.documents[b.doc].text
            if _facts.values_agree(fa, fb, with_qualifiers=False) and drifted(
                fa, fb, text_a, text_b
            ):
                involved.update((a, b))
        if involved:
            involved = _facts.with_alike(context, fact, involved)
            groups = _facts.grouped(context, involved, meaning)
            words = sorted({context.figure(r).qualifier or "no qualifier" for r in involved})
            yield _facts.finding(
                RULE,
                f"qualifier changed ({' / '.join(words)}): {_facts.versions(context, groups)}",
                context,
                involved,
            )
