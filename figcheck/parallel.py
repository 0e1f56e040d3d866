"""Map a function over many texts at once, one process per core.

Extraction is pure Python and takes most of a large run (200 versions of a story,
a folder of long reports), so it is spread over processes rather than threads.
Each document's figures are the same whichever process read them: only the time
changes. Small runs stay in this process, where starting workers would cost more
than it saves (a pre-commit hook checks a draft against a source or two). The
pipeline is the only caller: it decides what is mapped.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

from figcheck.errors import InputError

T = TypeVar("T")
R = TypeVar("R")

#: Below this many characters in all, reading them here is quicker than starting workers.
MIN_PARALLEL_CHARS = 100_000
#: FIGCHECK_JOBS=1 keeps everything in one process; a larger number caps the workers.
JOBS_VARIABLE = "FIGCHECK_JOBS"


def available_cores() -> int:
    """Cores this process may run on (a container or taskset may allow fewer than exist)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def job_count() -> int:
    """How many processes to use: FIGCHECK_JOBS if set, else every available core."""
    setting = os.environ.get(JOBS_VARIABLE, "").strip()
    if not setting:
        return available_cores()
    if not setting.isdigit() or int(setting) < 1:
        raise InputError(f"{JOBS_VARIABLE}={setting!r}: expected a whole number of at least 1")
    return int(setting)


def map_texts(function: Callable[[T], R], items: Sequence[T], chars: int) -> Iterator[R]:
    """``map(function, items)``, on several processes when the texts are long enough to gain.

    ``chars`` is how many characters the items hold in all: below ``MIN_PARALLEL_CHARS``
    they are read here, one by one, as each result is asked for.
    """
    job_count()  # a mistyped FIGCHECK_JOBS is reported on any run, not only on large ones
    if worth_spreading(chars):
        return iter_all(function, items)
    return map(function, items)


def worth_spreading(chars: int) -> bool:
    """Whether texts of ``chars`` characters in all are long enough to read on several
    processes (``map_texts``); shorter ones are read here."""
    return chars >= MIN_PARALLEL_CHARS


def run_all(function: Callable[[T], R], items: Sequence[T]) -> list[R]:
    """``[function(item) for item in items]``, spread over processes when there are cores to spare.

    The function and items must pickle; results come back in the order of ``items``.
    """
    return list(iter_all(function, items))


def iter_all(function: Callable[[T], R], items: Sequence[T]) -> Iterator[R]:
    """``map(function, items)``, on several processes when there are cores to spare."""
    jobs = min(job_count(), len(items))
    if jobs < 2 or _in_worker:
        yield from map(function, items)
        return
    import multiprocessing  # here: a hook run on two small files never needs it

    if "fork" not in multiprocessing.get_all_start_methods():
        # (a spawned worker would re-import everything: not worth it for one run)
        yield from map(function, items)
        return
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_mark_worker) as pool:
        yield from pool.map(function, items)


_in_worker = False


def _mark_worker() -> None:
    """Workers do their share in one process: a worker starting workers would oversubscribe."""
    global _in_worker
    _in_worker = True
