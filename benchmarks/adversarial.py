"""Time extraction on adversarial strings, and alignment on adversarial stories, and show
that both grow linearly with size.

Usage: python3 benchmarks/adversarial.py [--sizes 1000,10000,100000,1000000]
                                         [--budget SECONDS] [--only NAME ...] [--copy-kb KB]

Each pattern is repeated up to each size and read the way ``figcheck extract`` reads
a file: the publication-date search, then extraction. The table shows the CPU seconds
per size (this process's, so a busy machine does not fake a growth) and the growth ratio
of each step; a linear step grows like the size (x10, or x2 for a doubling), a quadratic
one like its square (x100, x4). A step is flagged when it grows faster than the size to
the power 1.5 (x31.6 for x10, x2.8 for a doubling). A size that would take more than
the budget, at the growth seen so far, is skipped (a quadratic pattern would otherwise
run for hours). Stories (versions built to a number of sentences, doubled at each step)
time the alignment of their extracted figures, then the whole ``check`` of them, and
drafts (Markdown, HTML, suppression comments: 10 to 80 KB) time the markup, extraction
and suppressions of a ``check`` run. Copies (N = 2, 4, 8, 16
copies of one news-like file, ``--copy-kb`` each: every fixture story, in every language,
repeated to the size) time a whole ``check`` of the copies in this process, in CPU seconds
with FIGCHECK_JOBS=1 (one core's work, whatever else the machine runs), and count its
findings. Always exits 0: a measurement.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from figcheck.align import align  # noqa: E402
from figcheck.document import Document, Version, find_published, plain_text  # noqa: E402
from figcheck.extractors import extract  # noqa: E402
from figcheck.suppress import read as read_suppressions  # noqa: E402

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
    # A paragraph blanked out for another language between two currencies: the gap
    # patterns of a conversion backtracked through it in cubic time (15 s at 1,700 blanks).
    "blanks between currencies": lambda n: "It cost €5 million" + " " * n + "It paid $6 million.",
    # (a year, blanks, a month: "2019 , May" read through a run of blanks, quadratic)
    "blanks between dates": lambda n: "It ran in May 2019" + " " * n + "x June 2021.",
    # (a CJK quarter or lunar date: its pattern's leading blanks were tried from every
    # blank of a run, quadratic: 3 s at 8,000 blanks)
    "blanks before a quarter": lambda n: "公司第" + " " * n + "x 第三季度。",
    "blanks before a lunar date": lambda n: "农历" + " " * n + "x 腊月廿三。",
    "blanks before a Japanese quarter": lambda n: "旧暦の" + " " * n + "x 第3四半期。",
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
    # streaks and the words around a change's ends (figcheck.extractors.count, rules._changes)
    "streaks": "a fifth straight month ",
    "ordinals": "fifth ",
    "in a row": "3 months in a row ",
    # tallies, streaks without an ordinal, rates per day (figcheck.extractors.exclusions,
    # cjk.streaks, quantity)
    "tallies": "was 3-1, ",
    "vote tallies": "approved the plan 9-2 ",
    "Chinese streaks": "连续12个月",
    "per day": "2 million barrels per day ",
}
SIZES = (1_000, 10_000, 100_000, 1_000_000)


def build(unit, size: int) -> str:
    if callable(unit):
        return unit(size)
    return (unit * (size // len(unit) + 1))[:size]


def measure(text: str) -> float:
    start = time.process_time()
    find_published(text)
    extract(text)
    return time.process_time() - start


def alike_sentences(count: int) -> list[str]:
    """Two versions of one sentence told ``count`` times with other figures (a table
    written as prose), a tenth of the counts changed in the second: every figure's words
    are alike, so only its value and neighbours tell its partner."""
    rng = random.Random(count)
    first = [f"The team sold {100 + i} units last week." for i in range(count)]
    second = [
        f"The team sold {100 + i + (rng.random() < 0.1)} units last week." for i in range(count)
    ]
    return [" ".join(first), " ".join(second)]


def change_sentences(count: int) -> list[str]:
    """Two versions of a change and a share told ``count`` times with other figures: every
    sentence is a clause the arithmetic rules read (rules change-arithmetic and
    share-arithmetic), a tenth of them wrong in the second."""
    rng = random.Random(count)

    def sentence(i: int, slip: bool) -> str:
        return (
            f"Sales rose {20 + 10 * slip}% to ${120 + i} million from $100 million, and"
            f" {i % 7 + 1} of the {i % 7 + 8} stores, or {round(100 * (i % 7 + 1) / (i % 7 + 8))}%, grew."
        )

    return [
        " ".join(sentence(i, False) for i in range(count)),
        " ".join(sentence(i, rng.random() < 0.1) for i in range(count)),
    ]


#: Name -> the versions of a story of the given number of sentences. Alignment of their
#: figures is timed: extraction is the patterns' business.
STORIES = {
    "alike sentences": alike_sentences,
    "change sentences": change_sentences,
}
#: Sentences per version: each step doubles the last.
SENTENCES = (250, 500, 1_000, 2_000)


#: Name -> (file suffix, unit repeated to the size): drafts read as ``check`` and ``hook``
#: read them: markup blanked, figures extracted, suppression comments read.
DRAFTS = {
    "markdown [": (".md", "["),
    "markdown *a": (".md", "*a "),
    "markdown _a": (".md", "_a "),
    "markdown **a *b": (".md", "**a *b "),
    "markdown ~~a": (".md", "~~a "),
    "markdown backticks": (".md", "`"),
    "markdown ![": (".md", "!["),
    "markdown [](": (".md", "[]("),
    "markdown unclosed fences": (".md", "````a\n```\n~~~b\n"),
    "html <?": (".html", "<?"),
    "html <script": (".html", "<script"),
    "html entities": (".html", "&amp;&#"),
    "suppressions": (".txt", "# figcheck: ignore\n"),
    "suppressions, CR ends": (".txt", "# figcheck: ignore qualifier-drift\r"),
    "suppression blocks": (".md", "<!-- figcheck: off -->\n$5\n<!-- figcheck: on -->\n"),
}
#: Draft sizes in characters: each step doubles the last (80 KB took 61 s before).
DRAFT_SIZES = (10_000, 20_000, 40_000, 80_000)


def time_draft(name: str, size: int) -> float:
    suffix, unit = DRAFTS[name]
    text = build(unit, size)
    start = time.process_time()
    plain = plain_text(text, f"draft{suffix}")
    find_published(plain or text)
    extract(plain or text)
    read_suppressions(text)
    return time.process_time() - start


def time_pattern(name: str, size: int) -> float:
    return measure(build(PATTERNS[name], size))


def time_story(name: str, sentences: int) -> float:
    """Seconds to align the story's versions (their figures extracted beforehand)."""
    texts = STORIES[name](sentences)
    versions = [Version(Document(f"v{n}.txt", t), tuple(extract(t))) for n, t in enumerate(texts)]
    start = time.process_time()
    align(versions)
    return time.process_time() - start


def time_story_check(name: str, sentences: int) -> float:
    """Seconds of the whole ``check`` of the story's versions: reading, alignment, rules."""
    from figcheck.pipeline import check_documents

    texts = STORIES[name](sentences)
    documents = [Document(f"v{n}.txt", text) for n, text in enumerate(texts)]
    start = time.process_time()
    check_documents(documents)
    return time.process_time() - start


#: How many copies of one file ``check`` reads: each step doubles the last.
COPIES = (2, 4, 8, 16)
#: Kilobytes per copy (the issue's shape is 1 MB; a smaller copy keeps the run short).
COPY_KB = 250


def news_file(kilobytes: int) -> str:
    """A news-like file: every fixture story's versions (every language) one after the
    other, repeated to the size; a long digest rather than one story told again."""
    stories = "\n\n".join(
        path.read_text(encoding="utf-8") for path in sorted((ROOT / "fixtures").glob("*/*.txt"))
    )
    size = kilobytes * 1000
    return ((stories + "\n\n") * (size // (len(stories) + 2) + 1))[:size]


def time_copies(copies: int, kilobytes: int = COPY_KB) -> tuple[float, int]:
    """CPU seconds of ``check`` on ``copies`` copies of one news file, and its findings."""
    from figcheck.pipeline import check

    text = news_file(kilobytes)
    jobs = os.environ.get("FIGCHECK_JOBS")
    os.environ["FIGCHECK_JOBS"] = "1"  # CPU time of this process is all the work
    try:
        with tempfile.TemporaryDirectory() as folder:
            paths = []
            for n in range(copies):
                path = Path(folder) / f"copy-{n:02}.txt"
                path.write_text(text, encoding="utf-8")
                paths.append(str(path))
            start = time.process_time()
            report = check(paths)
            return time.process_time() - start, len(report.findings)
    finally:
        if jobs is None:
            del os.environ["FIGCHECK_JOBS"]
        else:
            os.environ["FIGCHECK_JOBS"] = jobs


COPIES_SHAPE = "copies of a news file"


def copies_table(kilobytes: int, budget: float) -> list[str]:
    """The copies row (CPU seconds per number of copies) and its findings; the shape's
    name if it grows more than twice as fast as the copies."""
    findings: dict[int, int] = {}

    def timing(_name: str, copies: int) -> float:
        seconds, findings[copies] = time_copies(copies, kilobytes)
        return seconds

    time_copies(1, 10)  # imports and first-use set-up are not what is measured
    header = "".join(f"{n:>10}" for n in COPIES)
    print(f"\n{f'check: copies of {kilobytes} KB':28}{header}  growth per doubling (CPU s)")
    line, superlinear = row(COPIES_SHAPE, list(COPIES), timing, budget)
    print(line, flush=True)
    print(f"{'  findings':28}" + "".join(f"{findings[n]:>10}" for n in COPIES if n in findings))
    return [COPIES_SHAPE] if superlinear else []


def row(name: str, sizes: list[int], timing, budget: float) -> tuple[str, bool]:
    """One line of a table: the seconds ``timing(name, size)`` takes at each size and the
    growth per step, and whether it grows more than twice as fast as the size."""
    times: list[float] = []
    for i, size in enumerate(sizes):
        if i >= 2 and times[-1] * times[-1] / max(times[-2], 1e-6) > budget:
            break  # at the growth seen so far, this size would blow the budget
        times.append(timing(name, size))
        if times[-1] > budget:
            break
    steps = [later / earlier for earlier, later in zip(sizes, sizes[1:], strict=False)]
    growths = [later / max(earlier, 1e-6) for earlier, later in zip(times, times[1:], strict=False)]
    # Steps below 10 ms are timer noise; judge the others.
    superlinear = any(
        g > step**1.5 for g, step, t in zip(growths, steps, times[1:], strict=False) if t > 0.01
    )
    cells = "".join(f"{t:>10.3f}" for t in times) + " " * 10 * (len(sizes) - len(times))
    growth = " ".join(
        f"x{g:.0f}" if step >= 10 else f"x{g:.1f}" for g, step in zip(growths, steps, strict=False)
    )
    mark = "  SUPERLINEAR" if superlinear else ""
    if len(times) < len(sizes):
        mark += f" (stopped: next size over {budget:g} s)"
    return f"{name:28}{cells}  {growth}{mark}", superlinear


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    parser.add_argument("--budget", type=float, default=60.0, help="seconds per size at most")
    parser.add_argument("--only", nargs="*", help="pattern or story names to run")
    parser.add_argument("--copy-kb", type=int, default=COPY_KB, help="size of each copy")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    names = args.only or [*PATTERNS, *DRAFTS, *STORIES, COPIES_SHAPE]
    patterns = [n for n in names if n in PATTERNS]
    drafts = [n for n in names if n in DRAFTS]
    stories = [n for n in names if n in STORIES]
    flagged = []
    if patterns:
        header = "".join(f"{f'{s // 1000} KB':>10}" for s in sizes)
        print(f"{'pattern':28}{header}  growth per step")
    for name in patterns:
        line, superlinear = row(name, sizes, time_pattern, args.budget)
        print(line, flush=True)
        flagged += [name] if superlinear else []
    if drafts:
        header = "".join(f"{f'{s // 1000} KB':>10}" for s in DRAFT_SIZES)
        print(f"\n{'draft: markup, suppressions':28}{header}  growth per doubling")
    for name in drafts:
        line, superlinear = row(name, list(DRAFT_SIZES), time_draft, args.budget)
        print(line, flush=True)
        flagged += [name] if superlinear else []
    if stories:
        header = "".join(f"{n:>10}" for n in SENTENCES)
        print(f"\n{'story: align, sentences':28}{header}  growth per doubling")
    for name in stories:
        time_story_check(name, 10)  # imports and first-use set-up are not what is measured
        for what, timing in [("align", time_story), ("check", time_story_check)]:
            line, superlinear = row(name, list(SENTENCES), timing, args.budget)
            print(f"{what}: {line}", flush=True)
            flagged += [f"{name} ({what})"] if superlinear else []
    if COPIES_SHAPE in names:
        flagged += copies_table(args.copy_kb, args.budget)
    shapes = len(names) + len(stories)  # a story is timed twice: alignment, then check
    print(f"\n{shapes - len(flagged)} of {shapes} shapes linear", end="")
    print(f"; superlinear: {', '.join(flagged)}" if flagged else "")
    return 0


if __name__ == "__main__":
    sys.exit(main())
