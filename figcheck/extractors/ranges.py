"""Link the two ends of a range ("10-12%", "200 to 300 people") that finders marked low/high."""

from __future__ import annotations

from figcheck.figures import Figure


def link(figures: list[Figure]) -> list[Figure]:
    """Give a low end and the high end right after it each other's index (money links its own)."""
    figures = list(figures)
    for a in range(len(figures) - 1):
        low, high = figures[a], figures[a + 1]
        if (
            low.kind != "money"
            and low.kind == high.kind
            and low.unit == high.unit
            and low.range_part == "low"
            and high.range_part == "high"
            and low.range_with is None
        ):
            figures[a] = low.with_changes(range_with=a + 1)
            figures[a + 1] = high.with_changes(range_with=a)
    return figures
