"""Which files ``figcheck check`` reads as the versions of one story."""

import os

import pytest

from figcheck.stories import stories


@pytest.mark.parametrize(
    ("named", "expected"),
    [
        (["a.txt", "b.txt"], [["a.txt", "b.txt"]]),
        (["b.txt", "a.txt"], [["a.txt", "b.txt"]]),  # sorted: order named does not matter
        (["a.txt", "./a.txt", "b.txt"], [["a.txt", "b.txt"]]),  # one file named twice
        (["a.txt", "sub/../a.txt"], [["a.txt"]]),
        (["a.txt", "b.txt", "a.txt"], [["a.txt", "b.txt"]]),
        (["missing.txt", "./missing.txt"], [["./missing.txt", "missing.txt"]]),  # load reports it
        (["story"], [["story/x.txt", "story/y.md"]]),  # a directory is a story of its own
        (["a.txt", "b.txt", "story"], [["a.txt", "b.txt"], ["story/x.txt", "story/y.md"]]),
    ],
)
def test_stories(tmp_path, monkeypatch, named, expected):
    for name in ("a.txt", "b.txt", "story/x.txt", "story/y.md", "story/notes.csv"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text("It cost $5 million.\n", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    monkeypatch.chdir(tmp_path)
    found = [[os.path.normpath(p) for p in group] for group in stories(named)]
    assert found == [[os.path.normpath(p) for p in group] for group in expected]
