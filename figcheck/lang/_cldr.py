"""Month and weekday names and number symbols from CLDR (through babel), per locale.

Typing these tables by hand for every language invites slips; CLDR is the reference
every locale library uses. Called at a lexicon's import, so only languages a run
reads pay for it.
"""

from __future__ import annotations


def _names(table) -> dict[str, int]:
    return {str(name).lower().rstrip("."): number for number, name in table.items()}


def months(locale: str) -> dict[str, int]:
    """Wide and abbreviated month names, lower-cased, without a final dot: month 1-12."""
    from babel import Locale

    loc = Locale.parse(locale)
    out: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            out.update(_names(loc.months[context][width]))
    return out


def weekdays(locale: str) -> dict[str, int]:
    """Wide and abbreviated weekday names, lower-cased: ISO number (Monday 1 … Sunday 7)."""
    from babel import Locale

    loc = Locale.parse(locale)
    out: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            table = loc.days[context][width]
            out.update({name: number + 1 for name, number in _names(table).items()})
    return out


def separators(locale: str) -> tuple[str, tuple[str, ...]]:
    """The decimal mark and the group mark of a locale's Latin digits."""
    from babel.numbers import get_decimal_symbol, get_group_symbol

    return get_decimal_symbol(locale), (get_group_symbol(locale),)
