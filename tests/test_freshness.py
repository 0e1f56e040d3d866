"""Stale exchange rates: a version dated after the last rate day gets a warning in every format."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from helpers import run_figcheck

from figcheck.document import Document, Version
from figcheck.errors import InputError
from figcheck.figures import Figure
from figcheck.freshness import stale_rates

LAST = dt.date(2026, 10, 30)
MONEY = Figure("money", 0, 10, "$5 million", None, "USD")
COUNT = Figure("count", 0, 2, "48", None)


class Table:
    def latest(self):
        return LAST


class FakeRates:
    def __init__(self, readable=True):
        self.readable = readable

    def table(self):
        if not self.readable:
            raise InputError("no rates")
        return Table()


def version(path, published, *figures):
    return Version(Document(path, "text", published=published), figures)


@pytest.mark.parametrize(
    "versions, warned",
    [
        ([version("a.md", dt.date(2026, 11, 2), MONEY)], ["a.md"]),
        ([version("a.md", LAST, MONEY)], []),  # the last day itself is covered
        ([version("a.md", dt.date(2026, 11, 2), COUNT)], []),  # no conversion to check
        ([version("a.md", None, MONEY)], []),  # undated: nothing to compare
        ([version("b.md", dt.date(2027, 1, 1), MONEY), version("a.md", dt.date(2027, 1, 1),
          MONEY), version("b.md", dt.date(2027, 1, 1), MONEY)], ["a.md", "b.md"]),
    ],
)  # fmt: skip
def test_stale_rates(versions, warned):
    notes = stale_rates(versions, FakeRates())
    assert [n.subject for n in notes] == warned
    for note in notes:
        assert "after the last exchange-rate day 2026-10-30" in note.reason
        assert "figcheck rates update" in note.reason


def test_unreadable_rates_are_the_fx_rules_to_report():
    assert stale_rates([version("a.md", dt.date(2099, 1, 1), MONEY)], FakeRates(False)) == ()


STORY = "2099-03-14\n\nThe plant cost 15 million yuan ($2.1 million), officials said.\n"


@pytest.mark.parametrize(
    "fmt", ["text", "json", "sarif", "github", "html", "junit", "gitlab", "rdjson"]
)
def test_every_format_shows_the_warning(tmp_path, fmt):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(STORY, encoding="utf-8")
    result = run_figcheck("check", "a.txt", "b.txt", "--format", fmt, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "figcheck rates update" in result.stdout
    assert "dated 2099-03-14, after the last exchange-rate day" in result.stdout
    if fmt == "json":
        notices = json.loads(result.stdout)["notices"]
        assert [n["subject"] for n in notices] == ["a.txt", "b.txt"]


def test_quiet_text_keeps_the_warning(tmp_path):
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(STORY, encoding="utf-8")
    result = run_figcheck("check", "a.txt", "b.txt", "-q", cwd=tmp_path)
    assert result.stdout.splitlines()[0].startswith("warning: a.txt: dated 2099-03-14")


def test_sarif_with_the_warning_is_valid(tmp_path):
    import jsonschema
    from helpers import ROOT

    schema = json.loads((ROOT / "tests/report/data/sarif-schema-2.1.0.json").read_text())
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(STORY, encoding="utf-8")
    result = run_figcheck("check", "a.txt", "b.txt", "--format", "sarif", cwd=tmp_path)
    log = json.loads(result.stdout)
    jsonschema.Draft4Validator(schema).validate(log)
    results = log["runs"][0]["results"]
    assert [r["ruleId"] for r in results] == ["stale-rates", "stale-rates"]
