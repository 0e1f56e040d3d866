"""The pipeline: one date fallback, one merge, and records nothing writes into."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest
from helpers import run_figcheck

from figcheck.document import Document
from figcheck.figures import Evidence, Finding
from figcheck.pipeline import Dating, assemble, publication_dates

D1, D2, D3 = dt.date(2024, 3, 14), dt.date(2024, 3, 15), dt.date(2020, 1, 1)


def stating(day: dt.date | None, source: str = "text") -> Document:
    return Document("x.txt", "", published=day, published_source=source if day else None)


#: the documents' stated dates, the peers', the given date (source), override -> each Dating.
DATES = [
    # a stated date stands; an undated one borrows the date most peers state
    ([D1, None], [D1, D1, D2], None, False,
     [Dating(D1, "text", "found"), Dating(D1, "fallback", "borrowed")]),
    # a tie goes to the earlier day
    ([None], [D2, D1], None, False, [Dating(D1, "fallback", "borrowed")]),
    # no peer states a date: none
    ([None], [None], None, False, [Dating(None, None, "unknown")]),
    # a given date (--date, the config's) is lent before the peers' ...
    ([None, D2], [D1, D1], (D3, "option"), False,
     [Dating(D3, "option", "given"), Dating(D2, "text", "found")]),
    ([None], [D1], (D3, "config"), False, [Dating(D3, "config", "given")]),
    # ... and wins over a stated one only when it overrides (extract --date)
    ([D2], [], (D3, "option"), True, [Dating(D3, "option", "given")]),
]  # fmt: skip


@pytest.mark.parametrize("stated, peers, given, override, expected", DATES)
def test_publication_dates(stated, peers, given, override, expected):
    documents = [stating(day) for day in stated]
    date, source = given or (None, "option")
    found = publication_dates(documents, [stating(d) for d in peers], date, source, override)
    assert found == expected


GUESSED = "dateline-year-guessed"
#: a version dated by a yearless dateline, its year guessed from the years near it; the
#: peers' dates (with their sources), the given date -> its Dating.
YEAR_GUESSES = [
    # the given date's year, and the year that puts the day nearest it
    (dt.date(2020, 11, 10), [], dt.date(2023, 11, 10),
     Dating(dt.date(2023, 11, 10), GUESSED, "guessed")),
    (dt.date(2024, 12, 30), [], dt.date(2024, 1, 2),
     Dating(dt.date(2023, 12, 30), GUESSED, "guessed")),
    # else the year of the date the other versions state for sure
    (dt.date(2020, 11, 10), [(dt.date(2023, 11, 11), "dateline")], None,
     Dating(dt.date(2023, 11, 10), GUESSED, "guessed")),
    # another guess is no evidence: the guess stands
    (dt.date(2020, 11, 10), [(dt.date(2019, 11, 11), GUESSED)], None,
     Dating(dt.date(2020, 11, 10), GUESSED, "guessed")),
    # no year puts 29 February within half a year of the given day: the guess stands
    (dt.date(2020, 2, 29), [], dt.date(2023, 3, 1),
     Dating(dt.date(2020, 2, 29), GUESSED, "guessed")),
]  # fmt: skip


@pytest.mark.parametrize("guessed, peers, given, expected", YEAR_GUESSES)
def test_a_guessed_year_takes_the_year_of_a_surer_date(guessed, peers, given, expected):
    peers = [stating(day, source) for day, source in peers]
    (dating,) = publication_dates([stating(guessed, GUESSED)], peers, given)
    assert dating == expected


def test_an_undated_version_borrowing_a_guessed_year_says_so():
    peers = [stating(dt.date(2020, 11, 10), GUESSED), stating(None)]
    (dating,) = publication_dates([stating(None)], peers)
    assert dating == Dating(dt.date(2020, 11, 10), "fallback-year-guessed", "borrowed")


def test_front_matter_is_stated():
    (dating,) = publication_dates([stating(D1, "front-matter")])
    assert dating == Dating(D1, "front-matter", "stated")


def test_documents_are_never_written_into():
    doc = Document("a.txt", "text")
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.published = D1  # type: ignore[misc]
    assert not hasattr(doc, "figures")


def evidence(path: str, start: int) -> Evidence:
    return Evidence(path, 1, start + 1, start, start + 2, "48")


def test_merge_leads_with_the_draft_and_reports_a_finding_once():
    """Two comparisons making the same finding report it once, the lead's words first."""
    wire, draft = evidence("wire.txt", 0), evidence("d.md", 5)
    finding = Finding("number-mismatch", "error", "m", (wire, draft))
    later = Finding("number-mismatch", "error", "m", (evidence("d.md", 9), wire))
    report = assemble([], [([finding, later], "d.md"), ([finding], "d.md")], [])
    assert [f.evidence[0] for f in report.findings] == [draft, later.evidence[0]]


SOURCE = "The grant of 15 million yuan, or $2.4 million, was approved.\n"


def draft(day: str) -> str:
    body = "The grant of 15 million yuan was approved.\n"
    return f"---\ndate: {day}\nsources: [wire.txt]\n---\n{body}"


def test_a_source_shared_by_two_drafts_is_dated_for_each_pair(tmp_path):
    """An undated source takes each draft's date in turn, not the first draft's for both.

    $2.4 million for 15 million yuan fits the 2014 rate, not 2023's: checked with the 2014
    draft it passes; with the 2023 draft it is reported, at that draft's date.
    """
    (tmp_path / "wire.txt").write_text(SOURCE, encoding="utf-8")
    (tmp_path / "a.md").write_text(draft("2014-06-02"), encoding="utf-8")
    (tmp_path / "b.md").write_text(draft("2023-08-24"), encoding="utf-8")
    result = run_figcheck("hook", "--format", "json", "a.md", "b.md", cwd=tmp_path)
    report = json.loads(result.stdout)
    (finding,) = report["findings"]
    assert finding["rule"] == "fx-mismatch"
    assert "the ECB rate on 2023-08-24" in finding["message"]
    assert "wire.txt states no date, so the run's date 2023-08-24 was used" in finding["message"]
    dates = [(d["path"], d["published"], d["published_source"]) for d in report["documents"]]
    assert dates == [
        ("a.md", "2014-06-02", "front-matter"),
        ("wire.txt", "2014-06-02", "fallback"),
        ("b.md", "2023-08-24", "front-matter"),
        ("wire.txt", "2023-08-24", "fallback"),
    ]
