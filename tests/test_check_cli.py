"""End-to-end runs of ``figcheck check`` as a fact-checker types them."""

import json
from pathlib import Path

import jsonschema
import pytest
from helpers import ROOT, run_figcheck

WIND = ROOT / "fixtures" / "wind-farm"
A = "2024-03-14\n\nThe 1.2 billion euro project will power about 400,000 homes.\n"
B = "2024-03-14\n\nThe 1.2 million euro project will power some 400,000 homes.\n"
C = "2024-03-14\n\nThe 1.2 billion euro project will power around 400,000 homes.\n"


def run(*args, cwd=None):
    return run_figcheck("check", *args, cwd=cwd)


@pytest.fixture
def story(tmp_path):
    folder = tmp_path / "story"
    folder.mkdir()
    for name, text in (("a.txt", A), ("b.md", B), ("c.txt", C), ("notes.csv", B)):
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_scale_slip_is_an_error_with_evidence_in_both_files(story):
    result = run("a.txt", "b.md", cwd=story)
    assert result.returncode == 1
    first, second, blank, summary, count = result.stdout.splitlines()
    assert first.startswith("a.txt:3:5: error unit-scale ")
    assert second == '    b.md:3:5: "1.2 million euro"'
    assert blank == ""
    assert summary == "Found 1 finding(s) (1 errors, 0 warnings, 0 info) in 2 version(s):"
    assert count.split() == ["1", "unit-scale", "error"]


def test_agreeing_versions_exit_0(story):
    result = run(str(story / "a.txt"), str(story / "c.txt"))
    assert result.returncode == 0, result.stdout
    assert result.stdout.splitlines() == ["No findings in 2 version(s)."]


@pytest.mark.parametrize("fail_on, code", [("error", 1), ("warning", 1), ("info", 1), ("never", 0)])
def test_fail_on(story, fail_on, code):
    assert run(str(story), "--fail-on", fail_on).returncode == code


def test_directory_reads_txt_and_md_sorted_and_reports_once(story):
    result = run(str(story), "--format", "json")
    report = json.loads(result.stdout)
    assert [Path(d["path"]).name for d in report["documents"]] == ["a.txt", "b.md", "c.txt"]
    (finding,) = report["findings"]
    # b.md differs from the two others: the finding stands there.
    assert [Path(e["path"]).name for e in finding["evidence"]] == ["b.md", "a.txt", "c.txt"]


def test_reference_compares_each_file_with_it_only(story):
    result = run(str(story / "a.txt"), str(story / "c.txt"), "--reference", str(story / "b.md"))
    report = json.loads(run(str(story / "a.txt"), str(story / "c.txt"), "--reference",
                            str(story / "b.md"), "--format", "json").stdout)  # fmt: skip
    assert result.returncode == 1
    (finding,) = report["findings"]
    # A compared file comes first, where the finding stands; the reference follows.
    assert Path(finding["evidence"][0]["path"]).name == "a.txt"
    assert {Path(e["path"]).name for e in finding["evidence"]} == {"a.txt", "b.md", "c.txt"}


def test_several_directories_are_independent_stories(tmp_path, story):
    other = tmp_path / "other"
    other.mkdir()
    (other / "x.txt").write_text(A, encoding="utf-8")
    (other / "y.txt").write_text(C, encoding="utf-8")
    report = json.loads(run(str(story), str(other), "--format", "json").stdout)
    assert len(report["documents"]) == 5
    paths = {Path(e["path"]).parent.name for f in report["findings"] for e in f["evidence"]}
    assert paths == {"story"}


def test_json_report_follows_the_schema_and_is_deterministic():
    from figcheck.report.check import schema

    first = run(str(WIND), "--format", "json")
    second = run(str(WIND), "--format", "json")
    assert first.stdout == second.stdout
    report = json.loads(first.stdout)
    jsonschema.validate(report, schema())
    assert report["summary"]["errors"] == sum(f["severity"] == "error" for f in report["findings"])


def test_undated_documents_borrow_the_date_of_the_others(tmp_path):
    (tmp_path / "a.txt").write_text(A, encoding="utf-8")
    (tmp_path / "b.txt").write_text("The 1.2 billion euro project powers 400,000 homes.\n")
    report = json.loads(run(str(tmp_path), "--format", "json").stdout)
    dates = [(d["published"], d["published_source"]) for d in report["documents"]]
    assert dates == [("2024-03-14", "date-line"), ("2024-03-14", "fallback")]
    report = json.loads(run(str(tmp_path), "--format", "json", "--date", "2020-01-02").stdout)
    assert report["documents"][1]["published"] == "2020-01-02"
    assert report["documents"][0]["published"] == "2024-03-14"


@pytest.mark.parametrize(
    "args, message",
    [
        (["missing.txt", "a.txt"], "missing.txt: no such file"),
        (["empty"], "no .txt, .md or .html files"),
        (["a.txt", "a.txt", "--date", "2023-02-30"], "not a date"),
        (["a.txt", "a.txt", "--fail-on", "fatal"], "Invalid value"),
        (["a.txt", "a.txt", "--format", "xml"], "Invalid value"),
    ],
)
def test_bad_input_is_one_line_exit_2(tmp_path, args, message):
    (tmp_path / "a.txt").write_text(A, encoding="utf-8")
    (tmp_path / "empty").mkdir()
    result = run(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


#: One document alone: its in-document rules run (conversions, the same fact twice, a
#: currency swapped, date sanity), the rules that compare versions do not.
ALONE = [
    ("Rewards of 3 million yuan ($620,000) were paid on May 2, 2024.", "fx-mismatch"),
    (
        "The firm took a 200 million pound loan. Little of the $200 million went on safety.",
        "internal-mismatch",
    ),
    ("The board met on Thursday, May 2, 2024, the chair said.", None),
    ("The board met on Friday, May 2, 2024, the chair said.", "date-sanity"),
]


@pytest.mark.parametrize("text, rule", ALONE)
def test_one_document_is_a_story_too(tmp_path, text, rule):
    (tmp_path / "draft.txt").write_text(text + "\n", encoding="utf-8")
    result = run(str(tmp_path / "draft.txt"), "--format", "json", "--date", "2024-05-02")
    assert result.returncode == (1 if rule else 0), result.stderr
    report = json.loads(result.stdout)
    assert [f["rule"] for f in report["findings"]] == ([rule] if rule else [])
