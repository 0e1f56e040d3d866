"""Start-up cost of whole figcheck runs, paired against the cost of importing click alone.

A pre-commit hook or an editor runs figcheck on one or two small files, so the time
to start matters more there than extraction speed. Each round runs the floor
(``python -c 'import click'``, which every figcheck command pays) and then every
command once, so load on the machine falls on all of them alike; the report gives
the median of the rounds and its ratio to the floor's median, for the wall time and
for the CPU time of the process (which other work on a busy machine disturbs less).

    python3 benchmarks/startup.py [--runs N] [--root DIR ...]

With several ``--root`` checkouts (say main's and a branch's) the rounds interleave
them, which is how a before/after comparison is measured in one run. The inputs are
built from the invented fixture stories: a 10 KB article for ``extract``, two 5 KB
versions for ``check``, and a 10 KB Markdown draft naming one source for ``hook``.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"


def stories(version: str) -> list[str]:
    """The given version (``01-original`` …) of every fixture story, in story order."""
    return [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob(f"*/{version}.txt"))]


def sized(parts: list[str], size: int) -> str:
    """Paragraphs of ``parts``, repeated as needed, cut at a paragraph to about ``size``."""
    text = ""
    while len(text) < size:
        for part in parts:
            if len(text) >= size:
                break
            text += part.strip() + "\n\n"
    return text


def write_inputs(folder: Path) -> dict[str, list[str]]:
    """The files of each measured command, written into ``folder``: command -> arguments."""
    (folder / "article.txt").write_text(sized(stories("01-original"), 10_000), encoding="utf-8")
    (folder / "v1.txt").write_text(sized(stories("01-original"), 5_000), encoding="utf-8")
    (folder / "v2.txt").write_text(sized(stories("02-rewrite"), 5_000), encoding="utf-8")
    draft = sized(stories("02-rewrite") + stories("03-translation"), 10_000)
    (folder / "draft.md").write_text(f"---\nsources: [v1.txt]\n---\n{draft}", encoding="utf-8")
    return {
        "extract 10 KB": ["extract", "article.txt"],
        "check 2 x 5 KB": ["check", "--fail-on", "never", "v1.txt", "v2.txt"],
        "hook 10 KB + source": ["hook", "--fail-on", "never", "draft.md"],
    }


def timed(command: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU seconds (user + system) of one run of ``command``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=env, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def environment(root: Path) -> dict[str, str]:
    """Run ``root``'s figcheck from cached bytecode, as an installed one runs."""
    env = {**os.environ, "PYTHONPATH": str(root), "FIGCHECK_JOBS": "1"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def measure(roots: list[Path], runs: int) -> dict[str, list[tuple[float, float]]]:
    """(wall, CPU) seconds per round for the floor and for each (command, root)."""
    times: dict[str, list[tuple[float, float]]] = {}
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        commands = write_inputs(folder)
        floor = [sys.executable, "-c", "import click"]
        for round_index in range(runs + 1):  # the first round warms the caches
            rows = [("floor: python -c 'import click'", floor, os.environ.copy())]
            for root in roots:
                label = f" [{root.name}]" if len(roots) > 1 else ""
                for title, args in commands.items():
                    command = [sys.executable, "-m", "figcheck", *args]
                    rows.append((f"{title}{label}", command, environment(root)))
            if round_index % 2:
                rows = rows[:1] + rows[:0:-1]  # alternate the order: no root always goes last
            for title, command, env in rows:
                seconds = timed(command, folder, env)
                if round_index:
                    times.setdefault(title, []).append(seconds)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21, help="rounds to take the median of")
    parser.add_argument(
        "--root", type=Path, action="append", help="checkout to time (default: this one)"
    )
    args = parser.parse_args(argv)
    roots = [path.resolve() for path in args.root or [ROOT]]
    times = measure(roots, args.runs)
    walls = {title: statistics.median(w for w, _ in values) for title, values in times.items()}
    cpus = {title: statistics.median(c for _, c in values) for title, values in times.items()}
    floor = next(iter(times))
    print(f"{args.runs} rounds, medians{'':14}  wall ms  x floor   CPU ms  x floor")
    for title in sorted(times, key=lambda t: (not t.startswith("floor"), t)):
        wall, cpu = walls[title], cpus[title]
        print(
            f"{title:40}  {wall * 1000:7.1f}  {wall / walls[floor]:7.2f}"
            f"  {cpu * 1000:7.1f}  {cpu / cpus[floor]:7.2f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
