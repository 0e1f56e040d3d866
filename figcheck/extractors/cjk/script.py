"""Where Chinese and Japanese stand in a text, and which of the two each line is.

Full-width forms ("１２３", "，", "％") are folded to ASCII one character for one, so
that offsets into the folded text are offsets into the original.
"""

from __future__ import annotations

import functools
import re
from contextvars import ContextVar

from figcheck.lang import lexicon

#: Full-width ASCII (U+FF01..U+FF5E) and the ideographic space, folded one for one.
_FOLD = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20, 0x2212: 0x2D}

#: Han ideographs (with the extension A block and the compatibility block) and kana.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
KANA = "\u3040-\u30ff\u31f0-\u31ff"


@functools.cache
def _pattern(name: str) -> re.Pattern:
    """Compiled on first use: character classes this wide take milliseconds to compile, and an
    English-only run never needs them."""
    return re.compile(
        {
            "han": f"[{HAN}]",
            "kana": f"[{KANA}]",
            # what makes a line worth reading: CJK punctuation, kana, Han, full-width forms
            "read": "[\u3001-\u9fff\uf900-\ufaff\uff01-\uff5e]",
        }[name]
    )


_LINE = re.compile(r"[^\n]*\n?")

#: A line counts as Japanese when kana make up this share of its Han and kana characters;
#: Chinese copy quoting a Japanese name holds a kana or two, Japanese prose far more.
_KANA_SHARE = 0.1

#: The language a caller knows the text to be in (a front matter ``lang:``, a test suite);
#: None reads each line's language from its script. A line without kana cannot tell
#: Japanese "一万三" (10,003) from Chinese (13,000) by itself.
LANGUAGE: ContextVar[str | None] = ContextVar("figcheck_cjk_language", default=None)


#: A full-width comma between ASCII digits ends a clause ("$20，300美元" is two prices);
#: between full-width digits ("１２，３４５") it groups thousands like any comma. In a
#: language whose lexicon groups with it (Japanese "1，500人") it does before three digits.
_CLAUSE_COMMA = re.compile(r"(?<=[0-9])，(?=[0-9])")
_CLAUSE_COMMA_NOT_GROUPING = re.compile(r"(?<=[0-9])，(?![0-9]{3}(?![0-9]))(?=[0-9])")


def fold(text: str, language: str | None = None) -> str:
    """``text`` with full-width digits, letters and signs as ASCII, every offset kept."""
    comma = _CLAUSE_COMMA
    if language is not None and "，" in lexicon(language).groups:
        comma = _CLAUSE_COMMA_NOT_GROUPING
    return comma.sub(";", text).translate(_FOLD)


def has_cjk(text: str) -> bool:
    return not text.isascii() and _pattern("read").search(text) is not None


def mostly_cjk(text: str, start: int, end: int) -> bool:
    """More Han and kana than Latin letters between ``start`` and ``end``."""
    cjk = len(_pattern("han").findall(text, start, end)) + len(
        _pattern("kana").findall(text, start, end)
    )
    latin = sum(ch.isascii() and ch.isalpha() for ch in text[start:end])
    return cjk > latin


def _is_japanese(kana: int, han: int) -> bool:
    return kana > 0 and kana >= _KANA_SHARE * (kana + han)


def lines(text: str, language: str | None = None) -> list[tuple[int, int, str]]:
    """(start, end, language) of each line holding Chinese or Japanese.

    A text read as Chinese or Japanese (``language``, the document's or its paragraphs') is
    read so line by line. Otherwise a line with few kana takes the language of the whole
    text: a Japanese headline may be all kanji and digits, and Chinese copy may quote a
    Japanese name.
    """
    found = []
    kana_total = han_total = 0
    for match in _LINE.finditer(text):
        start, end = match.span()
        if start == end:
            break
        if _pattern("read").search(text, start, end) is None:
            continue
        han = len(_pattern("han").findall(text, start, end))
        kana = len(_pattern("kana").findall(text, start, end))
        found.append((start, end, han, kana))
        han_total, kana_total = han_total + han, kana_total + kana
    whole = "ja" if _is_japanese(kana_total, han_total) else "zh"
    told = LANGUAGE.get() or language
    if told in ("zh", "ja"):
        return [(start, end, told) for start, end, _, _ in found]
    return [
        (start, end, "ja" if _is_japanese(kana, han) else whole) for start, end, han, kana in found
    ]
