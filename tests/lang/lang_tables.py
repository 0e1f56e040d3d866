"""Shared reading of the per-language tables: text -> figures and numbers as plain tuples."""

from decimal import Decimal

from figcheck.extractors import extract
from figcheck.extractors.numerals import number_matches

#: The kinds these tables check; dates belong to the date tables.
KINDS = {"money", "percent", "count", "number"}


def figures(text: str, language: str) -> list[tuple[str, Decimal, str | None]]:
    return [(f.kind, f.value, f.unit) for f in extract(text, None, language) if f.kind in KINDS]


def qualifiers(text: str, language: str) -> list[str | None]:
    return [f.qualifier for f in extract(text, None, language) if f.kind in KINDS]


def numbers(text: str, language: str) -> list[tuple[str, Decimal]]:
    return [(m.group(0), m.value) for m in number_matches(text, language)]


def expected(rows) -> list[tuple[str, Decimal, str | None]]:
    return [(kind, Decimal(value), unit) for kind, value, unit in rows]


def quantities(text: str, language: str) -> list[tuple[Decimal, str]]:
    return [(f.value, f.unit) for f in extract(text, None, language) if f.kind == "quantity"]


def approximate(text: str, language: str) -> list[tuple[Decimal | None, str | None]]:
    """Counts and numbers as (value, qualifier): a vague count ("des centaines") has none."""
    return [
        (f.value, f.qualifier)
        for f in extract(text, None, language)
        if f.kind in ("count", "number")
    ]


def approximate_rows(rows) -> list[tuple[Decimal | None, str | None]]:
    return [(None if value is None else Decimal(value), word) for value, word in rows]


def per_units(text: str, language: str) -> list[tuple[str, Decimal, str | None]]:
    """Money and quantities as (written, value, what it is per): "1 200 euros par mois" is
    per month, "3 tonnes par an" per year."""
    return [
        (f.text, f.value, dict(f.extra).get("per"))
        for f in extract(text, None, language)
        if f.kind in ("money", "quantity")
    ]
