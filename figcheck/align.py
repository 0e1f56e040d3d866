"""Which figures in different documents report the same fact.

Placeholder until alignment lands: no figure is aligned with another.
"""

from __future__ import annotations

from figcheck.engine import Context, FigureRef


def align(context: Context) -> list[list[FigureRef]]:
    return []
