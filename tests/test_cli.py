"""End-to-end runs of the command line, as a user types them."""

import json

import pytest
from helpers import run_figcheck as run


def test_extract_text_lines(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Bonuses of 3 million yuan ($420,000).\n", encoding="utf-8")
    result = run("extract", str(path))
    assert result.returncode == 0
    assert result.stdout.splitlines() == [
        f'{path}:1:12  money     CNY 3000000  "3 million yuan"',
        f'{path}:1:28  money     USD 420000 (stated conversion)  "$420,000"',
    ]


def test_extract_json_from_stdin():
    result = run("extract", "-", "--format", "json", stdin="It cost $5 million.")
    assert result.returncode == 0
    report = json.loads(result.stdout)
    (fig,) = report["documents"][0]["figures"]
    assert (fig["kind"], fig["value"], fig["unit"], fig["start"], fig["end"]) == (
        "money", "5000000", "USD", 8, 18,
    )  # fmt: skip


def test_extract_csv_header():
    result = run("extract", "-", "--format", "csv", stdin="$5")
    assert result.stdout.splitlines()[0].startswith("path,line,column,start,end,kind,value")


@pytest.mark.parametrize(
    "args, message",
    [
        (["extract", "missing.txt"], "missing.txt: no such file"),
        (["extract", "."], "is a directory"),
        (["extract", "--date", "2023-02-30", "-"], "not a date"),
        (["extract", "--format", "xml", "-"], "Invalid value"),
        (["extract", "--encoding", "nope", "-"], "unknown encoding"),
    ],
)
def test_bad_input_is_one_line_exit_2(tmp_path, args, message):
    result = run(*args, stdin="", cwd=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
