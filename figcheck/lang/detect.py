"""Which language a document (or each of its paragraphs) is written in.

Scripts decide first (kana means Japanese; Han without kana, Chinese; Hangul,
Korean; Cyrillic, Russian or Ukrainian ...); Latin-script text is told by its function
words, each weighted by how few languages share it ("de" says little, "und" a lot).
A language figcheck does not read is still named when the evidence is clear, so the
caller can say "language xx not supported" instead of reading it as English.
Nothing here imports a lexicon: detection runs on every document and must stay cheap.
"""

from __future__ import annotations

import functools
import re
from collections import Counter

#: Function words: short, frequent, and together distinctive of their language.
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    code: frozenset(words.split())
    for code, words in {
        "en": "the of and to in is that for it was on with as by at from this be are have "
        "has an which not but or were their said its will would been who they he she after",
        "es": "el la los las de del que y en un una por con para es se no al lo como más pero "
        "sus su le ya este entre cuando muy sin sobre también hasta hay donde desde durante o "
        "según fue han ha dijo años millones",
        "fr": "le la les de des du et en un une est que qui dans pour pas au aux sur avec ce "
        "cette il elle ils sont par plus ne se son sa ses ont été était mais ou où nous vous "
        "leur selon aussi a l d qu",
        "pt": "o a os as de do da dos das e em um uma que para com não por no na nos nas é ao "
        "aos se mais como mas foi ele ela seu sua são está também já pelo pela segundo",
        "de": "der die das und ist nicht ein eine den dem des mit auf für von zu im sich auch "
        "es an als wird werden bei nach aus wie noch nur hat haben sind war wurde dass oder "
        "aber sagte",
        "it": "il lo la i gli le di che è e per un una non sono del della delle dei con ma "
        "anche più nel nella alla questo ha sul tra l dell all",
        "nl": "de het een van en is dat op te in niet zijn voor met die zich ook naar om maar "
        "bij heeft worden wordt door",
    }.items()
}

#: Each script's letters as code-point ranges. Counted character by character, not by
#: regular expressions: compiling a character class over the Han block walks its twenty
#: thousand code points, milliseconds of start-up on every run.
_SCRIPTS: tuple[tuple[str, tuple[tuple[int, int], ...]], ...] = (
    ("kana", ((0x3040, 0x30FF), (0x31F0, 0x31FF), (0xFF66, 0xFF9F))),
    ("han", ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))),
    ("ko", ((0xAC00, 0xD7AF), (0x1100, 0x11FF), (0x3130, 0x318F))),
    ("cyrillic", ((0x0400, 0x04FF),)),
    ("ar", ((0x0600, 0x06FF),)),
    ("he", ((0x0590, 0x05FF),)),
    ("el", ((0x0370, 0x03FF),)),
    ("th", ((0x0E00, 0x0E7F),)),
    ("hi", ((0x0900, 0x097F),)),
)
_UKRAINIAN = frozenset("іїєґІЇЄҐ")
#: Latin-script words; an elided article stands apart ("l'état": "l", "état").
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]+")
#: How many function words (weighted) a Latin-script text needs before it is named.
MIN_EVIDENCE = 1.5
_WEIGHTS: dict[str, tuple[tuple[str, float], ...]] = {}


def _weights() -> dict[str, tuple[tuple[str, float], ...]]:
    """Each function word's languages and its weight in each: 1 / the number of languages
    using it. Keyed by word, so a text's distinct words are looked up once each."""
    if not _WEIGHTS:
        shared = Counter(word for words in FUNCTION_WORDS.values() for word in words)
        by_word: dict[str, list[tuple[str, float]]] = {}
        for code, words in FUNCTION_WORDS.items():
            for word in sorted(words):
                by_word.setdefault(word, []).append((code, 1 / shared[word]))
        _WEIGHTS.update({word: tuple(codes) for word, codes in by_word.items()})
    return _WEIGHTS


def _script_of(char: str) -> str | None:
    point = ord(char)
    for name, ranges in _SCRIPTS:
        if any(low <= point <= high for low, high in ranges):
            return name
    return None


def _script_counts(text: str) -> dict[str, int] | None:
    """How many letters of each script ``text`` holds; None when it holds none."""
    # Letters only: Arabic-Indic or full-width digits name no language ("$٠٠٠٠ last year").
    scripts = {c: _script_of(c) for c in set(text) if c >= "\u0370" and c.isalpha()}
    scripts = {c: name for c, name in scripts.items() if name}
    if not scripts:
        return None  # Latin only (curly quotes and dashes aside): most documents
    counts = dict.fromkeys((name for name, _ in _SCRIPTS), 0)
    for char, times in Counter(c for c in text if c in scripts).items():
        counts[scripts[char]] += times
    return counts


def _script(text: str, latin_words: int) -> str | None:
    """The language a non-Latin script names, when it outweighs the Latin words."""
    counts = _script_counts(text)
    if counts is None:
        return None
    cjk = counts["kana"] + counts["han"]
    best = max(counts, key=lambda name: counts[name])
    if max(cjk, counts[best]) <= latin_words:
        return None
    if cjk >= counts[best]:
        # Japanese writes kana around its kanji; Chinese has none (a few in a name at most).
        return "ja" if counts["kana"] > 0.05 * cjk else "zh"
    if best == "cyrillic":
        return "uk" if _UKRAINIAN.intersection(text) else "ru"
    return best


def detect(text: str) -> str | None:
    """The ISO 639-1 code of ``text``'s language, or None when the text does not say."""
    words = _LATIN_WORD.findall(text.lower())
    script = _script(text, len(words))
    if script:
        return script
    scores = dict.fromkeys(FUNCTION_WORDS, 0.0)
    weights = _weights()
    counts = Counter(words)
    for word in counts.keys() & weights.keys():  # the few function words, each once
        for code, weight in weights[word]:
            scores[code] += weight * counts[word]
    best = max(scores, key=scores.__getitem__)  # the first of a tie, in FUNCTION_WORDS order
    top = scores.pop(best)
    runner_up = max(scores.values(), default=0.0)
    if top < MIN_EVIDENCE or top < 1.2 * runner_up:
        return None
    return best


_PARAGRAPH = re.compile(r"\n[^\S\n]*\n\s*")


def paragraphs(text: str, default: str | None = None) -> list[tuple[int, int, str | None]]:
    """The text as (start, end, code) runs of paragraphs in one language, covering it whole.

    A paragraph too short to tell (a dateline, a figure alone) takes the language of
    the paragraph before it, or of the first that tells, or ``default``.
    """
    return list(_paragraphs(text, default))


# Cached: a document's language is told from its paragraphs when it is loaded, and the same
# runs say how to read it a moment later (two texts: `check` loads two versions, then reads).
@functools.lru_cache(maxsize=2)
def _paragraphs(text: str, default: str | None) -> tuple[tuple[int, int, str | None], ...]:
    spans: list[tuple[int, int]] = []
    start = 0
    for brk in _PARAGRAPH.finditer(text):
        spans.append((start, brk.end()))
        start = brk.end()
    if start < len(text) or not spans:
        spans.append((start, len(text)))
    codes = [detect(text[a:b]) for a, b in spans]
    known = next((code for code in codes if code), default)
    runs: list[tuple[int, int, str | None]] = []
    for (a, b), code in zip(spans, codes, strict=True):
        code = code or (runs[-1][2] if runs else known)
        if runs and runs[-1][2] == code:
            runs[-1] = (runs[-1][0], b, code)
        else:
            runs.append((a, b, code))
    return tuple(runs)


#: Language names a front matter or an option may give instead of a code.
_NAMES = {
    "english": "en", "spanish": "es", "español": "es", "espanol": "es", "castellano": "es",
    "french": "fr", "français": "fr", "francais": "fr", "portuguese": "pt",
    "português": "pt", "portugues": "pt", "german": "de", "deutsch": "de", "chinese": "zh",
    "中文": "zh", "japanese": "ja", "日本語": "ja", "italian": "it", "dutch": "nl",
    "russian": "ru", "korean": "ko",
}  # fmt: skip


def normalize(tag: str) -> str:
    """A language code from a tag or name: "pt-BR" -> "pt", "zh_Hant" -> "zh", "German" -> "de"."""
    tag = tag.strip().lower()
    if tag in _NAMES:
        return _NAMES[tag]
    return re.split(r"[-_\s]", tag, maxsplit=1)[0]


def document_language(
    text: str, front_matter_lang: str | None = None, option: str | None = None
) -> str:
    """The language to read ``text`` in: the option, else front matter ``lang:``, else detected.

    Text that names no language (figures alone, a few words) is read as English, as
    figcheck always has.
    """
    for given in (option, front_matter_lang):
        if given and given.strip():
            return normalize(given)
    return dominant(text) or "en"


def dominant(text: str) -> str | None:
    """The language most of ``text`` is written in, paragraph by paragraph (an English
    story quoting a Spanish paragraph is English), else what the whole text says."""
    shares: dict[str, int] = {}
    for start, end, code in _paragraphs(text, None):
        if code:
            shares[code] = shares.get(code, 0) + end - start
    return max(shares, key=shares.__getitem__) if shares else detect(text)
