"""How alignment time grows with the number of versions of one story.

Each version is the wind-farm original perturbed the way rewrites are: paragraphs
reordered, a sentence dropped, spam inserted, a figure nudged, padded to about 5 KB.
Every version is aligned to one pivot, so time should grow about linearly.

    python3 benchmarks/align_scale.py [--counts 2,10,50,200] [--figures extractor|sample]

``--figures sample`` uses a small built-in reader (numbers, years, periods) so the
benchmark means something before every extractor has landed; ``extractor`` uses
figcheck's own extraction (timed separately). ``check`` is the whole of
``figcheck.engine.check`` (alignment again, then the rules). Each size runs in its own
process, so "peak" is that size's peak resident memory; "cpu" counts every thread.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from figcheck.document import Document  # noqa: E402
from figcheck.engine import Context, check  # noqa: E402
from figcheck.figures import Figure  # noqa: E402

FIXTURE = ROOT / "fixtures" / "wind-farm" / "01-original.txt"
SPAM = "Get a call back today from the best visa consultants, 100% success in 30 days."
FILLER = (
    "Officials from the ministry said the review had taken {n} weeks and involved {m} "
    "separate hearings in the coastal towns of the region."
)
_NUMBER = re.compile(r"(?:from (\d{4}) to (\d{4}))|\b\d[\d,]*(?:\.\d+)?%?")


def sample_figures(text: str) -> list[Figure]:
    figures = []
    for m in _NUMBER.finditer(text):
        if m.group(1):
            value = (f"{m.group(1)}-01-01", f"{m.group(2)}-12-31")
            figures.append(Figure("period", m.start(), m.end(), m.group(0), value))
            continue
        raw = m.group(0).rstrip("%").replace(",", "")
        kind = "percent" if m.group(0).endswith("%") else "count"
        figures.append(Figure(kind, m.start(), m.end(), m.group(0), Decimal(raw)))
    return figures


def version(seed: int, base: str) -> str:
    rng = random.Random(seed)
    head, *body = base.split("\n\n")
    paragraphs = list(body)
    for i in range(30):
        paragraphs.append(FILLER.format(n=rng.randint(2, 40), m=rng.randint(3, 90) + i))
    rng.shuffle(paragraphs)
    if len(paragraphs) > 3:
        paragraphs.pop(rng.randrange(len(paragraphs)))
    paragraphs.insert(rng.randrange(len(paragraphs)), SPAM)
    text = "\n\n".join([head, *paragraphs])
    return text.replace("48 turbines", f"{rng.choice([48, 50])} turbines")


def documents(count: int, figures: str) -> list[Document]:
    base = FIXTURE.read_text(encoding="utf-8")
    docs = []
    for i in range(count):
        doc = Document(f"v{i:03d}.txt", version(i, base))
        if figures == "sample":
            doc.__dict__["figures"] = sample_figures(doc.text)
        docs.append(doc)
    return docs


def measure(count: int, figures_from: str) -> None:
    from figcheck.align import align

    docs = documents(count, figures_from)
    cpu, started = time.process_time(), time.perf_counter()
    figures = sum(len(d.figures) for d in docs)
    extracted = time.perf_counter() - started
    started = time.perf_counter()
    facts = align(Context(docs))
    aligned = time.perf_counter() - started
    started = time.perf_counter()
    findings = len(check(docs).findings)
    checked = time.perf_counter() - started
    cpu = time.process_time() - cpu
    size = sum(len(d.text) for d in docs) // count
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        f"{count:4d} versions  ~{size / 1000:.1f} KB each  {figures:6d} figures  "
        f"extract {extracted:6.2f}s  align {aligned:6.2f}s  check {checked:6.2f}s  "
        f"(cpu {cpu:6.2f}s)  peak {peak:5.0f} MB  {len(facts)} facts  {findings} findings",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--counts", default="2,10,50,200")
    parser.add_argument("--figures", choices=("sample", "extractor"), default="sample")
    args = parser.parse_args()
    counts = [int(c) for c in args.counts.split(",")]
    if len(counts) == 1:
        measure(counts[0], args.figures)
        return
    for count in counts:
        command = [sys.executable, __file__, "--counts", str(count), "--figures", args.figures]
        subprocess.run(command, check=True)


if __name__ == "__main__":
    main()
