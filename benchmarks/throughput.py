"""Throughput of figcheck.extract against quantulum3 on the same texts, and start-up time.

The texts are the seed articles and the fixtures, repeated; quantulum3 (the optional
``bench`` extra) is skipped with a message when it is not installed. The last line
times ``python -m figcheck extract`` on one article of about 10 KB as a whole process.

    python3 benchmarks/throughput.py [--repeat N] [--seeds DIR]
"""

from __future__ import annotations

import argparse
import os
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


def rate(run, corpus: list[str], repeat: int) -> float:
    """Characters per second over ``repeat`` passes, after one warm-up pass."""
    for text in corpus:
        run(text)
    chars = sum(map(len, corpus)) * repeat
    start = time.perf_counter()
    for _ in range(repeat):
        for text in corpus:
            run(text)
    return chars / (time.perf_counter() - start)


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
    ours = rate(extract, corpus, args.repeat)
    print(f"figcheck.extract  {ours:12,.0f} chars/s")
    try:
        from quantulum3 import parser as q3
    except ImportError:
        print("quantulum3        not installed (pip install figcheck[bench]); skipped")
    else:
        theirs = rate(q3.parse, corpus, args.repeat)
        print(f"quantulum3        {theirs:12,.0f} chars/s")
        print(f"ratio             {ours / theirs:12.1f}x")
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
