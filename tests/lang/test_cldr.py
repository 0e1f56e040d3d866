"""The CLDR tables written into figcheck are still what babel's CLDR data says.

A run reads the written tables (babel costs a non-English run ~60 ms to load); this
test is where babel stays the reference. After a babel upgrade that changes them,
``python3 -m figcheck.lang._cldr`` rewrites the file.
"""

from __future__ import annotations

import pytest

from figcheck.lang import _cldr
from figcheck.lang._cldr_tables import TABLES


@pytest.mark.parametrize("locale", _cldr.LOCALES)
def test_the_written_tables_are_babels(locale):
    assert TABLES[locale] == _cldr.from_babel(locale)


@pytest.mark.parametrize(
    ("locale", "month", "weekday", "decimal"),
    [
        ("es", ("septiembre", 9), ("miércoles", 3), ","),
        ("de", ("märz", 3), ("sonntag", 7), ","),
        ("fr", ("août", 8), ("lundi", 1), ","),
        ("pt", ("dezembro", 12), ("sábado", 6), ","),
        ("ja", ("8月", 8), ("木曜日", 4), "."),
        ("zh", ("八月", 8), ("星期四", 4), "."),
    ],
)
def test_the_tables_read_as_before(locale, month, weekday, decimal):
    assert _cldr.months(locale)[month[0]] == month[1]
    assert _cldr.weekdays(locale)[weekday[0]] == weekday[1]
    assert _cldr.separators(locale)[0] == decimal


def test_a_locale_not_written_is_read_from_babel():
    assert "it" not in TABLES
    assert _cldr.months("it")["settembre"] == 9
    assert _cldr.separators("it") == (",", (".",))


def test_the_file_is_what_the_writer_writes(tmp_path):
    from pathlib import Path

    written = _cldr.write_tables(tmp_path / "tables.py")
    assert written.read_text(encoding="utf-8") == Path(_cldr.__file__).with_name(
        "_cldr_tables.py"
    ).read_text(encoding="utf-8")
