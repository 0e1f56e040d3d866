"""A progress bar for long runs, on a terminal's stderr only, so no report ever contains it.

How long a run takes follows how much text it reads, not how many files: two 2 MB
files take a minute, forty notes a blink. So the bar counts bytes, and shows when
there are enough of them to take more than about two seconds.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

T = TypeVar("T")

#: Bytes that take about two seconds to read on a busy machine (figures are read at
#: some 260,000 characters a second per core when it is idle).
MIN_BYTES = 400_000


def size_of(item: Any) -> int:
    """A document's text in UTF-8 bytes, or a file's size on disk; 0 when unknown."""
    text = getattr(item, "text", None)
    if isinstance(text, str):
        return len(text.encode("utf-8", "surrogatepass"))
    if isinstance(item, (str, os.PathLike)) and item != "-":
        try:
            return os.path.getsize(item)
        except OSError:
            return 0
    return 0


@contextmanager
def progress(items: Iterable[T], label: str) -> Iterator[Iterable[T]]:
    """``items``, with a bar moving by each one's bytes once it is done, for a long run."""
    items = list(items)
    stream = sys.stderr
    if not (hasattr(stream, "isatty") and stream.isatty()):
        yield items
        return
    sizes = [size_of(item) for item in items]
    total = sum(sizes)
    if total < MIN_BYTES:
        yield items
        return
    import click

    label = f"{label} ({total / 1_000_000:.1f} MB)"
    with click.progressbar(length=total, label=label, file=stream) as bar:
        yield _advancing(items, sizes, bar)


def _advancing(items: Sequence[T], sizes: Sequence[int], bar: Any) -> Iterator[T]:
    """Each item; the bar moves by its size when the caller asks for the next one."""
    for item, size in zip(items, sizes, strict=True):
        yield item
        bar.update(size)
