"""Table tests for a language: a sentence and the figures figcheck must read in it.

A row's expected figures name only the fields that matter to it; the rest may be anything.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from figcheck.extractors import extract
from figcheck.extractors.cjk.script import LANGUAGE

#: Publication date of every table sentence: a Saturday.
PUBLISHED = dt.date(2023, 8, 26)


def F(kind: str, text: str, value=None, **fields) -> dict:
    """One expected figure: kind, words, value (a number as a string, or an ISO pair)."""
    if isinstance(value, (str, int)):
        value = Decimal(str(value))
    return {"kind": kind, "text": text, "value": value, **fields}


def read(text: str, language: str | None = None, document: str = "en") -> list[dict]:
    """The figures of ``text`` as dicts, its lines read in ``language`` when it is given, in
    a document of language ``document`` (a Chinese quote in an English story, or a Chinese
    story: the lines read alike)."""
    token = LANGUAGE.set(language)
    try:
        figures = extract(text, PUBLISHED, document)
    finally:
        LANGUAGE.reset(token)
    return [{**fig.__dict__, "phrase": text[fig.span[0] : fig.span[1]]} for fig in figures]


def assert_reads(
    text: str, expected: list[dict], language: str | None = None, document: str = "en"
) -> None:
    actual = read(text, language, document)
    shown = [{k: a[k] for k in ("kind", "text", "value")} for a in actual]
    assert len(actual) == len(expected), shown
    for got, want in zip(actual, expected, strict=True):
        assert {k: got[k] for k in want} == want, (got, want)
