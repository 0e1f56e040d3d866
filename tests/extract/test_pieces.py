"""Long texts are read in pieces cut at blank lines; the figures are those of the whole text."""

import datetime as dt
from pathlib import Path

import pytest

import figcheck.extractors as extractors
from figcheck import parallel

ROOT = Path(__file__).resolve().parents[2]
STORY = (ROOT / "fixtures" / "robotics-fund" / "01-original.txt").read_text(encoding="utf-8")
PUBLISHED = dt.date(2023, 8, 24)


@pytest.mark.parametrize(
    ("text", "piece", "expected"),
    [
        ("short text", 100, [0]),
        ("a" * 250, 100, [0]),  # no blank line: one piece, however long
        ("x" * 90 + "\n\n" + "y" * 90, 100, [0]),  # not longer than two pieces
        ("x" * 120 + "\n\n" + "y" * 120 + "\n\n" + "z" * 120, 100, [0, 122, 244]),
        ("x" * 120 + "\r\n\r\n" + "y" * 220, 100, [0, 124]),  # CRLF: cut after the line break
        ("x" * 120 + "\n  \n" + "y" * 220, 100, [0, 124]),  # a blank line of spaces
        ("x" * 50 + "\n\n" + "y" * 300, 100, [0]),  # the only break comes before one piece
    ],
)
def test_piece_starts(monkeypatch, text, piece, expected):
    monkeypatch.setattr(extractors, "PIECE", piece)
    assert extractors.piece_starts(text) == expected


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_pieces_give_the_figures_of_the_whole(monkeypatch, newline, jobs):
    text = ((STORY + "\n\n") * 7).replace("\n", newline)
    whole = extractors.extract(text, PUBLISHED)  # one piece: PIECE is not lowered yet
    monkeypatch.setattr(extractors, "PIECE", len(STORY) + 50)
    monkeypatch.setenv(parallel.JOBS_VARIABLE, jobs)
    assert len(extractors.piece_starts(text)) >= 3
    pieced = extractors.extract(text, PUBLISHED)
    assert pieced == whole
    assert [f.line for f in pieced][-1] > STORY.count("\n") * 6  # lines counted from the top
    links = [f for f in pieced if f.conversion_of is not None]
    assert links and all(pieced[f.conversion_of].kind == "money" for f in links)
