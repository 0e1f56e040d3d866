"""Many documents are extracted in several processes: the figures must not depend on it."""

import os
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from figcheck import parallel
from figcheck.document import Document
from figcheck.errors import InputError
from figcheck.pipeline import figures_of, read_figures

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("setting", "expected"),
    [("1", 1), ("3", 3), (" 2 ", 2), ("", "cores")],
)
def test_job_count(monkeypatch, setting, expected):
    monkeypatch.setenv(parallel.JOBS_VARIABLE, setting)
    cores = parallel.available_cores()
    assert parallel.job_count() == (cores if expected == "cores" else expected)


@pytest.mark.parametrize("setting", ["0", "-1", "two", "1.5"])
def test_bad_job_count_is_an_input_error(monkeypatch, setting):
    monkeypatch.setenv(parallel.JOBS_VARIABLE, setting)
    with pytest.raises(InputError, match="FIGCHECK_JOBS"):
        parallel.job_count()


STORY = (
    "On Thursday the fund raised 2.1 billion yuan ($290 million) from 57 investors, "
    "up 12% from the previous year. The pilot ran from 2016 to 2019 and drew more than "
    "300 applicants, of whom only eight were chosen. "
)


def versions(count, size):
    """``count`` different documents of about ``size`` characters each."""
    docs = []
    for i in range(count):
        text = (STORY.replace("57", str(57 + i)) + "\n\n") * (size // len(STORY) + 1)
        docs.append(Document(f"v{i}.txt", text))
    return docs


def test_parallel_figures_equal_serial(monkeypatch):
    docs = versions(4, parallel.MIN_PARALLEL_CHARS // 2)
    monkeypatch.setenv(parallel.JOBS_VARIABLE, "2")
    handed_out = []
    iter_all = parallel.iter_all

    def spread(function, items):
        handed_out.append(len(items))
        return iter_all(function, items)

    monkeypatch.setattr(parallel, "iter_all", spread)
    read = read_figures(docs)
    assert handed_out == [4]  # read by the workers
    serial = [figures_of(doc) for doc in docs]
    assert [version.figures for version in read] == serial
    assert serial[1] != serial[2]


def test_small_runs_start_no_workers(monkeypatch):
    docs = versions(3, 1_000)
    monkeypatch.setenv(parallel.JOBS_VARIABLE, "2")

    def no_workers(function, items):
        raise AssertionError("workers started for a small run")

    monkeypatch.setattr(parallel, "iter_all", no_workers)
    read = read_figures(docs)
    assert [version.figures for version in read] == [figures_of(doc) for doc in docs]


def test_each_document_is_read_once_and_given_back_in_order(monkeypatch):
    docs = versions(3, parallel.MIN_PARALLEL_CHARS // 2)
    docs.append(docs[0])  # named twice: read once
    monkeypatch.setenv(parallel.JOBS_VARIABLE, "2")
    shown = []

    @contextmanager
    def progress(items, label):
        shown.extend(doc.path for doc in items)
        yield items

    read = read_figures(docs, progress)
    assert shown == ["v0.txt", "v1.txt", "v2.txt"]
    assert [version.document.path for version in read] == ["v0.txt", "v1.txt", "v2.txt", "v0.txt"]
    assert read[3] == read[0]


def process_of(item):
    return item, os.getpid()


@pytest.mark.parametrize(("jobs", "elsewhere"), [("1", False), ("2", True)])
def test_run_all_keeps_order_and_uses_workers(monkeypatch, jobs, elsewhere):
    monkeypatch.setenv(parallel.JOBS_VARIABLE, jobs)
    results = parallel.run_all(process_of, list(range(6)))
    assert [item for item, _ in results] == list(range(6))
    assert all((pid != os.getpid()) == elsewhere for _, pid in results)


def test_bad_setting_on_the_command_line(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("It cost $5 million in 2022.\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "figcheck", "check", str(tmp_path)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), parallel.JOBS_VARIABLE: "lots"},
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "figcheck: FIGCHECK_JOBS='lots': expected a whole number of at least 1"
    ]
