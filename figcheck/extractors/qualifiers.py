"""Qualifiers before a figure: "only eight", "about 200,000", "more than 500", "más de 500"."""

from __future__ import annotations

import re
from functools import cache

from figcheck.figures import Figure
from figcheck.lang.en import COMPARED_BEFORE_THE, QUALIFIERS, QUALIFIERS_AFTER
from figcheck.text import alternation

_QUALIFIER_BEFORE = re.compile(
    r"\b(?P<q>"
    + alternation(QUALIFIERS, space=r"\s+", lead=True)
    + r")\s+(?:of\s+|(?P<the>the)\s+)?$",
    re.I,
)
#: English qualifiers after a figure ("5,000 or more", "7,000-plus"): "-plus" and "+" touch it.
_QUALIFIER_AFTER = re.compile(
    "|".join(
        (re.escape(q) if q[0] in "-+" else r"[^\S\n]+" + re.escape(q).replace(r"\ ", r"\s+"))
        + (r"\b" if q[-1].isalpha() else r"(?![\w+])")
        for q in sorted(QUALIFIERS_AFTER, key=len, reverse=True)
    ),
    re.I,
)


@cache
def _pattern(language: str) -> re.Pattern:
    """The qualifiers of ``language`` right before a figure ("más de ", "plus d'", "rund ")."""
    if language == "en":
        return _QUALIFIER_BEFORE
    from figcheck.lang import lexicon

    lex = lexicon(language)
    articles = "|".join(re.escape(w) for w in lex.articles) or "(?!)"
    words = alternation(lex.qualifiers, space=r"\s+", empty="", lead=True)
    # "only" may stand before the verb of change or its "by": "apenas subieron un 2 %", "só
    # cresceu 2 %", "stieg nur um 2 Prozent"
    exact = [word for word, meaning in lex.qualifiers.items() if meaning == "exact"]
    verb = alternation(lex.change_verbs, empty="(?!)")
    before_verb = (
        rf"(?P<o>{alternation(exact, empty='(?!)')})(?=\s+(?:{verb}|{_BY})\b)"
        rf"(?:\s+(?:{verb}))?(?:\s+(?:{_BY}))?"
    )
    return re.compile(
        rf"(?<!\w)(?:(?P<q>{words})|{before_verb})(?:\s+|(?<=['’]))(?:(?:{articles})\s+)?$",
        re.I,
    )


#: Words for "by" between a verb of change and its figure ("aumentó en un 2 %", "cresceu
#: em 2 %", "stieg um 2 Prozent").
_BY = "en|em|um|de|por"


def attach(figures: list[Figure], text: str, language: str = "en") -> list[Figure]:
    """Give each figure the qualifier that stands right before it, widening its phrase."""
    pattern = _pattern(language)
    out = []
    for fig in figures:
        if fig.qualifier is None and fig.range_part != "high":
            before = text[max(0, fig.start - 40) : fig.start]
            match = pattern.search(before)
            group = "q" if match is None or match.group("q") is not None else "o"
            start = fig.start - len(before) + match.start(group) if match else 0
            word = re.sub(r"\s+", " ", match.group(group).lower()) if match else ""
            if match and _compared(match, word):
                pass  # "far above the 2% target": the target's figure, no bound
            elif match and _level_reached(text, start, fig, language):
                pass  # "subió hasta el 11,8 %": the level reached, no bound
            elif match and _amount_of(text, start, word, language):
                pass  # "ein Vertrag über sechs Jahre": what the contract is for, no bound
            elif match:
                phrase_start = start if fig.phrase_start is None else min(start, fig.phrase_start)
                fig = fig.with_changes(qualifier=word, phrase_start=phrase_start)
            elif language == "en":
                fig = _qualified_after(fig, text)
            elif not fig.vague and _approx_nouns(language).search(fig.text):
                # the rules read qualifiers as English words, as the CJK finder writes them
                fig = fig.with_changes(qualifier="about")
            elif restricted := _restricted(language).search(
                text, max(0, fig.start - 60), fig.start
            ):
                fig = _restricted_by(fig, restricted, language)
        out.append(fig)
    return out


@cache
def _change_verbs(language: str) -> tuple[frozenset[str], re.Pattern]:
    """The level words of ``language`` ("hasta el", "jusqu'à"), plain, and one of its verbs
    of change opening the clause that ends before them ("subió en marzo ", "a grimpé "):
    no sentence mark nor "and" between ("subió un 3 % y hasta 500 personas" is "up to")."""
    from figcheck.lang import lexicon, plain

    lex = lexicon(language)
    if not (lex.level_words and lex.change_verbs):
        return frozenset(), re.compile("(?!)")
    verbs = alternation(lex.change_verbs, empty="")
    stop = alternation(lex.range_between[1:] if lex.range_between else (), empty="")
    step = rf"(?!(?<!\w)(?:{stop})(?!\w))[^.;:!?\n]" if stop else r"[^.;:!?\n]"
    pattern = rf"(?<![\w'’])(?:{verbs})(?![\w'’])(?:{step}){{0,60}}\Z"
    return frozenset(plain(w.lower()) for w in lex.level_words), re.compile(pattern, re.I)


def _level_reached(text: str, start: int, fig: Figure, language: str) -> bool:
    """Whether the qualifier from ``start`` to the figure is a level word after a verb of
    change ("subió hasta el 11,8 %", "a grimpé jusqu'à 11,8 %"): "to", not "up to"."""
    words, verb_before = _change_verbs(language)
    if not words:
        return False
    from figcheck.lang import plain

    written = plain(" ".join(text[start : fig.start].lower().split()))
    return written in words and verb_before.search(text, max(0, start - 100), start) is not None


def _compared(match: re.Match, word: str) -> bool:
    """Whether an English qualifier before "the" compares with the thing the figure
    belongs to ("above the 2% target") rather than bounds the figure."""
    groups = match.groupdict()
    return groups.get("the") is not None and word in COMPARED_BEFORE_THE


_WORD_BEFORE = re.compile(r"(\w+)\W*$")


def _amount_of(text: str, start: int, word: str, language: str) -> bool:
    """Whether the qualifier ``word`` at ``start`` follows a noun it names the amount of
    ("ein Vertrag über sechs Jahre", "ein Milliardenauftrag über 3 Mrd. Euro"):
    ``amount_after``."""
    from figcheck.lang import lexicon

    endings = lexicon(language).amount_after.get(word)
    if not endings:
        return False
    noun = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return bool(noun) and noun.group(1).lower().endswith(endings)


@cache
def _restricted(language: str) -> re.Pattern:
    """A restriction around the verb that ends right before a figure ("n'ont progressé que de
    ", "ne compte qu'"): the negation, at most four words of one clause, the closing word,
    and a "de" or an article after it (``Lexicon.restrictive``)."""
    from figcheck.lang import lexicon

    lex = lexicon(language)
    if lex.restrictive is None:
        return re.compile("(?!)")
    opening, closing, _, denials = lex.restrictive
    articles = alternation((*lex.articles, "de", "d'", "d’", "des", "du"), empty="")
    close = alternation(closing, empty="")
    # a word between that denies ("ne faut pas oublier que 5") or closes a clause of its own
    # ("ce n'est qu'en 2020 que 5") makes the last word a conjunction, no restriction
    other = rf"(?!(?:{alternation(denials, empty='')})\b|(?:{close})(?:\b|(?<=['’])))"
    return re.compile(
        rf"(?<![\w'’])(?:{alternation(opening, empty='')})(?:\s+|(?<=['’]))"
        rf"(?:{other}[^\s.;:!?]+\s+){{0,4}}(?P<q>{close})"
        rf"(?:\s+|(?<=['’]))(?:(?:{articles})(?:\s+|(?<=['’])))?\Z",
        re.I,
    )


def _restricted_by(fig: Figure, restricted: re.Match, language: str) -> Figure:
    """The figure qualified by the restriction that ends before it, its phrase widened."""
    from figcheck.lang import lexicon

    start = restricted.start()
    phrase_start = start if fig.phrase_start is None else min(start, fig.phrase_start)
    qualifier = lexicon(language).restrictive[2]
    return fig.with_changes(qualifier=qualifier, phrase_start=phrase_start)


@cache
def _approx_nouns(language: str) -> re.Pattern:
    """The nouns of ``language`` that make the figure holding them "about" ("une dizaine")."""
    from figcheck.lang import lexicon

    words = alternation(lexicon(language).approx_multipliers, empty="")
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)" if words else "(?!)", re.I)


def after_qualifier(text: str, end: int) -> int:
    """Where an English qualifier after a figure ending at ``end`` ends ("5,000 or more
    people": the counted noun comes after it); ``end`` when there is none."""
    match = _QUALIFIER_AFTER.match(text, end)
    return match.end() if match else end


def _qualified_after(fig: Figure, text: str) -> Figure:
    """ "5,000 or more": the figure qualified as "at least 5,000" says it, its phrase widened."""
    match = _QUALIFIER_AFTER.match(text, fig.end)
    if match is None:
        return fig
    written = re.sub(r"\s+", " ", match.group(0).strip().lower())
    phrase_end = max(match.end(), fig.phrase_end or fig.end)
    return fig.with_changes(qualifier=QUALIFIERS_AFTER[written], phrase_end=phrase_end)


def qualifier_meaning(word: str | None) -> str | None:
    """ "exact", "approx", "lower" or "upper" for a normalized qualifier word, in any language."""
    if not word:
        return None
    if word in QUALIFIERS:
        return QUALIFIERS[word]
    from figcheck.lang import SUPPORTED, lexicon

    for code in SUPPORTED:
        meaning = lexicon(code).qualifiers.get(word) if code != "en" else None
        if meaning:
            return meaning
    return None
