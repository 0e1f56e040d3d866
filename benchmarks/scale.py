"""Time ``check`` on many versions of one story, with peak memory.

Usage: python3 benchmarks/scale.py [--counts 2,10,50,200] [--seed 7]

The story is a fixture grown to about 5 KB; each version perturbs it the way
rewrites and spun copies do (paragraphs reordered, sentences dropped, a few
numbers changed, spam lines inserted), from a seeded random generator, so runs
are comparable. Prints wall time, time per version and peak resident memory
(getrusage) after each count. Always exits 0: a measurement.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from figcheck.document import Document  # noqa: E402
from figcheck.engine import check  # noqa: E402

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
    return [Document(f"v{i:03d}.txt", text, PUBLISHED) for i, text in enumerate(texts)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counts", default="2,10,50,200")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    print(f"story: {len(base_story())} characters from {FIXTURE.relative_to(ROOT)}")
    print(f"{'versions':>8} {'seconds':>9} {'ms/version':>11} {'peak RSS MB':>12} {'findings':>9}")
    for count in (int(c) for c in args.counts.split(",")):
        docs = versions(count, args.seed)
        start = time.perf_counter()
        report = check(docs)
        elapsed = time.perf_counter() - start
        # Peak resident size of the process so far (KB on Linux); counts run in rising order.
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        print(
            f"{count:>8} {elapsed:>9.2f} {elapsed / count * 1000:>11.1f} "
            f"{peak / 1e6:>12.1f} {len(report.findings):>9}",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
