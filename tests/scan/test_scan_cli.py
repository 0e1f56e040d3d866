"""`figcheck scan` as a user runs it: rows on stdout or in a file, the summary on stderr."""

import json
import shutil
from pathlib import Path

import pytest
from helpers import run_figcheck

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


@pytest.fixture
def archive(tmp_path):
    root = tmp_path / "archive"
    for story in ("wind-farm", "estuary-tunnel"):
        shutil.copytree(FIXTURES / story, root / story, ignore=shutil.ignore_patterns("*.json"))
    return root


def test_scan_writes_findings_stories_and_a_summary(archive, tmp_path):
    stories = tmp_path / "stories.jsonl"
    result = run_figcheck("scan", str(archive), "--stories", str(stories))
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    summary = rows.pop()["summary"]
    assert summary["stories"] == 2 and summary["documents"] == 7
    assert rows and {r["story"] for r in rows} <= {"estuary-tunnel/01-original.txt",
                                                   "wind-farm/01-original.txt"}  # fmt: skip
    found = [json.loads(line) for line in stories.read_text(encoding="utf-8").splitlines()]
    assert sorted(len(s["documents"]) for s in found) == [3, 4]
    assert "7 documents, 2 stories" in result.stderr


@pytest.mark.parametrize(
    "args, message",
    [
        (["missing-folder"], "no such file or directory"),
        (["{archive}", "--format", "parquet"], "--format parquet needs -o FILE"),
        (["{archive}", "--scheduler", "tcp://127.0.0.1:9"], "cannot reach the Dask scheduler"),
    ],
)
def test_scan_errors_are_one_line(archive, tmp_path, args, message):
    result = run_figcheck("scan", *[a.format(archive=archive) for a in args], cwd=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_scan_of_an_archive_that_dates_its_articles(tmp_path):
    """An archive's own date for each article is the article's date (it once crashed every
    story with an internal error): the stories are checked as ``check`` checks them."""
    rows = []
    for story in ("wind-farm", "estuary-tunnel"):
        for path in sorted((FIXTURES / story).glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            rows.append({"id": f"{story}/{path.name}", "text": text, "published": "2023-08-24"})
    archive = tmp_path / "archive.jsonl"
    archive.write_text("\n".join(json.dumps(row) for row in rows) + "\n", encoding="utf-8")
    result = run_figcheck("scan", str(archive))
    assert result.returncode == 0, result.stderr
    found = [json.loads(line) for line in result.stdout.splitlines()]
    summary = found.pop()["summary"]
    assert summary["stories"] == 2 and found and summary["unchecked"] == 0
