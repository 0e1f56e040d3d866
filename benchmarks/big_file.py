"""Time ``figcheck extract`` on one big file (1, 5, 20 MB), in one process and on every core.

Usage: python3 benchmarks/big_file.py [--sizes 1,5,20] [--story PATH] [--peer-kb 200]

The file is a story (the robotics-fund fixture by default) repeated to the size;
each run is a fresh ``python -m figcheck extract FILE`` with its output thrown
away, so start-up, reading, extraction and formatting all count. Prints wall time,
seconds per MB and the peak resident memory of the run (its workers not included),
with FIGCHECK_JOBS=1 and with every core. The last line compares extraction speed
with quantulum3 (the ``bench`` extra) on ``--peer-kb`` KB of the story, one copy
at a time, in this process. Always exits 0: a measurement.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


STORY = ROOT / "fixtures" / "robotics-fund" / "01-original.txt"


def build(story: str, megabytes: float, folder: Path) -> Path:
    path = folder / f"story-{megabytes:g}mb.txt"
    copies = int(megabytes * 1_000_000) // (len(story) + 2) + 1
    path.write_text((story + "\n\n") * copies, encoding="utf-8")
    return path


def run(path: Path, jobs: str | None) -> tuple[float, float]:
    """Wall seconds and peak resident MB of one ``figcheck extract`` process."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("FIGCHECK_JOBS", None)
    if jobs:
        env["FIGCHECK_JOBS"] = jobs
    start = time.perf_counter()
    with subprocess.Popen(
        [sys.executable, "-m", "figcheck", "extract", str(path)],
        stdout=subprocess.DEVNULL,
        env=env,
    ) as process:
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.perf_counter() - start
    if process.returncode != 0:
        print(f"  exit code {process.returncode}")
    return elapsed, usage.ru_maxrss / 1024


def peer_ratio(story: str, kilobytes: int) -> str:
    """Characters per second, figcheck against quantulum3, one story at a time (as peers parse)."""
    from figcheck.extractors import extract

    try:
        from quantulum3 import parser as quantulum
    except ImportError:
        return "quantulum3 not installed (pip install -e '.[bench]'): no peer ratio"
    copies = kilobytes * 1000 // len(story) + 1
    rates = []
    for parse in (extract, quantulum.parse):
        parse(story)  # warm up
        start = time.perf_counter()
        for _ in range(copies):
            parse(story)
        rates.append(len(story) * copies / (time.perf_counter() - start))
    ours, peer = rates
    return (
        f"extraction, {copies} stories one at a time: figcheck {ours:,.0f} chars/s, "
        f"quantulum3 {peer:,.0f} chars/s -> {ours / peer:.1f}x"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,5,20", help="megabytes, comma-separated")
    parser.add_argument(
        "--story", type=Path, default=ROOT / "fixtures/robotics-fund/01-original.txt"
    )
    parser.add_argument("--peer-kb", type=int, default=200)
    args = parser.parse_args(argv)
    story = args.story.read_text(encoding="utf-8")
    print(f"story: {args.story.name} ({len(story)} chars) repeated; cores: {os.cpu_count()}")
    print(f"{'MB':>4} {'jobs':>5} {'seconds':>8} {'s/MB':>6} {'peak RSS MB':>12}")
    with tempfile.TemporaryDirectory() as folder:
        for size in (float(s) for s in args.sizes.split(",")):
            path = build(story, size, Path(folder))
            for jobs in ("1", None):
                elapsed, peak = run(path, jobs)
                print(
                    f"{size:>4g} {jobs or 'all':>5} {elapsed:>8.1f} {elapsed / size:>6.1f} "
                    f"{peak:>12.0f}",
                    flush=True,
                )
            path.unlink()
    print(peer_ratio(story, args.peer_kb))
    return 0


if __name__ == "__main__":
    sys.exit(main())
