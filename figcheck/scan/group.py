"""Group fingerprints into stories: candidates from two indexes, then confirmation.

Candidates come from an inverted index of the rarer figure tokens (articles that
state the same uncommon numbers) and from MinHash bands of the word 3-grams
(rewrites in one language). Each index is a mapping from a key to the articles
that have it, so it can be built by a shuffle on a cluster as well as in a dict
here. A candidate pair becomes one story only when the figures the two articles
share, and the days they were published, confirm it.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from figcheck.scan.fingerprint import PERMUTATIONS, Fingerprint, similarity

#: Rows per band of the word signature: bands of 2 catch pairs sharing about 30 % of their
#: 3-grams (what true rewrites share) with high probability.
BAND_ROWS = 2
BANDS = PERMUTATIONS // BAND_ROWS
#: A bucket of more articles than this is boilerplate shared by unrelated articles.
MAX_BUCKET = 60


@dataclass(frozen=True)
class Confirm:
    """How much evidence makes two candidate articles versions of one story.

    Evidence is surprise, in nats: sharing a token that one article in a thousand
    states is worth log(1000), less the log of how many tokens the smaller article
    offered for a chance match. Shared figures carry a story across languages;
    shared words and publication days close together add to them. The evidence
    needed grows with the log of the archive's size, since each article meets more
    strangers in a bigger archive.
    """

    #: Evidence needed beyond log(archive size).
    needed: float = 4.0
    #: Words count only when the shared figures are this share of the smaller article's:
    #: two articles worded alike whose figures mostly differ are two stories told the
    #: same way (results, weather, markets).
    share: float = 0.5
    #: Estimated word 3-gram similarity of a rewrite (unrelated news shares under 1 %),
    #: and of a close rewrite, with the evidence each adds.
    words: float = 0.04
    words_evidence: float = 3.0
    close_words: float = 0.15
    close_words_evidence: float = 6.0
    #: Days apart within which publication counts for, and beyond which against.
    near_days: int = 3
    near_evidence: float = 1.5
    far_days: int = 45
    far_evidence: float = -3.0


def figure_keys(fp: Fingerprint) -> Iterator[tuple[str, str]]:
    """(index key, article id) for the figure index."""
    for token in fp.figures:
        yield f"f:{token}", fp.id


def band_keys(fp: Fingerprint) -> Iterator[tuple[str, str]]:
    """(index key, article id) for the word-signature bands."""
    if not fp.words:
        return
    for band in range(BANDS):
        yield band_key(fp, band), fp.id


def band_key(fp: Fingerprint, band: int) -> str:
    """The key of one band of the word signature (4 bytes a row)."""
    return f"w{band}:" + fp.words[band * BAND_ROWS * 4 : (band + 1) * BAND_ROWS * 4].hex()


def add_member(members: tuple[str, ...], entry: tuple[str, str]) -> tuple[str, ...]:
    """A bucket with one more (key, id) entry's id; past MAX_BUCKET it stops growing, since
    it gives no pairs anyway (a fold on a cluster, bounded by the bucket size)."""
    return members if len(members) > MAX_BUCKET else (*members, entry[1])


def join_members(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
    """Two partial buckets of one key, as one (kept to MAX_BUCKET + 1 ids)."""
    return (a + b)[: MAX_BUCKET + 1]


def bucket_pairs(members: Sequence[str]) -> list[tuple[str, str]]:
    """Every pair of one bucket, smaller id first; oversized buckets give none."""
    ids = sorted(set(members))
    if len(ids) < 2 or len(ids) > MAX_BUCKET:
        return []
    return [(a, b) for i, a in enumerate(ids) for b in ids[i + 1 :]]


#: The least share of news articles that state a token of each shape, whatever the archive
#: says: a narrow archive (one desk, one season) under-counts years, small numbers and the
#: names every outlet prints, which news at large repeats.
FLOOR = {"name": 0.002, "scaled": 0.02, "year": 0.1, "short": 0.02, "mid": 0.002, "long": 0.0003}


def shape(token: str) -> str:
    """The shape of a figure token: what its least frequency depends on."""
    if token.startswith("n:"):
        return "name"
    if token.endswith("~"):
        return "scaled"
    if len(token) == 4 and token[:2] in ("19", "20"):
        return "year"
    return "short" if len(token) <= 2 else "mid" if len(token) == 3 else "long"


#: Articles of news at large that the archive's counts are read against: in a small
#: archive (a few stories, each stating its figures in every version) a token in three
#: of seven articles is still rare in the news; in one of a few hundred, the words of a
#: template that a tenth of them share are not.
BACKGROUND = 200
#: The evidence needed in an archive smaller than this is what this many would need:
#: a pair of a small archive is a pair of the news at large as well.
SMALLEST = 1000


def surprise(token: str, articles_with_it: int, articles: int) -> float:
    """-log of the chance that an article states the token, for a pair that shares it:
    the articles besides the pair that state it are the archive's evidence."""
    others = max(articles_with_it - 2, 0)
    chance = max(others / (articles - 2 + BACKGROUND), FLOOR[shape(token)])
    return -math.log(min(chance, 1.0))


#: Surprise of a token stated by one article in about seventeen: less tells nothing on its own.
TELLING = -math.log(0.06) - 1e-9


class Weights:
    """Each token's surprise in this archive, and each article's total, worked out once."""

    def __init__(self, fingerprints: Sequence[Fingerprint]):
        counts = Counter(token for fp in fingerprints for token in fp.figures)
        self.articles = len(fingerprints)
        self.of = {token: surprise(token, n, self.articles) for token, n in counts.items()}
        self.total = {fp.id: self.telling(fp.figures) for fp in fingerprints}

    def telling(self, tokens: Iterable[str]) -> float:
        """Surprise of the tokens that tell something on their own (TELLING or more),
        summed exactly: a set's order changes with the process's hash seed, and a sum
        rounded in another order could tip a pair on the threshold."""
        return math.fsum(self.telling_values(tokens))

    def telling_values(self, tokens: Iterable[str]) -> list[float]:
        return [v for v in map(self.of.__getitem__, tokens) if v >= TELLING]


def figure_evidence(values: Sequence[float], size: int) -> float:
    """Surprise of the shared tokens, less the log of the ways to match so many.

    ``values`` are the surprises of the telling tokens two articles share, and ``size``
    the smaller article's count of tokens. Matching k tokens of m by chance has about
    C(m, k) times their joint chance. Tokens less surprising than TELLING are left out:
    they come together (a template's words, a desk's boilerplate), so their small
    surprises do not add up. The most telling tokens are counted first, as many as make
    the evidence largest.
    """
    size = max(size, 1)
    found = best = 0.0
    for k, value in enumerate(sorted(values, reverse=True), start=1):
        found += value
        best = max(best, found - _log_choose(size, k))
    return best


def _log_choose(n: int, k: int) -> float:
    return math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1)


def evidence(a: Fingerprint, b: Fingerprint, weights: Weights, rule: Confirm) -> float:
    """Nats of evidence that two articles are versions of one story (see Confirm)."""
    values = weights.telling_values(a.figures & b.figures)
    found = figure_evidence(values, min(len(a.figures), len(b.figures)))
    if math.fsum(values) >= rule.share * min(weights.total[a.id], weights.total[b.id]):
        words = similarity(a.words, b.words)
        if words >= rule.close_words:
            found += rule.close_words_evidence
        elif words >= rule.words:
            found += rule.words_evidence
    if a.published is not None and b.published is not None:
        apart = abs((a.published - b.published).days)
        if apart <= rule.near_days:
            found += rule.near_evidence
        elif apart > rule.far_days:
            found += rule.far_evidence
    return found


def needed(weights: Weights, rule: Confirm) -> float:
    """Evidence that confirms a pair: more in a bigger archive, where chance meetings abound,
    and in a small one as much as among SMALLEST articles of news at large."""
    return math.log(max(weights.articles, SMALLEST)) + rule.needed


def confirmed(
    a: Fingerprint, b: Fingerprint, weights: Weights, rule: Confirm, need: float | None = None
) -> bool:
    """Whether two candidate articles are versions of one story (``need``: ``needed()``).

    Most candidates share one token by chance: the shared surprise plus the most that
    words and dates can add falls short, and the rest is not worked out.
    """
    need = needed(weights, rule) if need is None else need
    most = math.fsum(weights.telling_values(a.figures & b.figures))
    if most + rule.close_words_evidence + rule.near_evidence < need:
        return False
    return evidence(a, b, weights, rule) >= need


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

    # In any order: each pair is confirmed or not on its own, so the stories (the connected
    # parts of the confirmed pairs) are the same whichever pair comes first.
    need = needed(weights, rule)
    for a, b in pairs:
        if root(a) != root(b) and confirmed(by_id[a], by_id[b], weights, rule, need):
            ra, rb = sorted((root(a), root(b)))
            parent[rb] = ra
    members: dict[str, list[str]] = defaultdict(list)
    for ident in by_id:
        members[root(ident)].append(ident)
    return sorted((sorted(m) for m in members.values() if len(m) > 1), key=lambda m: m[0])


def index_pairs(keyed: Iterable[tuple[str, str]]) -> Iterator[tuple[str, str]]:
    """Candidate pairs from (key, id) entries, grouped here (the embedded shuffle); a pair
    in several buckets comes once from each."""
    buckets: dict[str, list[str]] = defaultdict(list)
    for key, ident in keyed:
        buckets[key].append(ident)
    for members in buckets.values():
        yield from bucket_pairs(members)


def candidate_pairs(fingerprints: Sequence[Fingerprint]) -> Iterator[tuple[str, str]]:
    """Candidate pairs of the figure index, then of each word band in turn: one band's
    buckets at a time, so memory holds one key per article, not one per band."""
    yield from index_pairs(key for fp in fingerprints for key in figure_keys(fp))
    for band in range(BANDS):
        yield from index_pairs((band_key(fp, band), fp.id) for fp in fingerprints if fp.words)
