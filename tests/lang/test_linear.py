"""Long runs of one language's number shapes read in linear time.

Each shape's numbers are read at 5 KB and at 20 KB: linear work grows about x4, a
reader that looks along the whole run of number words from each word grows x16 (a
look for an ordinal's ending did: 28 s for 80 KB of "5 mil 200 mil 300").
"""

from __future__ import annotations

import time

import pytest

from figcheck.extractors.numerals import find_numbers

SMALL, LARGE = 5_000, 20_000
#: Growth above this (x16 would be quadratic) fails; below 0.05 s timing noise rules.
MAX_GROWTH, NOISE = 9.0, 0.05

SHAPES = [
    # digits and scale words run on without a break: one run of pieces
    ("es", "5 mil 200 mil 300 "),
    ("es", "25 mil 300 millones 2 "),
    ("fr", "de 3 à 5 millions "),
    ("fr", "deux cent cinquième cent "),
    ("fr", "un cent millième "),
    ("fr", "- 5 %\n"),
    ("fr", "(- 3,2 %) "),
    ("de", "zwei Millionen dreihunderttausend einhalb "),
    ("pt", "2 milhões 300 mil de 9 para 7,5% "),
]


def seconds(text: str, language: str) -> float:
    """CPU seconds, the best of three: a busy machine must not fake a quadratic growth."""
    times = []
    for _ in range(3):
        start = time.process_time()
        find_numbers(text, language)
        times.append(time.process_time() - start)
    return min(times)


@pytest.mark.parametrize("language, shape", SHAPES)
def test_shape_grows_linearly(language, shape):
    small = seconds(shape * (SMALL // len(shape)), language)
    large = seconds(shape * (LARGE // len(shape)), language)
    assert large < NOISE or large / small < MAX_GROWTH, f"{small:.3f} s -> {large:.3f} s"
