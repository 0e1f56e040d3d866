"""Run the date forms over a text, sentence by sentence, and keep the best reading of each span.

A form runs only in a sentence that holds its needed words and where its trigger
finds something: both are cheap, and most sentences hold no month, weekday or unit,
so most forms never run there. The skip is a speed-up only; a test checks that it
drops nothing that running every form everywhere would keep.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Callable

from figcheck.extractors.dates import absolute, de, es, fr, localized, periods, pt, relative
from figcheck.extractors.dates.form import DIGIT, Form, Hit, Ranked, compiled

#: Every date form, in rank order.
FORMS: tuple[Form, ...] = tuple(
    sorted((*absolute.FORMS, *relative.FORMS, *periods.FORMS), key=lambda f: f.rank)
)

#: Where blocks end: a date runs neither across a blank line nor into the next sentence.
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n\s*")
#: (from the mark that ends a sentence, which re finds fast, to the start of the next)
_SENTENCE_BREAK = re.compile(r"[.!?](?<=[a-z0-9%)][.!?])\s+(?=[A-Z])")
#: "24. August": German writes a day with a dot, so a lone 1-2 digit number ends no sentence.
_DAY_DOT = re.compile(r"(?<![\d.,])\d\d?\.\s+$")
_DIGIT = re.compile(r"\d")


def blocks(text: str) -> list[tuple[int, int]]:
    """Sentences, searched one at a time so that a form runs only where its words are."""
    cuts = {m.end() for m in _PARAGRAPH_BREAK.finditer(text)}
    cuts.update(
        m.end()
        for m in _SENTENCE_BREAK.finditer(text)
        if not _DAY_DOT.search(text, max(0, m.end() - 8), m.end())
    )
    starts = [0, *sorted(cuts)]
    return [(s, e) for s, e in zip(starts, [*starts[1:], len(text)], strict=True) if e > s]


def need_words(forms: tuple[Form, ...]) -> tuple[str, ...]:
    """Every word some form needs (``DIGIT`` aside): what a block is searched for."""
    return tuple(sorted({w for form in forms for group in form.needs for w in group} - {DIGIT}))


def words_in(text: str, start: int, end: int, words: tuple[str, ...]) -> frozenset[str]:
    """Which of ``words`` (and ``DIGIT``) the block holds."""
    present = set(filter(text[start:end].casefold().__contains__, words))
    if _DIGIT.search(text, start, end) is not None:
        present.add(DIGIT)
    return frozenset(present)


@functools.lru_cache(maxsize=4096)
def runnable(present: frozenset[str]) -> tuple[Form, ...]:
    """The forms whose needs ``present`` meets (blocks hold few distinct sets of words)."""
    return tuple(
        form for form in FORMS if all(not present.isdisjoint(group) for group in form.needs)
    )


def _triggered(form: Form, text: str, start: int, end: int, found: dict[str, bool]) -> bool:
    """Whether every trigger of ``form`` finds something in the block (memo in ``found``)."""
    for source in form.trigger:
        if source not in found:
            found[source] = compiled(source).search(text, start, end) is not None
        if not found[source]:
            return False
    return True


def read_block(
    forms: tuple[Form, ...], text: str, start: int, end: int, ref: dt.date | None
) -> list[Ranked]:
    """What ``forms`` read in one block, each hit with its form's rank."""
    hits = []
    found: dict[str, bool] = {}  # several forms share a trigger: search it once
    for form in forms:
        if not _triggered(form, text, start, end, found):
            continue
        for match in form.regex.finditer(text, start, end):
            hit = form.read(match, text, ref)
            if hit is not None and hit.end > hit.start:
                hits.append(Ranked(hit, form.rank))
    return hits


_NEED_WORDS = need_words(FORMS)


#: Languages other than English, each a module with its ``WORDS`` and ``forms``.
LANGUAGES = (es, fr, pt, de)


#: What may stick to a word in running text: split() leaves it on, the markers have none.
_PUNCTUATION = '.,;:!?()[]"«»“”¿¡—–-'


def _words(text: str) -> list[str]:
    """The words of ``text``, and an elided article alone ("l'an" gives "l'an" and "l'")."""
    words = [w.strip(_PUNCTUATION) for w in text.replace("’", "'").split()]
    return words + [w[: w.index("'") + 1] for w in words if "'" in w]


#: What a word written capitalised stands after where it may open a sentence, not name.
_OPENERS = '.!?:"«“'


def _opens_somewhere(text: str, words: list[str]) -> bool:
    """Whether one of ``words`` (as ``_words`` gives them) stands somewhere in ``text``
    other than capitalised inside a sentence or line: after an opening quote or bracket,
    or first in a sentence or line. One pass over the text for all of them."""
    if not words:
        return False
    marks = f"[{re.escape(_PUNCTUATION)}]*"
    elided = [w for w in words if w.endswith("'")]
    whole = [w for w in words if not w.endswith("'")]
    spelt = [
        *(rf"{_spelt(w)}\S*" for w in elided),
        *(rf"{_spelt(w)}{marks}(?!\S)" for w in whole),
    ]
    for found in re.finditer(rf"(?<!\S)(?P<mark>{marks})(?:{'|'.join(spelt)})", text):
        if found.group("mark"):
            return True
        before = found.start()
        while before and text[before - 1].isspace():
            before -= 1
        if not before or text[before - 1] in _OPENERS or "\n" in text[before : found.start()]:
            return True
    return False


def _spelt(word: str) -> str:
    """``word`` as a pattern, its apostrophe either way ("l'" and "l’")."""
    return re.escape(word).replace("'", "['’]")


@functools.cache
def markers(language) -> frozenset[str]:
    """The language's function words, lower-case or capitalised, with or without accents."""
    variants = set()
    for word in language.WORDS.marker:
        bare = localized.without_accents(word)
        # (copy typed without accents drops them; "à" bare is English "a", "até" "ate")
        for form in {word, bare} if len(bare) >= 4 else {word}:
            variants |= {form, form[:1].upper() + form[1:]}
    return frozenset(variants)


def languages_in(text: str) -> tuple:
    """The languages whose function words ``text`` holds: their forms may run in it. One
    capitalised inside a sentence is a name's ("in Al Hadra", "Del Rio said"), which tells
    no language and loads no other language's words."""
    words = set(_words(text))
    return tuple(language for language in LANGUAGES if _tells(language, words, text))


def _tells(language, words: set[str], text: str) -> bool:
    """Whether the words of ``text`` tell ``language``: one of its function words written
    in lower case, or as the language writes it capitalised (German "Jahren"), or
    capitalised where a sentence or line may open."""
    held = markers(language) & words
    if any(not word[:1].isupper() for word in held) or held & capitalised(language):
        return True
    return _opens_somewhere(text, sorted(held, key=lambda w: (-len(w), w)))


@functools.cache
def capitalised(language) -> frozenset[str]:
    """The language's function words that are written capitalised (German nouns)."""
    return frozenset(
        word
        for word in markers(language)
        if word[:1].isupper() and word.lower() not in markers(language)
    )


@functools.cache
def forms_of(language) -> tuple[Form, ...]:
    """A language's forms, built (and its lexicon loaded) on first use."""
    return tuple(language.forms(localized.vocabulary(language.WORDS)))


def language_module(code: str | None):
    """The date module of language ``code`` ("es": ``es``), None for English or another."""
    return next((lang for lang in LANGUAGES if lang.WORDS.code == code), None)


def ranked_hits(text: str, ref: dt.date | None, languages: tuple = (), stated=None) -> list[Ranked]:
    """Every form's hits with its rank; a form runs only in blocks where it can match, and
    another language's forms only in sentences that hold most of that language's words, or
    in the ``stated`` language (the document's) where the words tell no language."""
    hits = []
    # a word the whole text lacks is in none of its sentences: each is searched for only those
    words = tuple(filter(text.casefold().__contains__, _NEED_WORDS))
    for start, end in blocks(text):
        present = words_in(text, start, end, words)
        hits.extend(read_block(runnable(present), text, start, end, ref))
        told = _languages_of_block(languages, text, start, end) if languages else []
        for language in told or ([stated] if stated is not None else []):
            forms = _meeting(forms_of(language), present)
            hits.extend(read_block(forms, text, start, end, ref))
    return hits


def _languages_of_block(languages: tuple, text: str, start: int, end: int) -> list:
    """The languages with the most function words in the block ("Hier werden ..." is German,
    not the French "hier"): a sentence is read in its language, not in all of them. One
    such word among many others is a loan ("crème à la mode"), not a language."""
    words = _words(text[start:end])
    counts = [sum(w in markers(language) for w in words) for language in languages]
    most = max(counts, default=0)
    if most < 2 and most * 10 < len(words):
        return []
    return [lang for lang, n in zip(languages, counts, strict=True) if most and n == most]


def sentence_languages(text: str, languages: tuple = (), stated=None) -> Callable[[int], tuple]:
    """The language the sentence at a place is written in, as ``ranked_hits`` tells it (the
    one its words tell, else ``stated``), for words whose meaning depends on the language
    ("era" ends a French verb in the future, and is a Spanish "was"): none where languages
    tie but the stated one is not among them. The sentences are cut on first use."""
    if not languages and stated is None:
        return lambda place: ()

    @functools.cache
    def cut() -> tuple[list[tuple[int, int]], list[int]]:
        spans = blocks(text)
        return spans, [start for start, _ in spans]

    def languages_at(place: int) -> tuple:
        spans, starts = cut()
        start, end = spans[max(0, bisect.bisect_right(starts, place) - 1)]
        told = _languages_of_block(languages, text, start, end) if languages else []
        if len(told) > 1:
            return (stated,) if stated in told else ()
        return tuple(told or ([stated] if stated is not None else []))

    return languages_at


def _meeting(forms: tuple[Form, ...], present: frozenset[str]) -> tuple[Form, ...]:
    return tuple(f for f in forms if all(not present.isdisjoint(g) for g in f.needs))


def without_overlaps(hits: list[Ranked]) -> list[Hit]:
    """The longest hit wins where hits overlap, then the form ranked first."""
    ranked = sorted(hits, key=lambda r: (-(r.hit.end - r.hit.start), r.rank, r.hit.start))
    # 1 where a kept hit stands; hits are short, so this is linear
    taken = bytearray(max((r.hit.end for r in hits), default=0))
    kept: list[Hit] = []
    for r in ranked:
        hit = r.hit
        if taken.find(1, hit.start, hit.end) != -1:
            continue
        taken[hit.start : hit.end] = b"\x01" * (hit.end - hit.start)
        kept.append(hit)
    kept.sort(key=lambda h: h.start)
    return kept


def candidates(text: str, ref: dt.date | None, languages: tuple = (), stated=None) -> list[Hit]:
    """Each date read alone (in English, and in ``languages`` where a sentence is in one of
    them: see ``languages_in``; in ``stated`` where none is told), overlaps settled, in text
    order."""
    return without_overlaps(ranked_hits(text, ref, languages, stated))
