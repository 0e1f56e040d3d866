"""Run a scan embedded (local cores) or on a Dask cluster: the same steps either way.

1. map: read each partition and fingerprint its articles;
2. shuffle: index keys (figure tokens, word-signature bands) -> candidate pairs;
3. group: confirm candidates into stories (on the client: fingerprints are small);
4. map: read the partitions again, keep the articles of stories, check each story.
Every step orders its output by article or story id, so neither the partitioning,
the number of workers nor the input order changes the result.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from figcheck.errors import InputError
from figcheck.scan import group
from figcheck.scan.archive import Article, Partition, partitions, read
from figcheck.scan.fingerprint import Fingerprint, fingerprint
from figcheck.scan.story import check_story


@dataclass
class ScanResult:
    """What a scan found: the stories, one row per finding, and a summary."""

    stories: list[list[str]]
    rows: list[dict[str, Any]]
    documents: int
    unchecked: list[str] = field(default_factory=list)
    #: Seconds spent fingerprinting, grouping and checking (for benchmarks; not in the output).
    timings: dict[str, float] = field(default_factory=dict, compare=False)

    @property
    def summary(self) -> dict[str, Any]:
        grouped = sum(len(s) for s in self.stories)
        return {
            "documents": self.documents,
            "stories": len(self.stories),
            "documents_in_stories": grouped,
            "documents_in_no_story": self.documents - grouped,
            "findings": len(self.rows),
            "findings_by_rule": dict(sorted(Counter(r["rule"] for r in self.rows).items())),
            "unchecked": len(self.unchecked),
        }


def fingerprints_of(partition: Partition) -> list[Fingerprint]:
    return [fingerprint(article) for article in read(partition)]


def members_of(partition: Partition, story_of: dict[str, str]) -> list[tuple[str, Article]]:
    return [(story_of[a.id], a) for a in read(partition) if a.id in story_of]


def _unique(fingerprints: list[Fingerprint]) -> list[Fingerprint]:
    seen: set[str] = set()
    for fp in fingerprints:
        if fp.id in seen:
            raise InputError(f"article id {fp.id!r} appears twice in the archive")
        seen.add(fp.id)
    return sorted(fingerprints, key=lambda fp: fp.id)


def _first(entry: tuple[str, str]) -> str:
    return entry[0]


def _keys(fp: Fingerprint) -> list[tuple[str, str]]:
    return [*group.figure_keys(fp), *group.band_keys(fp)]


def scan_embedded(
    paths: Sequence[str], mapper: Callable | None = None, check: bool = True
) -> ScanResult:
    """The whole scan on this machine; ``mapper(function, items)`` spreads the maps.

    ``check=False`` stops after grouping: the stories without their findings.
    """
    from figcheck.parallel import run_all

    run = mapper or run_all
    clock = _Clock()
    parts = partitions(paths)
    fps = _unique([fp for chunk in run(fingerprints_of, parts) for fp in chunk])
    clock.lap("fingerprints")
    pairs = group.candidate_pairs(fps)
    found = group.stories(fps, pairs)
    clock.lap("grouping")
    story_of = {ident: story[0] for story in found for ident in story}
    checked = _checked(run, parts, found, story_of) if check else []
    result = _result(found, checked, len(fps))
    clock.lap("checking")
    result.timings = clock.laps
    return result


class _Clock:
    """Wall seconds of each step, and CPU seconds of this process and its finished workers
    ("cpu:" + step): the CPU figure does not depend on what else the machine runs."""

    def __init__(self) -> None:
        import os
        import time

        self._now = time.perf_counter
        self._cpu = lambda: sum(os.times()[:4])
        self._last, self._last_cpu = self._now(), self._cpu()
        self.laps: dict[str, float] = {}

    def lap(self, name: str) -> None:
        now, cpu = self._now(), self._cpu()
        self.laps[name] = now - self._last
        self.laps[f"cpu:{name}"] = cpu - self._last_cpu
        self._last, self._last_cpu = now, cpu


#: Stories checked together once their articles are all read: texts are held only
#: for the stories still waiting for a member, never for the whole archive.
CHECK_BATCH = 64


def _checked(run: Callable, parts: list[Partition], found, story_of: dict[str, str]):
    sizes = {story[0]: len(story) for story in found}
    waiting: dict[str, list[Article]] = {}
    ready: list[tuple[str, list[Article]]] = []
    for part in parts:
        for story, article in members_of(part, story_of):
            waiting.setdefault(story, []).append(article)
            if len(waiting[story]) == sizes[story]:
                ready.append((story, waiting.pop(story)))
        if len(ready) >= CHECK_BATCH:
            yield from run(check_story, ready)
            ready = []
    yield from run(check_story, ready)


def _result(found, checked: Iterable[tuple[list[dict], list[str]]], documents: int) -> ScanResult:
    rows: list[dict] = []
    unchecked: list[str] = []
    for story_rows, story_unchecked in checked:
        rows.extend(story_rows)
        unchecked.extend(story_unchecked)
    rows.sort(key=lambda r: (r["story"], r["evidence"][0]["document"] if r["evidence"] else "",
                             r["evidence"][0]["start"] if r["evidence"] else 0, r["rule"],
                             r["message"]))  # fmt: skip
    return ScanResult(found, rows, documents, sorted(set(unchecked)))


def scan_cluster(paths: Sequence[str], address: str, check: bool = True) -> ScanResult:
    """The same scan on a Dask distributed cluster at ``address``."""
    try:
        import dask.bag as db
        from distributed import Client
    except ImportError:
        raise InputError("--scheduler needs the scan extra: pip install 'figcheck[scan]'") from None
    try:
        client = Client(address, timeout="10s", set_as_default=False)
    except OSError as exc:
        raise InputError(f"cannot reach the Dask scheduler at {address} ({exc})") from None
    with client:
        return _on_cluster(db, client, partitions(paths), check)


def _on_cluster(db, client, parts: list[Partition], check: bool) -> ScanResult:
    if not parts:
        return ScanResult([], [], 0)
    clock = _Clock()
    fps_bag = db.from_sequence(parts, npartitions=len(parts)).map(fingerprints_of).flatten()
    fps = _unique(client.compute(fps_bag).result())
    clock.lap("fingerprints")
    # The shuffle: every (key, id) entry is folded into its key's bucket, partition by
    # partition and then across partitions, each bucket kept to MAX_BUCKET + 1 ids (a
    # bigger one gives no pairs); buckets become pairs on the workers.
    keyed = db.from_sequence(fps, npartitions=len(parts)).map(_keys).flatten()
    buckets = keyed.foldby(_first, group.add_member, (), group.join_members, (), split_every=8).map(
        lambda kv: group.bucket_pairs(kv[1])
    )
    pairs = set(client.compute(buckets.flatten()).result())
    found = group.stories(fps, pairs)
    clock.lap("grouping")
    story_of = {ident: story[0] for story in found for ident in story}
    if not check:
        result = _result(found, [], len(fps))
        result.timings = clock.laps
        return result
    members = (
        db.from_sequence(parts, npartitions=len(parts))
        .map(members_of, story_of)
        .flatten()
        .groupby(lambda entry: entry[0])
        .map(lambda kv: check_story((kv[0], [article for _, article in kv[1]])))
    )
    checked = client.compute(members).result()
    result = _result(found, checked, len(fps))
    clock.lap("checking")
    result.timings = clock.laps
    return result
