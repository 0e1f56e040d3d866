"""Adversarial strings (benchmarks/adversarial.py) read in linear time.

A linear pattern reads 50 KB in well under a second; the quadratic ones this
guards against took from 10 s to many minutes at that size.
"""

from __future__ import annotations

import importlib.util
import time
from pathlib import Path

import pytest

_path = Path(__file__).resolve().parents[1] / "benchmarks" / "adversarial.py"
_spec = importlib.util.spec_from_file_location("adversarial", _path)
adversarial = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(adversarial)

SIZE = 50_000
BUDGET = 10.0


@pytest.mark.parametrize("name", sorted(adversarial.PATTERNS))
def test_adversarial_pattern_is_read_quickly(name):
    text = adversarial.build(adversarial.PATTERNS[name], SIZE)
    start = time.perf_counter()
    adversarial.measure(text)
    assert time.perf_counter() - start < BUDGET
