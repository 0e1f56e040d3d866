"""Throughput of figcheck.extract against quantulum3 on the same texts, and start-up time.

The texts are the seed articles and the fixtures, repeated; quantulum3 (the optional
``bench`` extra) is skipped with a message when it is not installed. The last line
times ``python -m figcheck extract`` on one article of about 10 KB as a whole process.

    python3 benchmarks/throughput.py [--repeat N] [--seeds DIR]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def default_seeds() -> Path:
    for parent in ROOT.parents:
        if (parent / "shared" / "seeds").is_dir():
            return parent / "shared" / "seeds"
    return ROOT.parent / "shared" / "seeds"


def texts(seeds: Path) -> list[str]:
    paths = sorted(seeds.glob("*.txt")) + sorted((ROOT / "fixtures").glob("**/*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def rates(runs: dict, corpus: list[str], repeat: int) -> dict[str, float]:
    """Characters per second of each of ``runs`` (name -> function) over the corpus.

    After one warm-up pass each, the passes alternate between the runs, so load from
    other work on the machine falls on all of them alike; each rate is the median of its
    ``repeat`` passes, in CPU time (all threads of the process), which a busy shared
    machine disturbs far less than the wall clock.
    """
    for run in runs.values():
        for text in corpus:
            run(text)
    chars = sum(map(len, corpus))
    seconds: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(repeat):
        for name, run in runs.items():
            start = time.process_time()
            for text in corpus:
                run(text)
            seconds[name].append(time.process_time() - start)
    return {name: chars / statistics.median(times) for name, times in seconds.items()}


def whole_process(article: Path, runs: int = 5, bytecode: bool = True) -> float:
    """Best wall time of ``python -m figcheck extract`` on one article.

    An installed figcheck runs from cached bytecode; PYTHONDONTWRITEBYTECODE (set in some
    sandboxes) would add the compilation of every module to each run, so it is lifted
    unless ``bytecode`` is False.
    """
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "figcheck", "extract", str(article)],
            check=True,
            capture_output=True,
            env=env,
        )
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seeds", type=Path, default=default_seeds())
    args = parser.parse_args(argv)
    corpus = texts(args.seeds)
    if not corpus:
        print(f"no texts found in {args.seeds} or fixtures/", file=sys.stderr)
        return 2
    from figcheck.extractors import extract

    size = sum(map(len, corpus))
    print(f"{len(corpus)} texts, {size:,} chars, {args.repeat} passes")
    runs = {"figcheck.extract": extract}
    try:
        from quantulum3 import classifier
        from quantulum3 import parser as q3
    except ImportError:
        print("quantulum3        not installed (pip install figcheck[bench]); skipped")
    else:
        # As users install it (the bench extra pulls its classifier in): say which it is.
        how = "with its classifier" if classifier.USE_CLF else "without its classifier"
        print(f"quantulum3 {how}")
        runs["quantulum3"] = q3.parse
    found = rates(runs, corpus, args.repeat)
    for name, value in found.items():
        print(f"{name:17} {value:12,.0f} chars per CPU second")
    if len(found) == 2:
        print(f"ratio             {found['figcheck.extract'] / found['quantulum3']:12.1f}x")
    print(f"load average      {os.getloadavg()[0]:12.2f}")
    seeds = sorted(args.seeds.glob("*.txt"))
    if seeds:
        article = min(seeds, key=lambda p: abs(p.stat().st_size - 10_000))
        kb = article.stat().st_size / 1000
        for bytecode in (True, False):
            seconds = whole_process(article, bytecode=bytecode)
            how = "cached bytecode" if bytecode else "no bytecode cache"
            print(
                f"python -m figcheck extract {article.name} ({kb:.1f} KB, {how}): {seconds:.3f} s"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
