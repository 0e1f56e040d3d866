"""Group fingerprints into stories: candidates from two indexes, then confirmation.

Candidates come from an inverted index of the rarer figure tokens (articles that
state the same uncommon numbers) and from MinHash bands of the word 3-grams
(rewrites in one language). Each index is a mapping from a key to the articles
that have it, so it can be built by a shuffle on a cluster as well as in a dict
here. A candidate pair becomes one story only when the figures the two articles
share, and the days they were published, confirm it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from figcheck.scan.fingerprint import PERMUTATIONS, Fingerprint, similarity

#: Rows per band of the word signature: bands of 2 catch pairs sharing about 30 % of their
#: 3-grams (what true rewrites share) with high probability.
BAND_ROWS = 2
#: A token in more articles than this counts for less, in proportion.
COMMON = 4
#: Evidence below this from one token is noise: common numbers and names add up otherwise.
NEGLIGIBLE = 0.15
#: A bucket of more articles than this is boilerplate shared by unrelated articles.
MAX_BUCKET = 60


@dataclass(frozen=True)
class Confirm:
    """How much evidence makes two candidate articles versions of one story.

    Evidence adds up: the figure tokens they share (each weighted by how telling it
    is), the words they share, and publication days close together. Figures carry a
    story across languages; words carry it across rewrites with few figures.
    """

    #: Evidence needed in all, and from the figures alone: articles alike in words but not
    #: in figures are different stories told the same way (results, weather, markets).
    needed: float = 1.0
    needed_from_figures: float = 0.5
    #: ... and that evidence must be this share of the smaller article's: two articles
    #: worded alike whose figures mostly differ are two stories.
    share: float = 0.3
    #: Estimated word 3-gram similarity of a rewrite (unrelated news shares under 1 %),
    #: and of a close rewrite, with the evidence each adds.
    words: float = 0.04
    words_evidence: float = 1.5
    close_words: float = 0.15
    close_words_evidence: float = 3.0
    #: Days apart within which publication counts for, and beyond which against.
    near_days: int = 3
    near_evidence: float = 0.5
    far_days: int = 45
    far_evidence: float = -1.0


def figure_keys(fp: Fingerprint) -> Iterator[tuple[str, str]]:
    """(index key, article id) for the figure index."""
    for token in fp.figures:
        yield f"f:{token}", fp.id


def band_keys(fp: Fingerprint) -> Iterator[tuple[str, str]]:
    """(index key, article id) for the word-signature bands."""
    if not fp.words:
        return
    for band in range(PERMUTATIONS // BAND_ROWS):
        rows = fp.words[band * BAND_ROWS : (band + 1) * BAND_ROWS]
        yield f"w{band}:" + ".".join(map(str, rows)), fp.id


def bucket_pairs(members: Sequence[str]) -> list[tuple[str, str]]:
    """Every pair of one bucket, smaller id first; oversized buckets give none."""
    ids = sorted(set(members))
    if len(ids) < 2 or len(ids) > MAX_BUCKET:
        return []
    return [(a, b) for i, a in enumerate(ids) for b in ids[i + 1 :]]


def weight(token: str, articles_with_it: int = 1) -> float:
    """How much sharing a figure token says: "1,348" much, "15" little, a year less,
    and a token that many articles of the archive state less again."""
    if token.startswith("n:"):
        shape = 0.5
    elif token.endswith("~"):
        shape = 0.34
    elif len(token) == 4 and token[:2] in ("19", "20"):
        shape = 0.25
    else:
        shape = 1.0 if len(token) >= 3 else 0.34
    if articles_with_it > COMMON:
        shape *= COMMON / articles_with_it
    return shape if shape >= NEGLIGIBLE else 0.0


class Weights:
    """Each figure token's weight in this archive, and each article's total, worked out once."""

    def __init__(self, fingerprints: Sequence[Fingerprint]):
        counts = Counter(token for fp in fingerprints for token in fp.figures)
        self.of = {token: weight(token, n) for token, n in counts.items()}
        self.total = {fp.id: sum(self.of[t] for t in fp.figures) for fp in fingerprints}


def confirmed(a: Fingerprint, b: Fingerprint, weights: Weights, rule: Confirm) -> bool:
    """Whether two candidate articles are versions of one story."""
    evidence = sum(weights.of[t] for t in a.figures & b.figures)
    if evidence < rule.needed_from_figures:
        return False
    if evidence < rule.share * min(weights.total[a.id], weights.total[b.id]):
        return False
    words = similarity(a.words, b.words)
    if words >= rule.close_words:
        evidence += rule.close_words_evidence
    elif words >= rule.words:
        evidence += rule.words_evidence
    if a.published is not None and b.published is not None:
        apart = abs((a.published - b.published).days)
        if apart <= rule.near_days:
            evidence += rule.near_evidence
        elif apart > rule.far_days:
            evidence += rule.far_evidence
    return evidence >= rule.needed


def stories(
    fingerprints: Sequence[Fingerprint],
    pairs: Iterable[tuple[str, str]],
    rule: Confirm = Confirm(),
) -> list[list[str]]:
    """Stories of two or more articles, each a sorted list of ids, sorted by first id."""
    by_id = {fp.id: fp for fp in fingerprints}
    weights = Weights(fingerprints)
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    for a, b in sorted(set(pairs)):
        if root(a) != root(b) and confirmed(by_id[a], by_id[b], weights, rule):
            ra, rb = sorted((root(a), root(b)))
            parent[rb] = ra
    members: dict[str, list[str]] = defaultdict(list)
    for ident in by_id:
        members[root(ident)].append(ident)
    return sorted((sorted(m) for m in members.values() if len(m) > 1), key=lambda m: m[0])


def index_pairs(keyed: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
    """Candidate pairs from (key, id) entries, grouped here (the embedded shuffle)."""
    buckets: dict[str, list[str]] = defaultdict(list)
    for key, ident in keyed:
        buckets[key].append(ident)
    return {pair for members in buckets.values() for pair in bucket_pairs(members)}
