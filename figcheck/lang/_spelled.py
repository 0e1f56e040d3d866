"""Cardinal and ordinal words for 1 to 31 as num2words spells them, per date language.

The date forms of Spanish, French, Portuguese and German read days and counts written in
words ("el primero de mayo", "vor drei Tagen"). num2words loads every language it knows
when it is imported, which cost a run reading one such sentence some 15 ms of start-up,
so the words of the languages figcheck reads are written out once into
``_spelled_tables`` (``python3 -m figcheck.lang._spelled`` rewrites it, and a test checks
it still equals what num2words says). A language missing there is spelled by num2words,
as before.
"""

from __future__ import annotations

from pathlib import Path

#: The languages written into ``_spelled_tables``.
LANGUAGES = ("de", "es", "fr", "pt")
#: The numbers spelled: every day of a month.
NUMBERS = range(1, 32)


def spelled(code: str) -> dict[str, tuple[str, ...]]:
    """``cardinals`` and ``ordinals``: the words for 1 to 31 in language ``code``."""
    from figcheck.lang._spelled_tables import TABLES

    return TABLES.get(code) or from_num2words(code)


def from_num2words(code: str) -> dict[str, tuple[str, ...]]:
    """The words for 1 to 31 as num2words spells them in language ``code``."""
    from num2words import num2words

    return {
        "cardinals": tuple(num2words(n, lang=code) for n in NUMBERS),
        "ordinals": tuple(num2words(n, lang=code, to="ordinal") for n in NUMBERS),
    }


def write_tables(path: Path | None = None) -> Path:
    """Write ``_spelled_tables.py`` from num2words for every language of LANGUAGES."""
    from figcheck.lang._cldr import _quoted

    path = path or Path(__file__).with_name("_spelled_tables.py")
    lines = [
        '"""Cardinal and ordinal words for 1 to 31 of the date languages, from num2words.',
        "",
        "Written by ``python3 -m figcheck.lang._spelled``: do not edit by hand, rerun it.",
        '"""',
        "",
        "TABLES = {",
    ]
    for code in LANGUAGES:
        lines.append(f"    {_quoted(code)}: {{")
        for kind, words in from_num2words(code).items():
            lines.append(f"        {_quoted(kind)}: (")
            lines += [f"            {_quoted(word)}," for word in words]
            lines.append("        ),")
        lines.append("    },")
    lines.append("}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


if __name__ == "__main__":
    print(write_tables())
