"""What identifies a story across rewrites and translations, read cheaply.

Words do not survive translation and barely survive a spun rewrite (true duplicates
share about 30 % of their word 3-grams); the figures do: "3 million yuan", "300万元"
and "3 millones de yuanes" all write the significant digits 3, and "7.200 millones"
and "7.2 billion" both write 72. So an article's figure tokens are its numbers reduced
to their significant digits, which no decimal mark, grouping or scale word changes.
Numbers with one significant digit ("3", "10", "2,000") are too common to tell stories
apart and are left out.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from figcheck.scan.archive import Article

#: Permutations of each MinHash signature.
PERMUTATIONS = 128
#: Fixed seed: every machine and every run computes the same signatures.
SEED = 20231

# A run of digits with the marks that group or split them ("1,234.5", "7.200", "1 250 000").
_NUMBER = re.compile(r"\d(?:[\d]|[.,'\u2009\u202f\u00a0 ](?=\d))*")
_NOT_DIGIT = re.compile(r"\D")
_FULL_WIDTH_DIGIT = re.compile("[０-９]")
_FULL_WIDTH = str.maketrans("０１２３４５６７８９", "0123456789")
# Scale words of the languages figcheck reads, as they follow a number.
_SCALE_AFTER = re.compile(
    r"[ \u00a0]?(?:[mb]n\b|bn|m\b|k\b|tr\b|thousand|million|billion|trillion|lakh|crore|mil\b|"
    r"mill|milliard|mrd|mio|bill|bilh|milh|[万萬亿億兆千百])",
    re.I,
)
# Letters of alphabets with capitals: a CJK run is no name, nor part of one ("Group周五").
_LETTER = r"[^\W\d_\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]"
#: Capitalized for reasons other than being a name.
_NOT_NAMES = frozenset(
    "the this that these those there their they then when where while with from into after "
    "before during about also according however monday tuesday wednesday thursday friday "
    "saturday sunday january february march april june july august september october "
    "november december".split()
)
# Capital letters of the alphabets figcheck reads (Latin, Greek, Cyrillic).
_UPPER = "".join(
    c for c in map(chr, [*range(0x41, 0x250), *range(0x370, 0x530), *range(0x1E00, 0x1F00)])
    if c.isupper()
)  # fmt: skip
# A capitalized word of four letters or more that does not continue another word.
_CAPITALIZED = re.compile(rf"[{_UPPER}](?<!{_LETTER}.)(?:{_LETTER}|['’-]){{3,}}")
_POSSESSIVE = re.compile(r"['’]s?$")
_WORD = re.compile(r"[^\W\d_]+", re.U)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


@dataclass(frozen=True)
class Fingerprint:
    """An article reduced to what grouping compares."""

    id: str
    published: dt.date | None
    #: Significant digits of the article's numbers (see ``figure_tokens``) and its names.
    figures: frozenset[str]
    #: MinHash signature of the word 3-grams (same-language rewrites), 4 bytes a value:
    #: a tuple of ints would take ten times the memory.
    words: bytes


def figure_tokens(text: str) -> frozenset[str]:
    """The significant digits of every number in the text that has at least two, and
    "7~" for a one-digit number with a scale word or sign ("$7bn", "7 millones", "7亿")."""
    tokens = set()
    if _FULL_WIDTH_DIGIT.search(text):
        text = text.translate(_FULL_WIDTH)
    for match in _NUMBER.finditer(text):
        digits = _NOT_DIGIT.sub("", match.group()).strip("0")
        if len(digits) >= 2:
            tokens.add(digits)
        elif digits and (
            _SCALE_AFTER.match(text, match.end()) or text[max(0, match.start() - 1)] in "$€£¥"
        ):
            tokens.add(digits + "~")
    return frozenset(tokens)


def name_tokens(text: str, words: list[str] | None = None) -> frozenset[str]:
    """Words the text always capitalizes, once at least inside a sentence (names of
    people, places, firms): they survive rewriting and, in Latin script, translation.
    A word capitalized only where a sentence starts ("Multiple", "Analysts") is no name.

    ``words`` are the text's words (``_WORD``) if the caller has them already.
    """
    words = _WORD.findall(text) if words is None else words
    lower = {w.lower() for w in set(words) if w[0].islower()}
    names = set()
    for match in _CAPITALIZED.finditer(text):
        word = _POSSESSIVE.sub("", match.group()).lower()
        if word in names or word in lower or not _inside_sentence(text, match.start()):
            continue
        if not _noun_by_its_article(text, match.start()):
            names.add(word)
    return frozenset(f"n:{w}" for w in names - lower - _NOT_NAMES - _calendar_words())


#: German capitalizes every noun: one right after an article, a contraction of one or a
#: possessive ("die Verbraucherpreise", "zum Vorjahresmonat", "ihren Leitzins"), or after
#: a number ("5,8 Prozent"), is a common noun there, however rare in a small archive. A
#: name is told without them somewhere ("Kestria", "von Baltica").
_NOUN_BEFORE = re.compile(
    r"(?:\b(?:der|die|das|den|dem|ein|eine|einen|einem|einer|eines|im|am|vom|zum|zur|beim|"
    r"ins|ans|ihr|ihre|ihren|ihrem|ihrer|sein|seine|seinen|seinem|seiner)|\d)[ \u00a0]+$",
    re.I,
)


def _noun_by_its_article(text: str, at: int) -> bool:
    """Whether the capitalized word at ``at`` follows a German article or a number."""
    return _NOUN_BEFORE.search(text, max(0, at - 12), at) is not None


@functools.cache
def _calendar_words() -> frozenset[str]:
    """The month and weekday names of every language figcheck reads, lower-cased: a
    German "Oktober" is no more a name than an English "October"."""
    from figcheck.lang import SUPPORTED, lexicon

    return frozenset(
        word.lower()
        for code in SUPPORTED
        for word in (*lexicon(code).months, *lexicon(code).weekdays)
    )


def _inside_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` follows a CJK character, or a letter, digit, comma or
    closing bracket and a space: not a stop, a line break or an opening quote."""
    before = text[max(at - 4, 0) : at]
    if before[-1:] and _CJK.match(before[-1]):
        return True
    kept = before.rstrip(" \t\u00a0")
    return kept != before and (kept[-1:].isalnum() or kept[-1:] in (",", ";", ")", "%"))


def word_shingles(text: str, size: int = 3, words: list[str] | None = None) -> set[str]:
    """Word n-grams of the lower-cased text; CJK text, written without spaces, by characters.
    ``words`` are the text's words (``_WORD``) if the caller has them already."""
    words = [w.lower() for w in (_WORD.findall(text) if words is None else words)]
    if len(_CJK.findall(text)) > len(text) // 4:
        chars = "".join(words)
        return {chars[i : i + size] for i in range(max(len(chars) - size + 1, 0))}
    return {" ".join(words[i : i + size]) for i in range(max(len(words) - size + 1, 0))}


def signature(items: set[str] | frozenset[str]) -> bytes:
    """A MinHash signature (datasketch) of a set of strings; empty sets sign as empty."""
    if not items:
        return b""
    minhash = _minhash()
    minhash.update_batch([item.encode("utf-8") for item in sorted(items)])
    return minhash.hashvalues.astype("<u4").tobytes()


_PERMUTATIONS: list = []


def _minhash():
    """An empty MinHash; the permutations (a function of the seed) are drawn once per process."""
    from datasketch import MinHash

    if not _PERMUTATIONS:
        first = MinHash(num_perm=PERMUTATIONS, seed=SEED)
        _PERMUTATIONS.append((first.permutations, first.scheme))
    permutations, scheme = _PERMUTATIONS[0]
    return MinHash(PERMUTATIONS, SEED, permutations=permutations, scheme=scheme)


def fingerprint(article: Article) -> Fingerprint:
    words = _WORD.findall(article.text)
    return Fingerprint(
        article.id,
        article.published,
        figure_tokens(article.text) | name_tokens(article.text, words),
        signature(word_shingles(article.text, words=words)),
    )


def similarity(a: bytes, b: bytes) -> float:
    """The Jaccard similarity two MinHash signatures estimate."""
    if not a or not b:
        return 0.0
    rows = memoryview(a).cast("I"), memoryview(b).cast("I")
    return sum(x == y for x, y in zip(*rows, strict=True)) / len(rows[0])
