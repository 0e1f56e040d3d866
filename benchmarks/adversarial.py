"""Time extraction on adversarial strings and show that it grows linearly with size.

Usage: python3 benchmarks/adversarial.py [--sizes 1000,10000,100000,1000000]
                                         [--budget SECONDS] [--only NAME ...]

Each pattern is repeated up to each size and read the way ``figcheck extract`` reads
a file: the publication-date search, then extraction. The table shows the seconds per
size and the growth ratio of each step; a linear step grows like the size (x10), a
quadratic one like its square (x100). A step is flagged when it grows more than twice
as fast as the size. A size that would take more than the budget, at the growth seen so far,
is skipped (a quadratic pattern would otherwise run for hours). Always exits 0: a measurement.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from figcheck.document import find_published  # noqa: E402
from figcheck.extractors import extract  # noqa: E402

#: Name -> the unit repeated to the wanted size (or a function of the size).
PATTERNS = {
    "digit run": "1234567890",
    "digits and spaces": "1 ",
    "thousands separators": "1,",
    "long grouped number": "000,",
    "decimal points": "1.",
    "dollar signs": "$",
    "dollars and digits": "$1",
    "parentheses": lambda n: "(" * (n // 2) + "$5" + ")" * (n // 2),
    "million million": "million ",
    "3 million million": lambda n: "3" + " million" * (n // 8),
    "number words": "twenty ",
    "one one": "one ",
    "Capitalized number words": "One Aa ",
    "long word": "a",
    "3 to 3": "3 to ",
    "between and": "between 3 and ",
    "qualifiers": "about ",
    "blank lines": "\n",
    "spaces": " ",
    "whitespace between amounts": lambda n: "$5" + " " * n + "x $6",
    "dotted words": "a.",
    "dashed words": "a-",
    "at signs": "a@",
    "hashtags": "#a ",
    "urls": "http://a.b/1 ",
    "phone-like": "555-",
    "dates": "August 24, ",
    "percent signs": "5%",
    "currency codes": "USD ",
    "yen signs": "¥",
}
SIZES = (1_000, 10_000, 100_000, 1_000_000)


def build(unit, size: int) -> str:
    if callable(unit):
        return unit(size)
    return (unit * (size // len(unit) + 1))[:size]


def measure(text: str) -> float:
    start = time.perf_counter()
    find_published(text)
    extract(text)
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    parser.add_argument("--budget", type=float, default=60.0, help="seconds per size at most")
    parser.add_argument("--only", nargs="*", help="pattern names to run")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    names = args.only or list(PATTERNS)
    header = "".join(f"{f'{s // 1000} KB':>10}" for s in sizes)
    print(f"{'pattern':28}{header}  growth per step")
    flagged = []
    for name in names:
        times: list[float] = []
        for i, size in enumerate(sizes):
            if i >= 2 and times[-1] * times[-1] / max(times[-2], 1e-6) > args.budget:
                break  # at the growth seen so far, this size would blow the budget
            times.append(measure(build(PATTERNS[name], size)))
            if times[-1] > args.budget:
                break
        ratios = [
            later / max(earlier, 1e-6) / (sizes[i + 1] / sizes[i])
            for i, (earlier, later) in enumerate(zip(times, times[1:], strict=False))
        ]
        # Steps below 10 ms are timer noise; judge the others.
        superlinear = any(r > 2 for r, t in zip(ratios, times[1:], strict=False) if t > 0.01)
        cells = "".join(f"{t:>10.3f}" for t in times) + " " * 10 * (len(sizes) - len(times))
        growth = " ".join(f"x{r * sizes[i + 1] / sizes[i]:.0f}" for i, r in enumerate(ratios))
        mark = "  SUPERLINEAR" if superlinear else ""
        if len(times) < len(sizes):
            mark += f" (stopped: next size over {args.budget:g} s)"
        print(f"{name:28}{cells}  {growth}{mark}", flush=True)
        if superlinear:
            flagged.append(name)
    print(f"\n{len(names) - len(flagged)} of {len(names)} patterns linear", end="")
    print(f"; superlinear: {', '.join(flagged)}" if flagged else "")
    return 0


if __name__ == "__main__":
    sys.exit(main())
