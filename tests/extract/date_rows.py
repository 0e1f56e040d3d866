"""Shared helpers of the per-language date tables: one row is text -> expected figures."""

import datetime as dt

from figcheck.extractors import dates

PUB = dt.date(2023, 8, 24)  # a Thursday


def d(text, first, last=None, precision="day", kind="date"):
    """An expected figure: its text, kind, (first, last) and precision; ``last`` defaults to
    ``first`` for a day; None for both is unresolved."""
    if precision == "day" and kind == "date" and last is None:
        last = first
    value = None if first is None and last is None else (first, last)
    return (text, kind, value, precision)


def found(text, published=PUB):
    return [(f.text, f.kind, f.value, f.precision) for f in dates.find(text, published)]
