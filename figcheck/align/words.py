"""The words alignment compares: sentences, and their words without stopwords.

Context is compared as bags of lower-cased words, so "The 48 turbines" and "its 48
turbines" read alike; stopwords are dropped because rewrites change them freely.

Chinese and Japanese write no spaces: a clause would be one "word" that two versions
never share. A run of Han or kana is read as its overlapping pairs of characters
("电池回收" as 电池, 池回, 回收), which needs no dictionary: two rewrites of a clause share
most of its pairs, and a single character is read alone.
"""

from __future__ import annotations

import bisect
import functools
import re

_SENTENCE_END = re.compile(r"(?<=[.!?\u3002])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])|\n\s*\n|\n(?=\S)")
_WORD = re.compile(r"[^\W_]+", re.U)
#: Han (with the iteration mark) and kana, read as pairs of characters.
_CJK_CHARS = "\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK = re.compile(f"[{_CJK_CHARS}]+")
_CJK_OR_NOT = re.compile(f"[{_CJK_CHARS}]+|[^{_CJK_CHARS}]+")
STOPWORDS = frozenset(
    "a an the of in on at to for from by with and or but as is was were be been it its "
    "that this which who said says had has have will would could".split()
)


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, good enough for news prose without line breaks."""
    spans = []
    start = 0
    ends = _SENTENCE_END if _CJK.search(text) is None else _unspaced_sentence_end()
    for match in ends.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


#: Closing quotes and brackets that may follow a sentence's end mark.
_CLOSERS = "\"'”’)）」』】"


def sentence_of(text: str, at: int) -> tuple[int, int]:
    """(start, end) of the sentence holding offset ``at`` (the whole text if none does)."""
    starts, spans = _sentences(text)
    for a, b in spans[max(0, bisect.bisect_right(starts, at) - 1) :]:
        if a <= at < max(b, a + 1):
            return a, b
        if a > at:
            break
    return 0, len(text)


@functools.lru_cache(maxsize=8)
def _sentences(text: str) -> tuple[list[int], list[tuple[int, int]]]:
    """The sentences of a version and their starts, found once per text: each figure a
    rule asks about looked for its own, and a long report (hundreds of conversions) spent
    seconds there."""
    spans = sentence_spans(text)
    return [a for a, _ in spans], spans


@functools.cache
def _unspaced_sentence_end() -> re.Pattern:
    """Sentence ends in text with Han or kana: also the end marks of the languages that put
    no space between sentences ("增长5%。销量…"), from their lexicons. A mark right before a
    closing quote ends the sentence only with a space after the quote: "「…。」と述べた" and
    "“…。”他说" go on. A mark that is the decimal mark written wide ends none between digits."""
    import unicodedata

    from figcheck.lang import UNSPACED, lexicon

    marks, decimals = set(), set()
    for code in UNSPACED:
        lex = lexicon(code)
        for mark in lex.sentence_ends:
            wide_decimal = unicodedata.normalize("NFKC", mark) == lex.decimal
            (decimals if wide_decimal else marks).add(mark)
    ends, stops, points = (
        re.escape("".join(sorted(m))) for m in (marks | decimals, marks, decimals)
    )
    after = [f"(?<=[{stops}])"] if marks else []
    if decimals:  # after the mark unless digits stand on both sides of it
        after += [rf"(?<=[{points}])(?!\d)", rf"(?<=[^\d][{points}])"]
    if not after:
        return _SENTENCE_END
    closers = re.escape(_CLOSERS)
    unspaced = rf"(?:{'|'.join(after)})(?:[{closers}]*\s+|(?![{ends}{closers}]))(?=\S)"
    return re.compile(f"{_SENTENCE_END.pattern}|{unspaced}")


def words(lower: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of each word of a lower-cased text, in order; a run of Han or
    kana gives its overlapping character pairs (one character alone stands as itself)."""
    if _CJK.search(lower) is None:  # no Han or kana: every word as it stands
        return [(match.start(), match.end(), match.group()) for match in _WORD.finditer(lower)]
    out = []
    for match in _WORD.finditer(lower):
        at = match.start()
        word = match.group()
        if not _CJK.search(word):
            out.append((at, match.end(), word))
            continue
        for part in _CJK_OR_NOT.finditer(word):
            start, piece = at + part.start(), part.group()
            if not _CJK.match(piece) or len(piece) == 1:
                out.append((start, start + len(piece), piece))
            else:
                out += [(start + i, start + i + 2, piece[i : i + 2]) for i in range(len(piece) - 1)]
    return out


def content_words(text: str) -> str:
    """The lower-cased words of ``text`` that are not stopwords, joined by single spaces."""
    return " ".join(w for _, _, w in words(text.lower()) if w not in STOPWORDS)


class TextWords:
    """``content_words`` of slices of one text, each sentence read once per run.

    A document's figures look at overlapping sentences, and versions of a story repeat
    sentences, so each distinct sentence's words are found once, with their offsets. No
    word runs across a sentence boundary (sentences are parted by spaces and quotes), so
    a slice's words are those of the sentences it covers, clipped at its ends (a run of
    word characters cut anywhere is still one word). Where lower-casing is not one
    character for one (Greek final sigma, dotted capital I), and in Chinese and Japanese
    text (whose character pairs overlap, so a cut pair is not a word), slices are read on
    their own.
    """

    def __init__(self, text: str, spans: list[tuple[int, int]], memo: dict):
        self.text = text
        lower = text.lower()
        self.exact = len(lower) == len(text) and "\u03a3" not in text and not _CJK.search(text)
        if self.exact:
            self.lower = lower
            self.spans = spans
            self.starts = [start for start, _ in spans]
            #: Each sentence's words, read when a slice first needs them (contexts kept
            #: from an earlier run need none), in ``memo`` shared with other versions.
            self.sentences: list[SentenceWords | None] = [None] * len(spans)
            self.memo = memo

    def around(self, start: int, cut_start: int, cut_end: int, end: int) -> str:
        """``content_words`` of text[start:end] with text[cut_start:cut_end] taken out."""
        if not self.exact:
            text = self.text
            return content_words(text[start:cut_start] + " " + text[cut_end:end])
        return " ".join(self._slice(start, cut_start) + self._slice(cut_end, end))

    def _slice(self, start: int, end: int) -> list[str]:
        out: list[str] = []
        at = max(0, bisect.bisect_right(self.starts, start) - 1)
        while at < len(self.spans) and self.spans[at][0] < end:
            s_start, s_end = self.spans[at]
            low, high = max(start, s_start), min(end, s_end)
            if low < high:
                out += self._sentence(at).slice(low - s_start, high - s_start)
            at += 1
        return out

    def _sentence(self, at: int) -> SentenceWords:
        found = self.sentences[at]
        if found is None:
            start, end = self.spans[at]
            sentence = self.text[start:end]
            found = self.memo.get(sentence)
            if found is None:
                found = self.memo[sentence] = SentenceWords(self.lower[start:end])
            self.sentences[at] = found
        return found


class SentenceWords:
    """One lower-cased sentence's words with their offsets, stopwords counted apart."""

    def __init__(self, lower: str):
        found = words(lower)
        self.lower = lower
        self.starts = [start for start, _, _ in found]
        self.ends = [end for _, end, _ in found]
        #: The words that are not stopwords, and how many of them come before each word.
        self.kept: list[str] = []
        self.kept_before: list[int] = []
        for _, _, word in found:
            self.kept_before.append(len(self.kept))
            if word not in STOPWORDS:
                self.kept.append(word)
        self.kept_before.append(len(self.kept))

    def slice(self, start: int, end: int) -> list[str]:
        """The words of lower[start:end] that are not stopwords."""
        # Words ending after ``start`` and starting before ``end``; those cut by an end
        # are clipped (and may become, or stop being, a stopword).
        first = bisect.bisect_right(self.ends, start)
        last = bisect.bisect_left(self.starts, end)
        if first >= last:
            return []
        head = tail = None
        if self.starts[first] < start or self.ends[first] > end:
            head = self.lower[max(start, self.starts[first]) : min(self.ends[first], end)]
            first += 1
        if last > first and self.ends[last - 1] > end:
            tail = self.lower[self.starts[last - 1] : end]
            last -= 1
        out = self.kept[self.kept_before[first] : self.kept_before[last]]
        if head is not None and head not in STOPWORDS:
            out.insert(0, head)
        if tail is not None and tail not in STOPWORDS:
            out.append(tail)
        return out
