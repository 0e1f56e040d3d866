"""How well and how fast ``figcheck scan`` finds the versions of each story in an archive.

Builds an archive of every version of the development stories and the seeds among
invented distractors (``scan_archive.py``), shuffled, scans it and prints:
- purity: the share of each found story's articles that belong to its main true story;
- recovered: for each real story, the share of its versions in the found story that
  holds most of them (translations included);
- throughput: articles per second per core for fingerprinting and grouping, peak memory.

usage: python3 benchmarks/scan.py [--distractors N] [--scheduler local|ADDRESS] [--shared DIR]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scan_archive import write_archive  # noqa: E402


def score(stories: list[list[str]], truth: dict[str, str]) -> dict[str, float]:
    members = sum(len(s) for s in stories)
    pure = sum(Counter(truth[i] for i in s).most_common(1)[0][1] for s in stories)
    real = Counter(t for t in truth.values() if not t.startswith("distractor-"))
    recovered = 0
    per_story = {}
    for name, size in sorted(real.items()):
        best = max((sum(truth[i] == name for i in s) for s in stories), default=0)
        per_story[name] = f"{best}/{size}"
        recovered += best
    return {
        "purity": pure / members if members else 1.0,
        "recovered": recovered / sum(real.values()),
        "per_story": per_story,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--distractors", type=int, default=10_000)
    parser.add_argument("--scheduler", default=None, help="'local' starts a 2-worker LocalCluster")
    default_shared = Path(__file__).resolve().parents[2] / "shared"
    parser.add_argument("--shared", type=Path, default=default_shared)
    parser.add_argument("--check", action="store_true", help="also check every story found")
    parser.add_argument("--no-peer", action="store_true", help="skip the plain MinHash-LSH pass")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "archive.jsonl"
        truth = write_archive(archive, args.shared, args.distractors)
        print(f"archive: {len(truth)} articles, {archive.stat().st_size / 1e6:.1f} MB; "
              f"load average {os.getloadavg()[0]:.1f}")  # fmt: skip
        result, elapsed, cores = _scan(archive, args)
        peer = None if args.no_peer else peer_minhash_lsh(archive)
    _print_result(result, elapsed, cores, truth, peer)
    print(
        "findings equal to `figcheck check` on the same versions:",
        same_as_check(result, truth, args.shared),
    )


def _scan(archive: Path, args):
    from figcheck.parallel import job_count
    from figcheck.scan.run import scan_cluster, scan_embedded

    start = time.perf_counter()
    if args.scheduler == "local":
        from distributed import LocalCluster

        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True) as cluster:
            result = scan_cluster([str(archive)], cluster.scheduler_address, args.check)
        cores = 2
    elif args.scheduler:
        result = scan_cluster([str(archive)], args.scheduler, args.check)
        cores = 0
    else:
        result = scan_embedded([str(archive)], check=args.check)
        cores = job_count()
    return result, time.perf_counter() - start, cores


def _print_result(result, elapsed: float, cores: int, truth: dict, peer) -> None:
    quality = score(result.stories, truth)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"stories found {len(result.stories)}; purity {quality['purity']:.3f}; "
          f"real versions recovered {quality['recovered']:.3f}")  # fmt: skip
    print("  " + ", ".join(f"{k} {v}" for k, v in quality["per_story"].items()))
    t = result.timings
    read = t.get("fingerprints", 0) + t.get("grouping", 0)
    cpu = t.get("cpu:fingerprints", 0) + t.get("cpu:grouping", 0)
    print(
        f"time {elapsed:.1f} s on {cores or '?'} cores: "
        f"fingerprints {t.get('fingerprints', 0):.1f} s, "
        f"grouping {t.get('grouping', 0):.1f} s, checking the stories {t.get('checking', 0):.1f} s"
    )
    print(f"extraction and grouping: {len(truth) / read / max(cores, 1):.0f} articles/s per core "
          f"(wall); load average {os.getloadavg()[0]:.1f}")  # fmt: skip
    if cpu:
        print(f"extraction and grouping: {cpu:.1f} CPU s = {len(truth) / cpu:.0f} articles "
              f"per CPU second (fingerprints {t['cpu:fingerprints']:.1f}, "
              f"grouping {t['cpu:grouping']:.1f})")  # fmt: skip
        if peer:
            print(f"peer in the same run, plain datasketch MinHash-LSH of word 3-grams: "
                  f"{peer:.1f} CPU s = {len(truth) / peer:.0f} articles per CPU second "
                  f"(scan takes {cpu / peer:.2f}x its CPU)")  # fmt: skip
    print(f"peak memory: this process {peak:.0f} MB, largest worker {children:.0f} MB")
    print("summary:", result.summary)


def peer_minhash_lsh(archive: Path) -> float:
    """CPU seconds of the textbook near-duplicate pass over the archive, one process:
    datasketch MinHash of each article's word 3-grams, queried and inserted in MinHashLSH."""
    import json

    from datasketch import MinHash, MinHashLSH

    start = time.process_time()
    lsh = MinHashLSH(threshold=0.3, num_perm=128)
    with archive.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            words = record["text"].lower().split()
            minhash = MinHash(num_perm=128)
            minhash.update_batch([" ".join(words[i : i + 3]).encode() for i in range(len(words))])
            lsh.query(minhash)
            lsh.insert(record["id"], minhash)
    return time.process_time() - start


def _key(rows: list[dict]) -> list[tuple]:
    return sorted((r["rule"], tuple(sorted(e["text"] for e in r["evidence"]))) for r in rows)


def same_as_check(result, truth: dict[str, str], shared: Path) -> str:
    """Each real story found, checked as the scan checks it and as `check` on its files."""
    import json
    import subprocess

    from figcheck.scan.archive import Article
    from figcheck.scan.story import check_story

    equal = total = 0
    for story in result.stories:
        if truth[story[0]].startswith("distractor-"):
            continue
        files = [(shared / "news-dev" / i) if not i.startswith("seeds/") else shared / i
                 for i in story]  # fmt: skip
        articles = [
            Article(i, f.read_text(encoding="utf-8")) for i, f in zip(story, files, strict=True)
        ]
        rows, _ = check_story((story[0], articles))
        command = [sys.executable, "-m", "figcheck", "check", "--format", "json",
                   "--fail-on", "never", *map(str, files)]  # fmt: skip
        out = subprocess.run(command, capture_output=True, text=True, cwd=Path(__file__).parents[1])
        checked = json.loads(out.stdout)["findings"] if out.returncode == 0 else None
        total += 1
        equal += checked is not None and _key(rows) == _key(checked)
    return f"{equal}/{total} stories"


if __name__ == "__main__":
    main()
