"""Nothing dropped silently: numeric-looking text no finder read, and why the rest is ignored."""

from __future__ import annotations

import datetime
import json

import pytest
from helpers import run_figcheck
from hypothesis import given, settings
from hypothesis import strategies as st

from figcheck.extractors import extract, unparsed

CASES = [
    # read as figures: nothing left
    ("Bonuses of 3 million yuan ($420,000) for 48 experts.", []),
    ("Rs 2.3 lakh crore", []),
    # beyond what a figure can mean
    ("It was 7e83 in all, and $5 more.", ["7e83"]),
    ("a total of 1x10^1000000", ["1x10^1000000"]),
    ("x " + "9" * 40 + " y", ["9" * 40]),
    # scale words and CJK numbers no finder reads
    ("lakh and crore", ["lakh", "crore"]),
    ("预算300万元", []),  # read by the Chinese finder: money, nothing left unread
    ("三千万人", []),  # read by the Chinese finder: a count of people
    # ignored on purpose: names, links, phones, years, dates, times, ordinals, glued letters
    ("The Thousand Talents Plan and the Fortune 500", []),
    ("see https://x.invalid/2024/55 or call 555-123-4567", []),
    ("in 2019, on June 24th at 21:21, posted 2023-08-26", []),
    ("the A380, 5G networks, MP3 players and the 1990s", []),
    # a grouped number is a number, not a phone number
    ("a fine of 31.540.268.119 roubles", []),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_unparsed_tokens(text, expected):
    found = unparsed(text, extract(text))
    assert [token for _, _, token in found] == expected
    assert all(text[start:end] == token for start, end, token in found)


def test_positions_in_text_format(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("It cost $5.\nThen 7e83 more.\n", encoding="utf-8")
    result = run_figcheck("extract", "--unparsed", str(path))
    assert result.returncode == 0
    assert result.stdout.splitlines() == [
        f'{path}:1:9  money     USD 5  "$5"',
        f'{path}:2:6  unparsed  "7e83"',
    ]


def test_json_lists_them_and_the_summary_counts_them(tmp_path):
    path = tmp_path / "a.md"
    path.write_text("It cost **$5**.\n\nThen 7e83 and 9E10000000 more.\n", encoding="utf-8")
    plain = json.loads(run_figcheck("extract", "--format", "json", str(path)).stdout)
    assert plain["summary"] == {"figures": 1, "unparsed": 2}
    assert "unparsed" not in plain["documents"][0]
    listed = json.loads(run_figcheck("extract", "--format", "json", "--unparsed", str(path)).stdout)
    assert listed["documents"][0]["unparsed"] == [
        {"start": 22, "end": 26, "line": 3, "column": 6, "text": "7e83"},
        {"start": 31, "end": 41, "line": 3, "column": 15, "text": "9E10000000"},
    ]


def test_long_tokens_are_shortened_in_output():
    result = run_figcheck("extract", "--unparsed", "-", stdin="1" * 500 + "\n")
    (line,) = result.stdout.splitlines()
    assert line.endswith('unparsed  "' + "1" * 59 + '…"')


PIECES = [
    "7e83", "1x10^99", "42", "3.5", "1,000", "lakh", "crore", "300万", "$", " million",
    " yuan", "%", " people", " ", "\n", "A", "5G", "2019", "June", "one in five", "twice",
]  # fmt: skip


@settings(max_examples=150, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_unparsed_tokens_slice_back_and_no_figure_covers_them(text):
    figures = extract(text)
    for start, end, token in unparsed(text, figures):
        assert text[start:end] == token
        assert not any(f.start < end and start < f.end for f in figures)


PUBLISHED = datetime.date(2024, 5, 3)


def _check_report(tmp_path, first: str, second: str):
    from figcheck.pipeline import check

    (tmp_path / "a.txt").write_text(first, encoding="utf-8")
    (tmp_path / "b.txt").write_text(second, encoding="utf-8")
    return check([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")], date=PUBLISHED)


#: format -> what its summary says of two unread tokens ("7e83", "9E10000000")
SUMMARIES = [
    ("json", lambda out: json.loads(out)["summary"]["unparsed"] == 2),
    ("sarif", lambda out: json.loads(out)["runs"][0]["properties"] == {"unparsed": 2}),
    ("text", lambda out: "2 unparsed numeric token(s)" in out.splitlines()[-1]),
    ("html", lambda out: ", 2 unparsed</p>" in out),
]


@pytest.mark.parametrize("fmt, says", SUMMARIES)
def test_check_reports_count_unparsed_tokens_in_their_summary(tmp_path, fmt, says):
    from figcheck.report.check import FORMATTERS

    report = _check_report(tmp_path, "Reserves hit 7e83 tonnes.\n", "It was 9E10000000.\n")
    assert says(FORMATTERS[fmt](report))


@pytest.mark.parametrize("fmt", ["json", "sarif", "text", "html"])
def test_nothing_unparsed_is_counted_as_zero_or_not_shown(tmp_path, fmt):
    from figcheck.report.check import FORMATTERS

    out = FORMATTERS[fmt](_check_report(tmp_path, "It cost $5.\n", "It cost $5.\n"))
    if fmt == "json":
        assert json.loads(out)["summary"]["unparsed"] == 0
    elif fmt == "sarif":
        assert json.loads(out)["runs"][0]["properties"] == {"unparsed": 0}
    else:
        assert "unparsed numeric" not in out and "unparsed</p>" not in out


@pytest.mark.parametrize(
    "text, language, expected",
    [
        # a date in the document's language is a date, not an unread number
        ("Publié le 18 septembre 2024.", "fr", []),
        ("Veröffentlicht am 3. März 2024.", "de", []),
        ("Publicado el 7 de mayo de 2024.", "es", []),
        # the same words read as English leave the day unread
        ("Publié le 18 septembre 2024.", "en", ["18"]),
        # a language figcheck does not read: English dates only, nothing refused
        ("Pubblicato il 18 settembre 2024.", "it", ["18"]),
    ],
)
def test_dates_are_told_in_the_document_language(text, language, expected):
    found = unparsed(text, [], language)
    assert [token for _, _, token in found] == expected
