"""Offsets to the lines and columns an editor shows."""

import pytest

from figcheck.text import line_column, line_starts


@pytest.mark.parametrize(
    "text, offset, expected",
    [
        ("abc", 0, (1, 1)),
        ("abc\ndef", 4, (2, 1)),
        ("abc\r\ndef", 6, (2, 2)),
        ("a\rb\nc", 4, (3, 1)),
        ("", 0, (1, 1)),
    ],
)
def test_line_column(text, offset, expected):
    assert line_column(line_starts(text), offset) == expected
