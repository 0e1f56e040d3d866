"""Month and weekday names and number symbols from CLDR, per locale.

Typing these tables by hand for every language invites slips; CLDR is the reference
every locale library uses. Reading it through babel at run time cost a Spanish or
Chinese run some 60 ms of start-up, so the tables of the locales figcheck reads are
written out once into ``_cldr_tables`` (``python3 -m figcheck.lang._cldr`` rewrites
it, and a test checks it still equals what babel says). A locale missing there is
read from babel, as before.
"""

from __future__ import annotations

import json
from pathlib import Path

#: The locales written into ``_cldr_tables``.
LOCALES = ("de", "es", "fr", "ja", "pt", "zh")


def _names(table) -> dict[str, int]:
    return {str(name).lower().rstrip("."): number for number, name in table.items()}


def _written(locale: str) -> dict | None:
    """The written-out tables of ``locale``, or None."""
    from figcheck.lang._cldr_tables import TABLES

    return TABLES.get(locale)


def months(locale: str) -> dict[str, int]:
    """Wide and abbreviated month names, lower-cased, without a final dot: month 1-12."""
    written = _written(locale)
    return dict(written["months"]) if written else from_babel(locale)["months"]


def weekdays(locale: str) -> dict[str, int]:
    """Wide and abbreviated weekday names, lower-cased: ISO number (Monday 1 … Sunday 7)."""
    written = _written(locale)
    return dict(written["weekdays"]) if written else from_babel(locale)["weekdays"]


def separators(locale: str) -> tuple[str, tuple[str, ...]]:
    """The decimal mark and the group mark of a locale's Latin digits."""
    written = _written(locale) or from_babel(locale)
    return written["decimal"], tuple(written["groups"])


def from_babel(locale: str) -> dict:
    """The tables of ``locale`` as babel's CLDR data gives them."""
    from babel import Locale
    from babel.numbers import get_decimal_symbol, get_group_symbol

    loc = Locale.parse(locale)
    month_names: dict[str, int] = {}
    weekday_names: dict[str, int] = {}
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            month_names.update(_names(loc.months[context][width]))
            days = _names(loc.days[context][width])
            weekday_names.update({name: number + 1 for name, number in days.items()})
    return {
        "months": month_names,
        "weekdays": weekday_names,
        "decimal": get_decimal_symbol(locale),
        "groups": (get_group_symbol(locale),),
    }


def write_tables(path: Path | None = None) -> Path:
    """Write ``_cldr_tables.py`` from babel for every locale of LOCALES."""
    body = []
    for locale in LOCALES:
        tables = from_babel(locale)
        body.append(f"    {_quoted(locale)}: {{")
        for name in ("months", "weekdays"):
            body.append(f"        {_quoted(name)}: {{")
            body += [f"            {_quoted(k)}: {v}," for k, v in tables[name].items()]
            body.append("        },")
        body.append(f'        "decimal": {_quoted(tables["decimal"])},')
        body.append(f'        "groups": ({", ".join(map(_quoted, tables["groups"]))},),')
        body.append("    },")
    summary = "CLDR tables of the locales figcheck reads, from babel\'s data."
    path = path or Path(__file__).with_name("_cldr_tables.py")
    return write_module(path, summary, "figcheck.lang._cldr", body)


def write_module(path: Path, summary: str, writer: str, body: list[str]) -> Path:
    """Write a generated table module: its docstring, then ``TABLES = {`` ``body`` ``}``."""
    lines = [
        f'"""{summary}',
        "",
        f"Written by ``python3 -m {writer}``: do not edit by hand, rerun it.",
        '"""',
        "",
        "TABLES = {",
        *body,
        "}",
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _quoted(text: str) -> str:
    """A string literal as ruff formats it: double quotes, characters kept as they are."""
    return json.dumps(text, ensure_ascii=False)


if __name__ == "__main__":
    print(write_tables())
