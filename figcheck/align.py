"""Which figures in different documents report the same fact.

Two versions of a story rarely agree word for word: rewrites paraphrase, translations
rename people ("Keimei" for "Qiming"), spun copies reorder paragraphs and insert spam.
So a figure is matched by the words around it — its sentence with the figure taken
out, a narrower window, the counted noun — and only then, as a tie-breaker, by its
value: the whole point is to pair "48 turbines" with "50 turbines".

Every version is aligned to one pivot (the reference, else the document with the most
figures), so the cost grows linearly with the number of versions. Figures no pivot
figure claimed get further rounds against the next pivot, so a fact missing from the
pivot can still be checked between the other versions.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from figcheck.document import Version
from figcheck.figures import Figure, FigureRef

#: Combined score (0-100 scale, see ``score``) a pair needs to count as the same fact.
THRESHOLD = 58.0
#: A pair between FLOOR and THRESHOLD counts only as both figures' clear favourite.
FLOOR = 50.0
MARGIN = 8.0
#: Extra rounds against a new pivot for the figures nobody claimed.
EXTRA_ROUNDS = 2
#: Members of a fact an unclaimed figure is compared with in the rescue pass.
RESCUE_MEMBERS = 3
#: Characters of context kept on each side of a figure for the narrow window.
WINDOW = 60

_SENTENCE_END = re.compile(r"(?<=[.!?\u3002])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])|\n\s*\n|\n(?=\S)")
_WORD = re.compile(r"[^\W_]+", re.U)
_STOPWORDS = frozenset(
    "a an the of in on at to for from by with and or but as is was were be been it its "
    "that this which who said says had has have will would could".split()
)


@dataclass(frozen=True)
class Profile:
    """What alignment knows about one figure: its family and the words around it."""

    ref: FigureRef
    family: str
    #: Offset where the figure's sentence starts: figures of one sentence share it.
    sentence_start: int
    sentence: str
    #: The sentence with its neighbours.
    wide: str
    window: str
    noun: str
    figure: Figure
    #: What the tie-breakers look at, so their results can be shared between alike pairs.
    key: tuple = ()


def family(fig: Figure) -> str:
    """Figures of one family can report the same fact; a conversion pairs only with one."""
    if fig.kind in ("count", "number"):
        base = "count"
    elif fig.kind in ("date", "period"):
        base = "date"
    elif fig.kind == "quantity":
        base = f"quantity:{dict(fig.extra).get('dimensionality', fig.unit)}"
    else:
        base = fig.kind
    if fig.conversion_of is not None:
        base += "/conversion"
    if fig.range_part:
        base += f"/{fig.range_part}"
    return base


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, good enough for news prose without line breaks."""
    spans = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _words(text: str) -> str:
    return " ".join(w for w in _WORD.findall(text.lower()) if w not in _STOPWORDS)


@dataclass
class _Run:
    """The versions being aligned and the word work shared by every pair of them."""

    versions: Sequence[Version]
    reference: int | None = None
    cache: dict[Any, Any] = field(default_factory=dict)

    def profiles(self, doc_index: int) -> list[Profile]:
        """Each figure's profile, computed once per run (alignment and rules share them)."""
        key = ("profiles", doc_index)
        if key not in self.cache:
            self.cache[key] = _profiles(self, doc_index)
        return self.cache[key]


@dataclass(frozen=True)
class Alignment:
    """Groups of figures that report the same fact, and the word profiles behind them."""

    #: One tuple of figure references per fact, at most one figure per version each.
    facts: tuple[tuple[FigureRef, ...], ...]
    _run: _Run = field(repr=False, compare=False)

    def profiles(self, doc_index: int) -> list[Profile]:
        """Read-only: the profile of each figure of one version, in figure order."""
        return self._run.profiles(doc_index)


def _profiles(context: _Run, doc_index: int) -> list[Profile]:
    version = context.versions[doc_index]
    text = version.document.text
    spans = sentence_spans(text)
    starts = [s for s, _ in spans]
    words = _Words(text, spans, context.cache.setdefault("sentence words", {}))
    # A context depends only on its text and where the figure sits in it, and versions
    # repeat sentences with the same figures in them: each is worked out once per run.
    known = context.cache.setdefault("contexts", {})
    nouns = context.cache.setdefault("nouns", {})

    def around(start: int, cut_start: int, cut_end: int, end: int) -> str:
        key = (text[start:end], cut_start - start, cut_end - start)
        if key not in known:
            known[key] = words.around(start, cut_start, cut_end, end)
        return known[key]

    out = []
    for index, fig in enumerate(version.figures):
        start, end = fig.span
        at = max(0, bisect.bisect_right(starts, fig.start) - 1)
        s_start, s_end = spans[at]
        s_end = max(s_end, end)
        sentence = around(s_start, start, end, s_end)
        # Rewrites split and merge sentences: the sentence with either neighbour.
        w_start = spans[max(0, at - 1)][0]
        w_end = max(spans[min(len(spans) - 1, at + 1)][1], end)
        wide = around(w_start, start, end, w_end)
        window = around(max(s_start, start - WINDOW), start, end, min(s_end, end + WINDOW))
        if fig.noun not in nouns:
            nouns[fig.noun] = _words(fig.noun or "")
        noun = nouns[fig.noun]
        out.append(
            Profile(
                FigureRef(doc_index, index),
                family(fig),
                s_start,
                sentence,
                wide,
                window,
                noun,
                fig,
                (noun, _closeness_key(fig)),
            )
        )
    return out


class _Words:
    """``_words`` of slices of one text, each sentence read once per run.

    A document's figures look at overlapping sentences, and versions of a story repeat
    sentences, so each distinct sentence's words are found once, with their offsets. No
    word runs across a sentence boundary (sentences are parted by spaces and quotes), so
    a slice's words are those of the sentences it covers, clipped at its ends (a run of
    word characters cut anywhere is still one word). Where lower-casing is not one
    character for one (Greek final sigma, dotted capital I) slices are read on their own.
    """

    def __init__(self, text: str, spans: list[tuple[int, int]], memo: dict):
        self.text = text
        lower = text.lower()
        self.exact = len(lower) == len(text) and "\u03a3" not in text
        if self.exact:
            self.spans = spans
            self.starts = [start for start, _ in spans]
            self.sentences = []
            for start, end in spans:
                sentence = text[start:end]
                if sentence not in memo:
                    memo[sentence] = _SentenceWords(lower[start:end])
                self.sentences.append(memo[sentence])

    def around(self, start: int, cut_start: int, cut_end: int, end: int) -> str:
        """``_words`` of text[start:end] with text[cut_start:cut_end] taken out."""
        if not self.exact:
            text = self.text
            return _words(text[start:cut_start] + " " + text[cut_end:end])
        return " ".join(self._slice(start, cut_start) + self._slice(cut_end, end))

    def _slice(self, start: int, end: int) -> list[str]:
        out: list[str] = []
        at = max(0, bisect.bisect_right(self.starts, start) - 1)
        while at < len(self.spans) and self.spans[at][0] < end:
            s_start, s_end = self.spans[at]
            low, high = max(start, s_start), min(end, s_end)
            if low < high:
                out += self.sentences[at].slice(low - s_start, high - s_start)
            at += 1
        return out


class _SentenceWords:
    """One lower-cased sentence's words with their offsets, stopwords counted apart."""

    def __init__(self, lower: str):
        found = list(_WORD.finditer(lower))
        self.lower = lower
        self.starts = [m.start() for m in found]
        self.ends = [m.end() for m in found]
        #: The words that are not stopwords, and how many of them come before each word.
        self.kept: list[str] = []
        self.kept_before: list[int] = []
        for m in found:
            self.kept_before.append(len(self.kept))
            if m.group() not in _STOPWORDS:
                self.kept.append(m.group())
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
        if head is not None and head not in _STOPWORDS:
            out.insert(0, head)
        if tail is not None and tail not in _STOPWORDS:
            out.append(tail)
        return out


def value_closeness(a: Figure, b: Figure) -> float:
    """1 for the same value, less as values part; never enough on its own to align."""
    if a.kind in ("date", "period") or b.kind in ("date", "period"):
        return _interval_closeness(a.value, b.value)
    if isinstance(a.value, Decimal) and isinstance(b.value, Decimal):
        if a.value == b.value and a.unit == b.unit:
            return 1.0
        low, high = sorted((abs(a.value), abs(b.value)))
        if high == 0:
            return 1.0
        ratio = float(low / high)
        if a.unit == b.unit and _thousands_apart(low, high):
            # "2.1 billion" against "2.1 million": a scale slip, as close as the words allow.
            return 0.6
        return 0.6 * ratio if a.unit == b.unit else 0.3 * ratio
    if a.vague and b.vague and a.text.lower() == b.text.lower():
        return 1.0
    if a.vague or b.vague:
        return 0.3
    return 0.0


def _interval_closeness(a, b) -> float:
    if not (isinstance(a, tuple) and isinstance(b, tuple)):
        return 0.0
    if a == b:
        return 1.0
    if None in a or None in b:
        # "until 2019" against "from 2016 to 2019": the one bound written is shared.
        if (a[1] and a[1] == b[1]) or (a[0] and a[0] == b[0]):
            return 0.9
    a_start, a_end = a[0] or "0000", a[1] or "9999"
    b_start, b_end = b[0] or "0000", b[1] or "9999"
    if a_start <= b_end and b_start <= a_end:
        return 0.7
    # Years a little apart ("2031" against "2033") are closer than years far apart.
    gap = max(int(b_start[:4]) - int(a_end[:4]), int(a_start[:4]) - int(b_end[:4]))
    return max(0.0, 0.4 * (1 - gap / 4))


def _thousands_apart(low: Decimal, high: Decimal) -> bool:
    """True when ``high`` is ``low`` times 1,000, 1,000,000 … (within 2%)."""
    if low == 0:
        return False
    ratio = high / low
    return any(abs(ratio / Decimal(10) ** power - 1) <= Decimal("0.02") for power in (3, 6, 9, 12))


#: Below this many words a context is too thin for a subset match to mean anything.
MIN_WORDS = 3


def _context_scores(ps: list[Profile], qs: list[Profile]):
    """Context part of ``score`` for every pair of ``ps`` and ``qs``."""
    return _Scores(ps, [qs]).context(0)


def _similar(a: list[str], b: list[str]):
    """token_set_ratio of every pair; token_sort_ratio where either side is too thin.

    token_set_ratio looks only at the sets of words, so it is computed on each string's
    sorted distinct words (the same score, found faster) and once per distinct set.
    """
    import numpy as np
    from rapidfuzz import fuzz, process

    sets_a = [_word_set(x) for x in a]
    sets_b, at_b = _unique([_word_set(x) for x in b])
    out = process.cdist(
        sets_a, sets_b, scorer=fuzz.token_set_ratio, dtype=np.float32,
        workers=_workers(sets_a, sets_b),
    )[:, np.array(at_b, dtype=np.intp)]  # fmt: skip
    thin_a = [i for i, x in enumerate(a) if x.count(" ") + 1 < MIN_WORDS]
    thin_b = [j for j, x in enumerate(b) if x.count(" ") + 1 < MIN_WORDS]
    if thin_a:
        out[thin_a, :] = process.cdist(
            [a[i] for i in thin_a], b, scorer=fuzz.token_sort_ratio, dtype=np.float32
        )
    if thin_b:
        out[:, thin_b] = process.cdist(
            a, [b[j] for j in thin_b], scorer=fuzz.token_sort_ratio, dtype=np.float32
        )
    return out


@functools.lru_cache(maxsize=1 << 16)
def _word_set(words: str) -> str:
    return " ".join(sorted(set(words.split(" "))))


#: Below this many pairs, starting threads costs more than it saves.
THREADED_PAIRS = 20000


def _workers(a: list, b: list) -> int:
    return -1 if len(a) * len(b) >= THREADED_PAIRS else 1


def _unique(strings: list[str]) -> tuple[list[str], list[int]]:
    """The distinct strings, and where each input string stands among them."""
    index: dict[str, int] = {}
    positions = [index.setdefault(x, len(index)) for x in strings]
    return list(index), positions


class _Scores:
    """Context scores of one pivot family against the same family in many documents.

    A pair's score depends only on the two figures' strings, and versions of a story
    repeat sentences, so each distinct string is scored once against the pivot, in a
    few large rapidfuzz calls rather than several small ones per document.

    Neighbours can only help (a version that split or merged sentences gains, none
    loses): the wide similarity is the best of sentence and sentence-with-neighbours
    on either side.
    """

    def __init__(self, ps: list[Profile], qss: list[list[Profile]]):
        import numpy as np
        from rapidfuzz import fuzz, process

        p_sent, p_wide = [p.sentence for p in ps], [p.wide for p in ps]
        sents, sent_at = _unique([q.sentence for qs in qss for q in qs])
        wides, wide_at = _unique([q.wide for qs in qss for q in qs])
        windows, window_at = _unique([q.window for qs in qss for q in qs])
        sentence = _similar(p_sent, sents)
        window = process.cdist(
            [p.window for p in ps], windows, scorer=fuzz.token_sort_ratio,
            dtype=np.float32, workers=_workers(ps, windows),
        )  # fmt: skip
        wide = _similar(p_wide, wides)
        self._parts = []
        offset = 0
        for qs in qss:
            at = slice(offset, offset + len(qs))
            offset += len(qs)
            s_cols, w_cols = (
                np.array(sent_at[at], dtype=np.intp),
                np.array(wide_at[at], dtype=np.intp),
            )
            part_sentence = sentence[:, s_cols]
            part_window = window[:, np.array(window_at[at], dtype=np.intp)]
            part_wide = np.maximum(part_sentence, wide[:, w_cols])
            # One side's sentence against the other's neighbourhood catches split and merged
            # sentences; only worth computing where a perfect wide score could reach the floor.
            hopeful = 0.35 * part_sentence + 25 + 0.25 * part_window + 18 >= FLOOR
            rows, cols = hopeful.any(axis=1).nonzero()[0], hopeful.any(axis=0).nonzero()[0]
            if not (len(rows) and len(cols)):
                rows = cols = np.zeros(0, dtype=np.intp)
            self._parts.append(
                (part_sentence, part_window, part_wide, rows, cols, s_cols[cols], w_cols[cols])
            )
        # The cross scores every document needs, each distinct pair computed once.
        rows = sorted({int(r) for part in self._parts for r in part[3]})
        if not rows:
            return
        need_sent = sorted({int(c) for part in self._parts for c in part[5]})
        need_wide = sorted({int(c) for part in self._parts for c in part[6]})
        row_at = np.full(len(ps), -1, dtype=np.intp)
        row_at[rows] = np.arange(len(rows))
        sent_pos = np.full(len(sents), -1, dtype=np.intp)
        sent_pos[need_sent] = np.arange(len(need_sent))
        wide_pos = np.full(len(wides), -1, dtype=np.intp)
        wide_pos[need_wide] = np.arange(len(need_wide))
        sent_x_wide = _similar([p_sent[r] for r in rows], [wides[c] for c in need_wide])
        wide_x_sent = _similar([p_wide[r] for r in rows], [sents[c] for c in need_sent])
        for _, _, part_wide, rows_k, cols_k, sent_k, wide_k in self._parts:
            if not len(rows_k):
                continue
            r = row_at[rows_k]
            cross = np.maximum(
                sent_x_wide[np.ix_(r, wide_pos[wide_k])], wide_x_sent[np.ix_(r, sent_pos[sent_k])]
            )
            block = np.ix_(rows_k, cols_k)
            part_wide[block] = np.maximum(part_wide[block], cross)

    def context(self, k: int):
        """The context scores against the k-th document's figures."""
        sentence, window, wide = self._parts[k][:3]
        return 0.35 * sentence + 0.25 * wide + 0.25 * window


def _closeness_key(fig: Figure) -> tuple:
    """Everything value_closeness looks at."""
    return (fig.kind, fig.value, fig.unit, fig.vague, fig.text.lower())


def _tie_breakers(p: Profile, q: Profile) -> float:
    """The counted noun and the value: enough to choose between contexts, never alone."""
    total = 0.0
    if p.noun and q.noun:
        from rapidfuzz import fuzz

        total += 8.0 if fuzz.token_set_ratio(p.noun, q.noun) >= 80 else -4.0
    return total + 10.0 * value_closeness(p.figure, q.figure)


def _greedy(candidates: list[tuple]) -> list[tuple]:
    """One-to-one pairs, best score first; ties broken by position for a stable result."""
    candidates.sort(key=lambda c: c[:3])
    taken_a: set = set()
    taken_b: set = set()
    pairs = []
    for _, a, b, *payload in candidates:
        if a in taken_a or b in taken_b:
            continue
        taken_a.add(a)
        taken_b.add(b)
        pairs.append((a, b, *payload))
    return pairs


def _by_family(profiles: list[Profile]) -> dict[str, list[Profile]]:
    out: dict[str, list[Profile]] = {}
    for p in profiles:
        out.setdefault(p.family, []).append(p)
    return out


def _match_all(
    pivot: list[Profile], others: list[list[Profile]]
) -> list[list[tuple[Profile, Profile]]]:
    """``_match`` of the pivot against each of several documents, scored in bulk."""
    by_family_p = _by_family(pivot)
    by_family = [_by_family(other) for other in others]
    scores: dict[str, tuple[_Scores, dict[int, int]]] = {}
    memo = _TieMemo()
    for fam, ps in by_family_p.items():
        having = [k for k, families in enumerate(by_family) if fam in families]
        if having:
            bulk = _Scores(ps, [by_family[k][fam] for k in having])
            scores[fam] = (bulk, {k: n for n, k in enumerate(having)})
    out = []
    for k, families in enumerate(by_family):
        contexts = {}
        for fam in by_family_p:
            if fam in families:
                bulk, at = scores[fam]
                contexts[fam] = bulk.context(at[k])
        out.append(_match(pivot, others[k], contexts, memo))
    return out


def _match(
    pivot: list[Profile],
    other: list[Profile],
    contexts: dict | None = None,
    memo: _TieMemo | None = None,
) -> list[tuple[Profile, Profile]]:
    """One-to-one pairs of the same fact between the pivot's figures and another's."""
    import numpy as np

    memo = memo if memo is not None else _TieMemo()
    by_family = _by_family(other)
    by_family_p = _by_family(pivot)
    scored = []
    matrices = {}  # each family's context scores, pivot figures by the other's
    for fam, ps in by_family_p.items():
        qs = by_family.get(fam)
        if not qs:
            continue
        context = contexts[fam] if contexts is not None else _context_scores(ps, qs)
        matrices[fam] = context
        # Noun and value add at most 18 points: skip pairs that cannot reach the floor.
        rows, cols = (context >= FLOOR - 18).nonzero()
        if not len(rows):
            continue
        totals = context[rows, cols].astype(np.float64) + memo.scores(ps, qs, rows, cols)
        keep = (totals >= FLOOR).nonzero()[0]
        for total, i, j in zip(
            totals[keep].tolist(), rows[keep].tolist(), cols[keep].tolist(), strict=True
        ):
            p, q = ps[i], qs[j]
            scored.append((-total, p.ref.fig, q.ref.fig, p, q))
    pairs = _best(_accepted(scored))
    return pairs + _between_anchors(by_family_p, by_family, pairs, matrices)


#: A pair alone in the same gap between two aligned neighbours needs this total only,
#: where the neighbours stand at most GAP_CHARS apart in both versions (order is good
#: evidence across a paragraph, not across a page).
GAP_FLOOR = 40.0
GAP_CHARS = 600


def _between_anchors(
    by_family_p: dict[str, list[Profile]],
    by_family: dict[str, list[Profile]],
    pairs: list[tuple[Profile, Profile]],
    contexts: dict,
) -> list[tuple[Profile, Profile]]:
    """Pairs that stand alone between the same two aligned neighbours in both versions.

    A spun rewrite swaps every word for a synonym ("A vehicle will pay 5.40 pounds to
    utilize the passage") yet keeps the order of the story: when the facts before and
    after line up, and each version has one figure of a kind between them, those two
    report the same fact unless their words say otherwise (GAP_FLOOR) or the gap is
    long (GAP_CHARS).
    """
    anchors = sorted(pairs, key=lambda pair: pair[0].ref.fig)
    anchor_figs = [p.ref.fig for p, _ in anchors]
    taken_q = {q.ref.fig for _, q in pairs}
    found = []
    for fam, ps in by_family_p.items():
        qs = by_family.get(fam)
        if not qs:
            continue
        q_figs = [q.ref.fig for q in qs]  # in text order, as profiles are
        in_gap: dict[int, list[Profile]] = {}
        for p in ps:
            k = bisect.bisect_left(anchor_figs, p.ref.fig)
            if 0 < k < len(anchors) and anchor_figs[k] != p.ref.fig:
                in_gap.setdefault(k, []).append(p)
        for k, inside_p in in_gap.items():
            (pa, qa), (pb, qb) = anchors[k - 1], anchors[k]
            if len(inside_p) != 1 or qa.ref.fig >= qb.ref.fig:
                continue  # several candidates, or the neighbours cross: no gap to speak of
            if max(pb.figure.start - pa.figure.end, qb.figure.start - qa.figure.end) > GAP_CHARS:
                continue
            low = bisect.bisect_right(q_figs, qa.ref.fig)
            high = bisect.bisect_left(q_figs, qb.ref.fig)
            if high - low != 1 or q_figs[low] in taken_q:
                continue
            p, q = inside_p[0], qs[low]
            if float(contexts[fam][ps.index(p), low]) + _tie_breakers(p, q) >= GAP_FLOOR:
                found.append((p, q))
    return found


class _TieMemo:
    """``_tie_breakers`` of many pairs, each distinct pair of keys computed once.

    Versions repeat figures, so a run has far fewer distinct (key, key) pairs than pairs.
    """

    def __init__(self):
        self._ids: dict[tuple, int] = {}
        self._known: dict[int, float] = {}

    def _id(self, p: Profile) -> int:
        return self._ids.setdefault(p.key, len(self._ids))

    def scores(self, ps: list[Profile], qs: list[Profile], rows, cols):
        """The tie-breakers of the pairs (ps[rows[n]], qs[cols[n]]), as an array."""
        import numpy as np

        p_ids = np.array([self._id(p) for p in ps], dtype=np.int64)
        q_ids = np.array([self._id(q) for q in qs], dtype=np.int64)
        codes = (p_ids[rows] << 32) | q_ids[cols]
        distinct, first, inverse = np.unique(codes, return_index=True, return_inverse=True)
        values = []
        for code, at in zip(distinct.tolist(), first.tolist(), strict=True):
            if code not in self._known:
                self._known[code] = _tie_breakers(ps[rows[at]], qs[cols[at]])
            values.append(self._known[code])
        return np.array(values, dtype=np.float64)[inverse.reshape(-1)]


def _accepted(scored: list[tuple]) -> list[tuple]:
    """Pairs above THRESHOLD, and clear mutual favourites above FLOOR.

    A heavily paraphrased sentence ("site surveys that ran until 2023") can score below
    the threshold and still stand far above every other candidate on both sides.
    """
    # The best and second-best total of each figure (0 when it has one candidate).
    top_p: dict[int, list[float]] = {}
    top_q: dict[int, list[float]] = {}
    for neg, pi, qi, _, _ in scored:
        total = -neg
        for tops, key in ((top_p, pi), (top_q, qi)):
            top = tops.get(key)
            if top is None:
                tops[key] = [total, 0.0]
            elif total > top[0]:
                top[0], top[1] = total, top[0]
            elif total > top[1]:
                top[1] = total

    def clear(total: float, top: list[float]) -> bool:
        return total == top[0] and total - top[1] >= MARGIN

    return [
        cand
        for cand in scored
        if -cand[0] >= THRESHOLD
        or (clear(-cand[0], top_p[cand[1]]) and clear(-cand[0], top_q[cand[2]]))
    ]


#: Largest group of competing pivot figures solved exactly; bigger ones are matched greedily.
EXACT_LIMIT = 6
#: ... and only while the assignments to try stay few.
EXACT_BUDGET = 2000


def _best(candidates: list[tuple]) -> list[tuple[Profile, Profile]]:
    """The one-to-one pairs with the highest total score, per group of competing figures.

    Greedy matching can give "48 specialists" the "200 tech specialists" of another
    version for the noun's sake, leaving 200 unpaired; figures that compete for the same
    partners (usually those of one sentence) are few, so their best assignment is searched.
    """
    # Union-find over figures: pivot figure i is node 2i, the other's figure j is 2j+1.
    # Components are solved independently, so their order does not change the result.
    size = 2 * max((max(c[1], c[2]) for c in candidates), default=0) + 2
    parent = list(range(size))

    def find(x: int) -> int:
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    for _, pi, qi, _, _ in candidates:
        parent[find(2 * pi)] = find(2 * qi + 1)
    components: dict[int, list[tuple]] = {}
    for cand in candidates:
        components.setdefault(find(2 * cand[1]), []).append(cand)
    pairs = []
    for group in components.values():
        per_pivot: dict[int, list[tuple]] = {}
        for cand in group:
            per_pivot.setdefault(cand[1], []).append(cand)
        pivots = sorted(per_pivot)
        options_count = 1
        for pi in pivots:
            options_count *= 1 + len(per_pivot[pi])
        if len(pivots) > EXACT_LIMIT or options_count > EXACT_BUDGET:
            pairs.extend((p, q) for _, _, p, q in _greedy(group))
            continue
        options = {pi: sorted(per_pivot[pi], key=lambda c: c[:3]) for pi in pivots}
        pairs.extend((c[3], c[4]) for c in _best_assignment(pivots, options))
    return pairs


def _best_assignment(pivots: list[int], options: dict[int, list[tuple]]) -> list[tuple]:
    """Exhaustive search over a few pivot figures: each takes one free partner or none.

    A branch stops when even the best partner for every pivot figure left could not beat
    the best assignment found so far (with a little slack, so rounding never prunes one).
    """
    best: tuple[float, list[tuple]] = (0.0, [])
    # The most the pivot figures from i on can still add.
    reach = [0.0] * (len(pivots) + 1)
    for i in range(len(pivots) - 1, -1, -1):
        reach[i] = reach[i + 1] + max(-c[0] for c in options[pivots[i]])
    choices = [options[pi] for pi in pivots]

    def search(i: int, used: frozenset, total: float, chosen: list[tuple]) -> None:
        nonlocal best
        if i == len(pivots):
            if total > best[0] + 1e-9:
                best = (total, list(chosen))
            return
        if total + reach[i] + 1e-6 < best[0]:
            return
        for cand in choices[i]:
            if cand[2] not in used:
                chosen.append(cand)
                search(i + 1, used | {cand[2]}, total - cand[0], chosen)
                chosen.pop()
        search(i + 1, used, total, chosen)

    search(0, frozenset(), 0.0, [])
    return best[1]


def _rescue(
    groups: list[list[Profile]], free: list[Profile], doc: int, present: list[bool] | None = None
) -> None:
    """Offer a document's unclaimed figures to facts it is missing from, via other members.

    The pivot may word a fact differently from every version while a sibling words it
    alike ("1.2 billion euro" in the pivot, "1.2 million euros" in a translation that
    follows the rewrite). Only the first few members are tried, so cost stays linear.
    """
    wanted = [
        (g, group)
        for g, group in enumerate(groups)
        if not (present[g] if present is not None else any(m.ref.doc == doc for m in group))
    ]
    # Every (member, figure) pair of one family is scored in one go. A pair scored in
    # bulk can differ from one scored alone only where neither could reach the floor.
    families = {group[0].family for _, group in wanted}
    contexts = {}
    for fam in families:
        qs = [q for q in free if q.family == fam]
        if not qs:
            continue
        ms = list({id(m): m for _, group in wanted if group[0].family == fam
                   for m in group[:RESCUE_MEMBERS]}.values())  # fmt: skip
        matrix = _Scores(ms, [qs]).context(0)
        rows = {id(m): i for i, m in enumerate(ms)}
        contexts[fam] = (matrix, rows, {id(q): j for j, q in enumerate(qs)})
    candidates = []
    for g, group in wanted:
        if group[0].family not in contexts:
            continue
        matrix, rows, cols = contexts[group[0].family]
        for q in free:
            if q.family != group[0].family:
                continue
            total = max(
                float(matrix[rows[id(m)], cols[id(q)]]) + _tie_breakers(m, q)
                for m in group[:RESCUE_MEMBERS]
            )
            if total >= THRESHOLD:
                candidates.append((-total, g, q.ref.fig, q))
    for g, _, q in _greedy(candidates):
        groups[g].append(q)


def align(versions: Sequence[Version], reference: int | None = None) -> Alignment:
    """Groups of figures reporting the same fact: at most one figure per version each."""
    context = _Run(versions, reference)
    return Alignment(tuple(tuple(fact) for fact in _facts_of(context)), context)


def _facts_of(context: _Run) -> list[list[FigureRef]]:
    count = len(context.versions)
    if count < 2:
        return []
    free = {d: context.profiles(d) for d in range(count)}
    if context.reference is not None:
        pivots = [context.reference]
        rounds = 1
    else:
        pivots = []
        rounds = 1 + EXTRA_ROUNDS
    facts: list[list[FigureRef]] = []
    for round_index in range(rounds):
        if round_index < len(pivots):
            pivot = pivots[round_index]
        else:
            remaining = [d for d in range(count) if free[d] and d not in pivots]
            if not remaining:
                break
            pivot = max(remaining, key=lambda d: (len(free[d]), -d))
            pivots.append(pivot)
        groups = {p.ref.fig: [p] for p in free[pivot]}
        others = [d for d in range(count) if d != pivot and d not in pivots[:-1]]
        for matched in _match_all(free[pivot], [free[d] for d in others]):
            for p, q in matched:
                groups[p.ref.fig].append(q)
        formed = [g for g in groups.values() if len(g) > 1]
        if context.reference is None:
            # A rescue adds only its own document's figures, so what each document has
            # claimed, and which facts it is in, can be known before any rescue.
            claimed_in: dict[int, set[FigureRef]] = {}
            present = {d: [False] * len(formed) for d in others}
            for g, group in enumerate(formed):
                for m in group:
                    claimed_in.setdefault(m.ref.doc, set()).add(m.ref)
                    if m.ref.doc in present:
                        present[m.ref.doc][g] = True
            for d in others:
                claimed = claimed_in.get(d, set())
                _rescue(formed, [q for q in free[d] if q.ref not in claimed], d, present[d])
        claimed = {m.ref for g in formed for m in g}
        facts.extend(sorted((m.ref for m in g), key=lambda r: (r.doc, r.fig)) for g in formed)
        for d in range(count):
            free[d] = [p for p in free[d] if p.ref not in claimed]
        free[pivot] = []
    facts.sort(key=lambda refs: (refs[0].doc, refs[0].fig))
    return facts
