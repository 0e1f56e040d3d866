"""Time ``check`` on many versions of one story, with peak memory.

Usage: python3 benchmarks/scale.py [--counts 2,10,50,200] [--seed 7] [--separate]

The story is a fixture grown to about 5 KB; each version perturbs it the way
rewrites and spun copies do (paragraphs reordered, sentences dropped, a few
numbers changed, spam lines inserted), from a seeded random generator, so runs
are comparable. After a warm-up run (imports), for each count it prints the
wall time of extraction (every document's figures, read first, on every core as
``check`` reads them; FIGCHECK_JOBS=1 for one process) and of alignment plus
rules (``check`` on the extracted documents), their total and time per version,
the CPU time of the whole (every thread and extraction worker), peak resident
memory of this process (getrusage), and the facts and findings found. Counts run in rising order in
one process, so a peak is the largest so far; ``--separate`` runs each count in
its own process, so each peak is its own. Always exits 0: a measurement.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from figcheck.document import Document  # noqa: E402
from figcheck.pipeline import check_versions, read_figures  # noqa: E402

FIXTURE = ROOT / "fixtures" / "robotics-fund" / "01-original.txt"
PUBLISHED = dt.date(2023, 8, 24)
SPAM = [
    "Click here to subscribe to our newsletter for $1 a week!",
    "Call now: 555-0199. Limited time offer, 50% off.",
    "#robots #funding #ai #tech",
]


def base_story(size: int = 5000) -> str:
    """The fixture's paragraphs, repeated with renumbered figures until ``size`` characters."""
    paragraphs = [p for p in FIXTURE.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    out: list[str] = []
    round_ = 0
    while sum(len(p) + 2 for p in out) < size:
        p = paragraphs[len(out) % len(paragraphs)]
        out.append(p if round_ == 0 else _shift_numbers(p, round_))
        round_ = len(out) // len(paragraphs)
    return "\n\n".join(out) + "\n"


def _shift_numbers(text: str, by: int) -> str:
    return re.sub(r"\d+", lambda m: str(int(m.group()) + by), text)


def perturb(story: str, rng: random.Random) -> str:
    """A rewrite: some paragraphs swapped, some sentences dropped, numbers nudged, spam."""
    paragraphs = story.strip().split("\n\n")
    for _ in range(rng.randint(0, 3)):
        i, j = rng.randrange(len(paragraphs)), rng.randrange(len(paragraphs))
        paragraphs[i], paragraphs[j] = paragraphs[j], paragraphs[i]
    kept = []
    for paragraph in paragraphs:
        sentences = re.split(r"(?<=[.!?])\s+", paragraph)
        sentences = [s for s in sentences if rng.random() > 0.1] or sentences[:1]
        kept.append(" ".join(sentences))
    text = "\n\n".join(kept)
    numbers = list(re.finditer(r"\d+", text))
    for match in rng.sample(numbers, min(3, len(numbers))):
        changed = str(int(match.group()) + rng.randint(1, 9))
        text = text[: match.start()] + changed.rjust(len(match.group())) + text[match.end() :]
    lines = text.split("\n")
    for _ in range(rng.randint(0, 2)):
        lines.insert(rng.randrange(len(lines) + 1), rng.choice(SPAM))
    return "\n".join(lines) + "\n"


def versions(count: int, seed: int) -> list[Document]:
    rng = random.Random(seed)
    story = base_story()
    texts = [story] + [perturb(story, rng) for _ in range(count - 1)]
    return [Document(f"v{i:03d}.txt", text, published=PUBLISHED) for i, text in enumerate(texts)]


def _cpu_seconds() -> float:
    """CPU time of this process and of the extraction workers it has waited for."""
    own, workers = (
        resource.getrusage(who) for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    )
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def measure(count: int, seed: int) -> str:
    """One row of the table: extraction, then alignment and rules, on ``count`` versions."""
    from figcheck.align import align

    check_versions(read_figures(versions(2, seed + 1)))  # imports and first-use set-up
    docs = versions(count, seed)
    cpu = _cpu_seconds()
    start = time.perf_counter()
    read = read_figures(docs)  # as check does: on every core when there is enough text
    extracted = time.perf_counter() - start
    start = time.perf_counter()
    report = check_versions(read)
    checked = time.perf_counter() - start
    cpu = _cpu_seconds() - cpu
    facts = len(align(read).facts)
    # Peak resident size of the process so far (KB on Linux).
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    total = extracted + checked
    return (
        f"{count:>8} {extracted:>9.2f} {checked:>12.2f} {total:>9.2f} "
        f"{total / count * 1000:>11.1f} {cpu:>8.2f} {peak / 1e6:>12.1f} "
        f"{facts:>6} {len(report.findings):>9}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counts", default="2,10,50,200")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--separate", action="store_true", help="one process per count")
    parser.add_argument("--row", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    counts = [int(c) for c in args.counts.split(",")]
    if args.row:
        print(measure(counts[0], args.seed), flush=True)
        return 0
    print(f"story: {len(base_story())} characters from {FIXTURE.relative_to(ROOT)}")
    print(
        f"{'versions':>8} {'extract s':>9} {'align+rules':>12} {'total s':>9} "
        f"{'ms/version':>11} {'cpu s':>8} {'peak RSS MB':>12} {'facts':>6} {'findings':>9}"
    )
    for count in counts:
        if args.separate:
            command = [sys.executable, __file__, "--row", "--counts", str(count)]
            subprocess.run([*command, "--seed", str(args.seed)], check=True)
        else:
            print(measure(count, args.seed), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
