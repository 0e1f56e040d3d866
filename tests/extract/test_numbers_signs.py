"""English minus signs that copy writes loosely: "-.5", and a minus set apart on its own line."""

from decimal import Decimal

import pytest

from figcheck import extract

SIGNS = [
    # A minus before a leading decimal point.
    ("The index moved -.5 on Friday.", "-0.5", "-.5"),
    ("Output changed by -.25% in May.", "-0.25", "-.25%"),
    # A minus set apart before a figure alone on its line or in brackets: its sign.
    ("Weekly change:\n- 0.8%\nSource: agency", "-0.8", "- 0.8%"),
    ("Weekly change:\n- 1.5 per cent", "-1.5", "- 1.5 per cent"),
    ("Exports fell (- 3.2%) over the year.", "-3.2", "- 3.2%"),
    # Before anything else on the line the dash opens a list item; between words it joins.
    ("Results:\n- 12 new homes were built", "12", "12"),
    ("The vote was 7 - 3 in favour.", "7", "7"),
    ("Pages 10-.5 were lost.", "10", "10"),
]


@pytest.mark.parametrize("text, value, surface", SIGNS)
def test_minus_signs(text, value, surface):
    figure = next(f for f in extract(text) if f.kind in ("number", "percent", "count"))
    assert (figure.value, figure.text) == (Decimal(value), surface)
