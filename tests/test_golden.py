"""The JSON report of `check` on every bundled story, held byte for byte.

A refactor must not change what figcheck reports; a deliberate change of judgement
rewrites the golden file in the same commit (``FIGCHECK_WRITE_GOLDEN=1 pytest
tests/test_golden.py``), so the diff shows exactly which findings moved.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from helpers import ROOT, run_figcheck
from seedpaths import SEEDS

GOLDEN = Path(__file__).parent / "golden"

#: Fixture stories without a golden report yet (none: every story's report is pinned).
PENDING: set[str] = set()

#: (golden file, working directory, argument): paths in the report are relative to the directory.
STORIES = [
    *[
        (f"{d.name}.json", ROOT, f"fixtures/{d.name}/")
        for d in sorted((ROOT / "fixtures").iterdir())
        if d.is_dir() and d.name not in PENDING
    ],
    ("seeds.json", SEEDS, "."),
]


@pytest.mark.parametrize("golden, cwd, target", STORIES, ids=[s[0] for s in STORIES])
def test_check_report_is_unchanged(golden, cwd, target):
    if not Path(cwd).is_dir():
        pytest.skip(f"{cwd} is not here")
    result = run_figcheck("check", "--format", "json", "--fail-on", "never", target, cwd=cwd)
    assert result.returncode == 0, result.stderr
    path = GOLDEN / golden
    if os.environ.get("FIGCHECK_WRITE_GOLDEN"):
        path.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == path.read_text(encoding="utf-8")
