"""What a figure stands for, so that figures about different things never pair.

Context words decide which figures report the same fact, but a story repeats its words:
"12 charges" and "30 stores" can sit in alike sentences, an age ("aged 19") beside a
count, an annual rate beside a monthly one. Pairing them turns two facts into a false
contradiction. So each figure gets a role where its words state one (an age, a rate over
a year or over a month, a percentage-point change) and a unit family, and two figures
whose roles or counted nouns clearly differ are never paired: a pair that cannot be told
apart is better left unchecked than guessed.

The cue words are per language (English, Spanish, French, Portuguese, German; Chinese
and Japanese write an age with 岁/歳, a monthly rate with 月/環比). Unknown words give
no role, and a missing role never blocks a pair.
"""

from __future__ import annotations

import re
from functools import lru_cache

#: (role, words that state it): a role is stated in the figure's own clause, between the
#: figures before and after it.
_CUES: tuple[tuple[str, str], ...] = (
    (
        "age",
        r"\baged\b|\bage of\b|\byears?[- ]old\b|\bedad de\b|\baños de edad\b|\bâgée? de\b"
        r"|\bjahre alt\b|\bjährige|\balter von\b|\bidade de\b|\banos de idade\b|(?:^|\d)\s*[岁歳]",
    ),
    (
        "monthly",
        r"\bmonthly\b|\bmonth-(?:on|over)-month\b|\bm/m\b|\bon the month\b"
        r"|\bfrom (?:the previous|a|last) month\b|\ba month earlier\b|\bmensual(?:es)?\b"
        r"|\bmensuel(?:le)?s?\b|\bmonatlich|\bvormonat|\bmensa(?:l|is)\b|環比|环比|前月比",
    ),
    (
        "annual",
        r"\bannual(?:ly)?\b|\byear-(?:on|over)-year\b|\by/y\b|\bon the year\b"
        r"|\bfrom a year (?:earlier|ago|before)\b|\ba year earlier\b|\binteranual\b"
        r"|\banual(?:es)?\b|\bannuel(?:le)?s?\b|\bsur un an\b|\bjährlich|\bvorjahr"
        r"|\banua(?:l|is)\b|同比|前年比",
    ),
)
#: How far a cue may stand from its figure, in characters, before and after it.
REACH_BEFORE = 40
REACH_AFTER = 40
#: A clause ends at these marks: a cue beyond them speaks of another figure.
_CLAUSE_END = re.compile(r"[.;:!?\n\u3002\uff1b]|,\s+(?:while|but|and|whereas)\b")


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern], ...]:
    return tuple((role, re.compile(words, re.I)) for role, words in _CUES)


def role_of(text: str, start: int, end: int, low: int = 0, high: int | None = None) -> str:
    """The role stated in the words around text[start:end], or "" when none is.

    ``low`` and ``high`` bound the clause (the ends of the neighbouring figures): the
    figure's own clause after it is read first, then before it.
    """
    high = len(text) if high is None else high
    after = text[end : min(high, end + REACH_AFTER)]
    before = text[max(low, start - REACH_BEFORE) : start]
    stop = _CLAUSE_END.search(after)
    after = after[: stop.start()] if stop else after
    before = _CLAUSE_END.split(before)[-1]
    for words in (after, before):
        for role, cue in _patterns():
            if cue.search(words):
                return role
    return ""


#: Counted nouns this far apart (rapidfuzz token_set_ratio, 0-100) name different things.
NOUNS_APART = 50
_LATIN = re.compile(r"^[a-z\u00c0-\u024f' -]+$")


def nouns_differ(a: str, b: str) -> bool:
    """Two counted nouns of one script that share no word: "charges" and "stores".

    Nouns in different scripts (a translation) cannot be compared, so they never differ.
    """
    if not (a and b) or not (_LATIN.match(a) and _LATIN.match(b)):
        return False
    if set(a.split()) & set(b.split()):
        return False
    from rapidfuzz import fuzz

    return fuzz.token_set_ratio(a, b) < NOUNS_APART


def apart(a_role: str, a_noun: str, b_role: str, b_noun: str) -> bool:
    """Whether two figures' stated roles or counted nouns say they are different things.

    Two stated roles must agree; an age never pairs with a figure that counts something
    ("aged 19" with "19 goals"); two nouns of one script that share nothing differ.
    """
    if a_role and b_role:
        return a_role != b_role
    if (a_role == "age" and b_noun) or (b_role == "age" and a_noun):
        return True
    return nouns_differ(a_noun, b_noun)
