"""The spelled numbers written into figcheck are still what num2words says.

A run reads the written tables (num2words costs a run reading a Spanish, French,
Portuguese or German sentence ~15 ms to import); this test is where num2words stays the
reference. After a num2words upgrade that changes them, ``python3 -m
figcheck.lang._spelled`` rewrites the file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from figcheck.lang import _spelled
from figcheck.lang._spelled_tables import TABLES


@pytest.mark.parametrize("code", _spelled.LANGUAGES)
def test_the_written_tables_are_num2words(code):
    assert TABLES[code] == _spelled.from_num2words(code)


@pytest.mark.parametrize(
    ("code", "n", "cardinal", "ordinal"),
    [
        ("es", 21, "veintiuno", "vigésimo primero"),
        ("fr", 1, "un", "premier"),
        ("pt", 2, "dois", "segundo"),
        ("de", 31, "einunddreißig", "einunddreißigste"),
    ],
)
def test_the_words_read_as_before(code, n, cardinal, ordinal):
    words = _spelled.spelled(code)
    assert words["cardinals"][n - 1] == cardinal
    assert words["ordinals"][n - 1] == ordinal


def test_a_language_not_written_is_spelled_by_num2words():
    assert "it" not in TABLES
    assert _spelled.spelled("it")["cardinals"][2] == "tre"


def test_the_file_is_what_the_writer_writes(tmp_path):
    written = _spelled.write_tables(tmp_path / "tables.py")
    assert written.read_text(encoding="utf-8") == Path(_spelled.__file__).with_name(
        "_spelled_tables.py"
    ).read_text(encoding="utf-8")


def test_reading_a_date_in_words_loads_no_num2words():
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from figcheck.extractors.dates import localized, search\n"
        "for lang in search.LANGUAGES: localized.vocabulary(lang.WORDS)\n"
        "print('num2words' in sys.modules)\n"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True,
        env={"PYTHONPATH": str(root), "PATH": ""},
    )  # fmt: skip
    assert out.stdout.strip() == "False"
