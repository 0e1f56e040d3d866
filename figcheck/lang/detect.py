"""Which language a document (or each of its paragraphs) is written in.

Scripts decide first (kana means Japanese; Han without kana, Chinese; Hangul,
Korean; Cyrillic, Russian or Ukrainian ...); Latin-script text is told by its function
words, each weighted by how few languages share it ("de" says little, "und" a lot).
A language figcheck does not read is still named when the evidence is clear, so the
caller can say "language xx not supported" instead of reading it as English.
Nothing here imports a lexicon: detection runs on every document and must stay cheap.
"""

from __future__ import annotations

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

_SCRIPTS = [
    ("kana", re.compile(r"[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]")),
    ("han", re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")),
    ("ko", re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")),
    ("cyrillic", re.compile(r"[\u0400-\u04ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
    ("th", re.compile(r"[\u0e00-\u0e7f]")),
    ("hi", re.compile(r"[\u0900-\u097f]")),
]
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")
#: Latin-script words; an elided article stands apart ("l'état": "l", "état").
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]+")
#: How many function words (weighted) a Latin-script text needs before it is named.
MIN_EVIDENCE = 1.5
_WEIGHTS: dict[str, dict[str, float]] = {}


def _weights() -> dict[str, dict[str, float]]:
    """Each function word's weight in each language: 1 / the number of languages using it."""
    if not _WEIGHTS:
        shared = Counter(word for words in FUNCTION_WORDS.values() for word in words)
        for code, words in FUNCTION_WORDS.items():
            _WEIGHTS[code] = {word: 1 / shared[word] for word in words}
    return _WEIGHTS


def _script(text: str, latin_words: int) -> str | None:
    """The language a non-Latin script names, when it outweighs the Latin words."""
    counts = {name: len(pattern.findall(text)) for name, pattern in _SCRIPTS}
    cjk = counts["kana"] + counts["han"]
    best = max(counts, key=lambda name: counts[name])
    if max(cjk, counts[best]) <= latin_words:
        return None
    if cjk >= counts[best]:
        # Japanese writes kana around its kanji; Chinese has none (a few in a name at most).
        return "ja" if counts["kana"] > 0.05 * cjk else "zh"
    if best == "cyrillic":
        return "uk" if _UKRAINIAN.search(text) else "ru"
    return best


def detect(text: str) -> str | None:
    """The ISO 639-1 code of ``text``'s language, or None when the text does not say."""
    words = [w.lower() for w in _LATIN_WORD.findall(text)]
    script = _script(text, len(words))
    if script:
        return script
    scores = Counter[str]()
    for code, weights in _weights().items():
        scores[code] = sum(weights.get(word, 0.0) for word in words)
    if not scores:
        return None
    (best, top), *rest = scores.most_common()
    runner_up = rest[0][1] if rest else 0.0
    if top < MIN_EVIDENCE or top < 1.2 * runner_up:
        return None
    return best


_PARAGRAPH = re.compile(r"\n[^\S\n]*\n\s*")


def paragraphs(text: str, default: str | None = None) -> list[tuple[int, int, str | None]]:
    """The text as (start, end, code) runs of paragraphs in one language, covering it whole.

    A paragraph too short to tell (a dateline, a figure alone) takes the language of
    the paragraph before it, or of the first that tells, or ``default``.
    """
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
    return runs


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
    return detect(text) or "en"
