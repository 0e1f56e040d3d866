"""A progress bar for long runs, on a terminal's stderr only, so no report ever contains it."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")

#: Fewer files than this finish before a bar would be worth reading.
MIN_FILES = 20


@contextmanager
def progress(items: Iterable[T], label: str) -> Iterator[Iterable[T]]:
    """``items``, wrapped in click's progress bar when they are many and stderr is a terminal."""
    items = list(items)
    stream = sys.stderr
    if len(items) < MIN_FILES or not (hasattr(stream, "isatty") and stream.isatty()):
        yield items
        return
    import click

    with click.progressbar(items, label=label, file=stream) as bar:
        yield bar
